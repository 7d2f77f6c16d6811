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

// Pending: the gateway holds the charge for review; reconciliation settles it later.
enum class Outcome { Success, DeclinedMax, AuthFailed, InputFailed, TechnicalError, Hangup, Pending };
QString outcomeName(Outcome outcome);
std::optional<Outcome> outcomeFromName(const QString& name);
QList<Outcome> allOutcomes();

// The flow as data: the nodes (collection steps, the gateway, the outcomes) and every transition the engine
// can take, so the console can draw it and a scenario suite can report what it never visited.
struct FlowTransition
{
    QString from; // node name
    QString to;
    QString event; // what makes the flow take it
};

class FlowGraph
{
public:
    static QStringList nodes(); // "start", the step names, "authorize", the outcome names
    static const QList<FlowTransition>& transitions();
    static bool contains(const QString& from, const QString& to);
};

} // namespace voicepay
