#pragma once

#include "storebackend.h"
#include "storeurl.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace voicepay {

// One database connection for the thread that creates it (QtSql connections must not cross threads): a unique
// connection name, opened, migrated, and removed again on destruction.
class StoreConnection
{
public:
    StoreConnection(StoreUrl url, const QString& purpose);
    ~StoreConnection();
    StoreConnection(const StoreConnection&) = delete;
    StoreConnection& operator=(const StoreConnection&) = delete;

    // Opens the database and brings its schema up to date.
    bool open(QString* error);
    bool isOpen() const;
    QSqlDatabase database() const;
    const StoreBackend& backend() const { return *m_backend; }
    const StoreUrl& url() const { return m_url; }
    QString name() const { return m_name; }

private:
    StoreUrl m_url;
    std::unique_ptr<StoreBackend> m_backend;
    QString m_name;
};

} // namespace voicepay
