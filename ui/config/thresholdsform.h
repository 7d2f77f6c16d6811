#pragma once

#include "store/kpithresholds.h"

#include <QGroupBox>
#include <QHash>
#include <functional>

class QAbstractSpinBox;
class QLabel;
class QPushButton;

namespace voicepay::ui {

// The wallboard's thresholds (KpiThresholds, the one owner of what they mean): when the success rate, the
// hang-ups and the technical errors per minute turn a tile amber or red. An admin sets them here; a save is
// confirmed and recorded on the audit trail ("thresholds_changed", the values before and after) before the
// file is written, or it does not happen.
class ThresholdsForm : public QGroupBox
{
    Q_OBJECT
public:
    using ActionGate = std::function<bool(const QString& action, const QJsonObject& details)>;
    using ActionRecord
        = std::function<bool(const QString& action, const QJsonObject& details, const QString& result)>;

    explicit ThresholdsForm(QString path, QWidget* parent = nullptr);

    void setActionGate(ActionGate gate, ActionRecord record);
    void setReadOnly(bool readOnly);
    // The file's thresholds, or the defaults when there is none (a bad file: the defaults, and a message).
    static KpiThresholds load(const QString& path, QString* warning = nullptr);
    // The form's thresholds; nothing, with the reason, when they contradict each other.
    std::optional<KpiThresholds> formThresholds(QString* error) const;
    void setThresholds(const KpiThresholds& thresholds);
    bool save(QString* error);
    // The fields by key: successAmber, successRed, hangUpsAmber, hangUpsRed, technicalAmber, technicalRed,
    // window.
    QAbstractSpinBox* field(const QString& key) const { return m_fields.value(key); }
    QPushButton* saveButton() const { return m_save; }
    QString path() const { return m_path; }

signals:
    void saved(const voicepay::KpiThresholds& thresholds);
    void message(const QString& text);

private:
    QString m_path;
    KpiThresholds m_saved;
    ActionGate m_gate;
    ActionRecord m_record;
    QHash<QString, QAbstractSpinBox*> m_fields;
    QLabel* m_error;
    QPushButton* m_save;
};

} // namespace voicepay::ui
