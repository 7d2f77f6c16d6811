#pragma once

#include "promptsegment.h"

#include <QList>
#include <QString>
#include <span>

namespace voicepay {

struct Phrase
{
    QString id;
    QString text;
    // Starts with a capital without starting a sentence (German nouns): no full stop is put before it.
    bool continuesSentence = false;
};

// The wording of every fixed phrase in each language (en-US when none is given), and the text rendering of a
// whole prompt in its language. The same phrase texts are what the prompt sets are synthesised from.
class PromptText
{
public:
    static const QList<Phrase>& phrases(const QString& language = QString());
    static QString phrase(const QString& id, const QString& language = QString()); // empty for an unknown id
    static QString segmentText(const PromptSegment& segment, const QString& language = QString());
    static QString render(const Prompt& prompt);
    // The same with each segment's phrase already found (null for values and for unknown phrase ids).
    static QString render(const Prompt& prompt, std::span<const Phrase* const> phrases);
    static QString monthName(int month, const QString& language = QString());
    // An amount as a transcript shows it: "125.50 US dollars", "125,50 euros", "125,50 Euro".
    static QString amountText(const Money& money, const QString& language = QString());
};

} // namespace voicepay
