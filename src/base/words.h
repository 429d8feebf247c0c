// Small text helpers for the sentences every backend writes.
#pragma once

#include <string>
#include <vector>

namespace regimen::words {

// The text with its first letter in upper case ("hold 30 seconds" -> "Hold 30
// seconds"); text that starts with anything but a-z is returned as it is.
std::string capitalised(std::string text);

// A routine's or library's text as a sentence: a capital first letter and
// a closing full stop when the author left it off.
std::string sentence(std::string text);

// A sentence the routine wrote, made a clause to go inside another: the
// full stops and spaces at its end dropped ("you can walk." -> "you can walk").
std::string clause(std::string text);

// An identifier as words: "foam_roller" -> "foam roller".
std::string spaced(std::string word);

// "Monday, Wednesday and Friday".
std::string and_list(const std::vector<std::string>& words);

}  // namespace regimen::words
