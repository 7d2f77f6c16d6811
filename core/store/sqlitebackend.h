#pragma once

#include "storebackend.h"

namespace voicepay {

// The embedded default: one file, WAL journal so readers never block the writer, synchronous=NORMAL (a killed
// process keeps every committed transaction; a power cut may lose the last ones, never the file).
class SqliteBackend : public StoreBackend
{
public:
    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    bool open(QSqlDatabase& db, const StoreUrl& url, QString* error) const override;
    QString autoIdColumn() const override { return QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"); }
    QString keyedTableOptions() const override { return QStringLiteral(" WITHOUT ROWID"); }
    QString integerKeyColumn() const override { return QStringLiteral("INTEGER PRIMARY KEY"); }
    QString blobColumn() const override { return QStringLiteral("BLOB"); }
    QString textToBlob(const QString& column) const override
    {
        return QStringLiteral("CAST(%1 AS BLOB)").arg(column);
    }
    // In process, a statement costs no round trip, and the Qt driver's binding grows with the parameter
    // count.
    int insertChunkRows(int) const override { return 1; }
    QStringList migrationBegin() const override { return { QStringLiteral("BEGIN IMMEDIATE") }; }
    QString monthStartExpression(const QString& column) const override
    {
        return QStringLiteral("CAST(strftime('%s', %1, 'unixepoch', 'start of month') AS INTEGER)")
            .arg(column);
    }
    QString columnCountQuery(const QString& table, const QString& column) const override
    {
        return QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('%1') WHERE name = '%2'")
            .arg(table, column);
    }
    QString snapshotBegin() const override { return QStringLiteral("BEGIN"); }
};

} // namespace voicepay
