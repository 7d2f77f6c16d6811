#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class QCheckBox;

namespace voicepay::ui {

// A checkbox per card brand of the standard table, labelled with the brand's name.
class BrandListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit BrandListWidget(QWidget* parent = nullptr);

    QStringList checkedIds() const; // in the table's order
    void setCheckedIds(const QStringList& ids);
    QCheckBox* box(const QString& id) const { return m_boxes.value(id); }

signals:
    void changed();

private:
    QHash<QString, QCheckBox*> m_boxes;
    QStringList m_order;
};

} // namespace voicepay::ui
