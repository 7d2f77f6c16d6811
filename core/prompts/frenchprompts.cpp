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
        phrase("welcome", "Bienvenue sur le service de paiement sécurisé."),
        phrase("welcome_conference",
            "Votre conseiller vous a transféré sur notre ligne de paiement sécurisée. Il reste en ligne mais "
            "n'entend pas les touches que vous composez."),
        phrase("no_input", "Désolé, je n'ai rien entendu."),
        phrase("no_match", "Désolé, je n'ai pas compris."),
        phrase("keypad_offer", "Vous pouvez aussi utiliser le clavier de votre téléphone."),
        phrase("payment_pending",
            "Merci. Votre paiement est en cours de vérification, nous vous le confirmerons une fois la "
            "vérification terminée. Merci de ne pas payer à nouveau entre-temps."),
        phrase("account_ask", "Veuillez saisir votre numéro de compte, suivi de la touche dièse."),
        phrase("account_ask_retry",
            "Votre numéro de compte figure en haut de votre relevé. Saisissez-le maintenant, puis appuyez "
            "sur la "
            "touche dièse."),
        phrase("account_unknown", "Je n'ai pas trouvé ce numéro de compte."),
        phrase("pin_ask", "Veuillez saisir votre code confidentiel à quatre chiffres."),
        phrase("pin_ask_retry",
            "Veuillez saisir le code confidentiel à quatre chiffres choisi pour vos paiements par "
            "téléphone."),
        phrase("pin_wrong", "Ce code confidentiel ne correspond pas à nos informations."),
        phrase("balance_is", "Le montant dû est de"),
        phrase("amount_choice_menu",
            "Pour payer la totalité du montant, tapez 1. Pour payer un autre montant, tapez 2."),
        phrase("amount_choice_menu_retry",
            "Pour payer la totalité du montant dû, tapez 1 ou dites montant total. Pour payer un autre "
            "montant, "
            "tapez 2 ou dites autre montant."),
        phrase("amount_due_below_min", "Le montant dû est inférieur au paiement minimum de"),
        phrase("amount_due_above_max", "Le montant dû dépasse le paiement maximum de"),
        phrase("amount_entry_ask",
            "Veuillez saisir le montant que vous souhaitez payer, avec la touche étoile pour la virgule, "
            "puis "
            "tapez dièse."),
        phrase("amount_entry_ask_retry",
            "Saisissez le montant avec la touche étoile entre les unités et les décimales. Par exemple, pour "
            "douze cinquante, tapez 1 2 étoile 5 0 dièse."),
        phrase("amount_entry_ask_whole",
            "Veuillez saisir le montant que vous souhaitez payer, puis tapez dièse."),
        phrase("amount_entry_ask_whole_retry",
            "Saisissez le montant en unités entières, sans décimales, puis appuyez sur la touche dièse."),
        phrase("amount_too_low", "Ce montant est inférieur au paiement minimum de"),
        phrase("amount_too_high", "Ce montant dépasse le paiement maximum de"),
    };
}

// The card, the read-back and confirmation, and how the call ends.
QList<Phrase> cardAndOutcomePhrases()
{
    return {
        phrase("card_ask", "Veuillez saisir votre numéro de carte, suivi de la touche dièse."),
        phrase("card_ask_retry",
            "Saisissez le long numéro inscrit sur le devant de votre carte, puis appuyez sur la touche "
            "dièse."),
        phrase("card_ask_another", "Veuillez saisir le numéro d'une autre carte, suivi de la touche dièse."),
        phrase("card_luhn_failed", "Ce numéro de carte n'est pas valide. Veuillez vérifier les chiffres."),
        phrase("card_wrong_length_pre", "Ce numéro n'a pas le bon nombre de chiffres pour une carte"),
        phrase("card_brand_not_allowed_pre", "Désolé, nous ne pouvons pas accepter les cartes"),
        phrase("card_brand_not_allowed_post", "pour ce paiement."),
        phrase("card_unknown_brand", "Désolé, je ne reconnais pas ce type de carte."),
        phrase("card_gateway_unsupported_pre",
            "Désolé, notre prestataire de paiement ne peut pas traiter cette carte"),
        phrase("expiry_ask",
            "Veuillez saisir la date d'expiration de votre carte : deux chiffres pour le mois, deux pour "
            "l'année."),
        phrase("expiry_ask_retry",
            "La date d'expiration figure sur le devant de votre carte. Pour décembre deux mille vingt-huit, "
            "tapez "
            "1 2 2 8."),
        phrase("expiry_expired", "Cette carte a expiré."),
        phrase("code_ask_pre", "Veuillez saisir le code"),
        phrase("code_ask_digit", "à"),
        phrase("code_digits", "chiffres,"),
        phrase("code_on_back", "imprimé au dos de votre carte."),
        phrase("code_on_front", "imprimé sur le devant de votre carte, au-dessus du numéro de carte."),
        phrase("code_ask_retry_pre", "Saisissez le code de sécurité de votre carte. Il compte"),
        phrase("code_ask_retry_post", "chiffres."),
        phrase("code_wrong_length_pre", "Le code de sécurité de cette carte compte"),
        phrase("code_wrong_length_post", "chiffres."),
        phrase("you_are_paying", "Vous payez"),
        phrase("with_your", "avec votre carte"),
        phrase("card_ending", "se terminant par"),
        phrase("card_number_is", "numéro"),
        phrase("expiring", "expirant en"),
        phrase("confirm_menu", "Si c'est correct, tapez 1. Pour modifier quelque chose, tapez 2."),
        phrase("confirm_menu_retry",
            "Si ces informations sont correctes, tapez 1 ou dites oui. Pour les modifier, tapez 2 ou dites "
            "non."),
        phrase("correction_intro", "Que souhaitez-vous modifier ?"),
        phrase("correction_amount", "Pour le montant, tapez 1."),
        phrase("correction_card", "Pour le numéro de carte, tapez 2."),
        phrase("correction_expiry", "Pour la date d'expiration, tapez 3."),
        phrase("correction_code", "Pour le code de sécurité, tapez 4."),
        phrase("correction_retry_hint", "Vous pouvez aussi dire ce que vous souhaitez modifier."),
        phrase("please_wait", "Veuillez patienter pendant le traitement de votre paiement."),
        phrase("declined_generic", "L'émetteur de votre carte a refusé ce paiement."),
        phrase("declined_insufficient_funds",
            "L'émetteur de votre carte a refusé ce paiement pour provision insuffisante."),
        phrase(
            "declined_expired_card", "L'émetteur de votre carte a refusé ce paiement car la carte a expiré."),
        phrase("declined_security_code",
            "L'émetteur de votre carte a refusé ce paiement car le code de sécurité ne correspond pas."),
        phrase("declined_max", "Nous n'avons pas pu effectuer le paiement avec les cartes indiquées."),
        phrase("approved_pre", "Merci. Votre paiement de"),
        phrase("approved_post", "a été accepté."),
        phrase("transaction_reference_is", "Votre référence de transaction est"),
        phrase("payment_reference_is", "Votre référence de paiement est"),
        phrase("input_failed", "Désolé, nous avons du mal à comprendre vos réponses."),
        phrase("auth_failed", "Désolé, nous n'avons pas pu vérifier votre identité."),
        phrase("technical_error",
            "Désolé, nous ne pouvons pas prendre votre paiement pour le moment en raison d'un problème "
            "technique."),
        phrase("exit_transfer_to_agent",
            "Veuillez patienter, je vous transfère à un conseiller qui pourra vous aider."),
        phrase("exit_return_to_ivr", "Retour au menu principal."),
        phrase("exit_disconnect", "Merci de votre appel. Au revoir."),
        phrase("exit_leave_conference", "Votre conseiller est de nouveau en ligne."),
    };
}

QList<Phrase> phrases()
{
    return callerAndAmountPhrases() + cardAndOutcomePhrases();
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
