#pragma once

#include "store/kpireport.h"

#include <QAbstractTableModel>

namespace voicepay::ui {

// The KPIs of a historical report, one row per bucket (or per split value), for the table under the charts
// and the CSV and PDF exports.
class KpiTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PeriodColumn,
        EnteredColumn,
        SuccessfulColumn,
        UnsuccessfulColumn,
        AttemptedColumn,
        HangUpsColumn,
        DeclinesColumn,
        AverageColumn,
        ColumnCount
    };

    explicit KpiTableModel(QObject* parent = nullptr);

    void setSeries(const QList<KpiPoint>& points, Granularity by);
    void setSplit(const QMap<QString, KpiCounters>& split, const QString& emptyLabel);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The sum of the rows, for the totals row of the exports.
    KpiCounters totals() const;
    QString totalsLabel() const { return tr("Total"); }
    // A cell of the totals row as shown (EditRole: the plain number).
    QVariant totalsData(int column, int role = Qt::DisplayRole) const;
    // The table with its totals row; plain numbers, averages to two decimals, so spreadsheets read them.
    QString toCsv() const;

private:
    static QVariant cell(const QString& label, const KpiCounters& counters, int column, int role);
    struct Row
    {
        QString label;
        KpiCounters counters;
    };
    QList<Row> m_rows;
    QString m_firstHeader;
};

} // namespace voicepay::ui
