#include "memorykpisource.h"

namespace voicepay::ui {

MemoryKpiSource::MemoryKpiSource(QObject* parent)
    : KpiSource(parent)
{
}

QString MemoryKpiSource::name() const
{
    return tr("this window's calls (in memory)");
}

void MemoryKpiSource::recordStarted(const QString& sessionId, const QString& callType, const QDateTime& at)
{
    emit sessionStarted(sessionId, callType, at);
}

void MemoryKpiSource::recordEnded(const SessionRecord& session)
{
    {
        QWriteLocker lock(&m_lock);
        m_sessions << session;
    }
    emit sessionEnded(session);
}

QList<SessionRecord> MemoryKpiSource::sessions(const QDateTime& from, const QDateTime& to, const Progress& progress) const
{
    QList<SessionRecord> copy;
    {
        QReadLocker lock(&m_lock);
        copy = m_sessions;
    }
    QList<SessionRecord> out;
    const qsizetype n = copy.size();
    for (qsizetype i = 0; i < n; ++i) {
        const SessionRecord& s = copy.at(i);
        if (s.endedAt >= from && s.endedAt < to) {
            out << s;
        }
        if (progress && (i % 1000 == 0) && !progress(int(100 * i / qMax<qsizetype>(1, n)))) {
            return {};
        }
    }
    if (progress) {
        progress(100);
    }
    return out;
}

} // namespace voicepay::ui
