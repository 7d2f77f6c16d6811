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
    , m_brand(new QLabel(this))
    , m_luhn(new QLabel(this))
    , m_clamp(new ClampIndicator(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Caller is at:"), m_step);
    m_masked->setObjectName(QStringLiteral("maskedDigits"));
    QFont mono = m_masked->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    m_masked->setFont(mono);
    form->addRow(tr("Entry:"), m_masked);
    m_progress->setTextVisible(true);
    form->addRow(tr("Keyed:"), m_progress);
    form->addRow(tr("Brand:"), m_brand);
    form->addRow(tr("Luhn check:"), m_luhn);
    layout->addLayout(form);
    layout->addWidget(m_clamp);
    layout->addStretch();
    reset();
}

void ConferenceView::reset()
{
    m_step->setText(tr("no call"));
    m_masked->setText(QStringLiteral("—"));
    m_progress->setRange(0, 19);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v of %m"));
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

} // namespace voicepay::ui
