#include "languagereaders.h"
#include "languagewordings.h"

namespace voicepay::wordings {

namespace {

Phrase phrase(const char* id, const char* text)
{
    return Phrase { QString::fromLatin1(id), QString::fromUtf8(text) };
}

// The opening, the caller's account and PIN, and the amount.
QList<Phrase> callerAndAmountPhrases()
{
    return {
        phrase("welcome", "Welcome to the secure payment service."),
        phrase("welcome_conference",
            "Your agent has connected you to our secure payment line. The agent stays on the call but cannot "
            "hear "
            "the keys you press."),
        phrase("no_input", "Sorry, I didn't hear anything."),
        phrase("no_match", "Sorry, I didn't understand that."),
        phrase("keypad_offer", "You can also use your telephone keypad."),
        phrase("payment_pending",
            "Thank you. Your payment is being reviewed, and we will confirm it to you once the review is "
            "complete. Please do not pay again in the meantime."),
        phrase("account_ask", "Please enter your account number, followed by the hash key."),
        phrase("account_ask_retry",
            "Your account number is printed at the top of your statement. Key it in now, then press the hash "
            "key."),
        phrase("account_unknown", "I couldn't find that account number."),
        phrase("pin_ask", "Please enter your four-digit PIN."),
        phrase("pin_ask_retry", "Please key in the four-digit PIN you chose for phone payments."),
        phrase("pin_wrong", "That PIN doesn't match our records."),
        phrase("balance_is", "The amount due is"),
        phrase("amount_choice_menu", "To pay the full amount, press 1. To pay a different amount, press 2."),
        phrase("amount_choice_menu_retry",
            "To pay the full amount due, press 1 or say full amount. To pay a different amount, press 2 or "
            "say other "
            "amount."),
        phrase("amount_due_below_min", "The amount due is below the minimum payment of"),
        phrase("amount_due_above_max", "The amount due is above the maximum payment of"),
        phrase("amount_entry_ask",
            "Please enter the amount you want to pay, using the star key for the decimal point, then press "
            "hash."),
        phrase("amount_entry_ask_retry",
            "Key in the amount with the star key between the whole units and the decimals. For example, for "
            "twelve "
            "fifty, press 1 2 star 5 0 hash."),
        phrase("amount_entry_ask_whole", "Please enter the amount you want to pay, then press hash."),
        phrase("amount_entry_ask_whole_retry",
            "Key in the amount in whole units, without decimals, then press the hash key."),
        phrase("amount_too_low", "That amount is below the minimum payment of"),
        phrase("amount_too_high", "That amount is above the maximum payment of"),
    };
}

// The card, the read-back and confirmation, and how the call ends.
QList<Phrase> cardAndOutcomePhrases()
{
    return {
        phrase("card_ask", "Please enter your card number, followed by the hash key."),
        phrase("card_ask_retry",
            "Key in the long number across the front of your card, then press the hash key."),
        phrase("card_ask_another", "Please enter the number of another card, followed by the hash key."),
        phrase("card_luhn_failed", "That card number is not valid. Please check the digits."),
        phrase("card_wrong_length_pre", "That number has the wrong number of digits for a"),
        phrase("card_wrong_length_post", "card."),
        phrase("card_brand_not_allowed_pre", "Sorry, we can't accept"),
        phrase("card_brand_not_allowed_post", "cards for this payment."),
        phrase("card_unknown_brand", "Sorry, I don't recognise that type of card."),
        phrase("card_gateway_unsupported_pre", "Sorry, our payment processor can't take this"),
        phrase("card_gateway_unsupported_post", "card number."),
        phrase("expiry_ask",
            "Please enter the expiry date on your card: two digits for the month, two for the year."),
        phrase("expiry_ask_retry",
            "The expiry date is on the front of your card. For December twenty twenty eight, press 1 2 2 8."),
        phrase("expiry_expired", "That card has expired."),
        phrase("code_ask_pre", "Please enter the"),
        phrase("code_ask_digit", "digit"),
        phrase("code_on_back", "printed on the back of your card."),
        phrase("code_on_front", "printed on the front of your card, above the card number."),
        phrase("code_ask_retry_pre", "Key in the security code of your card. It has"),
        phrase("code_ask_retry_post", "digits."),
        phrase("code_wrong_length_pre", "The security code of this card has"),
        phrase("code_wrong_length_post", "digits."),
        phrase("you_are_paying", "You are paying"),
        phrase("with_your", "with your"),
        phrase("card_ending", "card ending"),
        phrase("card_number_is", "card number"),
        phrase("expiring", "expiring"),
        phrase("confirm_menu", "If this is correct, press 1. To change something, press 2."),
        phrase("confirm_menu_retry",
            "If the details are correct, press 1 or say yes. To change them, press 2 or say no."),
        phrase("correction_intro", "What would you like to change?"),
        phrase("correction_amount", "For the amount, press 1."),
        phrase("correction_card", "For the card number, press 2."),
        phrase("correction_expiry", "For the expiry date, press 3."),
        phrase("correction_code", "For the security code, press 4."),
        phrase("correction_retry_hint", "You can also say the name of what you want to change."),
        phrase("please_wait", "Please wait while we process your payment."),
        phrase("declined_generic", "Your card issuer declined this payment."),
        phrase("declined_insufficient_funds",
            "Your card issuer declined this payment because of insufficient funds."),
        phrase(
            "declined_expired_card", "Your card issuer declined this payment because the card has expired."),
        phrase("declined_security_code",
            "Your card issuer declined this payment because the security code did not match."),
        phrase("declined_max", "We could not take a payment with the cards you gave."),
        phrase("approved_pre", "Thank you. Your payment of"),
        phrase("approved_post", "has been approved."),
        phrase("transaction_reference_is", "Your transaction reference is"),
        phrase("payment_reference_is", "Your payment reference is"),
        phrase("input_failed", "Sorry, we're having trouble understanding your answers."),
        phrase("auth_failed", "Sorry, we couldn't verify your identity."),
        phrase(
            "technical_error", "Sorry, we can't take your payment right now because of a technical problem."),
        phrase("exit_transfer_to_agent", "Please hold while I transfer you to an agent who can help."),
        phrase("exit_return_to_ivr", "Returning you to the main menu."),
        phrase("exit_disconnect", "Thank you for calling. Goodbye."),
        phrase("exit_leave_conference", "Your agent is back on the line."),
    };
}

QList<Phrase> phrases()
{
    return callerAndAmountPhrases() + cardAndOutcomePhrases();
}

} // namespace

PromptWording english()
{
    PromptWording w;
    w.code = QStringLiteral("en-US");
    w.name = QStringLiteral("English");
    w.phrases = phrases();
    w.securityCodeAsk = QStringList { QStringLiteral("code_ask_pre"), QStringLiteral("$code_length"),
        QStringLiteral("code_ask_digit"), QStringLiteral("$code_name"), QStringLiteral("code_side") };
    w.reader = &readers::english();
    return w;
}

} // namespace voicepay::wordings
