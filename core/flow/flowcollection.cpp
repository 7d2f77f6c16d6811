#include "flow/flowlog.h"
#include "flow/paymentflow.h"

// PaymentFlow: moving through the flow graph, and collecting one entry at a step.
namespace voicepay {

void PaymentFlow::follow(const QString& edge, FlowActions& out)
{
    const qsizetype to = m_graph->target(m_nodeIndex, edge);
    const FlowGraph::Node* target = to < 0 ? nullptr : &m_graph->node(to);
    if (!target || (!target->step && !target->outcome && !target->gateway)) {
        refuse(edge, out);
        return;
    }
    const QString from = std::exchange(m_node, target->name);
    m_nodeIndex = to;
    m_transitions << qMakePair(from, m_node);
    if (target->step) {
        enterStep(*target->step, out, edge == u"retry");
    } else if (target->outcome) {
        finish(*target->outcome, from, out);
    } else {
        submit(out);
    }
}

// A handler answered with an edge the table lacks: a defect in the engine or the table. The call ends as a
// technical error that names the edge, rather than going somewhere nobody drew.
void PaymentFlow::refuse(const QString& edge, FlowActions& out)
{
    const QString from = m_node;
    qCWarning(lcFlow) << "session" << m_sessionId << ": the flow graph has no edge" << edge << "out of"
                      << from;
    m_exitReason = QStringLiteral("the flow graph has no edge \"%1\" out of %2").arg(edge, from);
    m_node = outcomeName(Outcome::TechnicalError);
    m_nodeIndex = m_graph->nodeIndex(m_node);
    m_transitions << qMakePair(from, m_node);
    finish(Outcome::TechnicalError, from, out);
}

void PaymentFlow::ask(Step step, int attempt, FlowActions& out)
{
    const bool retry = attempt > 1;
    switch (step) {
    case Step::AmountEntry:
        if (m_currency.decimals == 0) {
            play(retry ? QStringLiteral("amount_entry.ask.whole.retry")
                       : QStringLiteral("amount_entry.ask.whole"),
                out);
            return;
        }
        break;
    case Step::CardNumber:
        if (m_afterDecline && !retry) {
            play(QStringLiteral("card_number.ask.another"), out);
            return;
        }
        break;
    case Step::SecurityCode:
        if (!retry && m_brand) {
            play(QStringLiteral("security_code.ask.") + m_brand->id, out);
            return;
        }
        break;
    default:
        break;
    }
    // Made once: every step of every call asks with one of these (two a step, in the order of the steps).
    static const QList<KnownPrompt> asks = [] {
        QList<KnownPrompt> out;
        for (Step s : allSteps()) {
            out << KnownPrompt(stepName(s) + QStringLiteral(".ask"))
                << KnownPrompt(stepName(s) + QStringLiteral(".ask.retry"));
        }
        return out;
    }();
    play(asks.at(static_cast<qsizetype>(step) * 2 + (retry ? 1 : 0)), out);
}

void PaymentFlow::play(const KnownPrompt& prompt, FlowActions& out)
{
    play(m_prompts->at(prompt.index), prompt.id, out);
}

void PaymentFlow::setCollectSpec(Step step)
{
    const StepTiming timing = m_config.timing(stepName(step));
    m_collect = CollectSpec {};
    m_collect.step = step;
    m_collect.attempt = m_failures + 1;
    m_collect.noInputTimeoutMs = timing.noInputTimeoutMs;
    m_collect.interDigitTimeoutMs = timing.interDigitTimeoutMs;
    m_collect.acceptDtmf = dtmfAllowed();
    m_collect.acceptVoice = voiceAllowed();
    m_collect.sensitive = isSensitive(step);
    switch (step) {
    case Step::AccountNumber:
        m_collect.maxKeys = 12;
        break;
    case Step::Pin:
    case Step::Expiry:
        m_collect.maxKeys = 4;
        break;
    case Step::AmountChoice:
    case Step::Confirm:
    case Step::CorrectionChoice:
        m_collect.maxKeys = 1;
        m_collect.hashEnds = false;
        break;
    case Step::AmountEntry:
        m_collect.maxKeys = 16;
        break;
    case Step::CardNumber:
        m_collect.maxKeys = 19;
        break;
    case Step::SecurityCode:
        m_collect.maxKeys = securityCodeLength();
        break;
    }
}

void PaymentFlow::enterStep(Step step, FlowActions& out, bool retry)
{
    if (!retry) {
        m_failures = 0;
        m_voiceNoMatches = 0;
    }
    m_step = step;
    m_phase = Phase::Collecting;
    clearEntry();
    setCollectSpec(step);
    static const QStringList firstAttempts { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
        QStringLiteral("4"), QStringLiteral("5") }; // shared, not a new string on every step
    const int attempt = m_collect.attempt;
    event(FlowEvent::Kind::StepEntered, stepName(step),
        attempt >= 1 && attempt <= firstAttempts.size() ? firstAttempts.at(attempt - 1)
                                                        : QString::number(attempt));

    if (step == Step::Confirm) {
        const bool full = !m_config.readbackLast4Only && m_context.callType != CallType::Conference;
        static const KnownPrompt readbacks[] = { KnownPrompt(QStringLiteral("confirm.readback")),
            KnownPrompt(QStringLiteral("confirm.readback.no_expiry")),
            KnownPrompt(QStringLiteral("confirm.readback.full")),
            KnownPrompt(QStringLiteral("confirm.readback.full.no_expiry")) };
        play(readbacks[(full ? 2 : 0) + (needsExpiry() ? 0 : 1)], out);
    }
    ask(step, m_collect.attempt, out);
    collect(out);
}

void PaymentFlow::collect(FlowActions& out)
{
    // Handed over, not copied and cleared: clearing a list still shared allocates a new one.
    m_result.steps << StepRecord { stepName(m_step), std::exchange(m_pendingPrompts, {}) };
    m_result.lastStep = stepName(m_step);
    flowdetail::newAction(out, FlowAction::Kind::Collect).collect = m_collect;
}

void PaymentFlow::clearEntry()
{
    m_plainKeys.truncate(0); // emptied, not released: the next entry keys into the same memory
    m_secureKeys.clear();
    m_entryInvalid = false;
}

void PaymentFlow::appendKeys(const QString& keys)
{
    if (!isSensitive(m_step)) {
        m_plainKeys += keys;
        return;
    }
    for (QChar ch : keys) {
        if (!m_secureKeys.append(ch.toLatin1())) {
            m_entryInvalid = true;
        }
    }
}

// A failed answer: the step's hint and the retry edge, or the end of the call past the step's retries.
QString PaymentFlow::fail(Failure kind, const QString& detail, const QString& promptId,
    const PromptValues& values, FlowActions& out)
{
    Q_UNUSED(kind);
    event(FlowEvent::Kind::InputError, stepName(m_step), detail);
    clearEntry();
    ++m_failures;
    const int allowed = m_config.timing(stepName(m_step)).maxRetries;
    if (m_failures > allowed) {
        m_exitReason
            = QStringLiteral("too many failed answers at %1 (last: %2)").arg(stepName(m_step), detail);
        return QStringLiteral("too_many_retries");
    }
    play(promptId, values, out);
    return QStringLiteral("retry");
}

QString PaymentFlow::authFailure(const QString& detail, const QString& promptId, FlowActions& out)
{
    event(FlowEvent::Kind::InputError, stepName(m_step), detail);
    clearEntry();
    ++m_authFailures;
    if (m_authFailures >= m_config.maxAuthAttempts) {
        m_exitReason
            = QStringLiteral("identification failed %1 times (last: %2)").arg(m_authFailures).arg(detail);
        return QStringLiteral("auth_failed");
    }
    play(promptId, {}, out);
    ++m_failures;
    return QStringLiteral("retry");
}

void PaymentFlow::completeEntry(FlowActions& out)
{
    if (m_entryInvalid || keyedCount() == 0) {
        follow(fail(Failure::NoMatch, QStringLiteral("no_match"),
                   stepName(m_step) + QStringLiteral(".no_match"), {}, out),
            out);
        return;
    }
    // The handlers may clear the entry: they read a copy, made into a buffer kept for it, not a shared string
    // (the next key would detach the entry from it, allocating again).
    m_completedKeys.truncate(0);
    m_completedKeys.append(m_plainKeys);
    follow(handleEntry(m_completedKeys, out), out);
}

QString PaymentFlow::handleEntry(const QString& keys, FlowActions& out)
{
    switch (m_step) {
    case Step::AccountNumber:
        return onAccountNumber(keys, out);
    case Step::Pin:
        return onPin(out);
    case Step::AmountChoice:
        return onAmountChoice(keys, out);
    case Step::AmountEntry:
        return onAmountEntry(keys, out);
    case Step::CardNumber:
        return onCardNumber(out);
    case Step::Expiry:
        return onExpiry(keys, out);
    case Step::SecurityCode:
        return onSecurityCode(out);
    case Step::Confirm:
        return onConfirm(keys, out);
    case Step::CorrectionChoice:
        return onCorrectionChoice(keys, out);
    }
    return QString(); // not a step: refused by follow()
}

} // namespace voicepay
