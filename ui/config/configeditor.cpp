#include "config/configeditor.h"

#include "admin/auditlog.h"
#include "config/brandlistwidget.h"
#include "flow/step.h"
#include "prompts/promptlanguage.h"
#include "widgets/theme.h"
#include "widgets/uilog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace voicepay::ui {

namespace {
QJsonArray toArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list) {
        a.append(s);
    }
    return a;
}

QSpinBox* spin(QWidget* parent, int min, int max, const QString& suffix = QString())
{
    auto* s = new QSpinBox(parent);
    // Wide limits on purpose: the engine's own limits decide, and the reason is shown as the value is typed.
    s->setRange(min, max);
    s->setSuffix(suffix);
    s->setAccelerated(true);
    return s;
}

void fillExits(QComboBox* box)
{
    for (CallExit e : { CallExit::ReturnToIvr, CallExit::TransferToAgent, CallExit::LeaveConference,
             CallExit::Disconnect }) {
        box->addItem(callExitName(e), callExitName(e));
    }
}

void select(QComboBox* box, const QString& data)
{
    const int i = box->findData(data);
    if (i >= 0) {
        box->setCurrentIndex(i);
    } else if (box->isEditable()) {
        box->setEditText(data);
    }
}

QString comboValue(const QComboBox* box)
{
    if (box->isEditable()) {
        const int i = box->findText(box->currentText());
        return i >= 0 ? box->itemData(i).toString() : box->currentText().trimmed();
    }
    return box->currentData().toString();
}
} // namespace

ConfigEditor::ConfigEditor(const QString& filePath, QWidget* parent)
    : QWidget(parent)
    , m_path(filePath)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(tr("Configuration"), this);
    heading->setObjectName(QStringLiteral("heading"));
    top->addWidget(heading);
    m_state = new QLabel(this);
    top->addWidget(m_state, 1);
    layout->addLayout(top);
    auto* where = new QLabel(tr("File: %1").arg(QDir::toNativeSeparators(m_path)), this);
    where->setObjectName(QStringLiteral("tileTitle"));
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(where);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("configBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = buildForm();
    scroll->setWidget(m_form);
    layout->addWidget(scroll, 1);

    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveConfig"));
    m_revert = new QPushButton(tr("&Revert"), this);
    auto* defaults = new QPushButton(tr("Restore &defaults"), this);
    auto* importButton = new QPushButton(tr("&Import…"), this);
    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    buttons->addWidget(importButton);
    buttons->addWidget(exportButton);
    buttons->addStretch();
    buttons->addWidget(defaults);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    m_editButtons = { m_save, m_revert, defaults, importButton };

    connect(m_save, &QPushButton::clicked, this, [this] {
        QString why;
        if (!save(&why)) {
            QMessageBox::warning(this, tr("Save configuration"), why);
        }
    });
    connect(m_revert, &QPushButton::clicked, this, &ConfigEditor::revert);
    connect(defaults, &QPushButton::clicked, this, &ConfigEditor::restoreDefaults);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import configuration"), QString(), tr("Configuration files (*.json)"));
        QString why;
        if (!path.isEmpty() && !importFile(path, &why)) {
            QMessageBox::warning(this, tr("Import configuration"), why);
        }
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export configuration"), QString(), tr("Configuration files (*.json)"));
        QString why;
        if (!path.isEmpty() && !exportFile(path, &why)) {
            QMessageBox::warning(this, tr("Export configuration"), why);
        }
    });
    setSecretStore(nullptr, QString());
}

QLabel* ConfigEditor::errorLabel(const QString& key)
{
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("fieldError"));
    label->setWordWrap(true);
    label->setVisible(false);
    m_errors.insert(key, label);
    return label;
}

QWidget* ConfigEditor::buildForm()
{
    auto* form = new QWidget(this);
    auto* grid = new QGridLayout(form);
    grid->setContentsMargins(0, 0, 8, 0);

    auto addRow = [this](QFormLayout* f, const QString& label, QWidget* field, const QString& key) {
        f->addRow(label, field);
        f->addRow(QString(), errorLabel(key));
    };
    auto watch = [this](QWidget* w) {
        if (auto* e = qobject_cast<QLineEdit*>(w)) {
            connect(e, &QLineEdit::textChanged, this, &ConfigEditor::validateNow);
        } else if (auto* s = qobject_cast<QSpinBox*>(w)) {
            connect(s, &QSpinBox::valueChanged, this, &ConfigEditor::validateNow);
        } else if (auto* c = qobject_cast<QComboBox*>(w)) {
            connect(c, &QComboBox::currentIndexChanged, this, &ConfigEditor::validateNow);
            connect(c, &QComboBox::editTextChanged, this, &ConfigEditor::validateNow);
        } else if (auto* b = qobject_cast<QCheckBox*>(w)) {
            connect(b, &QCheckBox::toggled, this, &ConfigEditor::validateNow);
        } else if (auto* l = qobject_cast<BrandListWidget*>(w)) {
            connect(l, &BrandListWidget::changed, this, &ConfigEditor::validateNow);
        }
    };

    // Amounts
    auto* amounts = new QGroupBox(tr("Amounts"), form);
    auto* af = new QFormLayout(amounts);
    m_currency = new QComboBox(amounts);
    for (const Currency& c : CurrencyTable::all()) {
        const QString decimals = c.decimals == 1 ? tr("1 decimal") : tr("%1 decimals").arg(c.decimals);
        m_currency->addItem(QStringLiteral("%1 — %2 (%3)").arg(c.code, c.name, decimals), c.code);
    }
    addRow(af, tr("C&urrency:"), m_currency, QStringLiteral("currency"));
    m_minAmount = new QLineEdit(amounts);
    m_minAmount->setObjectName(QStringLiteral("minAmount"));
    addRow(af, tr("M&inimum amount:"), m_minAmount, QStringLiteral("minAmount"));
    m_maxAmount = new QLineEdit(amounts);
    m_maxAmount->setObjectName(QStringLiteral("maxAmount"));
    m_maxAmount->setPlaceholderText(tr("no maximum"));
    addRow(af, tr("Ma&ximum amount:"), m_maxAmount, QStringLiteral("maxAmount"));
    m_amountMode = new QComboBox(amounts);
    m_amountMode->addItem(tr("Caller may choose the amount"), amountModeName(AmountMode::Caller));
    m_amountMode->addItem(tr("Fixed: the amount due only"), amountModeName(AmountMode::Fixed));
    addRow(af, tr("Amount &mode:"), m_amountMode, QStringLiteral("amountMode"));

    // Declines and exits
    auto* exits = new QGroupBox(tr("Declines and exits"), form);
    auto* ef = new QFormLayout(exits);
    m_maxDeclines = spin(exits, 0, 99);
    addRow(ef, tr("Maximum &declines:"), m_maxDeclines, QStringLiteral("maxDeclines"));
    m_onMaxDeclines = new QComboBox(exits);
    fillExits(m_onMaxDeclines);
    addRow(ef, tr("When declines reach it:"), m_onMaxDeclines, QStringLiteral("onMaxDeclines"));
    m_onSuccess = new QComboBox(exits);
    fillExits(m_onSuccess);
    addRow(ef, tr("After a payment:"), m_onSuccess, QStringLiteral("onSuccess"));
    m_onFailure = new QComboBox(exits);
    fillExits(m_onFailure);
    addRow(ef, tr("After a failure:"), m_onFailure, QStringLiteral("onFailure"));
    m_maxAuth = spin(exits, 0, 99);
    addRow(ef, tr("Maximum authorization attempts:"), m_maxAuth, QStringLiteral("maxAuthAttempts"));

    // Cards
    auto* cards = new QGroupBox(tr("Cards"), form);
    auto* cf = new QFormLayout(cards);
    m_allowed = new BrandListWidget(cards);
    m_allowed->setObjectName(QStringLiteral("allowedBrands"));
    addRow(cf, tr("Allowed brands:"), m_allowed, QStringLiteral("allowedBrands"));
    m_noCode = new BrandListWidget(cards);
    addRow(cf, tr("No security code for:"), m_noCode, QStringLiteral("noSecurityCodeBrands"));
    m_noExpiry = new BrandListWidget(cards);
    addRow(cf, tr("No expiry date for:"), m_noExpiry, QStringLiteral("noExpiryBrands"));
    m_readback = new QCheckBox(tr("Read back the last four digits only"), cards);
    addRow(cf, QString(), m_readback, QStringLiteral("readbackLast4Only"));

    // Input
    auto* input = new QGroupBox(tr("Input, retries and time-outs"), form);
    auto* inf = new QFormLayout(input);
    m_inputMode = new QComboBox(input);
    m_inputMode->addItem(tr("Keypad and voice"), inputModeName(InputMode::Both));
    m_inputMode->addItem(tr("Keypad only"), inputModeName(InputMode::Dtmf));
    m_inputMode->addItem(tr("Voice only"), inputModeName(InputMode::Voice));
    addRow(inf, tr("Input &mode:"), m_inputMode, QStringLiteral("inputMode"));
    m_maxRetries = spin(input, 0, 99);
    addRow(inf, tr("Re-prompts per question:"), m_maxRetries, QStringLiteral("maxRetries"));
    m_noInput = spin(input, 0, 600000, tr(" ms"));
    m_noInput->setSingleStep(500);
    m_noInput->setObjectName(QStringLiteral("noInputTimeoutMs"));
    addRow(inf, tr("No-input time-out:"), m_noInput, QStringLiteral("noInputTimeoutMs"));
    m_interDigit = spin(input, 0, 600000, tr(" ms"));
    m_interDigit->setSingleStep(500);
    addRow(inf, tr("Inter-digit time-out:"), m_interDigit, QStringLiteral("interDigitTimeoutMs"));
    m_steps = new QTableWidget(int(allSteps().size()), 4, input);
    m_steps->setHorizontalHeaderLabels({ tr("Own"), tr("Retries"), tr("No input"), tr("Inter-digit") });
    m_steps->setToolTip(tr("Checked rows use their own re-prompts and time-outs (in milliseconds) instead of "
                           "the general ones."));
    QStringList stepLabels;
    for (Step s : allSteps()) {
        stepLabels << stepName(s);
    }
    m_steps->setVerticalHeaderLabels(stepLabels);
    m_steps->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_steps->setMinimumHeight(m_steps->verticalHeader()->defaultSectionSize() * (int(stepLabels.size()) + 2));
    connect(m_steps, &QTableWidget::itemChanged, this, &ConfigEditor::validateNow);
    addRow(inf, tr("Per question:"), m_steps, QStringLiteral("steps"));
    m_language = new QComboBox(input);
    m_language->setEditable(true);
    for (const QString& code : PromptLanguage::available()) {
        m_language->addItem(code, code);
    }
    addRow(inf, tr("&Language:"), m_language, QStringLiteral("language"));
    m_site = new QLineEdit(input);
    addRow(inf, tr("Si&te:"), m_site, QStringLiteral("site"));

    // Gateway
    auto* gateway = new QGroupBox(tr("Payment gateway"), form);
    auto* gf = new QFormLayout(gateway);
    m_gatewayMode = new QComboBox(gateway);
    m_gatewayMode->addItem(tr("In-process sandbox"), QStringLiteral("sandbox"));
    m_gatewayMode->addItem(tr("Sandbox server"), QStringLiteral("server"));
    m_gatewayMode->addItem(tr("Gateway endpoint"), QStringLiteral("endpoint"));
    addRow(gf, tr("&Gateway:"), m_gatewayMode, QStringLiteral("gateway.mode"));
    m_gatewayUrl = new QLineEdit(gateway);
    m_gatewayUrl->setPlaceholderText(QStringLiteral("https://apitest.authorize.net/xml/v1/request.api"));
    addRow(gf, tr("Endpoint &URL:"), m_gatewayUrl, QStringLiteral("gateway.url"));
    m_merchantLogin = new QLineEdit(gateway);
    addRow(gf, tr("Merchant &login:"), m_merchantLogin, QStringLiteral("gateway.merchantLogin"));
    auto* keyRow = new QWidget(gateway);
    auto* kl = new QHBoxLayout(keyRow);
    kl->setContentsMargins(0, 0, 0, 0);
    m_gatewayKey = new QLineEdit(keyRow);
    m_gatewayKey->setEchoMode(QLineEdit::Password);
    m_gatewayKey->setPlaceholderText(tr("transaction key"));
    m_storeKey = new QPushButton(tr("Store in keychain"), keyRow);
    m_storeKey->setObjectName(QStringLiteral("storeKey"));
    m_clearKey = new QPushButton(tr("Clear"), keyRow);
    m_clearKey->setToolTip(tr("Remove the stored key for this merchant login from the keychain"));
    kl->addWidget(m_gatewayKey, 1);
    kl->addWidget(m_storeKey);
    kl->addWidget(m_clearKey);
    addRow(gf, tr("Transaction &key:"), keyRow, QStringLiteral("gateway.key"));
    connect(m_storeKey, &QPushButton::clicked, this, [this] {
        QString why;
        if (m_gatewayKey->text().isEmpty()) {
            QMessageBox::warning(
                this, tr("Store in keychain"), tr("Type the key first; Clear removes a stored one."));
        } else if (!storeKey(m_gatewayKey->text(), &why)) {
            QMessageBox::warning(this, tr("Store in keychain"), why);
        }
    });
    connect(m_clearKey, &QPushButton::clicked, this, [this] {
        QString why;
        if (!storeKey(QString(), &why)) {
            QMessageBox::warning(this, tr("Clear the key"), why);
        }
    });
    m_connectTimeout = spin(gateway, 0, 600000, tr(" ms"));
    addRow(gf, tr("Connect time-out:"), m_connectTimeout, QStringLiteral("gateway.connectTimeoutMs"));
    m_transferTimeout = spin(gateway, 0, 600000, tr(" ms"));
    addRow(gf, tr("Transfer time-out:"), m_transferTimeout, QStringLiteral("gateway.transferTimeoutMs"));
    m_duplicateWindow = spin(gateway, 0, 100000, tr(" s"));
    addRow(gf, tr("Duplicate window:"), m_duplicateWindow, QStringLiteral("gateway.duplicateWindowSeconds"));
    m_maxCardDigits = spin(gateway, 0, 99);
    addRow(gf, tr("Longest card number:"), m_maxCardDigits, QStringLiteral("gateway.maxCardDigits"));

    for (QWidget* w : std::initializer_list<QWidget*> { m_currency, m_minAmount, m_maxAmount, m_amountMode,
             m_maxDeclines, m_onMaxDeclines, m_onSuccess, m_onFailure, m_maxAuth, m_allowed, m_noCode,
             m_noExpiry, m_readback, m_inputMode, m_maxRetries, m_noInput, m_interDigit, m_language, m_site,
             m_gatewayMode, m_gatewayUrl, m_merchantLogin, m_connectTimeout, m_transferTimeout,
             m_duplicateWindow, m_maxCardDigits }) {
        watch(w);
    }

    grid->addWidget(amounts, 0, 0);
    grid->addWidget(exits, 1, 0);
    grid->addWidget(cards, 2, 0);
    grid->addWidget(input, 0, 1, 2, 1);
    grid->addWidget(gateway, 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(3, 1);
    return form;
}

void ConfigEditor::setSecretStore(SecretStore store, const QString& description)
{
    m_secretStore = std::move(store);
    m_secretDescription = description;
    const bool have = bool(m_secretStore) && !m_readOnly;
    m_gatewayKey->setEnabled(have);
    m_storeKey->setEnabled(have);
    m_clearKey->setEnabled(have);
    m_gatewayKey->setToolTip(have ? description
                                  : tr("This build has no keychain support: the key cannot be stored. It is "
                                       "never written to the configuration file."));
}

void ConfigEditor::setActionGate(ActionGate gate, ActionRecord record)
{
    m_gate = std::move(gate);
    m_record = std::move(record);
}

void ConfigEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_form->setEnabled(!readOnly);
    for (QWidget* w : std::as_const(m_editButtons)) {
        w->setVisible(!readOnly);
    }
    setSecretStore(m_secretStore, m_secretDescription);
    validateNow();
}

bool ConfigEditor::storeKey(const QString& key, QString* error)
{
    const QString action
        = key.isEmpty() ? QStringLiteral("credential_cleared") : QStringLiteral("credential_set");
    // The key itself never goes into the details: only whose key it is.
    const QJsonObject details { { QStringLiteral("merchantLogin"), m_merchantLogin->text().trimmed() } };
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
    const bool ok = m_secretStore(m_merchantLogin->text().trimmed(), key, &why);
    if (m_record) {
        m_record(action, details, ok ? QStringLiteral("ok") : QStringLiteral("failed"));
    }
    if (!ok) {
        if (error) {
            *error = why.isEmpty() ? tr("No keychain is available.") : why;
        }
        return false;
    }
    m_gatewayKey->clear();
    emit message(key.isEmpty() ? tr("The transaction key is removed from the system keychain.")
                               : tr("The transaction key is in the system keychain."));
    return true;
}

void ConfigEditor::setConfig(const FlowConfig& c)
{
    m_loading = true;
    select(m_currency, c.currency);
    m_minAmount->setText(c.minAmount);
    m_maxAmount->setText(c.maxAmount);
    select(m_amountMode, amountModeName(c.amountMode));
    m_maxDeclines->setValue(c.maxDeclines);
    select(m_onMaxDeclines, callExitName(c.onMaxDeclines));
    select(m_onSuccess, callExitName(c.onSuccess));
    select(m_onFailure, callExitName(c.onFailure));
    m_maxAuth->setValue(c.maxAuthAttempts);
    m_allowed->setCheckedIds(c.allowedBrands);
    m_noCode->setCheckedIds(c.noSecurityCodeBrands);
    m_noExpiry->setCheckedIds(c.noExpiryBrands);
    m_readback->setChecked(c.readbackLast4Only);
    select(m_inputMode, inputModeName(c.inputMode));
    m_maxRetries->setValue(c.maxRetries);
    m_noInput->setValue(c.noInputTimeoutMs);
    m_interDigit->setValue(c.interDigitTimeoutMs);
    const QList<Step> steps = allSteps();
    for (int row = 0; row < steps.size(); ++row) {
        const QString name = stepName(steps.at(row));
        const bool own = c.stepOverrides.contains(name);
        const StepTiming t = c.timing(name);
        auto* check = new QTableWidgetItem;
        check->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        check->setCheckState(own ? Qt::Checked : Qt::Unchecked);
        m_steps->setItem(row, 0, check);
        m_steps->setItem(row, 1, new QTableWidgetItem(QString::number(t.maxRetries)));
        m_steps->setItem(row, 2, new QTableWidgetItem(QString::number(t.noInputTimeoutMs)));
        m_steps->setItem(row, 3, new QTableWidgetItem(QString::number(t.interDigitTimeoutMs)));
    }
    select(m_language, c.language);
    m_site->setText(c.site);
    select(m_gatewayMode, c.gateway.mode);
    m_gatewayUrl->setText(c.gateway.url);
    m_merchantLogin->setText(c.gateway.merchantLogin);
    m_connectTimeout->setValue(c.gateway.connectTimeoutMs);
    m_transferTimeout->setValue(c.gateway.transferTimeoutMs);
    m_duplicateWindow->setValue(c.gateway.duplicateWindowSeconds);
    m_maxCardDigits->setValue(c.gateway.maxCardDigits);
    m_loading = false;
    validateNow();
}

QJsonObject ConfigEditor::formJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("currency"), comboValue(m_currency));
    o.insert(QStringLiteral("minAmount"), m_minAmount->text().trimmed());
    const QString max = m_maxAmount->text().trimmed();
    o.insert(QStringLiteral("maxAmount"), max.isEmpty() ? QJsonValue() : QJsonValue(max));
    o.insert(QStringLiteral("amountMode"), comboValue(m_amountMode));
    o.insert(QStringLiteral("maxDeclines"), m_maxDeclines->value());
    o.insert(QStringLiteral("onMaxDeclines"), comboValue(m_onMaxDeclines));
    o.insert(QStringLiteral("onSuccess"), comboValue(m_onSuccess));
    o.insert(QStringLiteral("onFailure"), comboValue(m_onFailure));
    o.insert(QStringLiteral("maxAuthAttempts"), m_maxAuth->value());
    o.insert(QStringLiteral("allowedBrands"), toArray(m_allowed->checkedIds()));
    o.insert(QStringLiteral("noSecurityCodeBrands"), toArray(m_noCode->checkedIds()));
    o.insert(QStringLiteral("noExpiryBrands"), toArray(m_noExpiry->checkedIds()));
    o.insert(QStringLiteral("readbackLast4Only"), m_readback->isChecked());
    o.insert(QStringLiteral("inputMode"), comboValue(m_inputMode));
    o.insert(QStringLiteral("maxRetries"), m_maxRetries->value());
    o.insert(QStringLiteral("noInputTimeoutMs"), m_noInput->value());
    o.insert(QStringLiteral("interDigitTimeoutMs"), m_interDigit->value());
    QJsonObject steps;
    const QList<Step> all = allSteps();
    for (int row = 0; row < all.size(); ++row) {
        const QTableWidgetItem* own = m_steps->item(row, 0);
        if (!own || own->checkState() != Qt::Checked) {
            continue;
        }
        // Text that is not a number is passed on as text, so the engine's reader names the field at fault.
        auto cell = [this, row](int column) -> QJsonValue {
            const QTableWidgetItem* item = m_steps->item(row, column);
            const QString text = item ? item->text().trimmed() : QString();
            bool ok = false;
            const int v = text.toInt(&ok);
            return ok ? QJsonValue(v) : QJsonValue(text);
        };
        steps.insert(stepName(all.at(row)),
            QJsonObject { { QStringLiteral("maxRetries"), cell(1) },
                { QStringLiteral("noInputTimeoutMs"), cell(2) },
                { QStringLiteral("interDigitTimeoutMs"), cell(3) } });
    }
    o.insert(QStringLiteral("steps"), steps);
    o.insert(QStringLiteral("language"), comboValue(m_language));
    o.insert(QStringLiteral("site"), m_site->text().trimmed());
    o.insert(QStringLiteral("gateway"),
        QJsonObject { { QStringLiteral("mode"), comboValue(m_gatewayMode) },
            { QStringLiteral("url"), m_gatewayUrl->text().trimmed() },
            { QStringLiteral("merchantLogin"), m_merchantLogin->text().trimmed() },
            { QStringLiteral("connectTimeoutMs"), m_connectTimeout->value() },
            { QStringLiteral("transferTimeoutMs"), m_transferTimeout->value() },
            { QStringLiteral("duplicateWindowSeconds"), m_duplicateWindow->value() },
            { QStringLiteral("maxCardDigits"), m_maxCardDigits->value() } });
    return o;
}

std::optional<FlowConfig> ConfigEditor::formConfig(QString* error) const
{
    FlowConfig c;
    if (!ConfigReader::apply(formJson(), c, error)) {
        return std::nullopt;
    }
    if (!c.validate(error)) {
        return std::nullopt;
    }
    return c;
}

void ConfigEditor::validateNow()
{
    if (m_loading) {
        return;
    }
    QString why;
    const auto config = formConfig(&why);
    showError(config ? QString() : why);
    const bool dirty = isDirty();
    m_save->setEnabled(config.has_value() && dirty && !m_readOnly);
    m_revert->setEnabled(dirty);
    m_state->setText(!config ? tr("not valid") : dirty ? tr("unsaved changes") : tr("saved"));
    m_state->setStyleSheet(QStringLiteral("color: %1;")
                               .arg((!config   ? Theme::failure()
                                       : dirty ? Theme::warning()
                                               : Theme::muted())
                                        .name(QColor::HexArgb)));
}

void ConfigEditor::showError(const QString& error)
{
    m_error = error;
    for (QLabel* l : std::as_const(m_errors)) {
        l->clear();
        l->setVisible(false);
    }
    if (error.isEmpty()) {
        m_banner->setVisible(false);
        return;
    }
    // The engine's message starts with the key at fault ("gateway.url: ..."); the longest known prefix is the
    // field to mark.
    const QString key = error.section(QStringLiteral(": "), 0, 0);
    const QString reason = error.section(QStringLiteral(": "), 1);
    QString best;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if ((key == it.key() || key.startsWith(it.key() + u'.')) && it.key().size() > best.size()) {
            best = it.key();
        }
    }
    if (QLabel* l = m_errors.value(best)) {
        l->setText(QStringLiteral("⚠ ") + (reason.isEmpty() ? error : key + QStringLiteral(": ") + reason));
        l->setVisible(true);
    }
    m_banner->setText(tr("Not saved: %1").arg(error));
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { border: 1px solid %1; border-left: 6px solid %1; border-radius: 4px; padding: 6px; }")
                                .arg(Theme::failure().name()));
    m_banner->setVisible(true);
}

QString ConfigEditor::errorText() const
{
    return m_error;
}

QString ConfigEditor::fieldError(const QString& key) const
{
    const QLabel* l = m_errors.value(key);
    return l && !l->isHidden() ? l->text() : QString();
}

bool ConfigEditor::isDirty() const
{
    FlowConfig c;
    QString ignored;
    if (!ConfigReader::apply(formJson(), c, &ignored)) {
        return true;
    }
    return c.toJson() != m_saved.toJson();
}

bool ConfigEditor::save(QString* error)
{
    if (m_readOnly) {
        if (m_record) {
            m_record(QStringLiteral("config_changed"), QJsonObject(), QStringLiteral("refused"));
        }
        if (error) {
            *error = tr("The configuration is read-only for you.");
        }
        return false;
    }
    const auto config = formConfig(error);
    if (!config) {
        return false;
    }
    const QJsonObject details = AuditLog::configChange(m_saved, *config);
    if (m_gate && !m_gate(QStringLiteral("config_changed"), details)) {
        if (error) {
            *error = tr("Not confirmed: nothing was saved.");
        }
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const bool written = ConfigReader::saveFile(*config, m_path, error);
    if (m_record) {
        m_record(QStringLiteral("config_changed"), details,
            written ? QStringLiteral("ok") : QStringLiteral("failed"));
    }
    if (!written) {
        return false;
    }
    m_saved = *config;
    validateNow();
    qCInfo(lcUi) << "configuration saved" << m_path << config->version();
    emit saved(*config);
    emit message(tr("Configuration saved (version %1).").arg(config->version()));
    return true;
}

void ConfigEditor::revert()
{
    FlowConfig c;
    if (QFileInfo::exists(m_path)) {
        QString why;
        auto loaded = ConfigReader::fromFile(m_path, &why);
        if (!loaded) {
            emit message(tr("The configuration file could not be read: %1").arg(why));
        } else {
            c = *loaded;
        }
    }
    m_saved = c;
    setConfig(c);
}

void ConfigEditor::restoreDefaults()
{
    setConfig(FlowConfig());
}

bool ConfigEditor::importFile(const QString& path, QString* error)
{
    auto c = ConfigReader::fromFile(path, error);
    if (!c) {
        return false;
    }
    setConfig(*c);
    emit message(tr("Imported %1: review and save.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ConfigEditor::exportFile(const QString& path, QString* error)
{
    const auto config = formConfig(error);
    if (!config) {
        return false;
    }
    return ConfigReader::saveFile(*config, path, error);
}

} // namespace voicepay::ui
