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
        p("welcome", "Bienvenue sur le service de paiement sécurisé."),
        p("welcome_conference",
            "Votre conseiller vous a transféré sur notre ligne de paiement sécurisée. Il reste en ligne mais "
            "n'entend pas les touches que vous composez."),
        p("no_input", "Désolé, je n'ai rien entendu."),
        p("no_match", "Désolé, je n'ai pas compris."),
        p("keypad_offer", "Vous pouvez aussi utiliser le clavier de votre téléphone."),
        p("payment_pending",
            "Merci. Votre paiement est en cours de vérification, nous vous le confirmerons une fois la "
            "vérification terminée. Merci de ne pas payer à nouveau entre-temps."),
        p("account_ask", "Veuillez saisir votre numéro de compte, suivi de la touche dièse."),
        p("account_ask_retry",
            "Votre numéro de compte figure en haut de votre relevé. Saisissez-le maintenant, puis appuyez "
            "sur la "
            "touche dièse."),
        p("account_unknown", "Je n'ai pas trouvé ce numéro de compte."),
        p("pin_ask", "Veuillez saisir votre code confidentiel à quatre chiffres."),
        p("pin_ask_retry",
            "Veuillez saisir le code confidentiel à quatre chiffres choisi pour vos paiements par "
            "téléphone."),
        p("pin_wrong", "Ce code confidentiel ne correspond pas à nos informations."),
        p("balance_is", "Le montant dû est de"),
        p("amount_choice_menu",
            "Pour payer la totalité du montant, tapez 1. Pour payer un autre montant, tapez 2."),
        p("amount_choice_menu_retry",
            "Pour payer la totalité du montant dû, tapez 1 ou dites montant total. Pour payer un autre "
            "montant, "
            "tapez 2 ou dites autre montant."),
        p("amount_due_below_min", "Le montant dû est inférieur au paiement minimum de"),
        p("amount_due_above_max", "Le montant dû dépasse le paiement maximum de"),
        p("amount_entry_ask",
            "Veuillez saisir le montant que vous souhaitez payer, avec la touche étoile pour la virgule, "
            "puis "
            "tapez dièse."),
        p("amount_entry_ask_retry",
            "Saisissez le montant avec la touche étoile entre les unités et les décimales. Par exemple, pour "
            "douze cinquante, tapez 1 2 étoile 5 0 dièse."),
        p("amount_entry_ask_whole", "Veuillez saisir le montant que vous souhaitez payer, puis tapez dièse."),
        p("amount_entry_ask_whole_retry",
            "Saisissez le montant en unités entières, sans décimales, puis appuyez sur la touche dièse."),
        p("amount_too_low", "Ce montant est inférieur au paiement minimum de"),
        p("amount_too_high", "Ce montant dépasse le paiement maximum de"),
        p("card_ask", "Veuillez saisir votre numéro de carte, suivi de la touche dièse."),
        p("card_ask_retry",
            "Saisissez le long numéro inscrit sur le devant de votre carte, puis appuyez sur la touche "
            "dièse."),
        p("card_ask_another", "Veuillez saisir le numéro d'une autre carte, suivi de la touche dièse."),
        p("card_luhn_failed", "Ce numéro de carte n'est pas valide. Veuillez vérifier les chiffres."),
        p("card_wrong_length_pre", "Ce numéro n'a pas le bon nombre de chiffres pour une carte"),
        p("card_brand_not_allowed_pre", "Désolé, nous ne pouvons pas accepter les cartes"),
        p("card_brand_not_allowed_post", "pour ce paiement."),
        p("card_unknown_brand", "Désolé, je ne reconnais pas ce type de carte."),
        p("card_gateway_unsupported_pre",
            "Désolé, notre prestataire de paiement ne peut pas traiter cette carte"),
        p("expiry_ask",
            "Veuillez saisir la date d'expiration de votre carte : deux chiffres pour le mois, deux pour "
            "l'année."),
        p("expiry_ask_retry",
            "La date d'expiration figure sur le devant de votre carte. Pour décembre deux mille vingt-huit, "
            "tapez "
            "1 2 2 8."),
        p("expiry_expired", "Cette carte a expiré."),
        p("code_ask_pre", "Veuillez saisir le code"),
        p("code_ask_digit", "à"),
        p("code_digits", "chiffres,"),
        p("code_on_back", "imprimé au dos de votre carte."),
        p("code_on_front", "imprimé sur le devant de votre carte, au-dessus du numéro de carte."),
        p("code_ask_retry_pre", "Saisissez le code de sécurité de votre carte. Il compte"),
        p("code_ask_retry_post", "chiffres."),
        p("code_wrong_length_pre", "Le code de sécurité de cette carte compte"),
        p("code_wrong_length_post", "chiffres."),
        p("you_are_paying", "Vous payez"),
        p("with_your", "avec votre carte"),
        p("card_ending", "se terminant par"),
        p("card_number_is", "numéro"),
        p("expiring", "expirant en"),
        p("confirm_menu", "Si c'est correct, tapez 1. Pour modifier quelque chose, tapez 2."),
        p("confirm_menu_retry",
            "Si ces informations sont correctes, tapez 1 ou dites oui. Pour les modifier, tapez 2 ou dites "
            "non."),
        p("correction_intro", "Que souhaitez-vous modifier ?"),
        p("correction_amount", "Pour le montant, tapez 1."),
        p("correction_card", "Pour le numéro de carte, tapez 2."),
        p("correction_expiry", "Pour la date d'expiration, tapez 3."),
        p("correction_code", "Pour le code de sécurité, tapez 4."),
        p("correction_retry_hint", "Vous pouvez aussi dire ce que vous souhaitez modifier."),
        p("please_wait", "Veuillez patienter pendant le traitement de votre paiement."),
        p("declined_generic", "L'émetteur de votre carte a refusé ce paiement."),
        p("declined_insufficient_funds",
            "L'émetteur de votre carte a refusé ce paiement pour provision insuffisante."),
        p("declined_expired_card", "L'émetteur de votre carte a refusé ce paiement car la carte a expiré."),
        p("declined_security_code",
            "L'émetteur de votre carte a refusé ce paiement car le code de sécurité ne correspond pas."),
        p("declined_max", "Nous n'avons pas pu effectuer le paiement avec les cartes indiquées."),
        p("approved_pre", "Merci. Votre paiement de"),
        p("approved_post", "a été accepté."),
        p("transaction_reference_is", "Votre référence de transaction est"),
        p("payment_reference_is", "Votre référence de paiement est"),
        p("input_failed", "Désolé, nous avons du mal à comprendre vos réponses."),
        p("auth_failed", "Désolé, nous n'avons pas pu vérifier votre identité."),
        p("technical_error",
            "Désolé, nous ne pouvons pas prendre votre paiement pour le moment en raison d'un problème "
            "technique."),
        p("exit_transfer_to_agent",
            "Veuillez patienter, je vous transfère à un conseiller qui pourra vous aider."),
        p("exit_return_to_ivr", "Retour au menu principal."),
        p("exit_disconnect", "Merci de votre appel. Au revoir."),
        p("exit_leave_conference", "Votre conseiller est de nouveau en ligne."),
    };
}

} // namespace

PromptWording french()
{
    auto t = [](std::initializer_list<const char*> tokens) {
        QStringList out;
        for (const char* token : tokens) {
            out << QString::fromLatin1(token);
        }
        return out;
    };
    PromptWording w;
    w.code = QStringLiteral("fr-FR");
    w.name = QStringLiteral("Français");
    w.phrases = phrases();
    // The brand follows the noun: "pour une carte Visa", "cette carte Visa".
    w.templates.insert(QStringLiteral("card_number.wrong_length"), t({ "card_wrong_length_pre", "$brand" }));
    w.templates.insert(
        QStringLiteral("card_number.gateway_unsupported"), t({ "card_gateway_unsupported_pre", "$brand" }));
    // "Veuillez saisir le code CVV à 3 chiffres, imprimé au dos de votre carte."
    w.securityCodeAsk
        = t({ "code_ask_pre", "$code_name", "code_ask_digit", "$code_length", "code_digits", "code_side" });
    w.reader = &readers::french();
    return w;
}

} // namespace voicepay::wordings
