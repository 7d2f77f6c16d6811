#include "scenario.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace voicepay {

namespace {
QString translated(const char* text)
{
    return QCoreApplication::translate("Scenario", text);
}

constexpr qint64 maxScenarioBytes = 4 * 1024 * 1024;
constexpr int maxInputs = 500;

// Where a scenario file is wrong, and why.
struct FieldError
{
    QString field;
    QString why;
};

std::optional<FieldError> readInputs(const QJsonValue& value, QList<ScenarioInput>& inputs)
{
    const QString key = QStringLiteral("inputs");
    if (!value.isArray()) {
        return FieldError { key, translated(QT_TRANSLATE_NOOP("Scenario", "must be a list of strings")) };
    }
    const QJsonArray array = value.toArray();
    if (array.size() > maxInputs) {
        return FieldError { key,
            translated(QT_TRANSLATE_NOOP("Scenario", "at most %1 inputs")).arg(maxInputs) };
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = QStringLiteral("inputs[%1]").arg(i);
        if (!array.at(i).isString()) {
            return FieldError { field, translated(QT_TRANSLATE_NOOP("Scenario", "must be a string")) };
        }
        QString why;
        auto input = ScenarioInput::parse(array.at(i).toString(), &why);
        if (!input) {
            return FieldError { field, why };
        }
        inputs << *input;
    }
    return std::nullopt;
}

std::optional<FieldError> readExpect(const QJsonValue& value, QJsonObject& expect)
{
    if (!value.isObject()) {
        return FieldError { QStringLiteral("expect"),
            translated(QT_TRANSLATE_NOOP("Scenario", "must be an object")) };
    }
    expect = value.toObject();
    static const QStringList known { QStringLiteral("outcome"), QStringLiteral("exit"),
        QStringLiteral("steps"), QStringLiteral("amount"), QStringLiteral("currency"),
        QStringLiteral("cardBrand"), QStringLiteral("cardLast4"), QStringLiteral("attempts"),
        QStringLiteral("declines"), QStringLiteral("declineReasons"), QStringLiteral("transactionId"),
        QStringLiteral("paymentReference"), QStringLiteral("reason"), QStringLiteral("closingPrompts"),
        QStringLiteral("transferContext"), QStringLiteral("callType"), QStringLiteral("lastStep"),
        QStringLiteral("durationMs") };
    for (auto e = expect.begin(); e != expect.end(); ++e) {
        if (!known.contains(e.key())) {
            return FieldError { QStringLiteral("expect.") + e.key(),
                translated(QT_TRANSLATE_NOOP("Scenario", "unknown result key")) };
        }
    }
    if (expect.contains(QStringLiteral("steps")) && !expect.value(QStringLiteral("steps")).isArray()) {
        return FieldError { QStringLiteral("expect.steps"),
            translated(QT_TRANSLATE_NOOP("Scenario", "must be a list")) };
    }
    return std::nullopt;
}
} // namespace

QJsonObject Scenario::toJson() const
{
    QJsonArray in;
    for (const ScenarioInput& i : inputs) {
        in.append(i.toString());
    }
    QJsonObject o { { QStringLiteral("call"), call.toJson() }, { QStringLiteral("inputs"), in } };
    if (!name.isEmpty()) {
        o.insert(QStringLiteral("name"), name);
    }
    if (!description.isEmpty()) {
        o.insert(QStringLiteral("description"), description);
    }
    if (!configOverrides.isEmpty()) {
        o.insert(QStringLiteral("config"), configOverrides);
    }
    if (date.isValid()) {
        o.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    }
    if (!expect.isEmpty()) {
        o.insert(QStringLiteral("expect"), expect);
    }
    return o;
}

std::optional<Scenario> Scenario::fromJson(const QByteArray& data, QString* error)
{
    auto fail = [error](const QString& field, const QString& why) -> std::optional<Scenario> {
        if (error) {
            *error = field.isEmpty() ? why : field + QStringLiteral(": ") + why;
        }
        return std::nullopt;
    };
    if (data.size() > maxScenarioBytes) {
        return fail(
            QString(), translated(QT_TRANSLATE_NOOP("Scenario", "the scenario is larger than 4 MiB")));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(QString(),
            translated(QT_TRANSLATE_NOOP("Scenario", "not valid JSON at offset %1: %2"))
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    }
    if (!doc.isObject()) {
        return fail(QString(), translated(QT_TRANSLATE_NOOP("Scenario", "a scenario must be a JSON object")));
    }
    const QJsonObject root = doc.object();
    Scenario s;
    bool haveCall = false;
    bool haveInputs = false;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString& key = it.key();
        const QJsonValue& value = it.value();
        if (key == u"name" || key == u"description") {
            if (!value.isString()) {
                return fail(key, translated(QT_TRANSLATE_NOOP("Scenario", "must be a string")));
            }
            (key == u"name" ? s.name : s.description) = value.toString();
        } else if (key == u"call") {
            if (!value.isObject()) {
                return fail(key, translated(QT_TRANSLATE_NOOP("Scenario", "must be an object")));
            }
            QString why;
            auto call = CallContext::fromJson(value.toObject(), &why);
            if (!call) {
                return fail(QString(), why);
            }
            s.call = *call;
            haveCall = true;
        } else if (key == u"config") {
            if (!value.isObject()) {
                return fail(key, translated(QT_TRANSLATE_NOOP("Scenario", "must be an object")));
            }
            s.configOverrides = value.toObject();
        } else if (key == u"date") {
            s.date = QDate::fromString(value.toString(), Qt::ISODate);
            if (!value.isString() || !s.date.isValid()) {
                return fail(key, translated(QT_TRANSLATE_NOOP("Scenario", "must be a date as YYYY-MM-DD")));
            }
        } else if (key == u"inputs") {
            if (auto e = readInputs(value, s.inputs)) {
                return fail(e->field, e->why);
            }
            haveInputs = true;
        } else if (key == u"expect") {
            if (auto e = readExpect(value, s.expect)) {
                return fail(e->field, e->why);
            }
        } else {
            return fail(key, translated(QT_TRANSLATE_NOOP("Scenario", "unknown key")));
        }
    }
    if (!haveCall) {
        return fail(QStringLiteral("call"), translated(QT_TRANSLATE_NOOP("Scenario", "is required")));
    }
    if (!haveInputs) {
        return fail(QStringLiteral("inputs"), translated(QT_TRANSLATE_NOOP("Scenario", "is required")));
    }
    return s;
}

std::optional<Scenario> Scenario::fromFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = translated(QT_TRANSLATE_NOOP("Scenario", "cannot read %1: %2"))
                         .arg(path, file.errorString());
        }
        return std::nullopt;
    }
    QString why;
    auto scenario = fromJson(file.read(maxScenarioBytes + 1), &why);
    if (!scenario && error) {
        *error = path + QStringLiteral(": ") + why;
    }
    if (scenario) {
        // Recordings are named relative to the scenario file; a missing one is a bad scenario, not a silent
        // call.
        const QDir dir = QFileInfo(path).absoluteDir();
        for (qsizetype i = 0; i < scenario->inputs.size(); ++i) {
            ScenarioInput& input = scenario->inputs[i];
            if (input.kind != ScenarioInput::Kind::Audio) {
                continue;
            }
            input.text = QDir::cleanPath(dir.absoluteFilePath(input.text));
            if (!QFileInfo(input.text).isFile()) {
                if (error) {
                    *error = path + QStringLiteral(": inputs[%1]: ").arg(i)
                        + translated(QT_TRANSLATE_NOOP("Scenario", "no such audio file: %1")).arg(input.text);
                }
                return std::nullopt;
            }
        }
    }
    return scenario;
}

} // namespace voicepay
