#include "config/brandlistwidget.h"
#include "config/configeditor.h"
#include "config/configform.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

// The editor's fields and its gateway key: the key goes to the system keychain through the secret store,
// through the same gate and record as a save, and never into the file.
namespace voicepay::ui {

void ConfigEditor::connectKeyButtons()
{
    connect(m_form->storeKeyButton(), &QPushButton::clicked, this, [this] {
        QString why;
        if (gatewayKeyEdit()->text().isEmpty()) {
            QMessageBox::warning(
                this, tr("Store in keychain"), tr("Type the key first; Clear removes a stored one."));
        } else if (!storeKey(gatewayKeyEdit()->text(), &why)) {
            QMessageBox::warning(this, tr("Store in keychain"), why);
        }
    });
    connect(m_form->clearKeyButton(), &QPushButton::clicked, this, [this] {
        QString why;
        if (!storeKey(QString(), &why)) {
            QMessageBox::warning(this, tr("Clear the key"), why);
        }
    });
}

QWidget* ConfigEditor::field(const QString& key) const
{
    return m_form->field(key);
}

QLineEdit* ConfigEditor::minAmountEdit() const
{
    return qobject_cast<QLineEdit*>(field(QStringLiteral("minAmount")));
}

QLineEdit* ConfigEditor::maxAmountEdit() const
{
    return qobject_cast<QLineEdit*>(field(QStringLiteral("maxAmount")));
}

QComboBox* ConfigEditor::currencyBox() const
{
    return qobject_cast<QComboBox*>(field(QStringLiteral("currency")));
}

BrandListWidget* ConfigEditor::allowedBrands() const
{
    return qobject_cast<BrandListWidget*>(field(QStringLiteral("allowedBrands")));
}

QSpinBox* ConfigEditor::noInputSpin() const
{
    return qobject_cast<QSpinBox*>(field(QStringLiteral("noInputTimeoutMs")));
}

QComboBox* ConfigEditor::gatewayModeBox() const
{
    return qobject_cast<QComboBox*>(field(QStringLiteral("gateway.mode")));
}

QLineEdit* ConfigEditor::gatewayUrlEdit() const
{
    return qobject_cast<QLineEdit*>(field(QStringLiteral("gateway.url")));
}

QLineEdit* ConfigEditor::gatewayKeyEdit() const
{
    return m_form->gatewayKeyEdit();
}

QPushButton* ConfigEditor::storeKeyButton() const
{
    return m_form->storeKeyButton();
}

void ConfigEditor::setSecretStore(SecretStore store, const QString& description)
{
    m_secretStore = std::move(store);
    m_secretDescription = description;
    const bool have = bool(m_secretStore) && !m_readOnly;
    gatewayKeyEdit()->setEnabled(have);
    m_form->storeKeyButton()->setEnabled(have);
    m_form->clearKeyButton()->setEnabled(have);
    gatewayKeyEdit()->setToolTip(have
            ? description
            : tr("This build has no keychain support: the key cannot be stored. It is "
                 "never written to the configuration file."));
}

bool ConfigEditor::storeKey(const QString& key, QString* error)
{
    const QString action
        = key.isEmpty() ? QStringLiteral("credential_cleared") : QStringLiteral("credential_set");
    // The key itself never goes into the details: only whose key it is.
    const QString login
        = qobject_cast<QLineEdit*>(field(QStringLiteral("gateway.merchantLogin")))->text().trimmed();
    const QJsonObject details { { QStringLiteral("merchantLogin"), login } };
    if (m_readOnly || !m_secretStore) {
        if (m_record && m_readOnly) {
            m_record(action, details, QStringLiteral("refused"));
        }
        if (error) {
            *error = m_readOnly ? tr("The configuration is read-only for you.")
                                : tr("No keychain is available.");
        }
        return false;
    }
    if (m_gate && !m_gate(action, details)) {
        if (error) {
            *error = tr("Not confirmed: the key is unchanged.");
        }
        return false;
    }
    QString why;
    const bool ok = m_secretStore(login, key, &why);
    if (m_record) {
        m_record(action, details, ok ? QStringLiteral("ok") : QStringLiteral("failed"));
    }
    if (!ok) {
        if (error) {
            *error = why.isEmpty() ? tr("No keychain is available.") : why;
        }
        return false;
    }
    gatewayKeyEdit()->clear();
    emit message(key.isEmpty() ? tr("The transaction key is removed from the system keychain.")
                               : tr("The transaction key is in the system keychain."));
    return true;
}

} // namespace voicepay::ui
