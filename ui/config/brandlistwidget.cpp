#include "config/brandlistwidget.h"

#include "cards/cardbrand.h"

#include <QCheckBox>
#include <QGridLayout>

namespace voicepay::ui {

BrandListWidget::BrandListWidget(QWidget* parent)
    : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const CardBrand& brand : CardBrandTable::standard().brands()) {
        auto* box = new QCheckBox(brand.displayName, this);
        box->setObjectName(brand.id);
        box->setToolTip(
            tr("%1: %2 digits, %3")
                .arg(brand.displayName)
                .arg(QString::number(brand.lengths.value(0)) + QStringLiteral("–")
                    + QString::number(brand.maxLength()))
                .arg(brand.needsSecurityCode()
                        ? tr("%1 of %2 digits").arg(brand.securityCodeName).arg(brand.securityCodeLength)
                        : tr("no security code")));
        connect(box, &QCheckBox::toggled, this, &BrandListWidget::changed);
        grid->addWidget(box, i / 3, i % 3);
        m_boxes.insert(brand.id, box);
        m_order << brand.id;
        ++i;
    }
}

QStringList BrandListWidget::checkedIds() const
{
    QStringList out;
    for (const QString& id : m_order) {
        if (m_boxes.value(id)->isChecked()) {
            out << id;
        }
    }
    return out;
}

void BrandListWidget::setCheckedIds(const QStringList& ids)
{
    const QSignalBlocker blocker(this);
    for (const QString& id : m_order) {
        QCheckBox* b = m_boxes.value(id);
        const QSignalBlocker boxBlocker(b);
        b->setChecked(ids.contains(id));
    }
}

} // namespace voicepay::ui
