#pragma once

#include "admin/auditlog.h"
#include "store/storeconnection.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

// A fresh database for one test row: a SQLite file in a temporary folder, or the test PostgreSQL server
// (VOICEPAY_TEST_PG_URL) with the admin tables emptied.
struct AdminDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<voicepay::StoreConnection> connection;

    // Returns false (and says why in `skip`) when the back-end is not available here.
    bool open(const QString& backend, QString* skip);
    QSqlDatabase db() const { return connection->database(); }
    // A test key and a head file in the test's folder, as the keychain and the configuration folder give
    // them.
    static QByteArray key() { return QByteArray(32, 'k'); }
    voicepay::AuditHeadFile head() const
    {
        return voicepay::AuditHeadFile(dir.filePath(QStringLiteral("head.json")));
    }
    voicepay::AuditLog auditLog() const { return voicepay::AuditLog(db(), key(), head()); }
};

void addBackendRows();

// The fixtures both admin tests open a test with. On the data row's back-end (the `backend` column of
// addBackendRows()): the row is skipped when that back-end is not available here, except SQLite, which must
// always work.
#define ADMIN_DATABASE_FOR_ROW(d)                                                                            \
    QFETCH(QString, backend);                                                                                \
    AdminDatabase d;                                                                                         \
    {                                                                                                        \
        QString skip;                                                                                        \
        if (!d.open(backend, &skip)) {                                                                       \
            QVERIFY2(backend != u"sqlite", qPrintable(skip));                                                \
            QSKIP(qPrintable(skip));                                                                         \
        }                                                                                                    \
    }

// On SQLite, for the tests that need no other back-end.
#define ADMIN_DATABASE_ON_SQLITE(d)                                                                          \
    AdminDatabase d;                                                                                         \
    {                                                                                                        \
        QString skip;                                                                                        \
        QVERIFY2(d.open(QStringLiteral("sqlite"), &skip), qPrintable(skip));                                 \
    }
