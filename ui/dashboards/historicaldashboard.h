#pragma once

#include "dashboards/drilldown.h"
#include "store/kpireport.h"
#include "store/storeurl.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QPointF>
#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QCheckBox;
class QChart;
class QChartView;
class QComboBox;
class QDateTimeEdit;
class QLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace voicepay::ui {

class FlowLayout;
class FunnelModel;
class KpiTableModel;
class KpiTile;
class SiteFilterBox;

// KPIs over a chosen range and granularity, read from the store's rollups on a worker thread: a chart of the
// series, a chart split by call type, brand or exit, the table under them, and CSV and PDF exports.
class HistoricalDashboard : public QWidget
{
    Q_OBJECT
public:
    enum class Preset { Today, Last7Days, Last30Days, Custom };
    enum class Split { CallType, Brand, Exit };

    struct QueryResult
    {
        bool ok = false;
        QString error;
        KpiReport report;
        KpiCounters previous; // the totals of the period of the same length just before
    };

    explicit HistoricalDashboard(StoreUrl url, QWidget* parent = nullptr);
    ~HistoricalDashboard() override;

    void setPreset(Preset preset);
    void setCustomRange(const QDateTime& from, const QDateTime& to);
    void setGranularity(std::optional<Granularity> by); // nullopt: the natural one for the range
    void setSplit(Split split);
    void setSite(const QString& site); // empty: every site
    SiteFilterBox* siteFilter() const { return m_site; }
    QCheckBox* includeTestsBox() const { return m_includeTests; }
    void refresh(); // starts a query off the GUI thread; reportReady() or failed() follow
    bool isBusy() const { return m_watcher.isRunning(); }

    const KpiReport& report() const { return m_report; }
    KpiTableModel* table() const { return m_table; }
    KpiTableModel* splitTable() const { return m_splitTable; }
    FunnelModel* funnel() const { return m_funnel; }
    QChartView* seriesView() const { return m_seriesView; }
    QChartView* splitView() const { return m_splitView; }
    const QList<KpiTile*>& tiles() const { return m_tiles; }
    const KpiCounters& previousTotals() const { return m_previous; }
    QString statusText() const;
    bool exportCsv(const QString& path, QString* error); // says where it saved in the status line
    bool exportPdf(const QString& path, QString* error);

signals:
    void reportReady();
    void failed(const QString& message);
    // A tile, a point, a bar or a funnel step was clicked: the sessions it counts.
    void drillDown(const voicepay::SessionQuery& query);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void addRangeControls(FlowLayout* controls);
    void addFilterControls(FlowLayout* controls);
    void addActionButtons(FlowLayout* controls);
    QLayout* buildStatusRow();
    QLayout* buildTiles();
    QWidget* buildChartsAndTable();
    void connectControls();
    KpiRange currentRange() const;
    void onFinished();
    void showReport();
    void showSplit();
    QString rangeText() const;
    QStringList statement() const;
    void connectDrillDown(QTableView* funnelView);
    SessionQuery reportSessions(qint64 fromMs, qint64 toMs, DrillDown::Figure figure) const;
    void drillSeries(int line, const QPointF& point);
    void drillSplit(int index, QBarSet* set);

    StoreUrl m_url;
    KpiReport m_report;
    bool m_haveReport = false;
    bool m_shown = false;
    QFutureWatcher<QueryResult> m_watcher;
    bool m_again = false;

    QComboBox* m_preset;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QComboBox* m_granularity;
    QComboBox* m_split;
    SiteFilterBox* m_site;
    QCheckBox* m_includeTests = nullptr;
    QPushButton* m_refresh;
    QProgressBar* m_progress;
    QLabel* m_status;
    QList<KpiTile*> m_tiles;
    QChart* m_seriesChart;
    QChartView* m_seriesView;

    QChart* m_splitChart;
    QChartView* m_splitView;
    KpiTableModel* m_table;
    KpiTableModel* m_splitTable;
    FunnelModel* m_funnel;
    KpiCounters m_previous;
    QStringList m_splitKeys; // the store's key of each bar of the split chart
    int m_splitShown = 0; // the Split the chart shows
    QTableView* m_tableView;
};

} // namespace voicepay::ui
