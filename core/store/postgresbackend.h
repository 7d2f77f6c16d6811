#pragma once

#include "storebackend.h"

#include <algorithm>

namespace voicepay {

// Several sites write to one server and several consoles read it; a commit NOTIFYs the listening consoles.
class PostgresBackend : public StoreBackend
{
public:
    static QString notificationChannel() { return QStringLiteral("voicepay_sessions"); }

    QString driverName() const override { return QStringLiteral("QPSQL"); }
    bool open(QSqlDatabase& db, const StoreUrl& url, QString* error) const override;
    QString autoIdColumn() const override { return QStringLiteral("BIGSERIAL PRIMARY KEY"); }
    QString keyedTableOptions() const override { return QString(); }
    QString integerKeyColumn() const override { return QStringLiteral("BIGINT PRIMARY KEY"); }
    QString blobColumn() const override { return QStringLiteral("BYTEA"); }
    QString textToBlob(const QString& column) const override
    {
        return QStringLiteral("convert_to(%1, 'UTF8')").arg(column);
    }
    int insertChunkRows(int columns) const override { return std::max(1, 2000 / columns); }
    QStringList migrationBegin() const override;
    QString monthStartExpression(const QString& column) const override
    {
        return QStringLiteral(
            "CAST(EXTRACT(EPOCH FROM date_trunc('month', to_timestamp(%1) AT TIME ZONE 'UTC')) AS BIGINT)")
            .arg(column);
    }
    QString columnCountQuery(const QString& table, const QString& column) const override
    {
        return QStringLiteral(
            "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = '%1' AND column_name = '%2'")
            .arg(table, column);
    }
    QString snapshotBegin() const override
    {
        return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    }
    QString commitNotification() const override { return QStringLiteral("NOTIFY ") + notificationChannel(); }
    bool supportsNotifications() const override { return true; }
};

} // namespace voicepay
