#pragma once

#include "flow/flowaction.h"
#include "speech/speechgrammar.h"

#include <QByteArray>
#include <QObject>
#include <memory>
#include <optional>

class QAudioSource;
class QIODevice;
class QPushButton;
class QWidget;

namespace voicepay {
class PocketSphinxRecognizer;
}

namespace voicepay::ui {

class CallSession;

// Push-to-talk on the simulator: while the button is held, the microphone's audio (16 kHz mono, 16-bit) goes
// to the recogniser (PocketSphinx, platform/speech) against the grammar of the step the call is at; on
// release, or when the recogniser hears the end of speech, the call gets what it came to, as a scenario's
// spoken input does. The console only forwards audio: grammars, threshold and reading are the core's. On a
// machine without an input device the button stays disabled and says why; the Say box works either way.
class PushToTalk : public QObject
{
    Q_OBJECT
public:
    static constexpr int sampleRate = 16000;

    explicit PushToTalk(CallSession* session, QObject* parent = nullptr);
    ~PushToTalk() override;

    // Why the microphone cannot be used here (no input device, no speech model); empty when it can.
    static QString unavailableReason();

    // The button the page shows: held down to talk, enabled while the step takes voice.
    QPushButton* createButton(QWidget* parent);

    // Starts an utterance at the step the call is at; with `microphone`, the default input device feeds it
    // (without, audio comes only through feedPcm()). False with a reason when it cannot start.
    bool begin(bool microphone, QString* error);
    // 16-bit little-endian mono PCM at 16 kHz, in pieces of any size: what the microphone delivers. The
    // piece is wiped once fed (it may be a card number).
    void feedPcm(QByteArray& pcm);
    // The button released: the call gets what was heard.
    void end();
    bool isListening() const { return m_grammar.has_value(); }

signals:
    void listeningChanged(bool on);

private:
    void readMicrophone();
    void stopMicrophone();
    void refreshButton(const CollectSpec* spec);

    CallSession* m_session;
    std::unique_ptr<PocketSphinxRecognizer> m_recognizer; // loaded at the first utterance
    std::optional<SpeechGrammar> m_grammar; // set while listening
    qint64 m_fedSamples = 0;
    QByteArray m_carry; // an odd byte left from the last piece
    QPushButton* m_button = nullptr;
    QAudioSource* m_source = nullptr;
    QIODevice* m_device = nullptr;
};

} // namespace voicepay::ui
