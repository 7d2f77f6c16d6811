#include "paymentflow.h"

#include "cards/luhn.h"
#include "flow/voiceinput.h"
#include "money/dtmfamount.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFlow, "voicepay.core.flow")

namespace voicepay {

namespace {
const QString kAuthorize = QStringLiteral("authorize");

bool isSensitiveStep(Step step)
{
    return step == Step::Pin || step == Step::CardNumber || step == Step::SecurityCode;
}
} // namespace

PaymentFlow::PaymentFlow(FlowConfig config, CallContext context, QDate callDate, QString sessionId,
    const CustomerDirectory& directory, const CardBrandTable& brands)
    : m_config(std::move(config))
    , m_context(std::move(context))
    , m_callDate(callDate)
    , m_sessionId(std::move(sessionId))
    , m_directory(directory)
    , m_detector(brands)
    , m_currency(m_config.currencyInfo())
{
    m_result.sessionId = m_sessionId;
    m_result.currency = m_currency.code;
    m_result.callType = m_context.callType;
    m_result.paymentReference = m_context.paymentReference;
    m_accountId = m_context.accountId;
}

PaymentFlow::~PaymentFlow() = default; // the sensitive buffers wipe themselves

void PaymentFlow::setServiceUnavailable(const QString& reason)
{
    m_unavailableReason = reason;
}

void PaymentFlow::setConfigVersion(const QString& version)
{
    m_result.configVersion = version;
}

std::optional<Step> PaymentFlow::currentStep() const
{
    if (m_phase != Phase::Collecting) {
        return std::nullopt;
    }
    return m_step;
}

// ---- inputs
// ------------------------------------------------------------------------------------------------

FlowActions PaymentFlow::start(qint64 nowMs)
{
    FlowActions out;
    if (m_phase != Phase::NotStarted) {
        return out;
    }
    m_startMs = m_nowMs = nowMs;
    m_phase = Phase::Collecting;
    event(FlowEvent::Kind::SessionStarted, QString(), callTypeName(m_context.callType));
    qCDebug(lcFlow) << "session" << m_sessionId << "starts," << callTypeName(m_context.callType);

    if (m_context.callType == CallType::Conference) {
        m_clamped = true;
        FlowAction clamp;
        clamp.kind = FlowAction::Kind::ClampDtmf;
        clamp.clampOn = true;
        out << clamp;
    }
    play(m_context.callType == CallType::Conference ? QStringLiteral("welcome.conference")
                                                    : QStringLiteral("welcome"),
        {}, out);

    if (!m_unavailableReason.isEmpty()) {
        finish(Outcome::TechnicalError, QStringLiteral("payments unavailable: ") + m_unavailableReason, out);
        return out;
    }
    QString why;
    m_due = Money::fromDecimalString(m_context.amountDue, m_currency, &why);
    if (!m_due) {
        finish(Outcome::TechnicalError, QStringLiteral("the amount due handed in is not valid: ") + why, out);
        return out;
    }
    if (!m_context.identified) {
        enterStep(Step::AccountNumber, out);
    } else {
        afterIdentification(out);
    }
    return out;
}

FlowActions PaymentFlow::pressKey(QChar key, qint64 nowMs)
{
    FlowActions out;
    if (m_phase != Phase::Collecting) {
        return out;
    }
    m_nowMs = nowMs;
    if (!dtmfAllowed()) {
        fail(Failure::NoMatch, QStringLiteral("no_match"), stepName(m_step) + QStringLiteral(".no_match"), {},
            out);
        return out;
    }
    const char c = key.toLatin1();
    if (c == '#' && m_collect.hashEnds) {
        completeEntry(out);
        return out;
    }
    const bool digit = c >= '0' && c <= '9';
    if (isSensitiveStep(m_step)) {
        if (!digit || !m_secureKeys.append(c)) {
            m_entryInvalid = true;
        }
    } else if (digit || c == '*' || c == '#') {
        m_plainKeys += QLatin1Char(c);
    } else {
        m_entryInvalid = true;
    }
    // Issuer ranges are at most six digits long: past that the brand, and so the length, cannot change.
    if (m_step == Step::CardNumber && m_secureKeys.size() <= 6) {
        m_collect.maxKeys = m_detector.maxLengthFor(m_secureKeys.view());
    }
    if (keyedCount() >= m_collect.maxKeys) {
        completeEntry(out);
    }
    return out;
}

FlowActions PaymentFlow::say(const QString& utterance, qint64 nowMs)
{
    FlowActions out;
    if (m_phase != Phase::Collecting) {
        return out;
    }
    m_nowMs = nowMs;
    clearEntry();
    std::optional<QString> keys;
    if (voiceAllowed()) {
        switch (m_step) {
        case Step::AmountChoice:
            keys = VoiceInput::amountChoice(utterance);
            break;
        case Step::Confirm:
            keys = VoiceInput::yesNo(utterance);
            break;
        case Step::CorrectionChoice:
            keys = VoiceInput::correctionItem(utterance);
            break;
        default:
            keys = VoiceInput::digits(utterance);
            if (keys && m_step != Step::AmountEntry && keys->contains(QLatin1Char('*'))) {
                keys.reset();
            }
            break;
        }
    }
    if (!keys) {
        fail(Failure::NoMatch, QStringLiteral("no_match"), stepName(m_step) + QStringLiteral(".no_match"), {},
            out);
        return out;
    }
    if (isSensitiveStep(m_step)) {
        for (QChar ch : std::as_const(*keys)) {
            if (!m_secureKeys.append(ch.toLatin1())) {
                m_entryInvalid = true;
            }
        }
    } else {
        m_plainKeys = *keys;
    }
    completeEntry(out);
    return out;
}

FlowActions PaymentFlow::timeout(qint64 nowMs)
{
    FlowActions out;
    if (m_phase != Phase::Collecting) {
        return out;
    }
    m_nowMs = nowMs;
    if (keyedCount() == 0 && !m_entryInvalid) {
        fail(Failure::NoInput, QStringLiteral("no_input"), stepName(m_step) + QStringLiteral(".no_input"), {},
            out);
    } else {
        completeEntry(out);
    }
    return out;
}

FlowActions PaymentFlow::hangUp(qint64 nowMs)
{
    FlowActions out;
    if (m_phase == Phase::Finished || m_phase == Phase::NotStarted) {
        return out;
    }
    m_nowMs = nowMs;
    if (m_phase == Phase::Authorizing) {
        // The charge may still go through: wait for the gateway so the result says what really happened.
        m_hungUpWhileAuthorizing = true;
        event(FlowEvent::Kind::HangUp, kAuthorize, QString());
        return out;
    }
    event(FlowEvent::Kind::HangUp, stepName(m_step), QString());
    clearEntry();
    finish(Outcome::Hangup, QStringLiteral("caller hung up at ") + stepName(m_step), out, false);
    return out;
}

FlowActions PaymentFlow::gatewayReplied(const GatewayResult& reply, qint64 nowMs)
{
    FlowActions out;
    if (m_phase != Phase::Authorizing) {
        return out;
    }
    m_nowMs = nowMs;
    m_phase = Phase::Collecting;
    const bool hungUp = m_hungUpWhileAuthorizing;
    switch (reply.status) {
    case GatewayResult::Status::Approved:
        event(FlowEvent::Kind::GatewayApproved, kAuthorize, reply.transactionId);
        m_result.transactionId = reply.transactionId;
        finish(Outcome::Success,
            hungUp ? QStringLiteral("approved; the caller hung up before hearing the confirmation")
                   : QStringLiteral("approved"),
            out, !hungUp);
        return out;
    case GatewayResult::Status::Declined: {
        const QString reason = declineReasonName(reply.declineReason);
        event(FlowEvent::Kind::GatewayDeclined, kAuthorize, reason);
        ++m_declines;
        m_result.declineReasons << reason;
        m_declineCodes << (reply.reasonCode.isEmpty() ? reason : reply.reasonCode);
        if (hungUp) {
            finish(Outcome::Hangup, QStringLiteral("declined (%1) after the caller hung up").arg(reason), out,
                false);
            return out;
        }
        play(QStringLiteral("declined.") + (reason.isEmpty() ? QStringLiteral("generic") : reason), {}, out);
        if (m_declines >= m_config.maxDeclines) {
            finish(Outcome::DeclinedMax,
                QStringLiteral("%1 declined card(s), the maximum; last reason: %2")
                    .arg(m_declines)
                    .arg(reason),
                out);
            return out;
        }
        m_afterDecline = true;
        m_correcting = false;
        m_card.clear();
        m_code.clear();
        m_haveExpiry = m_haveCode = false;
        m_brand = nullptr;
        enterStep(Step::CardNumber, out);
        return out;
    }
    case GatewayResult::Status::Error:
        event(FlowEvent::Kind::GatewayError, kAuthorize, reply.message);
        if (reply.isHeldForReview()) {
            m_result.transactionId = reply.transactionId;
            finish(Outcome::Pending, QStringLiteral("held for review by the gateway: ") + reply.message, out,
                !hungUp);
        } else if (reply.isUnconfirmed()) {
            // Perhaps charged: the agent must not charge again before reconciliation settles it.
            finish(Outcome::TechnicalError,
                QStringLiteral("payment unconfirmed, do not charge again until it is reconciled: ")
                    + reply.message,
                out, !hungUp);
        } else {
            finish(Outcome::TechnicalError, QStringLiteral("gateway error: ") + reply.message, out, !hungUp);
        }
        return out;
    }
    return out;
}

// ---- collection
// ----------------------------------------------------------------------------------------------

QString PaymentFlow::askPromptId(Step step, int attempt) const
{
    const bool retry = attempt > 1;
    switch (step) {
    case Step::AmountEntry:
        if (m_currency.decimals == 0) {
            return retry ? QStringLiteral("amount_entry.ask.whole.retry")
                         : QStringLiteral("amount_entry.ask.whole");
        }
        break;
    case Step::CardNumber:
        if (m_afterDecline && !retry) {
            return QStringLiteral("card_number.ask.another");
        }
        break;
    case Step::SecurityCode:
        if (!retry && m_brand) {
            return QStringLiteral("security_code.ask.") + m_brand->id;
        }
        break;
    default:
        break;
    }
    return stepName(step) + (retry ? QStringLiteral(".ask.retry") : QStringLiteral(".ask"));
}

void PaymentFlow::enterStep(Step step, FlowActions& out, bool retry)
{
    moveTo(stepName(step));
    if (!retry) {
        m_failures = 0;
    }
    m_step = step;
    m_phase = Phase::Collecting;
    clearEntry();
    const StepTiming timing = m_config.timing(stepName(step));
    m_collect = CollectSpec {};
    m_collect.step = step;
    m_collect.attempt = m_failures + 1;
    m_collect.noInputTimeoutMs = timing.noInputTimeoutMs;
    m_collect.interDigitTimeoutMs = timing.interDigitTimeoutMs;
    m_collect.acceptDtmf = dtmfAllowed();
    m_collect.acceptVoice = voiceAllowed();
    m_collect.sensitive = isSensitiveStep(step);
    switch (step) {
    case Step::AccountNumber:
        m_collect.maxKeys = 12;
        break;
    case Step::Pin:
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
    case Step::Expiry:
        m_collect.maxKeys = 4;
        break;
    case Step::SecurityCode:
        m_collect.maxKeys = securityCodeLength();
        break;
    }
    event(FlowEvent::Kind::StepEntered, stepName(step), QString::number(m_collect.attempt));

    PromptValues v = values();
    if (step == Step::Confirm) {
        const bool full = !m_config.readbackLast4Only && m_context.callType != CallType::Conference;
        QString readback
            = full ? QStringLiteral("confirm.readback.full") : QStringLiteral("confirm.readback");
        if (!needsExpiry()) {
            readback += QStringLiteral(".no_expiry");
        }
        play(readback, v, out);
    }
    play(askPromptId(step, m_collect.attempt), v, out);
    collect(out);
}

void PaymentFlow::collect(FlowActions& out)
{
    m_result.steps << StepRecord { stepName(m_step), m_pendingPrompts };
    m_pendingPrompts.clear();
    m_result.lastStep = stepName(m_step);
    FlowAction action;
    action.kind = FlowAction::Kind::Collect;
    action.collect = m_collect;
    out << action;
}

void PaymentFlow::clearEntry()
{
    m_plainKeys.clear();
    m_secureKeys.clear();
    m_entryInvalid = false;
}

int PaymentFlow::keyedCount() const
{
    return isSensitiveStep(m_step) ? m_secureKeys.size() : static_cast<int>(m_plainKeys.size());
}

void PaymentFlow::fail(Failure kind, const QString& detail, const QString& promptId,
    const PromptValues& values, FlowActions& out)
{
    Q_UNUSED(kind);
    event(FlowEvent::Kind::InputError, stepName(m_step), detail);
    clearEntry();
    ++m_failures;
    const int allowed = m_config.timing(stepName(m_step)).maxRetries;
    if (m_failures > allowed) {
        finish(Outcome::InputFailed,
            QStringLiteral("too many failed answers at %1 (last: %2)").arg(stepName(m_step), detail), out);
        return;
    }
    play(promptId, values, out);
    enterStep(m_step, out, true);
}

void PaymentFlow::authFailure(const QString& detail, const QString& promptId, FlowActions& out)
{
    event(FlowEvent::Kind::InputError, stepName(m_step), detail);
    clearEntry();
    ++m_authFailures;
    if (m_authFailures >= m_config.maxAuthAttempts) {
        finish(Outcome::AuthFailed,
            QStringLiteral("identification failed %1 times (last: %2)").arg(m_authFailures).arg(detail), out);
        return;
    }
    play(promptId, {}, out);
    ++m_failures;
    enterStep(m_step, out, true);
}

void PaymentFlow::completeEntry(FlowActions& out)
{
    const QString keys = m_plainKeys;
    if (m_entryInvalid) {
        fail(Failure::NoMatch, QStringLiteral("no_match"), stepName(m_step) + QStringLiteral(".no_match"), {},
            out);
        return;
    }
    if (keyedCount() == 0) {
        fail(Failure::NoMatch, QStringLiteral("no_match"), stepName(m_step) + QStringLiteral(".no_match"), {},
            out);
        return;
    }
    switch (m_step) {
    case Step::AccountNumber:
        onAccountNumber(keys, out);
        break;
    case Step::Pin:
        onPin(out);
        break;
    case Step::AmountChoice:
        onAmountChoice(keys, out);
        break;
    case Step::AmountEntry:
        onAmountEntry(keys, out);
        break;
    case Step::CardNumber:
        onCardNumber(out);
        break;
    case Step::Expiry:
        onExpiry(keys, out);
        break;
    case Step::SecurityCode:
        onSecurityCode(out);
        break;
    case Step::Confirm:
        onConfirm(keys, out);
        break;
    case Step::CorrectionChoice:
        onCorrectionChoice(keys, out);
        break;
    }
}

// ---- step handlers
// ---------------------------------------------------------------------------------------------

void PaymentFlow::onAccountNumber(const QString& keys, FlowActions& out)
{
    for (QChar c : keys) {
        if (!c.isDigit()) {
            fail(Failure::NoMatch, QStringLiteral("no_match"), QStringLiteral("account_number.no_match"), {},
                out);
            return;
        }
    }
    if (!m_directory.find(keys)) {
        authFailure(QStringLiteral("unknown_account"), QStringLiteral("account_number.unknown"), out);
        return;
    }
    m_accountId = keys;
    m_result.reason.clear();
    event(FlowEvent::Kind::InputAccepted, stepName(m_step), keys);
    enterStep(Step::Pin, out);
}

void PaymentFlow::onPin(FlowActions& out)
{
    if (m_secureKeys.size() != 4) {
        fail(Failure::NoMatch, QStringLiteral("no_match"), QStringLiteral("pin.no_match"), {}, out);
        return;
    }
    const bool ok = m_directory.verifyPin(m_accountId, m_secureKeys);
    m_secureKeys.clear();
    if (!ok) {
        authFailure(QStringLiteral("wrong_pin"), QStringLiteral("pin.wrong"), out);
        return;
    }
    event(FlowEvent::Kind::InputAccepted, stepName(m_step), QStringLiteral("verified"));
    afterIdentification(out);
}

void PaymentFlow::afterIdentification(FlowActions& out)
{
    if (m_config.amountMode == AmountMode::Caller) {
        enterStep(Step::AmountChoice, out);
        return;
    }
    m_amount = m_due;
    continueAfterAmount(out);
}

// The amount is known (fixed, or the caller's choice of the full balance): check its range first.
void PaymentFlow::continueAfterAmount(FlowActions& out)
{
    const auto min = m_config.minimum();
    const auto max = m_config.maximum();
    if (min && m_amount->minorUnits() < min->minorUnits()) {
        PromptValues v = values();
        play(QStringLiteral("amount.due_too_low"), v, out);
        event(FlowEvent::Kind::InputError, QStringLiteral("amount_entry"), QStringLiteral("amount_too_low"));
        m_amount.reset();
        enterStep(Step::AmountEntry, out);
        return;
    }
    if (max && m_amount->minorUnits() > max->minorUnits()) {
        PromptValues v = values();
        play(QStringLiteral("amount.due_too_high"), v, out);
        event(FlowEvent::Kind::InputError, QStringLiteral("amount_entry"), QStringLiteral("amount_too_high"));
        m_amount.reset();
        enterStep(Step::AmountEntry, out);
        return;
    }
    if (m_correcting) {
        m_correcting = false;
        enterStep(Step::Confirm, out);
        return;
    }
    enterStep(Step::CardNumber, out);
}

void PaymentFlow::onAmountChoice(const QString& keys, FlowActions& out)
{
    if (keys == u"1") {
        m_amount = m_due;
        m_amountFromCaller = true;
        event(FlowEvent::Kind::InputAccepted, stepName(m_step), QStringLiteral("1"));
        continueAfterAmount(out);
    } else if (keys == u"2") {
        m_amountFromCaller = true;
        event(FlowEvent::Kind::InputAccepted, stepName(m_step), QStringLiteral("2"));
        enterStep(Step::AmountEntry, out);
    } else {
        fail(Failure::NoMatch, QStringLiteral("no_match"), QStringLiteral("amount_choice.no_match"), {}, out);
    }
}

void PaymentFlow::onAmountEntry(const QString& keys, FlowActions& out)
{
    const DtmfAmountResult parsed = parseDtmfAmount(keys, m_currency);
    if (!parsed.amount) {
        fail(Failure::NoMatch, QStringLiteral("no_match"), QStringLiteral("amount_entry.no_match"), {}, out);
        return;
    }
    const auto min = m_config.minimum();
    const auto max = m_config.maximum();
    PromptValues v = values();
    if (min && parsed.amount->minorUnits() < min->minorUnits()) {
        fail(
            Failure::Check, QStringLiteral("amount_too_low"), QStringLiteral("amount_entry.too_low"), v, out);
        return;
    }
    if (max && parsed.amount->minorUnits() > max->minorUnits()) {
        fail(Failure::Check, QStringLiteral("amount_too_high"), QStringLiteral("amount_entry.too_high"), v,
            out);
        return;
    }
    m_amount = parsed.amount;
    m_amountFromCaller = true;
    event(FlowEvent::Kind::InputAccepted, stepName(m_step), m_amount->toDecimalString());
    if (m_correcting) {
        m_correcting = false;
        enterStep(Step::Confirm, out);
        return;
    }
    enterStep(Step::CardNumber, out);
}

void PaymentFlow::onCardNumber(FlowActions& out)
{
    const CardCheck check = m_detector.check(m_secureKeys.view(), m_config.allowedBrandSet());
    PromptValues v = values();
    if (check.brand) {
        v.brand = check.brand->id;
    }
    if (!check.valid()) {
        const QString problem = cardProblemName(check.problem);
        fail(Failure::Check, problem, QStringLiteral("card_number.") + problem, v, out);
        return;
    }
    // The XML API takes at most 16 digits (creditCardNumberType): refuse longer cards before asking for more.
    if (m_config.gateway.mode != u"sandbox" && m_secureKeys.size() > m_config.gateway.maxCardDigits) {
        fail(Failure::Check, QStringLiteral("gateway_unsupported"),
            QStringLiteral("card_number.gateway_unsupported"), v, out);
        return;
    }
    const CardBrand* previous = m_brand;
    const int previousCodeLength = securityCodeLength();
    const bool correction = m_correcting;
    m_card.assignFrom(std::move(m_secureKeys));
    m_brand = check.brand;
    m_result.cardBrand = m_brand->id;
    m_result.cardLast4 = m_card.lastFour();
    event(
        FlowEvent::Kind::InputAccepted, stepName(m_step), m_brand->id + QLatin1Char(' ') + m_card.lastFour());
    if (!correction) {
        // A new card (first or after a decline): everything that belongs to a card is asked again.
        m_haveExpiry = false;
        m_haveCode = false;
        m_code.clear();
    } else {
        // A corrected number keeps the answers the new brand can still use.
        if (!needsSecurityCode()) {
            m_code.clear();
            m_haveCode = false;
        } else if (!previous || securityCodeLength() != previousCodeLength) {
            m_code.clear();
            m_haveCode = false;
        }
        if (!needsExpiry()) {
            m_haveExpiry = false;
        }
    }
    askNextMissing(out);
}

void PaymentFlow::askNextMissing(FlowActions& out)
{
    if (needsExpiry() && !m_haveExpiry) {
        enterStep(Step::Expiry, out);
    } else if (needsSecurityCode() && !m_haveCode) {
        enterStep(Step::SecurityCode, out);
    } else {
        m_correcting = false;
        enterStep(Step::Confirm, out);
    }
}

void PaymentFlow::onExpiry(const QString& keys, FlowActions& out)
{
    bool digitsOnly = keys.size() == 4;
    for (QChar c : keys) {
        digitsOnly = digitsOnly && c.isDigit();
    }
    const int month = digitsOnly ? keys.left(2).toInt() : 0;
    const int year = digitsOnly ? 2000 + keys.mid(2, 2).toInt() : 0;
    if (!digitsOnly || month < 1 || month > 12 || year > m_callDate.year() + 20) {
        fail(Failure::NoMatch, QStringLiteral("no_match"), QStringLiteral("expiry.no_match"), {}, out);
        return;
    }
    // A card is good through the last day of its expiry month.
    if (year < m_callDate.year() || (year == m_callDate.year() && month < m_callDate.month())) {
        fail(Failure::Check, QStringLiteral("expired"), QStringLiteral("expiry.expired"), {}, out);
        return;
    }
    m_expiryMonth = month;
    m_expiryYear = year;
    m_haveExpiry = true;
    event(FlowEvent::Kind::InputAccepted, stepName(m_step), QString());
    askNextMissing(out);
}

void PaymentFlow::onSecurityCode(FlowActions& out)
{
    if (m_secureKeys.size() != securityCodeLength()) {
        fail(Failure::Check, QStringLiteral("wrong_length"), QStringLiteral("security_code.wrong_length"),
            values(), out);
        return;
    }
    m_code.assignFrom(std::move(m_secureKeys));
    m_haveCode = true;
    event(FlowEvent::Kind::InputAccepted, stepName(m_step), QString());
    askNextMissing(out);
}

void PaymentFlow::onConfirm(const QString& keys, FlowActions& out)
{
    if (keys == u"1") {
        event(FlowEvent::Kind::InputAccepted, stepName(m_step), QStringLiteral("1"));
        submit(out);
    } else if (keys == u"2") {
        event(FlowEvent::Kind::InputAccepted, stepName(m_step), QStringLiteral("2"));
        enterStep(Step::CorrectionChoice, out);
    } else {
        fail(Failure::NoMatch, QStringLiteral("no_match"), QStringLiteral("confirm.no_match"), {}, out);
    }
}

QList<int> PaymentFlow::correctionKeys() const
{
    QList<int> keys;
    if (m_config.amountMode == AmountMode::Caller || m_amountFromCaller) {
        keys << 1;
    }
    keys << 2;
    if (needsExpiry()) {
        keys << 3;
    }
    if (needsSecurityCode()) {
        keys << 4;
    }
    return keys;
}

void PaymentFlow::onCorrectionChoice(const QString& keys, FlowActions& out)
{
    const int key = keys.size() == 1 ? keys.toInt() : 0;
    if (!correctionKeys().contains(key)) {
        fail(Failure::NoMatch, QStringLiteral("no_match"), QStringLiteral("correction_choice.no_match"), {},
            out);
        return;
    }
    static const char* const items[] = { "amount", "card_number", "expiry", "security_code" };
    event(FlowEvent::Kind::Correction, stepName(m_step), QString::fromLatin1(items[key - 1]));
    m_correcting = true;
    switch (key) {
    case 1:
        enterStep(Step::AmountEntry, out);
        break;
    case 2:
        enterStep(Step::CardNumber, out);
        break;
    case 3:
        enterStep(Step::Expiry, out);
        break;
    case 4:
        enterStep(Step::SecurityCode, out);
        break;
    }
}

// ---- gateway and the end
// ----------------------------------------------------------------------------------------

void PaymentFlow::submit(FlowActions& out)
{
    moveTo(kAuthorize);
    ++m_attempts;
    m_result.attempts = m_attempts;
    m_phase = Phase::Authorizing;
    QString compact = m_sessionId;
    compact.remove(QLatin1Char('-'));
    m_request = PaymentRequest {};
    m_request.sessionId = m_sessionId;
    m_request.invoiceNumber = compact.left(12) + QLatin1Char('-') + QString::number(m_attempts);
    m_request.amount = *m_amount;
    m_request.brand = m_brand->id;
    m_request.cardNumber = &m_card;
    m_request.securityCode = needsSecurityCode() ? &m_code : nullptr;
    m_request.expiryMonth = needsExpiry() ? m_expiryMonth : 0;
    m_request.expiryYear = needsExpiry() ? m_expiryYear : 0;
    m_request.customerId = m_accountId;
    m_request.merchantId = m_context.merchantId;
    m_request.paymentReference = m_context.paymentReference;
    m_request.description = QStringLiteral("Phone payment");
    event(FlowEvent::Kind::GatewaySubmitted, kAuthorize, m_request.invoiceNumber);
    play(QStringLiteral("authorize.wait"), {}, out);
    FlowAction action;
    action.kind = FlowAction::Kind::SubmitPayment;
    out << action;
}

CallExit PaymentFlow::exitFor(Outcome outcome) const
{
    if (outcome == Outcome::Hangup || m_hungUpWhileAuthorizing) {
        return CallExit::Disconnect;
    }
    if (m_context.callType == CallType::Conference) {
        return CallExit::LeaveConference;
    }
    switch (outcome) {
    case Outcome::Success:
        return m_config.onSuccess;
    case Outcome::DeclinedMax:
        return m_config.onMaxDeclines;
    default:
        return m_config.onFailure;
    }
}

void PaymentFlow::finish(Outcome outcome, const QString& reason, FlowActions& out, bool announce)
{
    const QString reachedStep = m_node;
    moveTo(outcomeName(outcome));
    m_phase = Phase::Finished;
    m_result.outcome = outcome;
    m_result.exit = exitFor(outcome);
    m_result.reason = reason;
    m_result.attempts = m_attempts;
    m_result.declines = m_declines;
    if (m_amount) {
        m_result.amount = m_amount->toDecimalString();
    }
    if (announce) {
        PromptValues v = values();
        switch (outcome) {
        case Outcome::Success:
            play(QStringLiteral("approved"), v, out);
            if (!m_context.paymentReference.isEmpty()) {
                play(QStringLiteral("approved.payment_reference"), v, out);
            }
            break;
        case Outcome::DeclinedMax:
            play(QStringLiteral("declined.max"), v, out);
            break;
        case Outcome::InputFailed:
            play(QStringLiteral("input_failed"), v, out);
            break;
        case Outcome::AuthFailed:
            play(QStringLiteral("auth_failed"), v, out);
            break;
        case Outcome::TechnicalError:
            play(QStringLiteral("technical_error"), v, out);
            break;
        case Outcome::Pending:
            play(QStringLiteral("pending"), v, out);
            break;
        case Outcome::Hangup:
            break;
        }
        if (outcome != Outcome::Hangup) {
            play(QStringLiteral("exit.") + callExitName(m_result.exit), v, out);
        }
    }
    if (m_result.exit == CallExit::TransferToAgent) {
        m_result.hasTransferContext = true;
        m_result.transfer.step = reachedStep;
        m_result.transfer.reason = reason;
        m_result.transfer.declineCodes = m_declineCodes;
        if (!m_result.cardLast4.isEmpty()) {
            m_result.transfer.maskedCard
                = m_result.cardBrand + QStringLiteral(" ending ") + m_result.cardLast4;
        }
    }
    m_result.closingPrompts = m_pendingPrompts;
    m_pendingPrompts.clear();
    m_result.durationMs = m_nowMs - m_startMs;
    if (m_result.configVersion.isEmpty()) {
        m_result.configVersion = m_config.version();
    }
    event(FlowEvent::Kind::SessionEnded, reachedStep, outcomeName(outcome));

    // The call is over: nothing sensitive outlives it.
    m_card.clear();
    m_code.clear();
    clearEntry();
    m_request.cardNumber = nullptr;
    m_request.securityCode = nullptr;

    if (m_clamped) {
        m_clamped = false;
        FlowAction clamp;
        clamp.kind = FlowAction::Kind::ClampDtmf;
        clamp.clampOn = false;
        out << clamp;
    }
    FlowAction done;
    done.kind = FlowAction::Kind::Finish;
    out << done;
    qCDebug(lcFlow) << "session" << m_sessionId << "ends:" << outcomeName(outcome)
                    << callExitName(m_result.exit);
}

// ---- helpers
// ------------------------------------------------------------------------------------------------------

void PaymentFlow::play(const QString& promptId, const PromptValues& values, FlowActions& out)
{
    FlowAction action;
    action.kind = FlowAction::Kind::Play;
    action.prompt = PromptCatalog::build(promptId, values);
    if (action.prompt.segments.isEmpty()) {
        qCWarning(lcFlow) << "prompt" << promptId << "is not in the catalogue";
    }
    m_pendingPrompts << action.prompt.text();
    out << action;
}

void PaymentFlow::moveTo(const QString& node)
{
    m_transitions << qMakePair(m_node, node);
    m_node = node;
}

void PaymentFlow::event(FlowEvent::Kind kind, const QString& step, const QString& detail)
{
    m_events << FlowEvent { m_nowMs, kind, step, detail };
}

PromptValues PaymentFlow::values() const
{
    PromptValues v;
    v.amount = m_amount;
    v.due = m_due;
    v.minimum = m_config.minimum();
    v.maximum = m_config.maximum();
    if (m_brand) {
        v.brand = m_brand->id;
        v.codeName = m_brand->securityCodeName;
    }
    v.codeLength = securityCodeLength();
    v.lastFour = m_card.lastFour();
    v.cardLength = m_card.size();
    v.expiryMonth = m_expiryMonth;
    v.expiryYear = m_expiryYear;
    v.transactionId = m_result.transactionId;
    v.paymentReference = m_context.paymentReference;
    v.menuKeys = correctionKeys();
    return v;
}

bool PaymentFlow::needsExpiry() const
{
    return m_brand && m_brand->needsExpiry && !m_config.noExpiryBrands.contains(m_brand->id);
}

bool PaymentFlow::needsSecurityCode() const
{
    return m_brand && m_brand->needsSecurityCode() && !m_config.noSecurityCodeBrands.contains(m_brand->id);
}

int PaymentFlow::securityCodeLength() const
{
    return needsSecurityCode() ? m_brand->securityCodeLength : 0;
}

bool PaymentFlow::voiceAllowed() const
{
    return m_context.callType != CallType::Conference && m_config.inputMode != InputMode::Dtmf;
}

bool PaymentFlow::dtmfAllowed() const
{
    return m_context.callType == CallType::Conference || m_config.inputMode != InputMode::Voice;
}

BrandDetection PaymentFlow::liveBrand() const
{
    if (m_phase == Phase::Collecting && m_step == Step::CardNumber) {
        return m_detector.detect(m_secureKeys.view());
    }
    return m_detector.detect(m_card.view());
}

bool PaymentFlow::liveLuhnValid() const
{
    if (m_phase == Phase::Collecting && m_step == Step::CardNumber) {
        return luhnValid(m_secureKeys.view());
    }
    return luhnValid(m_card.view());
}

} // namespace voicepay
