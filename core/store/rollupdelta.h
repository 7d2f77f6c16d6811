#pragma once

#include "kpitypes.h"
#include "sessionrecord.h"

#include <QSqlDatabase>
#include <map>
#include <tuple>
#include <utility>

namespace voicepay {

class StoreBackend;

// What a batch of sessions adds to the rollup tables, summed in memory first so that a batch costs one
// upsert per touched row rather than one per session.
class RollupDelta
{
public:
    // sign -1 takes a stored session back out (reconciliation moves a session to another outcome).
    void add(const SessionRecord& record, int sign = 1);
    bool isEmpty() const { return m_cube.empty(); }
    // Upserts every sum; inside the caller's transaction.
    bool write(QSqlDatabase& db, const StoreBackend& backend, QString* error) const;

    // Counter families of the counts tables.
    static QString reachedFamily() { return QStringLiteral("reached"); } // name: step (or "authorize")
    static QString endedFamily() { return QStringLiteral("ended"); } // name: node; detail: outcome
    static QString errorFamily() { return QStringLiteral("error"); } // name: step; detail: error kind
    static QString declineFamily() { return QStringLiteral("decline"); } // name: decline reason
    static QString correctionFamily() { return QStringLiteral("correction"); } // name: item corrected

    // Keyed by minute bucket; the coarser levels are summed from these when written, which costs one pass
    // over the (few) minute rows instead of work per session and level.
    // The last element of every key is is_test (1: simulated calls, kept apart from the real ones).
    using CubeKey = std::tuple<qint64, QString, QString, QString, QString, QString, QString, int>;
    using CountKey = std::tuple<qint64, QString, QString, QString, QString, QString, int>;
    using DurationKey = std::tuple<qint64, QString, QString, QString, int, int>;
    // The order of std::tuple's operator<, in one comparison per element: the keys of a batch share most of
    // their texts (one site, one configuration version, a few outcomes and steps, as the same QString data),
    // which compare equal by their data pointer without reading a character.
    // Transparent: a key of references (std::tie) finds a row without copying its texts.
    struct KeyLess
    {
        using is_transparent = void;
        template <typename A, typename B> bool operator()(const A& a, const B& b) const
        {
            static_assert(std::tuple_size_v<A> == std::tuple_size_v<B>);
            return compare(a, b, std::make_index_sequence<std::tuple_size_v<A>>()) < 0;
        }

    private:
        static int field(qint64 a, qint64 b) { return a < b ? -1 : (b < a ? 1 : 0); }
        static int field(const QString& a, const QString& b)
        {
            if (a.constData() == b.constData() && a.size() == b.size()) {
                return 0;
            }
            return QString::compare(a, b, Qt::CaseSensitive);
        }
        template <typename A, typename B, size_t... I>
        static int compare(const A& a, const B& b, std::index_sequence<I...>)
        {
            int c = 0;
            ((c = field(std::get<I>(a), std::get<I>(b))) || ...);
            return c;
        }
    };
    struct Sums
    {
        qint64 sessions = 0;
        qint64 durationMs = 0;
        qint64 attempts = 0;
        qint64 declines = 0;
    };

    using Cube = std::map<CubeKey, Sums, KeyLess>;
    using Counts = std::map<CountKey, qint64, KeyLess>;
    using Durations = std::map<DurationKey, qint64, KeyLess>;
    // The minute sums as kept (no copy), and the sums of one granularity, in key order (the order the tables
    // keep them in).
    const Cube& minuteCube() const { return m_cube; }
    const Counts& minuteCounts() const { return m_counts; }
    const Durations& minuteDurations() const { return m_durations; }
    Cube cubeAt(Granularity g) const;
    Counts countsAt(Granularity g) const;
    Durations durationsAt(Granularity g) const;

    // The upsert of each table: "INSERT INTO t (columns)", the column count, and what follows the values.
    struct UpsertSql
    {
        QString head;
        int columns = 0;
        QString tail;
    };
    static UpsertSql cubeSql(Granularity g);
    static UpsertSql countsSql(Granularity g);
    static UpsertSql durationsSql(Granularity g);

private:
    Cube m_cube;
    Counts m_counts;
    Durations m_durations;
};

} // namespace voicepay
