#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

class QAction;
class QObject;

namespace voicepay::ui {

// How the console shows the store's times (milliseconds since the epoch): in local time, or in UTC for
// people comparing sites in several time zones. Chosen in the View menu and remembered (QSettings
// "console/utcTimes"); areas read it when they next show their data.
class TimeDisplay
{
public:
    static bool utc();
    static void setUtc(bool on);
    static QDateTime shown(qint64 ms); // in the chosen zone
    // "30/11/2026 14:05" in local time, "30/11/2026 13:05 UTC" in UTC; `format`: a QDateTime format instead
    // of the locale's short one.
    static QString text(qint64 ms, const QString& format = QString());
    // "View → Times in UTC": checkable, saved when toggled.
    static QAction* action(QObject* parent);
};

} // namespace voicepay::ui
