#pragma once

#include "prompts/promptsegment.h"

#include <QObject>
#include <map>
#include <memory>

class QAudioSink;
class QBuffer;

namespace voicepay {
class PromptSet;
}

namespace voicepay::ui {

// Plays what the caller would hear: a prompt from the prompt set of its language (the recorded set where it
// is installed), and the keypad's DTMF tones. Silent where there is no audio device or no prompt set; the
// console works the same without it.
class AudioPreview : public QObject
{
    Q_OBJECT
public:
    explicit AudioPreview(QObject* parent = nullptr);
    ~AudioPreview() override;

    bool hasPromptSet() const;
    QString promptSetDirectory() const;
    // False (with the reason) when the prompt set lacks a recording of one of the prompt's segments.
    bool playPrompt(const Prompt& prompt, QString* error);
    void playTone(QChar key);
    void stop();

private:
    void play(const QByteArray& pcm, int sampleRate);
    const PromptSet* setFor(const QString& language);

    std::unique_ptr<PromptSet> m_set; // en-US
    std::map<QString, std::unique_ptr<PromptSet>> m_otherSets; // loaded when a prompt first needs one
    QString m_directory;
    QAudioSink* m_sink = nullptr;
    QBuffer* m_buffer = nullptr;
};

} // namespace voicepay::ui
