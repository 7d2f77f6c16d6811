#include "sessions/sessionbrowser.h"

#include "cards/cardmask.h"
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

namespace voicepay::ui {

namespace {
void addRow(QString& html, const QString& k, const QString& v)
{
    if (!v.isEmpty()) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    }
}

void addSection(QString& html, const QString& title)
{
    html += QStringLiteral("<p><b>%1</b></p>").arg(title.toHtmlEscaped());
}
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
    top->addWidget(heading);
    m_range = new QComboBox(this);
    m_range->addItem(tr("Last 24 hours"), 1);
    m_range->addItem(tr("Last 7 days"), 7);
    m_range->addItem(tr("Last 30 days"), 30);
    top->addWidget(m_range);
    m_site = new SiteFilterBox(m_url, this);
    top->addWidget(m_site);
    m_unconfirmed = new QCheckBox(tr("&Unconfirmed payments only"), this);
    m_unconfirmed->setObjectName(QStringLiteral("unconfirmedFilter"));
    m_unconfirmed->setToolTip(tr("The sessions whose charge is not confirmed either way until reconciliation "
                                 "settles it (payment journal: submitted or unknown)"));
    top->addWidget(m_unconfirmed);
    auto* refresh = new QPushButton(tr("Re&fresh"), this);
    top->addWidget(refresh);
    m_status = new ElidedLabel(this);
    m_status->setObjectName(QStringLiteral("tileTitle"));
    top->addWidget(m_status, 1);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(14);
    m_progress->setVisible(false);
    top->addWidget(m_progress);
    layout->addLayout(top);

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
    auto* right = buildReplayPanel(split);
    split->addWidget(m_view);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(refresh, &QPushButton::clicked, this, [this] {
        m_site->reload();
        SessionBrowser::refresh();
    });
    connect(m_site, &SiteFilterBox::siteChanged, this, &SessionBrowser::refresh);
    connect(m_range, &QComboBox::currentIndexChanged, this, &SessionBrowser::refresh);
    connect(m_unconfirmed, &QCheckBox::toggled, this, &SessionBrowser::refresh);
    connect(&m_list, &QFutureWatcher<ListResult>::finished, this, &SessionBrowser::onList);
    connect(&m_detail, &QFutureWatcher<DetailResult>::finished, this, &SessionBrowser::onDetail);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { selectSession(current.row()); });
    connect(m_step, &QSlider::valueChanged, this, &SessionBrowser::showStep);
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
        m_site->reload();
        refresh();
    }
}

void SessionBrowser::refresh()
{
    if (m_list.isRunning()) {
        m_again = true; // the newest choice runs when this read ends
        return;
    }
    const qint64 to = QDateTime::currentMSecsSinceEpoch() + 1;
    const qint64 from = to - qint64(m_range->currentData().toInt()) * 24 * 3600 * 1000;
    const StoreUrl url = m_url;
    KpiFilter filter;
    filter.site = m_site->currentSite();
    filter.includeTests = true; // the browser finds every stored call, the simulator's too
    const bool unconfirmedOnly = m_unconfirmed->isChecked();
    m_progress->setVisible(true);
    m_status->setText(tr("Reading sessions…"));
    m_list.setFuture(QtConcurrent::run([url, from, to, filter, unconfirmedOnly] {
        KpiQuery query(url);
        ListResult out;
        auto sessions = unconfirmedOnly ? query.unconfirmedSessions(from, to, filter, 500)
                                        : query.sessions(from, to, filter, 500);
        if (!sessions) {
            out.error = query.lastError();
            return out;
        }
        out.ok = true;
        out.sessions = *sessions;
        return out;
    }));
}

void SessionBrowser::onList()
{
    m_progress->setVisible(false);
    if (m_again) {
        m_again = false;
        refresh();
        return;
    }
    const ListResult r = m_list.result();
    if (!r.ok) {
        m_status->setText(tr("The store could not be read: %1").arg(r.error));
        return;
    }
    m_sessions = r.sessions;
    m_model->removeRows(0, m_model->rowCount());
    const QLocale l;
    for (const SessionRecord& s : std::as_const(m_sessions)) {
        QList<QStandardItem*> row;
        row << new QStandardItem(TimeDisplay::text(s.startedAtMs));
        row << new QStandardItem(s.site) << new QStandardItem(FlowDiagramWidget::callTypeLabel(s.callType))
            << new QStandardItem(FlowDiagramWidget::nodeLabel(s.outcome))
            << new QStandardItem(FlowDiagramWidget::exitLabel(s.exit));
        row << new QStandardItem(s.brand.isEmpty() ? QString() : s.brand + QStringLiteral(" ") + s.last4);
        row << new QStandardItem(s.amount.isEmpty() ? QString() : s.amount + u' ' + s.currency);
        row << new QStandardItem(l.toString(double(s.durationMs) / 1000.0, 'f', 1));
        m_model->appendRow(row);
    }
    m_status->setText(tr("%n session(s), newest first", nullptr, int(m_sessions.size())));
    emit loaded();
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

void SessionBrowser::render()
{
    if (m_current < 0) {
        return;
    }
    const SessionRecord& s = m_sessions.at(m_current);
    m_text->setHtml(summaryHtml(s) + replayHtml(s) + promptsAndEventsHtml());
    const QSignalBlocker block(m_step);
    m_step->setEnabled(!s.path.isEmpty());
    m_step->setRange(0, qMax(0, int(s.path.size()) - 1));
    m_step->setValue(m_step->maximum());
    showStep(m_step->maximum());
}

// The outcome and the session's facts.
QString SessionBrowser::summaryHtml(const SessionRecord& s) const
{
    const QLocale l;
    QString html = QStringLiteral("<h3>%1</h3>").arg(FlowDiagramWidget::nodeLabel(s.outcome).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Session %1 · %2 · site %3 · configuration %4")
                         .arg(s.sessionId, FlowDiagramWidget::callTypeLabel(s.callType), s.site,
                             s.configVersion)
                         .toHtmlEscaped());
    html += QStringLiteral("<table cellpadding='2'>");
    auto row = [&html](const QString& k, const QString& v) { addRow(html, k, v); };
    row(tr("Exit"), FlowDiagramWidget::exitLabel(s.exit));
    row(tr("Amount"), s.amount.isEmpty() ? QString() : s.amount + u' ' + s.currency);
    row(tr("Card"), s.brand.isEmpty() ? QString() : maskedCardForDisplay(s.brand, s.last4));
    row(tr("Gateway"),
        tr("%1 submission(s), %2 decline(s) %3")
            .arg(s.attempts)
            .arg(s.declines)
            .arg(s.declineReasons.join(QStringLiteral(", "))));
    row(tr("Reason"), s.reason);
    row(tr("Ended at"), s.lastStep);
    row(tr("Duration"), tr("%1 s").arg(l.toString(double(s.durationMs) / 1000.0, 'f', 1)));
    html += QStringLiteral("</table>");
    return html;
}

// What the replay adds: the transfer context, the transaction and the gateway exchange (card masked).
QString SessionBrowser::replayHtml(const SessionRecord& s) const
{
    QString html;
    auto row = [&html](const QString& k, const QString& v) { addRow(html, k, v); };
    if (!m_replayError.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(m_replayError.toHtmlEscaped());
    }
    if (m_replay.transfer) {
        const SessionReplay::Transfer& t = *m_replay.transfer;
        addSection(html, tr("Transfer context"));
        html += QStringLiteral("<table cellpadding='2'>");
        row(tr("Step reached"), t.step);
        row(tr("Reason"), t.reason);
        row(tr("Decline codes"), t.declineCodes.join(QStringLiteral(", ")));
        row(tr("Card"), t.maskedCard);
        html += QStringLiteral("</table>");
    }
    if (!m_replay.transactionId.isEmpty() || !m_replay.paymentReference.isEmpty()) {
        html += QStringLiteral("<table cellpadding='2'>");
        row(tr("Transaction"), m_replay.transactionId);
        row(tr("Payment reference"), m_replay.paymentReference);
        html += QStringLiteral("</table>");
    }
    const QString card = s.brand.isEmpty() ? QString() : maskedCardForDisplay(s.brand, s.last4);
    QStringList exchange;
    for (const StoredEvent& e : std::as_const(m_events)) {
        if (e.kind == QLatin1String("gateway_submitted")) {
            exchange << tr("→ authorise %1 %2, card %3, invoice %4")
                            .arg(s.amount, s.currency, card.isEmpty() ? tr("(masked)") : card, e.detail);
        } else if (e.kind == QLatin1String("gateway_approved")) {
            exchange << tr("← approved, transaction %1").arg(e.detail);
        } else if (e.kind == QLatin1String("gateway_declined")) {
            exchange << tr("← declined: %1").arg(e.detail);
        } else if (e.kind == QLatin1String("gateway_error")) {
            exchange << tr("← error: %1").arg(e.detail);
        }
    }
    if (!exchange.isEmpty()) {
        addSection(html, tr("Gateway exchange"));
        html += QStringLiteral("<p>%1</p>")
                    .arg(exchange.join(QStringLiteral("\n"))
                             .toHtmlEscaped()
                             .replace(u'\n', QStringLiteral("<br>")));
    }
    return html;
}

QString SessionBrowser::promptsAndEventsHtml() const
{
    const QLocale l;
    QString html;
    if (!m_replay.steps.isEmpty() || !m_replay.closingPrompts.isEmpty()) {
        addSection(html, tr("Prompts"));
        html += QStringLiteral("<table cellpadding='2'>");
        for (const SessionReplay::Step& step : std::as_const(m_replay.steps)) {
            html += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>")
                        .arg(FlowDiagramWidget::nodeLabel(step.step).toHtmlEscaped(),
                            step.prompts.join(QStringLiteral(" ")).toHtmlEscaped());
        }
        if (!m_replay.closingPrompts.isEmpty()) {
            html += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>")
                        .arg(tr("Closing").toHtmlEscaped(),
                            m_replay.closingPrompts.join(QStringLiteral(" ")).toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    if (!m_events.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><table cellpadding='2'>").arg(tr("Events"));
        const qint64 t0 = m_events.first().atMs;
        for (const StoredEvent& e : std::as_const(m_events)) {
            html += QStringLiteral("<tr><td align='right'>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(l.toString(double(e.atMs - t0) / 1000.0, 'f', 1), e.kind.toHtmlEscaped(),
                            e.step.toHtmlEscaped(), SessionRecord::scrub(e.detail).toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

void SessionBrowser::showStep(int index)
{
    if (m_current < 0) {
        return;
    }
    const QStringList& path = m_sessions.at(m_current).path;
    m_diagram->reset();
    for (int i = 1; i <= index && i < path.size(); ++i) {
        m_diagram->takeTransition(path.at(i - 1), path.at(i));
    }
    if (index >= 0 && index < path.size()) {
        m_diagram->setCurrent(path.at(index));
    }
    m_stepLabel->setText(tr("%1 of %2").arg(index + 1).arg(path.size()));
    // The k-th visit of a step on the path played the k-th prompts recorded for that step.
    QString prompts;
    if (index >= 0 && index < path.size()) {
        const QString& node = path.at(index);
        int visit = 0;
        for (int i = 0; i < index; ++i) {
            visit += path.at(i) == node ? 1 : 0;
        }
        for (const SessionReplay::Step& step : std::as_const(m_replay.steps)) {
            if (step.step == node && visit-- == 0) {
                prompts = step.prompts.join(QStringLiteral(" "));
                break;
            }
        }
        if (prompts.isEmpty() && index == path.size() - 1) {
            prompts = m_replay.closingPrompts.join(QStringLiteral(" "));
        }
        m_stepPrompts->setText(prompts.isEmpty()
                ? FlowDiagramWidget::nodeLabel(node)
                : tr("%1: “%2”").arg(FlowDiagramWidget::nodeLabel(node), prompts));
    } else {
        m_stepPrompts->clear();
    }
}

QString SessionBrowser::stepText() const
{
    return m_stepPrompts->text();
}

QString SessionBrowser::detailText() const
{
    return m_text->toPlainText();
}

} // namespace voicepay::ui
