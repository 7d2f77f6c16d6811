#pragma once

#include <QObject>

class QTextToSpeech;

namespace voicepay::ui {

// Speaks prompt texts with Qt TextToSpeech when an engine is installed; silent (and says so) otherwise.
class SpeechPreview : public QObject
{
    Q_OBJECT
public:
    explicit SpeechPreview(QObject* parent = nullptr);
    ~SpeechPreview() override;

    bool available() const;
    QString engineName() const;
    bool isMuted() const { return m_muted; }
    void setMuted(bool muted);
    void say(const QString& text);
    void stop();

private:
    void ensureEngine();
    QTextToSpeech* m_speech = nullptr;
    bool m_tried = false;
    bool m_muted = false;
};

} // namespace voicepay::ui
