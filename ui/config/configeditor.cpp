#include "config/configeditor.h"

#include "admin/auditlog.h"
#include "admin/confighistory.h"
#include "config/brandlistwidget.h"
#include "config/configchangelist.h"
#include "config/configform.h"
#include "config/confighistorydialog.h"
#include "config/configkeys.h"
#include "config/configlocation.h"
#include "config/thresholdsform.h"
#include "widgets/theme.h"
#include "widgets/uilog.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace voicepay::ui {

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

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The wallboard's thresholds below the engine's settings, saved (and audited) on their own.
    auto* inner = new QWidget(scroll);
    auto* innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new ConfigForm(inner);
    connect(m_form, &ConfigForm::changed, this, &ConfigEditor::validateNow);
    innerLayout->addWidget(m_form);
    m_thresholds = new ThresholdsForm(ConfigLocation::thresholdsPathBeside(m_path), inner);
    connect(m_thresholds, &ThresholdsForm::message, this, &ConfigEditor::message);
    innerLayout->addWidget(m_thresholds);
    scroll->setWidget(inner);
    layout->addWidget(scroll, 1);
    // Below the form, beside Save: the fields keep their place on screen as reasons come and go.
    layout->addWidget(m_banner);
    buildButtons(layout);
    m_review = [this](const QList<ConfigChange>& changes) {
        return ConfigChangeList::confirm(this, tr("Save configuration"),
            tr("These settings change. Save them? Your password is asked next."), changes, tr("&Continue"));
    };
    connectKeyButtons();
    setSecretStore(nullptr, QString());
}

void ConfigEditor::buildButtons(QVBoxLayout* layout)
{
    auto* buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveConfig"));
    m_revert = new QPushButton(tr("&Revert"), this);
    auto* defaults = new QPushButton(tr("Restore &defaults"), this);
    auto* importButton = new QPushButton(tr("&Import…"), this);
    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    m_historyButton = new QPushButton(tr("&History…"), this);
    m_historyButton->setObjectName(QStringLiteral("configHistoryButton"));
    m_historyButton->setVisible(false);
    buttons->addWidget(importButton);
    buttons->addWidget(exportButton);
    buttons->addWidget(m_historyButton);
    buttons->addStretch();
    buttons->addWidget(defaults);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    m_editButtons = { m_save, m_revert, defaults, importButton };

    connect(m_save, &QPushButton::clicked, this, [this] {
        QString why;
        if (!requestSave(&why) && !why.isEmpty()) {
            QMessageBox::warning(this, tr("Save configuration"), why);
        }
    });
    connect(m_revert, &QPushButton::clicked, this, &ConfigEditor::revert);
    connect(m_historyButton, &QPushButton::clicked, this, &ConfigEditor::showHistory);
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
}

void ConfigEditor::setActionGate(ActionGate gate, ActionRecord record)
{
    m_thresholds->setActionGate(gate, record);
    m_gate = std::move(gate);
    m_record = std::move(record);
}

void ConfigEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_form->setEnabled(!readOnly);
    m_thresholds->setReadOnly(readOnly);
    for (QWidget* w : std::as_const(m_editButtons)) {
        w->setVisible(!readOnly);
    }
    setSecretStore(m_secretStore, m_secretDescription);
    validateNow();
}

void ConfigEditor::setConfig(const FlowConfig& c)
{
    m_loading = true;
    m_form->setJson(c.toJson());
    m_loading = false;
    validateNow();
}

QJsonObject ConfigEditor::formJson() const
{
    return m_form->json();
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
    showErrors(ConfigReview::errors(formJson(), m_saved));
    const bool valid = m_errors.isEmpty();
    const bool dirty = isDirty();
    m_save->setEnabled(valid && dirty && !m_readOnly);
    m_revert->setEnabled(dirty);
    m_state->setText(!valid ? tr("not valid") : dirty ? tr("unsaved changes") : tr("saved"));
    m_state->setStyleSheet(QStringLiteral("color: %1;")
                               .arg((!valid    ? Theme::failure()
                                       : dirty ? Theme::warning()
                                               : Theme::muted())
                                        .name(QColor::HexArgb)));
}

void ConfigEditor::showErrors(const QStringList& errors)
{
    m_errors = errors;
    for (QLabel* l : m_form->errorLabels()) {
        l->clear();
        l->setToolTip(QString());
    }
    if (errors.isEmpty()) {
        m_banner->setVisible(false);
        return;
    }
    QStringList readable;
    for (const QString& error : errors) {
        markField(error);
        readable << ConfigKeys::readable(error);
    }
    m_banner->setText(errors.size() == 1
            ? tr("Not saved: %1").arg(readable.first())
            : tr("Not saved, %n settings need attention:", nullptr, int(errors.size()))
                + QStringLiteral("\n• ") + readable.join(QStringLiteral("\n• ")));
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { border: 1px solid %1; border-left: 6px solid %1; border-radius: 4px; padding: 6px; }")
                                .arg(Theme::failure().name()));
    m_banner->setVisible(true);
}

void ConfigEditor::markField(const QString& error)
{
    // The engine's message starts with the key at fault ("gateway.url: ..."); the longest known prefix is the
    // field to mark.
    const QHash<QString, QLabel*>& labels = m_form->errorLabels();
    const QString key = error.section(QStringLiteral(": "), 0, 0);
    const QString reason = error.section(QStringLiteral(": "), 1);
    QString best;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if ((key == it.key() || key.startsWith(it.key() + u'.')) && it.key().size() > best.size()) {
            best = it.key();
        }
    }
    // Under the field: its label with the key in brackets (what the file and the documentation call it); in
    // the banner: labels only.
    if (QLabel* l = labels.value(best); l && l->text().isEmpty()) {
        const ConfigKey* k = ConfigKeys::find(key);
        const QString name = k ? tr("%1 (%2)").arg(k->displayLabel(), key) : key;
        l->setText(QStringLiteral("⚠ ")
            + (reason.isEmpty() ? error : name + QStringLiteral(": ") + ConfigKeys::readable(reason)));
        l->setToolTip(l->text()); // the line may be too short for all of it
    }
}

QString ConfigEditor::errorText() const
{
    return m_errors.join(u'\n');
}

QString ConfigEditor::fieldError(const QString& key) const
{
    const QLabel* l = m_form->errorLabel(key);
    return l ? l->text() : QString();
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
    if (!commit(
            *config, QStringLiteral("config_changed"), AuditLog::configChange(m_saved, *config), 0, error)) {
        return false;
    }
    emit message(tr("Configuration saved (version %1).").arg(config->version()));
    return true;
}

bool ConfigEditor::requestSave(QString* error)
{
    if (!m_readOnly && formConfig(nullptr) && m_review && !m_review(pendingChanges())) {
        if (error) {
            error->clear(); // stopped at the review: nothing to warn about
        }
        return false;
    }
    return save(error);
}

QList<ConfigChange> ConfigEditor::pendingChanges() const
{
    const auto config = formConfig(nullptr);
    return config ? ConfigReview::changes(m_saved, *config) : QList<ConfigChange>();
}

bool ConfigEditor::commit(
    const FlowConfig& config, const QString& action, QJsonObject details, qint64 fromId, QString* error)
{
    if (m_gate && !m_gate(action, details)) {
        if (error) {
            *error = tr("Not confirmed: nothing was saved.");
        }
        return false;
    }
    // Fail closed: the change is on the trail before it is in the file, or it is not made.
    if (m_record && !m_record(action, details, QStringLiteral("ok"))) {
        if (error) {
            *error = tr("The audit record could not be written: nothing was saved.");
        }
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (!ConfigReader::saveFile(config, m_path, error)) {
        if (m_record) {
            m_record(action, details, QStringLiteral("failed"));
        }
        return false;
    }
    keepVersion(config, fromId > 0 ? QStringLiteral("rolled_back") : QStringLiteral("saved"), fromId);
    m_saved = config;
    if (fromId > 0) {
        setConfig(config);
    }
    validateNow();
    qCInfo(lcUi) << action << m_path << config.version();
    emit saved(config);
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
