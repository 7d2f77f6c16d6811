#include "simulator/conferenceview.h"

#include "flow/paymentflow.h"
#include "simulator/flowdiagramwidget.h"
#include "widgets/clampindicator.h"
#include "widgets/theme.h"

#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace voicepay::ui {

ConferenceView::ConferenceView(QWidget* parent)
    : QWidget(parent)
    , m_step(new QLabel(this))
    , m_masked(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_count(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_brand(new QLabel(this))
    , m_luhn(new QLabel(this))
    , m_clamp(new ClampIndicator(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    // The panel is narrow: long values ("one of: Visa, Mastercard, …") wrap rather than widen it.
    for (QLabel* value : { m_step, m_brand, m_luhn }) {
        value->setWordWrap(true);
    }
    form->addRow(tr("Caller is at:"), m_step);
    m_masked->setObjectName(QStringLiteral("maskedDigits"));
    QFont mono = m_masked->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    m_masked->setFont(mono);
    form->addRow(tr("Entry:"), m_masked);
    // The count in words, large enough to read at a glance; the bar beside it shows the same.
    m_count->setObjectName(QStringLiteral("keyCount"));
    QFont large = m_count->font();
    large.setPointSizeF(large.pointSizeF() * 1.3);
    large.setBold(true);
    m_count->setFont(large);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    auto* keyed = new QVBoxLayout;
    keyed->setSpacing(2);
    keyed->addWidget(m_count);
    keyed->addWidget(m_progress);
    form->addRow(tr("Keyed:"), keyed);
    form->addRow(tr("Brand:"), m_brand);
    form->addRow(tr("Luhn check:"), m_luhn);
    layout->addLayout(form);
    layout->addWidget(m_clamp);
    m_outcome->setObjectName(QStringLiteral("agentOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_outcome);
    layout->addStretch();
    reset();
}

void ConferenceView::reset()
{
    m_step->setText(tr("no call"));
    m_masked->setText(QStringLiteral("—"));
    m_progress->setRange(0, 19);
    m_progress->setValue(0);
    m_count->setText(QStringLiteral("—"));
    m_outcome->clear();
    m_outcome->setVisible(false);
    m_brand->setText(QStringLiteral("—"));
    m_luhn->setText(QStringLiteral("—"));
    m_clamp->setClamped(false);
    m_clamp->resetCount();
}

void ConferenceView::refresh(const PaymentFlow& flow)
{
    const auto step = flow.currentStep();
    if (flow.isFinished()) {
        m_step->setText(tr("call left the payment flow"));
    } else if (flow.awaitingGateway()) {
        m_step->setText(tr("authorizing the payment"));
    } else if (step) {
        m_step->setText(FlowDiagramWidget::nodeLabel(stepName(*step)));
    }
    const int keyed = flow.keyedCount();
    const int maxKeys = qMax(keyed, flow.currentCollect().maxKeys);
    QString dots;
    for (int i = 0; i < keyed; ++i) {
        if (i > 0 && i % 4 == 0) {
            dots += u' ';
        }
        dots += QChar(0x2022);
    }
    m_masked->setText(dots.isEmpty() ? QStringLiteral("—") : dots);
    m_progress->setRange(0, qMax(1, maxKeys));
    m_progress->setValue(keyed);
    m_count->setText(maxKeys > 0 ? tr("%1 of %2 keys").arg(keyed).arg(maxKeys) : QStringLiteral("—"));

    const bool cardStep = step && *step == Step::CardNumber;
    const BrandDetection detection = flow.liveBrand();
    if (detection.brand) {
        m_brand->setText(detection.brand->displayName);
    } else if (!detection.candidates.isEmpty() && keyed > 0) {
        QStringList names;
        for (const QString& id : detection.candidates) {
            const CardBrand* b = CardBrandTable::standard().find(id);
            names << (b ? b->displayName : id);
        }
        m_brand->setText(tr("one of: %1").arg(names.join(QStringLiteral(", "))));
    } else {
        m_brand->setText(QStringLiteral("—"));
    }
    if (cardStep && keyed > 0 && !(detection.brand && detection.brand->lengthAllowed(keyed))) {
        // A number still being keyed has no meaningful check digit yet.
        m_luhn->setText(tr("incomplete"));
        m_luhn->setStyleSheet(QString());
    } else if (detection.brand && (keyed > 0 || !cardStep)) {
        const bool valid = flow.liveLuhnValid();
        m_luhn->setText(valid ? tr("valid") : tr("not valid"));
        m_luhn->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;")
                                  .arg((valid ? Theme::success() : Theme::failure()).name()));
    } else {
        m_luhn->setText(QStringLiteral("—"));
        m_luhn->setStyleSheet(QString());
    }
    m_clamp->setClamped(flow.dtmfClamped());
    if (flow.isFinished()) {
        showOutcome(flow);
    }
}

// What the agent tells the caller at the end: taken or not, and the reference to quote.
void ConferenceView::showOutcome(const PaymentFlow& flow)
{
    const CallResult& r = flow.result();
    const bool approved = r.outcome == Outcome::Success;
    QStringList lines;
    lines << (approved
            ? tr("Payment approved")
            : tr("Payment not taken: %1").arg(FlowDiagramWidget::nodeLabel(outcomeName(r.outcome))));
    const QString reference = flow.context().paymentReference;
    if (!reference.isEmpty()) {
        lines << tr("Reference: %1").arg(reference);
    }
    if (!r.transactionId.isEmpty()) {
        lines << tr("Transaction: %1").arg(r.transactionId);
    }
    if (!r.amount.isEmpty()) {
        lines << tr("Amount: %1 %2").arg(r.amount, r.currency);
    }
    const QColor c = approved ? Theme::success() : Theme::failure();
    m_outcome->setText(lines.join(u'\n'));
    m_outcome->setStyleSheet(QStringLiteral("QLabel { border: 1px solid %1; border-left: 6px solid %1; "
                                            "border-radius: 4px; padding: 6px; font-weight: 600; }")
                                 .arg(c.name()));
    m_outcome->setVisible(true);
}

QString ConferenceView::maskedText() const
{
    return m_masked->text();
}

QString ConferenceView::brandText() const
{
    return m_brand->text();
}

QString ConferenceView::luhnText() const
{
    return m_luhn->text();
}

QString ConferenceView::countText() const
{
    return m_count->text();
}

QString ConferenceView::outcomeText() const
{
    return m_outcome->text();
}

} // namespace voicepay::ui
