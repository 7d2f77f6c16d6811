#include "configreview.h"

#include "config/configreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace voicepay {

namespace {

QString editorText(const char* text)
{
    return QCoreApplication::translate("voicepay::ui::ConfigEditor", text);
}

QString choiceText(const ConfigKey& key, const QString& value)
{
    for (const ConfigChoice& c : key.choices) {
        if (c.value == value && c.label) {
            QString label = editorText(c.label);
            label.remove(u'&');
            return label;
        }
    }
    return value;
}

// Sets the key at fault (as the reader's message names it, perhaps inside an object) to `good`'s value;
// false when there is nothing left to change there.
bool replaceKey(QJsonObject& json, const QString& key, const QJsonObject& good)
{
    const QString top = key.section(u'.', 0, 0);
    const QString leaf = key.section(u'.', 1, 1);
    if (!ConfigKeys::find(top)) {
        return false;
    }
    if (!leaf.isEmpty() && json.value(top).isObject() && good.value(top).toObject().contains(leaf)) {
        QJsonObject inner = json.value(top).toObject();
        if (inner.value(leaf) == good.value(top).toObject().value(leaf)) {
            return false;
        }
        inner.insert(leaf, good.value(top).toObject().value(leaf));
        json.insert(top, inner);
        return true;
    }
    if (json.value(top) == good.value(top)) {
        return false;
    }
    json.insert(top, good.value(top));
    return true;
}

} // namespace

QList<ConfigChange> ConfigReview::changes(const FlowConfig& before, const FlowConfig& after)
{
    QList<ConfigChange> out;
    for (const ConfigKey& key : ConfigKeys::all()) {
        if (!key.read || key.type == ConfigValueType::Object) {
            continue; // an object's keys are listed one by one
        }
        const QJsonValue a = key.read(before);
        const QJsonValue b = key.read(after);
        if (a != b) {
            out.append(
                ConfigChange { key.name, key.displayLabel(), a, b, valueText(key, a), valueText(key, b) });
        }
    }
    return out;
}

QString ConfigReview::valueText(const ConfigKey& key, const QJsonValue& value)
{
    switch (key.type) {
    case ConfigValueType::Amount:
        return value.toString().isEmpty()
            ? editorText(QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "no limit"))
            : value.toString();
    case ConfigValueType::Boolean:
        return value.toBool() ? editorText(QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "yes"))
                              : editorText(QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "no"));
    case ConfigValueType::Choice:
        return choiceText(key, value.toString());
    case ConfigValueType::BrandList: {
        QStringList brands;
        for (const QJsonValue& v : value.toArray()) {
            brands << v.toString();
        }
        return brands.join(QStringLiteral(", "));
    }
    case ConfigValueType::WholeNumber:
        return QString::number(value.toInteger()) + (key.suffix ? editorText(key.suffix) : QString());
    case ConfigValueType::StepTable:
    case ConfigValueType::Object:
        return value.toObject().isEmpty()
            ? editorText(QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "none"))
            : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case ConfigValueType::Text:
        break;
    }
    return value.toString().isEmpty() ? editorText(QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "(empty)"))
                                      : value.toString();
}

QStringList ConfigReview::errors(QJsonObject json, const FlowConfig& fallback)
{
    const QJsonObject saved = fallback.toJson();
    const QJsonObject defaults = FlowConfig().toJson();
    QStringList out;
    QStringList seen;
    // Each round sets one more key aside, so there are at most as many rounds as keys.
    for (qsizetype round = 0; round <= ConfigKeys::all().size(); ++round) {
        FlowConfig c;
        QString why;
        if (ConfigReader::apply(json, c, &why)) {
            break;
        }
        out << why;
        const QString key = why.section(QStringLiteral(": "), 0, 0);
        if (seen.contains(key) || !(replaceKey(json, key, saved) || replaceKey(json, key, defaults))) {
            break;
        }
        seen << key;
    }
    return out;
}

} // namespace voicepay
