#include "runsetup.h"
#include "sim/scenariosuite.h"
#include "simcommands.h"

#include <QDir>

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
    if (ScenarioSuite::files(dir.path()).isEmpty()) {
        return usageError(QStringLiteral("%1: no scenario files (*.json)").arg(dir.path()));
    }
    const auto afterRun = [&setup](const ScenarioRun& run, const QString& path, QString* why) {
        for (const auto& after : setup.afterRun) {
            if (!after(run, path, why)) {
                return false;
            }
        }
        return true;
    };
    const SuiteResult suite
        = ScenarioSuite::run(dir.path(), setup.options, afterRun, {}, [](const SuiteEntry& entry) {
              switch (entry.status) {
              case SuiteEntry::Status::Passed:
                  out() << "PASS  " << entry.file << "\n";
                  break;
              case SuiteEntry::Status::Failed:
                  out() << "FAIL  " << entry.file << ": " << entry.detail << "\n";
                  break;
              case SuiteEntry::Status::Error:
                  out() << "ERROR " << entry.file << ": " << entry.detail << "\n";
                  break;
              }
          });
    const FlowCoverage& coverage = suite.coverage;
    const int passed = suite.passed;
    const int failed = suite.failed;
    int broken = suite.broken;
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
