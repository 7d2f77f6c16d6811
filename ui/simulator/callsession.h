#pragma once

#include "call/calldriver.h"
#include "flow/paymentflow.h"
#include "simulator/scenariorecorder.h"
#include "speech/recognizer.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace voicepay {
class PaymentGateway;
}

namespace voicepay::ui {

// One simulated call in the console: a thin adapter around CallDriver. It feeds the driver the caller's
// inputs with the time of the clock (epoch milliseconds unless a test sets another), turns what the driver
// reports into signals for the views, hands gateway replies back from the event loop, runs the driver's
// time-outs on a QTimer, and records the caller's inputs as a scenario.
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
    // Where time comes from: epoch milliseconds by default.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    // Attached to every call from the next one on (the KPI store, ...); not owned.
    void addObserver(CallObserver* observer) { m_observers << observer; }

    // Starts a call; false with a reason when the configuration or the context is refused.
    bool start(const CallContext& context, QDate callDate, QString* error);
    void pressKey(QChar key);
    void say(const QString& utterance);
    // What the caller said into the microphone, recognised (push-to-talk): given to the call as a scenario's
    // spoken input is, ending now. The recognised words are wiped once the flow has them.
    void hear(Recognition& heard);
    void noInput();
    void hangUp();
    // One whole answer of a scenario, as the scenario runner feeds it.
    void replay(const ScenarioInput& input);

    bool isActive() const { return m_driver && !m_driver->flow().isFinished(); }
    bool isCollecting() const;
    bool sensitiveEntry() const;
    const PaymentFlow* flow() const { return m_driver ? &m_driver->flow() : nullptr; }
    const ScenarioRecorder& recorder() const { return m_recorder; }
    int remainingTimeoutMs() const; // -1 when no time-out is running
    int currentTimeoutMs() const { return m_driver ? m_driver->timeoutLengthMs() : 0; }
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
    void finished(const voicepay::FinishedCall& call);

private:
    // What the driver reports, turned into the signals above.
    class Listener : public CallObserver
    {
    public:
        explicit Listener(CallSession& session)
            : m_session(session)
        {
        }
        void callStarted(const PaymentFlow& flow, qint64 atMs) override;
        void actionTaken(
            const PaymentFlow& flow, const FlowAction& action, qint64 startMs, qint64 endMs) override;
        void inputGiven(const PaymentFlow& flow, const CallInput& input, qint64 atMs) override;
        void keyPressed(const PaymentFlow& flow, QChar key, qint64 atMs, int toneMs) override;
        void keyTaken(const PaymentFlow& flow, bool entryEnded, qint64 atMs) override;
        void gatewayReplied(const PaymentFlow& flow, const GatewayResult& reply, qint64 atMs) override;
        void transitionTaken(const PaymentFlow& flow, const QString& from, const QString& to) override;
        void callEnded(const PaymentFlow& flow, const FinishedCall& call) override;

    private:
        CallSession& m_session;
    };

    void replyArrived();
    void syncTimeout();
    qint64 now() const;

    FlowConfig m_config;
    PaymentGateway* m_gateway = nullptr;
    QString m_unavailable;
    std::unique_ptr<PaymentGateway> m_ownGateway;
    Listener m_listener { *this };
    std::unique_ptr<CallDriver> m_driver;
    QList<CallObserver*> m_observers;
    ScenarioRecorder m_recorder;
    std::function<qint64()> m_clock;
    QTimer m_timeout;
    bool m_timeoutsEnabled = true;
    qint64 m_armedDeadlineMs = -1;
    quint64 m_generation = 0; // a gateway reply for an earlier call is ignored
};

} // namespace voicepay::ui
