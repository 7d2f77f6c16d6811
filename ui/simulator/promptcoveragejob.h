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

// Runs the scenario suite of a folder (ScenarioSuite) on a worker thread for the prompts it plays, reporting
// progress per file.
class PromptCoverageJob
{
public:
    static QString defaultFolder(); // ScenarioFolder::current(): the last used, or the shipped suite
    static QFuture<PromptCoverage> start(const QString& folder);
    static PromptCoverage runNow(const QString& folder); // the same, on the calling thread
};

} // namespace voicepay::ui
