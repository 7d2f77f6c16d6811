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

private:
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace voicepay::ui
