#pragma once

#include <QStringList>
#include <optional>

namespace voicepay {

// Numbers as people say them, in the words the speech grammars allow (see SpeechGrammar): the recogniser
// returns words, the flow takes keys.
namespace SpokenNumbers {

// "zero".."nine" and "oh": the digit, or -1.
int digitValue(const QString& word);
// "one".."nineteen", "twenty".."ninety": the value, or -1.
int smallValue(const QString& word);
// "one hundred twenty five", "two thousand and forty", "twelve": 0..999999, or nothing.
std::optional<int> cardinal(const QStringList& words);
// A two-digit year as said: "twenty eight", "oh five", "ten"; also "twenty twenty eight", "two thousand
// twenty eight" (the full year, 2000-2099). Returns 0..99.
std::optional<int> shortYear(const QStringList& words);
// "january".."december": 1..12, or -1.
int monthValue(const QString& word);

// Expiry as said: "december twenty twenty eight", "twelve twenty eight", "one two two eight", "oh one
// twenty nine". Returns "MMYY" keys, or nothing.
std::optional<QString> expiryKeys(const QStringList& words);
// Amount as said: "one hundred twenty five dollars fifty", "forty dollars and five cents", "twelve point
// five oh". Returns the words the flow's voice input reads ("125 point 50"), or nothing.
std::optional<QString> amountUtterance(const QStringList& words, const QStringList& currencyWords);

} // namespace SpokenNumbers

} // namespace voicepay
