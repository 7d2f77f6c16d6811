#include "callinput.h"

#include "secure/inputexcerpt.h"

#include <QCoreApplication>

namespace voicepay {

namespace {
// The messages keep the context of the scenario files they were written for (see translations/).
QString translated(const char* text)
{
    return QCoreApplication::translate("Scenario", text);
}
} // namespace

QString CallInput::toString() const
{
    switch (kind) {
    case Kind::Dtmf:
        return text;
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::HangUp:
        return QStringLiteral("hangup");
    case Kind::Say:
        return QStringLiteral("say:") + text;
    case Kind::Audio:
        return QStringLiteral("audio:") + text;
    }
    return QString();
}

std::optional<CallInput> CallInput::parse(const QString& text, QString* error)
{
    if (text == u"timeout" || text.isEmpty()) {
        return CallInput { Kind::Timeout, QString() };
    }
    if (text == u"hangup") {
        return CallInput { Kind::HangUp, QString() };
    }
    if (text.startsWith(u"say:")) {
        const QString utterance = text.mid(4).trimmed();
        if (utterance.isEmpty() || utterance.size() > 500) {
            if (error) {
                *error
                    = translated(QT_TRANSLATE_NOOP("Scenario", "an utterance must have 1 to 500 characters"));
            }
            return std::nullopt;
        }
        return CallInput { Kind::Say, utterance };
    }
    if (text.startsWith(u"audio:")) {
        // A recording of the caller (16 or 8 kHz mono WAV), recognised for real; relative to the scenario
        // file.
        const QString path = text.mid(6).trimmed();
        if (path.isEmpty() || path.size() > 1000) {
            if (error) {
                *error = translated(QT_TRANSLATE_NOOP("Scenario", "an audio input needs a WAV file's path"));
            }
            return std::nullopt;
        }
        return CallInput { Kind::Audio, path };
    }
    if (text.size() > 64) {
        if (error) {
            *error = translated(QT_TRANSLATE_NOOP("Scenario", "at most 64 keys per step"));
        }
        return std::nullopt;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!(c.isDigit() && c.unicode() < 128) && c != u'*' && c != u'#') {
            if (error) {
                // Card data may stand here: the position and a masked excerpt, never the keys.
                *error = translated(QT_TRANSLATE_NOOP("Scenario",
                                        "character %1 of \"%2\" is not a DTMF key (0-9, * and #); a step is "
                                        "keys, \"timeout\", \"hangup\" or \"say:TEXT\""))
                             .arg(i + 1)
                             .arg(maskedExcerpt(text, i));
            }
            return std::nullopt;
        }
    }
    return CallInput { Kind::Dtmf, text };
}

} // namespace voicepay
