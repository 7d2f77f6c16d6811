#include "sqlitebackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace voicepay {

bool SqliteBackend::open(QSqlDatabase& db, const StoreUrl& url, QString* error) const
{
    const QFileInfo file(url.path);
    if (!QDir().mkpath(file.absolutePath())) {
        *error = QCoreApplication::translate("StoreBackend", "cannot create the folder %1")
                     .arg(file.absolutePath());
        return false;
    }
    db.setDatabaseName(url.path);
    // Another process (a load run, a second console) may hold the write lock for one batch: wait for it.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    for (const char* pragma : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL",
             "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-16000" }) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            *error
                = QCoreApplication::translate("StoreBackend", "%1: %2").arg(url.path, q.lastError().text());
            db.close();
            return false;
        }
    }
    return true;
}

} // namespace voicepay
