#include "dashboards/historicaldashboard.h"

#include "cards/cardbrand.h"
#include "dashboards/kpitablemodel.h"
#include "dashboards/reportexporter.h"
#include "store/kpiquery.h"
#include "widgets/kpitile.h"
#include "widgets/sitefilterbox.h"
#include "widgets/theme.h"
#include "widgets/uilog.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QDateTimeEdit>
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
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* controls = new QHBoxLayout;
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

// The heading and the range: a preset, or a custom span between two times.
void HistoricalDashboard::addRangeControls(QHBoxLayout* controls)
{
    auto* heading = new QLabel(tr("History"), this);
    heading->setObjectName(QStringLiteral("heading"));
    controls->addWidget(heading);
    controls->addSpacing(12);
    m_preset = new QComboBox(this);
    m_preset->addItem(tr("Today"), int(Preset::Today));
    m_preset->addItem(tr("Last 7 days"), int(Preset::Last7Days));
    m_preset->addItem(tr("Last 30 days"), int(Preset::Last30Days));
    m_preset->addItem(tr("Custom range"), int(Preset::Custom));
    auto* rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_preset);
    controls->addWidget(rangeLabel);
    controls->addWidget(m_preset);
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1), this);
    m_to = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(QStringLiteral("–"), this));
    controls->addWidget(m_to);
}

// What the report is cut by: granularity, split and site.
void HistoricalDashboard::addFilterControls(QHBoxLayout* controls)
{
    m_granularity = new QComboBox(this);
    m_granularity->addItem(tr("Automatic"), QString());
    m_granularity->addItem(tr("Per minute"), granularityName(Granularity::Minute));
    m_granularity->addItem(tr("Per hour"), granularityName(Granularity::Hour));
    m_granularity->addItem(tr("Per day"), granularityName(Granularity::Day));
    auto* byLabel = new QLabel(tr("&Granularity:"), this);
    byLabel->setBuddy(m_granularity);
    controls->addWidget(byLabel);
    controls->addWidget(m_granularity);
    m_split = new QComboBox(this);
    m_split->addItem(tr("Call type"), int(Split::CallType));
    m_split->addItem(tr("Card brand"), int(Split::Brand));
    m_split->addItem(tr("Exit"), int(Split::Exit));
    auto* splitLabel = new QLabel(tr("&Split by:"), this);
    splitLabel->setBuddy(m_split);
    controls->addWidget(splitLabel);
    controls->addWidget(m_split);
    m_site = new SiteFilterBox(m_url, this);
    auto* siteLabel = new QLabel(tr("S&ite:"), this);
    siteLabel->setBuddy(m_site);
    controls->addWidget(siteLabel);
    controls->addWidget(m_site);
    m_includeTests = new QCheckBox(tr("Include &test calls"), this);
    m_includeTests->setToolTip(tr("Count the simulator's calls too (they are kept out of the KPIs)"));
    controls->addWidget(m_includeTests);
    controls->addStretch();
}

void HistoricalDashboard::addActionButtons(QHBoxLayout* controls)
{
    m_refresh = new QPushButton(tr("Re&fresh"), this);
    controls->addWidget(m_refresh);
    auto* csv = new QPushButton(tr("Export &CSV…"), this);
    auto* pdf = new QPushButton(tr("Export &PDF…"), this);
    controls->addWidget(csv);
    controls->addWidget(pdf);
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export CSV"), QStringLiteral("voicepay-kpis.csv"), tr("CSV files (*.csv)"));
        QString why;
        if (!path.isEmpty() && !exportCsv(path, &why)) {
            QMessageBox::warning(this, tr("Export CSV"), why);
        }
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export PDF report"), QStringLiteral("voicepay-kpis.pdf"), tr("PDF files (*.pdf)"));
        QString why;
        if (!path.isEmpty() && !exportPdf(path, &why)) {
            QMessageBox::warning(this, tr("Export PDF report"), why);
        }
    });
}

QLayout* HistoricalDashboard::buildStatusRow()
{
    auto* statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
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
             tr("Hang-ups"), tr("Sessions per minute") }) {
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
    vsplit->addWidget(charts);
    vsplit->addWidget(m_tableView);
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
    m_haveReport = true;
    showReport();
    emit reportReady();
}

QString HistoricalDashboard::rangeText() const
{
    const KpiRange r = m_haveReport ? m_report.range : currentRange();
    const QLocale l;
    const QString text = tr("%1 to %2, %3")
                             .arg(l.toString(QDateTime::fromMSecsSinceEpoch(r.fromMs), QLocale::ShortFormat),
                                 l.toString(QDateTime::fromMSecsSinceEpoch(r.toMs), QLocale::ShortFormat),
                                 granularityName(r.by));
    const QString site = m_site->currentSite();
    return site.isEmpty() ? text : tr("%1, site %2").arg(text, site);
}

void HistoricalDashboard::showReport()
{
    const KpiCounters& t = m_report.totals;
    const QLocale l;
    m_tiles.at(0)->setValue(l.toString(t.entered));
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
    const QMap<QString, KpiCounters>& data = split == Split::CallType ? m_report.byCallType
        : split == Split::Brand                                       ? m_report.byBrand
                                                                      : m_report.byExit;
    m_splitTable->setSplit(data, tr("(no card)"));
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
    for (auto it = data.begin(); it != data.end(); ++it) {
        const CardBrand* brand = split == Split::Brand ? CardBrandTable::standard().find(it.key()) : nullptr;
        categories << (it.key().isEmpty() ? tr("(no card)") : brand ? brand->displayName : it.key());
        *ok << qreal(it->successful);
        *bad << qreal(it->unsuccessful);
        *gone << qreal(it->hangUps);
    }
    auto* series = new QHorizontalStackedBarSeries; // room for the category names on the left
    series->append(ok);
    series->append(bad);
    series->append(gone);
    m_splitChart->addSeries(series);
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

bool HistoricalDashboard::exportCsv(const QString& path, QString* error) const
{
    return ReportExporter::writeCsv(*m_table, path, error);
}

bool HistoricalDashboard::exportPdf(const QString& path, QString* error) const
{
    return ReportExporter::writePdf(tr("VoicePay KPI report"), rangeText(),
        { m_seriesView->grab(), m_splitView->grab() }, *m_table, path, error);
}

} // namespace voicepay::ui
