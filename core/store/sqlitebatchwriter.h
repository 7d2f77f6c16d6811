#pragma once

#include "batchwriter.h"
#include "sqlitestatement.h"

#include <array>

namespace voicepay {

class RollupDelta;

// BatchWriter's work on SQLite, through the C API on the connection QtSql opened (QtSql stays its owner):
// the sessions, their events and replays, and the rollup upserts of a batch in one transaction, each with a
// statement prepared once. Must be destroyed before that connection closes.
class SqliteBatchWriter
{
public:
    explicit SqliteBatchWriter(sqlite3* db);

    std::optional<QList<CommittedSession>> write(const QList<SessionRecord>& batch, QString* error);
    void setWalCheckpointPages(int pages) { m_walCheckpointPages = pages; } // applied with the statements

private:
    bool prepare(QString* error);
    bool exec(const char* sql, QString* error);
    bool insertSession(const SessionRecord& r, QString* error);
    bool insertDetails(const SessionRecord& r, qint64 seq, QString* error);
    bool insertRefs(const SessionRecord& r, qint64 seq, QString* error);
    bool writeRollups(const RollupDelta& delta, QString* error);

    sqlite3* m_db;
    int m_walCheckpointPages = 0;
    SqliteStatement m_session;
    SqliteStatement m_event;
    SqliteStatement m_replay;
    SqliteStatement m_ref; // session_refs: transaction id and payment reference
    std::array<SqliteStatement, 12> m_rollups; // per granularity: cube, counts, durations
};

} // namespace voicepay
