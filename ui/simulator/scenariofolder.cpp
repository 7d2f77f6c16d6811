#include "simulator/scenariofolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace voicepay::ui {

namespace {
const QString kSetting = QStringLiteral("simulator/scenarioFolder");
}

QStringList ScenarioFolder::shippedCandidates()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    return { QDir::cleanPath(bin.filePath(QStringLiteral("../share/voicepay/scenarios"))),
        QDir::cleanPath(bin.filePath(QStringLiteral("scenarios"))) };
}

QString ScenarioFolder::current()
{
    const QString remembered = QSettings().value(kSetting).toString();
    if (!remembered.isEmpty() && QDir(remembered).exists()) {
        return remembered;
    }
    for (const QString& candidate : shippedCandidates()) {
        if (QDir(candidate).exists()) {
            return candidate;
        }
    }
    return QString();
}

void ScenarioFolder::remember(const QString& folder)
{
    QSettings().setValue(kSetting, folder);
}

} // namespace voicepay::ui
