#pragma once

#include "config/flowconfig.h"

#include <QString>

namespace voicepay::ui {

// Where the console keeps its configuration file, and how it loads it on start.
class ConfigLocation
{
public:
    static QString filePath(); // <AppConfigLocation>/flow.json
    // The wallboard's KPI thresholds (KpiThresholds' JSON file) kept beside a configuration file, and beside
    // the console's own: <AppConfigLocation>/thresholds.json.
    static QString thresholdsPathBeside(const QString& configPath);
    static QString thresholdsPath();
    // The file's configuration, or the embedded defaults when there is no file. A bad file gives the
    // defaults and a reason in `warning`.
    static FlowConfig load(QString* warning);
};

} // namespace voicepay::ui
