#include "simulator/promptcoveragejob.h"

#include "sim/scenariosuite.h"
#include "simulator/scenariofolder.h"

#include <QDir>
#include <QPromise>
#include <QtConcurrent>

namespace voicepay::ui {

namespace {
// The suite as `voicepay-sim test` runs it; the explorer reads which prompts it played.
void runAll(const QString& folder, PromptCoverage& out, const ScenarioSuite::Progress& progress)
{
    const SuiteResult suite = ScenarioSuite::run(folder, RunOptions(), {}, progress);
    for (const SuiteEntry& e : suite.entries) {
        if (e.status == SuiteEntry::Status::Error) {
            out.failures << e.file + QStringLiteral(": ") + e.detail;
        }
    }
    out.scenarios = suite.passed + suite.failed;
    out.played = suite.coverage.playedPrompts();
    out.missingPrompts = suite.coverage.missingPrompts();
    out.missingNodes = suite.coverage.missingNodes();
}
} // namespace

QString PromptCoverageJob::defaultFolder()
{
    return ScenarioFolder::current();
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
