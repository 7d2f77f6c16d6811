#pragma once

#include <QString>
#include <QStringList>

namespace voicepay::ui {

// Where the console looks for a scenario suite: the folder last used (remembered in QSettings
// "simulator/scenarioFolder"), else the scenarios shipped with the installed program. Never a path of the
// machine the program was built on.
class ScenarioFolder
{
public:
    static QString current(); // empty when there is none
    static void remember(const QString& folder);
    // The shipped suite's folders, beside the program: share/voicepay/scenarios under the installation
    // prefix, then a scenarios folder next to the executable.
    static QStringList shippedCandidates();
};

} // namespace voicepay::ui
