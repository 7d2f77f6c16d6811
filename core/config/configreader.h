#pragma once

#include "config/flowconfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace voicepay {

// Reads and writes the configuration file by the key table (configkeys.h): a key's type, range or allowed
// values decide what is accepted, and the message names the key at fault.
class ConfigReader
{
public:
    // Applies the keys of `json` over `config`. Unknown keys and bad values are refused with the key's name.
    static bool apply(const QJsonObject& json, FlowConfig& config, QString* error);
    static std::optional<FlowConfig> fromJson(
        const QByteArray& data, QString* error, const FlowConfig& base = FlowConfig());
    static std::optional<FlowConfig> fromFile(const QString& path, QString* error);
    // Writes through a temporary file and a rename, so a crash never leaves half a file.
    static bool saveFile(const FlowConfig& config, const QString& path, QString* error);
    static QStringList knownKeys();
};

} // namespace voicepay
