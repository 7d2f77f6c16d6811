#include "phone/phonecallsmodel.h"

#include "simulator/flowdiagramwidget.h"

#include <QDateTime>

namespace voicepay::ui {

namespace {
QString duration(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString callTypeLabel(const QString& type)
{
    if (type == u"conference") {
        return PhoneCallsModel::tr("Agent conference");
    }
    if (type == u"ivr") {
        return PhoneCallsModel::tr("IVR");
    }
    return type;
}
} // namespace

PhoneCallsModel::PhoneCallsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PhoneCallsModel::setCalls(const QList<LiveStart>& calls, qint64 readAtMs)
{
    // The same calls (the usual case between two reads) only refresh their cells, so a selection stays.
    bool same = calls.size() == m_calls.size();
    for (qsizetype i = 0; same && i < calls.size(); ++i) {
        same = calls.at(i).sessionId == m_calls.at(i).sessionId;
    }
    m_readAtMs = readAtMs;
    if (same) {
        m_calls = calls;
        if (!m_calls.isEmpty()) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_calls = calls;
    endResetModel();
}

int PhoneCallsModel::rowOf(const QString& sessionId) const
{
    for (qsizetype i = 0; i < m_calls.size(); ++i) {
        if (m_calls.at(i).sessionId == sessionId) {
            return int(i);
        }
    }
    return -1;
}

int PhoneCallsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

int PhoneCallsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhoneCallsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_calls.size()) {
        return {};
    }
    const LiveStart& c = m_calls.at(index.row());
    if (role == Qt::UserRole) {
        return index.column() == Step ? c.step : c.sessionId;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Started:
        return QDateTime::fromMSecsSinceEpoch(c.atMs).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    case Duration:
        return duration(m_readAtMs - c.atMs);
    case CallType:
        return callTypeLabel(c.callType);
    case Step:
        return c.step.isEmpty() ? tr("Answering") : FlowDiagramWidget::nodeLabel(c.step);
    case Session:
        return role == Qt::ToolTipRole ? c.sessionId : c.sessionId.left(8);
    }
    return {};
}

QVariant PhoneCallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case CallType:
        return tr("Call type");
    case Step:
        return tr("Current step");
    case Session:
        return tr("Session");
    }
    return {};
}

} // namespace voicepay::ui
