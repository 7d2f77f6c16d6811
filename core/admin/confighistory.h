#pragma once

#include "config/flowconfig.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace voicepay {

// One saved version of the configuration: who saved it, when (UTC milliseconds), how ("saved", "rolled_back",
// "initial" for the file as it was before the first save the history saw) and the file's content. The
// configuration file holds no secrets (the gateway key lives in the keychain), so neither does this.
struct ConfigVersion
{
    qint64 id = 0;
    qint64 atMs = 0;
    QString actor;
    QString kind;
    qint64 fromId = 0; // rolled_back: the version it restored
    FlowConfig config;
    QString digest; // FlowConfig::version()
};

// Every saved version of the configuration, in the admin tables beside the audit trail (admin schema 5).
// Versions are only added: the table refuses UPDATE and DELETE by trigger, as the audit trail does.
class ConfigHistory
{
public:
    explicit ConfigHistory(QSqlDatabase db);

    // Appends a version; its id is one more than the last. False with the reason.
    bool append(const QString& actor, const QString& kind, const FlowConfig& config, qint64 atMs,
        qint64 fromId, QString* error);
    // Newest first, at most `limit`; false with the reason when the table cannot be read.
    bool versions(QList<ConfigVersion>* out, QString* error, int limit = 500) const;
    std::optional<ConfigVersion> version(qint64 id, QString* error) const;
    qint64 count() const;

private:
    QSqlDatabase m_db;
};

} // namespace voicepay
