#include "simulator/flowdiagramwidget.h"

#include "cards/cardbrand.h"
#include "flow/callcontext.h"
#include "flow/step.h"
#include "widgets/theme.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace voicepay::ui {

namespace {
// Where a segment from the centre of `r` towards `to` leaves the rectangle.
QPointF exitPoint(const QRectF& r, const QPointF& to)
{
    const QPointF c = r.center();
    const QPointF d = to - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y())) {
        return c;
    }
    const qreal sx = qFuzzyIsNull(d.x()) ? 1e9 : (r.width() / 2) / qAbs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? 1e9 : (r.height() / 2) / qAbs(d.y());
    return c + d * qMin(sx, sy);
}

constexpr qsizetype kMostPerRow = 5;
} // namespace

// Centres `nodes` on one row at height `y`, a `columns`-th of the width apart.
void FlowDiagramWidget::placeRow(const QStringList& nodes, qreal y, qsizetype columns)
{
    const qreal slot = 1.0 / qreal(columns);
    const qreal first = 0.5 - slot * qreal(nodes.size() - 1) / 2;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        m_positions.insert(nodes.at(i), QPointF(first + slot * qreal(i), y));
    }
}

FlowDiagramWidget::FlowDiagramWidget(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Flow diagram"));
    // Two rows of questions, the gateway, then the outcomes: the order a call reads them in. The outcomes
    // wrap onto as many rows of at most five as they need, so that each keeps the width of a question's box.
    const QList<Outcome> outcomes = allOutcomes();
    const qsizetype outcomeRows = (outcomes.size() + kMostPerRow - 1) / kMostPerRow;
    const bool wrapped = outcomeRows > 1;
    const QStringList row0 { QStringLiteral("start"), QStringLiteral("account_number"), QStringLiteral("pin"),
        QStringLiteral("amount_choice"), QStringLiteral("amount_entry") };
    const QStringList row1 { QStringLiteral("card_number"), QStringLiteral("expiry"),
        QStringLiteral("security_code"), QStringLiteral("confirm"), QStringLiteral("correction_choice") };
    placeRow(row0, wrapped ? 0.08 : 0.1, kMostPerRow);
    placeRow(row1, wrapped ? 0.3 : 0.37, kMostPerRow);
    m_positions.insert(QStringLiteral("authorize"), QPointF(0.5, wrapped ? 0.52 : 0.63));
    QStringList names;
    for (Outcome o : outcomes) {
        names << outcomeName(o);
    }
    const qsizetype perRow = (names.size() + outcomeRows - 1) / std::max<qsizetype>(outcomeRows, 1);
    for (qsizetype r = 0; r < outcomeRows; ++r) {
        const qreal y = wrapped ? 0.75 + 0.19 * qreal(r) / qreal(outcomeRows - 1) : 0.9;
        placeRow(names.mid(r * perRow, perRow), y, kMostPerRow);
    }
    // A node the layout does not know yet still gets drawn, along the left edge.
    qreal y = 0.1;
    for (const QString& node : FlowGraph::nodes()) {
        if (!m_positions.contains(node)) {
            m_positions.insert(node, QPointF(0.02, y));
            y += 0.1;
        }
    }
    reset();
}

QString FlowDiagramWidget::nodeLabel(const QString& node)
{
    static const QHash<QString, const char*> labels {
        { QStringLiteral("start"), QT_TR_NOOP("Start") },
        { QStringLiteral("account_number"), QT_TR_NOOP("Account") },
        { QStringLiteral("pin"), QT_TR_NOOP("PIN") },
        { QStringLiteral("amount_choice"), QT_TR_NOOP("Amount choice") },
        { QStringLiteral("amount_entry"), QT_TR_NOOP("Amount") },
        { QStringLiteral("card_number"), QT_TR_NOOP("Card number") },
        { QStringLiteral("expiry"), QT_TR_NOOP("Expiry") },
        { QStringLiteral("security_code"), QT_TR_NOOP("Security code") },
        { QStringLiteral("confirm"), QT_TR_NOOP("Confirm") },
        { QStringLiteral("correction_choice"), QT_TR_NOOP("Correction") },
        { QStringLiteral("authorize"), QT_TR_NOOP("Authorize") },
        { QStringLiteral("success"), QT_TR_NOOP("Success") },
        { QStringLiteral("declined_max"), QT_TR_NOOP("Declined (max)") },
        { QStringLiteral("auth_failed"), QT_TR_NOOP("Caller not identified") },
        { QStringLiteral("input_failed"), QT_TR_NOOP("Input failed") },
        { QStringLiteral("technical_error"), QT_TR_NOOP("Technical error") },
        { QStringLiteral("hangup"), QT_TR_NOOP("Hang-up") },
        { QStringLiteral("pending"), QT_TR_NOOP("Pending review") },
    };
    const auto it = labels.find(node);
    return it == labels.end() ? node : tr(it.value());
}

QString FlowDiagramWidget::exitLabel(const QString& exit)
{
    static const QHash<QString, const char*> labels {
        { QStringLiteral("return_to_ivr"), QT_TR_NOOP("Return to the IVR") },
        { QStringLiteral("transfer_to_agent"), QT_TR_NOOP("Transfer to an agent") },
        { QStringLiteral("disconnect"), QT_TR_NOOP("Disconnect") },
        { QStringLiteral("leave_conference"), QT_TR_NOOP("Back to the agent") },
    };
    const auto it = labels.find(exit);
    return it == labels.end() ? exit : tr(it.value());
}

QString FlowDiagramWidget::callTypeLabel(const QString& type)
{
    return type == callTypeName(CallType::Ivr)       ? tr("IVR call")
        : type == callTypeName(CallType::Conference) ? tr("Agent conference")
                                                     : type;
}

QString FlowDiagramWidget::brandLabel(const QString& brand)
{
    const CardBrand* known = CardBrandTable::standard().find(brand);
    return known ? known->displayName : brand;
}

void FlowDiagramWidget::reset()
{
    m_visited.clear();
    m_taken.clear();
    m_current = QStringLiteral("start");
    m_visited.insert(m_current);
    update();
}

void FlowDiagramWidget::takeTransition(const QString& from, const QString& to)
{
    m_taken << qMakePair(from, to);
    m_visited.insert(from);
    m_visited.insert(to);
    m_current = to;
    update();
}

void FlowDiagramWidget::setCurrent(const QString& node)
{
    m_current = node;
    m_visited.insert(node);
    update();
}

bool FlowDiagramWidget::wasTaken(const QString& from, const QString& to) const
{
    return m_taken.contains(qMakePair(from, to));
}

QRectF FlowDiagramWidget::nodeRect(const QString& node) const
{
    const QRectF area = QRectF(rect()).adjusted(6, 6, -6, -6);
    const QPointF f = m_positions.value(node, QPointF(0.5, 0.5));
    const qreal w = qMin<qreal>(area.width() * 0.17, 130);
    const qreal h = qMin<qreal>(area.height() * 0.13, 34);
    const QPointF c(area.left() + f.x() * area.width(), area.top() + f.y() * area.height());
    return QRectF(c.x() - w / 2, c.y() - h / 2, w, h);
}

namespace {
// The label's font, made smaller until the label fits its box: long German words ("Kartennummer",
// "Betragswahl") are otherwise cut at both ends on a laptop screen.
QFont fittingFont(QFont font, const QRectF& box, const QString& label)
{
    const int flags = Qt::AlignCenter | Qt::TextWordWrap;
    while (font.pointSizeF() > 6) {
        const QRectF need = QFontMetricsF(font).boundingRect(box, flags, label);
        if (need.width() <= box.width() && need.height() <= box.height()) {
            break;
        }
        font.setPointSizeF(font.pointSizeF() - 0.5);
    }
    return font;
}
} // namespace

void FlowDiagramWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    QColor faint = text;
    faint.setAlphaF(0.12f);
    const QColor accent = Theme::accent();

    auto drawEdge = [&](const QString& from, const QString& to, const QColor& color, qreal width) {
        const QRectF a = nodeRect(from);
        const QRectF b = nodeRect(to);
        const QPointF mid = (a.center() + b.center()) / 2;
        QPointF normal(-(b.center().y() - a.center().y()), b.center().x() - a.center().x());
        const qreal len = qSqrt(normal.x() * normal.x() + normal.y() * normal.y());
        if (len > 0) {
            normal /= len;
        }
        const QPointF control = mid + normal * qMin<qreal>(len * 0.12, 24);
        const QPointF start = exitPoint(a, control);
        const QPointF end = exitPoint(b, control);
        QPainterPath path(start);
        path.quadTo(control, end);
        p.setPen(QPen(color, width));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        // Arrow head along the curve's last tangent.
        const QPointF dir = end - control;
        const qreal dl = qSqrt(dir.x() * dir.x() + dir.y() * dir.y());
        if (dl > 0) {
            const QPointF u = dir / dl;
            const QPointF n(-u.y(), u.x());
            const qreal s = 4 + width * 1.5;
            QPolygonF head { end, end - u * s * 1.6 + n * s, end - u * s * 1.6 - n * s };
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawPolygon(head);
        }
    };

    for (const FlowTransition& t : FlowGraph::transitions()) {
        if (!wasTaken(t.from, t.to)) {
            drawEdge(t.from, t.to, faint, 1);
        }
    }
    QColor takenColor = accent;
    takenColor.setAlphaF(0.75f);
    for (const auto& t : std::as_const(m_taken)) {
        drawEdge(t.first, t.second, takenColor, 2.2);
    }

    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    p.setFont(f);
    for (const QString& node : FlowGraph::nodes()) {
        const QRectF r = nodeRect(node);
        const bool isOutcome = outcomeFromName(node).has_value();
        QColor fill = pal.color(QPalette::Base);
        QColor border = pal.color(QPalette::Mid);
        QColor label = text;
        if (m_visited.contains(node)) {
            border = accent;
        }
        if (node == m_current) {
            fill = isOutcome ? (node == u"success" ? Theme::success() : Theme::failure()) : accent;
            border = fill.darker(120);
            label = Qt::white;
        }
        p.setPen(QPen(border, node == m_current ? 2.5 : 1.2));
        p.setBrush(fill);
        p.drawRoundedRect(r, isOutcome ? r.height() / 2 : 6, isOutcome ? r.height() / 2 : 6);
        p.setPen(label);
        const QRectF box = r.adjusted(2, 0, -2, 0);
        const QString name = nodeLabel(node);
        p.setFont(fittingFont(f, box, name));
        p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, name);
    }
}

} // namespace voicepay::ui
