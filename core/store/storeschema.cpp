#include "storeschema.h"

#include "sessionrefsbackfill.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace voicepay {

namespace {
constexpr int kLatestVersion = 11;

QString translated(const char* text)
{
    return QCoreApplication::translate("StoreSchema", text);
}

bool exec(QSqlQuery& q, const QString& sql, QString* error)
{
    if (!q.exec(sql)) {
        *error = translated(QT_TRANSLATE_NOOP("StoreSchema", "schema: %1 (%2)"))
                     .arg(q.lastError().text().trimmed(), sql.left(80));
        return false;
    }
    return true;
}
} // namespace

int StoreSchema::latestVersion()
{
    return kLatestVersion;
}

QString StoreSchema::rollupTable(Granularity g)
{
    return QStringLiteral("rollup_") + granularityName(g);
}

QString StoreSchema::countsTable(Granularity g)
{
    return QStringLiteral("counts_") + granularityName(g);
}

QString StoreSchema::durationsTable(Granularity g)
{
    return QStringLiteral("durations_") + granularityName(g);
}

// The first three versions: sessions, events and rollups, month rollups, events keyed by sequence number.
QStringList StoreSchema::firstMigrations(int version, const StoreBackend& backend)
{
    const QString keyed = backend.keyedTableOptions();
    QStringList sql;
    if (version == 1) {
        sql << QStringLiteral(
            "CREATE TABLE sessions (seq %1, session_id TEXT NOT NULL UNIQUE, site TEXT NOT NULL, "
            "call_type TEXT NOT NULL, config_version TEXT NOT NULL, started_at BIGINT NOT NULL, "
            "ended_at BIGINT NOT NULL, outcome TEXT NOT NULL, call_exit TEXT NOT NULL, amount TEXT NOT NULL, "
            "currency TEXT NOT NULL, brand TEXT NOT NULL, last4 TEXT NOT NULL CHECK (length(last4) <= 4), "
            "declines INTEGER NOT NULL, attempts INTEGER NOT NULL, duration_ms BIGINT NOT NULL, "
            "reason TEXT NOT NULL, last_step TEXT NOT NULL, decline_reasons TEXT NOT NULL, path TEXT NOT "
            "NULL)")
                   .arg(backend.autoIdColumn())
            << QStringLiteral("CREATE INDEX sessions_started_at ON sessions (started_at)")
            << QStringLiteral(
                   "CREATE TABLE events (session_id TEXT NOT NULL, idx INTEGER NOT NULL, "
                   "at_ms BIGINT NOT NULL, kind TEXT NOT NULL, step TEXT NOT NULL, detail TEXT NOT NULL, "
                   "PRIMARY KEY (session_id, idx))")
                + keyed;
        for (Granularity g : { Granularity::Minute, Granularity::Hour, Granularity::Day }) {
            sql << rollupTables(g, keyed);
        }
    }
    if (version == 2) {
        // Month rollups, so that a long range sums its whole months from a few rows; filled from the days.
        const QString month = backend.monthStartExpression(QStringLiteral("bucket"));
        sql << rollupTables(Granularity::Month, keyed)
            << QStringLiteral(
                   "INSERT INTO %1 SELECT %2, site, config_version, call_type, outcome, call_exit, brand, "
                   "SUM(sessions), SUM(duration_ms), SUM(attempts), SUM(declines) FROM %3 "
                   "GROUP BY %2, site, config_version, call_type, outcome, call_exit, brand")
                   .arg(rollupTable(Granularity::Month), month, rollupTable(Granularity::Day))
            << QStringLiteral(
                   "INSERT INTO %1 SELECT %2, site, config_version, family, name, detail, SUM(n) FROM %3 "
                   "GROUP BY %2, site, config_version, family, name, detail")
                   .arg(countsTable(Granularity::Month), month, countsTable(Granularity::Day))
            << QStringLiteral("INSERT INTO %1 SELECT %2, site, config_version, outcome, bin, SUM(n) FROM %3 "
                              "GROUP BY %2, site, config_version, outcome, bin")
                   .arg(durationsTable(Granularity::Month), month, durationsTable(Granularity::Day));
    }
    if (version == 3) {
        // Events keyed by the session's sequence number: a batch appends to the end of the tree instead of
        // touching pages all over it (as random session ids do), which keeps commits small.
        sql << QStringLiteral(
                   "CREATE TABLE events_by_seq (session_seq BIGINT NOT NULL, idx INTEGER NOT NULL, "
                   "at_ms BIGINT NOT NULL, kind TEXT NOT NULL, step TEXT NOT NULL, detail TEXT NOT NULL, "
                   "PRIMARY KEY (session_seq, idx))")
                + keyed
            << QStringLiteral(
                   "INSERT INTO events_by_seq SELECT s.seq, e.idx, e.at_ms, e.kind, e.step, e.detail "
                   "FROM events e JOIN sessions s ON s.session_id = e.session_id")
            << QStringLiteral("DROP TABLE events")
            << QStringLiteral("ALTER TABLE events_by_seq RENAME TO events");
    }
    return sql;
}

QStringList StoreSchema::migration(int version, const StoreBackend& backend)
{
    const QString keyed = backend.keyedTableOptions();
    QStringList sql = firstMigrations(version, backend);
    if (version == 4) {
        // What the session browser replays beyond the events: each step's prompts and the transfer context,
        // masked as the call result is (a JSON document per session).
        sql << QStringLiteral(
                   "CREATE TABLE replays (session_seq BIGINT NOT NULL PRIMARY KEY, body TEXT NOT NULL)")
                + keyed;
    }
    if (version == 5) {
        // Calls in progress, so that every console counts the calls of every site: a writer lists the calls
        // that outlast a batch and keeps a heartbeat; a killed writer's calls stop counting when its
        // heartbeat ages.
        sql << QStringLiteral(
                   "CREATE TABLE live_calls (session_id TEXT NOT NULL PRIMARY KEY, writer TEXT NOT NULL, "
                   "site TEXT NOT NULL, call_type TEXT NOT NULL, started_at BIGINT NOT NULL)")
                + keyed
            << QStringLiteral(
                   "CREATE TABLE live_writers (writer TEXT NOT NULL PRIMARY KEY, seen_at BIGINT NOT NULL)")
                + keyed;
    }
    if (version == 6) {
        // The payment journal: one row per charge submission, committed before the request leaves, so that a
        // charge whose process died is found and reconciled at the next start. Brand and last four at most.
        sql << QStringLiteral(
                   "CREATE TABLE payment_journal (invoice TEXT NOT NULL PRIMARY KEY, session_id TEXT NOT "
                   "NULL, "
                   "amount TEXT NOT NULL, currency TEXT NOT NULL, brand TEXT NOT NULL, last4 TEXT NOT NULL "
                   "CHECK (length(last4) <= 4), merchant_login TEXT NOT NULL, gateway TEXT NOT NULL, "
                   "site TEXT NOT NULL, call_type TEXT NOT NULL, config_version TEXT NOT NULL, "
                   "submitted_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, state TEXT NOT NULL, "
                   "transaction_id TEXT NOT NULL, resolution TEXT NOT NULL, detail TEXT NOT NULL)")
                + keyed
            << QStringLiteral("CREATE INDEX payment_journal_state ON payment_journal (state)")
            << QStringLiteral("CREATE INDEX payment_journal_session ON payment_journal (session_id)");
    }
    if (version == 7) {
        // Replays compressed (SessionReplay::toStored) in a table keyed by the row id: a few hundred bytes a
        // session instead of about 3 KB of text in a WITHOUT ROWID tree. Rows stored before keep their JSON
        // text (as bytes), which SessionReplay::fromStored() still reads.
        sql << QStringLiteral("CREATE TABLE replays_v7 (session_seq %1, body %2 NOT NULL)")
                   .arg(backend.integerKeyColumn(), backend.blobColumn())
            << QStringLiteral(
                   "INSERT INTO replays_v7 (session_seq, body) SELECT session_seq, %1 FROM replays")
                   .arg(backend.textToBlob(QStringLiteral("body")))
            << QStringLiteral("DROP TABLE replays")
            << QStringLiteral("ALTER TABLE replays_v7 RENAME TO replays");
    }
    if (version == 8) {
        sql << testCallMigration(keyed);
    }
    if (version == 9) {
        sql << searchMigration(backend);
    }
    if (version == 10) {
        // The channel a call came in on ('phone': voicepay-ivr; empty: the console's simulator and the
        // tools) and the flow node it is at, so that the console's phone line lists its calls in progress
        // from the one table that says which calls run.
        sql << QStringLiteral("ALTER TABLE live_calls ADD COLUMN channel TEXT NOT NULL DEFAULT ''")
            << QStringLiteral("ALTER TABLE live_calls ADD COLUMN step TEXT NOT NULL DEFAULT ''");
    }
    if (version == 11) {
        sql << SessionRefsBackfill::migration();
    }
    return sql;
}

// Schema 9: the session browser pages through millions of sessions by key (never by offset), so each page
// walks an index in the order it shows: the start, the duration, and the filters a supervisor narrows by
// whose values can be rare (outcome, brand, last four). SQLite ends every index with the row id (seq)
// already; PostgreSQL needs it spelt out for the key's last column. Transaction ids and payment references
// live in the compressed replay, so they get a lookup table of their own (written with the session from
// now on; sessions stored before are not found by them). Written to run again on a database that has them
// (one taken back to an older version by hand).
QStringList StoreSchema::searchMigration(const StoreBackend& backend)
{
    const bool explicitSeq = backend.driverName() != QLatin1String("QSQLITE");
    auto index = [explicitSeq](const QString& name, const QString& columns) {
        return QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON sessions (%2%3)")
            .arg(name, columns, explicitSeq ? QStringLiteral(", seq") : QString());
    };
    QStringList sql;
    if (explicitSeq) {
        sql << QStringLiteral("DROP INDEX IF EXISTS sessions_started_at")
            << index(QStringLiteral("sessions_started_at"), QStringLiteral("started_at"));
    }
    sql << index(QStringLiteral("sessions_duration"), QStringLiteral("duration_ms"))
        << index(QStringLiteral("sessions_outcome"), QStringLiteral("outcome, started_at"))
        << index(QStringLiteral("sessions_brand"), QStringLiteral("brand, started_at"))
        << index(QStringLiteral("sessions_last4"), QStringLiteral("last4, started_at"))
        << QStringLiteral("CREATE TABLE IF NOT EXISTS session_refs (kind TEXT NOT NULL, ref TEXT NOT NULL, "
                          "session_seq BIGINT NOT NULL, PRIMARY KEY (kind, ref, session_seq))")
            + backend.keyedTableOptions();
    return sql;
}

// Schema 8: simulated calls (the console's simulator, scenario runs) are flagged, and the rollups keep them
// apart, so that the KPIs leave them out unless asked. Every rollup table gets is_test in its key: a new
// table, the rows copied as real calls (which is what they were counted as), the old one dropped.
QStringList StoreSchema::testCallMigration(const QString& keyed)
{
    QStringList sql { QStringLiteral("ALTER TABLE sessions ADD COLUMN is_test INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE live_calls ADD COLUMN is_test INTEGER NOT NULL DEFAULT 0") };
    for (Granularity g : allGranularities()) {
        const QStringList created = rollupTables(g, keyed, QStringLiteral("_v8"));
        const QStringList tables { rollupTable(g), countsTable(g), durationsTable(g) };
        const QStringList columns {
            QStringLiteral("bucket, site, config_version, call_type, outcome, call_exit, brand, sessions, "
                           "duration_ms, attempts, declines"),
            QStringLiteral("bucket, site, config_version, family, name, detail, n"),
            QStringLiteral("bucket, site, config_version, outcome, bin, n"),
        };
        for (qsizetype i = 0; i < tables.size(); ++i) {
            sql << created.at(i)
                << QStringLiteral("INSERT INTO %1_v8 (%2, is_test) SELECT %2, 0 FROM %1")
                       .arg(tables.at(i), columns.at(i))
                << QStringLiteral("DROP TABLE %1").arg(tables.at(i))
                << QStringLiteral("ALTER TABLE %1_v8 RENAME TO %1").arg(tables.at(i));
        }
    }
    return sql;
}

QStringList StoreSchema::rollupTables(Granularity g, const QString& keyed, const QString& testFlagSuffix)
{
    // Schema 1 created them without is_test; schema 8 recreates them (under testFlagSuffix, then renamed)
    // with it as the last column of the key. It stands right after the other key columns: SQLite 3.40's
    // integrity_check reports every column after a later key column of a WITHOUT ROWID table as NULL.
    const bool flagged = !testFlagSuffix.isNull();
    const QString flag = flagged ? QStringLiteral("is_test INTEGER NOT NULL DEFAULT 0, ") : QString();
    const QString key = flagged ? QStringLiteral(", is_test") : QString();
    return QStringList {
        QStringLiteral("CREATE TABLE %1%2 (bucket BIGINT NOT NULL, site TEXT NOT NULL, "
                       "config_version TEXT NOT NULL, call_type TEXT NOT NULL, outcome TEXT NOT NULL, "
                       "call_exit TEXT NOT NULL, brand TEXT NOT NULL, %3sessions BIGINT NOT NULL, "
                       "duration_ms BIGINT NOT NULL, attempts BIGINT NOT NULL, declines BIGINT NOT NULL, "
                       "PRIMARY KEY (bucket, site, config_version, call_type, outcome, call_exit, brand%4))")
                .arg(rollupTable(g), testFlagSuffix, flag, key)
            + keyed,
        QStringLiteral("CREATE TABLE %1%2 (bucket BIGINT NOT NULL, site TEXT NOT NULL, "
                       "config_version TEXT NOT NULL, family TEXT NOT NULL, name TEXT NOT NULL, "
                       "detail TEXT NOT NULL, %3n BIGINT NOT NULL, "
                       "PRIMARY KEY (bucket, site, config_version, family, name, detail%4))")
                .arg(countsTable(g), testFlagSuffix, flag, key)
            + keyed,
        QStringLiteral("CREATE TABLE %1%2 (bucket BIGINT NOT NULL, site TEXT NOT NULL, "
                       "config_version TEXT NOT NULL, outcome TEXT NOT NULL, bin INTEGER NOT NULL, "
                       "%3n BIGINT NOT NULL, PRIMARY KEY (bucket, site, config_version, outcome, bin%4))")
                .arg(durationsTable(g), testFlagSuffix, flag, key)
            + keyed,
    };
}

// Schemas 8 and 9 add columns (is_test to sessions and live_calls; channel and step to live_calls); a
// database that has a column already (one taken back to an older version by hand, say) keeps it.
bool StoreSchema::dropColumnsPresent(
    QSqlQuery& q, const StoreBackend& backend, QStringList& statements, QString* error)
{
    static const QRegularExpression added(QStringLiteral("^ALTER TABLE (\\w+) ADD COLUMN (\\w+) "));
    for (qsizetype i = statements.size() - 1; i >= 0; --i) {
        const QRegularExpressionMatch m = added.match(statements.at(i));
        if (!m.hasMatch()) {
            continue;
        }
        if (!exec(q, backend.columnCountQuery(m.captured(1), m.captured(2)), error) || !q.next()) {
            return false;
        }
        const bool present = q.value(0).toInt() > 0;
        q.finish();
        if (present) {
            statements.removeAt(i);
        }
    }
    return true;
}

int StoreSchema::currentVersion(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next()) {
        return 0;
    }
    return q.value(0).toInt();
}

bool StoreSchema::migrate(QSqlDatabase& db, const StoreBackend& backend, QString* error)
{
    // The common case, an up-to-date database, takes no lock.
    {
        QSqlQuery probe(db);
        if (probe.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && probe.next()
            && probe.value(0).toInt() == kLatestVersion) {
            return true;
        }
        if (probe.lastError().type() == QSqlError::ConnectionError) {
            *error = probe.lastError().text().trimmed();
            return false;
        }
    }
    QSqlQuery q(db);
    for (const QString& begin : backend.migrationBegin()) {
        if (!exec(q, begin, error)) {
            return false;
        }
    }
    auto fail = [&db]() {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    if (!exec(q,
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, "
                           "applied_at BIGINT NOT NULL)"),
            error)) {
        return fail();
    }
    if (!exec(q, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"), error)
        || !q.next()) {
        return fail();
    }
    const int current = q.value(0).toInt();
    q.finish();
    if (current > kLatestVersion) {
        *error = translated(
            QT_TRANSLATE_NOOP("StoreSchema",
                "the database has schema version %1, newer than this program's %2; update the program"))
                     .arg(current)
                     .arg(kLatestVersion);
        return fail();
    }
    for (int version = current + 1; version <= kLatestVersion; ++version) {
        QStringList statements = migration(version, backend);
        if (version >= 8 && !dropColumnsPresent(q, backend, statements, error)) {
            return fail();
        }
        if (version == 3) {
            // Some development databases of version 2 already key events by sequence number.
            if (!exec(q, backend.columnCountQuery(QStringLiteral("events"), QStringLiteral("session_seq")),
                    error)
                || !q.next()) {
                return fail();
            }
            if (q.value(0).toInt() > 0) {
                statements.clear();
            }
            q.finish();
        }
        for (const QString& statement : std::as_const(statements)) {
            if (!exec(q, statement, error)) {
                return fail();
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        q.addBindValue(version);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec()) {
            *error = translated(QT_TRANSLATE_NOOP("StoreSchema", "schema: %1"))
                         .arg(q.lastError().text().trimmed());
            return fail();
        }
    }
    if (!exec(q, QStringLiteral("COMMIT"), error)) {
        return fail();
    }
    return true;
}

} // namespace voicepay
