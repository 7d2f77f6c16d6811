#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace voicepay {

// The collection steps of the payment flow; their names are part of the scenario and result formats.
enum class Step {
    AccountNumber,
    Pin,
    AmountChoice,
    AmountEntry,
    CardNumber,
    Expiry,
    SecurityCode,
    Confirm,
    CorrectionChoice,
};

QString stepName(Step step);
std::optional<Step> stepFromName(const QString& name);
QList<Step> allSteps();

// The steps whose keys are card data or a PIN: kept in SensitiveDigits only, never echoed, logged or shown.
// The one definition of that rule; the engine (CollectSpec::sensitive) and the console both ask it. Inline:
// the engine asks on every key.
inline bool isSensitive(Step step)
{
    return step == Step::Pin || step == Step::CardNumber || step == Step::SecurityCode;
}

// Pending: the gateway holds the charge for review; reconciliation settles it later.
enum class Outcome { Success, DeclinedMax, AuthFailed, InputFailed, TechnicalError, Hangup, Pending };
QString outcomeName(Outcome outcome);
std::optional<Outcome> outcomeFromName(const QString& name);
QList<Outcome> allOutcomes();

} // namespace voicepay

// The flow graph built on these names; included here for the files that use both.
#include "flow/flowgraph.h"
