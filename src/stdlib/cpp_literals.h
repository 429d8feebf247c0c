// Values of the library's types written as C++ initialisers, for the
// generator that compiles stdlib/ into the program (stdlib_gen.cpp).
//
// Every struct is written field by field, in declaration order, through a
// structured binding whose size is given in its `Shape`: a field added to a
// struct without its count raised there is a compile error in the generator,
// not a value silently left out of the built-in library.
#pragma once

#include <fmt/format.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

#include "figure/spec.h"
#include "library/exercise.h"
#include "library/vocabulary.h"
#include "program/dose.h"

namespace regimen::stdlib_gen {

// The C++ name of each struct the library holds, and its number of fields.
template <class T>
struct Shape;  // no definition: a type missing here does not compile
#define REGIMEN_SHAPE(Type, Fields)                        \
  template <>                                             \
  struct Shape<Type> {                                    \
    static constexpr std::string_view name = #Type;       \
    static constexpr std::size_t fields = Fields;         \
  }
REGIMEN_SHAPE(regimen::Span, 3);
REGIMEN_SHAPE(regimen::Timing, 6);
REGIMEN_SHAPE(regimen::ExerciseVariant, 6);
REGIMEN_SHAPE(regimen::DefaultDose, 3);
REGIMEN_SHAPE(regimen::Exercise, 29);
REGIMEN_SHAPE(regimen::program::Image, 3);
REGIMEN_SHAPE(regimen::figure::Spec, 4);
REGIMEN_SHAPE(regimen::figure::PoseSpec, 4);
REGIMEN_SHAPE(regimen::figure::JointChange, 3);
REGIMEN_SHAPE(regimen::figure::PropSpec, 2);
REGIMEN_SHAPE(regimen::VocabularyWord, 6);
REGIMEN_SHAPE(regimen::program::Range, 2);
REGIMEN_SHAPE(regimen::program::Length, 2);
REGIMEN_SHAPE(regimen::program::Quantity, 4);
REGIMEN_SHAPE(regimen::program::Hold, 9);
REGIMEN_SHAPE(regimen::program::UpTo, 1);
REGIMEN_SHAPE(regimen::program::AsManyAsYouCan, 3);
REGIMEN_SHAPE(regimen::program::RepsDose, 3);
REGIMEN_SHAPE(regimen::program::HoldDose, 1);
REGIMEN_SHAPE(regimen::program::TimeDose, 1);
REGIMEN_SHAPE(regimen::program::DistanceDose, 1);
REGIMEN_SHAPE(regimen::program::AdvisedDose, 1);
#undef REGIMEN_SHAPE

// The C++ name of each enum.
template <class E>
struct EnumName;  // no definition: an enum missing here does not compile
#define REGIMEN_ENUM(Type)                                 \
  template <>                                             \
  struct EnumName<Type> {                                 \
    static constexpr std::string_view name = #Type;       \
  }
REGIMEN_ENUM(regimen::DosageKind);
REGIMEN_ENUM(regimen::Sidedness);
REGIMEN_ENUM(regimen::SideSwitch);
REGIMEN_ENUM(regimen::OnlySide);
REGIMEN_ENUM(regimen::Limb);
REGIMEN_ENUM(regimen::Level);
REGIMEN_ENUM(regimen::VariantKind);
REGIMEN_ENUM(regimen::VocabularyKind);
REGIMEN_ENUM(regimen::TimeUnit);
REGIMEN_ENUM(regimen::program::Measure);
REGIMEN_ENUM(regimen::program::HoldKind);
REGIMEN_ENUM(regimen::program::HoldUnit);
REGIMEN_ENUM(regimen::figure::Position);
REGIMEN_ENUM(regimen::figure::Joint);
REGIMEN_ENUM(regimen::figure::Limbs);
REGIMEN_ENUM(regimen::figure::Prop);
REGIMEN_ENUM(regimen::figure::Placement);
REGIMEN_ENUM(regimen::figure::View);
REGIMEN_ENUM(regimen::figure::Stance);
REGIMEN_ENUM(regimen::figure::CloseUpShape);
#undef REGIMEN_ENUM

template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};
template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {};
template <class T>
struct IsVariant : std::false_type {};
template <class... T>
struct IsVariant<std::variant<T...>> : std::true_type {};

// Calls `each` on every field of `value`, in declaration order.
template <std::size_t N, class T, class F>
void for_each_field(const T& value, F&& each) {
  if constexpr (N == 1) {
    const auto& [f0] = value;
    each(f0);
  } else if constexpr (N == 2) {
    const auto& [f0, f1] = value;
    each(f0); each(f1);
  } else if constexpr (N == 3) {
    const auto& [f0, f1, f2] = value;
    each(f0); each(f1); each(f2);
  } else if constexpr (N == 4) {
    const auto& [f0, f1, f2, f3] = value;
    each(f0); each(f1); each(f2); each(f3);
  } else if constexpr (N == 5) {
    const auto& [f0, f1, f2, f3, f4] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4);
  } else if constexpr (N == 6) {
    const auto& [f0, f1, f2, f3, f4, f5] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5);
  } else if constexpr (N == 7) {
    const auto& [f0, f1, f2, f3, f4, f5, f6] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6);
  } else if constexpr (N == 8) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7);
  } else if constexpr (N == 9) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8);
  } else if constexpr (N == 10) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9);
  } else if constexpr (N == 11) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10);
  } else if constexpr (N == 12) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10); each(f11);
  } else if constexpr (N == 13) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10); each(f11); each(f12);
  } else if constexpr (N == 14) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10); each(f11); each(f12); each(f13);
  } else if constexpr (N == 15) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10); each(f11); each(f12); each(f13); each(f14);
  } else if constexpr (N == 16) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10); each(f11); each(f12); each(f13); each(f14); each(f15);
  } else if constexpr (N == 17) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10); each(f11); each(f12); each(f13); each(f14); each(f15); each(f16);
  } else if constexpr (N == 18) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10); each(f11); each(f12); each(f13); each(f14); each(f15); each(f16); each(f17);
  } else if constexpr (N == 19) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10); each(f11); each(f12); each(f13); each(f14); each(f15); each(f16); each(f17); each(f18);
  } else if constexpr (N == 20) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10); each(f11); each(f12); each(f13); each(f14); each(f15); each(f16); each(f17); each(f18); each(f19);
  } else if constexpr (N == 21) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10); each(f11); each(f12); each(f13); each(f14); each(f15); each(f16); each(f17); each(f18); each(f19); each(f20);
  } else if constexpr (N == 22) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10); each(f11); each(f12); each(f13); each(f14); each(f15); each(f16); each(f17); each(f18); each(f19); each(f20); each(f21);
  } else if constexpr (N == 23) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21, f22] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10); each(f11); each(f12); each(f13); each(f14); each(f15); each(f16); each(f17); each(f18); each(f19); each(f20); each(f21); each(f22);
  } else if constexpr (N == 24) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21, f22, f23] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10); each(f11); each(f12); each(f13); each(f14); each(f15); each(f16); each(f17); each(f18); each(f19); each(f20); each(f21); each(f22); each(f23);
  } else if constexpr (N == 25) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21, f22, f23, f24] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10); each(f11); each(f12); each(f13); each(f14); each(f15); each(f16); each(f17); each(f18); each(f19); each(f20); each(f21); each(f22); each(f23); each(f24);
  } else if constexpr (N == 26) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21, f22, f23, f24, f25] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10); each(f11); each(f12); each(f13); each(f14); each(f15); each(f16); each(f17); each(f18); each(f19); each(f20); each(f21); each(f22); each(f23); each(f24); each(f25);
  } else if constexpr (N == 27) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21, f22, f23, f24, f25, f26] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10); each(f11); each(f12); each(f13); each(f14); each(f15); each(f16); each(f17); each(f18); each(f19); each(f20); each(f21); each(f22); each(f23); each(f24); each(f25); each(f26);
  } else if constexpr (N == 28) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21, f22, f23, f24, f25, f26, f27] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10); each(f11); each(f12); each(f13); each(f14); each(f15); each(f16); each(f17); each(f18); each(f19); each(f20); each(f21); each(f22); each(f23); each(f24); each(f25); each(f26); each(f27);
  } else if constexpr (N == 29) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21, f22, f23, f24, f25, f26, f27, f28] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10); each(f11); each(f12); each(f13); each(f14); each(f15); each(f16); each(f17); each(f18); each(f19); each(f20); each(f21); each(f22); each(f23); each(f24); each(f25); each(f26); each(f27); each(f28);
  } else if constexpr (N == 30) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21, f22, f23, f24, f25, f26, f27, f28, f29] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10); each(f11); each(f12); each(f13); each(f14); each(f15); each(f16); each(f17); each(f18); each(f19); each(f20); each(f21); each(f22); each(f23); each(f24); each(f25); each(f26); each(f27); each(f28); each(f29);
  } else if constexpr (N == 31) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21, f22, f23, f24, f25, f26, f27, f28, f29, f30] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10); each(f11); each(f12); each(f13); each(f14); each(f15); each(f16); each(f17); each(f18); each(f19); each(f20); each(f21); each(f22); each(f23); each(f24); each(f25); each(f26); each(f27); each(f28); each(f29); each(f30);
  } else if constexpr (N == 32) {
    const auto& [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f20, f21, f22, f23, f24, f25, f26, f27, f28, f29, f30, f31] = value;
    each(f0); each(f1); each(f2); each(f3); each(f4); each(f5); each(f6); each(f7); each(f8); each(f9); each(f10); each(f11); each(f12); each(f13); each(f14); each(f15); each(f16); each(f17); each(f18); each(f19); each(f20); each(f21); each(f22); each(f23); each(f24); each(f25); each(f26); each(f27); each(f28); each(f29); each(f30); each(f31);
  } else {
    static_assert(N <= 32, "more fields than for_each_field knows");
  }
}

// A string literal that reads back as exactly `text`: printable ASCII as it
// is, every other byte as a three-digit octal escape.
inline std::string string_literal(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20 || byte >= 0x7F || c == '?') {
      out += fmt::format("\\{:03o}", byte);  // `?` too: no trigraph can form
    } else {
      out += c;
    }
  }
  return out + "\"";
}

// Appends `value` to `out` as an initialiser of its type.
template <class T>
void write(std::string& out, const T& value) {
  if constexpr (std::is_same_v<T, bool>) {
    out += value ? "true" : "false";
  } else if constexpr (std::is_enum_v<T>) {
    out += fmt::format("static_cast<{}>({})", EnumName<T>::name, static_cast<long long>(value));
  } else if constexpr (std::is_integral_v<T>) {
    out += std::to_string(value);
    if constexpr (std::is_unsigned_v<T>) out += "u";
  } else if constexpr (std::is_floating_point_v<T>) {
    if (!std::isfinite(value)) {
      out += value != value ? "std::numeric_limits<double>::quiet_NaN()"
                            : (value < 0 ? "-std::numeric_limits<double>::infinity()"
                                         : "std::numeric_limits<double>::infinity()");
      return;
    }
    // The shortest text that reads back as the same double.
    std::string text = fmt::format("{}", value);
    if (text.find_first_of(".e") == std::string::npos) text += ".0";
    out += text;
  } else if constexpr (std::is_same_v<T, std::string>) {
    out += "std::string(" + string_literal(value) + ", " + std::to_string(value.size()) + ")";
  } else if constexpr (std::is_same_v<T, DoseClauses>) {
    out += "regimen::DoseClauses{";
    for (DoseClause clause : all_values<DoseClause>()) {
      if (value.has(clause)) out += fmt::format("static_cast<regimen::DoseClause>({}), ", static_cast<int>(clause));
    }
    out += "}";
  } else if constexpr (IsOptional<T>::value) {
    if (value) {
      write(out, *value);
    } else {
      out += "std::nullopt";
    }
  } else if constexpr (IsVector<T>::value) {
    out += "{";
    for (const auto& item : value) {
      write(out, item);
      out += ", ";
    }
    out += "}";
  } else if constexpr (IsVariant<T>::value) {
    std::visit([&](const auto& alternative) { write(out, alternative); }, value);
  } else {
    out += Shape<T>::name;
    out += "{";
    for_each_field<Shape<T>::fields>(value, [&](const auto& field) {
      write(out, field);
      out += ", ";
    });
    out += "}";
  }
}

}  // namespace regimen::stdlib_gen
