#include "dashboards/drilldown.h"
#include "dashboards/funnelmodel.h"
#include "dashboards/historicaldashboard.h"
#include "widgets/kpitile.h"
#include "widgets/sitefilterbox.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCheckBox>
#include <QLineSeries>
#include <QTableView>

// A click on a tile, a point of the series chart, a bar of the split chart or a funnel step opens the
// sessions it counts (drillDown()).

namespace voicepay::ui {

namespace {
// The figures of the tiles, in the order buildTiles() makes them (rate and success rate count the entered).
const QList<DrillDown::Figure> kTileFigures { DrillDown::Figure::Entered, DrillDown::Figure::Successful,
    DrillDown::Figure::Unsuccessful, DrillDown::Figure::Attempted, DrillDown::Figure::HangUps,
    DrillDown::Figure::Entered, DrillDown::Figure::Entered };
// The lines of the series chart and the sets of the split chart, in the order showReport() and showSplit()
// add them.
const QList<DrillDown::Figure> kLineFigures { DrillDown::Figure::Entered, DrillDown::Figure::Successful,
    DrillDown::Figure::Unsuccessful, DrillDown::Figure::HangUps };
const QList<DrillDown::Figure> kBarFigures { DrillDown::Figure::Successful, DrillDown::Figure::Unsuccessful,
    DrillDown::Figure::HangUps };
} // namespace

void HistoricalDashboard::connectDrillDown(QTableView* funnelView)
{
    for (qsizetype i = 0; i < m_tiles.size() && i < kTileFigures.size(); ++i) {
        m_tiles.at(i)->setClickable(true);
        connect(m_tiles.at(i), &KpiTile::clicked, this, [this, i] {
            if (m_haveReport) {
                emit drillDown(reportSessions(m_report.range.firstBucket() * 1000,
                    m_report.range.endBucket() * 1000, kTileFigures.at(i)));
            }
        });
    }
    funnelView->setToolTip(tr("Click a step to list the sessions that reached it"));
    connect(funnelView, &QTableView::clicked, this, [this](const QModelIndex& index) {
        const QString step = m_funnel->stepAt(index.row());
        if (m_haveReport && !step.isEmpty()) {
            SessionQuery q = reportSessions(m_report.range.firstBucket() * 1000,
                m_report.range.endBucket() * 1000, DrillDown::Figure::Entered);
            q.step = step;
            emit drillDown(q);
        }
    });
}

SessionQuery HistoricalDashboard::reportSessions(qint64 fromMs, qint64 toMs, DrillDown::Figure figure) const
{
    KpiFilter filter;
    filter.site = m_site->currentSite();
    filter.includeTests = m_includeTests->isChecked();
    return DrillDown::sessions(fromMs, toMs, filter, figure);
}

// The bucket nearest the clicked x, and the line's figure.
void HistoricalDashboard::drillSeries(int line, const QPointF& point)
{
    if (!m_haveReport || m_report.series.isEmpty() || line < 0 || line >= kLineFigures.size()) {
        return;
    }
    const KpiPoint* nearest = &m_report.series.first();
    for (const KpiPoint& p : std::as_const(m_report.series)) {
        if (qAbs(qreal(p.bucketMs) - point.x()) < qAbs(qreal(nearest->bucketMs) - point.x())) {
            nearest = &p;
        }
    }
    const qint64 end = bucketEnd(nearest->bucketMs / 1000, m_report.range.by) * 1000;
    emit drillDown(reportSessions(nearest->bucketMs, end, kLineFigures.at(line)));
}

// A bar: the split's key (brand, exit or call type) and the set's figure.
void HistoricalDashboard::drillSplit(int index, QBarSet* set)
{
    auto* series = qobject_cast<QAbstractBarSeries*>(sender());
    if (!m_haveReport || !series || index < 0 || index >= m_splitKeys.size()) {
        return;
    }
    const qsizetype which = series->barSets().indexOf(set);
    if (which < 0 || which >= kBarFigures.size()) {
        return;
    }
    SessionQuery q = reportSessions(
        m_report.range.firstBucket() * 1000, m_report.range.endBucket() * 1000, kBarFigures.at(which));
    const QString& key = m_splitKeys.at(index);
    if (key.isEmpty()) {
        return; // "(no card)", "(none)": no filter selects only those
    }
    switch (Split(m_splitShown)) {
    case Split::CallType:
        q.callType = key;
        break;
    case Split::Brand:
        q.brand = key;
        break;
    case Split::Exit:
        q.exit = key;
        break;
    }
    emit drillDown(q);
}

} // namespace voicepay::ui
