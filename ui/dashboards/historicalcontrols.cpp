// The history's controls: range, granularity, split, site, test calls, refresh and the exports. They sit in a
// FlowLayout, so that they wrap onto a second row where the window (or the language) leaves no room for one.
#include "dashboards/historicaldashboard.h"
#include "widgets/flowlayout.h"
#include "widgets/sitefilterbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace voicepay::ui {

// The heading and the range: a preset, or a custom span between two times.
void HistoricalDashboard::addRangeControls(FlowLayout* controls)
{
    auto* heading = new QLabel(tr("History"), this);
    heading->setObjectName(QStringLiteral("heading"));
    controls->addWidget(heading);
    m_preset = new QComboBox(this);
    m_preset->addItem(tr("Today"), int(Preset::Today));
    m_preset->addItem(tr("Last 7 days"), int(Preset::Last7Days));
    m_preset->addItem(tr("Last 30 days"), int(Preset::Last30Days));
    m_preset->addItem(tr("Custom range"), int(Preset::Custom));
    auto* rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_preset);
    controls->addPair(rangeLabel, m_preset);
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1), this);
    m_to = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    auto* span = new QWidget(this);
    auto* spanRow = new QHBoxLayout(span);
    spanRow->setContentsMargins(0, 0, 0, 0);
    spanRow->addWidget(m_from);
    spanRow->addWidget(new QLabel(QStringLiteral("–"), span));
    spanRow->addWidget(m_to);
    controls->addWidget(span);
}

// What the report is cut by: granularity, split and site.
void HistoricalDashboard::addFilterControls(FlowLayout* controls)
{
    m_granularity = new QComboBox(this);
    m_granularity->addItem(tr("Automatic"), QString());
    m_granularity->addItem(tr("Per minute"), granularityName(Granularity::Minute));
    m_granularity->addItem(tr("Per hour"), granularityName(Granularity::Hour));
    m_granularity->addItem(tr("Per day"), granularityName(Granularity::Day));
    auto* byLabel = new QLabel(tr("&Granularity:"), this);
    byLabel->setBuddy(m_granularity);
    controls->addPair(byLabel, m_granularity);
    m_split = new QComboBox(this);
    m_split->addItem(tr("Call type"), int(Split::CallType));
    m_split->addItem(tr("Card brand"), int(Split::Brand));
    m_split->addItem(tr("Exit"), int(Split::Exit));
    auto* splitLabel = new QLabel(tr("&Split by:"), this);
    splitLabel->setBuddy(m_split);
    controls->addPair(splitLabel, m_split);
    m_site = new SiteFilterBox(m_url, this);
    auto* siteLabel = new QLabel(tr("S&ite:"), this);
    siteLabel->setBuddy(m_site);
    controls->addPair(siteLabel, m_site);
    m_includeTests = new QCheckBox(tr("Include &test calls"), this);
    m_includeTests->setToolTip(tr("Count the simulator's calls too (they are kept out of the KPIs)"));
    controls->addWidget(m_includeTests);
    controls->addStretch();
}

void HistoricalDashboard::addActionButtons(FlowLayout* controls)
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

} // namespace voicepay::ui
