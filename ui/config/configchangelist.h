#pragma once

#include "config/configreview.h"

#include <QTreeWidget>

namespace voicepay::ui {

// The keys that change, one row each: the setting's label, its value before and after (ConfigReview). The
// save's review, the history's diff and the roll-back's confirmation all show changes with it.
class ConfigChangeList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ConfigChangeList(QWidget* parent = nullptr);

    void setChanges(const QList<ConfigChange>& changes);
    const QList<ConfigChange>& changes() const { return m_changes; }

    // A modal "these settings change" dialog with OK and Cancel; true when accepted. `intro` says what OK
    // does ("Save these changes? The password is asked next.").
    static bool confirm(QWidget* parent, const QString& title, const QString& intro,
        const QList<ConfigChange>& changes, const QString& okText);

private:
    QList<ConfigChange> m_changes;
};

} // namespace voicepay::ui
