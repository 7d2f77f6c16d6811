#pragma once

#include "config/flowconfig.h"
#include "flow/callcontext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace voicepay::ui {

// The call to simulate: type, account (from the seeded directory), whether the IVR identified the caller,
// amount due, merchant id, payment reference and language. Above them, the configuration the call runs
// under in one line; under them, what that configuration says of the form (CallSetupCheck), as it is typed.
class CallSetupWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CallSetupWidget(QWidget* parent = nullptr);

    CallContext context() const;
    void setContext(const CallContext& context);
    void setConfig(const FlowConfig& config);
    // What would end the call at once as a technical error; empty: it can start.
    QStringList errors() const;

    QComboBox* callTypeBox() const { return m_type; }
    QCheckBox* identifiedBox() const { return m_identified; }
    QLineEdit* amountEdit() const { return m_amount; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* checkLabel() const { return m_check; }

private:
    void check();

    FlowConfig m_config;
    QLabel* m_summary;
    QLabel* m_check;
    QComboBox* m_type;
    QComboBox* m_account;
    QCheckBox* m_identified;
    QLineEdit* m_amount;
    QLineEdit* m_merchant;
    QLineEdit* m_reference;
    QComboBox* m_language;
};

} // namespace voicepay::ui
