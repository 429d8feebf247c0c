// vocab/: each vocabulary's one spelling, read back; the other spellings a
// routine may write; clock times.
#include <catch2/catch.hpp>

#include <set>

#include "vocab/calendar.h"
#include "vocab/direction.h"
#include "vocab/exercise_words.h"
#include "vocab/kinds.h"

using namespace regimen;

namespace {

// Every value's spelling reads back as that value, and no two values share one.
template <typename Enum>
void round_trips() {
  std::set<std::string> seen;
  for (Enum value : all_values<Enum>()) {
    std::string word(to_string(value));
    CAPTURE(word);
    CHECK(parse_word<Enum>(word) == value);
    CHECK(seen.insert(word).second);
  }
}

}  // namespace

TEST_CASE("every vocabulary's spellings read back", "[vocab]") {
  round_trips<DosageKind>();
  round_trips<DoseClause>();
  round_trips<Sidedness>();
  round_trips<SideSwitch>();
  round_trips<Level>();
  round_trips<VariantKind>();
  round_trips<Weekday>();
  round_trips<PartOfDay>();
  round_trips<Side>();
  round_trips<VocabularyKind>();
}

TEST_CASE("weekdays are spelt short and named in full", "[vocab][calendar]") {
  CHECK(spellings<Weekday>() == std::vector<std::string>{"mon", "tue", "wed", "thu", "fri", "sat", "sun"});
  CHECK(day_name(Weekday::Monday) == "Monday");
  CHECK(day_name(Weekday::Wednesday) == "Wednesday");
  CHECK(day_name(Weekday::Sunday) == "Sunday");
}

TEST_CASE("a weekday may be written out in full, in lower case", "[vocab][calendar]") {
  CHECK(parse_word<Weekday>("monday") == Weekday::Monday);
  CHECK(parse_word<Weekday>("thursday") == Weekday::Thursday);
  CHECK(parse_word<Weekday>("sunday") == Weekday::Sunday);
  for (Weekday day : all_values<Weekday>()) {
    std::string name = day_name(day);
    name[0] = static_cast<char>(name[0] - 'A' + 'a');
    CHECK(parse_word<Weekday>(name) == day);
  }
  CHECK_FALSE(parse_word<Weekday>("Monday"));
  CHECK_FALSE(parse_word<Weekday>("Mon"));
  CHECK_FALSE(parse_word<Weekday>("mo"));
  CHECK_FALSE(parse_word<Weekday>("funday"));
}

TEST_CASE("the parts of the day, in the order of the day", "[vocab][calendar]") {
  CHECK(spellings<PartOfDay>() == std::vector<std::string>{"morning", "midday", "afternoon", "evening", "bedtime"});
  CHECK_FALSE(parse_word<PartOfDay>("dawn"));
}

TEST_CASE("a clock time is spelt with two digits each side", "[vocab][calendar]") {
  CHECK(to_string(ClockTime{7, 30}) == "07:30");
  CHECK(to_string(ClockTime{7, 5}) == "07:05");
  CHECK(to_string(ClockTime{0, 0}) == "00:00");
  CHECK(to_string(ClockTime{23, 59}) == "23:59");
  CHECK(ClockTime{18, 15}.minute_of_day() == 18 * 60 + 15);
}

TEST_CASE("a time of day is a part of the day or a clock time", "[vocab][calendar]") {
  CHECK(to_string(TimeOfDay{PartOfDay::Morning}) == "morning");
  CHECK(to_string(TimeOfDay{PartOfDay::Bedtime}) == "bedtime");
  CHECK(to_string(TimeOfDay{ClockTime{18, 0}}) == "18:00");
  CHECK(TimeOfDay{ClockTime{7, 30}} == TimeOfDay{ClockTime{7, 30}});
  CHECK(TimeOfDay{ClockTime{8, 0}} != TimeOfDay{PartOfDay::Morning});
  std::vector<TimeOfDay> times = {PartOfDay::Morning, ClockTime{7, 30}};
  CHECK(to_strings(times) == std::vector<std::string>{"morning", "07:30"});
}

TEST_CASE("the sides of the body are two, and the compiler's own", "[vocab][direction]") {
  CHECK(spellings<Side>() == std::vector<std::string>{"right", "left"});
  CHECK(parse_word<Side>("left") == Side::Left);
  CHECK_FALSE(parse_word<Side>("centre"));
  CHECK_FALSE(parse_word<Side>("Left"));
}

TEST_CASE("a vocabulary with no other spellings accepts its spellings alone", "[vocab]") {
  CHECK(accepted_words<Level>() == spellings<Level>());
  CHECK(to_strings(std::vector<Side>{Side::Left, Side::Right}) == std::vector<std::string>{"left", "right"});
}

TEST_CASE("the open vocabularies are named for their statements and their properties", "[vocab]") {
  CHECK(spellings<VocabularyKind>() ==
        std::vector<std::string>{"equipment", "target", "direction", "region", "demand"});
  CHECK(property_of(VocabularyKind::Target) == "targets");
  CHECK(property_of(VocabularyKind::Direction) == "directions");
  CHECK(property_of(VocabularyKind::Region) == "region");  // one region per exercise
  CHECK(property_of(VocabularyKind::Demand) == "demands");
  // Their words are the library's: no closed list of the compiler's.
  CHECK(property_words("equipment").empty());
  CHECK(property_words("targets").empty());
  CHECK(property_words("directions").empty());
  CHECK(property_words("region").empty());
  CHECK(property_words("demands").empty());
}
