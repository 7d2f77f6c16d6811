#include "admin/auditlogpage.h"

#include "admin/consoleaccounts.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace voicepay::ui {

namespace {
QList<AuditRecord> allRecords(AuditLog& audit)
{
    QList<AuditRecord> all;
    qint64 after = 0;
    for (;;) {
        const QList<AuditRecord> page = audit.records(after, 1000);
        all += page;
        if (page.size() < 1000) {
            return all;
        }
        after = page.last().id;
    }
}
} // namespace

AuditLogPage::AuditLogPage(ConsoleAccounts& accounts, const QString& actor, QWidget* parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_actor(actor)
    , m_table(new QTableWidget(this))
    , m_verification(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    auto* verifyButton = new QPushButton(tr("&Verify chain"), this);
    verifyButton->setObjectName(QStringLiteral("verifyChain"));
    auto* exportButton = new QPushButton(tr("E&xport JSON…"), this);
    buttons->addWidget(refreshButton);
    buttons->addWidget(verifyButton);
    buttons->addWidget(m_verification, 1);
    buttons->addWidget(exportButton);
    layout->addLayout(buttons);
    m_verification->setObjectName(QStringLiteral("chainState"));
    m_verification->setWordWrap(true);

    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        { tr("Time (UTC)"), tr("Actor"), tr("Action"), tr("Details"), tr("Result") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    connect(refreshButton, &QPushButton::clicked, this, &AuditLogPage::refresh);
    connect(verifyButton, &QPushButton::clicked, this, &AuditLogPage::verifyChain);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the audit log"), QStringLiteral("audit.json"), tr("JSON files (*.json)"));
        QString why;
        if (!path.isEmpty() && !exportJson(path, &why)) {
            QMessageBox::warning(this, tr("Export the audit log"), why);
        }
    });
    refresh();
}

void AuditLogPage::refresh()
{
    const QList<AuditRecord> records = allRecords(m_accounts.audit());
    m_table->setRowCount(int(records.size()));
    // Newest first: the latest actions are what an admin looks for.
    for (int i = 0; i < records.size(); ++i) {
        const AuditRecord& r = records.at(records.size() - 1 - i);
        const QStringList cells { r.atUtc(), r.actor, r.action,
            QString::fromUtf8(QJsonDocument(r.details).toJson(QJsonDocument::Compact)), r.result };
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(2);
}

bool AuditLogPage::verifyChain()
{
    const AuditVerification v = m_accounts.audit().verify();
    if (v.ok) {
        m_verification->setText(tr("Chain intact: %n record(s) checked.", nullptr, int(v.checked)));
        m_verification->setStyleSheet(QStringLiteral("color: #2e7d32; font-weight: bold;"));
    } else {
        m_verification->setText(tr("Chain BROKEN at record %1: %2").arg(v.firstBadId).arg(v.reason));
        m_verification->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    }
    return v.ok;
}

QString AuditLogPage::verificationText() const
{
    return m_verification->text();
}

bool AuditLogPage::exportJson(const QString& path, QString* error)
{
    const QList<AuditRecord> records = allRecords(m_accounts.audit());
    QJsonArray array;
    for (const AuditRecord& r : records) {
        array.append(r.toJson());
    }
    QSaveFile file(path);
    const bool ok
        = file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(array).toJson()) >= 0 && file.commit();
    const QJsonObject details { { QStringLiteral("file"), path },
        { QStringLiteral("records"), records.size() } };
    m_accounts.audit().append(m_actor, QStringLiteral("audit_exported"), details,
        ok ? QStringLiteral("ok") : QStringLiteral("failed"), ConsoleAccounts::nowMs());
    if (!ok && error) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
    }
    refresh();
    return ok;
}

} // namespace voicepay::ui
