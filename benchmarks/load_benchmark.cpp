// `voicepay-sim load` end to end against raw SQLite: the load runs as the tool runs (its own process, the
// engine on worker threads, the store's writer), then exactly the rows it left in its database (sessions,
// events, replays and every rollup table) are read back and inserted into a fresh database of the same
// schema through the SQLite C API: one prepared statement per table, one transaction. Prints both rates, by
// wall time and by CPU time (the machine is shared, and CPU time does not depend on the neighbours), the
// load's peak RSS, the bytes on disk per session, and what a year of 10 million calls would take at that
// rate. Each side's figures are its best of `--runs` runs (3); raw SQLite's are timed up to its database
// closed, as the load's process closes its own. `bench_load [--calls N] [--days D] [--concurrency C]
// [--runs R] [--keep]`; it asserts nothing.

#include "store/storeconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sqlite3.h>
#include <sys/resource.h>
#include <vector>

using namespace voicepay;

namespace {

void die(const QString& what)
{
    std::fprintf(stderr, "bench_load: %s\n", qPrintable(what));
    std::exit(1);
}

double processCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double childrenCpuSeconds(long* maxRssKb)
{
    rusage u {};
    getrusage(RUSAGE_CHILDREN, &u);
    *maxRssKb = u.ru_maxrss;
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

QString argument(const QStringList& args, const QString& flag, const QString& fallback)
{
    const qsizetype i = args.indexOf(flag);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

// Every row of one table, each value copied out of SQLite as it is stored.
struct Table
{
    QByteArray name;
    int columns = 0;
    std::vector<sqlite3_value*> values; // row-major
    qint64 rows() const { return columns ? qint64(values.size()) / columns : 0; }
};

std::vector<Table> readTables(sqlite3* db)
{
    std::vector<Table> tables;
    sqlite3_stmt* list = nullptr;
    sqlite3_prepare_v2(db,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name <> 'schema_version' ORDER BY name",
        -1, &list, nullptr);
    while (sqlite3_step(list) == SQLITE_ROW) {
        Table t;
        t.name = reinterpret_cast<const char*>(sqlite3_column_text(list, 0));
        sqlite3_stmt* rows = nullptr;
        const QByteArray select = "SELECT * FROM " + t.name;
        sqlite3_prepare_v2(db, select.constData(), -1, &rows, nullptr);
        t.columns = sqlite3_column_count(rows);
        while (sqlite3_step(rows) == SQLITE_ROW) {
            for (int c = 0; c < t.columns; ++c) {
                t.values.push_back(sqlite3_value_dup(sqlite3_column_value(rows, c)));
            }
        }
        sqlite3_finalize(rows);
        tables.push_back(std::move(t));
    }
    sqlite3_finalize(list);
    return tables;
}

struct RawFigures
{
    double wall = 0;
    double cpu = 0;
};

// Inserts `tables` into a fresh database with the store's schema: one transaction, one statement per table.
RawFigures insertRaw(const QString& path, const std::vector<Table>& tables)
{
    {
        StoreUrl url;
        url.path = path;
        StoreConnection schema(url, QStringLiteral("raw"));
        if (QString error; !schema.open(&error)) {
            die(error);
        }
    }
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        die(QStringLiteral("cannot open %1").arg(path));
    }
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-16000", nullptr,
        nullptr, nullptr);
    const double cpuBefore = processCpuSeconds();
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (const Table& table : tables) {
        QByteArray sql = "INSERT INTO " + table.name + " VALUES (?";
        for (int c = 1; c < table.columns; ++c) {
            sql += ", ?";
        }
        sql += ")";
        sqlite3_stmt* insert = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &insert, nullptr) != SQLITE_OK) {
            die(QString::fromUtf8(sqlite3_errmsg(db)));
        }
        for (size_t v = 0; v < table.values.size(); v += size_t(table.columns)) {
            for (int c = 0; c < table.columns; ++c) {
                sqlite3_bind_value(insert, c + 1, table.values[v + size_t(c)]);
            }
            if (sqlite3_step(insert) != SQLITE_DONE) {
                die(QString::fromUtf8(sqlite3_errmsg(db)));
            }
            sqlite3_reset(insert);
        }
        sqlite3_finalize(insert);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    // Closed inside the timing: closing copies the WAL into the database, as the load's own close does.
    sqlite3_close(db);
    return { double(t.nsecsElapsed()) / 1e9, processCpuSeconds() - cpuBefore };
}

struct LoadFigures
{
    double wall = 0;
    double cpu = 0;
    long rssKb = 0;
    QByteArray output;
};

// One `voicepay-sim load` process: its wall time, its CPU time (user and system, all threads), its peak RSS.
LoadFigures runLoad(const QString& sim, const QStringList& arguments)
{
    long rssBefore = 0;
    const double cpuBefore = childrenCpuSeconds(&rssBefore);
    QProcess load;
    load.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer wall;
    wall.start();
    load.start(sim, arguments);
    if (!load.waitForFinished(-1) || load.exitCode() != 0) {
        die(QStringLiteral("voicepay-sim load failed: %1")
                .arg(QString::fromUtf8(load.readAllStandardOutput())));
    }
    LoadFigures f;
    f.wall = double(wall.nsecsElapsed()) / 1e9;
    f.cpu = childrenCpuSeconds(&f.rssKb) - cpuBefore;
    f.output = load.readAllStandardOutput();
    return f;
}

// The load of `calls` calls `runs` times, the first into `firstDb` and the others into fresh files beside it:
// the best wall and CPU times, the highest peak RSS, the first run's output (printed).
LoadFigures bestLoad(const QString& sim, const QTemporaryDir& dir, const QString& firstDb,
    const QStringList& arguments, double calls, int runs)
{
    LoadFigures best;
    std::printf("load runs (sessions per CPU-second):");
    for (int run = 0; run < runs; ++run) {
        const QString path = run == 0 ? firstDb : dir.filePath(QStringLiteral("load%1.sqlite").arg(run));
        const LoadFigures f = runLoad(
            sim, arguments + QStringList { QStringLiteral("--db"), QStringLiteral("sqlite:") + path });
        std::printf(" %.0f", calls / f.cpu);
        std::fflush(stdout);
        best.wall = run == 0 ? f.wall : std::min(best.wall, f.wall);
        best.cpu = run == 0 ? f.cpu : std::min(best.cpu, f.cpu);
        best.rssKb = std::max(best.rssKb, f.rssKb);
        best.output = run == 0 ? f.output : best.output;
    }
    std::printf("\n");
    for (const QByteArray& line : best.output.split('\n')) {
        if (!line.isEmpty()) {
            std::printf("  | %s\n", line.constData());
        }
    }
    return best;
}

// Raw SQLite `runs` times, each into a fresh file: the best wall and CPU times.
RawFigures bestRaw(const QTemporaryDir& dir, const std::vector<Table>& tables, qint64 sessions, int runs)
{
    RawFigures best;
    std::printf("\nraw SQLite runs (sessions per CPU-second):");
    for (int run = 0; run < runs; ++run) {
        const RawFigures f = insertRaw(dir.filePath(QStringLiteral("raw%1.sqlite").arg(run)), tables);
        std::printf(" %.0f", double(sessions) / f.cpu);
        best.wall = run == 0 ? f.wall : std::min(best.wall, f.wall);
        best.cpu = run == 0 ? f.cpu : std::min(best.cpu, f.cpu);
    }
    std::printf("\n");
    return best;
}

qint64 checkpointedSize(const QString& path)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("voicepay.*.debug=false"));
    const QStringList args = app.arguments();
    const QString calls = argument(args, QStringLiteral("--calls"), QStringLiteral("100000"));
    const QString days = argument(args, QStringLiteral("--days"), QStringLiteral("365"));
    const QString concurrency = argument(args, QStringLiteral("--concurrency"), QStringLiteral("2"));
    QTemporaryDir dir;
    dir.setAutoRemove(!args.contains(QStringLiteral("--keep")));
    const QString loadDb = dir.filePath(QStringLiteral("load.sqlite"));
    const QString sim = QDir(app.applicationDirPath()).filePath(QStringLiteral("voicepay-sim"));

    // Both sides move from run to run by as much as the target's margin (the machine is shared): each runs
    // `--runs` times (3), the load into a fresh database each time, and each side's best run counts.
    const int runs = std::max(1, argument(args, QStringLiteral("--runs"), QStringLiteral("3")).toInt());
    std::printf(
        "load benchmark: voicepay-sim load --calls %s --days %s --concurrency %s (SQLite, WAL), best of %d\n",
        qPrintable(calls), qPrintable(days), qPrintable(concurrency), runs);
    std::fflush(stdout);
    const LoadFigures load = bestLoad(sim, dir, loadDb,
        { QStringLiteral("load"), QStringLiteral("--calls"), calls, QStringLiteral("--days"), days,
            QStringLiteral("--concurrency"), concurrency, QStringLiteral("--seed"), QStringLiteral("17") },
        calls.toDouble(), runs);
    const double loadWall = load.wall;
    const double loadCpu = load.cpu;
    const long loadRssKb = load.rssKb;

    sqlite3* db = nullptr;
    sqlite3_open_v2(loadDb.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    const std::vector<Table> tables = readTables(db);
    qint64 rows = 0;
    qint64 sessions = 0;
    std::printf("\nrows the load left (inserted again below):\n");
    for (const Table& t : tables) {
        std::printf("  %-16s %10lld\n", t.name.constData(), static_cast<long long>(t.rows()));
        rows += t.rows();
        sessions = t.name == "sessions" ? t.rows() : sessions;
    }
    const RawFigures raw = bestRaw(dir, tables, sessions, runs);
    for (const Table& t : tables) {
        for (sqlite3_value* v : t.values) {
            sqlite3_value_free(v);
        }
    }
    sqlite3_close(db);
    const qint64 bytes = checkpointedSize(loadDb);

    const double loadRate = double(sessions) / loadWall;
    const double loadCpuRate = double(sessions) / loadCpu;
    const double rawRate = double(sessions) / raw.wall;
    const double rawCpuRate = double(sessions) / raw.cpu;
    std::printf("\n%lld sessions, %lld rows in all:\n", static_cast<long long>(sessions),
        static_cast<long long>(rows));
    std::printf("  %-62s %8.0f sessions/s wall %8.0f per CPU-second\n",
        "voicepay-sim load, end to end (engine, replays, store, rollups), best run", loadRate, loadCpuRate);
    std::printf("  %-62s %8.0f sessions/s wall %8.0f per CPU-second\n",
        "raw SQLite C API, the same rows (one transaction, best run)", rawRate, rawCpuRate);
    std::printf("  load / raw: %.0f%% by wall time, %.0f%% by CPU time (target: 50%%)\n",
        100.0 * loadRate / rawRate, 100.0 * loadCpuRate / rawCpuRate);
    std::printf("  load: %.2f s wall, %.2f s CPU, peak RSS %.0f MB (target: under 512 MB)\n", loadWall,
        loadCpu, double(loadRssKb) / 1024.0);
    std::printf(
        "  on disk: %.0f bytes per session (target: at most 1536)\n", double(bytes) / double(sessions));
    std::printf(
        "  10 million calls at this rate: %.1f min by wall time, %.1f min of CPU (target: under 30 min)\n",
        1e7 / loadRate / 60.0, 1e7 / loadCpuRate / 60.0);
    return 0;
}
