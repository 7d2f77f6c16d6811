#include "widgets/kpitile.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace voicepay::ui {

KpiTile::KpiTile(const QString& title, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_value(new QLabel(QStringLiteral("—"), this))
    , m_detail(new QLabel(this))
{
    setObjectName(QStringLiteral("tile"));
    m_title->setObjectName(QStringLiteral("tileTitle"));
    // A long title ("Durchschn. Dauer: Technischer Fehler") takes two lines rather than the width of a row.
    m_title->setWordWrap(true);
    m_value->setObjectName(QStringLiteral("tileValue"));
    m_detail->setObjectName(QStringLiteral("tileTitle"));
    m_detail->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    setMinimumWidth(110);
    setAccessibleName(title);
}

void KpiTile::setValue(const QString& value, const QString& detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
    setAccessibleDescription(value + u' ' + detail);
}

void KpiTile::setAccent(const QColor& color)
{
    m_value->setStyleSheet(QStringLiteral("color: %1;").arg(color.name()));
}

QString KpiTile::value() const
{
    return m_value->text();
}

void KpiTile::setClickable(bool on)
{
    m_clickable = on;
    setCursor(on ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setFocusPolicy(on ? Qt::TabFocus : Qt::NoFocus);
    if (on && toolTip().isEmpty()) {
        setToolTip(tr("Click to list these sessions"));
    }
}

void KpiTile::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit clicked();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void KpiTile::keyPressEvent(QKeyEvent* event)
{
    if (m_clickable && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Space)) {
        emit clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

QString KpiTile::title() const
{
    return m_title->text();
}

} // namespace voicepay::ui
