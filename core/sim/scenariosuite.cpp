#include "scenariosuite.h"

#include <QDir>
#include <QFileInfo>

namespace voicepay {

QStringList ScenarioSuite::files(const QString& folder)
{
    QStringList out;
    const QFileInfoList found
        = QDir(folder).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QFileInfo& f : found) {
        out << f.filePath();
    }
    return out;
}

SuiteResult ScenarioSuite::run(const QString& folder, const RunOptions& options, const AfterRun& afterRun,
    const Progress& progress, const EntryDone& entryDone)
{
    SuiteResult result;
    const QStringList paths = files(folder);
    const int total = int(paths.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            result.cancelled = true;
            return result;
        }
        SuiteEntry entry;
        entry.file = QFileInfo(paths.at(i)).fileName();
        QString error;
        const auto scenario = Scenario::fromFile(paths.at(i), &error);
        const ScenarioRun run = scenario ? ScenarioRunner::run(*scenario, options) : ScenarioRun();
        if (!scenario || !run.ok) {
            entry.detail = scenario ? run.error : error;
        } else if (afterRun && !afterRun(run, paths.at(i), &error)) {
            entry.detail = error;
            result.coverage.add(run);
        } else {
            result.coverage.add(run);
            entry.detail = ScenarioRunner::firstDifference(scenario->expect, run.result.toJson());
            entry.status = entry.detail.isEmpty() ? SuiteEntry::Status::Passed : SuiteEntry::Status::Failed;
        }
        switch (entry.status) {
        case SuiteEntry::Status::Passed:
            ++result.passed;
            break;
        case SuiteEntry::Status::Failed:
            ++result.failed;
            break;
        case SuiteEntry::Status::Error:
            ++result.broken;
            break;
        }
        result.entries.append(entry);
        if (entryDone) {
            entryDone(entry);
        }
    }
    if (progress) {
        progress(total, total);
    }
    return result;
}

} // namespace voicepay
