#include "simulator/promptexplorer.h"

#include "prompts/promptcatalog.h"
#include "simulator/promptcatalogmodel.h"
#include "simulator/speechpreview.h"

#ifdef VOICEPAY_HAVE_AUDIO
#include "simulator/audiopreview.h"
#endif
#include "widgets/theme.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace voicepay::ui {

namespace {
// Shows the variants matching the text, optionally only those the suite never played.
class VariantFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool onlyMissing = false;
    QString needle;
    void refresh() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (onlyMissing) {
            const QVariant played = i.data(PromptCatalogModel::PlayedRole);
            if (!played.isValid() || played.toBool()) {
                return false;
            }
        }
        if (needle.isEmpty()) {
            return true;
        }
        for (int c = 0; c < sourceModel()->columnCount(parent); ++c) {
            if (sourceModel()
                    ->index(row, c, parent)
                    .data()
                    .toString()
                    .contains(needle, Qt::CaseInsensitive)) {
                return true;
            }
        }
        return false;
    }
};
} // namespace

PromptExplorer::PromptExplorer(QWidget* parent)
    : QWidget(parent)
    , m_folder(PromptCoverageJob::defaultFolder())
    , m_model(new PromptCatalogModel(this))
    , m_proxy(new VariantFilter(this))
    , m_speech(new SpeechPreview(this))
{
    m_proxy->setSourceModel(m_model);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(tr("Prompt explorer"), this);
    heading->setObjectName(QStringLiteral("heading"));
    top->addWidget(heading);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by id, step, situation, brand or text"));
    m_filter->setClearButtonEnabled(true);
    top->addWidget(m_filter, 1);
    m_onlyMissing = new QCheckBox(tr("Only &never played"), this);
    top->addWidget(m_onlyMissing);
    layout->addLayout(top);

    auto* coverageRow = new QHBoxLayout;
    m_coverage = new QLabel(tr("Scenario suite not run yet."), this);
    m_coverage->setWordWrap(true);
    coverageRow->addWidget(m_coverage, 1);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    coverageRow->addWidget(m_progress);
    m_run = new QPushButton(tr("&Run scenario suite"), this);
    coverageRow->addWidget(m_run);
    layout->addLayout(coverageRow);

    auto* split = new QSplitter(Qt::Horizontal, this);
    m_view = new QTableView(split);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PromptCatalogModel::IdColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c < PromptCatalogModel::TextColumn; ++c) {
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    auto* right = buildDetailPanel(split);
    split->addWidget(m_view);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    // Most of the width to the table, so that its columns up to the played mark show on a laptop screen;
    // the detail panel wraps its text.
    split->setSizes({ 3000, 1000 });
    layout->addWidget(split, 1);

    connectControls();
    if (m_proxy->rowCount() > 0) {
        m_view->selectRow(0);
    }
}

// The variant's details, with its spoken preview and, with Qt Multimedia, its recording.
QWidget* PromptExplorer::buildDetailPanel(QWidget* parent)
{
    auto* right = new QWidget(parent);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(6, 0, 0, 0);
    m_detail = new QTextBrowser(right);
    rl->addWidget(m_detail, 1);
    m_speak = new QPushButton(Theme::icon(QStringLiteral("prompts")), tr("&Speak this prompt"), right);
    m_speak->setEnabled(m_speech->available());
    m_speak->setToolTip(m_speech->available() ? tr("Preview with %1").arg(m_speech->engineName())
                                              : tr("No speech engine is installed"));
    rl->addWidget(m_speak);
#ifdef VOICEPAY_HAVE_AUDIO
    m_audio = new AudioPreview(this);
    m_play = new QPushButton(tr("&Play the recording"), right);
    m_play->setEnabled(m_audio->hasPromptSet());
    m_play->setToolTip(m_audio->hasPromptSet()
            ? tr("Plays the prompt as the caller hears it, from %1").arg(m_audio->promptSetDirectory())
            : tr("No prompt set at %1 (voicepay-sim promptset makes one)")
                  .arg(m_audio->promptSetDirectory()));
    rl->addWidget(m_play);
    connect(m_play, &QPushButton::clicked, this, [this] {
        QString why;
        if (!m_current.isEmpty() && !m_audio->playPrompt(PromptCatalog::example(m_current), &why)) {
            m_coverage->setToolTip(why);
            m_speech->say(PromptCatalog::example(m_current).text()); // the recording is incomplete: speak it
        }
    });
#endif
    return right;
}

void PromptExplorer::connectControls()
{
    connect(m_filter, &QLineEdit::textChanged, this, &PromptExplorer::setFilter);
    connect(m_onlyMissing, &QCheckBox::toggled, this, [this](bool on) {
        static_cast<VariantFilter*>(m_proxy)->onlyMissing = on;
        static_cast<VariantFilter*>(m_proxy)->refresh();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            showDetail(current.data(PromptCatalogModel::VariantIdRole).toString());
        });
    connect(m_speak, &QPushButton::clicked, this, [this] {
        if (!m_current.isEmpty()) {
            m_speech->say(PromptCatalog::example(m_current).text());
        }
    });
    connect(m_run, &QPushButton::clicked, this, &PromptExplorer::runCoverage);
    connect(&m_watcher, &QFutureWatcher<PromptCoverage>::progressRangeChanged, m_progress,
        &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcher<PromptCoverage>::progressValueChanged, m_progress,
        &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcher<PromptCoverage>::finished, this, &PromptExplorer::onCoverage);
}

PromptExplorer::~PromptExplorer()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void PromptExplorer::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_ranOnce) {
        runCoverage();
    }
}

void PromptExplorer::runCoverage()
{
    if (m_watcher.isRunning()) {
        return;
    }
    m_ranOnce = true;
    if (!QDir(m_folder).exists()) {
        m_coverage->setText(
            tr("No scenario folder at %1: coverage unknown.").arg(QDir::toNativeSeparators(m_folder)));
        return;
    }
    m_run->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_coverage->setText(tr("Running the scenario suite in %1…").arg(QDir::toNativeSeparators(m_folder)));
    m_watcher.setFuture(PromptCoverageJob::start(m_folder));
}

void PromptExplorer::onCoverage()
{
    m_run->setEnabled(true);
    m_progress->setVisible(false);
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
        return;
    }
    const PromptCoverage c = m_watcher.result();
    m_model->setPlayed(c.played);
    static_cast<VariantFilter*>(m_proxy)->refresh();
    const int total = m_model->rowCount();
    QString text = tr("%1 scenarios played %2 of %3 prompt variants; %4 never played.")
                       .arg(c.scenarios)
                       .arg(total - m_model->missingCount())
                       .arg(total)
                       .arg(m_model->missingCount());
    if (!c.failures.isEmpty()) {
        text += u' '
            + tr("%n file(s) could not run: %1", nullptr, int(c.failures.size())).arg(c.failures.first());
    }
    m_coverage->setText(text);
    if (!m_current.isEmpty()) {
        showDetail(m_current);
    }
    emit coverageFinished();
}

void PromptExplorer::setFilter(const QString& text)
{
    if (m_filter->text() != text) {
        m_filter->setText(text);
    }
    static_cast<VariantFilter*>(m_proxy)->needle = text.trimmed();
    static_cast<VariantFilter*>(m_proxy)->refresh();
}

void PromptExplorer::selectVariant(const QString& id)
{
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (m_proxy->index(r, 0).data(PromptCatalogModel::VariantIdRole).toString() == id) {
            m_view->selectRow(r);
            m_view->scrollTo(m_proxy->index(r, 0));
            return;
        }
    }
}

void PromptExplorer::showDetail(const QString& id)
{
    m_current = id;
    const PromptVariant* v = PromptCatalog::find(id);
    if (!v) {
        m_detail->clear();
        return;
    }
    const Prompt p = PromptCatalog::example(id);
    QString html = QStringLiteral("<h3>%1</h3>").arg(id.toHtmlEscaped());
    html += QStringLiteral("<p style='font-size:large'>“%1”</p>").arg(p.text().toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2 &nbsp; <b>%3</b> %4 %5</p>")
                .arg(tr("Step:"), (v->step.isEmpty() ? tr("(call)") : v->step).toHtmlEscaped(),
                    tr("Situation:"), v->situation.toHtmlEscaped(),
                    v->brand.isEmpty()
                        ? QString()
                        : QStringLiteral("&nbsp; <b>%1</b> %2").arg(tr("Brand:"), v->brand.toHtmlEscaped()));
    html += QStringLiteral("<p><b>%1</b> <code>%2</code></p>")
                .arg(tr("Template:"), v->tokens.join(u' ').toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p><table cellpadding='3'>").arg(tr("Segments (example values):"));
    for (const PromptSegment& s : p.segments) {
        QString value = s.text;
        if (s.kind == PromptSegment::Kind::Amount) {
            value = s.amount.toDisplayString();
        } else if (s.kind == PromptSegment::Kind::Number) {
            value = QString::number(s.number);
        } else if (s.kind == PromptSegment::Kind::Date) {
            value = QStringLiteral("%1/%2").arg(s.month, 2, 10, QLatin1Char('0')).arg(s.year);
        } else if (s.kind == PromptSegment::Kind::CardDigits) {
            value = tr("%1 digits ending %2").arg(s.number).arg(s.text);
        }
        html += QStringLiteral("<tr><td><i>%1</i></td><td>%2</td></tr>")
                    .arg(s.kindName().toHtmlEscaped(), value.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    if (m_model->coverageKnown()) {
        const bool played
            = m_model->match(m_model->index(0, 0), PromptCatalogModel::VariantIdRole, id, 1, Qt::MatchExactly)
                  .value(0)
                  .data(PromptCatalogModel::PlayedRole)
                  .toBool();
        html += QStringLiteral("<p style='color:%1'><b>%2</b></p>")
                    .arg((played ? Theme::success() : Theme::failure()).name(),
                        played ? tr("The scenario suite plays this variant.")
                               : tr("No scenario of the suite plays this variant."));
    }
    m_detail->setHtml(html);
}

QString PromptExplorer::detailText() const
{
    return m_detail->toPlainText();
}

QString PromptExplorer::coverageText() const
{
    return m_coverage->text();
}

} // namespace voicepay::ui
