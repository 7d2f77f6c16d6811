#pragma once

#include "kpisource.h"

#include <QList>
#include <QReadWriteLock>

namespace voicepay::ui {

// Sessions kept in memory: the calls this console ran, for when no KPI store is configured.
class MemoryKpiSource : public KpiSource
{
    Q_OBJECT
public:
    explicit MemoryKpiSource(QObject* parent = nullptr);

    QString name() const override;
    void recordStarted(const QString& sessionId, const QString& callType, const QDateTime& at) override;
    void recordEnded(const SessionRecord& session) override;
    QList<SessionRecord> sessions(const QDateTime& from, const QDateTime& to, const Progress& progress) const override;

private:
    mutable QReadWriteLock m_lock;
    QList<SessionRecord> m_sessions; // in the order they ended
};

} // namespace voicepay::ui
