#include "configkeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

// How a key reads to people: its type and allowed values in words, and the documentation table that
// `voicepay-sim config keys` prints and docs/engine.md holds.

namespace voicepay {

namespace {

QString code(const QString& text)
{
    return QLatin1Char('`') + text + QLatin1Char('`');
}

} // namespace

QString ConfigKey::displayLabel() const
{
    if (!label) {
        return name;
    }
    QString text = QCoreApplication::translate("voicepay::ui::ConfigEditor", label);
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    while (text.endsWith(u':') || text.endsWith(u' ') || text.endsWith(QChar(0x00a0))) {
        text.chop(1);
    }
    return text;
}

QString ConfigKeys::readable(const QString& message)
{
    // Longest names first, so that "gateway.url" is replaced before a shorter name inside it could be.
    QList<const ConfigKey*> keys;
    for (const ConfigKey& k : all()) {
        keys << &k;
    }
    std::sort(keys.begin(), keys.end(),
        [](const ConfigKey* a, const ConfigKey* b) { return a->name.size() > b->name.size(); });
    QString out = message;
    for (const ConfigKey* k : std::as_const(keys)) {
        if (!k->label || !out.contains(k->name)) {
            continue;
        }
        const QRegularExpression word(
            QStringLiteral("(?<![\\w.])%1(?![\\w])").arg(QRegularExpression::escape(k->name)));
        out.replace(word, k->displayLabel());
    }
    return out;
}

QString ConfigKey::typeText() const
{
    switch (type) {
    case ConfigValueType::Text:
        return QStringLiteral("string");
    case ConfigValueType::Amount:
        return nullable ? QStringLiteral("decimal string or null") : QStringLiteral("decimal string");
    case ConfigValueType::WholeNumber:
        return QStringLiteral("whole number");
    case ConfigValueType::Boolean:
        return QStringLiteral("boolean");
    case ConfigValueType::Choice:
        return QStringLiteral("choice");
    case ConfigValueType::BrandList:
        return QStringLiteral("list of brands");
    case ConfigValueType::StepTable:
    case ConfigValueType::Object:
        return QStringLiteral("object");
    }
    return QString();
}

QString ConfigKey::allowedText() const
{
    switch (type) {
    case ConfigValueType::WholeNumber:
        return QStringLiteral("%1..%2").arg(minimum).arg(maximum);
    case ConfigValueType::Choice: {
        QStringList values;
        for (const ConfigChoice& c : choices) {
            values << code(c.value);
        }
        return values.join(QStringLiteral(", "));
    }
    case ConfigValueType::Text:
        if (name == u"currency") {
            return QStringLiteral("a supported ISO 4217 code");
        }
        if (!patternText.isEmpty()) {
            return patternText;
        }
        return maxLength > 0 ? QStringLiteral("%1..%2 characters").arg(minLength).arg(maxLength) : QString();
    case ConfigValueType::BrandList:
        return QStringLiteral("card brand identifiers");
    default:
        return QString();
    }
}

QString ConfigKeys::markdownTable()
{
    QString out
        = QStringLiteral("| key | type | default | allowed | meaning |\n| --- | --- | --- | --- | --- |\n");
    for (const ConfigKey& k : all()) {
        const QJsonValue d = k.defaultValue();
        QString shown;
        if (k.type == ConfigValueType::Object) {
            shown = QString();
        } else if (d.isArray()) {
            QStringList items;
            for (const QJsonValue& v : d.toArray()) {
                items << v.toString();
            }
            shown = items.isEmpty() ? code(QStringLiteral("[]")) : items.join(QStringLiteral(", "));
        } else if (d.isObject()) {
            shown = code(QStringLiteral("{}"));
        } else if (d.isString()) {
            shown = code(QLatin1Char('"') + d.toString() + QLatin1Char('"'));
        } else if (d.isBool()) {
            shown = code(d.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        } else if (d.isNull()) {
            shown = code(QStringLiteral("null"));
        } else {
            shown = code(QString::number(d.toInt()));
        }
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(code(k.name), k.typeText(), shown, k.allowedText(), k.help);
    }
    return out;
}

} // namespace voicepay
