#include "simulator/speechpreview.h"

#include "widgets/uilog.h"

#ifdef VOICEPAY_HAVE_TTS
#include <QTextToSpeech>
#endif

namespace voicepay::ui {

SpeechPreview::SpeechPreview(QObject* parent)
    : QObject(parent)
{
}

SpeechPreview::~SpeechPreview() = default;

void SpeechPreview::ensureEngine()
{
    // Loaded on first use: starting a speech engine costs more than the window's whole cold start.
    if (m_tried) {
        return;
    }
    m_tried = true;
#ifdef VOICEPAY_HAVE_TTS
    if (QTextToSpeech::availableEngines().isEmpty()) {
        qCInfo(lcUi) << "no text-to-speech engine; previews are silent";
        return;
    }
    m_speech = new QTextToSpeech(this);
    if (m_speech->state() == QTextToSpeech::Error) {
        qCInfo(lcUi) << "text-to-speech engine failed to start; previews are silent";
        delete m_speech;
        m_speech = nullptr;
    }
#endif
}

bool SpeechPreview::available() const
{
#ifdef VOICEPAY_HAVE_TTS
    return !QTextToSpeech::availableEngines().isEmpty();
#else
    return false;
#endif
}

QString SpeechPreview::engineName() const
{
#ifdef VOICEPAY_HAVE_TTS
    const QStringList engines = QTextToSpeech::availableEngines();
    return engines.isEmpty() ? QString() : engines.first();
#else
    return QString();
#endif
}

void SpeechPreview::setMuted(bool muted)
{
    m_muted = muted;
    if (muted) {
        stop();
    }
}

void SpeechPreview::say(const QString& text)
{
    if (m_muted) {
        return;
    }
    ensureEngine();
#ifdef VOICEPAY_HAVE_TTS
    if (m_speech) {
        m_speech->say(text);
    }
#else
    Q_UNUSED(text)
#endif
}

void SpeechPreview::stop()
{
#ifdef VOICEPAY_HAVE_TTS
    if (m_speech) {
        m_speech->stop();
    }
#endif
}

} // namespace voicepay::ui
