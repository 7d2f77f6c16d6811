#include "widgets/flowlayout.h"

#include <QHBoxLayout>
#include <QWidget>

namespace voicepay::ui {

FlowLayout::FlowLayout(QWidget* parent, int hSpacing, int vSpacing)
    : QLayout(parent)
    , m_hSpacing(hSpacing)
    , m_vSpacing(vSpacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0)) {
        delete item;
    }
}

void FlowLayout::addPair(QWidget* label, QWidget* field)
{
    auto* pair = new QWidget(parentWidget());
    auto* row = new QHBoxLayout(pair);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    row->addWidget(label);
    row->addWidget(field);
    addWidget(pair);
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem* item : m_items) {
        size = size.expandedTo(item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row when there is room for it.
    int width = 0;
    int height = 0;
    for (const QLayoutItem* item : m_items) {
        if (item->isEmpty()) {
            continue;
        }
        width += (width > 0 ? m_hSpacing : 0) + item->sizeHint().width();
        height = qMax(height, item->sizeHint().height());
    }
    const QMargins m = contentsMargins();
    return { width + m.left() + m.right(), height + m.top() + m.bottom() };
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

// Places the items row by row within `rect` (when `apply`) and returns the height the rows take.
int FlowLayout::arrange(const QRect& rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    QList<QList<QLayoutItem*>> rows(1);
    QList<int> rowWidths(1, 0);
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty()) {
            continue;
        }
        const int w = qMin(item->sizeHint().width(), area.width());
        const int needed = rowWidths.last() + (rows.last().isEmpty() ? 0 : m_hSpacing) + w;
        if (!rows.last().isEmpty() && needed > area.width()) {
            rows.append(QList<QLayoutItem*>());
            rowWidths.append(0);
        }
        rowWidths.last() += (rows.last().isEmpty() ? 0 : m_hSpacing) + w;
        rows.last().append(item);
    }
    const QLayoutItem* firstRight = m_stretchAt >= 0 ? m_items.value(m_stretchAt) : nullptr;
    int y = area.y();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        int rowHeight = 0;
        for (const QLayoutItem* item : rows.at(r)) {
            rowHeight = qMax(rowHeight, item->sizeHint().height());
        }
        int x = area.x();
        for (QLayoutItem* item : rows.at(r)) {
            if (item == firstRight) {
                x = qMax(x, area.x() + area.width() - (rowWidths.at(r) - (x - area.x())));
            }
            const int w = qMin(item->sizeHint().width(), area.width());
            if (apply) {
                item->setGeometry(
                    QRect(x, y + (rowHeight - item->sizeHint().height()) / 2, w, item->sizeHint().height()));
            }
            x += w + m_hSpacing;
        }
        y += rowHeight + (r + 1 < rows.size() ? m_vSpacing : 0);
    }
    return y - area.y() + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace voicepay::ui
