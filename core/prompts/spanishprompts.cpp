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
        p("welcome", "Bienvenido al servicio de pago seguro."),
        p("welcome_conference",
            "Su agente le ha pasado a nuestra línea de pago seguro. El agente sigue en la llamada, pero no "
            "puede "
            "oír las teclas que usted pulsa."),
        p("no_input", "Lo siento, no he oído nada."),
        p("no_match", "Lo siento, no le he entendido."),
        p("keypad_offer", "También puede usar el teclado de su teléfono."),
        p("payment_pending",
            "Gracias. Su pago está en revisión y se lo confirmaremos cuando la revisión haya terminado. Por "
            "favor, no vuelva a pagar mientras tanto."),
        p("account_ask", "Introduzca su número de cuenta, seguido de la tecla almohadilla."),
        p("account_ask_retry",
            "Su número de cuenta aparece en la parte superior de su extracto. Márquelo ahora y pulse la "
            "tecla "
            "almohadilla."),
        p("account_unknown", "No he encontrado ese número de cuenta."),
        p("pin_ask", "Introduzca su PIN de cuatro dígitos."),
        p("pin_ask_retry", "Marque el PIN de cuatro dígitos que eligió para los pagos por teléfono."),
        p("pin_wrong", "Ese PIN no coincide con nuestros datos."),
        p("balance_is", "El importe pendiente es de"),
        p("amount_choice_menu", "Para pagar el importe completo, pulse 1. Para pagar otro importe, pulse 2."),
        p("amount_choice_menu_retry",
            "Para pagar el importe pendiente completo, pulse 1 o diga importe completo. Para pagar otro "
            "importe, "
            "pulse 2 o diga otro importe."),
        p("amount_due_below_min", "El importe pendiente es inferior al pago mínimo de"),
        p("amount_due_above_max", "El importe pendiente supera el pago máximo de"),
        p("amount_entry_ask",
            "Introduzca el importe que desea pagar, con la tecla asterisco como separador decimal, y pulse "
            "almohadilla."),
        p("amount_entry_ask_retry",
            "Marque el importe con la tecla asterisco entre las unidades y los decimales. Por ejemplo, para "
            "doce "
            "con cincuenta, pulse 1 2 asterisco 5 0 almohadilla."),
        p("amount_entry_ask_whole", "Introduzca el importe que desea pagar y pulse almohadilla."),
        p("amount_entry_ask_whole_retry",
            "Marque el importe en unidades enteras, sin decimales, y pulse la tecla almohadilla."),
        p("amount_too_low", "Ese importe es inferior al pago mínimo de"),
        p("amount_too_high", "Ese importe supera el pago máximo de"),
        p("card_ask", "Introduzca el número de su tarjeta, seguido de la tecla almohadilla."),
        p("card_ask_retry",
            "Marque el número largo que figura en el anverso de su tarjeta y pulse la tecla almohadilla."),
        p("card_ask_another", "Introduzca el número de otra tarjeta, seguido de la tecla almohadilla."),
        p("card_luhn_failed", "Ese número de tarjeta no es válido. Compruebe los dígitos."),
        p("card_wrong_length_pre", "Ese número no tiene la cantidad correcta de dígitos para una tarjeta"),
        p("card_brand_not_allowed_pre", "Lo sentimos, no podemos aceptar tarjetas"),
        p("card_brand_not_allowed_post", "para este pago."),
        p("card_unknown_brand", "Lo siento, no reconozco ese tipo de tarjeta."),
        p("card_gateway_unsupported_pre",
            "Lo sentimos, nuestro procesador de pagos no puede aceptar esta tarjeta"),
        p("expiry_ask",
            "Introduzca la fecha de caducidad de su tarjeta: dos dígitos para el mes y dos para el año."),
        p("expiry_ask_retry",
            "La fecha de caducidad figura en el anverso de su tarjeta. Para diciembre de dos mil veintiocho, "
            "pulse "
            "1 2 2 8."),
        p("expiry_expired", "Esa tarjeta ha caducado."),
        p("code_ask_pre", "Introduzca el código"),
        p("code_ask_digit", "de"),
        p("code_digits", "dígitos,"),
        p("code_on_back", "impreso en el reverso de su tarjeta."),
        p("code_on_front", "impreso en el anverso de su tarjeta, encima del número de tarjeta."),
        p("code_ask_retry_pre", "Marque el código de seguridad de su tarjeta. Tiene"),
        p("code_ask_retry_post", "dígitos."),
        p("code_wrong_length_pre", "El código de seguridad de esta tarjeta tiene"),
        p("code_wrong_length_post", "dígitos."),
        p("you_are_paying", "Va a pagar"),
        p("with_your", "con su tarjeta"),
        p("card_ending", "terminada en"),
        p("card_number_is", "número"),
        p("expiring", "que caduca en"),
        p("confirm_menu", "Si es correcto, pulse 1. Para cambiar algo, pulse 2."),
        p("confirm_menu_retry",
            "Si los datos son correctos, pulse 1 o diga sí. Para cambiarlos, pulse 2 o diga no."),
        p("correction_intro", "¿Qué desea cambiar?"),
        p("correction_amount", "Para el importe, pulse 1."),
        p("correction_card", "Para el número de tarjeta, pulse 2."),
        p("correction_expiry", "Para la fecha de caducidad, pulse 3."),
        p("correction_code", "Para el código de seguridad, pulse 4."),
        p("correction_retry_hint", "También puede decir qué desea cambiar."),
        p("please_wait", "Espere mientras procesamos su pago."),
        p("declined_generic", "El emisor de su tarjeta ha rechazado este pago."),
        p("declined_insufficient_funds",
            "El emisor de su tarjeta ha rechazado este pago por saldo insuficiente."),
        p("declined_expired_card",
            "El emisor de su tarjeta ha rechazado este pago porque la tarjeta ha caducado."),
        p("declined_security_code",
            "El emisor de su tarjeta ha rechazado este pago porque el código de seguridad no coincide."),
        p("declined_max", "No hemos podido realizar el pago con las tarjetas indicadas."),
        p("approved_pre", "Gracias. Su pago de"),
        p("approved_post", "ha sido aprobado."),
        p("transaction_reference_is", "Su referencia de transacción es"),
        p("payment_reference_is", "Su referencia de pago es"),
        p("input_failed", "Lo sentimos, tenemos problemas para entender sus respuestas."),
        p("auth_failed", "Lo sentimos, no hemos podido verificar su identidad."),
        p("technical_error", "Lo sentimos, ahora no podemos procesar su pago por un problema técnico."),
        p("exit_transfer_to_agent", "Espere, le paso con un agente que podrá ayudarle."),
        p("exit_return_to_ivr", "Le devolvemos al menú principal."),
        p("exit_disconnect", "Gracias por su llamada. Adiós."),
        p("exit_leave_conference", "Su agente vuelve a estar en la línea."),
    };
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
