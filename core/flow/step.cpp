#include "step.h"

#include <QHash>

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

std::optional<Step> stepFromName(const QString& name)
{
    // Every transition of every call asks: one hash look-up instead of comparing every name.
    static const QHash<QString, Step> byName = [] {
        QHash<QString, Step> out;
        for (Step s : allSteps()) {
            out.insert(stepName(s), s);
        }
        return out;
    }();
    const auto it = byName.constFind(name);
    return it == byName.cend() ? std::nullopt : std::optional<Step>(*it);
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
    static const QHash<QString, Outcome> byName = [] { // see stepFromName
        QHash<QString, Outcome> out;
        for (Outcome o : allOutcomes()) {
            out.insert(outcomeName(o), o);
        }
        return out;
    }();
    const auto it = byName.constFind(name);
    return it == byName.cend() ? std::nullopt : std::optional<Outcome>(*it);
}

} // namespace voicepay
