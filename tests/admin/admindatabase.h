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
