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
    // Shared, not built again: the flow looks names up on every transition.
    static const QList<Step> all { Step::AccountNumber, Step::Pin, Step::AmountChoice, Step::AmountEntry,
        Step::CardNumber, Step::Expiry, Step::SecurityCode, Step::Confirm, Step::CorrectionChoice };
    return all;
}

bool isSensitive(Step step)
{
    return step == Step::Pin || step == Step::CardNumber || step == Step::SecurityCode;
}

std::optional<Step> stepFromName(const QString& name)
{
    // A const copy: looping over the returned list itself would detach it from the shared one (a copy
    // on every transition of every call).
    const QList<Step> steps = allSteps();
    for (Step s : steps) {
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
    static const QList<Outcome> all { Outcome::Success, Outcome::DeclinedMax, Outcome::AuthFailed,
        Outcome::InputFailed, Outcome::TechnicalError, Outcome::Hangup, Outcome::Pending };
    return all;
}

std::optional<Outcome> outcomeFromName(const QString& name)
{
    const QList<Outcome> outcomes = allOutcomes(); // const: see stepFromName
    for (Outcome o : outcomes) {
        if (outcomeName(o) == name) {
            return o;
        }
    }
    return std::nullopt;
}

} // namespace voicepay
