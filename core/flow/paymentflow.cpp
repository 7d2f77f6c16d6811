#include "paymentflow.h"

#include "cards/luhn.h"
#include "flow/flowlog.h"
#include "flow/voiceinput.h"
#include "prompts/promptlanguage.h"

#include <utility>

Q_LOGGING_CATEGORY(lcFlow, "voicepay.core.flow")

// PaymentFlow: construction, the inputs and what the caller may read. Moving through the graph and collecting
// an entry are in flowcollection.cpp; the step handlers in flowidentification.cpp, flowamount.cpp,
// flowcard.cpp and flowconfirmation.cpp; the gateway and the end of the call in flowsubmission.cpp.
namespace voicepay {

PaymentFlow::PaymentFlow(FlowConfig config, CallContext context, QDate callDate, QString sessionId,
    const CustomerDirectory& directory, const CardBrandTable& brands)
    : m_config(std::move(config))
    , m_context(std::move(context))
    , m_callDate(callDate)
    , m_sessionId(std::move(sessionId))
    , m_directory(directory)
    , m_detector(brands)
    , m_currency(m_config.currencyInfo())
    , m_minimum(m_config.minimum())
    , m_maximum(m_config.maximum())
    , m_language(PromptLanguage::choose(m_context.language, m_config.language, &m_languageError))
    , m_prompts(&LanguagePrompts::of(m_language))
{
    m_result.sessionId = m_sessionId;
    m_result.currency = m_currency.code;
    m_result.callType = m_context.callType;
    m_result.paymentReference = m_context.paymentReference;
    m_accountId = m_context.accountId;
    // Room for a typical call's record at once, instead of growing it an item at a time. 28 events hold a
    // call with a declined card and a correction, and stay under 2 KiB: glibc fills a block past that with
    // `rep stosb`, once when M_PERTURB hands it out and again when free() wipes and releases it.
    m_events.reserve(28);
    m_transitions.reserve(16);
    m_result.steps.reserve(12);
    // The entry in progress and the one completed keep their buffers from entry to entry.
    m_plainKeys.reserve(16);
    m_completedKeys.reserve(16);
}

FlowActions& PaymentFlow::freshActions()
{
    // The list the last input answered with has been handled by now: emptied, it keeps its memory, and a
    // call's inputs need no list of their own each (one still shared is left to its holder, not reused).
    m_actions.clear();
    return m_actions;
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
    FlowActions& out = freshActions();
    if (m_phase != Phase::NotStarted) {
        return out;
    }
    m_startMs = m_nowMs = nowMs;
    m_phase = Phase::Collecting;
    event(FlowEvent::Kind::SessionStarted, QString(), callTypeName(m_context.callType));
    qCDebug(lcFlow) << "session" << m_sessionId << "starts," << callTypeName(m_context.callType);

    if (m_context.callType == CallType::Conference) {
        clamp(true, out);
    }
    play(m_context.callType == CallType::Conference ? QStringLiteral("welcome.conference")
                                                    : QStringLiteral("welcome"),
        {}, out);

    if (m_language.isEmpty()) {
        m_exitReason = m_languageError;
        follow(QStringLiteral("unavailable"), out);
        return out;
    }
    if (!m_unavailableReason.isEmpty()) {
        m_exitReason = QStringLiteral("payments unavailable: ") + m_unavailableReason;
        follow(QStringLiteral("unavailable"), out);
        return out;
    }
    QString why;
    m_due = Money::fromDecimalString(m_context.amountDue, m_currency, &why);
    if (!m_due) {
        m_exitReason = QStringLiteral("the amount due handed in is not valid: ") + why;
        follow(QStringLiteral("unavailable"), out);
        return out;
    }
    follow(m_context.identified ? afterIdentification(out) : QStringLiteral("not_identified"), out);
    return out;
}

FlowActions PaymentFlow::pressKey(QChar key, qint64 nowMs)
{
    FlowActions& out = freshActions();
    if (m_phase != Phase::Collecting) {
        return out;
    }
    m_nowMs = nowMs;
    if (!dtmfAllowed()) {
        follow(fail(Failure::NoMatch, QStringLiteral("no_match"),
                   stepName(m_step) + QStringLiteral(".no_match"), {}, out),
            out);
        return out;
    }
    const char c = key.toLatin1();
    const bool hashAfterRefusal = std::exchange(m_hashFinishesRefusedCard, false);
    if (c == '#' && hashAfterRefusal && keyedCount() == 0 && !m_entryInvalid) {
        return out;
    }
    if (c == '#' && m_collect.hashEnds) {
        completeEntry(out);
        return out;
    }
    const bool digit = c >= '0' && c <= '9';
    if (isSensitive(m_step)) {
        if (!digit || !m_secureKeys.append(c)) {
            m_entryInvalid = true;
        }
    } else if (digit || c == '*' || c == '#') {
        m_plainKeys += QLatin1Char(c);
    } else {
        m_entryInvalid = true;
    }
    // Issuer ranges are at most six digits long: past that the brand, and so the length, cannot change; nor
    // can they once a single brand is left.
    if (m_step == Step::CardNumber && m_secureKeys.size() <= 6) {
        if (m_secureKeys.size() <= 1) {
            m_cardLengthSettled = false; // a number begins
        }
        if (!m_cardLengthSettled) {
            m_collect.maxKeys = m_detector.maxLengthFor(m_secureKeys.view(), &m_cardLengthSettled);
        }
    }
    if (keyedCount() >= m_collect.maxKeys) {
        const int failuresBefore = m_failures;
        const bool cardNumber = m_step == Step::CardNumber;
        completeEntry(out);
        m_hashFinishesRefusedCard = cardNumber && m_phase == Phase::Collecting && m_step == Step::CardNumber
            && m_failures > failuresBefore;
    }
    return out;
}

FlowActions PaymentFlow::say(const QString& utterance, qint64 nowMs)
{
    FlowActions& out = freshActions();
    if (m_phase != Phase::Collecting) {
        return out;
    }
    m_nowMs = nowMs;
    m_hashFinishesRefusedCard = false;
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
        case Step::Expiry:
            keys = VoiceInput::expiry(utterance);
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
        // A recogniser that failed twice here will not do better a third time: offer the keypad.
        const bool offerKeypad = voiceAllowed() && dtmfAllowed() && ++m_voiceNoMatches >= 2;
        follow(
            fail(Failure::NoMatch, QStringLiteral("no_match"),
                offerKeypad ? QStringLiteral("voice.keypad") : stepName(m_step) + QStringLiteral(".no_match"),
                {}, out),
            out);
        return out;
    }
    appendKeys(*keys);
    completeEntry(out);
    return out;
}

FlowActions PaymentFlow::timeout(qint64 nowMs)
{
    FlowActions& out = freshActions();
    if (m_phase != Phase::Collecting) {
        return out;
    }
    m_nowMs = nowMs;
    m_hashFinishesRefusedCard = false;
    if (keyedCount() == 0 && !m_entryInvalid) {
        follow(fail(Failure::NoInput, QStringLiteral("no_input"),
                   stepName(m_step) + QStringLiteral(".no_input"), {}, out),
            out);
    } else {
        completeEntry(out);
    }
    return out;
}

FlowActions PaymentFlow::hangUp(qint64 nowMs)
{
    FlowActions& out = freshActions();
    if (m_phase == Phase::Finished || m_phase == Phase::NotStarted) {
        return out;
    }
    m_nowMs = nowMs;
    if (m_phase == Phase::Authorizing) {
        // The charge may still go through: wait for the gateway so the result says what really happened.
        m_hungUpWhileAuthorizing = true;
        event(FlowEvent::Kind::HangUp, flowdetail::authorizeNode(), QString());
        return out;
    }
    event(FlowEvent::Kind::HangUp, stepName(m_step), QString());
    clearEntry();
    m_exitReason = QStringLiteral("caller hung up at ") + stepName(m_step);
    follow(QStringLiteral("hangup"), out);
    return out;
}

// ---- helpers
// ------------------------------------------------------------------------------------------------------

void PaymentFlow::play(const QString& promptId, const PromptValues& values, FlowActions& out)
{
    if (const LanguagePrompts::Variant* variant = m_prompts->find(promptId)) {
        play(variant->isFixed ? variant->fixed : m_prompts->build(*variant, values), out);
        return;
    }
    playUnknown(promptId, out);
}

void PaymentFlow::play(const QString& promptId, FlowActions& out)
{
    play(m_prompts->find(promptId), promptId, out);
}

void PaymentFlow::play(const LanguagePrompts::Variant* variant, const QString& promptId, FlowActions& out)
{
    // Most prompts are fixed: gathering the values (the last four digits, the menu) would be wasted on them.
    if (variant) {
        play(variant->isFixed ? variant->fixed : m_prompts->build(*variant, values(variant)), out);
        return;
    }
    playUnknown(promptId, out);
}

void PaymentFlow::playUnknown(const QString& promptId, FlowActions& out)
{
    qCWarning(lcFlow) << "prompt" << promptId << "is not in the catalogue";
    play(PromptCatalog::build(promptId, {}, m_language), out);
}

void PaymentFlow::play(Prompt prompt, FlowActions& out)
{
    FlowAction& action = flowdetail::newAction(out, FlowAction::Kind::Play);
    action.prompt = std::move(prompt); // rendered once, when it was built (a fixed prompt once per language)
    if (m_pendingPrompts.capacity() == 0) {
        m_pendingPrompts.reserve(4); // a step's prompts: room at once, not one more at each
    }
    m_pendingPrompts << action.prompt.rendered;
}

void PaymentFlow::clamp(bool on, FlowActions& out)
{
    m_clamped = on;
    flowdetail::newAction(out, FlowAction::Kind::ClampDtmf).clampOn = on;
}

void PaymentFlow::event(FlowEvent::Kind kind, const QString& step, const QString& detail)
{
    m_events << FlowEvent { m_nowMs, kind, step, detail };
}

PromptValues PaymentFlow::values(const LanguagePrompts::Variant* variant) const
{
    using Value = LanguagePrompts::Value;
    auto needs = [variant](Value value) { return !variant || variant->uses(value); };
    PromptValues v;
    v.amount = m_amount;
    v.due = m_due;
    v.minimum = m_minimum;
    v.maximum = m_maximum;
    if (m_brand) {
        v.brand = m_brand->id;
        v.codeName = m_brand->securityCodeName;
    }
    v.codeLength = securityCodeLength();
    if ((needs(Value::Last4) || needs(Value::Card)) && m_card.size() > 0) {
        v.lastFour = m_result.cardLast4; // taken from the card with it (onCardNumber): shared, not made again
    }
    v.cardLength = m_card.size();
    v.expiryMonth = m_expiryMonth;
    v.expiryYear = m_expiryYear;
    v.transactionId = m_result.transactionId;
    v.paymentReference = m_context.paymentReference;
    if (needs(Value::Menu)) {
        v.menuKeys = correctionKeys();
    }
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
