#pragma once

#include "store/livestart.h"

#include <QAbstractTableModel>
#include <QList>

namespace voicepay::ui {

// The phone line's calls in progress, one row each, oldest first: when it started, for how long, the call
// type, the step the flow is at (as the flow diagram names it; Qt::UserRole holds the node's name) and the
// session. Only what live_calls holds: no card data ever reaches it.
class PhoneCallsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Started, Duration, CallType, Step, Session, ColumnCount };

    explicit PhoneCallsModel(QObject* parent = nullptr);

    void setCalls(const QList<LiveStart>& calls, qint64 readAtMs);
    const QList<LiveStart>& calls() const { return m_calls; }
    // The row of the session, -1 when it is not in progress.
    int rowOf(const QString& sessionId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LiveStart> m_calls;
    qint64 m_readAtMs = 0;
};

} // namespace voicepay::ui
