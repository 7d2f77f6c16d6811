#include "simulator/callsession.h"

#include "flow/step.h"
#include "gateway/paymentgateway.h"
#include "gateway/sandboxgateway.h"
#include "speech/callerspeech.h"
#include "widgets/uilog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace voicepay::ui {

namespace {
// Only the keys that differ from the defaults go into a recorded scenario.
QJsonObject overridesOf(const FlowConfig& config)
{
    const QJsonObject defaults = FlowConfig().toJson();
    const QJsonObject current = config.toJson();
    QJsonObject out;
    for (auto it = current.begin(); it != current.end(); ++it) {
        if (it.key() == u"gateway" || it.key() == u"site") {
            continue; // where the call is charged is the replaying tool's business
        }
        if (defaults.value(it.key()) != it.value()) {
            out.insert(it.key(), it.value());
        }
    }
    return out;
}
} // namespace

CallSession::CallSession(QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &CallSession::noInput);
}

CallSession::~CallSession() = default;

void CallSession::setTimeoutsEnabled(bool on)
{
    m_timeoutsEnabled = on;
    if (!on) {
        m_timeout.stop();
    }
}

qint64 CallSession::now() const
{
    return m_clock();
}

qint64 CallSession::elapsedMs() const
{
    return m_driver ? now() - m_driver->startMs() : 0;
}

bool CallSession::isCollecting() const
{
    return m_driver && m_driver->isCollecting();
}

bool CallSession::sensitiveEntry() const
{
    return isCollecting()
        && (flow()->currentCollect().sensitive || isSensitive(flow()->currentCollect().step));
}

int CallSession::remainingTimeoutMs() const
{
    return m_timeout.isActive() ? m_timeout.remainingTime() : -1;
}

bool CallSession::start(const CallContext& context, QDate callDate, QString* error)
{
    QString why;
    if (!m_config.validate(&why)) {
        if (error) {
            *error = why;
        }
        return false;
    }
    QString contextError;
    if (!CallContext::fromJson(context.toJson(), &contextError)) {
        if (error) {
            *error = contextError;
        }
        return false;
    }
    m_timeout.stop();
    m_armedDeadlineMs = -1;
    ++m_generation;
    if (!m_gateway && !m_ownGateway) {
        m_ownGateway = std::make_unique<SandboxGateway>();
    }
    CallSetup setup;
    setup.config = m_config;
    setup.context = context;
    setup.date = callDate;
    setup.sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    setup.serviceUnavailable = m_unavailable;
    m_driver = std::make_unique<CallDriver>(setup, m_gateway ? m_gateway : m_ownGateway.get());
    m_driver->addObserver(&m_listener);
    for (CallObserver* observer : std::as_const(m_observers)) {
        m_driver->addObserver(observer);
    }
    m_driver->setGatewayReplyHandler([this] { replyArrived(); });
    m_recorder.begin(context, overridesOf(m_config), callDate);
    m_driver->start(now());
    syncTimeout();
    return true;
}

void CallSession::pressKey(QChar key)
{
    if (m_driver) {
        m_driver->pressKey(key, now());
        syncTimeout();
    }
}

void CallSession::say(const QString& utterance)
{
    if (m_driver && !utterance.trimmed().isEmpty()) {
        m_driver->say(utterance, now());
        syncTimeout();
    }
}

void CallSession::hear(Recognition& heard)
{
    if (m_driver) {
        QString error;
        if (!CallerSpeech::give(*m_driver, heard, now() - heard.speechEndMs, &error)) {
            qCWarning(lcUi) << "speech recognition failed:" << error;
        }
        syncTimeout();
    }
    heard.wipe();
}

void CallSession::noInput()
{
    if (m_driver) {
        m_driver->timeout(now());
        syncTimeout();
    }
}

void CallSession::hangUp()
{
    if (m_driver) {
        m_driver->hangUp(now());
        syncTimeout();
    }
}

void CallSession::replay(const ScenarioInput& input)
{
    if (m_driver) {
        m_driver->feed(input, now());
        syncTimeout();
    }
}

void CallSession::replyArrived()
{
    // The sandbox answers inside submit(); the reply is handed in from the event loop either way, so the
    // window shows the authorisation before its outcome.
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation && m_driver) {
                m_driver->deliverGatewayReply(now());
                syncTimeout();
            }
        },
        Qt::QueuedConnection);
}

void CallSession::syncTimeout()
{
    const qint64 deadline = m_driver ? m_driver->timeoutDeadlineMs() : -1;
    if (deadline < 0) {
        m_timeout.stop();
        m_armedDeadlineMs = -1;
        return;
    }
    if (deadline == m_armedDeadlineMs) {
        return; // the same time-out still runs
    }
    m_armedDeadlineMs = deadline;
    m_timeout.stop();
    if (m_timeoutsEnabled && m_driver->timeoutLengthMs() > 0) {
        m_timeout.start(m_driver->timeoutLengthMs());
    }
}

void CallSession::Listener::callStarted(const PaymentFlow& flow, qint64 /*atMs*/)
{
    qCDebug(lcUi) << "call started" << flow.sessionId() << callTypeName(flow.context().callType);
    emit m_session.started();
}

void CallSession::Listener::actionTaken(const PaymentFlow& /*flow*/, const FlowAction& action, qint64, qint64)
{
    switch (action.kind) {
    case FlowAction::Kind::Play:
        emit m_session.promptPlayed(action.prompt);
        break;
    case FlowAction::Kind::Collect:
        emit m_session.collecting(action.collect);
        emit m_session.entryChanged();
        break;
    case FlowAction::Kind::SubmitPayment:
        emit m_session.authorizing();
        break;
    case FlowAction::Kind::ClampDtmf:
        emit m_session.clampChanged(action.clampOn);
        break;
    case FlowAction::Kind::Finish:
        break;
    }
}

void CallSession::Listener::inputGiven(const PaymentFlow& /*flow*/, const CallInput& input, qint64 /*atMs*/)
{
    switch (input.kind) {
    case CallInput::Kind::Say: {
        const bool sensitive = m_session.sensitiveEntry();
        m_session.m_recorder.said(input.text, sensitive);
        emit m_session.callerInput(sensitive ? CallSession::tr("(spoken, masked)")
                                             : CallSession::tr("\"%1\"").arg(input.text.trimmed()));
        break;
    }
    case CallInput::Kind::Timeout:
        m_session.m_timeout.stop();
        m_session.m_recorder.timedOut();
        break;
    case CallInput::Kind::HangUp:
        m_session.m_timeout.stop();
        m_session.m_recorder.hungUp();
        emit m_session.callerInput(CallSession::tr("(hangs up)"));
        break;
    case CallInput::Kind::Dtmf:
        break; // each key follows
    case CallInput::Kind::Audio:
        break; // the driver hears a recording as silence: the time-out follows
    }
}

void CallSession::Listener::keyPressed(const PaymentFlow& flow, QChar key, qint64 /*atMs*/, int /*toneMs*/)
{
    const bool sensitive = m_session.sensitiveEntry();
    m_session.m_recorder.keyPressed(key, sensitive);
    emit m_session.callerInput(sensitive && key != u'#' ? QStringLiteral("•") : QString(key));
    if (flow.dtmfClamped()) {
        emit m_session.toneSuppressed();
    }
}

void CallSession::Listener::keyTaken(const PaymentFlow& /*flow*/, bool entryEnded, qint64 /*atMs*/)
{
    emit m_session.entryChanged();
    if (entryEnded) {
        m_session.m_recorder.entryEnded();
    }
}

void CallSession::Listener::gatewayReplied(
    const PaymentFlow& /*flow*/, const GatewayResult& reply, qint64 /*atMs*/)
{
    QString summary;
    switch (reply.status) {
    case GatewayResult::Status::Approved:
        summary = CallSession::tr("approved, transaction %1").arg(reply.transactionId);
        break;
    case GatewayResult::Status::Declined:
        summary = CallSession::tr("declined: %1 (%2)")
                      .arg(declineReasonName(reply.declineReason), reply.reasonCode);
        break;
    case GatewayResult::Status::Error:
        summary = CallSession::tr("error: %1").arg(reply.message);
        break;
    }
    emit m_session.gatewayAnswered(summary);
}

void CallSession::Listener::transitionTaken(
    const PaymentFlow& /*flow*/, const QString& from, const QString& to)
{
    emit m_session.transitionTaken(from, to);
}

void CallSession::Listener::callEnded(const PaymentFlow& flow, const FinishedCall& call)
{
    m_session.m_timeout.stop();
    qCDebug(lcUi) << "call ended" << flow.sessionId() << outcomeName(call.result.outcome);
    emit m_session.finished(call);
}

} // namespace voicepay::ui
