#pragma once

#include <QFrame>

class QLabel;

namespace voicepay::ui {

// One KPI as a tile: a title, a large value and a line of detail.
class KpiTile : public QFrame
{
    Q_OBJECT
public:
    KpiTile(const QString& title, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& detail = QString());
    void setAccent(const QColor& color);
    QString value() const;
    QString title() const;
    // A tile that opens the sessions it counts: a pointing cursor, clicked() on a click or Enter/Space.
    void setClickable(bool on);
    bool isClickable() const { return m_clickable; }

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool m_clickable = false;
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace voicepay::ui
