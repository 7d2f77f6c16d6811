#pragma once

#include "kpitypes.h"
#include "storebackend.h"

#include <QSqlDatabase>
#include <QStringList>

class QSqlQuery;

namespace voicepay {

// The store's tables, versioned in code. Migrations run in one transaction at open, under a lock, so two
// processes opening a fresh database at once create it once. A database newer than the program is refused.
// 1: sessions, events, minute/hour/day rollups; 2: month rollups; 3: events keyed by session sequence number;
// 4: replays; 5: calls in progress; 6: the payment journal; 7: replays compressed, keyed by the row id;
// 8: simulated calls flagged as tests (is_test in sessions, live_calls and every rollup key); 9: indexes
// for the session browser's keyset pages and session_refs (transaction ids and payment references); 10: the
// channel and the current step of each call in progress (live_calls.channel, live_calls.step); 11:
// session_refs for the sessions stored before 9, filled in the background (SessionRefsBackfill).
class StoreSchema
{
public:
    static int latestVersion();
    static bool migrate(QSqlDatabase& db, const StoreBackend& backend, QString* error);
    static int currentVersion(QSqlDatabase& db); // 0: no schema yet

    // The rollup tables of one granularity.
    static QString rollupTable(Granularity g); // sessions by site, version, call type, outcome, exit, brand
    static QString countsTable(Granularity g); // counters by family, name, detail (funnel, errors, declines)
    static QString durationsTable(Granularity g); // duration histogram by outcome

    // The statements that take a database from version - 1 to version (tests build old stores from them).
    static QStringList migration(int version, const StoreBackend& backend);

private:
    static QStringList firstMigrations(int version, const StoreBackend& backend);
    // The three rollup tables of a granularity; with a suffix, under that name and with is_test (schema 8).
    static QStringList rollupTables(
        Granularity g, const QString& keyed, const QString& testFlagSuffix = QString());
    static QStringList testCallMigration(const QString& keyed);
    static QStringList searchMigration(const StoreBackend& backend);
    static bool dropColumnsPresent(
        QSqlQuery& q, const StoreBackend& backend, QStringList& statements, QString* error);
};

} // namespace voicepay
