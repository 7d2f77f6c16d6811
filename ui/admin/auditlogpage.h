#pragma once

#include "admin/auditfilter.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace voicepay::ui {

class ConsoleAccounts;

// The audit trail for admins: one row per record, newest first (time in local time or UTC, actor, action,
// details in words, result), found by user, action, period and a word; the selected record's details as a
// table of field and value. A check of the hash chain says whether it is intact or where it breaks, and an
// export to JSON (the whole trail, as recorded) is itself audited.
class AuditLogPage : public QWidget
{
    Q_OBJECT
public:
    AuditLogPage(ConsoleAccounts& accounts, const QString& actor, QWidget* parent = nullptr);

    // Reads the trail again and shows what the filter lets through.
    void refresh();
    // Checks the chain and shows the outcome; returns whether it is intact.
    bool verifyChain();
    bool exportJson(const QString& path, QString* error);

    // The filter fields as one value; setting it fills the fields and shows its records.
    AuditFilter filter() const;
    void setFilter(const AuditFilter& filter);
    void setUtc(bool utc);

    QTableWidget* table() const { return m_table; }
    QTableWidget* detailsTable() const { return m_details; }
    QString verificationText() const;
    QString countText() const;

private:
    QWidget* buildFilterBar();
    void fillChoices();
    void showRecords();
    void showDetails();

    ConsoleAccounts& m_accounts;
    QString m_actor;
    QList<AuditRecord> m_records; // oldest first, as read
    QList<AuditRecord> m_shown; // newest first, as in the table
    QComboBox* m_user = nullptr;
    QComboBox* m_action = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_utc = nullptr;
    QLabel* m_count = nullptr;
    QTableWidget* m_table;
    QTableWidget* m_details;
    QLabel* m_verification;
    bool m_filling = false;
};

} // namespace voicepay::ui
