// The session browser's search (schema 9): keyset pages over 20,000 sessions written in one transaction are
// complete, disjoint and in order for each sort and filter, the count comes from the rollups or stops at its
// cap, and the pages walk an index — on SQLite and on PostgreSQL.
#include "store/batchwriter.h"
#include "store/kpiquery.h"
#include "store/storeconnection.h"
#include "storetestdb.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>
#include <functional>
#include <tuple>

using namespace voicepay;
using namespace voicepay::test;

namespace {
constexpr int kSessions = 20000;
constexpr qint64 kStartMs = 1767225600000; // 2026-01-01T00:00:00Z
constexpr qint64 kSpanMs = 90LL * 24 * 3600 * 1000;

const QStringList kOutcomes { u"success"_qs, u"declined"_qs, u"hangup"_qs, u"technical_error"_qs,
    u"pending"_qs };
const QStringList kExits { u"return_to_ivr"_qs, u"transfer_to_agent"_qs, u"hangup"_qs };
const QStringList kBrands { u"visa"_qs, u"mastercard"_qs, u"amex"_qs, QString() };
const QStringList kSites { u"north"_qs, u"south"_qs, u"east"_qs };

// Deterministic sessions spread over 90 days, many sharing a start time and a duration (ties the key's
// sequence number must break).
QList<SessionRecord> makeSessions()
{
    QList<SessionRecord> out;
    for (int i = 0; i < kSessions; ++i) {
        SessionRecord r;
        r.sessionId = u"s-%1"_qs.arg(i, 5, 10, QLatin1Char('0'));
        r.site = kSites.at(i % 3);
        r.callType = i % 7 == 0 ? u"conference"_qs : u"ivr"_qs;
        r.configVersion = u"v1"_qs;
        r.startedAtMs = kStartMs + (qint64(i) * 7919 % 5000) * (kSpanMs / 5000); // 4 sessions a start
        r.durationMs = (i * 37 % 600) * 1000;
        r.endedAtMs = r.startedAtMs + r.durationMs;
        // Pending is rare, as it is on a real floor: 1 in 400.
        r.outcome = i % 400 == 3 ? kOutcomes.at(4) : kOutcomes.at(i % 4);
        r.exit = kExits.at(i % 3);
        r.brand = kBrands.at(i % 4);
        r.last4 = r.brand.isEmpty() ? QString() : u"%1"_qs.arg(i % 97, 4, 10, QLatin1Char('0'));
        r.amount = u"12.50"_qs;
        r.currency = u"GBP"_qs;
        r.lastStep = u"authorize"_qs;
        r.path = i % 5 == 0 ? QStringList { u"welcome"_qs, u"account_number"_qs }
                            : QStringList { u"welcome"_qs, u"card_number"_qs, u"authorize"_qs };
        r.isTest = i % 50 == 0;
        if (r.outcome == u"success") {
            r.replay.transactionId = u"T%1"_qs.arg(i);
            r.replay.paymentReference = u"INV-%1"_qs.arg(i % 1000);
        }
        out << r;
    }
    return out;
}

struct Case
{
    const char* name;
    std::function<void(SessionQuery&)> narrow;
    std::function<bool(const SessionRecord&)> matches;
};

QList<Case> cases()
{
    return {
        { "everything", [](SessionQuery&) {}, [](const SessionRecord&) { return true; } },
        { "rare outcome", [](SessionQuery& q) { q.outcomes = QStringList { u"pending"_qs }; },
            [](const SessionRecord& r) { return r.outcome == u"pending"; } },
        { "outcomes and exit",
            [](SessionQuery& q) {
                q.outcomes = QStringList { u"declined"_qs, u"technical_error"_qs };
                q.exit = u"transfer_to_agent"_qs;
            },
            [](const SessionRecord& r) {
                return (r.outcome == u"declined" || r.outcome == u"technical_error")
                    && r.exit == u"transfer_to_agent";
            } },
        { "brand and site",
            [](SessionQuery& q) {
                q.brand = u"amex"_qs;
                q.site = u"south"_qs;
            },
            [](const SessionRecord& r) { return r.brand == u"amex" && r.site == u"south"; } },
        { "last four", [](SessionQuery& q) { q.last4 = u"0042"_qs; },
            [](const SessionRecord& r) { return r.last4 == u"0042"; } },
        { "session id", [](SessionQuery& q) { q.sessionId = u"s-01234"_qs; },
            [](const SessionRecord& r) { return r.sessionId == u"s-01234"; } },
        { "transaction id", [](SessionQuery& q) { q.transactionId = u"T4"_qs; },
            [](const SessionRecord& r) { return r.replay.transactionId == u"T4"; } },
        { "payment reference", [](SessionQuery& q) { q.paymentReference = u"INV-8"_qs; },
            [](const SessionRecord& r) { return r.replay.paymentReference == u"INV-8"; } },
        { "step reached", [](SessionQuery& q) { q.step = u"account_number"_qs; },
            [](const SessionRecord& r) { return r.path.contains(u"account_number"_qs); } },
        { "period, real calls only",
            [](SessionQuery& q) {
                q.fromMs = kStartMs + kSpanMs / 3 + 12345;
                q.toMs = kStartMs + kSpanMs / 2;
                q.includeTests = false;
            },
            [](const SessionRecord& r) {
                return !r.isTest && r.startedAtMs >= kStartMs + kSpanMs / 3 + 12345
                    && r.startedAtMs < kStartMs + kSpanMs / 2;
            } },
    };
}

// Whether a comes before b in the query's order (the sequence number being the index in the list, as the
// sessions are written in that order).
bool before(const SessionRecord& a, int ia, const SessionRecord& b, int ib, SessionSort sort, bool descending)
{
    auto key = [sort](const SessionRecord& r, int i) {
        switch (sort) {
        case SessionSort::Duration:
            return std::make_tuple(QString(), r.durationMs, qint64(0), i);
        case SessionSort::Outcome:
            return std::make_tuple(r.outcome, r.startedAtMs, qint64(0), i);
        case SessionSort::StartedAt:
            break;
        }
        return std::make_tuple(QString(), r.startedAtMs, qint64(0), i);
    };
    return descending ? key(b, ib) < key(a, ia) : key(a, ia) < key(b, ib);
}
} // namespace

class TestSessionSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagesAreCompleteDisjointAndOrdered_data();
    void pagesAreCompleteDisjointAndOrdered();

private:
    void checkPlans(KpiQuery& query, const StoreUrl& url, const QString& backend);
};

// Each page walks an index in its own order: never the whole table, never a sort of every match.
void TestSessionSearch::checkPlans(KpiQuery& query, const StoreUrl& url, const QString& backend)
{
    if (backend == u"postgresql") {
        // A real database is analysed by autovacuum; the test's is minutes old.
        StoreConnection connection(url, QStringLiteral("search-analyse"));
        QString error;
        QVERIFY2(connection.open(&error), qPrintable(error));
        QVERIFY(QSqlQuery(connection.database()).exec(QStringLiteral("ANALYZE sessions")));
    }
    const QList<std::pair<QString, std::function<void(SessionQuery&)>>> queries {
        { u"sessions_started_at"_qs, [](SessionQuery&) {} },
        { u"sessions_outcome"_qs, [](SessionQuery& q) { q.outcomes = QStringList { u"pending"_qs }; } },
        { u"sessions_last4"_qs, [](SessionQuery& q) { q.last4 = u"0042"_qs; } },
        // A quarter of the sessions: the planner may walk the start index and filter; either way an index.
        { u"index"_qs, [](SessionQuery& q) { q.brand = u"amex"_qs; } },
    };
    for (const auto& [index, narrow] : queries) {
        SessionQuery q;
        q.fromMs = kStartMs;
        q.toMs = kStartMs + kSpanMs;
        q.after = { kStartMs + kSpanMs / 2, 10000 };
        narrow(q);
        const QString plan = query.explainSessionPage(q).join(u'\n');
        QVERIFY2(!plan.isEmpty(), qPrintable(query.lastError()));
        QVERIFY2(plan.contains(index, Qt::CaseInsensitive), qPrintable(plan));
        QVERIFY2(!plan.contains(u"TEMP B-TREE"_qs) && !plan.contains(u"Seq Scan"_qs), qPrintable(plan));
    }
}

void TestSessionSearch::pagesAreCompleteDisjointAndOrdered_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("embedded SQLite file") << QStringLiteral("sqlite");
    QTest::newRow("PostgreSQL server") << QStringLiteral("postgresql");
}

void TestSessionSearch::pagesAreCompleteDisjointAndOrdered()
{
    QFETCH(QString, backend);
    StoreTestDb db(backend);
    if (!db.isReady()) {
        QVERIFY2(backend == u"sqlite" || qEnvironmentVariableIsEmpty("VOICEPAY_REQUIRE_PG"),
            qPrintable(db.skipReason()));
        QSKIP(qPrintable(db.skipReason()));
    }
    const QList<SessionRecord> sessions = makeSessions();
    QHash<QString, int> indexOf;
    for (int i = 0; i < sessions.size(); ++i) {
        indexOf.insert(sessions.at(i).sessionId, i);
    }
    {
        StoreConnection connection(db.url(), QStringLiteral("search-test"));
        QString error;
        QVERIFY2(connection.open(&error), qPrintable(error));
        BatchWriter writer(connection);
        const auto stored = writer.write(sessions, &error); // one transaction
        QVERIFY2(stored, qPrintable(error));
        QCOMPARE(stored->size(), kSessions);
    }
    KpiQuery query(db.url());
    const QList<std::pair<SessionSort, bool>> sorts { { SessionSort::StartedAt, true },
        { SessionSort::StartedAt, false }, { SessionSort::Duration, true }, { SessionSort::Outcome, false } };
    for (const Case& c : cases()) {
        for (const auto& [sort, descending] : sorts) {
            const QByteArray what = QByteArray(c.name) + " sorted " + QByteArray::number(int(sort))
                + (descending ? " desc" : " asc");
            SessionQuery q;
            q.fromMs = kStartMs;
            q.toMs = kStartMs + kSpanMs;
            c.narrow(q);
            q.sort = sort;
            q.descending = descending;
            q.pageSize = 700;
            QList<int> expected;
            for (int i = 0; i < sessions.size(); ++i) {
                const SessionRecord& r = sessions.at(i);
                if (c.matches(r) && r.startedAtMs >= q.fromMs && r.startedAtMs < q.toMs
                    && (q.includeTests || !r.isTest)) {
                    expected << i;
                }
            }
            QVERIFY2(!expected.isEmpty(), what.constData());
            std::sort(expected.begin(), expected.end(),
                [&](int a, int b) { return before(sessions.at(a), a, sessions.at(b), b, sort, descending); });
            QList<int> seen;
            for (int pages = 0;; ++pages) {
                QVERIFY2(pages <= kSessions / q.pageSize + 1, what.constData());
                const auto page = query.sessionPage(q);
                QVERIFY2(page, qPrintable(query.lastError()));
                QVERIFY(page->sessions.size() <= q.pageSize);
                for (const SessionRecord& r : page->sessions) {
                    seen << indexOf.value(r.sessionId, -1);
                }
                if (!page->more) {
                    break;
                }
                QCOMPARE(page->sessions.size(), q.pageSize);
                q.after = page->lastKey;
            }
            // Complete, disjoint and ordered at once: exactly the expected sequence.
            QVERIFY2(seen == expected, what.constData());
            if (sort == SessionSort::StartedAt && descending) {
                q.after.clear();
                const auto count = query.sessionCount(q);
                QVERIFY2(count, qPrintable(query.lastError()));
                QVERIFY2(count->exact, what.constData());
                QCOMPARE(count->n, qint64(expected.size()));
            }
        }
    }
    checkPlans(query, db.url(), backend);
    // A count that would read more than its cap stops there (a period that is not whole minutes).
    SessionQuery all;
    all.fromMs = kStartMs + 1;
    all.toMs = kStartMs + kSpanMs;
    const auto capped = query.sessionCount(all, 1000);
    QVERIFY(capped);
    QVERIFY(!capped->exact);
    QCOMPARE(capped->n, qint64(1000));
}

QTEST_GUILESS_MAIN(TestSessionSearch)
#include "tst_sessionsearch.moc"
