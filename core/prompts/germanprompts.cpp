#include "languagereaders.h"
#include "languagewordings.h"

namespace voicepay::wordings {

namespace {

QList<Phrase> phrases()
{
    auto p = [](const char* id, const char* text) {
        return Phrase { QString::fromLatin1(id), QString::fromUtf8(text) };
    };
    // A noun after a number continues the sentence: no full stop before it.
    auto noun = [](const char* id, const char* text) {
        return Phrase { QString::fromLatin1(id), QString::fromUtf8(text), true };
    };
    return {
        p("welcome", "Willkommen beim sicheren Zahlungsservice."),
        p("welcome_conference",
            "Ihr Kundenberater hat Sie mit unserer sicheren Zahlungsleitung verbunden. Er bleibt in der "
            "Leitung, "
            "hört aber die Tasten nicht, die Sie drücken."),
        p("no_input", "Entschuldigung, ich habe nichts gehört."),
        p("no_match", "Entschuldigung, das habe ich nicht verstanden."),
        p("keypad_offer", "Sie können auch die Tastatur Ihres Telefons verwenden."),
        p("payment_pending",
            "Vielen Dank. Ihre Zahlung wird geprüft, und wir bestätigen sie Ihnen, sobald die Prüfung "
            "abgeschlossen ist. Bitte zahlen Sie in der Zwischenzeit nicht erneut."),
        p("account_ask", "Bitte geben Sie Ihre Kontonummer ein und drücken Sie danach die Rautetaste."),
        p("account_ask_retry",
            "Ihre Kontonummer steht oben auf Ihrem Kontoauszug. Geben Sie sie jetzt ein und drücken Sie dann "
            "die "
            "Rautetaste."),
        p("account_unknown", "Diese Kontonummer habe ich nicht gefunden."),
        p("pin_ask", "Bitte geben Sie Ihre vierstellige PIN ein."),
        p("pin_ask_retry",
            "Bitte geben Sie die vierstellige PIN ein, die Sie für Zahlungen per Telefon gewählt haben."),
        p("pin_wrong", "Diese PIN stimmt nicht mit unseren Daten überein."),
        p("balance_is", "Der fällige Betrag ist"),
        p("amount_choice_menu",
            "Um den vollen Betrag zu zahlen, drücken Sie 1. Um einen anderen Betrag zu zahlen, drücken Sie "
            "2."),
        p("amount_choice_menu_retry",
            "Um den vollen fälligen Betrag zu zahlen, drücken Sie 1 oder sagen Sie voller Betrag. Um einen "
            "anderen "
            "Betrag zu zahlen, drücken Sie 2 oder sagen Sie anderer Betrag."),
        p("amount_due_below_min", "Der fällige Betrag liegt unter der Mindestzahlung von"),
        p("amount_due_above_max", "Der fällige Betrag liegt über der Höchstzahlung von"),
        p("amount_entry_ask",
            "Bitte geben Sie den Betrag ein, den Sie zahlen möchten, mit der Sterntaste als Komma, und "
            "drücken "
            "Sie dann die Raute."),
        p("amount_entry_ask_retry",
            "Geben Sie den Betrag mit der Sterntaste zwischen den ganzen Einheiten und den Nachkommastellen "
            "ein. "
            "Für zwölf fünfzig zum Beispiel drücken Sie 1 2 Stern 5 0 Raute."),
        p("amount_entry_ask_whole",
            "Bitte geben Sie den Betrag ein, den Sie zahlen möchten, und drücken Sie dann die Raute."),
        p("amount_entry_ask_whole_retry",
            "Geben Sie den Betrag in ganzen Einheiten ohne Nachkommastellen ein und drücken Sie dann die "
            "Rautetaste."),
        p("amount_too_low", "Dieser Betrag liegt unter der Mindestzahlung von"),
        p("amount_too_high", "Dieser Betrag liegt über der Höchstzahlung von"),
        p("card_ask", "Bitte geben Sie Ihre Kartennummer ein und drücken Sie danach die Rautetaste."),
        p("card_ask_retry",
            "Geben Sie die lange Nummer auf der Vorderseite Ihrer Karte ein und drücken Sie dann die "
            "Rautetaste."),
        p("card_ask_another",
            "Bitte geben Sie die Nummer einer anderen Karte ein und drücken Sie danach die Rautetaste."),
        p("card_luhn_failed", "Diese Kartennummer ist nicht gültig. Bitte prüfen Sie die Ziffern."),
        p("card_wrong_length_pre", "Diese Nummer hat nicht die richtige Anzahl Ziffern für eine Karte von"),
        p("card_brand_not_allowed_pre", "Leider können wir für diese Zahlung keine Karten von"),
        p("card_brand_not_allowed_post", "annehmen."),
        p("card_unknown_brand", "Entschuldigung, diese Kartenart erkenne ich nicht."),
        p("card_gateway_unsupported_pre", "Leider kann unser Zahlungsdienstleister keine Karten von"),
        p("card_gateway_unsupported_post", "verarbeiten."),
        p("expiry_ask",
            "Bitte geben Sie das Ablaufdatum Ihrer Karte ein: zwei Ziffern für den Monat, zwei für das "
            "Jahr."),
        p("expiry_ask_retry",
            "Das Ablaufdatum steht auf der Vorderseite Ihrer Karte. Für Dezember zweitausendachtundzwanzig "
            "drücken "
            "Sie 1 2 2 8."),
        p("expiry_expired", "Diese Karte ist abgelaufen."),
        p("code_ask_pre", "Bitte geben Sie die Prüfnummer"),
        p("code_ask_digit", "mit"),
        noun("code_digits", "Ziffern ein,"),
        p("code_on_back", "sie steht auf der Rückseite Ihrer Karte."),
        p("code_on_front", "sie steht auf der Vorderseite Ihrer Karte, über der Kartennummer."),
        p("code_ask_retry_pre", "Geben Sie die Prüfnummer Ihrer Karte ein. Sie hat"),
        noun("code_ask_retry_post", "Ziffern."),
        p("code_wrong_length_pre", "Die Prüfnummer dieser Karte hat"),
        noun("code_wrong_length_post", "Ziffern."),
        p("you_are_paying", "Sie zahlen"),
        p("with_your", "mit Ihrer Karte"),
        p("card_ending", "mit den Endziffern"),
        p("card_number_is", "mit der Nummer"),
        p("expiring", "gültig bis"),
        p("confirm_menu", "Wenn das stimmt, drücken Sie 1. Um etwas zu ändern, drücken Sie 2."),
        p("confirm_menu_retry",
            "Wenn die Angaben stimmen, drücken Sie 1 oder sagen Sie ja. Um sie zu ändern, drücken Sie 2 oder "
            "sagen "
            "Sie nein."),
        p("correction_intro", "Was möchten Sie ändern?"),
        p("correction_amount", "Für den Betrag drücken Sie 1."),
        p("correction_card", "Für die Kartennummer drücken Sie 2."),
        p("correction_expiry", "Für das Ablaufdatum drücken Sie 3."),
        p("correction_code", "Für die Prüfnummer drücken Sie 4."),
        p("correction_retry_hint", "Sie können auch sagen, was Sie ändern möchten."),
        p("please_wait", "Bitte warten Sie, während wir Ihre Zahlung bearbeiten."),
        p("declined_generic", "Ihr Kartenherausgeber hat diese Zahlung abgelehnt."),
        p("declined_insufficient_funds",
            "Ihr Kartenherausgeber hat diese Zahlung wegen unzureichender Deckung abgelehnt."),
        p("declined_expired_card",
            "Ihr Kartenherausgeber hat diese Zahlung abgelehnt, weil die Karte abgelaufen ist."),
        p("declined_security_code",
            "Ihr Kartenherausgeber hat diese Zahlung abgelehnt, weil die Prüfnummer nicht stimmt."),
        p("declined_max", "Mit den angegebenen Karten konnten wir keine Zahlung vornehmen."),
        p("approved_pre", "Vielen Dank. Ihre Zahlung von"),
        p("approved_post", "wurde genehmigt."),
        p("transaction_reference_is", "Ihre Transaktionsnummer lautet"),
        p("payment_reference_is", "Ihre Zahlungsreferenz lautet"),
        p("input_failed", "Entschuldigung, wir haben Schwierigkeiten, Ihre Antworten zu verstehen."),
        p("auth_failed", "Entschuldigung, wir konnten Ihre Identität nicht bestätigen."),
        p("technical_error",
            "Entschuldigung, wegen eines technischen Problems können wir Ihre Zahlung gerade nicht "
            "annehmen."),
        p("exit_transfer_to_agent",
            "Bitte bleiben Sie dran, ich verbinde Sie mit einem Kundenberater, der Ihnen helfen kann."),
        p("exit_return_to_ivr", "Sie kehren zum Hauptmenü zurück."),
        p("exit_disconnect", "Vielen Dank für Ihren Anruf. Auf Wiederhören."),
        p("exit_leave_conference", "Ihr Kundenberater ist wieder in der Leitung."),
    };
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
