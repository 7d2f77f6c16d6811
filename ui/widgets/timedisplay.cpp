#include "widgets/timedisplay.h"

#include <QAction>
#include <QCoreApplication>
#include <QSettings>
#include <QTimeZone>

namespace voicepay::ui {

namespace {
const QString settingsKey = QStringLiteral("console/utcTimes");
}

bool TimeDisplay::utc()
{
    return QSettings().value(settingsKey, false).toBool();
}

void TimeDisplay::setUtc(bool on)
{
    QSettings().setValue(settingsKey, on);
}

QDateTime TimeDisplay::shown(qint64 ms)
{
    return utc() ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()) : QDateTime::fromMSecsSinceEpoch(ms);
}

QString TimeDisplay::text(qint64 ms, const QString& format)
{
    const QDateTime t = shown(ms);
    const QString text = format.isEmpty() ? QLocale().toString(t, QLocale::ShortFormat) : t.toString(format);
    return utc() ? text + QStringLiteral(" UTC") : text;
}

QAction* TimeDisplay::action(QObject* parent)
{
    auto* a = new QAction(QCoreApplication::translate("voicepay::ui::TimeDisplay", "Times in &UTC"), parent);
    a->setCheckable(true);
    a->setChecked(utc());
    a->setToolTip(QCoreApplication::translate(
        "voicepay::ui::TimeDisplay", "Show the sessions' and reports' times in UTC instead of local time"));
    QObject::connect(a, &QAction::toggled, a, [](bool on) { setUtc(on); });
    return a;
}

} // namespace voicepay::ui
