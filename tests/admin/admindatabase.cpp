#include "admindatabase.h"

#include "admin/adminschema.h"

#include <QSqlQuery>

bool AdminDatabase::open(const QString& backend, QString* skip)
{
    QString text;
    if (backend == u"sqlite") {
        text = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("admin.sqlite"));
    } else {
        text = qEnvironmentVariable("VOICEPAY_TEST_PG_URL");
        if (text.isEmpty()) {
            *skip = QStringLiteral(
                "VOICEPAY_TEST_PG_URL is not set (scripts/test.sh starts a PostgreSQL server)");
            return false;
        }
    }
    QString error;
    const auto url = voicepay::StoreUrl::parse(text, &error);
    if (!url) {
        *skip = error;
        return false;
    }
    connection = std::make_unique<voicepay::StoreConnection>(*url, QStringLiteral("admin-test"));
    if (!connection->open(&error)) {
        *skip = error;
        return false;
    }
    QSqlDatabase database = connection->database();
    if (!voicepay::AdminSchema::migrate(database, &error)) {
        *skip = error;
        return false;
    }
    if (backend == u"postgresql") {
        // Tests share the server: start from empty tables (the append-only trigger is lifted for the reset).
        QSqlQuery q(database);
        q.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change"));
        q.exec(QStringLiteral("DELETE FROM audit_log"));
        q.exec(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change"));
        q.exec(QStringLiteral("DELETE FROM users"));
    }
    return true;
}

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}
