#include "sessions/sessionbrowser.h"

#include "cards/cardmask.h"
#include "sessions/sessionsearchbar.h"
#include "simulator/flowdiagramwidget.h"
#include "store/kpiquery.h"
#include "widgets/elidedlabel.h"
#include "widgets/sitefilterbox.h"
#include "widgets/timedisplay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <limits>

namespace voicepay::ui {

namespace {
constexpr int kStartedColumn = 0;
constexpr int kOutcomeColumn = 3;
constexpr int kDurationColumn = 7;
} // namespace

SessionBrowser::SessionBrowser(StoreUrl url, QWidget* parent)
    : QWidget(parent)
    , m_url(std::move(url))
    , m_model(new QStandardItemModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    auto* top = new QHBoxLayout;
    auto* heading = new QLabel(tr("Sessions"), this);
    heading->setObjectName(QStringLiteral("heading"));
    top->addWidget(heading, 0, Qt::AlignTop);
    m_search = new SessionSearchBar(m_url, this);
    top->addWidget(m_search, 1);
    layout->addLayout(top);
    layout->addLayout(buildPager());

    m_model->setHorizontalHeaderLabels({ tr("Started"), tr("Site"), tr("Type"), tr("Outcome"), tr("Exit"),
        tr("Card"), tr("Amount"), tr("Duration (s)") });
    auto* split = new QSplitter(Qt::Horizontal, this);
    m_view = new QTableView(split);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(kStartedColumn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setToolTip(tr("Sort by start, outcome or duration: click the column"));
    auto* right = buildReplayPanel(split);
    split->addWidget(m_view);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_search, &SessionSearchBar::changed, this, &SessionBrowser::refresh);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, &SessionBrowser::onHeaderClicked);
    connect(&m_list, &QFutureWatcher<ListResult>::finished, this, &SessionBrowser::onList);
    connect(&m_detail, &QFutureWatcher<DetailResult>::finished, this, &SessionBrowser::onDetail);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { selectSession(current.row()); });
    connect(m_step, &QSlider::valueChanged, this, &SessionBrowser::showStep);
}

// Refresh, the status (how many match, which ones are shown) and the page buttons.
QHBoxLayout* SessionBrowser::buildPager()
{
    auto* row = new QHBoxLayout;
    auto* refresh = new QPushButton(tr("Re&fresh"), this);
    row->addWidget(refresh);
    m_status = new ElidedLabel(this);
    m_status->setObjectName(QStringLiteral("tileTitle"));
    row->addWidget(m_status, 1);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(14);
    m_progress->setVisible(false);
    row->addWidget(m_progress);
    m_previous = new QPushButton(tr("< &Previous"), this);
    m_previous->setObjectName(QStringLiteral("previousPage"));
    m_next = new QPushButton(tr("&Next >"), this);
    m_next->setObjectName(QStringLiteral("nextPage"));
    row->addWidget(m_previous);
    row->addWidget(m_next);
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    connect(refresh, &QPushButton::clicked, this, [this] {
        m_search->siteFilter()->reload();
        SessionBrowser::refresh();
    });
    connect(m_previous, &QPushButton::clicked, this, &SessionBrowser::previousPage);
    connect(m_next, &QPushButton::clicked, this, &SessionBrowser::nextPage);
    return row;
}

// The stored session replayed: the flow diagram with a position slider, the prompts there, and the details.
QWidget* SessionBrowser::buildReplayPanel(QWidget* parent)
{
    auto* right = new QWidget(parent);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(6, 0, 0, 0);
    m_diagram = new FlowDiagramWidget(right);
    rl->addWidget(m_diagram, 2);
    auto* stepRow = new QHBoxLayout;
    m_step = new QSlider(Qt::Horizontal, right);
    m_step->setEnabled(false);
    m_step->setAccessibleName(tr("Replay position"));
    m_stepLabel = new QLabel(right);
    stepRow->addWidget(new QLabel(tr("Replay:"), right));
    stepRow->addWidget(m_step, 1);
    stepRow->addWidget(m_stepLabel);
    rl->addLayout(stepRow);
    m_stepPrompts = new QLabel(right);
    m_stepPrompts->setWordWrap(true);
    m_stepPrompts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_stepPrompts->setAccessibleName(tr("Prompts at the replay position"));
    rl->addWidget(m_stepPrompts);
    m_text = new QTextBrowser(right);
    rl->addWidget(m_text, 3);
    return right;
}

SessionBrowser::~SessionBrowser()
{
    m_list.waitForFinished();
    m_detail.waitForFinished();
}

void SessionBrowser::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        m_search->siteFilter()->reload();
        refresh();
    }
}

SiteFilterBox* SessionBrowser::siteFilter() const
{
    return m_search->siteFilter();
}

QCheckBox* SessionBrowser::unconfirmedFilter() const
{
    return m_search->unconfirmedFilter();
}

void SessionBrowser::refresh()
{
    m_query = m_search->query(QDateTime::currentMSecsSinceEpoch());
    m_query.sort = m_sort;
    m_query.descending = m_descending;
    m_afters = { QVariantList() };
    runPage(true);
}

void SessionBrowser::showMatching(const SessionQuery& query)
{
    m_search->apply(query);
    sortBy(SessionSort::StartedAt, true);
}

void SessionBrowser::sortBy(SessionSort sort, bool descending)
{
    m_sort = sort;
    m_descending = descending;
    const int column = sort == SessionSort::Duration ? kDurationColumn
        : sort == SessionSort::Outcome               ? kOutcomeColumn
                                                     : kStartedColumn;
    m_view->horizontalHeader()->setSortIndicator(
        column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    refresh();
}

void SessionBrowser::onHeaderClicked(int column)
{
    const std::optional<SessionSort> sort = column == kStartedColumn ? std::optional(SessionSort::StartedAt)
        : column == kOutcomeColumn                                   ? std::optional(SessionSort::Outcome)
        : column == kDurationColumn                                  ? std::optional(SessionSort::Duration)
                                                                     : std::nullopt;
    if (!sort) {
        // Only the indexed orders; put the indicator back where the order is.
        sortBy(m_sort, m_descending);
        return;
    }
    // A second click on the same column turns the order round; a new column starts with the largest.
    sortBy(*sort, *sort == m_sort ? !m_descending : *sort != SessionSort::Outcome);
}

void SessionBrowser::nextPage()
{
    if (isBusy() || !m_page.more) {
        return;
    }
    m_afters << m_page.lastKey;
    runPage(false);
}

void SessionBrowser::previousPage()
{
    if (isBusy() || m_afters.size() < 2) {
        return;
    }
    m_afters.removeLast();
    runPage(false);
}

void SessionBrowser::runPage(bool withCount)
{
    if (m_list.isRunning()) {
        m_again = true; // the newest search runs when this read ends
        m_againWithCount = m_againWithCount || withCount;
        return;
    }
    SessionQuery query = m_query;
    query.after = m_afters.constLast();
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    m_progress->setVisible(true);
    m_status->setText(tr("Reading sessions…"));
    const StoreUrl url = m_url;
    m_list.setFuture(QtConcurrent::run([url, query, withCount] {
        KpiQuery store(url);
        ListResult out;
        const auto page = store.sessionPage(query);
        if (!page) {
            out.error = store.lastError();
            return out;
        }
        out.page = *page;
        if (withCount) {
            out.count = store.sessionCount(query);
            if (!out.count) {
                out.error = store.lastError();
                return out;
            }
        }
        out.ok = true;
        return out;
    }));
}

void SessionBrowser::onList()
{
    m_progress->setVisible(false);
    if (m_again) {
        m_again = false;
        const bool withCount = std::exchange(m_againWithCount, false);
        runPage(withCount);
        return;
    }
    const ListResult r = m_list.result();
    if (!r.ok) {
        m_status->setText(tr("The store could not be read: %1").arg(r.error));
        updatePaging();
        return;
    }
    m_page = r.page;
    if (r.count) {
        m_count = r.count;
    }
    m_sessions = m_page.sessions;
    m_current = -1;
    fillModel();
    m_status->setText(statusText());
    updatePaging();
    emit loaded();
}

void SessionBrowser::fillModel()
{
    m_model->removeRows(0, m_model->rowCount());
    const QLocale l;
    for (const SessionRecord& s : std::as_const(m_sessions)) {
        QList<QStandardItem*> row;
        row << new QStandardItem(TimeDisplay::text(s.startedAtMs));
        row << new QStandardItem(s.site) << new QStandardItem(FlowDiagramWidget::callTypeLabel(s.callType))
            << new QStandardItem(FlowDiagramWidget::nodeLabel(s.outcome))
            << new QStandardItem(FlowDiagramWidget::exitLabel(s.exit));
        row << new QStandardItem(
            s.brand.isEmpty() ? QString() : FlowDiagramWidget::brandLabel(s.brand) + u' ' + s.last4);
        row << new QStandardItem(s.amount.isEmpty() ? QString() : s.amount + u' ' + s.currency);
        row << new QStandardItem(l.toString(double(s.durationMs) / 1000.0, 'f', 1));
        m_model->appendRow(row);
    }
}

void SessionBrowser::updatePaging()
{
    m_previous->setEnabled(m_afters.size() > 1);
    m_next->setEnabled(m_page.more);
}

QString SessionBrowser::statusText() const
{
    const QLocale l;
    const qint64 first = qint64(m_afters.size() - 1) * qMax(1, m_query.pageSize) + 1;
    const qint64 last = first + m_sessions.size() - 1;
    if (!m_count) {
        return QString();
    }
    const QString total = m_count->exact
        ? tr("%n session(s)", nullptr, int(qMin<qint64>(m_count->n, std::numeric_limits<int>::max())))
        : tr("more than %1 sessions").arg(l.toString(m_count->n));
    if (m_sessions.isEmpty()) {
        return total;
    }
    return tr("%1 · showing %2–%3 · page %4")
        .arg(total, l.toString(first), l.toString(last), l.toString(m_afters.size()));
}

void SessionBrowser::selectSession(int row)
{
    if (row < 0 || row >= m_sessions.size()) {
        return;
    }
    m_current = row;
    m_events.clear();
    m_replay = {};
    m_replayError.clear();
    render();
    if (m_detail.isRunning()) {
        m_detail.waitForFinished();
    }
    const StoreUrl url = m_url;
    const QString id = m_sessions.at(row).sessionId;
    m_detail.setFuture(QtConcurrent::run([url, id] {
        KpiQuery query(url);
        DetailResult out;
        auto events = query.events(id);
        if (!events) {
            out.error = query.lastError();
            return out;
        }
        out.ok = true;
        out.events = *events;
        if (const auto replay = query.replay(id)) {
            out.replay = *replay;
        } else {
            out.replayError = query.lastError();
        }
        return out;
    }));
}

void SessionBrowser::onDetail()
{
    const DetailResult r = m_detail.result();
    if (r.ok) {
        m_events = r.events;
        m_replay = r.replay;
        m_replayError = r.replayError;
    } else {
        m_replayError = r.error;
    }
    render();
    emit detailLoaded();
}

} // namespace voicepay::ui
