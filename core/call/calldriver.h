#pragma once

#include "call/callinput.h"
#include "call/callobserver.h"
#include "call/calltiming.h"
#include "call/finishedcall.h"
#include "config/flowconfig.h"
#include "flow/callcontext.h"
#include "flow/flowaction.h"
#include "gateway/gatewayresult.h"

#include <QDate>
#include <QList>
#include <functional>
#include <memory>
#include <optional>

namespace voicepay {

class PaymentFlow;
class PaymentGateway;

// What one call is: the engine's configuration, the caller's context and the call's identity.
struct CallSetup
{
    FlowConfig config;
    CallContext context;
    QDate date;
    QString sessionId;
    QString configVersion; // set: config.version(), computed once by a caller running many calls
    QString serviceUnavailable; // set: payments cannot be taken (see PaymentFlow::setServiceUnavailable)
};

// Drives one call: owns the PaymentFlow, takes the caller's inputs with their times, carries the payment to
// the gateway and its reply back, keeps the pending time-out's deadline, and tells its observers everything,
// in order. It never reads a clock: time comes in with each input. When the call ends it yields one value,
// FinishedCall. The scenario runner, the console's call session and every other way of running a call are
// thin adapters around it.
class CallDriver
{
public:
    // gateway: not owned; null gives the call an in-process sandbox of its own.
    CallDriver(const CallSetup& setup, PaymentGateway* gateway, CallTiming timing = {});
    ~CallDriver();
    CallDriver(const CallDriver&) = delete;
    CallDriver& operator=(const CallDriver&) = delete;

    void addObserver(CallObserver* observer); // not owned; before start()
    // Called when the gateway's reply arrives: inside submit() for the in-process sandbox, later for a
    // network gateway. The owner hands the reply to the flow with deliverGatewayReply() when its time comes.
    void setGatewayReplyHandler(std::function<void()> handler) { m_replyHandler = std::move(handler); }

    void start(qint64 nowMs);
    // Inputs are ignored when the flow is not collecting (hangUp: when the call is over).
    bool pressKey(QChar key, qint64 atMs); // true: the key ended the entry
    // durationMs < 0: the timing's utteranceMs (a recogniser knows where the speech really ended).
    void say(const QString& utterance, qint64 atMs, qint64 durationMs = -1);
    void timeout(qint64 nowMs);
    void hangUp(qint64 nowMs);
    void tick(qint64 nowMs); // fires the pending time-out once its deadline has come
    // One whole answer as a scenario gives it: keys until the flow ends the entry (later ones are type-ahead
    // and dropped), then the inter-digit time-out if it did not. An `audio:` recording needs a recogniser
    // (CallerSpeech); fed here it is heard as silence.
    void feed(const CallInput& input, qint64 atMs);

    void deliverGatewayReply(qint64 nowMs);
    // No reply will come in time: the charge is cancelled and the call goes on with a gateway error.
    void giveUpOnGateway(const QString& reason, qint64 nowMs);
    // Ends the call from the driver's side (a gateway that never answered, a runaway scenario).
    void abandon(qint64 nowMs);

    const PaymentFlow& flow() const { return *m_flow; }
    bool isStarted() const;
    bool isEnded() const { return m_finished.has_value(); }
    bool isCollecting() const;
    bool awaitingGateway() const { return m_submitted; } // a payment is out and its reply not yet handed in
    bool hasGatewayReply() const { return m_reply.has_value(); }
    qint64 nowMs() const { return m_nowMs; }
    qint64 startMs() const { return m_startMs; }
    qint64 timeoutDeadlineMs() const { return m_deadlineMs; } // -1: no time-out pending
    int timeoutLengthMs() const { return m_timeoutLengthMs; } // of the last time-out armed
    const std::optional<FinishedCall>& finished() const { return m_finished; }

private:
    void handle(const FlowActions& actions);
    void notifyTransitions();
    void submit();
    void arm(int lengthMs);
    void end();
    template <typename F> void notify(F&& f)
    {
        // Read-only: a non-const loop would detach the list, which costs even when it is empty.
        for (CallObserver* o : std::as_const(m_observers)) {
            f(*o);
        }
    }

    std::unique_ptr<PaymentFlow> m_flow;
    std::unique_ptr<PaymentGateway> m_ownGateway;
    PaymentGateway* m_gateway;
    CallTiming m_timing;
    QList<CallObserver*> m_observers;
    std::function<void()> m_replyHandler;
    std::shared_ptr<CallDriver*> m_self; // the gateway's completion checks the driver still exists
    QString m_site;
    QStringList m_promptIds;
    qint64 m_startMs = 0;
    qint64 m_nowMs = 0;
    qint64 m_deadlineMs = -1;
    int m_timeoutLengthMs = 0;
    qsizetype m_transitionsSeen = 0;
    bool m_submitted = false;
    std::optional<GatewayResult> m_reply;
    std::optional<FinishedCall> m_finished;
};

} // namespace voicepay
