#include "widgets/clampindicator.h"

#include "widgets/theme.h"

#include <QPainter>

namespace voicepay::ui {

ClampIndicator::ClampIndicator(QWidget* parent)
    : QWidget(parent)
{
    m_flash.setSingleShot(true);
    m_flash.setInterval(250);
    connect(&m_flash, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    setAccessibleName(tr("DTMF clamp"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize ClampIndicator::sizeHint() const
{
    const QFontMetrics fm(font());
    return { fm.horizontalAdvance(tr("DTMF clamp on: tones suppressed (%1)").arg(9999)) + 40,
        qMax(28, fm.height() + 10) };
}

void ClampIndicator::setClamped(bool on)
{
    m_clamped = on;
    setAccessibleDescription(on ? tr("on") : tr("off"));
    update();
}

void ClampIndicator::toneSuppressed()
{
    ++m_tones;
    m_flash.start();
    update();
}

void ClampIndicator::resetCount()
{
    m_tones = 0;
    m_flash.stop();
    update();
}

void ClampIndicator::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int d = height() - 8;
    const QRectF lamp(4, 4, d, d);
    QColor fill = palette().color(QPalette::Mid);
    if (m_clamped) {
        fill = m_flash.isActive() ? Theme::failure() : Theme::warning();
    }
    if (m_clamped) {
        QColor glow = fill;
        glow.setAlphaF(0.35f);
        p.setPen(Qt::NoPen);
        p.setBrush(glow);
        p.drawEllipse(lamp.adjusted(-3, -3, 3, 3));
    }
    p.setPen(QPen(fill.darker(140), 1));
    p.setBrush(fill);
    p.drawEllipse(lamp);
    p.setPen(palette().color(QPalette::WindowText));
    const QString text = !m_clamped ? tr("DTMF clamp off")
        : m_tones > 0               ? tr("DTMF clamp on: tones suppressed (%1)").arg(m_tones)
                                    : tr("DTMF clamp on");
    p.drawText(QRectF(lamp.right() + 8, 0, width() - lamp.right() - 8, height()),
        Qt::AlignVCenter | Qt::AlignLeft, text);
}

} // namespace voicepay::ui
