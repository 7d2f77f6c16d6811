#include "simulator/callsetupwidget.h"

#include "directory/customerdirectory.h"
#include "prompts/promptlanguage.h"
#include "sim/callsetupcheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace voicepay::ui {

CallSetupWidget::CallSetupWidget(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_check(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_account(new QComboBox(this))
    , m_identified(new QCheckBox(tr("Identified by the IVR"), this))
    , m_amount(new QLineEdit(QStringLiteral("125.00"), this))
    , m_merchant(new QLineEdit(QStringLiteral("M-1001"), this))
    , m_reference(new QLineEdit(QStringLiteral("INV-2024-001"), this))
    , m_language(new QComboBox(this))
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("configSummary"));
    form->addRow(m_summary);
    m_type->addItem(tr("IVR call"), int(CallType::Ivr));
    m_type->addItem(tr("Agent conference"), int(CallType::Conference));
    form->addRow(tr("Call &type:"), m_type);
    for (const Customer& c : CustomerDirectory::seeded().customers()) {
        m_account->addItem(QStringLiteral("%1 — %2").arg(c.accountId, c.name), c.accountId);
    }
    m_account->setEditable(true);
    m_account->setInsertPolicy(QComboBox::NoInsert);
    form->addRow(tr("&Account:"), m_account);
    m_identified->setChecked(true);
    m_identified->setToolTip(tr("Unchecked: the flow asks the caller for the account number and PIN."));
    form->addRow(QString(), m_identified);
    m_amount->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,9}(\\.\\d{0,3})?")), m_amount));
    form->addRow(tr("Amount &due:"), m_amount);
    form->addRow(tr("&Merchant id:"), m_merchant);
    form->addRow(tr("Payment &reference:"), m_reference);
    m_language->addItem(tr("Configured"), QString());
    for (const QString& code : PromptLanguage::available()) {
        m_language->addItem(
            PromptLanguage::wording(code).name + QStringLiteral(" (") + code + QLatin1Char(')'), code);
    }
    form->addRow(tr("&Language:"), m_language);
    m_check->setWordWrap(true);
    m_check->setObjectName(QStringLiteral("setupCheck"));
    form->addRow(m_check);
    connect(m_amount, &QLineEdit::textChanged, this, &CallSetupWidget::check);
    connect(m_account, &QComboBox::currentTextChanged, this, &CallSetupWidget::check);
    setConfig(m_config);
}

void CallSetupWidget::setConfig(const FlowConfig& config)
{
    m_config = config;
    m_summary->setText(tr("Runs under: %1").arg(CallSetupCheck::summary(config)));
    check();
}

QStringList CallSetupWidget::errors() const
{
    return CallSetupCheck::errors(context(), m_config);
}

// What the configuration says of the form: errors (the call cannot start) first, then notes.
void CallSetupWidget::check()
{
    const QStringList errors = this->errors();
    const QStringList notes = CallSetupCheck::notes(context(), m_config);
    m_check->setProperty("error", !errors.isEmpty());
    m_check->setText((errors + notes).join(QLatin1Char('\n')));
    m_check->setVisible(!errors.isEmpty() || !notes.isEmpty());
}

CallContext CallSetupWidget::context() const
{
    CallContext c;
    const int i = m_account->currentIndex();
    const QString typed = m_account->currentText().trimmed();
    c.accountId = (i >= 0 && m_account->itemText(i) == typed) ? m_account->itemData(i).toString()
                                                              : typed.section(u' ', 0, 0);
    c.amountDue = m_amount->text().trimmed();
    c.merchantId = m_merchant->text().trimmed();
    c.paymentReference = m_reference->text().trimmed();
    c.callType = CallType(m_type->currentData().toInt());
    c.identified = m_identified->isChecked();
    c.language = m_language->currentData().toString();
    return c;
}

void CallSetupWidget::setContext(const CallContext& c)
{
    const int i = m_account->findData(c.accountId);
    if (i >= 0) {
        m_account->setCurrentIndex(i);
    } else {
        m_account->setEditText(c.accountId);
    }
    m_amount->setText(c.amountDue);
    m_merchant->setText(c.merchantId);
    m_reference->setText(c.paymentReference);
    m_type->setCurrentIndex(m_type->findData(int(c.callType)));
    m_identified->setChecked(c.identified);
    const int l = m_language->findData(c.language);
    m_language->setCurrentIndex(l >= 0 ? l : 0);
}

} // namespace voicepay::ui
