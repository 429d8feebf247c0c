# Run as `cmake -DIN=... -DOUT=... -DCLASS=... -DBASE=... -P LazyAtn.cmake`.
#
# ANTLR 4.7's C++ target builds each recogniser's ATN (its state machine,
# deserialised from a table) in a static initialiser, so every run of the
# program paid for it before main(), `regimen --version` included: about half
# of that command's work. ANTLR 4.10 and later do it on first use instead;
# this step makes the generated code of 4.7 do the same, by moving the
# initialiser into the recogniser's constructor as a function-local static
# (initialised once, safely across threads). It changes nothing else, and
# stops the build if the generated code does not have the expected shape.
file(READ "${IN}" text)

set(global_init "${CLASS}::Initializer ${CLASS}::_init;")
string(FIND "${text}" "${global_init}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "LazyAtn: `${global_init}` not found in ${IN}")
endif()
string(REPLACE "${global_init}"
  "// (initialised on first use: see ${CLASS}::${CLASS})" text "${text}")

set(constructor "${CLASS}::${CLASS}(${BASE_ARG}) : ${BASE}(input) {")
string(FIND "${text}" "${constructor}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "LazyAtn: constructor `${constructor}` not found in ${IN}")
endif()
string(REPLACE "${constructor}" "${constructor}\n  static Initializer initialized_once;" text "${text}")

file(WRITE "${OUT}.tmp" "${text}")
file(RENAME "${OUT}.tmp" "${OUT}")
