#include "config/configform.h"

#include "config/brandlistwidget.h"
#include "flow/step.h"
#include "money/currency.h"
#include "prompts/promptlanguage.h"
#include "simulator/flowdiagramwidget.h"
#include "widgets/elidedlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

namespace voicepay::ui {

namespace {
// The catalogue has the form's texts under the editor's name.
QString text(const char* source)
{
    return QCoreApplication::translate("voicepay::ui::ConfigEditor", source);
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

QJsonValue valueAt(const QJsonObject& config, const QString& name)
{
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        return config.value(name);
    }
    return config.value(name.left(dot)).toObject().value(name.mid(dot + 1));
}

// Where each group sits: the questions' settings in a tall right-hand column.
struct GroupPlace
{
    int row, column, rowSpan;
};
GroupPlace placeOf(const QString& group)
{
    static const QHash<QString, GroupPlace> places { { QStringLiteral("amounts"), { 0, 0, 1 } },
        { QStringLiteral("exits"), { 1, 0, 1 } }, { QStringLiteral("cards"), { 2, 0, 1 } },
        { QStringLiteral("input"), { 0, 1, 2 } }, { QStringLiteral("gateway"), { 2, 1, 1 } } };
    return places.value(group, { 3, 0, 1 });
}
} // namespace

ConfigForm::ConfigForm(QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 8, 0);
    for (const ConfigGroup& group : ConfigKeys::groups()) {
        const GroupPlace place = placeOf(group.id);
        grid->addWidget(buildGroup(group), place.row, place.column, place.rowSpan, 1);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(3, 1);
}

QGroupBox* ConfigForm::buildGroup(const ConfigGroup& group)
{
    auto* box = new QGroupBox(text(group.title), this);
    auto* form = new QFormLayout(box);
    for (const ConfigKey* key : ConfigKeys::inGroup(group.id)) {
        QWidget* field = buildField(*key, box);
        m_fields.insert(key->name, field);
        const bool labelInField = key->widget == ConfigWidget::CheckBox;
        addRow(form, labelInField ? QString() : text(key->label), field, key->name);
        watch(field);
        if (key->name == u"gateway.merchantLogin") {
            addRow(form, text(QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Transaction &key:")),
                buildKeyRow(box), QStringLiteral("gateway.key"));
        }
    }
    return box;
}

QWidget* ConfigForm::buildField(const ConfigKey& key, QWidget* parent)
{
    switch (key.widget) {
    case ConfigWidget::CurrencyBox: {
        auto* box = new QComboBox(parent);
        for (const Currency& c : CurrencyTable::all()) {
            const QString decimals = c.decimals == 1
                ? text(QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "1 decimal"))
                : text(QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "%1 decimals")).arg(c.decimals);
            box->addItem(QStringLiteral("%1 — %2 (%3)").arg(c.code, c.name, decimals), c.code);
        }
        return box;
    }
    case ConfigWidget::LineEdit: {
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(key.name);
        if (key.placeholder) {
            edit->setPlaceholderText(text(key.placeholder));
        }
        return edit;
    }
    case ConfigWidget::ComboBox:
    case ConfigWidget::EditableComboBox:
        return buildChoice(key, parent);
    case ConfigWidget::SpinBox:
        return buildSpin(key, parent);
    case ConfigWidget::CheckBox:
        return new QCheckBox(text(key.label), parent);
    case ConfigWidget::BrandList: {
        auto* list = new BrandListWidget(parent);
        list->setObjectName(key.name);
        return list;
    }
    case ConfigWidget::StepTable:
        return buildStepTable(parent);
    case ConfigWidget::None:
        break;
    }
    return new QWidget(parent);
}

QWidget* ConfigForm::buildChoice(const ConfigKey& key, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    if (key.widget == ConfigWidget::EditableComboBox) {
        // Free text, with what is known offered (languages: the prompt sets there are).
        box->setEditable(true);
        for (const QString& code : PromptLanguage::available()) {
            box->addItem(code, code);
        }
        return box;
    }
    for (const ConfigChoice& choice : key.choices) {
        box->addItem(text(choice.label), choice.value);
    }
    return box;
}

// The upper end is the reader's; the lower end reaches 0, so that a field typed empty or too small shows
// the reader's reason ("must be a whole number from 500 to 60000") instead of snapping back.
QWidget* ConfigForm::buildSpin(const ConfigKey& key, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(key.name);
    spin->setRange(qMin(0, key.minimum), key.maximum);
    if (key.suffix) {
        spin->setSuffix(text(key.suffix));
    }
    spin->setSingleStep(key.singleStep);
    spin->setAccelerated(true);
    return spin;
}

QWidget* ConfigForm::buildStepTable(QWidget* parent)
{
    m_steps = new QTableWidget(int(allSteps().size()), 4, parent);
    m_steps->setHorizontalHeaderLabels({ text(QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Own")),
        text(QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Retries")),
        text(QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "No input")),
        text(QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Inter-digit")) });
    m_steps->setToolTip(text(QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor",
        "Checked rows use their own re-prompts and time-outs (in milliseconds) instead of the general "
        "ones.")));
    QStringList stepLabels;
    for (Step s : allSteps()) {
        stepLabels << FlowDiagramWidget::nodeLabel(stepName(s)); // "Card number", not card_number
    }
    m_steps->setVerticalHeaderLabels(stepLabels);
    // Wide enough for each header ("Inter-digit" was cut to "nter-digi"); the rest is shared out.
    m_steps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_steps->setMinimumHeight(m_steps->verticalHeader()->defaultSectionSize() * (int(stepLabels.size()) + 2));
    connect(m_steps, &QTableWidget::itemChanged, this, &ConfigForm::changed);
    return m_steps;
}

QWidget* ConfigForm::buildKeyRow(QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_gatewayKey = new QLineEdit(row);
    m_gatewayKey->setEchoMode(QLineEdit::Password);
    m_gatewayKey->setPlaceholderText(
        text(QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "transaction key")));
    m_storeKey
        = new QPushButton(text(QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Store in keychain")), row);
    m_storeKey->setObjectName(QStringLiteral("storeKey"));
    m_clearKey = new QPushButton(text(QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Clear")), row);
    m_clearKey->setToolTip(text(QT_TRANSLATE_NOOP(
        "voicepay::ui::ConfigEditor", "Remove the stored key for this merchant login from the keychain")));
    layout->addWidget(m_gatewayKey, 1);
    layout->addWidget(m_storeKey);
    layout->addWidget(m_clearKey);
    return row;
}

void ConfigForm::addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& key)
{
    // One line, kept while there is no reason, so the fields below do not move as reasons come and go; a
    // reason too long for it ends in "…" with the whole text in its tooltip (and in the banner).
    auto* error = new ElidedLabel(this);
    error->setObjectName(QStringLiteral("fieldError"));
    QSizePolicy keep = error->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    error->setSizePolicy(keep);
    error->setFixedHeight(error->fontMetrics().height() + 2);
    error->setVisible(false);
    m_errors.insert(key, error);
    form->addRow(label, field);
    form->addRow(QString(), error);
}

void ConfigForm::watch(QWidget* w)
{
    if (auto* e = qobject_cast<QLineEdit*>(w)) {
        connect(e, &QLineEdit::textChanged, this, &ConfigForm::changed);
    } else if (auto* s = qobject_cast<QSpinBox*>(w)) {
        connect(s, &QSpinBox::valueChanged, this, &ConfigForm::changed);
    } else if (auto* c = qobject_cast<QComboBox*>(w)) {
        connect(c, &QComboBox::currentIndexChanged, this, &ConfigForm::changed);
        connect(c, &QComboBox::editTextChanged, this, &ConfigForm::changed);
    } else if (auto* b = qobject_cast<QCheckBox*>(w)) {
        connect(b, &QCheckBox::toggled, this, &ConfigForm::changed);
    } else if (auto* l = qobject_cast<BrandListWidget*>(w)) {
        connect(l, &BrandListWidget::changed, this, &ConfigForm::changed);
    }
}

void ConfigForm::setJson(const QJsonObject& config)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (const ConfigKey* key = ConfigKeys::find(it.key())) {
            setValue(*key, it.value(), valueAt(config, key->name));
        }
    }
    setSteps(config.value(QStringLiteral("steps")).toObject(), config);
}

QJsonObject ConfigForm::json() const
{
    QJsonObject out;
    QHash<QString, QJsonObject> nested;
    for (const ConfigKey& key : ConfigKeys::all()) {
        const QWidget* field = m_fields.value(key.name);
        if (!field || key.widget == ConfigWidget::StepTable) {
            continue;
        }
        if (key.parent().isEmpty()) {
            out.insert(key.name, value(key, field));
        } else {
            nested[key.parent()].insert(key.leaf(), value(key, field));
        }
    }
    for (auto it = nested.cbegin(); it != nested.cend(); ++it) {
        out.insert(it.key(), it.value());
    }
    out.insert(QStringLiteral("steps"), steps());
    return out;
}

void ConfigForm::setValue(const ConfigKey& key, QWidget* field, const QJsonValue& value)
{
    if (auto* box = qobject_cast<QComboBox*>(field)) {
        select(box, value.toString());
    } else if (auto* edit = qobject_cast<QLineEdit*>(field)) {
        edit->setText(value.toString());
    } else if (auto* spin = qobject_cast<QSpinBox*>(field)) {
        spin->setValue(value.toInt());
    } else if (auto* check = qobject_cast<QCheckBox*>(field)) {
        check->setChecked(value.toBool());
    } else if (auto* list = qobject_cast<BrandListWidget*>(field)) {
        QStringList ids;
        for (const QJsonValue& v : value.toArray()) {
            ids << v.toString();
        }
        list->setCheckedIds(ids);
    }
    Q_UNUSED(key);
}

QJsonValue ConfigForm::value(const ConfigKey& key, const QWidget* field) const
{
    if (const auto* box = qobject_cast<const QComboBox*>(field)) {
        return comboValue(box);
    }
    if (const auto* edit = qobject_cast<const QLineEdit*>(field)) {
        const QString typed = edit->text().trimmed();
        return key.nullable && typed.isEmpty() ? QJsonValue() : QJsonValue(typed);
    }
    if (const auto* spin = qobject_cast<const QSpinBox*>(field)) {
        return spin->value();
    }
    if (const auto* check = qobject_cast<const QCheckBox*>(field)) {
        return check->isChecked();
    }
    if (const auto* list = qobject_cast<const BrandListWidget*>(field)) {
        return QJsonArray::fromStringList(list->checkedIds());
    }
    return QJsonValue();
}

void ConfigForm::setSteps(const QJsonObject& steps, const QJsonObject& general)
{
    const QStringList columns = ConfigKeys::stepTimingNames();
    const QList<Step> all = allSteps();
    for (int row = 0; row < all.size(); ++row) {
        const QString name = stepName(all.at(row));
        const bool own = steps.contains(name);
        const QJsonObject values = own ? steps.value(name).toObject() : general;
        auto* check = new QTableWidgetItem;
        check->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        check->setCheckState(own ? Qt::Checked : Qt::Unchecked);
        m_steps->setItem(row, 0, check);
        for (int column = 0; column < columns.size(); ++column) {
            m_steps->setItem(row, column + 1,
                new QTableWidgetItem(QString::number(values.value(columns.at(column)).toInt())));
        }
    }
}

QJsonObject ConfigForm::steps() const
{
    const QStringList columns = ConfigKeys::stepTimingNames();
    QJsonObject out;
    const QList<Step> all = allSteps();
    for (int row = 0; row < all.size(); ++row) {
        const QTableWidgetItem* own = m_steps->item(row, 0);
        if (!own || own->checkState() != Qt::Checked) {
            continue;
        }
        QJsonObject step;
        for (int column = 0; column < columns.size(); ++column) {
            // Text that is not a number is passed on as text, so the engine's reader names the field at
            // fault.
            const QTableWidgetItem* item = m_steps->item(row, column + 1);
            const QString typed = item ? item->text().trimmed() : QString();
            bool ok = false;
            const int v = typed.toInt(&ok);
            step.insert(columns.at(column), ok ? QJsonValue(v) : QJsonValue(typed));
        }
        out.insert(stepName(all.at(row)), step);
    }
    return out;
}

} // namespace voicepay::ui
