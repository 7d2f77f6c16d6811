#pragma once

#include "config/flowconfig.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace voicepay::ui {

class BrandListWidget;
class ConfigForm;
class ThresholdsForm;

// Every setting of the engine, validated as it is typed (ConfigReader::apply and FlowConfig::validate give
// the key at fault, whose field shows the reason). Save writes the file atomically; Revert reloads it;
// Restore defaults fills in the embedded defaults; import and export read and write other files. The gateway
// key goes to the system keychain through the secret store, never to the file.
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

    explicit ConfigEditor(const QString& filePath, QWidget* parent = nullptr);

    void setConfig(const FlowConfig& config); // fills the form (not saved)
    void setSecretStore(SecretStore store, const QString& description);
    void setActionGate(ActionGate gate, ActionRecord record);
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
    QPushButton* storeKeyButton() const;

signals:
    void saved(const voicepay::FlowConfig& config);
    void message(const QString& text);

private:
    void buildButtons(QVBoxLayout* layout);
    void connectKeyButtons();
    QJsonObject formJson() const;
    void validateNow();
    void showError(const QString& error);

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
    QString m_error;

    QLabel* m_banner;
    QLabel* m_state;
    QPushButton* m_save;
    QPushButton* m_revert;
};

} // namespace voicepay::ui
