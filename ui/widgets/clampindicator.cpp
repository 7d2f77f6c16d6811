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
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QString ClampIndicator::text() const
{
    if (!m_clamped) {
        return tr("DTMF clamp off: the agent hears the caller.");
    }
    const QString what = tr("DTMF clamp on: the agent cannot hear the keys the caller presses.");
    if (m_tones == 0) {
        return what;
    }
    return what + u'\n' + tr("Keys kept from the agent: %1").arg(m_tones);
}

QRect ClampIndicator::textRect(int width) const
{
    return QRect(lampSize + 16, 0, qMax(40, width - lampSize - 16), 10000);
}

int ClampIndicator::heightForWidth(int width) const
{
    QFont bold = font();
    bold.setBold(true);
    const QRect need = QFontMetrics(bold).boundingRect(textRect(width), Qt::TextWordWrap, text());
    return qMax(lampSize + 8, need.height() + 8);
}

QSize ClampIndicator::sizeHint() const
{
    return { 300, heightForWidth(300) };
}

QSize ClampIndicator::minimumSizeHint() const
{
    return { 200, heightForWidth(200) };
}

void ClampIndicator::setClamped(bool on)
{
    m_clamped = on;
    setAccessibleDescription(text());
    updateGeometry();
    update();
}

void ClampIndicator::toneSuppressed()
{
    ++m_tones;
    m_flash.start();
    setAccessibleDescription(text());
    updateGeometry();
    update();
}

void ClampIndicator::resetCount()
{
    m_tones = 0;
    m_flash.stop();
    setAccessibleDescription(text());
    updateGeometry();
    update();
}

void ClampIndicator::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF lamp(6, (height() - lampSize) / 2.0, lampSize, lampSize);
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
    QFont bold = font();
    bold.setBold(m_clamped);
    p.setFont(bold);
    QRect area = textRect(width());
    area.setHeight(height());
    p.drawText(area, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, text());
}

} // namespace voicepay::ui
