#include "simulator/callsession.h"

#include "gateway/paymentgateway.h"
#include "gateway/sandboxgateway.h"
#include "widgets/uilog.h"

#include <QJsonDocument>
#include <QUuid>

namespace voicepay::ui {

namespace {
bool isSensitiveStep(Step step)
{
    return step == Step::Pin || step == Step::CardNumber || step == Step::SecurityCode;
}

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
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &CallSession::onTimeout);
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
    return m_clock.isValid() ? m_clock.elapsed() : 0;
}

qint64 CallSession::elapsedMs() const
{
    return now();
}

bool CallSession::isCollecting() const
{
    return m_flow && m_flow->isStarted() && !m_flow->isFinished() && !m_flow->awaitingGateway();
}

bool CallSession::sensitiveEntry() const
{
    return isCollecting()
        && (m_flow->currentCollect().sensitive || isSensitiveStep(m_flow->currentCollect().step));
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
    ++m_generation;
    if (!m_gateway && !m_ownGateway) {
        m_ownGateway = std::make_unique<SandboxGateway>();
    }
    m_flow = std::make_unique<PaymentFlow>(
        m_config, context, callDate, QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!m_unavailable.isEmpty()) {
        m_flow->setServiceUnavailable(m_unavailable);
    }
    m_recorder.begin(context, overridesOf(m_config), callDate);
    m_transitionsSeen = 0;
    m_endSignalled = false;
    m_clock.start();
    qCDebug(lcUi) << "call started" << m_flow->sessionId() << callTypeName(context.callType);
    emit started();
    handle(m_flow->start(now()));
    return true;
}

void CallSession::pressKey(QChar key)
{
    if (!isCollecting()) {
        return;
    }
    const bool sensitive = sensitiveEntry();
    const bool clamped = m_flow->dtmfClamped();
    m_recorder.keyPressed(key, sensitive);
    emit callerInput(sensitive && key != u'#' ? QStringLiteral("•") : QString(key));
    if (clamped) {
        emit toneSuppressed();
    }
    const FlowActions actions = m_flow->pressKey(key, now());
    emit entryChanged();
    if (actions.isEmpty()) {
        armTimeout(m_flow->currentCollect().interDigitTimeoutMs);
        return;
    }
    m_recorder.entryEnded();
    handle(actions);
}

void CallSession::say(const QString& utterance)
{
    if (!isCollecting() || utterance.trimmed().isEmpty()) {
        return;
    }
    const bool sensitive = sensitiveEntry();
    m_recorder.said(utterance, sensitive);
    emit callerInput(sensitive ? tr("(spoken, masked)") : tr("\"%1\"").arg(utterance.trimmed()));
    handle(m_flow->say(utterance, now()));
}

void CallSession::noInput()
{
    if (!isCollecting()) {
        return;
    }
    m_timeout.stop();
    m_recorder.timedOut();
    handle(m_flow->timeout(now()));
}

void CallSession::onTimeout()
{
    noInput();
}

void CallSession::hangUp()
{
    if (!isActive()) {
        return;
    }
    m_timeout.stop();
    m_recorder.hungUp();
    emit callerInput(tr("(hangs up)"));
    handle(m_flow->hangUp(now()));
}

void CallSession::armTimeout(int ms)
{
    m_timeoutLengthMs = ms;
    if (m_timeoutsEnabled && ms > 0) {
        m_timeout.start(ms);
    }
}

void CallSession::emitNewTransitions()
{
    const auto& transitions = m_flow->transitions();
    for (; m_transitionsSeen < transitions.size(); ++m_transitionsSeen) {
        emit transitionTaken(
            transitions.at(m_transitionsSeen).first, transitions.at(m_transitionsSeen).second);
    }
}

void CallSession::handle(const FlowActions& actions)
{
    m_timeout.stop();
    bool submitNow = false;
    for (const FlowAction& action : actions) {
        switch (action.kind) {
        case FlowAction::Kind::Play:
            emit promptPlayed(action.prompt);
            break;
        case FlowAction::Kind::Collect:
            emit collecting(action.collect);
            emit entryChanged();
            armTimeout(action.collect.noInputTimeoutMs);
            break;
        case FlowAction::Kind::SubmitPayment:
            submitNow = true;
            break;
        case FlowAction::Kind::ClampDtmf:
            emit clampChanged(action.clampOn);
            break;
        case FlowAction::Kind::Finish:
            break;
        }
    }
    emitNewTransitions();
    if (submitNow) {
        submit();
    }
    if (m_flow->isFinished() && !m_endSignalled) {
        m_endSignalled = true;
        m_timeout.stop();
        qCDebug(lcUi) << "call ended" << m_flow->sessionId() << outcomeName(m_flow->result().outcome);
        emit finished(m_flow->result());
    }
}

void CallSession::submit()
{
    emit authorizing();
    PaymentGateway* gateway = m_gateway ? m_gateway : m_ownGateway.get();
    const quint64 generation = m_generation;
    QPointer<CallSession> self(this);
    // The sandbox answers inside submit(); the reply is handled from the event loop either way, so the
    // window shows the authorisation before its outcome.
    gateway->submit(m_flow->paymentRequest(), [self, generation](const GatewayResult& reply) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, reply] {
                if (!self || generation != self->m_generation || !self->m_flow
                    || !self->m_flow->awaitingGateway()) {
                    return;
                }
                QString summary;
                switch (reply.status) {
                case GatewayResult::Status::Approved:
                    summary = tr("approved, transaction %1").arg(reply.transactionId);
                    break;
                case GatewayResult::Status::Declined:
                    summary = tr("declined: %1 (%2)")
                                  .arg(declineReasonName(reply.declineReason), reply.reasonCode);
                    break;
                case GatewayResult::Status::Error:
                    summary = tr("error: %1").arg(reply.message);
                    break;
                }
                emit self->gatewayAnswered(summary);
                self->handle(self->m_flow->gatewayReplied(reply, self->now()));
            },
            Qt::QueuedConnection);
    });
}

} // namespace voicepay::ui
