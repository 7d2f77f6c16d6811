#include "calldriver.h"

#include "flow/paymentflow.h"
#include "gateway/paymentgateway.h"
#include "gateway/sandboxgateway.h"

namespace voicepay {

CallDriver::CallDriver(const CallSetup& setup, PaymentGateway* gateway, CallTiming timing)
    : m_flow(std::make_unique<PaymentFlow>(setup.config, setup.context, setup.date, setup.sessionId))
    , m_gateway(gateway)
    , m_timing(std::move(timing))
    , m_self(std::make_shared<CallDriver*>(this))
    , m_site(setup.config.site)
{
    m_promptIds.reserve(16); // a typical call's prompts, without growing the list one at a time
    if (!m_gateway) {
        m_ownGateway = std::make_unique<SandboxGateway>();
        m_gateway = m_ownGateway.get();
    }
    if (!setup.serviceUnavailable.isEmpty()) {
        m_flow->setServiceUnavailable(setup.serviceUnavailable);
    }
    if (!setup.configVersion.isEmpty()) {
        m_flow->setConfigVersion(setup.configVersion);
    }
}

CallDriver::~CallDriver() = default;

void CallDriver::addObserver(CallObserver* observer)
{
    m_observers << observer;
}

bool CallDriver::isStarted() const
{
    return m_flow->isStarted();
}

bool CallDriver::isCollecting() const
{
    return m_flow->isStarted() && !m_flow->isFinished() && !m_flow->awaitingGateway();
}

void CallDriver::start(qint64 nowMs)
{
    if (m_flow->isStarted()) {
        return;
    }
    m_startMs = nowMs;
    m_nowMs = nowMs;
    notify([&](CallObserver& o) { o.callStarted(*m_flow, nowMs); });
    handle(m_flow->start(nowMs));
}

bool CallDriver::pressKey(QChar key, qint64 atMs)
{
    if (!isCollecting()) {
        return false;
    }
    notify([&](CallObserver& o) { o.keyPressed(*m_flow, key, atMs, m_timing.keyToneMs); });
    m_nowMs = atMs + m_timing.keyToneMs + m_timing.keyGapMs;
    const FlowActions actions = m_flow->pressKey(key, m_nowMs);
    const bool ended = !actions.isEmpty();
    if (!ended) {
        arm(m_flow->currentCollect().interDigitTimeoutMs);
    }
    notify([&](CallObserver& o) { o.keyTaken(*m_flow, ended, m_nowMs); });
    if (ended) {
        handle(actions);
    }
    return ended;
}

void CallDriver::say(const QString& utterance, qint64 atMs, qint64 durationMs)
{
    if (!isCollecting()) {
        return;
    }
    notify([&](CallObserver& o) {
        o.inputGiven(*m_flow, CallInput { CallInput::Kind::Say, utterance }, atMs);
    });
    m_nowMs = atMs + (durationMs < 0 ? m_timing.utteranceMs : durationMs);
    handle(m_flow->say(utterance, m_nowMs));
}

void CallDriver::timeout(qint64 nowMs)
{
    if (!isCollecting()) {
        return;
    }
    notify([&](CallObserver& o) {
        o.inputGiven(*m_flow, CallInput { CallInput::Kind::Timeout, {} }, nowMs);
    });
    m_nowMs = nowMs;
    handle(m_flow->timeout(nowMs));
}

void CallDriver::hangUp(qint64 nowMs)
{
    if (!m_flow->isStarted() || m_flow->isFinished()) {
        return;
    }
    notify([&](CallObserver& o) { o.inputGiven(*m_flow, CallInput { CallInput::Kind::HangUp, {} }, nowMs); });
    m_nowMs = nowMs;
    handle(m_flow->hangUp(nowMs));
}

void CallDriver::tick(qint64 nowMs)
{
    if (m_deadlineMs >= 0 && nowMs >= m_deadlineMs) {
        timeout(nowMs);
    }
}

void CallDriver::feed(const CallInput& input, qint64 atMs)
{
    switch (input.kind) {
    case CallInput::Kind::HangUp:
        hangUp(atMs);
        return;
    case CallInput::Kind::Timeout:
    case CallInput::Kind::Audio:
        timeout(m_timing.timeoutsTakeTheirTime && m_deadlineMs > atMs ? m_deadlineMs : atMs);
        return;
    case CallInput::Kind::Say:
        say(input.text, atMs);
        return;
    case CallInput::Kind::Dtmf:
        break;
    }
    if (!isCollecting()) {
        return;
    }
    notify([&](CallObserver& o) { o.inputGiven(*m_flow, input, atMs); });
    qint64 at = atMs;
    for (QChar key : input.text) {
        if (pressKey(key, at)) {
            return; // the entry ended (its full length or '#'): the keys after it are type-ahead, dropped
        }
        at = m_nowMs;
    }
    const qint64 last = input.text.isEmpty() ? atMs : m_nowMs;
    timeout(m_timing.timeoutsTakeTheirTime && m_deadlineMs > last ? m_deadlineMs : last);
}

void CallDriver::deliverGatewayReply(qint64 nowMs)
{
    if (!m_submitted || !m_reply) {
        return;
    }
    const GatewayResult reply = *m_reply;
    m_submitted = false;
    m_reply.reset();
    m_nowMs = nowMs;
    notify([&](CallObserver& o) { o.gatewayReplied(*m_flow, reply, nowMs); });
    handle(m_flow->gatewayReplied(reply, nowMs));
}

void CallDriver::giveUpOnGateway(const QString& reason, qint64 nowMs)
{
    if (!m_submitted) {
        return;
    }
    if (!m_reply) {
        m_gateway->cancel(m_flow->paymentRequest().invoiceNumber);
        m_reply = GatewayResult::error(reason);
    }
    deliverGatewayReply(nowMs);
}

void CallDriver::abandon(qint64 nowMs)
{
    if (m_finished) {
        return;
    }
    m_nowMs = nowMs;
    handle(m_flow->hangUp(nowMs));
    end();
}

void CallDriver::arm(int lengthMs)
{
    m_timeoutLengthMs = lengthMs;
    m_deadlineMs = m_nowMs + lengthMs;
}

void CallDriver::handle(const FlowActions& actions)
{
    m_deadlineMs = -1;
    const FlowAction* submitAction = nullptr;
    const FlowAction* collectAction = nullptr;
    for (const FlowAction& action : actions) {
        const qint64 begin = m_nowMs;
        switch (action.kind) {
        case FlowAction::Kind::Play:
            if (m_timing.promptMs) {
                m_nowMs += m_timing.promptMs(action.prompt);
            }
            m_promptIds << action.prompt.id;
            break;
        case FlowAction::Kind::Collect:
            collectAction = &action;
            break;
        case FlowAction::Kind::SubmitPayment:
            submitAction = &action; // observers hear of it as it goes out, after the path that led there
            continue;
        case FlowAction::Kind::ClampDtmf:
        case FlowAction::Kind::Finish:
            break;
        }
        notify([&](CallObserver& o) { o.actionTaken(*m_flow, action, begin, m_nowMs); });
    }
    if (collectAction) {
        arm(collectAction->collect.noInputTimeoutMs); // counted from the end of the question's prompts
    }
    notifyTransitions();
    if (submitAction) {
        notify([&](CallObserver& o) { o.actionTaken(*m_flow, *submitAction, m_nowMs, m_nowMs); });
        submit();
    }
    if (m_flow->isFinished()) {
        end();
    }
}

void CallDriver::notifyTransitions()
{
    const auto& transitions = m_flow->transitions();
    for (; m_transitionsSeen < transitions.size(); ++m_transitionsSeen) {
        const auto& t = transitions.at(m_transitionsSeen);
        notify([&](CallObserver& o) { o.transitionTaken(*m_flow, t.first, t.second); });
    }
}

void CallDriver::submit()
{
    m_submitted = true;
    m_reply.reset();
    std::weak_ptr<CallDriver*> self = m_self;
    // A network gateway may answer after this call is over and its driver gone: the reply is then dropped.
    m_gateway->submit(m_flow->paymentRequest(), [self](const GatewayResult& reply) {
        const std::shared_ptr<CallDriver*> alive = self.lock();
        if (!alive) {
            return;
        }
        CallDriver* driver = *alive;
        if (!driver->m_submitted || driver->m_reply) {
            return;
        }
        driver->m_reply = reply;
        if (driver->m_replyHandler) {
            driver->m_replyHandler();
        }
    });
}

void CallDriver::end()
{
    if (m_finished) {
        return;
    }
    m_deadlineMs = -1;
    FinishedCall call;
    call.finished = m_flow->isFinished();
    call.result = m_flow->result();
    call.events = m_flow->events();
    call.transitions = m_flow->transitions();
    call.promptIds = m_promptIds;
    call.site = m_site;
    call.startMs = m_startMs;
    call.endMs = m_nowMs;
    m_finished = std::move(call);
    notify([&](CallObserver& o) { o.callEnded(*m_flow, *m_finished); });
}

} // namespace voicepay
