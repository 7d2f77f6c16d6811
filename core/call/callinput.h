#pragma once

#include <QString>
#include <optional>

namespace voicepay {

// One answer of the caller to one question: keys, an utterance, silence until the time-out, or a hang-up.
// Scenario files spell it as text ("1234#", "timeout", "hangup", "say:yes", "audio:yes.wav"); a phone line or
// the console produces it key by key.
struct CallInput
{
    enum class Kind { Dtmf, Timeout, HangUp, Say, Audio };
    Kind kind = Kind::Dtmf;
    QString text; // keys for Dtmf, the utterance for Say, the WAV file's path for Audio

    QString toString() const; // the scenario-file spelling
    static std::optional<CallInput> parse(const QString& text, QString* error);
};

} // namespace voicepay
