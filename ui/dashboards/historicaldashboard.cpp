#include "dashboards/historicaldashboard.h"

#include "cards/cardbrand.h"
#include "dashboards/funnelmodel.h"
#include "dashboards/kpitablemodel.h"
#include "dashboards/reportexporter.h"
#include "simulator/flowdiagramwidget.h"
#include "store/kpiquery.h"
#include "widgets/elidedlabel.h"
#include "widgets/flowlayout.h"
#include "widgets/kpitile.h"
#include "widgets/sitefilterbox.h"
#include "widgets/theme.h"
#include "widgets/timedisplay.h"
#include "widgets/uilog.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDateTimeEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent>

namespace voicepay::ui {

HistoricalDashboard::HistoricalDashboard(StoreUrl url, QWidget* parent)
    : QWidget(parent)
    , m_url(std::move(url))
    , m_seriesChart(new QChart)
    , m_splitChart(new QChart)
    , m_table(new KpiTableModel(this))
    , m_splitTable(new KpiTableModel(this))
    , m_funnel(new FunnelModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    // The controls wrap onto a second row where the window (or the language) leaves no room for one.
    auto* controls = new FlowLayout;
    addRangeControls(controls);
    addFilterControls(controls);
    addActionButtons(controls);
    layout->addLayout(controls);
    layout->addLayout(buildStatusRow());
    layout->addLayout(buildTiles());
    layout->addWidget(buildChartsAndTable(), 1);
    connectControls();
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_status->setText(tr("Store: %1").arg(m_url.displayString()));
}

QLayout* HistoricalDashboard::buildStatusRow()
{
    auto* statusRow = new QHBoxLayout;
    m_status = new ElidedLabel(this);
    m_status->setObjectName(QStringLiteral("tileTitle"));
    statusRow->addWidget(m_status, 1);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(200);
    m_progress->setMaximumHeight(14);
    m_progress->setVisible(false);
    statusRow->addWidget(m_progress);
    return statusRow;
}

QLayout* HistoricalDashboard::buildTiles()
{
    auto* tiles = new QHBoxLayout;
    for (const QString& title : { tr("Entered"), tr("Successful"), tr("Unsuccessful"), tr("Attempted"),
             tr("Hang-ups"), tr("Sessions per minute"), tr("Success rate") }) {
        auto* t = new KpiTile(title, this);
        m_tiles << t;
        tiles->addWidget(t);
    }
    m_tiles.at(1)->setAccent(Theme::success());
    m_tiles.at(2)->setAccent(Theme::failure());
    m_tiles.at(4)->setAccent(Theme::warning());
    return tiles;
}

// The series and split charts side by side, the table under them.
QWidget* HistoricalDashboard::buildChartsAndTable()
{
    auto* vsplit = new QSplitter(Qt::Vertical, this);
    auto* charts = new QSplitter(Qt::Horizontal, vsplit);
    for (QChart* c : { m_seriesChart, m_splitChart }) {
        c->setTheme(Theme::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        c->legend()->setAlignment(Qt::AlignBottom);
        c->setBackgroundRoundness(6);
    }
    m_seriesChart->setTitle(tr("KPIs over time"));
    m_splitChart->setTitle(tr("Split"));
    m_seriesView = new QChartView(m_seriesChart, charts);
    m_splitView = new QChartView(m_splitChart, charts);
    m_seriesView->setRenderHint(QPainter::Antialiasing);
    m_splitView->setRenderHint(QPainter::Antialiasing);
    m_seriesView->setMinimumHeight(240);
    charts->addWidget(m_seriesView);
    charts->addWidget(m_splitView);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    m_tableView = new QTableView(vsplit);
    m_tableView->setModel(m_table);
    m_tableView->verticalHeader()->hide();
    m_tableView->setAlternatingRowColors(true);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // The funnel beside the table: where callers left the flow, step by step.
    auto* funnelView = new QTableView(vsplit);
    funnelView->setObjectName(QStringLiteral("funnel"));
    funnelView->setModel(m_funnel);
    funnelView->verticalHeader()->hide();
    funnelView->setAlternatingRowColors(true);
    funnelView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto* tabs = new QTabWidget(vsplit);
    tabs->addTab(m_tableView, tr("Table"));
    tabs->addTab(funnelView, tr("Drop-off by step"));
    connectDrillDown(funnelView);
    vsplit->addWidget(charts);
    vsplit->addWidget(tabs);
    vsplit->setStretchFactor(0, 3);
    vsplit->setStretchFactor(1, 2);
    return vsplit;
}

void HistoricalDashboard::connectControls()
{
    connect(&m_watcher, &QFutureWatcher<QueryResult>::finished, this, &HistoricalDashboard::onFinished);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = Preset(m_preset->currentData().toInt()) == Preset::Custom;
        m_from->setEnabled(custom);
        m_to->setEnabled(custom);
        refresh();
    });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_from->isEnabled()) {
            refresh();
        }
    });
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_to->isEnabled()) {
            refresh();
        }
    });
    connect(m_granularity, &QComboBox::currentIndexChanged, this, &HistoricalDashboard::refresh);
    connect(m_split, &QComboBox::currentIndexChanged, this, &HistoricalDashboard::showSplit);
    connect(m_site, &SiteFilterBox::siteChanged, this, &HistoricalDashboard::refresh);
    connect(m_includeTests, &QCheckBox::toggled, this, &HistoricalDashboard::refresh);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_site->reload();
        refresh();
    });
}

HistoricalDashboard::~HistoricalDashboard()
{
    m_watcher.waitForFinished();
}

void HistoricalDashboard::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        m_site->reload();
        refresh();
    }
}

void HistoricalDashboard::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

void HistoricalDashboard::setCustomRange(const QDateTime& from, const QDateTime& to)
{
    const QSignalBlocker b1(m_from);
    const QSignalBlocker b2(m_to);
    m_from->setDateTime(from);
    m_to->setDateTime(to);
    if (Preset(m_preset->currentData().toInt()) == Preset::Custom) {
        refresh();
    } else {
        setPreset(Preset::Custom);
    }
}

void HistoricalDashboard::setGranularity(std::optional<Granularity> by)
{
    m_granularity->setCurrentIndex(by ? m_granularity->findData(granularityName(*by)) : 0);
}

void HistoricalDashboard::setSplit(Split split)
{
    m_split->setCurrentIndex(m_split->findData(int(split)));
}

void HistoricalDashboard::setSite(const QString& site)
{
    m_site->setCurrentSite(site); // refreshes when the choice changes
}

KpiRange HistoricalDashboard::currentRange() const
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime midnight(now.date(), QTime(0, 0));
    KpiRange r;
    switch (Preset(m_preset->currentData().toInt())) {
    case Preset::Today:
        r.fromMs = midnight.toMSecsSinceEpoch();
        break;
    case Preset::Last7Days:
        r.fromMs = midnight.addDays(-6).toMSecsSinceEpoch();
        break;
    case Preset::Last30Days:
        r.fromMs = midnight.addDays(-29).toMSecsSinceEpoch();
        break;
    case Preset::Custom:
        r.fromMs = m_from->dateTime().toMSecsSinceEpoch();
        r.toMs = m_to->dateTime().toMSecsSinceEpoch();
        break;
    }
    if (Preset(m_preset->currentData().toInt()) != Preset::Custom) {
        r.toMs = now.toMSecsSinceEpoch() + 1;
    }
    if (r.toMs <= r.fromMs) {
        r.toMs = r.fromMs + 60000;
    }
    const QString by = m_granularity->currentData().toString();
    const auto chosen = granularityFromName(by);
    r.by = chosen ? *chosen : KpiRange::naturalGranularity(r.fromMs, r.toMs);
    return r;
}

void HistoricalDashboard::refresh()
{
    if (m_watcher.isRunning()) {
        m_again = true; // the newest choice runs when the current query ends
        return;
    }
    const KpiRange range = currentRange();
    const StoreUrl url = m_url;
    KpiFilter filter;
    filter.site = m_site->currentSite();
    filter.includeTests = m_includeTests->isChecked();
    m_progress->setVisible(true);
    m_refresh->setEnabled(false);
    m_status->setText(tr("Reading %1…").arg(rangeText()));
    m_watcher.setFuture(QtConcurrent::run([url, range, filter] {
        // One query object per run: it opens its own connection on this worker thread.
        KpiQuery query(url);
        QueryResult out;
        auto report = query.report(range, filter);
        if (!report) {
            out.error = query.lastError();
            return out;
        }
        // The period of the same length just before, for the comparison.
        const KpiRange before { 2 * range.fromMs - range.toMs, range.fromMs, range.by };
        out.previous = query.totals(before, filter).value_or(KpiCounters());
        out.ok = true;
        out.report = *report;
        return out;
    }));
}

void HistoricalDashboard::onFinished()
{
    m_progress->setVisible(false);
    m_refresh->setEnabled(true);
    const QueryResult result = m_watcher.result();
    if (m_again) {
        m_again = false;
        refresh();
        return;
    }
    if (!result.ok) {
        m_status->setText(tr("The store could not be read: %1").arg(result.error));
        emit failed(result.error);
        return;
    }
    m_report = result.report;
    m_previous = result.previous;
    m_haveReport = true;
    showReport();
    emit reportReady();
}

QString HistoricalDashboard::rangeText() const
{
    const KpiRange r = m_haveReport ? m_report.range : currentRange();
    const QString text
        = tr("%1 to %2, %3")
              .arg(TimeDisplay::text(r.fromMs), TimeDisplay::text(r.toMs), granularityName(r.by));
    const QString site = m_site->currentSite();
    return site.isEmpty() ? text : tr("%1, site %2").arg(text, site);
}

void HistoricalDashboard::showReport()
{
    const KpiCounters& t = m_report.totals;
    const QLocale l;
    m_tiles.at(0)->setValue(l.toString(t.entered), KpiSummary::enteredComparisonText(t, m_previous));
    m_tiles.at(6)->setValue(KpiSummary::rateText(t), KpiSummary::comparisonText(t, m_previous));
    m_funnel->setFunnel(m_report.funnel, t.entered);
    m_tiles.at(1)->setValue(l.toString(t.successful));
    m_tiles.at(2)->setValue(l.toString(t.unsuccessful));
    m_tiles.at(3)->setValue(l.toString(t.attempted), tr("%1 declined").arg(l.toString(t.declines)));
    m_tiles.at(4)->setValue(l.toString(t.hangUps));
    m_tiles.at(5)->setValue(l.toString(m_report.ratePerMinute, 'f', 2));
    m_status->setText(tr("%1 · store %2").arg(rangeText(), m_url.displayString()));

    m_table->setSeries(m_report.series, m_report.range.by);
    m_seriesChart->removeAllSeries();
    for (QAbstractAxis* a : m_seriesChart->axes()) {
        m_seriesChart->removeAxis(a);
        delete a;
    }
    auto* x = new QDateTimeAxis;
    x->setFormat(
        m_report.range.by == Granularity::Day ? QStringLiteral("MM-dd") : QStringLiteral("MM-dd HH:mm"));
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    m_seriesChart->addAxis(x, Qt::AlignBottom);
    m_seriesChart->addAxis(y, Qt::AlignLeft);
    const QList<QPair<QString, QColor>> names { { tr("Entered"), Theme::accent() },
        { tr("Successful"), Theme::success() }, { tr("Unsuccessful"), Theme::failure() },
        { tr("Hang-ups"), Theme::warning() } };
    qint64 top = 1;
    for (int i = 0; i < names.size(); ++i) {
        auto* s = new QLineSeries;
        s->setName(names.at(i).first);
        s->setColor(names.at(i).second);
        for (const KpiPoint& p : m_report.series) {
            const qint64 v = i == 0 ? p.counters.entered
                : i == 1            ? p.counters.successful
                : i == 2            ? p.counters.unsuccessful
                                    : p.counters.hangUps;
            s->append(qreal(p.bucketMs), qreal(v));
            top = qMax(top, v);
        }
        m_seriesChart->addSeries(s);
        connect(s, &QLineSeries::clicked, this, [this, i](const QPointF& p) { drillSeries(i, p); });
        s->attachAxis(x);
        s->attachAxis(y);
    }
    x->setRange(QDateTime::fromMSecsSinceEpoch(m_report.range.firstBucket() * 1000),
        QDateTime::fromMSecsSinceEpoch(m_report.range.endBucket() * 1000));
    y->setRange(0, qreal(top + top / 5 + 1));
    y->applyNiceNumbers();
    showSplit();
}

void HistoricalDashboard::showSplit()
{
    if (!m_haveReport) {
        return;
    }
    const Split split = Split(m_split->currentData().toInt());
    const QMap<QString, KpiCounters>& keyed = split == Split::CallType ? m_report.byCallType
        : split == Split::Brand                                        ? m_report.byBrand
                                                                       : m_report.byExit;
    // People read labels ("Transfer to an agent", "American Express"), not the store's keys.
    QMap<QString, KpiCounters> data;
    QMap<QString, QString> keyOfLabel;
    for (auto it = keyed.begin(); it != keyed.end(); ++it) {
        const CardBrand* brand = split == Split::Brand ? CardBrandTable::standard().find(it.key()) : nullptr;
        const QString label = it.key().isEmpty() ? QString()
            : brand                              ? brand->displayName
            : split == Split::Exit               ? FlowDiagramWidget::exitLabel(it.key())
            : split == Split::CallType           ? FlowDiagramWidget::callTypeLabel(it.key())
                                                 : it.key();
        data[label].merge(it.value());
        keyOfLabel.insert(label, it.key());
    }
    const QString none = split == Split::Brand ? tr("(no card)") : tr("(none)");
    m_splitTable->setSplit(data, none);
    m_splitChart->removeAllSeries();
    for (QAbstractAxis* a : m_splitChart->axes()) {
        m_splitChart->removeAxis(a);
        delete a;
    }
    m_splitChart->setTitle(tr("By %1").arg(m_split->currentText().toLower()));
    auto* ok = new QBarSet(tr("Successful"));
    auto* bad = new QBarSet(tr("Unsuccessful"));
    auto* gone = new QBarSet(tr("Hang-ups"));
    ok->setColor(Theme::success());
    bad->setColor(Theme::failure());
    gone->setColor(Theme::warning());
    QStringList categories;
    m_splitKeys.clear();
    m_splitShown = int(split);
    for (auto it = data.begin(); it != data.end(); ++it) {
        categories << (it.key().isEmpty() ? none : it.key());
        m_splitKeys << keyOfLabel.value(it.key());
        *ok << qreal(it->successful);
        *bad << qreal(it->unsuccessful);
        *gone << qreal(it->hangUps);
    }
    auto* series = new QHorizontalStackedBarSeries; // room for the category names on the left
    series->append(ok);
    series->append(bad);
    series->append(gone);
    m_splitChart->addSeries(series);
    connect(series, &QAbstractBarSeries::clicked, this, &HistoricalDashboard::drillSplit);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    m_splitChart->addAxis(x, Qt::AlignLeft);
    m_splitChart->addAxis(y, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    y->applyNiceNumbers();
}

QString HistoricalDashboard::statusText() const
{
    return m_status->text();
}

bool HistoricalDashboard::exportCsv(const QString& path, QString* error)
{
    if (!ReportExporter::writeCsv({ m_table, m_splitTable }, path, error)) {
        return false;
    }
    m_status->setText(tr("CSV saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

// What the report covers, for the PDF's reader: period and granularity, site, test calls, split.
QStringList HistoricalDashboard::statement() const
{
    const QString site = m_site->currentSite();
    return { tr("Period: %1").arg(rangeText()), tr("Site: %1").arg(site.isEmpty() ? tr("all sites") : site),
        m_includeTests->isChecked() ? tr("Test calls: included") : tr("Test calls: left out"),
        tr("Split by: %1").arg(m_split->currentText()) };
}

bool HistoricalDashboard::exportPdf(const QString& path, QString* error)
{
    if (!ReportExporter::writePdf(tr("VoicePay KPI report"), statement(),
            { m_seriesView->grab(), m_splitView->grab() }, { m_table, m_splitTable }, path, error)) {
        return false;
    }
    m_status->setText(tr("PDF saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace voicepay::ui
