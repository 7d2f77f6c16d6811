#include "admin/auditfilter.h"

#include <QJsonArray>
#include <QTest>

using namespace voicepay;

namespace {
AuditRecord record(qint64 id, qint64 atMs, const QString& actor, const QString& action,
    const QJsonObject& details, const QString& result = QStringLiteral("ok"))
{
    AuditRecord r;
    r.id = id;
    r.atMs = atMs;
    r.actor = actor;
    r.action = action;
    r.details = details;
    r.result = result;
    return r;
}

const QList<AuditRecord> trail {
    record(1, 1000, QStringLiteral("ada"), QStringLiteral("user_added"),
        { { QStringLiteral("user"), QStringLiteral("sam") } }),
    record(2, 2000, QStringLiteral("sam"), QStringLiteral("login_failed"),
        { { QStringLiteral("reason"), QStringLiteral("wrong password") } }, QStringLiteral("refused")),
    record(3, 3000, QStringLiteral("ada"), QStringLiteral("config_changed"),
        { { QStringLiteral("changes"),
            QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("maxAmount") },
                { QStringLiteral("old"), QStringLiteral("100.00") },
                { QStringLiteral("new"), QStringLiteral("250.00") } } } } }),
    record(4, 4000, QStringLiteral("ada"), QStringLiteral("account_unlocked"),
        { { QStringLiteral("user"), QStringLiteral("sam") }, { QStringLiteral("failures"), 5 } }),
};

QList<qint64> idsOf(const AuditFilter& f)
{
    QList<qint64> ids;
    for (const AuditRecord& r : f.apply(trail)) {
        ids << r.id;
    }
    return ids;
}
} // namespace

// Finding audit records by user, action, period and a word.
class TestAuditFilter : public QObject
{
    Q_OBJECT

private slots:
    void filter_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QString>("action");
        QTest::addColumn<qint64>("fromMs");
        QTest::addColumn<qint64>("toMs");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<qint64>>("ids");
        const QString none;
        QTest::newRow("nothing asked lets everything through")
            << none << none << 0LL << 0LL << none << QList<qint64> { 1, 2, 3, 4 };
        QTest::newRow("one user") << QStringLiteral("sam") << none << 0LL << 0LL << none
                                  << QList<qint64> { 2 };
        QTest::newRow("one action") << none << QStringLiteral("config_changed") << 0LL << 0LL << none
                                    << QList<qint64> { 3 };
        QTest::newRow("a period includes its start, not its end")
            << none << none << 2000LL << 4000LL << none << QList<qint64> { 2, 3 };
        QTest::newRow("from a time on") << none << none << 3000LL << 0LL << none << QList<qint64> { 3, 4 };
        QTest::newRow("a word in a detail's value, any case")
            << none << none << 0LL << 0LL << QStringLiteral("WRONG") << QList<qint64> { 2 };
        QTest::newRow("a word in a changed key")
            << none << none << 0LL << 0LL << QStringLiteral("maxamount") << QList<qint64> { 3 };
        QTest::newRow("a number in a detail")
            << none << none << 0LL << 0LL << QStringLiteral("250.00") << QList<qint64> { 3 };
        QTest::newRow("a name as actor or in the details")
            << none << none << 0LL << 0LL << QStringLiteral("sam") << QList<qint64> { 1, 2, 4 };
        QTest::newRow("all together") << QStringLiteral("ada") << QStringLiteral("account_unlocked") << 1000LL
                                      << 5000LL << QStringLiteral("sam") << QList<qint64> { 4 };
        QTest::newRow("no record fits") << QStringLiteral("sam") << QStringLiteral("user_added") << 0LL << 0LL
                                        << none << QList<qint64> {};
    }

    void filter()
    {
        QFETCH(QString, actor);
        QFETCH(QString, action);
        QFETCH(qint64, fromMs);
        QFETCH(qint64, toMs);
        QFETCH(QString, text);
        QFETCH(QList<qint64>, ids);
        AuditFilter f { actor, action, fromMs, toMs, text };
        QCOMPARE(
            f.isEmpty(), actor.isEmpty() && action.isEmpty() && fromMs == 0 && toMs == 0 && text.isEmpty());
        QCOMPARE(idsOf(f), ids);
    }
};

QTEST_GUILESS_MAIN(TestAuditFilter)
#include "tst_auditfilter.moc"
