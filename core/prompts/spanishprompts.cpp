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
        phrase("welcome", "Bienvenido al servicio de pago seguro."),
        phrase("welcome_conference",
            "Su agente le ha pasado a nuestra línea de pago seguro. El agente sigue en la llamada, pero no "
            "puede "
            "oír las teclas que usted pulsa."),
        phrase("no_input", "Lo siento, no he oído nada."),
        phrase("no_match", "Lo siento, no le he entendido."),
        phrase("keypad_offer", "También puede usar el teclado de su teléfono."),
        phrase("payment_pending",
            "Gracias. Su pago está en revisión y se lo confirmaremos cuando la revisión haya terminado. Por "
            "favor, no vuelva a pagar mientras tanto."),
        phrase("account_ask", "Introduzca su número de cuenta, seguido de la tecla almohadilla."),
        phrase("account_ask_retry",
            "Su número de cuenta aparece en la parte superior de su extracto. Márquelo ahora y pulse la "
            "tecla "
            "almohadilla."),
        phrase("account_unknown", "No he encontrado ese número de cuenta."),
        phrase("pin_ask", "Introduzca su PIN de cuatro dígitos."),
        phrase("pin_ask_retry", "Marque el PIN de cuatro dígitos que eligió para los pagos por teléfono."),
        phrase("pin_wrong", "Ese PIN no coincide con nuestros datos."),
        phrase("balance_is", "El importe pendiente es de"),
        phrase("amount_choice_menu",
            "Para pagar el importe completo, pulse 1. Para pagar otro importe, pulse 2."),
        phrase("amount_choice_menu_retry",
            "Para pagar el importe pendiente completo, pulse 1 o diga importe completo. Para pagar otro "
            "importe, "
            "pulse 2 o diga otro importe."),
        phrase("amount_due_below_min", "El importe pendiente es inferior al pago mínimo de"),
        phrase("amount_due_above_max", "El importe pendiente supera el pago máximo de"),
        phrase("amount_entry_ask",
            "Introduzca el importe que desea pagar, con la tecla asterisco como separador decimal, y pulse "
            "almohadilla."),
        phrase("amount_entry_ask_retry",
            "Marque el importe con la tecla asterisco entre las unidades y los decimales. Por ejemplo, para "
            "doce "
            "con cincuenta, pulse 1 2 asterisco 5 0 almohadilla."),
        phrase("amount_entry_ask_whole", "Introduzca el importe que desea pagar y pulse almohadilla."),
        phrase("amount_entry_ask_whole_retry",
            "Marque el importe en unidades enteras, sin decimales, y pulse la tecla almohadilla."),
        phrase("amount_too_low", "Ese importe es inferior al pago mínimo de"),
        phrase("amount_too_high", "Ese importe supera el pago máximo de"),
    };
}

// The card, the read-back and confirmation, and how the call ends.
QList<Phrase> cardAndOutcomePhrases()
{
    return {
        phrase("card_ask", "Introduzca el número de su tarjeta, seguido de la tecla almohadilla."),
        phrase("card_ask_retry",
            "Marque el número largo que figura en el anverso de su tarjeta y pulse la tecla almohadilla."),
        phrase("card_ask_another", "Introduzca el número de otra tarjeta, seguido de la tecla almohadilla."),
        phrase("card_luhn_failed", "Ese número de tarjeta no es válido. Compruebe los dígitos."),
        phrase(
            "card_wrong_length_pre", "Ese número no tiene la cantidad correcta de dígitos para una tarjeta"),
        phrase("card_brand_not_allowed_pre", "Lo sentimos, no podemos aceptar tarjetas"),
        phrase("card_brand_not_allowed_post", "para este pago."),
        phrase("card_unknown_brand", "Lo siento, no reconozco ese tipo de tarjeta."),
        phrase("card_gateway_unsupported_pre",
            "Lo sentimos, nuestro procesador de pagos no puede aceptar esta tarjeta"),
        phrase("expiry_ask",
            "Introduzca la fecha de caducidad de su tarjeta: dos dígitos para el mes y dos para el año."),
        phrase("expiry_ask_retry",
            "La fecha de caducidad figura en el anverso de su tarjeta. Para diciembre de dos mil veintiocho, "
            "pulse "
            "1 2 2 8."),
        phrase("expiry_expired", "Esa tarjeta ha caducado."),
        phrase("code_ask_pre", "Introduzca el código"),
        phrase("code_ask_digit", "de"),
        phrase("code_digits", "dígitos,"),
        phrase("code_on_back", "impreso en el reverso de su tarjeta."),
        phrase("code_on_front", "impreso en el anverso de su tarjeta, encima del número de tarjeta."),
        phrase("code_ask_retry_pre", "Marque el código de seguridad de su tarjeta. Tiene"),
        phrase("code_ask_retry_post", "dígitos."),
        phrase("code_wrong_length_pre", "El código de seguridad de esta tarjeta tiene"),
        phrase("code_wrong_length_post", "dígitos."),
        phrase("you_are_paying", "Va a pagar"),
        phrase("with_your", "con su tarjeta"),
        phrase("card_ending", "terminada en"),
        phrase("card_number_is", "número"),
        phrase("expiring", "que caduca en"),
        phrase("confirm_menu", "Si es correcto, pulse 1. Para cambiar algo, pulse 2."),
        phrase("confirm_menu_retry",
            "Si los datos son correctos, pulse 1 o diga sí. Para cambiarlos, pulse 2 o diga no."),
        phrase("correction_intro", "¿Qué desea cambiar?"),
        phrase("correction_amount", "Para el importe, pulse 1."),
        phrase("correction_card", "Para el número de tarjeta, pulse 2."),
        phrase("correction_expiry", "Para la fecha de caducidad, pulse 3."),
        phrase("correction_code", "Para el código de seguridad, pulse 4."),
        phrase("correction_retry_hint", "También puede decir qué desea cambiar."),
        phrase("please_wait", "Espere mientras procesamos su pago."),
        phrase("declined_generic", "El emisor de su tarjeta ha rechazado este pago."),
        phrase("declined_insufficient_funds",
            "El emisor de su tarjeta ha rechazado este pago por saldo insuficiente."),
        phrase("declined_expired_card",
            "El emisor de su tarjeta ha rechazado este pago porque la tarjeta ha caducado."),
        phrase("declined_security_code",
            "El emisor de su tarjeta ha rechazado este pago porque el código de seguridad no coincide."),
        phrase("declined_max", "No hemos podido realizar el pago con las tarjetas indicadas."),
        phrase("approved_pre", "Gracias. Su pago de"),
        phrase("approved_post", "ha sido aprobado."),
        phrase("transaction_reference_is", "Su referencia de transacción es"),
        phrase("payment_reference_is", "Su referencia de pago es"),
        phrase("input_failed", "Lo sentimos, tenemos problemas para entender sus respuestas."),
        phrase("auth_failed", "Lo sentimos, no hemos podido verificar su identidad."),
        phrase("technical_error", "Lo sentimos, ahora no podemos procesar su pago por un problema técnico."),
        phrase("exit_transfer_to_agent", "Espere, le paso con un agente que podrá ayudarle."),
        phrase("exit_return_to_ivr", "Le devolvemos al menú principal."),
        phrase("exit_disconnect", "Gracias por su llamada. Adiós."),
        phrase("exit_leave_conference", "Su agente vuelve a estar en la línea."),
    };
}

QList<Phrase> phrases()
{
    return callerAndAmountPhrases() + cardAndOutcomePhrases();
}

} // namespace

PromptWording spanish()
{
    auto t = [](std::initializer_list<const char*> tokens) {
        QStringList out;
        for (const char* token : tokens) {
            out << QString::fromLatin1(token);
        }
        return out;
    };
    PromptWording w;
    w.code = QStringLiteral("es-ES");
    w.name = QStringLiteral("Español");
    w.phrases = phrases();
    // The brand follows the noun: "para una tarjeta Visa", "esta tarjeta Visa".
    w.templates.insert(QStringLiteral("card_number.wrong_length"), t({ "card_wrong_length_pre", "$brand" }));
    w.templates.insert(
        QStringLiteral("card_number.gateway_unsupported"), t({ "card_gateway_unsupported_pre", "$brand" }));
    // "Introduzca el código CVV de 3 dígitos, impreso en el reverso de su tarjeta."
    w.securityCodeAsk
        = t({ "code_ask_pre", "$code_name", "code_ask_digit", "$code_length", "code_digits", "code_side" });
    w.reader = &readers::spanish();
    return w;
}

} // namespace voicepay::wordings
