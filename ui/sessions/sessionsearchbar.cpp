#include "sessions/sessionsearchbar.h"

#include "cards/cardbrand.h"
#include "config/flowconfig.h"
#include "flow/step.h"
#include "simulator/flowdiagramwidget.h"
#include "store/kpitypes.h"
#include "widgets/sitefilterbox.h"
#include "widgets/timedisplay.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace voicepay::ui {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
constexpr int kAllTime = -1;
constexpr int kCustom = -2;
} // namespace

SessionSearchBar::SessionSearchBar(StoreUrl url, QWidget* parent)
    : QWidget(parent)
    , m_url(std::move(url))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(buildFirstRow());
    layout->addWidget(buildSecondRow());
    fillChoices();
    for (QComboBox* box : { m_period, m_outcome, m_exit, m_brand }) {
        connect(box, &QComboBox::currentIndexChanged, this, &SessionSearchBar::changed);
    }
    connect(m_site, &SiteFilterBox::siteChanged, this, &SessionSearchBar::changed);
    connect(m_unconfirmed, &QCheckBox::toggled, this, &SessionSearchBar::changed);
    connect(m_text, &QLineEdit::returnPressed, this, &SessionSearchBar::changed);
    connect(m_clearStep, &QToolButton::clicked, this, [this] {
        m_stepValue.clear();
        m_callType.clear();
        m_step->hide();
        m_clearStep->hide();
        emit changed();
    });
}

QWidget* SessionSearchBar::buildFirstRow()
{
    auto* row = new QWidget(this);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    m_period = new QComboBox(row);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->setAccessibleName(tr("Period"));
    m_site = new SiteFilterBox(m_url, row);
    m_outcome = new QComboBox(row);
    m_outcome->setObjectName(QStringLiteral("outcomeFilter"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_exit = new QComboBox(row);
    m_exit->setObjectName(QStringLiteral("exitFilter"));
    m_exit->setAccessibleName(tr("Exit"));
    m_brand = new QComboBox(row);
    m_brand->setObjectName(QStringLiteral("brandFilter"));
    m_brand->setAccessibleName(tr("Card brand"));
    for (QComboBox* box : { m_period, static_cast<QComboBox*>(m_site), m_outcome, m_exit, m_brand }) {
        // Long labels ("Unsuccessful (declined or failed)", a drill-down's period) elide instead of widening
        // the row past a 1280-pixel screen.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == m_period ? 18 : 12);
        h->addWidget(box, 1);
    }
    return row;
}

QWidget* SessionSearchBar::buildSecondRow()
{
    auto* row = new QWidget(this);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    m_field = new QComboBox(row);
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->addItem(tr("Payment reference"), int(Field::PaymentReference));
    m_field->addItem(tr("Session id"), int(Field::SessionId));
    m_field->addItem(tr("Transaction id"), int(Field::TransactionId));
    m_field->addItem(tr("Last four"), int(Field::LastFour));
    m_text = new QLineEdit(row);
    m_text->setObjectName(QStringLiteral("searchText"));
    m_text->setClearButtonEnabled(true);
    m_text->setPlaceholderText(tr("Exact value, then Enter"));
    m_text->setMinimumWidth(140);
    auto* search = new QPushButton(tr("&Search"), row);
    search->setObjectName(QStringLiteral("searchButton"));
    connect(search, &QPushButton::clicked, this, &SessionSearchBar::changed);
    m_step = new QLabel(row);
    m_step->setObjectName(QStringLiteral("stepFilter"));
    m_step->hide();
    m_clearStep = new QToolButton(row);
    m_clearStep->setText(QStringLiteral("✕"));
    m_clearStep->setAccessibleName(tr("Clear the step filter"));
    m_clearStep->hide();
    m_unconfirmed = new QCheckBox(tr("&Unconfirmed payments only"), row);
    m_unconfirmed->setObjectName(QStringLiteral("unconfirmedFilter"));
    m_unconfirmed->setToolTip(tr("The sessions whose charge is not confirmed either way until reconciliation "
                                 "settles it (payment journal: submitted or unknown)"));
    h->addWidget(m_field);
    h->addWidget(m_text, 1);
    h->addWidget(search);
    h->addWidget(m_step);
    h->addWidget(m_clearStep);
    h->addWidget(m_unconfirmed);
    return row;
}

void SessionSearchBar::fillChoices()
{
    m_period->addItem(tr("Last hour"), 60);
    m_period->addItem(tr("Last 24 hours"), 24 * 60);
    m_period->addItem(tr("Last 7 days"), 7 * 24 * 60);
    m_period->addItem(tr("Last 30 days"), 30 * 24 * 60);
    m_period->addItem(tr("Last 365 days"), 365 * 24 * 60);
    m_period->addItem(tr("All time"), kAllTime);
    m_period->setCurrentIndex(1);
    m_outcome->addItem(tr("All outcomes"), QStringList());
    m_outcome->addItem(tr("Unsuccessful (declined or failed)"), unsuccessfulOutcomes());
    for (Outcome o : allOutcomes()) {
        m_outcome->addItem(FlowDiagramWidget::nodeLabel(outcomeName(o)), QStringList { outcomeName(o) });
    }
    m_exit->addItem(tr("All exits"), QString());
    for (CallExit e : { CallExit::ReturnToIvr, CallExit::TransferToAgent, CallExit::LeaveConference,
             CallExit::Disconnect }) {
        m_exit->addItem(FlowDiagramWidget::exitLabel(callExitName(e)), callExitName(e));
    }
    m_brand->addItem(tr("All brands"), QString());
    for (const CardBrand& b : CardBrandTable::standard().brands()) {
        m_brand->addItem(b.displayName, b.id);
    }
}

QStringList SessionSearchBar::unsuccessfulOutcomes()
{
    // What the KPIs count as unsuccessful (KpiCounters::add owns the rule).
    QStringList out;
    for (Outcome o : allOutcomes()) {
        KpiCounters c;
        c.add(outcomeName(o), 1, 0, 0, 0);
        if (c.unsuccessful == 1) {
            out << outcomeName(o);
        }
    }
    return out;
}

SessionQuery SessionSearchBar::query(qint64 nowMs) const
{
    SessionQuery q;
    // Whole minutes, so that the count comes from the rollups.
    q.toMs = (nowMs / kMinuteMs + 1) * kMinuteMs;
    const int minutes = m_period->currentData().toInt();
    q.fromMs = minutes == kAllTime ? 0 : q.toMs - qint64(minutes) * kMinuteMs;
    if (minutes == kCustom) {
        q.fromMs = m_customFrom;
        q.toMs = m_customTo;
    }
    q.site = m_site->currentSite();
    q.outcomes = m_outcome->currentData().toStringList();
    q.exit = m_exit->currentData().toString();
    q.brand = m_brand->currentData().toString();
    q.step = m_stepValue;
    q.callType = m_callType;
    q.unconfirmedOnly = m_unconfirmed->isChecked();
    const QString text = m_text->text().trimmed();
    switch (Field(m_field->currentData().toInt())) {
    case Field::PaymentReference:
        q.paymentReference = text;
        break;
    case Field::SessionId:
        q.sessionId = text;
        break;
    case Field::TransactionId:
        q.transactionId = text;
        break;
    case Field::LastFour:
        q.last4 = text;
        break;
    }
    return q;
}

void SessionSearchBar::choose(QComboBox* box, const QString& value)
{
    const int i = box->findData(value);
    box->setCurrentIndex(i < 0 ? 0 : i);
}

void SessionSearchBar::apply(const SessionQuery& query)
{
    const QSignalBlocker b1(m_period), b2(m_outcome), b3(m_exit), b4(m_brand), b5(m_unconfirmed), b6(m_site);
    m_customFrom = query.fromMs;
    m_customTo = query.toMs;
    const int custom = m_period->findData(kCustom);
    const QString label = tr("%1 – %2").arg(TimeDisplay::text(query.fromMs), TimeDisplay::text(query.toMs));
    if (custom < 0) {
        m_period->addItem(label, kCustom);
    } else {
        m_period->setItemText(custom, label);
    }
    m_period->setCurrentIndex(m_period->findData(kCustom));
    m_site->setCurrentSite(query.site);
    if (m_outcome->findData(query.outcomes) < 0) {
        QStringList labels;
        for (const QString& o : query.outcomes) {
            labels << FlowDiagramWidget::nodeLabel(o);
        }
        m_outcome->addItem(labels.join(QStringLiteral(", ")), query.outcomes);
    }
    m_outcome->setCurrentIndex(m_outcome->findData(query.outcomes));
    m_callType = query.callType;
    choose(m_exit, query.exit);
    choose(m_brand, query.brand);
    m_unconfirmed->setChecked(query.unconfirmedOnly);
    m_stepValue = query.step;
    // The filters only a drill-down sets, shown as one chip that clears them.
    QStringList chip;
    if (!query.step.isEmpty()) {
        chip << tr("Reached: %1").arg(FlowDiagramWidget::nodeLabel(query.step));
    }
    if (!query.callType.isEmpty()) {
        chip << FlowDiagramWidget::callTypeLabel(query.callType);
    }
    m_step->setText(chip.join(QStringLiteral(" · ")));
    m_step->setVisible(!chip.isEmpty());
    m_clearStep->setVisible(!chip.isEmpty());
    m_text->clear();
    if (!query.paymentReference.isEmpty()) {
        setSearch(Field::PaymentReference, query.paymentReference);
    } else if (!query.sessionId.isEmpty()) {
        setSearch(Field::SessionId, query.sessionId);
    } else if (!query.transactionId.isEmpty()) {
        setSearch(Field::TransactionId, query.transactionId);
    } else if (!query.last4.isEmpty()) {
        setSearch(Field::LastFour, query.last4);
    }
}

void SessionSearchBar::setSearch(Field field, const QString& text)
{
    m_field->setCurrentIndex(m_field->findData(int(field)));
    m_text->setText(text);
}

} // namespace voicepay::ui
