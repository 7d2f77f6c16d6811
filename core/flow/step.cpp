#include "step.h"

namespace voicepay {

QString stepName(Step step)
{
    switch (step) {
    case Step::AccountNumber:
        return QStringLiteral("account_number");
    case Step::Pin:
        return QStringLiteral("pin");
    case Step::AmountChoice:
        return QStringLiteral("amount_choice");
    case Step::AmountEntry:
        return QStringLiteral("amount_entry");
    case Step::CardNumber:
        return QStringLiteral("card_number");
    case Step::Expiry:
        return QStringLiteral("expiry");
    case Step::SecurityCode:
        return QStringLiteral("security_code");
    case Step::Confirm:
        return QStringLiteral("confirm");
    case Step::CorrectionChoice:
        return QStringLiteral("correction_choice");
    }
    return QString();
}

QList<Step> allSteps()
{
    return { Step::AccountNumber, Step::Pin, Step::AmountChoice, Step::AmountEntry, Step::CardNumber,
        Step::Expiry, Step::SecurityCode, Step::Confirm, Step::CorrectionChoice };
}

std::optional<Step> stepFromName(const QString& name)
{
    for (Step s : allSteps()) {
        if (stepName(s) == name) {
            return s;
        }
    }
    return std::nullopt;
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return QStringLiteral("success");
    case Outcome::DeclinedMax:
        return QStringLiteral("declined_max");
    case Outcome::AuthFailed:
        return QStringLiteral("auth_failed");
    case Outcome::InputFailed:
        return QStringLiteral("input_failed");
    case Outcome::TechnicalError:
        return QStringLiteral("technical_error");
    case Outcome::Hangup:
        return QStringLiteral("hangup");
    case Outcome::Pending:
        return QStringLiteral("pending");
    }
    return QString();
}

QList<Outcome> allOutcomes()
{
    return { Outcome::Success, Outcome::DeclinedMax, Outcome::AuthFailed, Outcome::InputFailed,
        Outcome::TechnicalError, Outcome::Hangup, Outcome::Pending };
}

std::optional<Outcome> outcomeFromName(const QString& name)
{
    for (Outcome o : allOutcomes()) {
        if (outcomeName(o) == name) {
            return o;
        }
    }
    return std::nullopt;
}

QStringList FlowGraph::nodes()
{
    QStringList out { QStringLiteral("start") };
    for (Step s : allSteps()) {
        out << stepName(s);
    }
    out << QStringLiteral("authorize");
    for (Outcome o : allOutcomes()) {
        out << outcomeName(o);
    }
    return out;
}

namespace {
QList<FlowTransition> buildTransitions()
{
    auto t = [](const char* from, const char* to, const char* event) {
        return FlowTransition { QString::fromLatin1(from), QString::fromLatin1(to),
            QString::fromLatin1(event) };
    };
    QList<FlowTransition> out {
        t("start", "account_number", "caller not identified"),
        t("start", "amount_choice", "identified, caller chooses the amount"),
        t("start", "amount_entry", "identified, amount due out of range"),
        t("start", "card_number", "identified, fixed amount"),
        t("start", "technical_error", "the amount due is not valid, or payments are unavailable"),
        t("account_number", "account_number", "retry"),
        t("account_number", "pin", "account found"),
        t("account_number", "auth_failed", "too many failed identifications"),
        t("pin", "pin", "retry"),
        t("pin", "amount_choice", "verified, caller chooses the amount"),
        t("pin", "amount_entry", "verified, amount due out of range"),
        t("pin", "card_number", "verified, fixed amount"),
        t("pin", "auth_failed", "too many failed identifications"),
        t("amount_choice", "amount_choice", "retry"),
        t("amount_choice", "card_number", "1: full amount"),
        t("amount_choice", "amount_entry", "2: other amount, or amount due out of range"),
        t("amount_entry", "amount_entry", "retry or amount out of range"),
        t("amount_entry", "card_number", "amount accepted"),
        t("amount_entry", "confirm", "amount corrected"),
        t("card_number", "card_number", "retry or card refused"),
        t("card_number", "expiry", "card accepted, brand needs an expiry"),
        t("card_number", "security_code", "card accepted, brand needs a code but no expiry"),
        t("card_number", "confirm", "card accepted, nothing more needed"),
        t("expiry", "expiry", "retry or expired"),
        t("expiry", "security_code", "expiry accepted, brand needs a code"),
        t("expiry", "confirm", "expiry accepted"),
        t("security_code", "security_code", "retry or wrong length"),
        t("security_code", "confirm", "code accepted"),
        t("confirm", "confirm", "retry"),
        t("confirm", "authorize", "1: correct"),
        t("confirm", "correction_choice", "2: change something"),
        t("correction_choice", "correction_choice", "retry"),
        t("correction_choice", "amount_entry", "1: amount"),
        t("correction_choice", "card_number", "2: card number"),
        t("correction_choice", "expiry", "3: expiry"),
        t("correction_choice", "security_code", "4: security code"),
        t("authorize", "success", "approved"),
        t("authorize", "card_number", "declined, another card"),
        t("authorize", "declined_max", "declined, maximum reached"),
        t("authorize", "technical_error", "gateway error, or the payment is unconfirmed"),
        t("authorize", "pending", "held for review by the gateway"),
        t("authorize", "hangup", "caller hung up while the gateway answered"),
    };
    for (Step s : allSteps()) {
        out << FlowTransition { stepName(s), QStringLiteral("hangup"), QStringLiteral("caller hung up") };
        out << FlowTransition { stepName(s), QStringLiteral("input_failed"),
            QStringLiteral("too many retries") };
    }
    return out;
}
} // namespace

const QList<FlowTransition>& FlowGraph::transitions()
{
    static const QList<FlowTransition> list = buildTransitions();
    return list;
}

bool FlowGraph::contains(const QString& from, const QString& to)
{
    for (const FlowTransition& t : transitions()) {
        if (t.from == from && t.to == to) {
            return true;
        }
    }
    return false;
}

} // namespace voicepay
