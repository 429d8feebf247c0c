// The signs are those that NHS, NHS Inform and Versus Arthritis patient
// guidance for each region lists as reasons to stop and get urgent help:
// cauda equina for the low back, a deep vein thrombosis after hip, knee,
// ankle and foot problems, a vascular or spinal cord problem for the neck,
// infection or a serious cause behind night pain for the shoulder and the
// mid back, and a stroke, a head injury or a heart problem for balance and
// whole-body exercise. A red flag names a sign when it says it in any words
// of its pattern; the patterns look for the thing, not a wording.
#include "lint/rules/warning_signs.h"

#include <array>

namespace regimen::lint {
namespace {

constexpr WarningSign kCalf{"pain, swelling or warmth in the calf (a possible blood clot)",
                            R"(\b(calf|calves|blood clot|clot|dvt|deep vein)\b)"};
constexpr WarningSign kHotJoint{"a hot, red or swollen joint, or a fever (a possible infection)",
                                R"(\b(fever|feverish|temperature|hot|infection|infected|red|redness|shivers|shivery)\b)"};

constexpr std::array kNeck = {
    WarningSign{"dizziness, double vision, fainting, or trouble speaking or swallowing",
                R"(\b(dizzy|dizziness|double vision|vision|faint|fainting|blackout|black out|speak|speaking|speech|slurred|swallow|swallowing|drop attack)\b)"},
    WarningSign{"numbness, pins and needles or weakness in both arms or legs, or clumsy walking",
                R"(\b(both arms|both legs|both hands|arms and legs|clumsy|unsteady walking|walking changes|balance when walking)\b)"},
};
constexpr std::array kShoulder = {
    WarningSign{"pain at night or at rest that does not ease", R"(\b(night|at rest|nights|while resting)\b)"},
    kHotJoint,
};
constexpr std::array kElbowHand = {
    WarningSign{"numbness or pins and needles in the fingers that does not go",
                R"(\b(numb|numbness|pins and needles|tingling)\b)"},
    kHotJoint,
};
constexpr std::array kThoracic = {
    WarningSign{"chest pain or breathlessness", R"(\b(chest|breathless|breathlessness|short of breath|breathing)\b)"},
    WarningSign{"pain at night that does not ease, or weight loss that cannot be explained",
                R"(\b(night|nights|weight loss|lose weight|losing weight)\b)"},
};
constexpr std::array kLowBack = {
    WarningSign{"loss of control of the bladder or bowel, or numbness around the back passage or genitals",
                R"(\b(bladder|bowel|bowels|pee|wee|poo|toilet|incontinence|incontinent|genitals|genital|back passage|bottom|saddle|anus)\b)"},
    WarningSign{"numbness or weakness in both legs", R"(\b(both legs|legs feel|legs are|legs become|weakness in your legs)\b)"},
};
constexpr std::array kHip = {kCalf, kHotJoint};
constexpr std::array kKnee = {kCalf, kHotJoint};
constexpr std::array kAnkleFoot = {
    kCalf,
    WarningSign{"being unable to put weight on the foot",
                R"(\b(put weight|bear weight|weight on|stand on|walk on|cannot walk|can't walk)\b)"},
};
constexpr std::array kBalance = {
    WarningSign{"a fall in which the patient hits their head or blacks out",
                R"(\b(head|black out|blackout|blacked out|knocked out|unconscious|lose consciousness)\b)"},
    WarningSign{"sudden dizziness with a drooping face, arm weakness or slurred speech (a possible stroke)",
                R"(\b(face|drooping|droop|slurred|speech|stroke|arm weakness)\b)"},
};
constexpr std::array kConditioning = {
    WarningSign{"chest pain, tightness or pressure", R"(\b(chest)\b)"},
    WarningSign{"unusual breathlessness, or a racing or irregular heartbeat",
                R"(\b(breathless|breathlessness|short of breath|heartbeat|heart beat|palpitations|racing|irregular)\b)"},
};

constexpr std::array kRegions = {
    RegionSigns{"neck",
                "red_flag \"You feel dizzy, see double, faint, or find it hard to speak or swallow; or both arms or "
                "legs feel numb or weak, or your walking becomes clumsy\"",
                kNeck},
    RegionSigns{"shoulder",
                "red_flag \"The pain keeps you awake at night or does not ease with rest; or the shoulder is hot, red "
                "and swollen, or you have a fever\"",
                kShoulder},
    RegionSigns{"elbow_hand",
                "red_flag \"Your fingers stay numb or tingling; or the joint is hot, red and swollen, or you have a "
                "fever\"",
                kElbowHand},
    RegionSigns{"thoracic",
                "red_flag \"You have chest pain or feel short of breath; or the pain is there at night and does not "
                "ease, or you are losing weight without trying\"",
                kThoracic},
    RegionSigns{"low_back",
                "red_flag \"You cannot control your bladder or bowel, or feel numb around your back passage or "
                "genitals; or both legs feel numb or weak\"",
                kLowBack},
    RegionSigns{"hip",
                "red_flag \"Your calf is painful, swollen or warm; or the hip is hot, red and swollen, or you have a "
                "fever\"",
                kHip},
    RegionSigns{"knee",
                "red_flag \"Your calf is painful, swollen or warm; or the knee is hot, red and swollen, or you have a "
                "fever\"",
                kKnee},
    RegionSigns{"ankle_foot",
                "red_flag \"Your calf is painful, swollen or warm; or you cannot put weight on the foot\"", kAnkleFoot},
    RegionSigns{"balance",
                "red_flag \"You fall and hit your head or black out; or you suddenly feel dizzy and your face droops, "
                "an arm is weak or your speech is slurred\"",
                kBalance},
    RegionSigns{"conditioning",
                "red_flag \"You feel pain, tightness or pressure in your chest; or you are more breathless than is "
                "normal for you, or your heartbeat races or is irregular\"",
                kConditioning},
};

}  // namespace

std::span<const RegionSigns> all_region_signs() { return kRegions; }

}  // namespace regimen::lint
