#pragma once

#include "storeurl.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>

namespace voicepay {

// What differs between the SQL databases the store runs on; everything else is shared SQL.
class StoreBackend
{
public:
    virtual ~StoreBackend() = default;
    static std::unique_ptr<StoreBackend> create(const StoreUrl& url);

    virtual QString driverName() const = 0;
    // Opens `db` (added with driverName()) and applies the per-connection settings.
    virtual bool open(QSqlDatabase& db, const StoreUrl& url, QString* error) const = 0;
    // A column definition for an auto-incrementing 64-bit primary key.
    virtual QString autoIdColumn() const = 0;
    // Appended to CREATE TABLE of tables keyed by their primary key alone.
    virtual QString keyedTableOptions() const = 0;
    // A 64-bit integer primary key given by the writer (in SQLite the row id itself, so a table of large
    // values keyed by it stores each value once, beside its key).
    virtual QString integerKeyColumn() const = 0;
    // A column of bytes, and an expression turning the text `column` into bytes (UTF-8).
    virtual QString blobColumn() const = 0;
    virtual QString textToBlob(const QString& column) const = 0;
    // Rows per INSERT statement for a table of `columns` columns: many where each statement is a round trip.
    virtual int insertChunkRows(int columns) const = 0;
    // Takes the lock that serialises schema migrations between processes; inside an open transaction.
    virtual QStringList migrationBegin() const = 0;
    // SQL for the start (epoch seconds, UTC) of the calendar month holding the epoch-seconds `column`.
    virtual QString monthStartExpression(const QString& column) const = 0;
    // A query counting the columns `column` of `table` (0 or 1).
    virtual QString columnCountQuery(const QString& table, const QString& column) const = 0;
    // A consistent read of several statements.
    virtual QString snapshotBegin() const = 0;
    // Run inside the write transaction, so that other processes learn about new sessions at commit.
    virtual QString commitNotification() const { return QString(); }
    virtual bool supportsNotifications() const { return false; }
};

} // namespace voicepay
