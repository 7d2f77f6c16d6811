#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace voicepay {

struct FlowConfig;

// What a key's value is in the file.
enum class ConfigValueType { Text, Amount, WholeNumber, Boolean, Choice, BrandList, StepTable, Object };
// How the configuration editor shows a key.
enum class ConfigWidget {
    None,
    CurrencyBox,
    LineEdit,
    ComboBox,
    EditableComboBox,
    SpinBox,
    CheckBox,
    BrandList,
    StepTable
};

// One allowed value of a choice, with the editor's label for it (untranslated; see ConfigKey::label).
struct ConfigChoice
{
    QString value;
    const char* label;
};

// One key of the configuration file: the single description the reader, the writer, the validation
// messages, the editor's form and the documentation table are built from. The default is FlowConfig's own
// (FlowConfig() written out), so it has one owner too.
struct ConfigKey
{
    QString name; // as in the file; "gateway.url" for a key inside the gateway object
    ConfigValueType type = ConfigValueType::Text;
    int minimum = 0; // WholeNumber: the range the reader accepts
    int maximum = 0;
    QList<ConfigChoice> choices; // Choice: every allowed value, in the editor's order
    const char* choiceMessage = nullptr; // Choice: the reader's message, in the "FlowConfig" context
    bool nullable = false; // Amount: null means no limit
    int minLength = 0; // Text: shortest and longest accepted value (0: any), refused with lengthMessage
    int maxLength = 0;
    const char* lengthMessage = nullptr; // in the "FlowConfig" context
    // Text: a regular expression the whole value must match, refused with patternMessage ("FlowConfig"
    // context); patternText says what it allows in the documentation table.
    QString pattern;
    const char* patternMessage = nullptr;
    QString patternText;
    QString help; // one line for the documentation table

    // The editor: in which group, with which widget and label (labels, suffixes and placeholders are
    // translated in the "voicepay::ui::ConfigEditor" context).
    ConfigWidget widget = ConfigWidget::None;
    QString group;
    const char* label = nullptr;
    const char* suffix = nullptr;
    const char* placeholder = nullptr;
    int singleStep = 1;

    // Where the value lives in FlowConfig (the reader calls write only with a value it has checked).
    QJsonValue (*read)(const FlowConfig&) = nullptr;
    void (*write)(FlowConfig&, const QJsonValue&) = nullptr;

    QString parent() const; // "gateway" for "gateway.url"; empty at the top level
    QString leaf() const; // "url" for "gateway.url"
    QJsonValue defaultValue() const; // FlowConfig()'s value
    QString typeText() const; // for the documentation: "whole number", "decimal string", ...
    QString allowedText() const; // "1..10", "fixed, caller", ...
    // How people read the key: the editor's label, translated, without its accelerator and colon
    // ("Maximum amount"); the name itself for a key without a label.
    QString displayLabel() const;
};

// An editor group: its id and its title (translated in the editor's context).
struct ConfigGroup
{
    QString id;
    const char* title;
};

class ConfigKeys
{
public:
    static const QList<ConfigKey>& all();
    static const ConfigKey* find(const QString& name);
    static QStringList topLevelNames(); // every key a file may hold at its top level
    static QList<const ConfigKey*> inGroup(const QString& group);
    static const QList<ConfigGroup>& groups();
    // The keys of `steps.NAME` take the ranges of the top-level keys of the same name.
    static QStringList stepTimingNames();
    // `message` with each key name in it replaced by the key's label ("maxAmount: must not be below
    // minAmount" reads "Maximum amount: must not be below Minimum amount").
    static QString readable(const QString& message);
    // The documentation table (`voicepay-sim config keys`; docs/engine.md holds its output).
    static QString markdownTable();
};

} // namespace voicepay
