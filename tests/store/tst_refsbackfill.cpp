// Schema 11: sessions stored before schema 9 are found by transaction id and payment reference once the
// backfill has run — from compressed replays, from replays kept as JSON text (before schema 7), and from the
// gateway_approved event of sessions older than replays — in batches, again without adding anything, and by
// the store's writer thread on its own; on SQLite and PostgreSQL.
#include "store/batchwriter.h"
#include "store/kpiquery.h"
#include "store/kpistore.h"
#include "store/sessionrefsbackfill.h"
#include "store/storeconnection.h"
#include "store/storeschema.h"
#include "storetestdb.h"

#include <QSqlQuery>
#include <QTest>

using namespace voicepay;
using namespace voicepay::test;

namespace {
constexpr qint64 kStartMs = 1767225600000; // 2026-01-01T00:00:00Z
constexpr int kSessions = 40;

enum class Kept { Compressed, JsonText, NoReplay, MaskedEvent };

Kept keptAs(int i)
{
    return i % 4 == 0 ? Kept::Compressed
        : i % 4 == 1  ? Kept::JsonText
        : i % 4 == 2  ? Kept::NoReplay
                      : Kept::MaskedEvent;
}

QString transactionOf(int i)
{
    return keptAs(i) == Kept::MaskedEvent ? u"*******"_qs : u"T-%1"_qs.arg(i);
}

QList<SessionRecord> makeSessions()
{
    QList<SessionRecord> out;
    for (int i = 0; i < kSessions; ++i) {
        SessionRecord r;
        r.sessionId = u"old-%1"_qs.arg(i, 3, 10, QLatin1Char('0'));
        r.site = u"north"_qs;
        r.callType = u"ivr"_qs;
        r.configVersion = u"v1"_qs;
        r.startedAtMs = kStartMs + i * 60000LL;
        r.durationMs = 30000;
        r.endedAtMs = r.startedAtMs + r.durationMs;
        r.outcome = u"success"_qs;
        r.exit = u"return_to_ivr"_qs;
        r.amount = u"12.50"_qs;
        r.currency = u"GBP"_qs;
        r.lastStep = u"authorize"_qs;
        r.events << StoredEvent { r.startedAtMs, u"session_started"_qs, u"welcome"_qs, QString() }
                 << StoredEvent { r.startedAtMs + 1000, u"gateway_approved"_qs, u"authorize"_qs,
                        transactionOf(i) };
        if (keptAs(i) == Kept::Compressed || keptAs(i) == Kept::JsonText) {
            r.replay.closingPrompts << u"Thank you."_qs;
            r.replay.transactionId = transactionOf(i);
            r.replay.paymentReference = u"INV-%1"_qs.arg(i);
        }
        out << r;
    }
    return out;
}

qint64 scalar(StoreConnection& c, const QString& sql)
{
    QSqlQuery q(c.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

// The sessions found by one ref, by session id.
QStringList found(KpiQuery& query, const QString& transactionId, const QString& reference)
{
    SessionQuery q;
    q.fromMs = 0;
    q.toMs = kStartMs * 2;
    q.transactionId = transactionId;
    q.paymentReference = reference;
    const auto page = query.sessionPage(q);
    QStringList ids;
    for (const SessionRecord& r : page ? page->sessions : QList<SessionRecord>()) {
        ids << r.sessionId;
    }
    return ids;
}

// Writes the sessions as schema 10 does, then takes the database back to schema 8: no session_refs, and the
// replays of every second session as the JSON text schemas 4 to 6 kept (copied as bytes by schema 7).
bool writeSchemaEightStore(const StoreTestDb& db, QString* error)
{
    StoreConnection c(db.url(), QStringLiteral("old-store"));
    if (!c.open(error)) {
        return false;
    }
    const QList<SessionRecord> sessions = makeSessions();
    {
        BatchWriter writer(c);
        if (!writer.write(sessions, error)) {
            return false;
        }
    }
    QSqlQuery q(c.database());
    for (int i = 0; i < kSessions; ++i) {
        if (keptAs(i) != Kept::JsonText) {
            continue;
        }
        q.prepare(u"UPDATE replays SET body = ? WHERE session_seq = "
                  "(SELECT seq FROM sessions WHERE session_id = ?)"_qs);
        q.addBindValue(sessions.at(i).replay.toJson());
        q.addBindValue(sessions.at(i).sessionId);
        if (!q.exec()) {
            return false;
        }
    }
    return q.exec(u"DROP TABLE session_refs"_qs) && q.exec(u"DROP TABLE refs_backfill"_qs)
        && q.exec(u"DELETE FROM schema_version WHERE version > 8"_qs);
}
} // namespace

class TestRefsBackfill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsOlderSessionsByTransactionAndReference_data();
    void findsOlderSessionsByTransactionAndReference();
    void theWriterThreadFillsThemIn_data();
    void theWriterThreadFillsThemIn();

private:
    void addBackends();
};

void TestRefsBackfill::addBackends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_qs;
    QTest::newRow("postgresql") << u"postgresql"_qs;
}

void TestRefsBackfill::findsOlderSessionsByTransactionAndReference_data()
{
    addBackends();
}

void TestRefsBackfill::findsOlderSessionsByTransactionAndReference()
{
    QFETCH(QString, backend);
    StoreTestDb db(backend);
    if (!db.isReady()) {
        QSKIP(qPrintable(db.skipReason()));
    }
    QString error;
    QVERIFY2(writeSchemaEightStore(db, &error), qPrintable(error));

    StoreConnection c(db.url(), QStringLiteral("upgrade")); // migrates to schema 11
    QVERIFY2(c.open(&error), qPrintable(error));
    QCOMPARE(StoreSchema::currentVersion(*std::make_unique<QSqlDatabase>(c.database())), 11);
    QSqlDatabase handle = c.database();
    QCOMPARE(SessionRefsBackfill::remaining(handle), kSessions);
    KpiQuery query(db.url());
    QVERIFY(found(query, u"T-0"_qs, QString()).isEmpty()); // not yet

    // In batches of 7 sequence numbers: six batches, the last one says it is done.
    int batches = 0;
    qint64 refs = 0;
    for (;;) {
        const auto batch = SessionRefsBackfill::runBatch(handle, c.backend(), 7, &error);
        QVERIFY2(batch, qPrintable(error));
        QCOMPARE(batch->damaged, 0);
        refs += batch->refs;
        ++batches;
        if (batch->done) {
            break;
        }
        QVERIFY(batches < 10);
    }
    QCOMPARE(batches, 6);
    QCOMPARE(SessionRefsBackfill::remaining(handle), 0);
    // Compressed and JSON replays: transaction id and reference; older sessions: the transaction id.
    QCOMPARE(refs, 10 * 2 + 10 * 2 + 10);
    for (int i = 0; i < kSessions; ++i) {
        const QString id = u"old-%1"_qs.arg(i, 3, 10, QLatin1Char('0'));
        const Kept kept = keptAs(i);
        const bool hasReplay = kept == Kept::Compressed || kept == Kept::JsonText;
        QCOMPARE(found(query, transactionOf(i), QString()),
            kept == Kept::MaskedEvent ? QStringList() : QStringList { id });
        QCOMPARE(
            found(query, QString(), u"INV-%1"_qs.arg(i)), hasReplay ? QStringList { id } : QStringList());
    }

    // Again (another process, or the migration applied twice): nothing added, nothing left.
    const qint64 stored = scalar(c, u"SELECT COUNT(*) FROM session_refs"_qs);
    QCOMPARE(stored, refs);
    QSqlQuery q(handle);
    for (const QString& sql : SessionRefsBackfill::migration()) {
        QVERIFY(q.exec(sql));
    }
    QCOMPARE(scalar(c, u"SELECT COUNT(*) FROM refs_backfill"_qs), 1);
    QVERIFY(q.exec(u"UPDATE refs_backfill SET next_seq = 1"_qs));
    const auto again = SessionRefsBackfill::runBatch(handle, c.backend(), 1000, &error);
    QVERIFY2(again && again->done, qPrintable(error));
    QCOMPARE(scalar(c, u"SELECT COUNT(*) FROM session_refs"_qs), stored);
}

void TestRefsBackfill::theWriterThreadFillsThemIn_data()
{
    addBackends();
}

void TestRefsBackfill::theWriterThreadFillsThemIn()
{
    QFETCH(QString, backend);
    StoreTestDb db(backend);
    if (!db.isReady()) {
        QSKIP(qPrintable(db.skipReason()));
    }
    QString error;
    QVERIFY2(writeSchemaEightStore(db, &error), qPrintable(error));
    KpiStore store;
    QVERIFY2(store.open(db.url(), &error), qPrintable(error)); // returns before the backfill is done
    KpiQuery query(db.url());
    QTRY_COMPARE_WITH_TIMEOUT(found(query, QString(), u"INV-13"_qs), QStringList { u"old-013"_qs }, 10000);
    QCOMPARE(found(query, u"T-12"_qs, QString()), QStringList { u"old-012"_qs });
    StoreConnection c(db.url(), QStringLiteral("check"));
    QVERIFY2(c.open(&error), qPrintable(error));
    QSqlDatabase handle = c.database();
    QCOMPARE(SessionRefsBackfill::remaining(handle), 0);
}

QTEST_GUILESS_MAIN(TestRefsBackfill)
#include "tst_refsbackfill.moc"
