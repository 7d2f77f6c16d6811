#include "scenario.h"

#include "secure/inputexcerpt.h"

#include <QCoreApplication>
#include <QFile>
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
} // namespace

QString ScenarioInput::toString() const
{
    switch (kind) {
    case Kind::Dtmf:
        return text;
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::HangUp:
        return QStringLiteral("hangup");
    case Kind::Say:
        return QStringLiteral("say:") + text;
    }
    return QString();
}

std::optional<ScenarioInput> ScenarioInput::parse(const QString& text, QString* error)
{
    if (text == u"timeout" || text.isEmpty()) {
        return ScenarioInput { Kind::Timeout, QString() };
    }
    if (text == u"hangup") {
        return ScenarioInput { Kind::HangUp, QString() };
    }
    if (text.startsWith(u"say:")) {
        const QString utterance = text.mid(4).trimmed();
        if (utterance.isEmpty() || utterance.size() > 500) {
            if (error) {
                *error
                    = translated(QT_TRANSLATE_NOOP("Scenario", "an utterance must have 1 to 500 characters"));
            }
            return std::nullopt;
        }
        return ScenarioInput { Kind::Say, utterance };
    }
    if (text.size() > 64) {
        if (error) {
            *error = translated(QT_TRANSLATE_NOOP("Scenario", "at most 64 keys per step"));
        }
        return std::nullopt;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!(c.isDigit() && c.unicode() < 128) && c != u'*' && c != u'#') {
            if (error) {
                // Card data may stand here: the position and a masked excerpt, never the keys.
                *error = translated(QT_TRANSLATE_NOOP("Scenario",
                                        "character %1 of \"%2\" is not a DTMF key (0-9, * and #); a step is "
                                        "keys, \"timeout\", \"hangup\" or \"say:TEXT\""))
                             .arg(i + 1)
                             .arg(maskedExcerpt(text, i));
            }
            return std::nullopt;
        }
    }
    return ScenarioInput { Kind::Dtmf, text };
}

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
            if (!value.isArray()) {
                return fail(key, translated(QT_TRANSLATE_NOOP("Scenario", "must be a list of strings")));
            }
            const QJsonArray array = value.toArray();
            if (array.size() > maxInputs) {
                return fail(
                    key, translated(QT_TRANSLATE_NOOP("Scenario", "at most %1 inputs")).arg(maxInputs));
            }
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString field = QStringLiteral("inputs[%1]").arg(i);
                if (!array.at(i).isString()) {
                    return fail(field, translated(QT_TRANSLATE_NOOP("Scenario", "must be a string")));
                }
                QString why;
                auto input = ScenarioInput::parse(array.at(i).toString(), &why);
                if (!input) {
                    return fail(field, why);
                }
                s.inputs << *input;
            }
            haveInputs = true;
        } else if (key == u"expect") {
            if (!value.isObject()) {
                return fail(key, translated(QT_TRANSLATE_NOOP("Scenario", "must be an object")));
            }
            s.expect = value.toObject();
            static const QStringList known { QStringLiteral("outcome"), QStringLiteral("exit"),
                QStringLiteral("steps"), QStringLiteral("amount"), QStringLiteral("currency"),
                QStringLiteral("cardBrand"), QStringLiteral("cardLast4"), QStringLiteral("attempts"),
                QStringLiteral("declines"), QStringLiteral("declineReasons"), QStringLiteral("transactionId"),
                QStringLiteral("paymentReference"), QStringLiteral("reason"),
                QStringLiteral("closingPrompts"), QStringLiteral("transferContext"),
                QStringLiteral("callType"), QStringLiteral("lastStep"), QStringLiteral("durationMs") };
            for (auto e = s.expect.begin(); e != s.expect.end(); ++e) {
                if (!known.contains(e.key())) {
                    return fail(QStringLiteral("expect.") + e.key(),
                        translated(QT_TRANSLATE_NOOP("Scenario", "unknown result key")));
                }
            }
            if (s.expect.contains(QStringLiteral("steps"))
                && !s.expect.value(QStringLiteral("steps")).isArray()) {
                return fail(QStringLiteral("expect.steps"),
                    translated(QT_TRANSLATE_NOOP("Scenario", "must be a list")));
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
    return scenario;
}

} // namespace voicepay
