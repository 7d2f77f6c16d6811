#pragma once

#include <QFuture>
#include <QSet>
#include <QString>
#include <QStringList>

namespace voicepay::ui {

struct PromptCoverage
{
    int scenarios = 0; // files run
    QStringList failures; // files that could not be read or run, with the reason
    QSet<QString> played; // prompt variants played
    QStringList missingPrompts;
    QStringList missingNodes;
};

// Runs every scenario file of a folder through ScenarioRunner and FlowCoverage on a worker thread, reporting
// progress per file.
class PromptCoverageJob
{
public:
    static QString defaultFolder(); // the source tree's tests/scenarios, when it is there
    static QFuture<PromptCoverage> start(const QString& folder);
    static PromptCoverage runNow(const QString& folder); // the same, on the calling thread
};

} // namespace voicepay::ui
