#pragma once

#include "flow/callcontext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace voicepay::ui {

// The call to simulate: type, account (from the seeded directory), whether the IVR identified the caller,
// amount due, merchant id, payment reference and language.
class CallSetupWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CallSetupWidget(QWidget* parent = nullptr);

    CallContext context() const;
    void setContext(const CallContext& context);

    QComboBox* callTypeBox() const { return m_type; }
    QCheckBox* identifiedBox() const { return m_identified; }
    QLineEdit* amountEdit() const { return m_amount; }

private:
    QComboBox* m_type;
    QComboBox* m_account;
    QCheckBox* m_identified;
    QLineEdit* m_amount;
    QLineEdit* m_merchant;
    QLineEdit* m_reference;
    QComboBox* m_language;
};

} // namespace voicepay::ui
