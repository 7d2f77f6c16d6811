#include "dashboards/livedashboard.h"

#include "config/configlocation.h"
#include "config/thresholdsform.h"
#include "dashboards/drilldown.h"
#include "dashboards/wallboardmode.h"
#include "flow/step.h"
#include "simulator/flowdiagramwidget.h"
#include "store/livekpifeed.h"
#include "wallboardaccess.h"
#include "wallboardserver.h"
#include "widgets/elidedlabel.h"
#include "widgets/kpitile.h"
#include "widgets/sitefilterbox.h"
#include "widgets/theme.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace voicepay::ui {

namespace {
QString seconds(double ms)
{
    return ms <= 0 ? QStringLiteral("—") : QLocale().toString(ms / 1000.0, 'f', 1) + QStringLiteral(" s");
}
} // namespace

LiveDashboard::LiveDashboard(LiveKpiFeed* feed, QWidget* parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_axisX(new QDateTimeAxis(this))
    , m_axisY(new QValueAxis(this))
    , m_status(new ElidedLabel(this))
    , m_feed(feed)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(buildTop(feed));
    m_wallboardLink = new QLabel(this);
    m_wallboardLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_wallboardLink->setOpenExternalLinks(true);
    m_wallboardLink->hide();
    layout->addWidget(m_wallboardLink);
    layout->addLayout(buildTiles());
    setUpChart();
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    layout->addWidget(m_view, 1);
    m_status->setObjectName(QStringLiteral("tileTitle"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    if (feed) {
        auto* mode = new QPushButton(tr("Wallboard &mode"), this);
        mode->setObjectName(QStringLiteral("wallboardModeButton"));
        mode->setToolTip(tr("These KPIs full screen, with large tiles and their thresholds; Esc leaves"));
        connect(mode, &QPushButton::clicked, this, &LiveDashboard::openWallboardMode);
        bottom->addWidget(mode);
    }
    layout->addLayout(bottom);

    const QDateTime now = QDateTime::currentDateTime();
    m_axisX->setRange(now.addSecs(-3600), now);
    m_axisY->setMax(5);
    if (feed) {
        connect(feed, &LiveKpiFeed::countersChanged, this, &LiveDashboard::showCounters);
        connect(feed, &LiveKpiFeed::minutesChanged, this, &LiveDashboard::showMinutes);
        connect(feed, &LiveKpiFeed::inProgressChanged, this, &LiveDashboard::showInProgress);
        connect(feed, &LiveKpiFeed::unconfirmedPaymentsChanged, this, &LiveDashboard::showUnconfirmed);
        connect(feed, &LiveKpiFeed::errorOccurred, this, &LiveDashboard::showError);
        showCounters(feed->counters());
        showMinutes(feed->minutes());
        showInProgress(feed->inProgress());
        showUnconfirmed(feed->unconfirmedPayments());
    }
    connectDrillDown();
}

// A tile opens the sessions it counts: today's (UTC) of the site, an outcome's for its duration tile, and
// every unconfirmed payment's, whatever its date.
void LiveDashboard::connectDrillDown()
{
    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it) {
        const QString key = it.key();
        const auto figure = DrillDown::figureOfTile(key);
        const bool duration = key.startsWith(QLatin1String("duration."));
        if (!figure && !duration && key != u"unconfirmed") {
            continue; // in progress: calls, not stored sessions
        }
        it.value()->setClickable(true);
        connect(it.value(), &KpiTile::clicked, this, [this, key, figure, duration] {
            constexpr qint64 kMinuteMs = 60 * 1000;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            const qint64 to = (now / kMinuteMs + 1) * kMinuteMs;
            const qint64 dayStart = bucketStart(now, Granularity::Day) * 1000;
            const KpiFilter filter = m_feed ? m_feed->filter() : KpiFilter {};
            SessionQuery q
                = DrillDown::sessions(dayStart, to, filter, figure.value_or(DrillDown::Figure::Entered));
            if (duration) {
                q.outcomes = QStringList { key.mid(int(qstrlen("duration."))) };
            }
            if (key == u"unconfirmed") {
                q.fromMs = 0;
                q.unconfirmedOnly = true;
            }
            emit drillDown(q);
        });
    }
    // A point of the per-minute chart: that minute's sessions its line counts, as the history's chart does.
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        const auto figure = DrillDown::figureOfTile(it.key());
        if (!figure) {
            continue;
        }
        QLineSeries* line = it.value();
        connect(line, &QLineSeries::clicked, this,
            [this, line, figure](const QPointF& point) { drillMinute(line, *figure, point); });
    }
    m_view->setToolTip(tr("Click a point to list the sessions of that minute its line counts"));
}

// The minute nearest the clicked x among the line's points (each one a minute's start).
void LiveDashboard::drillMinute(QLineSeries* line, DrillDown::Figure figure, const QPointF& point)
{
    const QList<QPointF> points = line->points();
    if (points.isEmpty()) {
        return;
    }
    QPointF nearest = points.first();
    for (const QPointF& p : points) {
        if (qAbs(p.x() - point.x()) < qAbs(nearest.x() - point.x())) {
            nearest = p;
        }
    }
    constexpr qint64 kMinuteMs = 60 * 1000;
    const qint64 minute = qint64(nearest.x()) / kMinuteMs * kMinuteMs;
    const KpiFilter filter = m_feed ? m_feed->filter() : KpiFilter {};
    emit drillDown(DrillDown::sessions(minute, minute + kMinuteMs, filter, figure));
}

WallboardMode* LiveDashboard::openWallboardMode()
{
    if (!m_wallboardMode) {
        QString warning;
        const KpiThresholds thresholds = ThresholdsForm::load(ConfigLocation::thresholdsPath(), &warning);
        if (!warning.isEmpty()) {
            m_status->setText(warning);
        }
        m_wallboardMode = new WallboardMode(m_feed, thresholds, this);
    }
    m_wallboardMode->showFullScreen();
    m_wallboardMode->activateWindow();
    return m_wallboardMode;
}

// The heading and, with a feed, the site it is narrowed to.
QLayout* LiveDashboard::buildTop(LiveKpiFeed* feed)
{
    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(tr("Live: today (UTC) and the last hour"), this);
    heading->setObjectName(QStringLiteral("heading"));
    top->addWidget(heading);
    top->addStretch();
    if (feed) {
        m_site = new SiteFilterBox(feed->url(), this);
        auto* siteLabel = new QLabel(tr("S&ite:"), this);
        siteLabel->setBuddy(m_site);
        top->addWidget(siteLabel);
        top->addWidget(m_site);
        connect(m_site, &SiteFilterBox::siteChanged, this, [this](const QString& site) {
            KpiFilter filter = m_feed->filter();
            filter.site = site;
            m_feed->changeFilter(filter);
            if (m_wallboard) {
                m_wallboard->setSite(site);
            }
        });
        m_includeTests = new QCheckBox(tr("Include &test calls"), this);
        m_includeTests->setObjectName(QStringLiteral("includeTestCalls"));
        m_includeTests->setToolTip(tr("Count the simulator's calls too (they are kept out of the KPIs)"));
        top->addWidget(m_includeTests);
        connect(m_includeTests, &QCheckBox::toggled, this, [this](bool on) {
            KpiFilter filter = m_feed->filter();
            filter.includeTests = on;
            m_feed->changeFilter(filter);
        });
        m_wallboardSwitch = new QCheckBox(tr("Serve as &wallboard"), this);
        m_wallboardSwitch->setObjectName(QStringLiteral("wallboardSwitch"));
        m_wallboardSwitch->setToolTip(
            tr("Show these KPIs as a web page for the floor's screen (loopback only)"));
        top->addWidget(m_wallboardSwitch);
        connect(m_wallboardSwitch, &QCheckBox::toggled, this, &LiveDashboard::setWallboardServed);
    }
    return top;
}

// The counters of today, and under them the average duration of each outcome.
QLayout* LiveDashboard::buildTiles()
{
    auto* tiles = new QGridLayout;
    const QList<QPair<QString, QString>> main {
        { QStringLiteral("entered"), tr("Entered") },
        { QStringLiteral("successful"), tr("Successful") },
        { QStringLiteral("unsuccessful"), tr("Unsuccessful") },
        { QStringLiteral("attempted"), tr("Attempted") },
        { QStringLiteral("hangups"), tr("Hang-ups") },
        { QStringLiteral("inprogress"), tr("In progress") },
        { QStringLiteral("unconfirmed"), tr("Unconfirmed payments") },
    };
    for (int i = 0; i < main.size(); ++i) {
        auto* t = new KpiTile(main.at(i).second, this);
        m_tiles.insert(main.at(i).first, t);
        tiles->addWidget(t, 0, i);
    }
    m_tiles.value(QStringLiteral("successful"))->setAccent(Theme::success());
    m_tiles.value(QStringLiteral("unsuccessful"))->setAccent(Theme::failure());
    m_tiles.value(QStringLiteral("hangups"))->setAccent(Theme::warning());
    KpiTile* unconfirmed = m_tiles.value(QStringLiteral("unconfirmed"));
    unconfirmed->setObjectName(QStringLiteral("unconfirmedPayments"));
    unconfirmed->setAccent(Theme::warning());
    unconfirmed->setToolTip(
        tr("Payments whose charge is not confirmed either way (the gateway did not answer, "
           "or the call ended while it was asked): do not charge them again until "
           "reconciliation settles them"));
    const QList<Outcome> outcomes = allOutcomes();
    for (int i = 0; i < outcomes.size(); ++i) {
        const QString name = outcomeName(outcomes.at(i));
        auto* t = new KpiTile(tr("Avg. duration: %1").arg(FlowDiagramWidget::nodeLabel(name)), this);
        m_tiles.insert(QStringLiteral("duration.") + name, t);
        tiles->addWidget(t, 1, i);
    }
    return tiles;
}

// Sessions per minute over the last hour, one line per counter.
void LiveDashboard::setUpChart()
{
    m_chart->setTitle(tr("Sessions per minute"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setTheme(Theme::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundRoundness(6);
    m_axisX->setFormat(QStringLiteral("HH:mm"));
    m_axisX->setTitleText(tr("Time (local)"));
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setMin(0);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    const QList<QPair<QString, QString>> lines { { QStringLiteral("entered"), tr("Entered") },
        { QStringLiteral("successful"), tr("Successful") },
        { QStringLiteral("unsuccessful"), tr("Unsuccessful") },
        { QStringLiteral("hangups"), tr("Hang-ups") } };
    const QList<QColor> colors { Theme::accent(), Theme::success(), Theme::failure(), Theme::warning() };
    for (int i = 0; i < lines.size(); ++i) {
        auto* s = new QLineSeries(this);
        s->setName(lines.at(i).second);
        s->setColor(colors.at(i));
        QPen pen = s->pen();
        pen.setWidthF(2.2);
        s->setPen(pen);
        m_chart->addSeries(s);
        s->attachAxis(m_axisX);
        s->attachAxis(m_axisY);
        m_series.insert(lines.at(i).first, s);
    }
}

void LiveDashboard::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_site) {
        m_site->reload(); // sites that began writing since the last look
    }
}

void LiveDashboard::setWallboardServed(bool on)
{
    if (m_wallboardSwitch && m_wallboardSwitch->isChecked() != on) {
        m_wallboardSwitch->setChecked(on); // comes back here through toggled
        return;
    }
    delete m_wallboard;
    m_wallboard = nullptr;
    m_wallboardLink->hide();
    if (!on || !m_feed) {
        return;
    }
    WallboardOptions options;
    options.token = WallboardAccess::generateToken();
    options.site = m_feed->filter().site;
    m_wallboard = new WallboardServer(m_feed, options, this);
    QString error;
    if (m_wallboard->listen(QHostAddress::LocalHost, 8090, {}, {}, &error) == 0
        && m_wallboard->listen(QHostAddress::LocalHost, 0, {}, {}, &error) == 0) {
        m_wallboardLink->setText(tr("The wallboard could not start: %1").arg(error.toHtmlEscaped()));
        m_wallboardLink->show();
        delete m_wallboard;
        m_wallboard = nullptr;
        return;
    }
    const QString url = m_wallboard->pageUrl(true).toString();
    m_wallboardLink->setText(tr("Wallboard: <a href=\"%1\">%1</a>").arg(url.toHtmlEscaped()));
    m_wallboardLink->show();
}

void LiveDashboard::setSite(const QString& site)
{
    if (m_site) {
        m_site->setCurrentSite(site);
    }
}

void LiveDashboard::showCounters(const KpiCounters& c)
{
    const QLocale l;
    auto share = [&c, &l](qint64 n) {
        return c.entered > 0
            ? tr("%1 % of entered").arg(l.toString(100.0 * double(n) / double(c.entered), 'f', 1))
            : QString();
    };
    m_tiles.value(QStringLiteral("entered"))->setValue(l.toString(c.entered), tr("sessions ended today"));
    m_tiles.value(QStringLiteral("successful"))->setValue(l.toString(c.successful), share(c.successful));
    m_tiles.value(QStringLiteral("unsuccessful"))
        ->setValue(l.toString(c.unsuccessful), share(c.unsuccessful));
    m_tiles.value(QStringLiteral("attempted"))
        ->setValue(l.toString(c.attempted), tr("%1 declined").arg(l.toString(c.declines)));
    m_tiles.value(QStringLiteral("hangups"))->setValue(l.toString(c.hangUps), share(c.hangUps));
    for (Outcome o : allOutcomes()) {
        const QString name = outcomeName(o);
        const OutcomeStats s = c.byOutcome.value(name);
        m_tiles.value(QStringLiteral("duration.") + name)
            ->setValue(seconds(s.averageMs()), tr("%n session(s)", nullptr, int(s.sessions)));
    }
    m_status->setText(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::LongFormat)));
}

void LiveDashboard::showMinutes(const QList<KpiPoint>& minutes)
{
    QHash<QString, QList<QPointF>> points;
    qint64 top = 0;
    for (const KpiPoint& p : minutes) {
        const qreal x = qreal(p.bucketMs);
        points[QStringLiteral("entered")] << QPointF(x, qreal(p.counters.entered));
        points[QStringLiteral("successful")] << QPointF(x, qreal(p.counters.successful));
        points[QStringLiteral("unsuccessful")] << QPointF(x, qreal(p.counters.unsuccessful));
        points[QStringLiteral("hangups")] << QPointF(x, qreal(p.counters.hangUps));
        top = qMax(top, p.counters.entered);
    }
    for (auto it = m_series.begin(); it != m_series.end(); ++it) {
        it.value()->replace(points.value(it.key()));
    }
    if (!minutes.isEmpty()) {
        m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(minutes.first().bucketMs),
            QDateTime::fromMSecsSinceEpoch(minutes.last().bucketMs + 60000));
    }
    m_axisY->setRange(0, qMax<qint64>(5, top + top / 5 + 1));
    m_axisY->applyNiceNumbers();
}

void LiveDashboard::showInProgress(int calls)
{
    m_tiles.value(QStringLiteral("inprogress"))
        ->setValue(QLocale().toString(calls), tr("calls now, this console and the store"));
}

void LiveDashboard::showUnconfirmed(qint64 payments)
{
    m_tiles.value(QStringLiteral("unconfirmed"))
        ->setValue(QLocale().toString(payments), tr("submitted or unknown, any day"));
}

void LiveDashboard::showError(const QString& message)
{
    m_status->setText(tr("The store could not be read: %1").arg(message));
}

int LiveDashboard::chartPoints() const
{
    return int(m_series.value(QStringLiteral("entered"))->count());
}

qint64 LiveDashboard::chartTotal(const QString& series) const
{
    qint64 total = 0;
    if (const QLineSeries* s = m_series.value(series)) {
        for (const QPointF& p : s->points()) {
            total += qint64(p.y());
        }
    }
    return total;
}

} // namespace voicepay::ui
