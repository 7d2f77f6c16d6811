#include "kpithresholds.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <algorithm>

namespace voicepay {

namespace {

KpiThresholds::Level above(double value, double amber, double red)
{
    if (value > red) {
        return KpiThresholds::Level::Red;
    }
    return value > amber ? KpiThresholds::Level::Amber : KpiThresholds::Level::Normal;
}

// Reads one number of a pair into `target`; false with a message when it is there but not a number >= 0.
bool readNumber(
    const QJsonObject& group, const QString& groupName, const QString& key, double* target, QString* error)
{
    const QJsonValue v = group.value(key);
    if (v.isUndefined()) {
        return true;
    }
    if (!v.isDouble() || v.toDouble() < 0) {
        *error = QStringLiteral("%1.%2: expected a number of 0 or more").arg(groupName, key);
        return false;
    }
    *target = v.toDouble();
    return true;
}

bool readPair(const QJsonObject& json, const QString& groupName, const QString& amberKey,
    const QString& redKey, double* amber, double* red, QString* error)
{
    const QJsonValue g = json.value(groupName);
    if (g.isUndefined()) {
        return true;
    }
    if (!g.isObject()) {
        *error = QStringLiteral("%1: expected an object").arg(groupName);
        return false;
    }
    return readNumber(g.toObject(), groupName, amberKey, amber, error)
        && readNumber(g.toObject(), groupName, redKey, red, error);
}

} // namespace

std::optional<double> KpiThresholds::successRate(const KpiCounters& counters)
{
    if (counters.entered <= 0) {
        return std::nullopt;
    }
    return 100.0 * double(counters.successful) / double(counters.entered);
}

double KpiThresholds::perMinute(const QList<KpiPoint>& minutes, const QString& outcome) const
{
    // The minute in progress is left out: it would read low until it ends.
    const qsizetype end = minutes.size() - 1;
    const qsizetype begin = std::max<qsizetype>(0, end - windowMinutes);
    if (end <= begin) {
        return 0.0;
    }
    qint64 sum = 0;
    for (qsizetype i = begin; i < end; ++i) {
        sum += minutes.at(i).counters.byOutcome.value(outcome).sessions;
    }
    return double(sum) / double(end - begin);
}

KpiThresholds::Level KpiThresholds::successLevel(std::optional<double> rate) const
{
    if (!rate) {
        return Level::Normal;
    }
    if (*rate < successRedBelow) {
        return Level::Red;
    }
    return *rate < successAmberBelow ? Level::Amber : Level::Normal;
}

KpiThresholds::Level KpiThresholds::hangUpsLevel(double perMinute) const
{
    return above(perMinute, hangUpsAmberAbove, hangUpsRedAbove);
}

KpiThresholds::Level KpiThresholds::technicalLevel(double perMinute) const
{
    return above(perMinute, technicalAmberAbove, technicalRedAbove);
}

QString KpiThresholds::levelName(Level level)
{
    switch (level) {
    case Level::Amber:
        return QStringLiteral("amber");
    case Level::Red:
        return QStringLiteral("red");
    case Level::Normal:
        break;
    }
    return QStringLiteral("normal");
}

QJsonObject KpiThresholds::toJson() const
{
    return QJsonObject {
        { QStringLiteral("successRate"),
            QJsonObject { { QStringLiteral("amberBelow"), successAmberBelow },
                { QStringLiteral("redBelow"), successRedBelow } } },
        { QStringLiteral("hangUpsPerMinute"),
            QJsonObject { { QStringLiteral("amberAbove"), hangUpsAmberAbove },
                { QStringLiteral("redAbove"), hangUpsRedAbove } } },
        { QStringLiteral("technicalErrorsPerMinute"),
            QJsonObject { { QStringLiteral("amberAbove"), technicalAmberAbove },
                { QStringLiteral("redAbove"), technicalRedAbove } } },
        { QStringLiteral("windowMinutes"), windowMinutes },
    };
}

std::optional<KpiThresholds> KpiThresholds::fromJson(const QJsonObject& json, QString* error)
{
    QString ignored;
    QString& why = error ? *error : ignored;
    KpiThresholds t;
    const QString amberBelow = QStringLiteral("amberBelow");
    const QString amberAbove = QStringLiteral("amberAbove");
    if (!readPair(json, QStringLiteral("successRate"), amberBelow, QStringLiteral("redBelow"),
            &t.successAmberBelow, &t.successRedBelow, &why)
        || !readPair(json, QStringLiteral("hangUpsPerMinute"), amberAbove, QStringLiteral("redAbove"),
            &t.hangUpsAmberAbove, &t.hangUpsRedAbove, &why)
        || !readPair(json, QStringLiteral("technicalErrorsPerMinute"), amberAbove, QStringLiteral("redAbove"),
            &t.technicalAmberAbove, &t.technicalRedAbove, &why)) {
        return std::nullopt;
    }
    const QJsonValue window = json.value(QStringLiteral("windowMinutes"));
    if (!window.isUndefined()) {
        if (!window.isDouble() || window.toDouble() != double(window.toInt()) || window.toInt() < 1
            || window.toInt() > 59) {
            why = QStringLiteral("windowMinutes: expected a whole number from 1 to 59");
            return std::nullopt;
        }
        t.windowMinutes = window.toInt();
    }
    if (t.successAmberBelow > 100 || t.successRedBelow > t.successAmberBelow) {
        why = QStringLiteral("successRate: expected redBelow <= amberBelow <= 100");
        return std::nullopt;
    }
    if (t.hangUpsRedAbove < t.hangUpsAmberAbove || t.technicalRedAbove < t.technicalAmberAbove) {
        why = QStringLiteral("per minute: expected amberAbove <= redAbove");
        return std::nullopt;
    }
    return t;
}

std::optional<KpiThresholds> KpiThresholds::load(const QString& path, QString* error)
{
    QString ignored;
    QString& why = error ? *error : ignored;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        why = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(64 * 1024), &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        why = QStringLiteral("%1: not a JSON object (%2)").arg(path, parse.errorString());
        return std::nullopt;
    }
    const auto t = fromJson(doc.object(), &why);
    if (!t) {
        why = path + QStringLiteral(": ") + why;
    }
    return t;
}

bool KpiThresholds::save(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (error) {
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace voicepay
