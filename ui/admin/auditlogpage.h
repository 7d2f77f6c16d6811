#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace voicepay::ui {

class ConsoleAccounts;

// The audit trail for admins: one row per record (time in UTC, actor, action, details, result), a check of
// the hash chain that says whether it is intact or where it breaks, and an export to JSON that is itself
// audited.
class AuditLogPage : public QWidget
{
    Q_OBJECT
public:
    AuditLogPage(ConsoleAccounts& accounts, const QString& actor, QWidget* parent = nullptr);

    void refresh();
    // Checks the chain and shows the outcome; returns whether it is intact.
    bool verifyChain();
    bool exportJson(const QString& path, QString* error);
    QTableWidget* table() const { return m_table; }
    QString verificationText() const;

private:
    ConsoleAccounts& m_accounts;
    QString m_actor;
    QTableWidget* m_table;
    QLabel* m_verification;
};

} // namespace voicepay::ui
