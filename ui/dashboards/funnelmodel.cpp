#include "dashboards/funnelmodel.h"

#include "simulator/flowdiagramwidget.h"

#include <QCoreApplication>
#include <QLocale>
#include <optional>

namespace voicepay::ui {

namespace {
qint64 endedAt(const FunnelStep& s)
{
    qint64 n = 0;
    for (qint64 v : s.endedHere) {
        n += v;
    }
    return n;
}

QString percent(double share)
{
    return QLocale().toString(share * 100.0, 'f', 1) + QStringLiteral(" %");
}

std::optional<double> successRate(const KpiCounters& c)
{
    if (c.entered <= 0) {
        return std::nullopt;
    }
    return double(c.successful) / double(c.entered);
}
} // namespace

FunnelModel::FunnelModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FunnelModel::setFunnel(const QList<FunnelStep>& funnel, qint64 entered)
{
    beginResetModel();
    m_steps = funnel;
    m_entered = entered;
    endResetModel();
}

QString FunnelModel::stepAt(int row) const
{
    return row >= 0 && row < m_steps.size() ? m_steps.at(row).step : QString();
}

int FunnelModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int FunnelModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FunnelModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        return int(Qt::AlignVCenter | (index.column() == StepColumn ? Qt::AlignLeft : Qt::AlignRight));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) {
        return {};
    }
    const FunnelStep& s = m_steps.at(index.row());
    const bool raw = role == Qt::EditRole;
    switch (index.column()) {
    case StepColumn:
        return raw ? s.step : FlowDiagramWidget::nodeLabel(s.step);
    case ReachedColumn:
        return raw ? QVariant(s.reached) : QVariant(QLocale().toString(s.reached));
    case ShareColumn:
        return m_entered > 0 ? percent(double(s.reached) / double(m_entered)) : QStringLiteral("—");
    case EndedColumn:
        return raw ? QVariant(endedAt(s)) : QVariant(QLocale().toString(endedAt(s)));
    case DropColumn:
        return s.reached > 0 ? percent(double(endedAt(s)) / double(s.reached)) : QStringLiteral("—");
    }
    return {};
}

QVariant FunnelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case StepColumn:
        return tr("Step");
    case ReachedColumn:
        return tr("Reached");
    case ShareColumn:
        return tr("Of entered");
    case EndedColumn:
        return tr("Ended here");
    case DropColumn:
        return tr("Drop-off");
    }
    return {};
}

QString KpiSummary::rateText(const KpiCounters& counters)
{
    const auto rate = successRate(counters);
    return rate ? percent(*rate) : QStringLiteral("—");
}

QString KpiSummary::comparisonText(const KpiCounters& now, const KpiCounters& before)
{
    const auto a = successRate(now);
    const auto b = successRate(before);
    if (!b) {
        return QCoreApplication::translate("voicepay::ui::KpiSummary", "no calls in the previous period");
    }
    if (!a) {
        return QCoreApplication::translate("voicepay::ui::KpiSummary", "previous period: %1")
            .arg(percent(*b));
    }
    const double points = (*a - *b) * 100.0;
    const QString arrow = points > 0.05 ? QStringLiteral("▲ ")
        : points < -0.05                ? QStringLiteral("▼ ")
                                        : QString();
    return QCoreApplication::translate("voicepay::ui::KpiSummary", "%1%2 points on the previous period (%3)")
        .arg(arrow, QLocale().toString(qAbs(points), 'f', 1), percent(*b));
}

QString KpiSummary::enteredComparisonText(const KpiCounters& now, const KpiCounters& before)
{
    if (before.entered <= 0) {
        return QCoreApplication::translate("voicepay::ui::KpiSummary", "no calls in the previous period");
    }
    const double change = double(now.entered - before.entered) / double(before.entered) * 100.0;
    return QCoreApplication::translate("voicepay::ui::KpiSummary", "%1 % on the previous period (%2)")
        .arg((change >= 0 ? QStringLiteral("+") : QStringLiteral("−"))
                + QLocale().toString(qAbs(change), 'f', 0),
            QLocale().toString(before.entered));
}

} // namespace voicepay::ui
