#include "runsetup.h"
#include "sim/flowcoverage.h"
#include "simcommands.h"

#include <QDir>
#include <QFileInfo>

namespace voicepay::sim {

int testCommand(const QStringList& args)
{
    RunSetup setup;
    QStringList positional;
    QString error;
    if (!prepareRun(args, setup, positional, &error)) {
        return usageError(error);
    }
    if (positional.size() != 1) {
        return usageError(
            QStringLiteral("usage: voicepay-sim test DIR [--config CONFIG.json] [--date YYYY-MM-DD]"));
    }
    const QDir dir(positional.first());
    if (!dir.exists()) {
        return usageError(QStringLiteral("%1: no such folder").arg(dir.path()));
    }
    const QFileInfoList files = dir.entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        return usageError(QStringLiteral("%1: no scenario files (*.json)").arg(dir.path()));
    }
    FlowCoverage coverage;
    int passed = 0;
    int failed = 0;
    int broken = 0;
    for (const QFileInfo& file : files) {
        const auto scenario = Scenario::fromFile(file.filePath(), &error);
        if (!scenario) {
            out() << "ERROR " << file.fileName() << ": " << error << "\n";
            ++broken;
            continue;
        }
        const ScenarioRun run = ScenarioRunner::run(*scenario, setup.options);
        if (!run.ok) {
            out() << "ERROR " << file.fileName() << ": " << run.error << "\n";
            ++broken;
            continue;
        }
        for (const auto& after : setup.afterRun) {
            if (!after(run, file.filePath(), &error)) {
                out() << "ERROR " << file.fileName() << ": " << error << "\n";
                ++broken;
            }
        }
        coverage.add(run);
        const QString diff = ScenarioRunner::firstDifference(scenario->expect, run.result.toJson());
        if (diff.isEmpty()) {
            out() << "PASS  " << file.fileName() << "\n";
            ++passed;
        } else {
            out() << "FAIL  " << file.fileName() << ": " << diff << "\n";
            ++failed;
        }
    }
    out() << "\n" << coverage.report() << "\n";
    out() << passed << " passed, " << (failed + broken) << " failed\n";
    out().flush();
    for (const auto& end : setup.atEnd) {
        QString why;
        if (!end(&why)) {
            err() << "voicepay-sim: " << why << "\n";
            err().flush();
            ++broken;
        }
    }
    if (broken > 0) {
        return 2;
    }
    return failed > 0 ? 1 : 0;
}

} // namespace voicepay::sim
