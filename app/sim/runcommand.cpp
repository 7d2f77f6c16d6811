#include "runsetup.h"
#include "simcommands.h"

#include <QJsonDocument>

namespace voicepay::sim {

int runCommand(const QStringList& args)
{
    RunSetup setup;
    QStringList positional;
    QString error;
    if (!prepareRun(args, setup, positional, &error)) {
        return usageError(error);
    }
    if (positional.size() != 1) {
        return usageError(QStringLiteral("usage: voicepay-sim run SCENARIO.json [--config CONFIG.json] "
                                         "[--date YYYY-MM-DD] [options]"));
    }
    const QString path = positional.first();
    const auto scenario = Scenario::fromFile(path, &error);
    if (!scenario) {
        return usageError(error);
    }
    const ScenarioRun run = ScenarioRunner::run(*scenario, setup.options);
    if (!run.ok) {
        return usageError(path + QStringLiteral(": ") + run.error);
    }
    int status = 0;
    for (const auto& after : setup.afterRun) {
        if (!after(run, path, &error)) {
            err() << "voicepay-sim: " << error << "\n";
            status = 2;
        }
    }
    const QJsonObject result = run.result.toJson();
    out() << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    out().flush();
    for (const auto& end : setup.atEnd) {
        QString why;
        if (!end(&why)) {
            err() << "voicepay-sim: " << why << "\n";
            err().flush();
            status = 2;
        }
    }
    if (status != 0) {
        return status;
    }
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
