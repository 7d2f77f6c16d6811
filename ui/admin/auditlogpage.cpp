#include "admin/auditlogpage.h"

#include "admin/auditdetails.h"
#include "admin/consoleaccounts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

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

// The lowest value of a period's bound stands for "any": the edit shows a word instead of a date.
const QDateTime anyTime(QDate(2000, 1, 1), QTime(0, 0));

QDateTimeEdit* boundEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setMinimumDateTime(anyTime);
    edit->setSpecialValueText(AuditLogPage::tr("any"));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    edit->setDateTime(anyTime);
    return edit;
}

qint64 boundOf(const QDateTimeEdit* edit)
{
    return edit->dateTime() <= anyTime ? 0 : edit->dateTime().toMSecsSinceEpoch();
}

QTableWidget* readOnlyTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(parent);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->setVisible(false);
    table->setWordWrap(false);
    return table;
}

void setRow(QTableWidget* table, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        table->setItem(row, c, item);
    }
}
} // namespace

AuditLogPage::AuditLogPage(ConsoleAccounts& accounts, const QString& actor, QWidget* parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_actor(actor)
    , m_table(readOnlyTable({ tr("Time"), tr("Actor"), tr("Action"), tr("Details"), tr("Result") }, this))
    , m_details(readOnlyTable({ tr("Field"), tr("Value") }, this))
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
    layout->addWidget(buildFilterBar());

    m_table->setObjectName(QStringLiteral("auditRecords"));
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->horizontalHeader()->setStretchLastSection(true);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(refreshButton, &QPushButton::clicked, this, &AuditLogPage::refresh);
    connect(verifyButton, &QPushButton::clicked, this, &AuditLogPage::verifyChain);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AuditLogPage::showDetails);
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

QWidget* AuditLogPage::buildFilterBar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_user = new QComboBox(bar);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_action = new QComboBox(bar);
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_from = boundEdit(QStringLiteral("auditFrom"), bar);
    m_to = boundEdit(QStringLiteral("auditTo"), bar);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    m_utc = new QCheckBox(tr("&UTC"), bar);
    m_utc->setToolTip(tr("Show times in UTC instead of this computer's time zone"));
    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("auditCount"));
    const QList<std::pair<QString, QWidget*>> fields { { tr("U&ser:"), m_user }, { tr("Ac&tion:"), m_action },
        { tr("&From:"), m_from }, { tr("T&o:"), m_to } };
    for (const auto& [text, field] : fields) {
        auto* label = new QLabel(text, bar);
        label->setBuddy(field);
        row->addWidget(label);
        row->addWidget(field);
    }
    row->addWidget(m_search, 1);
    row->addWidget(m_utc);
    row->addWidget(m_count);

    const auto changed = [this] {
        if (!m_filling) {
            showRecords();
        }
    };
    connect(m_user, &QComboBox::currentIndexChanged, this, changed);
    connect(m_action, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_search, &QLineEdit::textChanged, this, changed);
    connect(m_utc, &QCheckBox::toggled, this, changed);
    return bar;
}

void AuditLogPage::fillChoices()
{
    // The choices are the names and actions the trail holds; what was chosen stays chosen.
    const QString user = m_user->currentData().toString();
    const QString action = m_action->currentData().toString();
    QStringList users;
    QStringList actions;
    for (const AuditRecord& r : std::as_const(m_records)) {
        users << r.actor;
        actions << r.action;
    }
    users.removeDuplicates();
    actions.removeDuplicates();
    users.sort(Qt::CaseInsensitive);
    actions.sort();
    m_filling = true;
    m_user->clear();
    m_user->addItem(tr("everyone"), QString());
    for (const QString& name : std::as_const(users)) {
        m_user->addItem(name, name);
    }
    m_action->clear();
    m_action->addItem(tr("every action"), QString());
    for (const QString& a : std::as_const(actions)) {
        m_action->addItem(AuditDetails::actionLabel(a), a);
    }
    m_user->setCurrentIndex(std::max(0, m_user->findData(user)));
    m_action->setCurrentIndex(std::max(0, m_action->findData(action)));
    m_filling = false;
}

AuditFilter AuditLogPage::filter() const
{
    AuditFilter f;
    f.actor = m_user->currentData().toString();
    f.action = m_action->currentData().toString();
    f.fromMs = boundOf(m_from);
    f.toMs = boundOf(m_to);
    f.text = m_search->text().trimmed();
    return f;
}

void AuditLogPage::setFilter(const AuditFilter& f)
{
    m_filling = true;
    for (const auto& [combo, value] : { std::pair { m_user, f.actor }, std::pair { m_action, f.action } }) {
        if (combo->findData(value) < 0) {
            combo->addItem(value, value);
        }
        combo->setCurrentIndex(combo->findData(value));
    }
    m_from->setDateTime(f.fromMs == 0 ? anyTime : QDateTime::fromMSecsSinceEpoch(f.fromMs));
    m_to->setDateTime(f.toMs == 0 ? anyTime : QDateTime::fromMSecsSinceEpoch(f.toMs));
    m_search->setText(f.text);
    m_filling = false;
    showRecords();
}

void AuditLogPage::setUtc(bool utc)
{
    m_utc->setChecked(utc);
}

void AuditLogPage::refresh()
{
    m_records = allRecords(m_accounts.audit());
    fillChoices();
    showRecords();
}

void AuditLogPage::showRecords()
{
    const bool utc = m_utc->isChecked();
    m_shown = filter().apply(m_records);
    // Newest first: the latest actions are what an admin looks for.
    std::reverse(m_shown.begin(), m_shown.end());
    m_table->horizontalHeaderItem(0)->setText(utc ? tr("Time (UTC)") : tr("Time (local)"));
    m_table->clearContents();
    m_table->setRowCount(int(m_shown.size()));
    for (int i = 0; i < m_shown.size(); ++i) {
        const AuditRecord& r = m_shown.at(i);
        setRow(m_table, i,
            { AuditDetails::time(r.atMs, utc), r.actor, AuditDetails::actionLabel(r.action),
                AuditDetails::summary(r.details, utc), AuditDetails::resultLabel(r.result) });
    }
    for (int c : { 0, 1, 2 }) {
        m_table->resizeColumnToContents(c);
    }
    m_count->setText(tr("%1 of %n record(s)", nullptr, int(m_records.size())).arg(m_shown.size()));
    showDetails();
}

void AuditLogPage::showDetails()
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.first()->row();
    m_details->clearContents();
    if (row < 0 || row >= m_shown.size()) {
        m_details->setRowCount(0);
        return;
    }
    const AuditRecord& r = m_shown.at(row);
    const bool utc = m_utc->isChecked();
    QList<std::pair<QString, QString>> rows { { tr("Record"), QString::number(r.id) },
        { tr("Time"), AuditDetails::time(r.atMs, utc) }, { tr("Actor"), r.actor },
        { tr("Action"), AuditDetails::actionLabel(r.action) },
        { tr("Result"), AuditDetails::resultLabel(r.result) } };
    rows += AuditDetails::rows(r.details, utc);
    m_details->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        setRow(m_details, i, { rows.at(i).first, rows.at(i).second });
    }
    m_details->resizeColumnToContents(0);
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

QString AuditLogPage::countText() const
{
    return m_count->text();
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
