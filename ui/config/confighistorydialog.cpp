#include "config/confighistorydialog.h"

#include "config/configchangelist.h"
#include "config/configeditor.h"
#include "widgets/timedisplay.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace voicepay::ui {

ConfigHistoryDialog::ConfigHistoryDialog(ConfigHistory& history, ConfigEditor* editor, QWidget* parent)
    : QDialog(parent)
    , m_history(history)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("configHistory"));
    setWindowTitle(tr("Configuration history"));
    auto* layout = new QVBoxLayout(this);
    auto* hint
        = new QLabel(tr("Select a version to see what it changed, or two versions to compare them."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableWidget(0, 4, splitter);
    m_table->setHorizontalHeaderLabels({ tr("Version"), tr("When"), tr("Who"), tr("What") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* lower = new QWidget(splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_compared = new QLabel(lower);
    m_compared->setWordWrap(true);
    lowerLayout->addWidget(m_compared);
    m_changes = new ConfigChangeList(lower);
    lowerLayout->addWidget(m_changes, 1);
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_rollBack = buttons->addButton(tr("&Roll back to this version…"), QDialogButtonBox::ActionRole);
    m_rollBack->setObjectName(QStringLiteral("rollBackConfig"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ConfigHistoryDialog::showSelection);
    connect(m_rollBack, &QPushButton::clicked, this, [this] {
        QString why;
        if (!rollBackSelected(&why) && !why.isEmpty()) {
            QMessageBox::warning(this, tr("Roll back"), why);
        }
    });
    resize(820, 560);
    refresh();
}

QString ConfigHistoryDialog::kindText(const ConfigVersion& v)
{
    if (v.kind == u"rolled_back") {
        return tr("Rolled back to version %1").arg(v.fromId);
    }
    if (v.kind == u"initial") {
        return tr("As it was before the first recorded save");
    }
    return tr("Saved");
}

void ConfigHistoryDialog::refresh()
{
    QString why;
    if (!m_history.versions(&m_versions, &why)) {
        m_versions.clear();
        m_compared->setText(why);
    }
    m_table->setRowCount(int(m_versions.size()));
    for (int row = 0; row < m_versions.size(); ++row) {
        const ConfigVersion& v = m_versions.at(row);
        const QStringList cells { QString::number(v.id), TimeDisplay::text(v.atMs), v.actor, kindText(v) };
        for (int column = 0; column < cells.size(); ++column) {
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    m_table->resizeColumnsToContents();
    if (!m_versions.isEmpty()) {
        select({ m_versions.first().id });
    } else {
        showSelection();
    }
}

void ConfigHistoryDialog::select(const QList<qint64>& ids)
{
    m_table->clearSelection();
    for (int row = 0; row < m_versions.size(); ++row) {
        if (ids.contains(m_versions.at(row).id)) {
            m_table->selectionModel()->select(
                m_table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    showSelection();
}

QList<qint64> ConfigHistoryDialog::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        ids << m_versions.at(index.row()).id;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ConfigHistoryDialog::showSelection()
{
    const QList<qint64> ids = selectedIds();
    m_rollBack->setEnabled(ids.size() == 1 && m_editor && !m_editor->isReadOnly());
    auto find = [this](qint64 id) {
        return *std::find_if(
            m_versions.cbegin(), m_versions.cend(), [id](const ConfigVersion& v) { return v.id == id; });
    };
    if (ids.isEmpty() || ids.size() > 2) {
        m_compared->setText(ids.isEmpty() ? tr("No version selected.") : tr("Select one or two versions."));
        m_changes->setChanges({});
        return;
    }
    const ConfigVersion newer = find(ids.last());
    if (ids.size() == 2) {
        const ConfigVersion older = find(ids.first());
        m_compared->setText(tr("Changes from version %1 to version %2:").arg(older.id).arg(newer.id));
        m_changes->setChanges(ConfigReview::changes(older.config, newer.config));
        return;
    }
    // One version: what it changed from the version before it (the list is newest first).
    const auto it = std::find_if(
        m_versions.cbegin(), m_versions.cend(), [&](const ConfigVersion& v) { return v.id < newer.id; });
    if (it == m_versions.cend()) {
        m_compared->setText(
            tr("Version %1 is the oldest kept; its changes from the defaults:").arg(newer.id));
        m_changes->setChanges(ConfigReview::changes(FlowConfig(), newer.config));
        return;
    }
    m_compared->setText(tr("Changes from version %1 to version %2:").arg(it->id).arg(newer.id));
    m_changes->setChanges(ConfigReview::changes(it->config, newer.config));
}

bool ConfigHistoryDialog::rollBackSelected(QString* error)
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1 || !m_editor) {
        if (error) {
            *error = tr("Select the one version to roll back to.");
        }
        return false;
    }
    const bool done = m_editor->rollBack(ids.first(), error);
    refresh();
    return done;
}

} // namespace voicepay::ui
