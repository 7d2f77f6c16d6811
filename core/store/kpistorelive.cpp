// KpiStore's calls in progress: which calls the writer lists in live_calls, and when it withdraws them.
#include "batchwriter.h"
#include "kpistore.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace voicepay {

Q_DECLARE_LOGGING_CATEGORY(lcStoreWriter)

// Under m_mutex. A call that ends before the writer took it for listing is simply forgotten; one it took is
// withdrawn at the writer's next turn, so a call that ended never counts as in progress for long, whether it
// left a session or was given up.
void KpiStore::markEnded(const QString& sessionId)
{
    const qsizetype before = m_starts.size();
    m_starts.removeIf([&sessionId](const PendingStart& p) { return p.start.sessionId == sessionId; });
    if (m_starts.size() == before && m_taken.remove(sessionId)) {
        m_ended << sessionId;
        m_steps.remove(sessionId);
        m_wake.wakeAll();
    }
}

void KpiStore::noteStep(const QString& sessionId, const QString& step)
{
    QMutexLocker lock(&m_mutex);
    // Most steps come while the call is young: the pending start takes them. Searched from the newest, as the
    // call that moves on is most often the one that started last.
    for (qsizetype i = m_starts.size() - 1; i >= 0; --i) {
        if (m_starts.at(i).start.sessionId == sessionId) {
            m_starts[i].start.step = step;
            return;
        }
    }
    if (m_taken.contains(sessionId)) {
        m_steps.insert(sessionId, step);
        m_wake.wakeAll();
    }
}

// Under m_mutex: the calls noted as started that have now lasted the batch delay in real time, and those
// taken before that have ended. A generated call (a load run) ends long before that and so never reaches
// live_calls.
KpiStore::LiveChanges KpiStore::takeLiveChanges()
{
    LiveChanges changes;
    const qint64 now = m_sinceCreated.elapsed();
    qsizetype kept = 0;
    for (qsizetype i = 0; i < m_starts.size(); ++i) {
        if (now - m_starts.at(i).notedMs >= m_maxDelayMs) {
            changes.starts << m_starts.at(i).start;
            m_taken.insert(m_starts.at(i).start.sessionId);
        } else {
            m_starts[kept++] = m_starts.at(i);
        }
    }
    m_starts.resize(kept);
    changes.ended.swap(m_ended);
    changes.steps.swap(m_steps);
    return changes;
}

// Under m_mutex: the database did not take the changes; they go back for the next turn.
void KpiStore::giveBackLiveChanges(const LiveChanges& changes)
{
    for (qsizetype i = changes.starts.size() - 1; i >= 0; --i) {
        const LiveStart& s = changes.starts.at(i);
        if (m_taken.remove(s.sessionId)) { // still running: listed at the next turn
            m_starts.prepend(PendingStart { s, 0 });
        }
    }
    m_ended << changes.ended;
    for (auto it = changes.steps.cbegin(); it != changes.steps.cend(); ++it) {
        if (m_taken.contains(it.key()) && !m_steps.contains(it.key())) { // a newer step wins
            m_steps.insert(it.key(), it.value());
        }
    }
}

// Without m_mutex, on the writer thread: the calls that have lasted the batch delay are listed as in
// progress, the listed ones that ended are withdrawn, and the heartbeat is renewed while any are listed.
void KpiStore::syncLive(BatchWriter& writer, LiveCalls& live, const LiveChanges& changes)
{
    const QSet<QString> ended(changes.ended.cbegin(), changes.ended.cend());
    QList<LiveStart> listed;
    for (const LiveStart& s : changes.starts) {
        if (!ended.contains(s.sessionId)) {
            listed << s;
        }
    }
    QStringList withdrawn;
    for (const QString& id : changes.ended) {
        if (live.written.contains(id)) {
            withdrawn << id;
        }
    }
    QHash<QString, QString> steps;
    for (auto it = changes.steps.cbegin(); it != changes.steps.cend(); ++it) {
        if (live.written.contains(it.key()) && !ended.contains(it.key())) {
            steps.insert(it.key(), it.value());
        }
    }
    const bool beatDue = !live.written.isEmpty() && live.nextBeat.hasExpired();
    if (listed.isEmpty() && withdrawn.isEmpty() && steps.isEmpty() && !beatDue) {
        return;
    }
    QString error;
    if (!writer.writeLive(
            listed, withdrawn, steps, m_writerId, QDateTime::currentMSecsSinceEpoch(), false, &error)) {
        // Only the count of calls in progress suffers; the sessions themselves are committed.
        qCWarning(lcStoreWriter).noquote() << "calls in progress not listed:" << error;
        QMutexLocker lock(&m_mutex);
        giveBackLiveChanges(changes);
        return;
    }
    live.beating = true;
    for (const LiveStart& s : std::as_const(listed)) {
        live.written.insert(s.sessionId);
    }
    for (const QString& id : std::as_const(changes.ended)) {
        live.written.remove(id);
    }
    live.nextBeat = QDeadlineTimer(kLiveHeartbeatMs);
}

} // namespace voicepay
