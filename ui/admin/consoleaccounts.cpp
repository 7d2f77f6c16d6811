#include "admin/consoleaccounts.h"

#include "admin/adminschema.h"
#include "store/storeconnection.h"
#include "store/storeurl.h"

#include <QDateTime>

namespace voicepay::ui {

ConsoleAccounts::ConsoleAccounts(const QString& storeUrl, int hashIterations)
    : m_urlText(storeUrl)
    , m_iterations(hashIterations)
{
}

ConsoleAccounts::~ConsoleAccounts()
{
    // The account objects hold copies of the connection's handle: release them before it is removed.
    m_users.reset();
    m_audit.reset();
    m_connection.reset();
}

qint64 ConsoleAccounts::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool ConsoleAccounts::open(QString* error)
{
    StoreUrl url = StoreUrl::defaultUrl();
    if (!m_urlText.isEmpty()) {
        const auto parsed = StoreUrl::parse(m_urlText, error);
        if (!parsed) {
            return false;
        }
        url = *parsed;
    }
    m_display = url.displayString();
    auto connection = std::make_unique<StoreConnection>(url, QStringLiteral("console-accounts"));
    if (!connection->open(error)) {
        return false;
    }
    QSqlDatabase db = connection->database();
    if (!AdminSchema::migrate(db, error)) {
        return false;
    }
    m_connection = std::move(connection);
    m_audit = std::make_unique<AuditLog>(db);
    m_users = std::make_unique<UserAccounts>(db, *m_audit, m_iterations);
    return true;
}

} // namespace voicepay::ui
