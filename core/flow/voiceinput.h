#pragma once

#include "flow/step.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace voicepay {

// Turns a recognised utterance into the keys it stands for.
class VoiceInput
{
public:
    // "four one one one", "4111", "oh", "double seven", "one two point five oh" (point becomes '*').
    static std::optional<QString> digits(const QString& utterance);
    // yes -> "1", no -> "2" (confirm).
    static std::optional<QString> yesNo(const QString& utterance);
    // amount_choice: "full amount" -> "1", "other amount" -> "2".
    static std::optional<QString> amountChoice(const QString& utterance);
    // expiry as MMYY: the digits ("one two two eight"), or the date in the words the prompts use
    // ("December twenty twenty eight", "december 2028", "twelve twenty eight").
    static std::optional<QString> expiry(const QString& utterance);
    // correction_choice: "amount" -> "1", "card number" -> "2", "expiry" -> "3", "security code" -> "4".
    static std::optional<QString> correctionItem(const QString& utterance);

    // The words each menu step understands, with the key each stands for: the one vocabulary the parsers
    // above and the speech grammars (core/speech) share. Empty for steps that take digits.
    static QList<QPair<QStringList, QString>> menuChoices(Step step);
};

} // namespace voicepay
