#pragma once

#include "sim/flowcoverage.h"
#include "sim/scenariorunner.h"

#include <QList>
#include <QString>
#include <functional>

namespace voicepay {

// How one scenario file of a suite ended.
struct SuiteEntry
{
    enum class Status { Passed, Failed, Error };
    QString file; // the file's name within the folder
    Status status = Status::Error;
    QString detail; // Failed: the first difference; Error: why it could not be read or run
};

struct SuiteResult
{
    QList<SuiteEntry> entries; // in file-name order
    FlowCoverage coverage; // of the calls that ran
    int passed = 0;
    int failed = 0; // ran, and the result differs from `expect`
    int broken = 0; // could not be read or run, or a hook refused it
    bool cancelled = false;
};

// The scenario suite: every *.json file of a folder run through ScenarioRunner (each under its own
// configuration overrides on top of the options' configuration), compared with its `expect`, and the flow
// coverage of the lot. `voicepay-sim test` and the console's suite panel both run it.
class ScenarioSuite
{
public:
    // Called after each call that ran (e.g. to record it); false with an error marks the file broken.
    using AfterRun = std::function<bool(const ScenarioRun& run, const QString& path, QString* error)>;
    // Before file `index` of `total` (and once with index == total at the end); false stops the suite.
    using Progress = std::function<bool(int index, int total)>;
    // Each file as it finishes.
    using EntryDone = std::function<void(const SuiteEntry& entry)>;

    static QStringList files(const QString& folder); // the scenario files, by name
    static SuiteResult run(const QString& folder, const RunOptions& options, const AfterRun& afterRun = {},
        const Progress& progress = {}, const EntryDone& entryDone = {});
};

} // namespace voicepay
