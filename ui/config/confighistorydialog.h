#pragma once

#include "admin/confighistory.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace voicepay::ui {

class ConfigChangeList;
class ConfigEditor;

// The configuration's saved versions (who, when, how), the changes between two of them, and roll back to
// one. One selected version is compared with the one before it; two are compared with each other, older
// first. Rolling back goes through the editor, so it is confirmed and audited as a save is.
class ConfigHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    ConfigHistoryDialog(ConfigHistory& history, ConfigEditor* editor, QWidget* parent = nullptr);

    void refresh();
    // Selects the versions with these ids (rows of the table) and shows their changes.
    void select(const QList<qint64>& ids);
    QTableWidget* versionTable() const { return m_table; }
    ConfigChangeList* changeList() const { return m_changes; }
    QPushButton* rollBackButton() const { return m_rollBack; }
    bool rollBackSelected(QString* error);

private:
    void showSelection();
    QList<qint64> selectedIds() const;
    static QString kindText(const ConfigVersion& v);

    ConfigHistory& m_history;
    ConfigEditor* m_editor;
    QList<ConfigVersion> m_versions; // newest first, as the table shows them
    QTableWidget* m_table;
    QLabel* m_compared;
    ConfigChangeList* m_changes;
    QPushButton* m_rollBack;
};

} // namespace voicepay::ui
