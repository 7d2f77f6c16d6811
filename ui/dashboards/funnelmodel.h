#pragma once

#include "store/kpireport.h"

#include <QAbstractTableModel>

namespace voicepay::ui {

// The drop-off funnel of a historical report, one row per step in the order callers meet them: how many
// sessions reached the step, that as a share of the sessions entered, and how many ended there.
class FunnelModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StepColumn, ReachedColumn, ShareColumn, EndedColumn, DropColumn, ColumnCount };

    explicit FunnelModel(QObject* parent = nullptr);

    void setFunnel(const QList<FunnelStep>& funnel, qint64 entered);
    QString stepAt(int row) const; // the step's name ("card_number"); empty outside the rows

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FunnelStep> m_steps;
    qint64 m_entered = 0;
};

// The success rate (successful of entered) and how it compares with the period before.
namespace KpiSummary {
QString rateText(const KpiCounters& counters); // "72.4 %", "—" without sessions
QString comparisonText(
    const KpiCounters& now, const KpiCounters& before); // "▲ 3.1 points on the previous period"
QString enteredComparisonText(
    const KpiCounters& now, const KpiCounters& before); // "+12 % on the previous period"
} // namespace KpiSummary

} // namespace voicepay::ui
