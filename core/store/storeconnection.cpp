#include "storeconnection.h"

#include "storeschema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>

namespace voicepay {

Q_LOGGING_CATEGORY(lcStore, "voicepay.store")

namespace {
QAtomicInteger<quint64> s_connectionCounter;
}

StoreConnection::StoreConnection(StoreUrl url, const QString& purpose)
    : m_url(std::move(url))
    , m_backend(StoreBackend::create(m_url))
    , m_name(
          QStringLiteral("voicepay.store.%1.%2").arg(purpose).arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
    QSqlDatabase::addDatabase(m_backend->driverName(), m_name);
}

StoreConnection::~StoreConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool StoreConnection::open(QString* error)
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (!db.isValid()) {
        *error = QCoreApplication::translate("StoreConnection", "the Qt SQL driver %1 is not available")
                     .arg(m_backend->driverName());
        return false;
    }
    QString why;
    if (!m_backend->open(db, m_url, &why)) {
        *error = QCoreApplication::translate("StoreConnection", "cannot open the KPI store %1: %2")
                     .arg(m_url.displayString(), why);
        return false;
    }
    if (!StoreSchema::migrate(db, *m_backend, &why)) {
        *error = QCoreApplication::translate("StoreConnection", "KPI store %1: %2")
                     .arg(m_url.displayString(), why);
        db.close();
        return false;
    }
    qCDebug(lcStore) << "opened" << m_url.displayString() << "as" << m_name;
    return true;
}

bool StoreConnection::isOpen() const
{
    return QSqlDatabase::database(m_name, false).isOpen();
}

QSqlDatabase StoreConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace voicepay
