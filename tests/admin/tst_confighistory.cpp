#include "admin/adminschema.h"
#include "admin/confighistory.h"
#include "admindatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace voicepay;

// Every saved version of the configuration, kept with who and when, beside the audit trail.
class TestConfigHistory : public QObject
{
    Q_OBJECT

private slots:
    void versionsAreKeptNewestFirst_data() { addBackendRows(); }
    void versionsAreKeptNewestFirst()
    {
        ADMIN_DATABASE_FOR_ROW(d)
        ConfigHistory history(d.db());
        const qint64 before = history.count();
        FlowConfig first;
        FlowConfig second;
        second.maxAmount = QStringLiteral("250.00");
        QString error;
        QVERIFY2(history.append(QStringLiteral("ann"), QStringLiteral("saved"), first, 1'000, 0, &error),
            qPrintable(error));
        QVERIFY2(history.append(QStringLiteral("bob"), QStringLiteral("saved"), second, 2'000, 0, &error),
            qPrintable(error));
        QCOMPARE(history.count(), before + 2);
        QList<ConfigVersion> versions;
        QVERIFY2(history.versions(&versions, &error), qPrintable(error));
        QCOMPARE(versions.at(0).actor, QStringLiteral("bob"));
        QCOMPARE(versions.at(0).atMs, 2'000);
        QCOMPARE(versions.at(0).config.maxAmount, QStringLiteral("250.00"));
        QCOMPARE(versions.at(0).digest, second.version());
        QCOMPARE(versions.at(1).actor, QStringLiteral("ann"));
        QCOMPARE(versions.at(0).id, versions.at(1).id + 1);

        const auto loaded = history.version(versions.at(1).id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->config.toJson(), first.toJson());
        QVERIFY(!history.version(versions.at(0).id + 100, &error));
        QVERIFY(error.contains(QStringLiteral("no version")));
    }

    void versionsCannotBeChangedOrRemoved_data() { addBackendRows(); }
    void versionsCannotBeChangedOrRemoved()
    {
        ADMIN_DATABASE_FOR_ROW(d)
        ConfigHistory history(d.db());
        QString error;
        QVERIFY2(
            history.append(QStringLiteral("ann"), QStringLiteral("saved"), FlowConfig(), 1'000, 0, &error),
            qPrintable(error));
        const qint64 kept = history.count();
        QSqlQuery q(d.db());
        QVERIFY(!q.exec(QStringLiteral("UPDATE config_versions SET actor = 'mallory'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM config_versions")));
        QCOMPARE(history.count(), kept);
    }

    void schemaIsVersionFive()
    {
        ADMIN_DATABASE_ON_SQLITE(d)
        QCOMPARE(AdminSchema::currentVersion, 5);
        QSqlQuery q(d.db());
        QVERIFY(q.exec(QStringLiteral("SELECT MAX(version) FROM admin_schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 5);
        // A store at version 4 gets the table, and migrating again changes nothing.
        QVERIFY(q.exec(QStringLiteral("DROP TABLE config_versions")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM admin_schema_version WHERE version = 5")));
        q.finish();
        QSqlDatabase db = d.db();
        QString error;
        QVERIFY2(AdminSchema::migrate(db, &error), qPrintable(error));
        QVERIFY2(AdminSchema::migrate(db, &error), qPrintable(error));
        QCOMPARE(ConfigHistory(db).count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConfigHistory)
#include "tst_confighistory.moc"
