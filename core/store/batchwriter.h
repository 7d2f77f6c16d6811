#pragma once

#include "chunkedinsert.h"
#include "livestart.h"
#include "sessionrecord.h"
#include "storeconnection.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <optional>

namespace voicepay {

struct CommittedSession
{
    QString sessionId;
    qint64 seq = 0; // the store's sequence number: the live feed knows which polls include it
};

// Writes sessions, their events and the rollups they add in one transaction. A session already stored
// (same id) is skipped, so replaying a batch after an error never counts twice.
class SqliteBatchWriter;
class RollupDelta;

// On SQLite the batches go through the C API (SqliteBatchWriter); on PostgreSQL through QtSql, many rows a
// statement.
class BatchWriter
{
public:
    explicit BatchWriter(StoreConnection& connection);
    ~BatchWriter();

    // SQLite's wal_autocheckpoint for this connection (KpiStore::setWalCheckpointPages); 0: the default.
    void setWalCheckpointPages(int pages);

    // Returns the sessions newly stored, or nothing (and rolls back) on error.
    std::optional<QList<CommittedSession>> write(const QList<SessionRecord>& batch, QString* error);

    // In one transaction: lists `started` as calls in progress of `writer`, removes `ended`, sets the step of
    // listed calls that moved on (`steps`: session id to step), and renews the writer's heartbeat (`nowMs`).
    // With `leaving`, removes every call and the heartbeat of the writer instead.
    bool writeLive(const QList<LiveStart>& started, const QStringList& ended,
        const QHash<QString, QString>& steps, const QString& writer, qint64 nowMs, bool leaving,
        QString* error);

private:
    void prepareStatements();
    // Inserts the batch's sessions; `inserted` receives the sequence number of each one not stored before.
    bool insertSessions(QSqlDatabase& db, const QList<SessionRecord>& batch, QHash<QString, qint64>& inserted,
        QString* error);
    // The events and replays of the sessions just inserted, and their rollups into `delta`.
    bool insertDetails(QSqlDatabase& db, const QList<SessionRecord>& batch, QHash<QString, qint64>& inserted,
        QList<CommittedSession>& stored, RollupDelta& delta, QString* error);

    StoreConnection& m_connection;
    std::optional<ChunkedInsert> m_sessions;
    std::optional<ChunkedInsert> m_events;
    std::optional<ChunkedInsert> m_replays;
    std::optional<ChunkedInsert> m_refs;
    std::unique_ptr<SqliteBatchWriter> m_sqlite;
};

} // namespace voicepay
