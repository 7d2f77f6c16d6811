#include "config/configlocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace voicepay::ui {

QString ConfigLocation::filePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("flow.json"));
}

QString ConfigLocation::thresholdsPathBeside(const QString& configPath)
{
    return QFileInfo(configPath).absoluteDir().filePath(QStringLiteral("thresholds.json"));
}

QString ConfigLocation::thresholdsPath()
{
    return thresholdsPathBeside(filePath());
}

FlowConfig ConfigLocation::load(QString* warning)
{
    const QString path = filePath();
    if (!QFileInfo::exists(path)) {
        return FlowConfig();
    }
    QString why;
    auto config = ConfigReader::fromFile(path, &why);
    if (!config) {
        if (warning) {
            *warning = QCoreApplication::translate("voicepay::ui::ConfigLocation",
                "The configuration file could not be used (%1); the defaults are in effect.")
                           .arg(why);
        }
        return FlowConfig();
    }
    return *config;
}

} // namespace voicepay::ui
