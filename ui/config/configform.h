#pragma once

#include "config/configkeys.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace voicepay::ui {

// The configuration editor's form, built from the key table (core/config/configkeys.h): a group box per
// group, a field per key with the widget, label, range and suffix the table gives, and an inline error label
// under each. It holds the form's values as the file's JSON, so what the form accepts is what the reader
// accepts. Texts are translated in the editor's context, where the catalogue has them.
class ConfigForm : public QWidget
{
    Q_OBJECT
public:
    explicit ConfigForm(QWidget* parent = nullptr);

    void setJson(const QJsonObject& config); // a configuration as written to the file
    QJsonObject json() const; // the fields as the file's keys; text that is not a number stays text

    QWidget* field(const QString& key) const { return m_fields.value(key); }
    QLabel* errorLabel(const QString& key) const { return m_errors.value(key); }
    const QHash<QString, QLabel*>& errorLabels() const { return m_errors; }

    // The transaction key row of the gateway group (the key goes to the keychain, never to the file).
    QLineEdit* gatewayKeyEdit() const { return m_gatewayKey; }
    QPushButton* storeKeyButton() const { return m_storeKey; }
    QPushButton* clearKeyButton() const { return m_clearKey; }

signals:
    void changed();

private:
    QGroupBox* buildGroup(const ConfigGroup& group);
    QWidget* buildField(const ConfigKey& key, QWidget* parent);
    QWidget* buildChoice(const ConfigKey& key, QWidget* parent);
    QWidget* buildSpin(const ConfigKey& key, QWidget* parent);
    QWidget* buildStepTable(QWidget* parent);
    QWidget* buildKeyRow(QWidget* parent);
    void addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& key);
    void watch(QWidget* field);

    void setValue(const ConfigKey& key, QWidget* field, const QJsonValue& value);
    QJsonValue value(const ConfigKey& key, const QWidget* field) const;
    void setSteps(const QJsonObject& steps, const QJsonObject& general);
    QJsonObject steps() const;

    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_errors;
    QTableWidget* m_steps = nullptr;
    QLineEdit* m_gatewayKey = nullptr;
    QPushButton* m_storeKey = nullptr;
    QPushButton* m_clearKey = nullptr;
};

} // namespace voicepay::ui
