#pragma once

#include "promptsegment.h"

#include <QList>
#include <QString>

namespace voicepay {

struct Phrase
{
    QString id;
    QString text;
};

// The en-US wording of every fixed phrase, and the text rendering of a whole prompt. The same phrase texts
// are what the recorded prompt set is synthesised from.
class PromptText
{
public:
    static const QList<Phrase>& phrases();
    static QString phrase(const QString& id); // empty for an unknown id
    static QString segmentText(const PromptSegment& segment);
    static QString render(const Prompt& prompt);
    static QString monthName(int month);
};

} // namespace voicepay
