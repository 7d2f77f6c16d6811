#include "languagereaders.h"
#include "languagewordings.h"

namespace voicepay::wordings {

namespace {

QList<Phrase> phrases()
{
    auto p = [](const char* id, const char* text) {
        return Phrase { QString::fromLatin1(id), QString::fromUtf8(text) };
    };
    return {
        p("welcome", "Welcome to the secure payment service."),
        p("welcome_conference",
            "Your agent has connected you to our secure payment line. The agent stays on the call but cannot "
            "hear "
            "the keys you press."),
        p("no_input", "Sorry, I didn't hear anything."),
        p("no_match", "Sorry, I didn't understand that."),
        p("keypad_offer", "You can also use your telephone keypad."),
        p("payment_pending",
            "Thank you. Your payment is being reviewed, and we will confirm it to you once the review is "
            "complete. Please do not pay again in the meantime."),
        p("account_ask", "Please enter your account number, followed by the hash key."),
        p("account_ask_retry",
            "Your account number is printed at the top of your statement. Key it in now, then press the hash "
            "key."),
        p("account_unknown", "I couldn't find that account number."),
        p("pin_ask", "Please enter your four-digit PIN."),
        p("pin_ask_retry", "Please key in the four-digit PIN you chose for phone payments."),
        p("pin_wrong", "That PIN doesn't match our records."),
        p("balance_is", "The amount due is"),
        p("amount_choice_menu", "To pay the full amount, press 1. To pay a different amount, press 2."),
        p("amount_choice_menu_retry",
            "To pay the full amount due, press 1 or say full amount. To pay a different amount, press 2 or "
            "say other "
            "amount."),
        p("amount_due_below_min", "The amount due is below the minimum payment of"),
        p("amount_due_above_max", "The amount due is above the maximum payment of"),
        p("amount_entry_ask",
            "Please enter the amount you want to pay, using the star key for the decimal point, then press "
            "hash."),
        p("amount_entry_ask_retry",
            "Key in the amount with the star key between the whole units and the decimals. For example, for "
            "twelve "
            "fifty, press 1 2 star 5 0 hash."),
        p("amount_entry_ask_whole", "Please enter the amount you want to pay, then press hash."),
        p("amount_entry_ask_whole_retry",
            "Key in the amount in whole units, without decimals, then press the hash key."),
        p("amount_too_low", "That amount is below the minimum payment of"),
        p("amount_too_high", "That amount is above the maximum payment of"),
        p("card_ask", "Please enter your card number, followed by the hash key."),
        p("card_ask_retry", "Key in the long number across the front of your card, then press the hash key."),
        p("card_ask_another", "Please enter the number of another card, followed by the hash key."),
        p("card_luhn_failed", "That card number is not valid. Please check the digits."),
        p("card_wrong_length_pre", "That number has the wrong number of digits for a"),
        p("card_wrong_length_post", "card."),
        p("card_brand_not_allowed_pre", "Sorry, we can't accept"),
        p("card_brand_not_allowed_post", "cards for this payment."),
        p("card_unknown_brand", "Sorry, I don't recognise that type of card."),
        p("card_gateway_unsupported_pre", "Sorry, our payment processor can't take this"),
        p("card_gateway_unsupported_post", "card number."),
        p("expiry_ask",
            "Please enter the expiry date on your card: two digits for the month, two for the year."),
        p("expiry_ask_retry",
            "The expiry date is on the front of your card. For December twenty twenty eight, press 1 2 2 8."),
        p("expiry_expired", "That card has expired."),
        p("code_ask_pre", "Please enter the"),
        p("code_ask_digit", "digit"),
        p("code_on_back", "printed on the back of your card."),
        p("code_on_front", "printed on the front of your card, above the card number."),
        p("code_ask_retry_pre", "Key in the security code of your card. It has"),
        p("code_ask_retry_post", "digits."),
        p("code_wrong_length_pre", "The security code of this card has"),
        p("code_wrong_length_post", "digits."),
        p("you_are_paying", "You are paying"),
        p("with_your", "with your"),
        p("card_ending", "card ending"),
        p("card_number_is", "card number"),
        p("expiring", "expiring"),
        p("confirm_menu", "If this is correct, press 1. To change something, press 2."),
        p("confirm_menu_retry",
            "If the details are correct, press 1 or say yes. To change them, press 2 or say no."),
        p("correction_intro", "What would you like to change?"),
        p("correction_amount", "For the amount, press 1."),
        p("correction_card", "For the card number, press 2."),
        p("correction_expiry", "For the expiry date, press 3."),
        p("correction_code", "For the security code, press 4."),
        p("correction_retry_hint", "You can also say the name of what you want to change."),
        p("please_wait", "Please wait while we process your payment."),
        p("declined_generic", "Your card issuer declined this payment."),
        p("declined_insufficient_funds",
            "Your card issuer declined this payment because of insufficient funds."),
        p("declined_expired_card", "Your card issuer declined this payment because the card has expired."),
        p("declined_security_code",
            "Your card issuer declined this payment because the security code did not match."),
        p("declined_max", "We could not take a payment with the cards you gave."),
        p("approved_pre", "Thank you. Your payment of"),
        p("approved_post", "has been approved."),
        p("transaction_reference_is", "Your transaction reference is"),
        p("payment_reference_is", "Your payment reference is"),
        p("input_failed", "Sorry, we're having trouble understanding your answers."),
        p("auth_failed", "Sorry, we couldn't verify your identity."),
        p("technical_error", "Sorry, we can't take your payment right now because of a technical problem."),
        p("exit_transfer_to_agent", "Please hold while I transfer you to an agent who can help."),
        p("exit_return_to_ivr", "Returning you to the main menu."),
        p("exit_disconnect", "Thank you for calling. Goodbye."),
        p("exit_leave_conference", "Your agent is back on the line."),
    };
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
