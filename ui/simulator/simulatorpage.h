#pragma once

#include "call/finishedcall.h"
#include "flow/callresult.h"
#include "sim/scenario.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace voicepay {
class PaymentGateway;
}

namespace voicepay::ui {

class CallSession;
class CallSetupWidget;
class ConferenceView;
class FlowDiagramWidget;
class KeypadWidget;
class AudioPreview;
class SpeechPreview;
class TranscriptModel;

// The call simulator: set up a call, answer it with the keypad or the say box, and watch the transcript, the
// flow diagram, the agent's view of a conference call and the result.
class SimulatorPage : public QWidget
{
    Q_OBJECT
public:
    explicit SimulatorPage(QWidget* parent = nullptr);

    void setConfig(const FlowConfig& config);
    void setGateway(PaymentGateway* gateway);
    void setServiceUnavailable(const QString& reason); // see CallSession::setServiceUnavailable

    bool startCall(QString* error = nullptr);
    // Keys the test-card kit's values for the step in progress; false when the kit has none for it.
    bool keyTestCard(const QString& cardId);
    bool saveScenario(const QString& path, QString* error);
    bool openScenario(const QString& path, QString* error);
    bool replayNext(); // false when the scenario has no more inputs or no call runs
    void replayAll();

    CallSession* session() const { return m_session; }
    CallSetupWidget* setup() const { return m_setup; }
    KeypadWidget* keypad() const { return m_keypad; }
    ConferenceView* conference() const { return m_conference; }
    FlowDiagramWidget* diagram() const { return m_diagram; }
    TranscriptModel* transcript() const { return m_transcript; }
    QString resultText() const;
    QString stepText() const;

public slots:
    void saveScenarioInteractive();
    void openScenarioInteractive();

signals:
    void status(const QString& message);

private:
    QWidget* buildControls();
    QWidget* buildCallBox(QWidget* parent);
    QWidget* buildPhoneBox(QWidget* parent);
    QWidget* buildKitBox(QWidget* parent);
    QWidget* buildCallArea();
    QWidget* buildAgentArea();
    void onStarted();
    void onFinished(const FinishedCall& call);
    void refreshState();
    void updateTimeoutBar();
    QString scenarioName() const;

    FlowConfig m_baseConfig;
    CallSession* m_session;
    CallSetupWidget* m_setup;
    KeypadWidget* m_keypad;
    QLineEdit* m_sayEdit;
    QPushButton* m_start;
    QPushButton* m_noInput;
    QPushButton* m_hangUp;
    QProgressBar* m_timeoutBar;
    QComboBox* m_kitCards;
    QPushButton* m_kitKey;
    QLabel* m_step;
    QLabel* m_result;
    QTableView* m_transcriptView;
    TranscriptModel* m_transcript;
    FlowDiagramWidget* m_diagram;
    ConferenceView* m_conference;
    QWidget* m_agentBox;
    SpeechPreview* m_speech;
    AudioPreview* m_audio = nullptr;
    QCheckBox* m_speak;
    QPushButton* m_replayNext;
    QPushButton* m_replayAll;
    QLabel* m_replayLabel;
    QTimer* m_tick;
    std::optional<Scenario> m_replay;
    qsizetype m_replayIndex = 0;
};

} // namespace voicepay::ui
