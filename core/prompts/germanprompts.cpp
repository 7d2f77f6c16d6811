#include "languagereaders.h"
#include "languagewordings.h"

namespace voicepay::wordings {

namespace {

Phrase phrase(const char* id, const char* text)
{
    return Phrase { QString::fromLatin1(id), QString::fromUtf8(text) };
}

// A noun after a number continues the sentence: no full stop before it.
Phrase noun(const char* id, const char* text)
{
    return Phrase { QString::fromLatin1(id), QString::fromUtf8(text), true };
}

// The opening, the caller's account and PIN, and the amount.
QList<Phrase> callerAndAmountPhrases()
{
    return {
        phrase("welcome", "Willkommen beim sicheren Zahlungsservice."),
        phrase("welcome_conference",
            "Ihr Kundenberater hat Sie mit unserer sicheren Zahlungsleitung verbunden. Er bleibt in der "
            "Leitung, "
            "hört aber die Tasten nicht, die Sie drücken."),
        phrase("no_input", "Entschuldigung, ich habe nichts gehört."),
        phrase("no_match", "Entschuldigung, das habe ich nicht verstanden."),
        phrase("keypad_offer", "Sie können auch die Tastatur Ihres Telefons verwenden."),
        phrase("payment_pending",
            "Vielen Dank. Ihre Zahlung wird geprüft, und wir bestätigen sie Ihnen, sobald die Prüfung "
            "abgeschlossen ist. Bitte zahlen Sie in der Zwischenzeit nicht erneut."),
        phrase("account_ask", "Bitte geben Sie Ihre Kontonummer ein und drücken Sie danach die Rautetaste."),
        phrase("account_ask_retry",
            "Ihre Kontonummer steht oben auf Ihrem Kontoauszug. Geben Sie sie jetzt ein und drücken Sie dann "
            "die "
            "Rautetaste."),
        phrase("account_unknown", "Diese Kontonummer habe ich nicht gefunden."),
        phrase("pin_ask", "Bitte geben Sie Ihre vierstellige PIN ein."),
        phrase("pin_ask_retry",
            "Bitte geben Sie die vierstellige PIN ein, die Sie für Zahlungen per Telefon gewählt haben."),
        phrase("pin_wrong", "Diese PIN stimmt nicht mit unseren Daten überein."),
        phrase("balance_is", "Der fällige Betrag ist"),
        phrase("amount_choice_menu",
            "Um den vollen Betrag zu zahlen, drücken Sie 1. Um einen anderen Betrag zu zahlen, drücken Sie "
            "2."),
        phrase("amount_choice_menu_retry",
            "Um den vollen fälligen Betrag zu zahlen, drücken Sie 1 oder sagen Sie voller Betrag. Um einen "
            "anderen "
            "Betrag zu zahlen, drücken Sie 2 oder sagen Sie anderer Betrag."),
        phrase("amount_due_below_min", "Der fällige Betrag liegt unter der Mindestzahlung von"),
        phrase("amount_due_above_max", "Der fällige Betrag liegt über der Höchstzahlung von"),
        phrase("amount_entry_ask",
            "Bitte geben Sie den Betrag ein, den Sie zahlen möchten, mit der Sterntaste als Komma, und "
            "drücken "
            "Sie dann die Raute."),
        phrase("amount_entry_ask_retry",
            "Geben Sie den Betrag mit der Sterntaste zwischen den ganzen Einheiten und den Nachkommastellen "
            "ein. "
            "Für zwölf fünfzig zum Beispiel drücken Sie 1 2 Stern 5 0 Raute."),
        phrase("amount_entry_ask_whole",
            "Bitte geben Sie den Betrag ein, den Sie zahlen möchten, und drücken Sie dann die Raute."),
        phrase("amount_entry_ask_whole_retry",
            "Geben Sie den Betrag in ganzen Einheiten ohne Nachkommastellen ein und drücken Sie dann die "
            "Rautetaste."),
        phrase("amount_too_low", "Dieser Betrag liegt unter der Mindestzahlung von"),
        phrase("amount_too_high", "Dieser Betrag liegt über der Höchstzahlung von"),
    };
}

// The card, the read-back and confirmation, and how the call ends.
QList<Phrase> cardAndOutcomePhrases()
{
    return {
        phrase("card_ask", "Bitte geben Sie Ihre Kartennummer ein und drücken Sie danach die Rautetaste."),
        phrase("card_ask_retry",
            "Geben Sie die lange Nummer auf der Vorderseite Ihrer Karte ein und drücken Sie dann die "
            "Rautetaste."),
        phrase("card_ask_another",
            "Bitte geben Sie die Nummer einer anderen Karte ein und drücken Sie danach die Rautetaste."),
        phrase("card_luhn_failed", "Diese Kartennummer ist nicht gültig. Bitte prüfen Sie die Ziffern."),
        phrase(
            "card_wrong_length_pre", "Diese Nummer hat nicht die richtige Anzahl Ziffern für eine Karte von"),
        phrase("card_brand_not_allowed_pre", "Leider können wir für diese Zahlung keine Karten von"),
        phrase("card_brand_not_allowed_post", "annehmen."),
        phrase("card_unknown_brand", "Entschuldigung, diese Kartenart erkenne ich nicht."),
        phrase("card_gateway_unsupported_pre", "Leider kann unser Zahlungsdienstleister keine Karten von"),
        phrase("card_gateway_unsupported_post", "verarbeiten."),
        phrase("expiry_ask",
            "Bitte geben Sie das Ablaufdatum Ihrer Karte ein: zwei Ziffern für den Monat, zwei für das "
            "Jahr."),
        phrase("expiry_ask_retry",
            "Das Ablaufdatum steht auf der Vorderseite Ihrer Karte. Für Dezember zweitausendachtundzwanzig "
            "drücken "
            "Sie 1 2 2 8."),
        phrase("expiry_expired", "Diese Karte ist abgelaufen."),
        phrase("code_ask_pre", "Bitte geben Sie die Prüfnummer"),
        phrase("code_ask_digit", "mit"),
        noun("code_digits", "Ziffern ein,"),
        phrase("code_on_back", "sie steht auf der Rückseite Ihrer Karte."),
        phrase("code_on_front", "sie steht auf der Vorderseite Ihrer Karte, über der Kartennummer."),
        phrase("code_ask_retry_pre", "Geben Sie die Prüfnummer Ihrer Karte ein. Sie hat"),
        noun("code_ask_retry_post", "Ziffern."),
        phrase("code_wrong_length_pre", "Die Prüfnummer dieser Karte hat"),
        noun("code_wrong_length_post", "Ziffern."),
        phrase("you_are_paying", "Sie zahlen"),
        phrase("with_your", "mit Ihrer Karte"),
        phrase("card_ending", "mit den Endziffern"),
        phrase("card_number_is", "mit der Nummer"),
        phrase("expiring", "gültig bis"),
        phrase("confirm_menu", "Wenn das stimmt, drücken Sie 1. Um etwas zu ändern, drücken Sie 2."),
        phrase("confirm_menu_retry",
            "Wenn die Angaben stimmen, drücken Sie 1 oder sagen Sie ja. Um sie zu ändern, drücken Sie 2 oder "
            "sagen "
            "Sie nein."),
        phrase("correction_intro", "Was möchten Sie ändern?"),
        phrase("correction_amount", "Für den Betrag drücken Sie 1."),
        phrase("correction_card", "Für die Kartennummer drücken Sie 2."),
        phrase("correction_expiry", "Für das Ablaufdatum drücken Sie 3."),
        phrase("correction_code", "Für die Prüfnummer drücken Sie 4."),
        phrase("correction_retry_hint", "Sie können auch sagen, was Sie ändern möchten."),
        phrase("please_wait", "Bitte warten Sie, während wir Ihre Zahlung bearbeiten."),
        phrase("declined_generic", "Ihr Kartenherausgeber hat diese Zahlung abgelehnt."),
        phrase("declined_insufficient_funds",
            "Ihr Kartenherausgeber hat diese Zahlung wegen unzureichender Deckung abgelehnt."),
        phrase("declined_expired_card",
            "Ihr Kartenherausgeber hat diese Zahlung abgelehnt, weil die Karte abgelaufen ist."),
        phrase("declined_security_code",
            "Ihr Kartenherausgeber hat diese Zahlung abgelehnt, weil die Prüfnummer nicht stimmt."),
        phrase("declined_max", "Mit den angegebenen Karten konnten wir keine Zahlung vornehmen."),
        phrase("approved_pre", "Vielen Dank. Ihre Zahlung von"),
        phrase("approved_post", "wurde genehmigt."),
        phrase("transaction_reference_is", "Ihre Transaktionsnummer lautet"),
        phrase("payment_reference_is", "Ihre Zahlungsreferenz lautet"),
        phrase("input_failed", "Entschuldigung, wir haben Schwierigkeiten, Ihre Antworten zu verstehen."),
        phrase("auth_failed", "Entschuldigung, wir konnten Ihre Identität nicht bestätigen."),
        phrase("technical_error",
            "Entschuldigung, wegen eines technischen Problems können wir Ihre Zahlung gerade nicht "
            "annehmen."),
        phrase("exit_transfer_to_agent",
            "Bitte bleiben Sie dran, ich verbinde Sie mit einem Kundenberater, der Ihnen helfen kann."),
        phrase("exit_return_to_ivr", "Sie kehren zum Hauptmenü zurück."),
        phrase("exit_disconnect", "Vielen Dank für Ihren Anruf. Auf Wiederhören."),
        phrase("exit_leave_conference", "Ihr Kundenberater ist wieder in der Leitung."),
    };
}

QList<Phrase> phrases()
{
    return callerAndAmountPhrases() + cardAndOutcomePhrases();
}

} // namespace

PromptWording german()
{
    auto t = [](std::initializer_list<const char*> tokens) {
        QStringList out;
        for (const char* token : tokens) {
            out << QString::fromLatin1(token);
        }
        return out;
    };
    PromptWording w;
    w.code = QStringLiteral("de-DE");
    w.name = QStringLiteral("Deutsch");
    w.phrases = phrases();
    // "für eine Karte von Visa"
    w.templates.insert(QStringLiteral("card_number.wrong_length"), t({ "card_wrong_length_pre", "$brand" }));
    // "Bitte geben Sie die Prüfnummer CVV mit 3 Ziffern ein, sie steht auf der Rückseite Ihrer Karte."
    w.securityCodeAsk
        = t({ "code_ask_pre", "$code_name", "code_ask_digit", "$code_length", "code_digits", "code_side" });
    w.reader = &readers::german();
    return w;
}

} // namespace voicepay::wordings
