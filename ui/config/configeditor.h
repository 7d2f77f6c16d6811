#pragma once

#include "config/configreview.h"
#include "config/flowconfig.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace voicepay {
class ConfigHistory;
}

namespace voicepay::ui {

class BrandListWidget;
class ConfigForm;
class ThresholdsForm;

// Every setting of the engine, validated as it is typed: every key at fault shows its reason under its field
// at once (ConfigReview::errors), and the reasons' space is kept, so the form does not move as they come and
// go. Save first lists the changes (old → new) for review, then asks the gate (the password). Save writes the
// file atomically; Revert reloads it; Restore defaults fills in the embedded defaults; import and export read
// and write other files. The gateway key goes to the system keychain through the secret store, never to the
// file.
class ConfigEditor : public QWidget
{
    Q_OBJECT
public:
    // Stores the gateway key for a merchant login; false with a reason.
    // An empty secret clears the stored key.
    using SecretStore = std::function<bool(const QString& login, const QString& secret, QString* error)>;
    // Asked before a save ("config_changed", with AuditLog::configChange as details) and before a key is set
    // or cleared ("credential_set", "credential_cleared"); false refuses the action. The gate records
    // refusals.
    using ActionGate = std::function<bool(const QString& action, const QJsonObject& details)>;
    // Records an action with its result ("ok", "failed", "refused"); false when the record could not be
    // written. A save is recorded as "ok" before the file is written and does not happen without that record
    // (a write that then fails is recorded again as "failed").
    using ActionRecord
        = std::function<bool(const QString& action, const QJsonObject& details, const QString& result)>;

    // Shown the changes before a save from the Save button; false stops the save before the gate is asked.
    // The default shows them in a dialog (ConfigChangeList::confirm).
    using Review = std::function<bool(const QList<ConfigChange>& changes)>;

    explicit ConfigEditor(const QString& filePath, QWidget* parent = nullptr);

    void setConfig(const FlowConfig& config); // fills the form (not saved)
    void setSecretStore(SecretStore store, const QString& description);
    void setActionGate(ActionGate gate, ActionRecord record);
    void setReview(Review review) { m_review = std::move(review); }
    // Where saved versions are kept, whose they are and the clock they are stamped with; without a history
    // the History button is hidden. A save records its version after the file is written; the first one also
    // records the file as it was before ("initial"), so that it can be rolled back to.
    void setHistory(ConfigHistory* history, const QString& actor, std::function<qint64()> clock);
    // Every field disabled, no Save, Import, Revert, Restore defaults or key change: the form can be read and
    // exported.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Stores (or, with an empty key, clears) the gateway key through the gate and the secret store.
    bool storeKey(const QString& key, QString* error);
    // The form's configuration; nullopt with the reason when it is refused.
    std::optional<FlowConfig> formConfig(QString* error) const;
    QString errorText() const; // the banner's text; empty when the form is valid
    QString fieldError(const QString& key) const; // the inline reason under a key's field
    bool isDirty() const;
    QString filePath() const { return m_path; }

    bool save(QString* error);
    // The Save button: the review of the changes, then save().
    bool requestSave(QString* error);
    // Makes a kept version the configuration again: confirmed by the gate and recorded as
    // "config_rolled_back" (the changes and the version), written to the file and kept as a new version.
    bool rollBack(qint64 versionId, QString* error);
    // What a save would change now; empty when the form is not valid or not changed.
    QList<ConfigChange> pendingChanges() const;
    QStringList errors() const { return m_errors; } // every reason the form is refused, "key: reason"
    void revert();
    void restoreDefaults();
    bool importFile(const QString& path, QString* error);
    bool exportFile(const QString& path, QString* error);

    // Fields, for tests and keyboard navigation.
    QWidget* field(const QString& key) const; // the field of a key of the table in core/config/configkeys.h
    QLineEdit* minAmountEdit() const;
    QLineEdit* maxAmountEdit() const;
    QComboBox* currencyBox() const;
    BrandListWidget* allowedBrands() const;
    QSpinBox* noInputSpin() const;
    QComboBox* gatewayModeBox() const;
    QLineEdit* gatewayUrlEdit() const;
    QLineEdit* gatewayKeyEdit() const;
    QPushButton* saveButton() const { return m_save; }
    ThresholdsForm* thresholds() const { return m_thresholds; }
    QPushButton* historyButton() const { return m_historyButton; }
    QPushButton* storeKeyButton() const;

signals:
    void saved(const voicepay::FlowConfig& config);
    void message(const QString& text);

private:
    void buildButtons(QVBoxLayout* layout);
    void connectKeyButtons();
    QJsonObject formJson() const;
    void validateNow();
    void showErrors(const QStringList& errors);
    void markField(const QString& error);
    void showHistory();
    // The save and the roll-back: the gate, the record, the file, the version.
    bool commit(
        const FlowConfig& config, const QString& action, QJsonObject details, qint64 fromId, QString* error);
    void keepVersion(const FlowConfig& config, const QString& kind, qint64 fromId);

    QString m_path;
    FlowConfig m_saved;
    SecretStore m_secretStore;
    QString m_secretDescription;
    ActionGate m_gate;
    ActionRecord m_record;
    bool m_readOnly = false;
    ConfigForm* m_form = nullptr;
    ThresholdsForm* m_thresholds = nullptr;
    QList<QWidget*> m_editButtons;
    bool m_loading = false;
    QStringList m_errors;
    Review m_review;
    ConfigHistory* m_history = nullptr;
    QString m_actor;
    std::function<qint64()> m_clock;
    QPushButton* m_historyButton = nullptr;

    QLabel* m_banner;
    QLabel* m_state;
    QPushButton* m_save;
    QPushButton* m_revert;
};

} // namespace voicepay::ui
