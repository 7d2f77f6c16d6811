#include "config/configchangelist.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace voicepay::ui {

ConfigChangeList::ConfigChangeList(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("configChanges"));
    setColumnCount(3);
    setHeaderLabels({ tr("Setting"), tr("Before"), tr("After") });
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    header()->setSectionResizeMode(QHeaderView::Stretch);
    header()->setStretchLastSection(true);
}

void ConfigChangeList::setChanges(const QList<ConfigChange>& changes)
{
    m_changes = changes;
    clear();
    for (const ConfigChange& c : changes) {
        auto* item = new QTreeWidgetItem(this, { c.label, c.beforeText, c.afterText });
        // The file's name of the key, for whoever compares with the file or the documentation.
        item->setToolTip(0, c.key);
        item->setToolTip(1, c.beforeText);
        item->setToolTip(2, c.afterText);
        item->setData(0, Qt::UserRole, c.key);
    }
    if (changes.isEmpty()) {
        auto* item = new QTreeWidgetItem(this, { tr("No setting changes.") });
        item->setFirstColumnSpanned(true);
        item->setFlags(Qt::ItemIsEnabled);
    }
}

bool ConfigChangeList::confirm(QWidget* parent, const QString& title, const QString& intro,
    const QList<ConfigChange>& changes, const QString& okText)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("configReview"));
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* label = new QLabel(intro, &dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto* list = new ConfigChangeList(&dialog);
    list->setChanges(changes);
    layout->addWidget(list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(720, 360);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace voicepay::ui
