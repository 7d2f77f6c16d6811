#pragma once

#include "call/callinput.h"
#include "config/flowconfig.h"
#include "flow/callcontext.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace voicepay {

// One caller action in a scenario: the answer to one collection step.
using ScenarioInput = CallInput;

// A call to run: the context, configuration overrides, the caller's answers and what to expect.
struct Scenario
{
    QString name;
    QString description;
    CallContext call;
    QJsonObject configOverrides;
    QDate date; // invalid: the run's date
    QList<ScenarioInput> inputs;
    QJsonObject expect; // any result keys; "steps" as names or {"step", "prompts"} objects

    QJsonObject toJson() const;
    static std::optional<Scenario> fromJson(const QByteArray& data, QString* error);
    static std::optional<Scenario> fromFile(const QString& path, QString* error);
};

} // namespace voicepay
