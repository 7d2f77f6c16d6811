#pragma once

#include "flow/paymentflow.h"
#include "simulator/scenariorecorder.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace voicepay {
class PaymentGateway;
}

namespace voicepay::ui {

// One simulated call: drives PaymentFlow with the real clock, turns its actions into signals for the views,
// sends payments to the gateway and feeds the replies back, and records the caller's inputs as a scenario.
// The no-input and inter-digit time-outs run on a QTimer with the CollectSpec's durations.
class CallSession : public QObject
{
    Q_OBJECT
public:
    explicit CallSession(QObject* parent = nullptr);
    ~CallSession() override;

    void setConfig(const FlowConfig& config) { m_config = config; }
    const FlowConfig& config() const { return m_config; }
    // The gateway payments go to; not owned. Null: an in-process sandbox of the session's own.
    // Payments go to this gateway from the next call on (clears setServiceUnavailable()).
    void setGateway(PaymentGateway* gateway)
    {
        m_gateway = gateway;
        m_unavailable.clear();
    }
    // Set: payments cannot be taken (the configured gateway is not available); each call ends as a technical
    // error with this reason before any card data is asked for. Empty: payments go to the gateway.
    void setServiceUnavailable(const QString& reason) { m_unavailable = reason; }
    QString serviceUnavailable() const { return m_unavailable; }
    // Time-outs fire by themselves (on) or only through noInput() (off: replays and tests).
    void setTimeoutsEnabled(bool on);
    void setPublishedTestValues(const QStringList& values) { m_recorder.setPublishedValues(values); }

    // Starts a call; false with a reason when the configuration or the context is refused.
    bool start(const CallContext& context, QDate callDate, QString* error);
    void pressKey(QChar key);
    void say(const QString& utterance);
    void noInput();
    void hangUp();

    bool isActive() const { return m_flow && !m_flow->isFinished(); }
    bool isCollecting() const;
    bool sensitiveEntry() const;
    const PaymentFlow* flow() const { return m_flow.get(); }
    const ScenarioRecorder& recorder() const { return m_recorder; }
    int remainingTimeoutMs() const; // -1 when no time-out is running
    int currentTimeoutMs() const { return m_timeoutLengthMs; }
    qint64 elapsedMs() const;

signals:
    void started();
    void promptPlayed(const voicepay::Prompt& prompt);
    void callerInput(const QString& maskedText); // what the transcript may show of an input
    void collecting(const voicepay::CollectSpec& spec);
    void entryChanged(); // keyed count, live brand or Luhn state changed
    void clampChanged(bool on);
    void toneSuppressed(); // a key tone was kept from the agent's leg
    void authorizing();
    void gatewayAnswered(const QString& summary); // masked: status, codes, transaction id
    void transitionTaken(const QString& from, const QString& to);
    void finished(const voicepay::CallResult& result);

private:
    void handle(const FlowActions& actions);
    void submit();
    void armTimeout(int ms);
    void onTimeout();
    qint64 now() const;
    void emitNewTransitions();

    FlowConfig m_config;
    PaymentGateway* m_gateway = nullptr;
    QString m_unavailable;
    std::unique_ptr<PaymentGateway> m_ownGateway;
    std::unique_ptr<PaymentFlow> m_flow;
    ScenarioRecorder m_recorder;
    QElapsedTimer m_clock;
    QTimer m_timeout;
    bool m_timeoutsEnabled = true;
    int m_timeoutLengthMs = 0;
    qsizetype m_transitionsSeen = 0;
    quint64 m_generation = 0; // a gateway reply for an earlier call is ignored
    bool m_endSignalled = false;
};

} // namespace voicepay::ui
