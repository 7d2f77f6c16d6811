#include "config/thresholdsform.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace voicepay::ui {

namespace {
QDoubleSpinBox* number(QWidget* parent, double max, const QString& suffix)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, max);
    box->setDecimals(1);
    box->setSuffix(suffix);
    box->setMinimumWidth(120);
    return box;
}
} // namespace

ThresholdsForm::ThresholdsForm(QString path, QWidget* parent)
    : QGroupBox(tr("Wallboard thresholds"), parent)
    , m_path(std::move(path))
{
    setObjectName(QStringLiteral("thresholdsForm"));
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const QString percent = QStringLiteral(" %");
    const QString perMinute = tr(" / min");
    const QList<std::tuple<QString, QString, QAbstractSpinBox*>> rows {
        { QStringLiteral("successAmber"), tr("Success rate amber below"), number(this, 100, percent) },
        { QStringLiteral("successRed"), tr("Success rate red below"), number(this, 100, percent) },
        { QStringLiteral("hangUpsAmber"), tr("Hang-ups amber above"), number(this, 10000, perMinute) },
        { QStringLiteral("hangUpsRed"), tr("Hang-ups red above"), number(this, 10000, perMinute) },
        { QStringLiteral("technicalAmber"), tr("Technical errors amber above"),
            number(this, 10000, perMinute) },
        { QStringLiteral("technicalRed"), tr("Technical errors red above"), number(this, 10000, perMinute) },
    };
    for (const auto& [key, label, box] : rows) {
        box->setObjectName(QStringLiteral("threshold.") + key);
        m_fields.insert(key, box);
        form->addRow(label, box);
    }
    auto* window = new QSpinBox(this);
    window->setRange(1, 59);
    window->setSuffix(tr(" min"));
    window->setObjectName(QStringLiteral("threshold.window"));
    m_fields.insert(QStringLiteral("window"), window);
    form->addRow(tr("Per-minute average over"), window);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("configBanner"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_save = new QPushButton(tr("Save &thresholds"), this);
    m_save->setObjectName(QStringLiteral("saveThresholds"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addWidget(m_save, 0, Qt::AlignRight);
    form->addRow(buttons);
    connect(m_save, &QPushButton::clicked, this, [this] {
        QString error;
        if (!save(&error) && !error.isEmpty()) {
            m_error->setText(error);
            m_error->show();
        }
    });
    QString warning;
    m_saved = load(m_path, &warning);
    setThresholds(m_saved);
    if (!warning.isEmpty()) {
        m_error->setText(warning);
        m_error->show();
    }
}

KpiThresholds ThresholdsForm::load(const QString& path, QString* warning)
{
    if (!QFileInfo::exists(path)) {
        return KpiThresholds();
    }
    QString why;
    const auto t = KpiThresholds::load(path, &why);
    if (!t && warning) {
        *warning = tr("The thresholds file could not be used (%1); the defaults are in effect.").arg(why);
    }
    return t.value_or(KpiThresholds());
}

void ThresholdsForm::setActionGate(ActionGate gate, ActionRecord record)
{
    m_gate = std::move(gate);
    m_record = std::move(record);
}

void ThresholdsForm::setReadOnly(bool readOnly)
{
    for (QAbstractSpinBox* box : std::as_const(m_fields)) {
        box->setEnabled(!readOnly);
    }
    m_save->setVisible(!readOnly);
}

void ThresholdsForm::setThresholds(const KpiThresholds& t)
{
    auto set = [this](const char* key, double v) {
        static_cast<QDoubleSpinBox*>(m_fields.value(QLatin1String(key)))->setValue(v);
    };
    set("successAmber", t.successAmberBelow);
    set("successRed", t.successRedBelow);
    set("hangUpsAmber", t.hangUpsAmberAbove);
    set("hangUpsRed", t.hangUpsRedAbove);
    set("technicalAmber", t.technicalAmberAbove);
    set("technicalRed", t.technicalRedAbove);
    static_cast<QSpinBox*>(m_fields.value(QStringLiteral("window")))->setValue(t.windowMinutes);
}

std::optional<KpiThresholds> ThresholdsForm::formThresholds(QString* error) const
{
    auto value = [this](const char* key) {
        return static_cast<QDoubleSpinBox*>(m_fields.value(QLatin1String(key)))->value();
    };
    const QJsonObject json {
        { QStringLiteral("successRate"),
            QJsonObject { { QStringLiteral("amberBelow"), value("successAmber") },
                { QStringLiteral("redBelow"), value("successRed") } } },
        { QStringLiteral("hangUpsPerMinute"),
            QJsonObject { { QStringLiteral("amberAbove"), value("hangUpsAmber") },
                { QStringLiteral("redAbove"), value("hangUpsRed") } } },
        { QStringLiteral("technicalErrorsPerMinute"),
            QJsonObject { { QStringLiteral("amberAbove"), value("technicalAmber") },
                { QStringLiteral("redAbove"), value("technicalRed") } } },
        { QStringLiteral("windowMinutes"),
            static_cast<QSpinBox*>(m_fields.value(QStringLiteral("window")))->value() },
    };
    // KpiThresholds checks them, as it does the file's.
    return KpiThresholds::fromJson(json, error);
}

bool ThresholdsForm::save(QString* error)
{
    const auto t = formThresholds(error);
    if (!t) {
        return false;
    }
    const QJsonObject details { { QStringLiteral("before"), m_saved.toJson() },
        { QStringLiteral("after"), t->toJson() } };
    if (m_gate && !m_gate(QStringLiteral("thresholds_changed"), details)) {
        *error = tr("Not confirmed: nothing was saved.");
        return false;
    }
    // Fail closed, as the configuration does: on the trail before it is in the file.
    if (m_record && !m_record(QStringLiteral("thresholds_changed"), details, QStringLiteral("ok"))) {
        *error = tr("The audit record could not be written: nothing was saved.");
        return false;
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    if (!t->save(m_path, error)) {
        if (m_record) {
            m_record(QStringLiteral("thresholds_changed"), details, QStringLiteral("failed"));
        }
        return false;
    }
    m_saved = *t;
    m_error->hide();
    emit saved(*t);
    emit message(tr("Wallboard thresholds saved."));
    return true;
}

} // namespace voicepay::ui
