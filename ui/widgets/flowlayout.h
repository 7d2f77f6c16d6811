#pragma once

#include <QLayout>
#include <QList>

namespace voicepay::ui {

// Lays its items out left to right and starts a new row when the next one does not fit, so that a row of
// controls never makes its area wider than the screen (a German label is often half again as long as the
// English one). Its minimum width is that of its widest item; its height follows the width it gets.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr, int hSpacing = 8, int vSpacing = 6);
    ~FlowLayout() override;

    // A label and the control it names, kept together on one row.
    void addPair(QWidget* label, QWidget* field);
    // Items after this are pushed to the right end of their row.
    void addStretch() { m_stretchAt = m_items.size(); }

    void addItem(QLayoutItem* item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    int arrange(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
    int m_hSpacing;
    int m_vSpacing;
    qsizetype m_stretchAt = -1;
};

} // namespace voicepay::ui
