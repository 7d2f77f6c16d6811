#pragma once

#include "audio/audiobuffer.h"
#include "flow/step.h"
#include "speech/recognizer.h"

#include <QList>
#include <QString>

namespace voicepay {

// A spoken answer with what the flow should get from it: the yardstick bench_speech and the accuracy test
// share.
struct SpeechSample
{
    Step step = Step::CardNumber;
    QString text; // what the caller says
    QString expected; // digits for digit steps, "MMYY" for expiry, the flow's utterance for amounts, the key
                      // ("1", "2", ...) for menus
};

// Digit errors (substitutions, insertions, deletions), whole answers right and the processing time.
struct SpeechScore
{
    int digits = 0;
    int digitErrors = 0;
    int numbers = 0;
    int numbersRight = 0;
    int yesNo = 0;
    int yesNoRight = 0;
    int menus = 0;
    int menusRight = 0;
    int other = 0; // expiry dates and amounts
    int otherRight = 0;
    double audioSeconds = 0;
    double cpuSeconds = 0;

    double digitErrorRate() const { return digits ? double(digitErrors) / digits : 0; }
    double numberAccuracy() const { return numbers ? double(numbersRight) / numbers : 0; }
    double yesNoAccuracy() const { return yesNo ? double(yesNoRight) / yesNo : 0; }
    double menuAccuracy() const { return menus ? double(menusRight) / menus : 0; }
    double otherAccuracy() const { return other ? double(otherRight) / other : 0; }
    double realTimeFactor() const { return audioSeconds > 0 ? cpuSeconds / audioSeconds : 0; }
};

namespace SpeechCorpus {

// `count` Luhn-valid 16-digit card numbers from a fixed seed, said digit by digit.
QList<SpeechSample> cardNumbers(int count, quint32 seed = 15);
QList<SpeechSample> yesNo();
QList<SpeechSample> menus(); // amount choice and correction choice
QList<SpeechSample> expiries();
QList<SpeechSample> amounts();

// Edit distance between two digit strings.
int digitDistance(const QString& expected, const QString& got);

// Recognises `audio` (with a second of silence after it) and adds the outcome to `score`; returns the
// utterance heard (empty for no match). CPU time is this thread's.
QString evaluate(
    Recognizer& recognizer, const SpeechSample& sample, const AudioBuffer& audio, SpeechScore& score);

} // namespace SpeechCorpus

} // namespace voicepay
