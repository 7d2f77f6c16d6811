#include "promptcatalog.h"

#include "cards/cardbrand.h"
#include "languageprompts.h"
#include "promptlanguage.h"
#include "prompttext.h"

#include <QHash>

namespace voicepay {

namespace {

PromptVariant v(const char* id, const char* step, const char* situation, QStringList tokens)
{
    return PromptVariant { QString::fromLatin1(id), QString::fromLatin1(step), QString::fromLatin1(situation),
        QString(), std::move(tokens) };
}

QStringList t(std::initializer_list<const char*> tokens)
{
    QStringList out;
    for (const char* token : tokens) {
        out << QString::fromLatin1(token);
    }
    return out;
}

// security_code.ask.<brand> in a language: where the code is printed depends on the brand.
QStringList securityCodeTokens(const QString& language, bool onFront)
{
    QStringList out = PromptLanguage::wording(language).securityCodeAsk;
    out.replaceInStrings(QStringLiteral("code_side"),
        onFront ? QStringLiteral("code_on_front") : QStringLiteral("code_on_back"));
    return out;
}

// The ask / retry / no-input / no-match quartet every collection step has.
void addStepBasics(QList<PromptVariant>& out, const char* step, const char* ask, const char* retry)
{
    const QString s = QString::fromLatin1(step);
    out << PromptVariant { s + QStringLiteral(".ask"), s, QStringLiteral("ask"), QString(), t({ ask }) };
    out << PromptVariant { s + QStringLiteral(".ask.retry"), s, QStringLiteral("retry"), QString(),
        t({ retry }) };
    out << PromptVariant { s + QStringLiteral(".no_input"), s, QStringLiteral("no_input"), QString(),
        t({ "no_input" }) };
    out << PromptVariant { s + QStringLiteral(".no_match"), s, QStringLiteral("no_match"), QString(),
        t({ "no_match" }) };
}

// The opening and who is calling: the account and its PIN.
void addCallerPrompts(QList<PromptVariant>& out)
{
    out << v("welcome", "", "opening", t({ "welcome" }));
    out << v("welcome.conference", "", "opening", t({ "welcome_conference" }));

    addStepBasics(out, "account_number", "account_ask", "account_ask_retry");
    out << v("account_number.unknown", "account_number", "not_found", t({ "account_unknown" }));
    addStepBasics(out, "pin", "pin_ask", "pin_ask_retry");
    out << v("pin.wrong", "pin", "not_verified", t({ "pin_wrong" }));
}

// How much: the balance menu and a keyed amount.
void addAmountPrompts(QList<PromptVariant>& out)
{
    out << v("amount_choice.ask", "amount_choice", "ask", t({ "balance_is", "$due", "amount_choice_menu" }));
    out << v("amount_choice.ask.retry", "amount_choice", "retry",
        t({ "balance_is", "$due", "amount_choice_menu_retry" }));
    out << v("amount_choice.no_input", "amount_choice", "no_input", t({ "no_input" }));
    out << v("amount_choice.no_match", "amount_choice", "no_match", t({ "no_match" }));
    out << v("amount.due_too_low", "amount_entry", "amount_too_low", t({ "amount_due_below_min", "$min" }));
    out << v("amount.due_too_high", "amount_entry", "amount_too_high", t({ "amount_due_above_max", "$max" }));

    addStepBasics(out, "amount_entry", "amount_entry_ask", "amount_entry_ask_retry");
    out << v("amount_entry.ask.whole", "amount_entry", "ask", t({ "amount_entry_ask_whole" }));
    out << v("amount_entry.ask.whole.retry", "amount_entry", "retry", t({ "amount_entry_ask_whole_retry" }));
    out << v("amount_entry.too_low", "amount_entry", "amount_too_low", t({ "amount_too_low", "$min" }));
    out << v("amount_entry.too_high", "amount_entry", "amount_too_high", t({ "amount_too_high", "$max" }));
}

// The card: its number, expiry and security code (asked by brand).
void addCardPrompts(QList<PromptVariant>& out)
{
    addStepBasics(out, "card_number", "card_ask", "card_ask_retry");
    out << v("card_number.ask.another", "card_number", "ask_after_decline", t({ "card_ask_another" }));
    out << v("card_number.luhn_failed", "card_number", "luhn_failed", t({ "card_luhn_failed" }));
    out << v("card_number.wrong_length", "card_number", "wrong_length",
        t({ "card_wrong_length_pre", "$brand", "card_wrong_length_post" }));
    out << v("card_number.brand_not_allowed", "card_number", "brand_not_allowed",
        t({ "card_brand_not_allowed_pre", "$brand", "card_brand_not_allowed_post" }));
    out << v("card_number.unknown_brand", "card_number", "unknown_brand", t({ "card_unknown_brand" }));
    out << v("card_number.gateway_unsupported", "card_number", "gateway_unsupported",
        t({ "card_gateway_unsupported_pre", "$brand", "card_gateway_unsupported_post" }));

    addStepBasics(out, "expiry", "expiry_ask", "expiry_ask_retry");
    out << v("expiry.expired", "expiry", "expired", t({ "expiry_expired" }));

    for (const CardBrand& brand : CardBrandTable::standard().brands()) {
        if (!brand.needsSecurityCode()) {
            continue;
        }
        PromptVariant ask { QStringLiteral("security_code.ask.") + brand.id, QStringLiteral("security_code"),
            QStringLiteral("ask"), brand.id,
            securityCodeTokens(PromptLanguage::fallback(), brand.securityCodeOnFront) };
        out << ask;
    }
    out << v("security_code.ask.retry", "security_code", "retry",
        t({ "code_ask_retry_pre", "$code_length", "code_ask_retry_post" }));
    out << v("security_code.no_input", "security_code", "no_input", t({ "no_input" }));
    out << v("security_code.no_match", "security_code", "no_match", t({ "no_match" }));
    out << v("security_code.wrong_length", "security_code", "wrong_length",
        t({ "code_wrong_length_pre", "$code_length", "code_wrong_length_post" }));
}

// The read-back, its confirmation and the correction menu.
void addConfirmationPrompts(QList<PromptVariant>& out)
{
    out << v("confirm.readback", "confirm", "readback",
        t({ "you_are_paying", "$amount", "with_your", "$brand", "card_ending", "$last4", "expiring",
            "$expiry" }));
    out << v("confirm.readback.no_expiry", "confirm", "readback",
        t({ "you_are_paying", "$amount", "with_your", "$brand", "card_ending", "$last4" }));
    out << v("confirm.readback.full", "confirm", "readback_full",
        t({ "you_are_paying", "$amount", "with_your", "$brand", "card_number_is", "$card", "expiring",
            "$expiry" }));
    out << v("confirm.readback.full.no_expiry", "confirm", "readback_full",
        t({ "you_are_paying", "$amount", "with_your", "$brand", "card_number_is", "$card" }));
    out << v("confirm.ask", "confirm", "ask", t({ "confirm_menu" }));
    out << v("confirm.ask.retry", "confirm", "retry", t({ "confirm_menu_retry" }));
    out << v("confirm.no_input", "confirm", "no_input", t({ "no_input" }));
    out << v("confirm.no_match", "confirm", "no_match", t({ "no_match" }));

    out << v("correction_choice.ask", "correction_choice", "ask", t({ "correction_intro", "$menu" }));
    out << v("correction_choice.ask.retry", "correction_choice", "retry",
        t({ "correction_intro", "$menu", "correction_retry_hint" }));
    out << v("correction_choice.no_input", "correction_choice", "no_input", t({ "no_input" }));
    out << v("correction_choice.no_match", "correction_choice", "no_match", t({ "no_match" }));
}

// The gateway round trip and how the call ends.
void addEndingPrompts(QList<PromptVariant>& out)
{
    // After two utterances a step could not read, the caller hears that the keypad works too.
    out << v("voice.keypad", "", "keypad_offer", t({ "no_match", "keypad_offer" }));

    out << v("authorize.wait", "", "authorize", t({ "please_wait" }));
    out << v("declined.generic", "", "declined", t({ "declined_generic" }));
    out << v("declined.insufficient_funds", "", "declined", t({ "declined_insufficient_funds" }));
    out << v("declined.expired_card", "", "declined", t({ "declined_expired_card" }));
    out << v("declined.security_code_mismatch", "", "declined", t({ "declined_security_code" }));
    out << v("declined.max", "", "declined_max", t({ "declined_max" }));
    out << v("approved", "", "success",
        t({ "approved_pre", "$amount", "approved_post", "transaction_reference_is", "$transaction_id" }));
    out << v(
        "approved.payment_reference", "", "success", t({ "payment_reference_is", "$payment_reference" }));
    out << v("input_failed", "", "input_failed", t({ "input_failed" }));
    out << v("auth_failed", "", "auth_failed", t({ "auth_failed" }));
    out << v("technical_error", "", "technical_error", t({ "technical_error" }));
    out << v("pending", "", "pending", t({ "payment_pending" }));
    out << v("exit.transfer_to_agent", "", "exit", t({ "exit_transfer_to_agent" }));
    out << v("exit.return_to_ivr", "", "exit", t({ "exit_return_to_ivr" }));
    out << v("exit.disconnect", "", "exit", t({ "exit_disconnect" }));
    out << v("exit.leave_conference", "", "exit", t({ "exit_leave_conference" }));
}

QList<PromptVariant> buildCatalog()
{
    QList<PromptVariant> out;
    addCallerPrompts(out);
    addAmountPrompts(out);
    addCardPrompts(out);
    addConfirmationPrompts(out);
    addEndingPrompts(out);
    return out;
}

} // namespace

const QList<PromptVariant>& PromptCatalog::variants()
{
    static const QList<PromptVariant> catalog = buildCatalog();
    return catalog;
}

const PromptVariant* PromptCatalog::find(const QString& id)
{
    static const QHash<QString, const PromptVariant*> index = [] {
        QHash<QString, const PromptVariant*> byId;
        for (const PromptVariant& variant : variants()) {
            byId.insert(variant.id, &variant);
        }
        return byId;
    }();
    return index.value(id, nullptr);
}

QStringList PromptCatalog::tokens(const QString& id, const QString& language)
{
    const PromptVariant* variant = find(id);
    if (!variant) {
        return {};
    }
    const PromptWording& wording = PromptLanguage::wording(language);
    if (const auto it = wording.templates.constFind(id); it != wording.templates.cend()) {
        return *it;
    }
    if (!variant->brand.isEmpty() && variant->situation == u"ask" && variant->step == u"security_code") {
        const CardBrand* brand = CardBrandTable::standard().find(variant->brand);
        return securityCodeTokens(wording.code, brand && brand->securityCodeOnFront);
    }
    return variant->tokens;
}

// A variant without placeholders reads the same on every call: it is built and rendered once per language,
// and every call shares that one copy (most of a call's prompts are of this kind).
const Prompt* PromptCatalog::fixed(const QString& id, const QString& language)
{
    const LanguagePrompts::Variant* variant = LanguagePrompts::of(language).find(id);
    return variant && variant->isFixed ? &variant->fixed : nullptr;
}

Prompt PromptCatalog::build(const QString& id, const PromptValues& values, const QString& language)
{
    const LanguagePrompts& prompts = LanguagePrompts::of(language);
    if (const LanguagePrompts::Variant* variant = prompts.find(id)) {
        return prompts.build(*variant, values);
    }
    Prompt unknown; // no segments
    unknown.id = id;
    unknown.language = prompts.language();
    return unknown;
}

Prompt PromptCatalog::example(const QString& id, const QString& language)
{
    const Currency usd = *CurrencyTable::find(QStringLiteral("USD"));
    PromptValues values;
    values.amount = Money(12550, usd);
    values.due = Money(12550, usd);
    values.minimum = Money(100, usd);
    values.maximum = Money(500000, usd);
    const PromptVariant* variant = find(id);
    values.brand = variant && !variant->brand.isEmpty() ? variant->brand : QStringLiteral("visa");
    const CardBrand* brand = CardBrandTable::standard().find(values.brand);
    values.lastFour = QStringLiteral("4242");
    values.cardLength = brand ? brand->lengths.first() : 16;
    values.expiryMonth = 12;
    values.expiryYear = 2028;
    values.codeName = brand ? brand->securityCodeName : QStringLiteral("CVV");
    values.codeLength = brand ? brand->securityCodeLength : 3;
    values.transactionId = QStringLiteral("60000000001");
    values.paymentReference = QStringLiteral("INV-1001");
    values.menuKeys = { 1, 2, 3, 4 };
    return build(id, values, language);
}

} // namespace voicepay
