#include "flowconfig.h"

#include "cards/cardbrand.h"
#include "secure/inputexcerpt.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <cmath>

Q_LOGGING_CATEGORY(lcConfig, "voicepay.core.config")

namespace voicepay {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("FlowConfig", text);
}

const QStringList stepNames { QStringLiteral("account_number"), QStringLiteral("pin"),
    QStringLiteral("amount_choice"), QStringLiteral("amount_entry"), QStringLiteral("card_number"),
    QStringLiteral("expiry"), QStringLiteral("security_code"), QStringLiteral("confirm"),
    QStringLiteral("correction_choice") };

bool fail(QString* error, const QString& key, const QString& why)
{
    if (error) {
        *error = QStringLiteral("%1: %2").arg(key, why);
    }
    return false;
}

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

bool readExit(
    const QJsonValue& value, const QString& key, bool allowLeaveConference, CallExit& out, QString* error)
{
    const auto exit = callExitFromName(value.toString());
    if (!value.isString() || !exit || (!allowLeaveConference && *exit == CallExit::LeaveConference)) {
        return fail(error, key,
            translated(
                QT_TRANSLATE_NOOP("FlowConfig", "must be transfer_to_agent, return_to_ivr or disconnect")));
    }
    out = *exit;
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

bool readTiming(const QJsonValue& value, const QString& key, StepTiming& timing, QString* error)
{
    if (!value.isObject()) {
        return fail(error, key, translated(QT_TRANSLATE_NOOP("FlowConfig", "must be an object")));
    }
    const QJsonObject obj = value.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString sub = key + QLatin1Char('.') + it.key();
        bool ok = false;
        if (it.key() == u"maxRetries") {
            ok = readInt(it.value(), sub, 0, 9, timing.maxRetries, error);
        } else if (it.key() == u"noInputTimeoutMs") {
            ok = readInt(it.value(), sub, 500, 60000, timing.noInputTimeoutMs, error);
        } else if (it.key() == u"interDigitTimeoutMs") {
            ok = readInt(it.value(), sub, 500, 60000, timing.interDigitTimeoutMs, error);
        } else {
            return fail(error, sub, translated(QT_TRANSLATE_NOOP("FlowConfig", "unknown key")));
        }
        if (!ok) {
            return false;
        }
    }
    return true;
}

bool readGateway(const QJsonValue& value, GatewaySettings& g, QString* error)
{
    if (!value.isObject()) {
        return fail(error, QStringLiteral("gateway"),
            translated(QT_TRANSLATE_NOOP("FlowConfig", "must be an object")));
    }
    const QJsonObject obj = value.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString key = QStringLiteral("gateway.") + it.key();
        bool ok = false;
        if (it.key() == u"mode") {
            ok = readString(it.value(), key, g.mode, error);
            if (ok && g.mode != u"sandbox" && g.mode != u"server" && g.mode != u"endpoint") {
                return fail(error, key,
                    translated(QT_TRANSLATE_NOOP("FlowConfig", "must be sandbox, server or endpoint")));
            }
        } else if (it.key() == u"url") {
            ok = readString(it.value(), key, g.url, error);
        } else if (it.key() == u"merchantLogin") {
            ok = readString(it.value(), key, g.merchantLogin, error);
            if (ok && g.merchantLogin.size() > 25) {
                return fail(
                    error, key, translated(QT_TRANSLATE_NOOP("FlowConfig", "is at most 25 characters")));
            }
        } else if (it.key() == u"connectTimeoutMs") {
            ok = readInt(it.value(), key, 100, 120000, g.connectTimeoutMs, error);
        } else if (it.key() == u"transferTimeoutMs") {
            ok = readInt(it.value(), key, 100, 300000, g.transferTimeoutMs, error);
        } else if (it.key() == u"duplicateWindowSeconds") {
            ok = readInt(it.value(), key, 0, 28800, g.duplicateWindowSeconds, error);
        } else if (it.key() == u"maxCardDigits") {
            ok = readInt(it.value(), key, 12, 19, g.maxCardDigits, error);
        } else {
            return fail(error, key, translated(QT_TRANSLATE_NOOP("FlowConfig", "unknown key")));
        }
        if (!ok) {
            return false;
        }
    }
    return true;
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QString amountModeName(AmountMode mode)
{
    return mode == AmountMode::Fixed ? QStringLiteral("fixed") : QStringLiteral("caller");
}

QString inputModeName(InputMode mode)
{
    switch (mode) {
    case InputMode::Dtmf:
        return QStringLiteral("dtmf");
    case InputMode::Voice:
        return QStringLiteral("voice");
    case InputMode::Both:
        return QStringLiteral("both");
    }
    return QString();
}

QString callExitName(CallExit exit)
{
    switch (exit) {
    case CallExit::ReturnToIvr:
        return QStringLiteral("return_to_ivr");
    case CallExit::TransferToAgent:
        return QStringLiteral("transfer_to_agent");
    case CallExit::LeaveConference:
        return QStringLiteral("leave_conference");
    case CallExit::Disconnect:
        return QStringLiteral("disconnect");
    }
    return QString();
}

std::optional<CallExit> callExitFromName(const QString& name)
{
    for (CallExit e : { CallExit::ReturnToIvr, CallExit::TransferToAgent, CallExit::LeaveConference,
             CallExit::Disconnect }) {
        if (callExitName(e) == name) {
            return e;
        }
    }
    return std::nullopt;
}

Currency FlowConfig::currencyInfo() const
{
    if (auto c = CurrencyTable::find(currency)) {
        return *c;
    }
    return *CurrencyTable::find(QStringLiteral("USD"));
}

std::optional<Money> FlowConfig::minimum() const
{
    return Money::fromDecimalString(minAmount, currencyInfo());
}

std::optional<Money> FlowConfig::maximum() const
{
    if (maxAmount.isEmpty()) {
        return std::nullopt;
    }
    return Money::fromDecimalString(maxAmount, currencyInfo());
}

StepTiming FlowConfig::timing(const QString& step) const
{
    StepTiming t { maxRetries, noInputTimeoutMs, interDigitTimeoutMs };
    return stepOverrides.value(step, t);
}

QSet<QString> FlowConfig::allowedBrandSet() const
{
    return QSet<QString>(allowedBrands.begin(), allowedBrands.end());
}

bool FlowConfig::validate(QString* error) const
{
    if (!CurrencyTable::find(currency)) {
        return fail(error, QStringLiteral("currency"),
            translated(QT_TRANSLATE_NOOP("FlowConfig", "\"%1\" is not a supported ISO 4217 code"))
                .arg(maskedExcerpt(currency, 0, 8)));
    }
    QString why;
    const auto min = Money::fromDecimalString(minAmount, currencyInfo(), &why);
    if (!min) {
        return fail(error, QStringLiteral("minAmount"), why);
    }
    if (min->minorUnits() <= 0) {
        return fail(error, QStringLiteral("minAmount"),
            translated(QT_TRANSLATE_NOOP("FlowConfig", "must be greater than zero")));
    }
    if (!maxAmount.isEmpty()) {
        const auto max = Money::fromDecimalString(maxAmount, currencyInfo(), &why);
        if (!max) {
            return fail(error, QStringLiteral("maxAmount"), why);
        }
        if (max->minorUnits() < min->minorUnits()) {
            return fail(error, QStringLiteral("maxAmount"),
                translated(QT_TRANSLATE_NOOP("FlowConfig", "must not be below minAmount")));
        }
    }
    if (allowedBrands.isEmpty()) {
        return fail(error, QStringLiteral("allowedBrands"),
            translated(QT_TRANSLATE_NOOP("FlowConfig", "must name at least one card brand")));
    }
    if (language != u"en-US" && language != u"en") {
        return fail(error, QStringLiteral("language"),
            translated(QT_TRANSLATE_NOOP("FlowConfig", "\"%1\" has no prompts; supported: en-US"))
                .arg(maskedExcerpt(language, 0, 8)));
    }
    if (gateway.mode != u"sandbox" && gateway.url.isEmpty()) {
        return fail(error, QStringLiteral("gateway.url"),
            translated(QT_TRANSLATE_NOOP("FlowConfig", "is required for gateway mode %1")).arg(gateway.mode));
    }
    return true;
}

QJsonObject FlowConfig::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("currency"), currency);
    o.insert(QStringLiteral("minAmount"), minAmount);
    o.insert(QStringLiteral("maxAmount"), maxAmount.isEmpty() ? QJsonValue() : QJsonValue(maxAmount));
    o.insert(QStringLiteral("amountMode"), amountModeName(amountMode));
    o.insert(QStringLiteral("maxDeclines"), maxDeclines);
    o.insert(QStringLiteral("onMaxDeclines"), callExitName(onMaxDeclines));
    o.insert(QStringLiteral("onSuccess"), callExitName(onSuccess));
    o.insert(QStringLiteral("onFailure"), callExitName(onFailure));
    o.insert(QStringLiteral("allowedBrands"), toArray(allowedBrands));
    o.insert(QStringLiteral("noSecurityCodeBrands"), toArray(noSecurityCodeBrands));
    o.insert(QStringLiteral("noExpiryBrands"), toArray(noExpiryBrands));
    o.insert(QStringLiteral("readbackLast4Only"), readbackLast4Only);
    o.insert(QStringLiteral("inputMode"), inputModeName(inputMode));
    o.insert(QStringLiteral("maxRetries"), maxRetries);
    o.insert(QStringLiteral("maxAuthAttempts"), maxAuthAttempts);
    o.insert(QStringLiteral("noInputTimeoutMs"), noInputTimeoutMs);
    o.insert(QStringLiteral("interDigitTimeoutMs"), interDigitTimeoutMs);
    QJsonObject steps;
    for (auto it = stepOverrides.begin(); it != stepOverrides.end(); ++it) {
        steps.insert(it.key(),
            QJsonObject { { QStringLiteral("maxRetries"), it->maxRetries },
                { QStringLiteral("noInputTimeoutMs"), it->noInputTimeoutMs },
                { QStringLiteral("interDigitTimeoutMs"), it->interDigitTimeoutMs } });
    }
    o.insert(QStringLiteral("steps"), steps);
    o.insert(QStringLiteral("language"), language);
    o.insert(QStringLiteral("site"), site);
    o.insert(QStringLiteral("gateway"),
        QJsonObject { { QStringLiteral("mode"), gateway.mode }, { QStringLiteral("url"), gateway.url },
            { QStringLiteral("merchantLogin"), gateway.merchantLogin },
            { QStringLiteral("connectTimeoutMs"), gateway.connectTimeoutMs },
            { QStringLiteral("transferTimeoutMs"), gateway.transferTimeoutMs },
            { QStringLiteral("duplicateWindowSeconds"), gateway.duplicateWindowSeconds },
            { QStringLiteral("maxCardDigits"), gateway.maxCardDigits } });
    return o;
}

QString FlowConfig::version() const
{
    // QJsonDocument writes object keys sorted, so equal settings give equal digests.
    const QByteArray canonical = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(12));
}

QStringList ConfigReader::knownKeys()
{
    return { QStringLiteral("currency"), QStringLiteral("minAmount"), QStringLiteral("maxAmount"),
        QStringLiteral("amountMode"), QStringLiteral("maxDeclines"), QStringLiteral("onMaxDeclines"),
        QStringLiteral("onSuccess"), QStringLiteral("onFailure"), QStringLiteral("allowedBrands"),
        QStringLiteral("noSecurityCodeBrands"), QStringLiteral("noExpiryBrands"),
        QStringLiteral("readbackLast4Only"), QStringLiteral("inputMode"), QStringLiteral("maxRetries"),
        QStringLiteral("maxAuthAttempts"), QStringLiteral("noInputTimeoutMs"),
        QStringLiteral("interDigitTimeoutMs"), QStringLiteral("steps"), QStringLiteral("language"),
        QStringLiteral("site"), QStringLiteral("gateway") };
}

bool ConfigReader::apply(const QJsonObject& json, FlowConfig& config, QString* error)
{
    FlowConfig c = config;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString& key = it.key();
        const QJsonValue& value = it.value();
        bool ok = false;
        if (key == u"currency") {
            ok = readString(value, key, c.currency, error);
            if (ok && !CurrencyTable::find(c.currency)) {
                return fail(error, key,
                    translated(QT_TRANSLATE_NOOP("FlowConfig", "\"%1\" is not a supported ISO 4217 code"))
                        .arg(maskedExcerpt(c.currency, 0, 8)));
            }
        } else if (key == u"minAmount") {
            ok = readAmount(value, key, false, c.minAmount, error);
        } else if (key == u"maxAmount") {
            ok = readAmount(value, key, true, c.maxAmount, error);
        } else if (key == u"amountMode") {
            if (value == QJsonValue(QStringLiteral("fixed"))) {
                c.amountMode = AmountMode::Fixed;
            } else if (value == QJsonValue(QStringLiteral("caller"))) {
                c.amountMode = AmountMode::Caller;
            } else {
                return fail(
                    error, key, translated(QT_TRANSLATE_NOOP("FlowConfig", "must be fixed or caller")));
            }
            ok = true;
        } else if (key == u"maxDeclines") {
            ok = readInt(value, key, 1, 10, c.maxDeclines, error);
        } else if (key == u"onMaxDeclines") {
            ok = readExit(value, key, false, c.onMaxDeclines, error);
        } else if (key == u"onSuccess") {
            ok = readExit(value, key, false, c.onSuccess, error);
        } else if (key == u"onFailure") {
            ok = readExit(value, key, false, c.onFailure, error);
        } else if (key == u"allowedBrands") {
            ok = readBrandList(value, key, c.allowedBrands, error);
        } else if (key == u"noSecurityCodeBrands") {
            ok = readBrandList(value, key, c.noSecurityCodeBrands, error);
        } else if (key == u"noExpiryBrands") {
            ok = readBrandList(value, key, c.noExpiryBrands, error);
        } else if (key == u"readbackLast4Only") {
            ok = readBool(value, key, c.readbackLast4Only, error);
        } else if (key == u"inputMode") {
            const QString mode = value.toString();
            if (mode == u"dtmf") {
                c.inputMode = InputMode::Dtmf;
            } else if (mode == u"voice") {
                c.inputMode = InputMode::Voice;
            } else if (mode == u"both") {
                c.inputMode = InputMode::Both;
            } else {
                return fail(
                    error, key, translated(QT_TRANSLATE_NOOP("FlowConfig", "must be dtmf, voice or both")));
            }
            ok = true;
        } else if (key == u"maxRetries") {
            ok = readInt(value, key, 0, 9, c.maxRetries, error);
        } else if (key == u"maxAuthAttempts") {
            ok = readInt(value, key, 1, 9, c.maxAuthAttempts, error);
        } else if (key == u"noInputTimeoutMs") {
            ok = readInt(value, key, 500, 60000, c.noInputTimeoutMs, error);
        } else if (key == u"interDigitTimeoutMs") {
            ok = readInt(value, key, 500, 60000, c.interDigitTimeoutMs, error);
        } else if (key == u"steps") {
            if (!value.isObject()) {
                return fail(error, key,
                    translated(QT_TRANSLATE_NOOP("FlowConfig", "must be an object keyed by step name")));
            }
            const QJsonObject steps = value.toObject();
            for (auto s = steps.begin(); s != steps.end(); ++s) {
                const QString sub = QStringLiteral("steps.") + s.key();
                if (!stepNames.contains(s.key())) {
                    return fail(error, sub, translated(QT_TRANSLATE_NOOP("FlowConfig", "unknown step")));
                }
                StepTiming timing = c.stepOverrides.value(
                    s.key(), StepTiming { c.maxRetries, c.noInputTimeoutMs, c.interDigitTimeoutMs });
                if (!readTiming(s.value(), sub, timing, error)) {
                    return false;
                }
                c.stepOverrides.insert(s.key(), timing);
            }
            ok = true;
        } else if (key == u"language") {
            ok = readString(value, key, c.language, error);
        } else if (key == u"site") {
            ok = readString(value, key, c.site, error);
            if (ok && (c.site.isEmpty() || c.site.size() > 64)) {
                return fail(
                    error, key, translated(QT_TRANSLATE_NOOP("FlowConfig", "must be 1 to 64 characters")));
            }
        } else if (key == u"gateway") {
            ok = readGateway(value, c.gateway, error);
        } else {
            return fail(error, key, translated(QT_TRANSLATE_NOOP("FlowConfig", "unknown key")));
        }
        if (!ok) {
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
