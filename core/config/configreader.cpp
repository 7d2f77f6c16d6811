#include "configreader.h"

#include "cards/cardbrand.h"
#include "config/configkeys.h"
#include "config/configmessages.h"
#include "flow/step.h"
#include "secure/inputexcerpt.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <cmath>

Q_LOGGING_CATEGORY(lcConfig, "voicepay.core.config")

namespace voicepay {

using configdetail::fail;
using configdetail::translated;

namespace {

bool readInt(const QJsonValue& value, const QString& key, int min, int max, int& out, QString* error)
{
    if (!value.isDouble()) {
        return fail(error, key, translated(QT_TRANSLATE_NOOP("FlowConfig", "must be a whole number")));
    }
    const double d = value.toDouble();
    // Range first: converting a double outside int's range is undefined.
    if (!(d >= min && d <= max) || d != std::floor(d)) {
        return fail(error, key,
            translated(QT_TRANSLATE_NOOP("FlowConfig", "must be a whole number from %1 to %2"))
                .arg(min)
                .arg(max));
    }
    out = static_cast<int>(d);
    return true;
}

bool readBool(const QJsonValue& value, const QString& key, bool& out, QString* error)
{
    if (!value.isBool()) {
        return fail(error, key, translated(QT_TRANSLATE_NOOP("FlowConfig", "must be true or false")));
    }
    out = value.toBool();
    return true;
}

bool readString(const QJsonValue& value, const QString& key, QString& out, QString* error)
{
    if (!value.isString()) {
        return fail(error, key, translated(QT_TRANSLATE_NOOP("FlowConfig", "must be a string")));
    }
    out = value.toString();
    return true;
}

bool readBrandList(const QJsonValue& value, const QString& key, QStringList& out, QString* error)
{
    if (!value.isArray()) {
        return fail(error, key,
            translated(QT_TRANSLATE_NOOP("FlowConfig", "must be a list of card brand identifiers")));
    }
    QStringList brands;
    for (const QJsonValue& item : value.toArray()) {
        const QString id = item.toString();
        if (!item.isString() || !CardBrandTable::standard().find(id)) {
            return fail(error, key,
                translated(QT_TRANSLATE_NOOP("FlowConfig", "unknown card brand \"%1\" (known: %2)"))
                    .arg(item.isString() ? maskedExcerpt(id, 0, 16) : QStringLiteral("?"),
                        CardBrandTable::standard().ids().join(QStringLiteral(", "))));
        }
        if (!brands.contains(id)) {
            brands << id;
        }
    }
    out = brands;
    return true;
}

bool readAmount(const QJsonValue& value, const QString& key, bool allowEmpty, QString& out, QString* error)
{
    if (allowEmpty && value.isNull()) {
        out.clear();
        return true;
    }
    if (!value.isString()) {
        return fail(error, key,
            translated(QT_TRANSLATE_NOOP("FlowConfig", "must be a decimal string such as \"12.50\"")));
    }
    // Checked against the currency's decimals in validate(), once the currency is known.
    QString why;
    const Currency generous { QStringLiteral("XXX"), 3, {}, {}, {}, {}, {} };
    if (!Money::fromDecimalString(value.toString(), generous, &why)) {
        return fail(error, key, why);
    }
    out = value.toString().trimmed();
    return true;
}

bool readText(const ConfigKey& key, const QJsonValue& value, const QString& name, QString* error)
{
    QString text;
    if (!readString(value, name, text, error)) {
        return false;
    }
    if (key.name == u"currency" && !CurrencyTable::find(text)) {
        return fail(error, name,
            translated(QT_TRANSLATE_NOOP("FlowConfig", "\"%1\" is not a supported ISO 4217 code"))
                .arg(maskedExcerpt(text, 0, 8)));
    }
    if (key.lengthMessage
        && (text.size() < key.minLength || (key.maxLength > 0 && text.size() > key.maxLength))) {
        return fail(error, name, translated(key.lengthMessage));
    }
    if (!key.pattern.isEmpty()
        && !QRegularExpression(QRegularExpression::anchoredPattern(key.pattern)).match(text).hasMatch()) {
        return fail(error, name, translated(key.patternMessage));
    }
    return true;
}

// One value checked against its key's description; `name` is the key as the message shows it.
bool checkValue(const ConfigKey& key, const QJsonValue& value, const QString& name, QString* error)
{
    switch (key.type) {
    case ConfigValueType::WholeNumber: {
        int ignored = 0;
        return readInt(value, name, key.minimum, key.maximum, ignored, error);
    }
    case ConfigValueType::Boolean: {
        bool ignored = false;
        return readBool(value, name, ignored, error);
    }
    case ConfigValueType::Text:
        return readText(key, value, name, error);
    case ConfigValueType::Amount: {
        QString ignored;
        return readAmount(value, name, key.nullable, ignored, error);
    }
    case ConfigValueType::Choice:
        for (const ConfigChoice& c : key.choices) {
            if (value == QJsonValue(c.value)) {
                return true;
            }
        }
        return fail(error, name, translated(key.choiceMessage));
    case ConfigValueType::BrandList: {
        QStringList ignored;
        return readBrandList(value, name, ignored, error);
    }
    case ConfigValueType::StepTable:
    case ConfigValueType::Object:
        break;
    }
    return false;
}

bool readTiming(const QJsonValue& value, const QString& name, StepTiming& timing, QString* error)
{
    if (!value.isObject()) {
        return fail(error, name, translated(QT_TRANSLATE_NOOP("FlowConfig", "must be an object")));
    }
    const QJsonObject obj = value.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString sub = name + QLatin1Char('.') + it.key();
        // A step's keys take the ranges of the general keys of the same name.
        const ConfigKey* key
            = ConfigKeys::stepTimingNames().contains(it.key()) ? ConfigKeys::find(it.key()) : nullptr;
        if (!key) {
            return fail(error, sub, translated(QT_TRANSLATE_NOOP("FlowConfig", "unknown key")));
        }
        if (!checkValue(*key, it.value(), sub, error)) {
            return false;
        }
        const int v = it.value().toInt();
        if (it.key() == u"maxRetries") {
            timing.maxRetries = v;
        } else if (it.key() == u"noInputTimeoutMs") {
            timing.noInputTimeoutMs = v;
        } else {
            timing.interDigitTimeoutMs = v;
        }
    }
    return true;
}

bool readSteps(const QJsonValue& value, FlowConfig& c, QString* error)
{
    if (!value.isObject()) {
        return fail(error, QStringLiteral("steps"),
            translated(QT_TRANSLATE_NOOP("FlowConfig", "must be an object keyed by step name")));
    }
    const QJsonObject steps = value.toObject();
    for (auto s = steps.begin(); s != steps.end(); ++s) {
        const QString sub = QStringLiteral("steps.") + s.key();
        if (!stepFromName(s.key())) {
            return fail(error, sub, translated(QT_TRANSLATE_NOOP("FlowConfig", "unknown step")));
        }
        StepTiming timing = c.stepOverrides.value(
            s.key(), StepTiming { c.maxRetries, c.noInputTimeoutMs, c.interDigitTimeoutMs });
        if (!readTiming(s.value(), sub, timing, error)) {
            return false;
        }
        c.stepOverrides.insert(s.key(), timing);
    }
    return true;
}

bool readKey(const ConfigKey& key, const QJsonValue& value, FlowConfig& c, QString* error);

// An object of keys ("gateway"): each of its keys read by its own description.
bool readObject(const ConfigKey& key, const QJsonValue& value, FlowConfig& c, QString* error)
{
    if (!value.isObject()) {
        return fail(error, key.name, translated(QT_TRANSLATE_NOOP("FlowConfig", "must be an object")));
    }
    const QJsonObject obj = value.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString name = key.name + QLatin1Char('.') + it.key();
        const ConfigKey* sub = ConfigKeys::find(name);
        if (!sub) {
            return fail(error, name, translated(QT_TRANSLATE_NOOP("FlowConfig", "unknown key")));
        }
        if (!readKey(*sub, it.value(), c, error)) {
            return false;
        }
    }
    return true;
}

bool readKey(const ConfigKey& key, const QJsonValue& value, FlowConfig& c, QString* error)
{
    if (key.type == ConfigValueType::Object) {
        return readObject(key, value, c, error);
    }
    if (key.type == ConfigValueType::StepTable) {
        return readSteps(value, c, error);
    }
    if (!checkValue(key, value, key.name, error)) {
        return false;
    }
    key.write(c, value);
    return true;
}

} // namespace

QStringList ConfigReader::knownKeys()
{
    return ConfigKeys::topLevelNames();
}

bool ConfigReader::apply(const QJsonObject& json, FlowConfig& config, QString* error)
{
    FlowConfig c = config;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const ConfigKey* key = ConfigKeys::find(it.key());
        if (!key || !key->parent().isEmpty()) {
            return fail(error, it.key(), translated(QT_TRANSLATE_NOOP("FlowConfig", "unknown key")));
        }
        if (!readKey(*key, it.value(), c, error)) {
            return false;
        }
    }
    if (!c.validate(error)) {
        return false;
    }
    config = c;
    return true;
}

std::optional<FlowConfig> ConfigReader::fromJson(
    const QByteArray& data, QString* error, const FlowConfig& base)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = translated(QT_TRANSLATE_NOOP("FlowConfig", "not valid JSON at offset %1: %2"))
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        }
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error) {
            *error = translated(QT_TRANSLATE_NOOP("FlowConfig", "the configuration must be a JSON object"));
        }
        return std::nullopt;
    }
    FlowConfig config = base;
    if (!apply(doc.object(), config, error)) {
        return std::nullopt;
    }
    return config;
}

std::optional<FlowConfig> ConfigReader::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = translated(QT_TRANSLATE_NOOP("FlowConfig", "cannot read %1: %2"))
                         .arg(path, file.errorString());
        }
        return std::nullopt;
    }
    if (file.size() > 1024 * 1024) {
        if (error) {
            *error = translated(QT_TRANSLATE_NOOP("FlowConfig", "%1 is larger than 1 MiB")).arg(path);
        }
        return std::nullopt;
    }
    QString why;
    auto config = fromJson(file.readAll(), &why);
    if (!config && error) {
        *error = path + QStringLiteral(": ") + why;
    }
    return config;
}

bool ConfigReader::saveFile(const FlowConfig& config, const QString& path, QString* error)
{
    if (!config.validate(error)) {
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = translated(QT_TRANSLATE_NOOP("FlowConfig", "cannot write %1: %2"))
                         .arg(path, file.errorString());
        }
        return false;
    }
    file.write(QJsonDocument(config.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error) {
            *error = translated(QT_TRANSLATE_NOOP("FlowConfig", "cannot write %1: %2"))
                         .arg(path, file.errorString());
        }
        return false;
    }
    qCInfo(lcConfig) << "configuration saved, version" << config.version();
    return true;
}

} // namespace voicepay
