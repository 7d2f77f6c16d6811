#pragma once

#include "dashboards/drilldown.h"
#include "dashboards/wallboardmode.h"
#include "store/kpireport.h"
#include "store/sessionquery.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QShowEvent;

class QCheckBox;
class QLabel;

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QPointF;
class QValueAxis;

class QLayout;

namespace voicepay {
class LiveKpiFeed;
class WallboardServer;
} // namespace voicepay

namespace voicepay::ui {

class KpiTile;
class SiteFilterBox;

// Today's KPIs as tiles and the last hour per minute as a chart, moving as calls end (fed by LiveKpiFeed:
// this console's calls at once, other processes and sites within its poll interval).
class LiveDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit LiveDashboard(LiveKpiFeed* feed, QWidget* parent = nullptr);

    KpiTile* tile(const QString& key) const { return m_tiles.value(key); }
    int chartPoints() const;
    qint64 chartTotal(const QString& series) const; // the sum of a series' points (entered, successful, ...)
    SiteFilterBox* siteFilter() const { return m_site; }
    QCheckBox* includeTestsBox() const { return m_includeTests; }
    void setSite(const QString& site); // empty: every site
    // Serves these KPIs as the floor's wallboard page (from this dashboard's feed) on 127.0.0.1:8090, or a
    // free loopback port when that one is taken, with a fresh token; null while off.
    void setWallboardServed(bool on);
    WallboardServer* wallboard() const { return m_wallboard; }
    // The live KPIs full screen with the admin's thresholds (ConfigLocation::thresholdsPath()); Esc leaves.
    WallboardMode* openWallboardMode();
    WallboardMode* wallboardMode() const { return m_wallboardMode; }

signals:
    // A tile or a point of the per-minute chart was clicked: the sessions it counts.
    void drillDown(const voicepay::SessionQuery& query);

protected:
    void showEvent(QShowEvent* event) override;

public slots:
    void showCounters(const voicepay::KpiCounters& counters);
    void showMinutes(const QList<voicepay::KpiPoint>& minutes);
    void showInProgress(int calls);
    void showUnconfirmed(qint64 payments); // the journal's submitted and unknown rows of the site
    void showError(const QString& message);

private:
    QLayout* buildTop(LiveKpiFeed* feed);
    QLayout* buildTiles();
    void setUpChart();
    void connectDrillDown();
    void drillMinute(QLineSeries* line, DrillDown::Figure figure, const QPointF& point);
    QHash<QString, KpiTile*> m_tiles;
    QHash<QString, QLineSeries*> m_series;
    QChart* m_chart;
    QChartView* m_view;
    QDateTimeAxis* m_axisX;
    QValueAxis* m_axisY;
    QLabel* m_status;
    LiveKpiFeed* m_feed;
    SiteFilterBox* m_site = nullptr;
    QCheckBox* m_wallboardSwitch = nullptr;
    QCheckBox* m_includeTests = nullptr;
    QLabel* m_wallboardLink = nullptr;
    WallboardServer* m_wallboard = nullptr;
    QPointer<WallboardMode> m_wallboardMode;
};

} // namespace voicepay::ui
