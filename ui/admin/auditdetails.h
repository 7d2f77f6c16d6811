#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <utility>

namespace voicepay::ui {

// How the console shows an audit record to people: actions and results as labels, times in local time (or
// UTC), and details as rows of field and value instead of JSON with epoch milliseconds.
namespace AuditDetails {

QString actionLabel(const QString& action);
QString resultLabel(const QString& result);
QString time(qint64 utcMs, bool utc);
// One row per detail: a configuration change's keys as "old → new", times as times, yes and no for flags.
QList<std::pair<QString, QString>> rows(const QJsonObject& details, bool utc);
// The rows on one line, for the list.
QString summary(const QJsonObject& details, bool utc);

} // namespace AuditDetails

} // namespace voicepay::ui
