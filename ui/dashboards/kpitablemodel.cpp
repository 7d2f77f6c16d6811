#include "dashboards/kpitablemodel.h"

#include "widgets/timedisplay.h"

#include <QDateTime>
#include <QLocale>

namespace voicepay::ui {

namespace {
double averageMs(const KpiCounters& c)
{
    qint64 sessions = 0;
    qint64 duration = 0;
    for (const OutcomeStats& s : c.byOutcome) {
        sessions += s.sessions;
        duration += s.durationMs;
    }
    return sessions > 0 ? double(duration) / double(sessions) : 0.0;
}

QString csvField(const QString& s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n')) {
        return u'"' + QString(s).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
    }
    return s;
}
} // namespace

KpiTableModel::KpiTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_firstHeader(tr("Period"))
{
}

void KpiTableModel::setSeries(const QList<KpiPoint>& points, Granularity by)
{
    beginResetModel();
    m_rows.clear();
    m_firstHeader = tr("Period");
    const QString format
        = by == Granularity::Day ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-dd HH:mm");
    for (const KpiPoint& p : points) {
        m_rows << Row { TimeDisplay::text(p.bucketMs, format), p.counters };
    }
    endResetModel();
}

void KpiTableModel::setSplit(const QMap<QString, KpiCounters>& split, const QString& emptyLabel)
{
    beginResetModel();
    m_rows.clear();
    m_firstHeader = tr("Value");
    for (auto it = split.begin(); it != split.end(); ++it) {
        m_rows << Row { it.key().isEmpty() ? emptyLabel : it.key(), it.value() };
    }
    endResetModel();
}

void KpiTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int KpiTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KpiTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KpiTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& r = m_rows.at(index.row());
    return cell(r.label, r.counters, index.column(), role);
}

QVariant KpiTableModel::cell(const QString& label, const KpiCounters& counters, int column, int role)
{
    if (role == Qt::TextAlignmentRole) {
        return int(
            column == PeriodColumn ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) {
        return {};
    }
    const bool raw = role == Qt::EditRole;
    auto number = [raw](qint64 v) -> QVariant { return raw ? QVariant(v) : QVariant(QLocale().toString(v)); };
    switch (column) {
    case PeriodColumn:
        return label;
    case EnteredColumn:
        return number(counters.entered);
    case SuccessfulColumn:
        return number(counters.successful);
    case UnsuccessfulColumn:
        return number(counters.unsuccessful);
    case AttemptedColumn:
        return number(counters.attempted);
    case HangUpsColumn:
        return number(counters.hangUps);
    case DeclinesColumn:
        return number(counters.declines);
    case AverageColumn: {
        const double s = averageMs(counters) / 1000.0;
        return raw ? QVariant(s) : QVariant(QLocale().toString(s, 'f', 1));
    }
    }
    return {};
}

KpiCounters KpiTableModel::totals() const
{
    KpiCounters sum;
    for (const Row& r : m_rows) {
        sum.merge(r.counters);
    }
    return sum;
}

QVariant KpiTableModel::totalsData(int column, int role) const
{
    return cell(totalsLabel(), totals(), column, role);
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case PeriodColumn:
        return m_firstHeader;
    case EnteredColumn:
        return tr("Entered");
    case SuccessfulColumn:
        return tr("Successful");
    case UnsuccessfulColumn:
        return tr("Unsuccessful");
    case AttemptedColumn:
        return tr("Attempted");
    case HangUpsColumn:
        return tr("Hang-ups");
    case DeclinesColumn:
        return tr("Declines");
    case AverageColumn:
        return tr("Avg. duration (s)");
    }
    return {};
}

QString KpiTableModel::toCsv() const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c) {
        header << csvField(headerData(c, Qt::Horizontal).toString());
    }
    lines << header.join(u',');
    // Plain numbers, not the locale's grouping, so spreadsheets read them; the average to two decimals.
    auto plain = [](const QVariant& v, int column) {
        return column == AverageColumn ? QString::number(v.toDouble(), 'f', 2) : csvField(v.toString());
    };
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c) {
            cells << plain(index(r, c).data(Qt::EditRole), c);
        }
        lines << cells.join(u',');
    }
    QStringList total;
    for (int c = 0; c < ColumnCount; ++c) {
        total << plain(totalsData(c, Qt::EditRole), c);
    }
    lines << total.join(u',');
    return lines.join(u'\n') + u'\n';
}

} // namespace voicepay::ui
