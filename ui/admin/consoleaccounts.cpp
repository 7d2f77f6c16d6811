#include "admin/consoleaccounts.h"

#include "admin/adminschema.h"
#include "admin/installation.h"
#include "auditkey.h"
#include "store/storeconnection.h"
#include "store/storeurl.h"

#include <QCoreApplication>
#include <QDateTime>

namespace voicepay::ui {

ConsoleAccounts::ConsoleAccounts(const QString& storeUrl)
    : m_urlText(storeUrl)
{
}

ConsoleAccounts::~ConsoleAccounts()
{
    // The account objects hold copies of the connection's handle: release them before it is removed.
    m_configHistory.reset();
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
    m_audit = AuditKey::openLog(db, &m_keyProblem);
    m_users = std::make_unique<UserAccounts>(db, *m_audit);
    m_configHistory = std::make_unique<ConfigHistory>(db);
    return true;
}

bool ConsoleAccounts::addFirstAdmin(const QString& name, const QString& password, QString* error)
{
    if (!m_users->addUser(name, name, Role::Admin, password, nowMs(), error)) {
        return false;
    }
    Installation installation;
    QString why;
    if (installation.storeId(&why).isEmpty() && why.isEmpty()) {
        installation.adopt(AdminSchema::storeId(m_connection->database()), &why);
    }
    return true;
}

bool ConsoleAccounts::mayChangeInstallation(QString* why) const
{
    if (!m_connection) {
        *why = QCoreApplication::translate("ConsoleAccounts", "no store is open");
        return false;
    }
    Installation installation;
    return installation.mayChange(AdminSchema::storeId(m_connection->database()), why);
}

} // namespace voicepay::ui
