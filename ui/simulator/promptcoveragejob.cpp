#include "simulator/promptcoveragejob.h"

#include "sim/flowcoverage.h"
#include "sim/scenariorunner.h"

#include <QDir>
#include <QPromise>
#include <QtConcurrent>

namespace voicepay::ui {

namespace {
void runAll(const QString& folder, PromptCoverage& out, const std::function<bool(int, int)>& progress)
{
    const QFileInfoList files
        = QDir(folder).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    FlowCoverage coverage;
    RunOptions options;
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (progress && !progress(int(i), int(files.size()))) {
            return;
        }
        QString why;
        auto scenario = Scenario::fromFile(files.at(i).filePath(), &why);
        if (!scenario) {
            out.failures << why;
            continue;
        }
        const ScenarioRun run = ScenarioRunner::run(*scenario, options);
        if (!run.ok) {
            out.failures << files.at(i).fileName() + QStringLiteral(": ") + run.error;
            continue;
        }
        coverage.add(run);
        ++out.scenarios;
    }
    out.played = coverage.playedPrompts();
    out.missingPrompts = coverage.missingPrompts();
    out.missingNodes = coverage.missingNodes();
    if (progress) {
        progress(int(files.size()), int(files.size()));
    }
}
} // namespace

QString PromptCoverageJob::defaultFolder()
{
    return QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/scenarios");
}

PromptCoverage PromptCoverageJob::runNow(const QString& folder)
{
    PromptCoverage out;
    runAll(folder, out, {});
    return out;
}

QFuture<PromptCoverage> PromptCoverageJob::start(const QString& folder)
{
    return QtConcurrent::run([folder](QPromise<PromptCoverage>& promise) {
        PromptCoverage out;
        runAll(folder, out, [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
            return !promise.isCanceled();
        });
        promise.addResult(out);
    });
}

} // namespace voicepay::ui
