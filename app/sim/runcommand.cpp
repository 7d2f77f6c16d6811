#include "simcommands.h"
#include "simoptions.h"

#include "sim/scenariorunner.h"

#include <QJsonDocument>

namespace voicepay::sim {

int runCommand(const QStringList& args)
{
    QString error;
    const auto options = parseCommonOptions(args, {}, &error);
    if (!options) {
        return usageError(error);
    }
    if (options->positional.size() != 1) {
        return usageError(QStringLiteral(
            "usage: voicepay-sim run SCENARIO.json [--config CONFIG.json] [--date YYYY-MM-DD]"));
    }
    const auto scenario = Scenario::fromFile(options->positional.first(), &error);
    if (!scenario) {
        return usageError(error);
    }
    RunOptions runOptions;
    runOptions.config = options->config;
    runOptions.date = options->date;
    const ScenarioRun run = ScenarioRunner::run(*scenario, runOptions);
    if (!run.ok) {
        return usageError(options->positional.first() + QStringLiteral(": ") + run.error);
    }
    const QJsonObject result = run.result.toJson();
    out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    out().flush();
    if (!scenario->expect.isEmpty()) {
        const QString diff = ScenarioRunner::firstDifference(scenario->expect, result);
        if (!diff.isEmpty()) {
            err() << "expectation not met: " << diff << "\n";
            return 1;
        }
    }
    return 0;
}

} // namespace voicepay::sim
