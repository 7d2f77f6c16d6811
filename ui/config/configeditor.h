#pragma once

#include "config/flowconfig.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace voicepay::ui {

class BrandListWidget;

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
    // Told how an allowed action ended: "ok" or "failed".
    using ActionRecord
        = std::function<void(const QString& action, const QJsonObject& details, const QString& result)>;

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
    QLineEdit* minAmountEdit() const { return m_minAmount; }
    QLineEdit* maxAmountEdit() const { return m_maxAmount; }
    QComboBox* currencyBox() const { return m_currency; }
    BrandListWidget* allowedBrands() const { return m_allowed; }
    QSpinBox* noInputSpin() const { return m_noInput; }
    QComboBox* gatewayModeBox() const { return m_gatewayMode; }
    QLineEdit* gatewayUrlEdit() const { return m_gatewayUrl; }
    QLineEdit* gatewayKeyEdit() const { return m_gatewayKey; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* storeKeyButton() const { return m_storeKey; }

signals:
    void saved(const voicepay::FlowConfig& config);
    void message(const QString& text);

private:
    QWidget* buildForm();
    QJsonObject formJson() const;
    void validateNow();
    QLabel* errorLabel(const QString& key);
    void showError(const QString& error);

    QString m_path;
    FlowConfig m_saved;
    SecretStore m_secretStore;
    QString m_secretDescription;
    ActionGate m_gate;
    ActionRecord m_record;
    bool m_readOnly = false;
    QWidget* m_form = nullptr;
    QList<QWidget*> m_editButtons;
    bool m_loading = false;
    QString m_error;

    QLabel* m_banner;
    QLabel* m_state;
    QHash<QString, QLabel*> m_errors;
    QComboBox* m_currency;
    QLineEdit* m_minAmount;
    QLineEdit* m_maxAmount;
    QComboBox* m_amountMode;
    QSpinBox* m_maxDeclines;
    QComboBox* m_onMaxDeclines;
    QComboBox* m_onSuccess;
    QComboBox* m_onFailure;
    QSpinBox* m_maxAuth;
    BrandListWidget* m_allowed;
    BrandListWidget* m_noCode;
    BrandListWidget* m_noExpiry;
    QCheckBox* m_readback;
    QComboBox* m_inputMode;
    QSpinBox* m_maxRetries;
    QSpinBox* m_noInput;
    QSpinBox* m_interDigit;
    QTableWidget* m_steps;
    QComboBox* m_language;
    QLineEdit* m_site;
    QComboBox* m_gatewayMode;
    QLineEdit* m_gatewayUrl;
    QLineEdit* m_merchantLogin;
    QLineEdit* m_gatewayKey;
    QPushButton* m_storeKey;
    QPushButton* m_clearKey;
    QSpinBox* m_connectTimeout;
    QSpinBox* m_transferTimeout;
    QSpinBox* m_duplicateWindow;
    QSpinBox* m_maxCardDigits;
    QPushButton* m_save;
    QPushButton* m_revert;
};

} // namespace voicepay::ui
