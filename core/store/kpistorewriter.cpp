#include "batchwriter.h"
#include "kpistore.h"
#include "sessionrefsbackfill.h"
#include "sessionspool.h"
#include "storeconnection.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QLoggingCategory>
#include <limits>

// The writer thread: it batches the queued sessions into the store, lists the calls in progress, and spools
// what the store would not take when it closes.

namespace voicepay {

Q_LOGGING_CATEGORY(lcStoreWriter, "voicepay.store.writer")

namespace {
constexpr int kMaxRetryDelayMs = 5000;
// Sessions of the schema 11 backfill looked at between two turns of the writer: a few tens of milliseconds,
// so that sessions recorded meanwhile wait no longer than a batch delay.
constexpr int kBackfillBatch = 2000;

// One batch of the schema 11 backfill when the writer has nothing else to do; false when nothing is left (or
// the database refused: the next open tries again).
bool backfillRefs(StoreConnection& connection)
{
    QString error;
    QSqlDatabase db = connection.database();
    const auto batch = SessionRefsBackfill::runBatch(db, connection.backend(), kBackfillBatch, &error);
    if (!batch) {
        qCWarning(lcStoreWriter).noquote() << "session refs of older sessions not filled in:" << error;
        return false;
    }
    if (batch->damaged > 0) {
        qCWarning(lcStoreWriter).noquote()
            << batch->damaged << "damaged replay(s) skipped by the refs backfill";
    }
    if (batch->done && batch->sessions > 0) {
        qCInfo(lcStoreWriter).noquote() << "session refs of older sessions filled in";
    }
    return !batch->done;
}
} // namespace

// On the writer thread, before the loop: open() waits for the connection's result.
bool KpiStore::openWriterConnection(StoreConnection& connection)
{
    QString error;
    const bool ok = connection.open(&error);
    QMutexLocker lock(&m_mutex);
    m_opened = ok;
    m_error = error;
    m_openDone = true;
    m_settled.wakeAll();
    return ok;
}

// Under m_mutex (released while waiting): after a refused batch, the retry delay; otherwise a session, a call
// start that is due for listing, the end, or the heartbeat that keeps this writer's calls in progress
// counting; then a full batch, the delay since the first queued session, or a flush. With `idleWork` (the
// backfill has batches left) it does not wait for a session.
void KpiStore::waitForWork(QMutexLocker<QMutex>& lock, const LiveCalls& live, int retryDelayMs, bool idleWork)
{
    if (retryDelayMs > 0) {
        // The database refused the last batch: keep it and try again a little later.
        const QDeadlineTimer retry(retryDelayMs);
        while (!m_stop && !retry.hasExpired()) {
            m_wake.wait(lock.mutex(), retry);
        }
        return;
    }
    while (!idleWork && !m_stop && m_queue.isEmpty() && m_ended.isEmpty() && m_steps.isEmpty()) {
        QDeadlineTimer until(QDeadlineTimer::Forever);
        if (!m_starts.isEmpty()) {
            const qint64 dueIn = m_starts.first().notedMs + m_maxDelayMs - m_sinceCreated.elapsed();
            until = QDeadlineTimer(std::max<qint64>(0, dueIn));
        }
        if (!live.written.isEmpty() && live.nextBeat < until) {
            until = live.nextBeat;
        }
        if (until.hasExpired()) {
            break;
        }
        m_writerIdleUntilMs = until.isForever() ? std::numeric_limits<qint64>::max()
                                                : m_sinceCreated.elapsed() + until.remainingTime();
        m_wake.wait(lock.mutex(), until);
        m_writerIdleUntilMs = -1;
    }
    if (!m_queue.isEmpty()) {
        const QDeadlineTimer deadline(m_maxDelayMs);
        while (!m_stop && m_queue.size() < m_batchSize && !m_flushRequested && !deadline.hasExpired()) {
            m_wake.wait(lock.mutex(), deadline);
        }
    }
}

// Under m_mutex: the batch stays queued for the next try. When the store is closing, what is left goes to the
// spool instead, and the loop ends (true).
bool KpiStore::batchRefused(QMutexLocker<QMutex>& lock, const QString& error, bool stopping)
{
    ++m_failures;
    m_refusing = true;
    m_space.wakeAll();
    m_error = tr("KPI store %1: %2").arg(m_url.displayString(), error);
    qCWarning(lcStoreWriter).noquote() << m_error;
    m_settled.wakeAll();
    lock.unlock();
    Q_EMIT errorOccurred(m_error);
    lock.relock();
    if (!stopping) {
        return false;
    }
    QList<SessionRecord> left;
    left.swap(m_queue);
    lock.unlock();
    QString note;
    const bool kept = spoolSessions(left, &note);
    lock.relock();
    m_spooled += kept ? left.size() : 0;
    m_spoolNote = note;
    return true;
}

// Under m_mutex (released while it talks to the database and the receivers): the batch is stored.
void KpiStore::batchStored(
    QMutexLocker<QMutex>& lock, const QList<SessionRecord>& batch, const QList<CommittedSession>& stored)
{
    m_refusing = false;
    m_queue.remove(0, batch.size());
    m_space.wakeAll();
    m_written += batch.size();
    m_committed += stored.size();
    if (m_queue.isEmpty()) {
        m_flushRequested = false;
    }
    const qint64 total = m_committed;
    m_settled.wakeAll();
    lock.unlock();
    announceCommitted(stored, total);
    lock.relock();
}

void KpiStore::writerLoop()
{
    StoreConnection connection(m_url, QStringLiteral("writer"));
    if (!openWriterConnection(connection)) {
        return;
    }
    BatchWriter writer(connection);
    {
        QMutexLocker guard(&m_mutex);
        writer.setWalCheckpointPages(m_walCheckpointPages);
    }
    drainSpool(writer);
    LiveCalls live;
    int retryDelayMs = 0;
    bool backfilling = true; // schema 11: until a batch says nothing is left
    QMutexLocker lock(&m_mutex);
    for (;;) {
        waitForWork(lock, live, retryDelayMs, backfilling);
        if (m_queue.isEmpty()) {
            m_flushRequested = false;
            const LiveChanges changes = takeLiveChanges();
            const bool stopping = m_stop;
            lock.unlock();
            syncLive(writer, live, changes);
            if (backfilling && !stopping) {
                backfilling = backfillRefs(connection);
            }
            lock.relock();
            if (m_stop) {
                break;
            }
            continue;
        }
        // The batch moves out of the queue while it is written (no copy of every record); its places stay
        // in the queue, so the queue's bound and the spool still count it, until it is committed or given
        // back.
        const qsizetype taken = std::min<qsizetype>(m_queue.size(), m_batchSize);
        QList<SessionRecord> batch;
        batch.reserve(taken);
        for (qsizetype i = 0; i < taken; ++i) {
            batch.append(std::move(m_queue[i]));
        }
        const LiveChanges changes = takeLiveChanges();
        const bool stopping = m_stop;
        lock.unlock();

        // Calls in progress first: a call that ended is withdrawn without waiting for this batch.
        syncLive(writer, live, changes);
        QString error;
        const auto stored = writer.write(batch, &error);

        lock.relock();
        if (!stored) {
            for (qsizetype i = 0; i < batch.size(); ++i) {
                m_queue[i] = std::move(batch[i]);
            }
            if (batchRefused(lock, error, stopping)) {
                break;
            }
            retryDelayMs = std::min(kMaxRetryDelayMs, std::max(100, retryDelayMs * 2));
            continue;
        }
        retryDelayMs = 0;
        batchStored(lock, batch, *stored);
    }
    lock.unlock();
    if (live.beating) {
        QString error;
        if (!writer.writeLive({}, {}, {}, m_writerId, QDateTime::currentMSecsSinceEpoch(), true, &error)) {
            qCWarning(lcStoreWriter).noquote() << "calls in progress not withdrawn:" << error;
        }
    }
    lock.relock();
    m_opened = false;
    m_settled.wakeAll();
    m_space.wakeAll();
}

void KpiStore::drainSpool(BatchWriter& writer)
{
    SessionSpool spool(m_url);
    if (!QFile::exists(spool.filePath())) {
        return;
    }
    const SessionSpool::Lock lock(spool);
    if (!lock.isLocked()) {
        qCWarning(lcStoreWriter).noquote() << "the spool" << spool.filePath() << "is in use; left for later";
        return;
    }
    QStringList problems;
    QString error;
    const QList<SessionRecord> spooled = spool.read(&problems, &error);
    for (const QString& p : std::as_const(problems)) {
        qCWarning(lcStoreWriter).noquote() << "spooled session unreadable, kept aside:" << p;
    }
    if (!error.isEmpty()) {
        qCWarning(lcStoreWriter).noquote() << "spool:" << error;
        return;
    }
    const int batchSize = [this] {
        QMutexLocker guard(&m_mutex);
        return m_batchSize;
    }();
    qint64 stored = 0;
    for (qsizetype i = 0; i < spooled.size(); i += batchSize) {
        const auto committed = writer.write(spooled.mid(i, batchSize), &error);
        if (!committed) {
            qCWarning(lcStoreWriter).noquote()
                << "spooled sessions stay in" << spool.filePath() << "for now:" << error;
            return;
        }
        stored += committed->size();
        qint64 total = 0;
        {
            QMutexLocker guard(&m_mutex);
            m_committed += committed->size();
            total = m_committed;
        }
        announceCommitted(*committed, total);
    }
    if (!spool.retire(!problems.isEmpty(), &error)) {
        qCWarning(lcStoreWriter).noquote()
            << "spool:" << error; // committed; a second drain stores nothing twice
    }
    QMutexLocker guard(&m_mutex);
    m_recovered += spooled.size();
    qCInfo(lcStoreWriter).noquote() << spooled.size() << "spooled session(s) stored," << stored << "new";
}

// Without m_mutex, at the end: the sessions the database would not take go to the spool. `note` says what
// became of them, for the user.
bool KpiStore::spoolSessions(const QList<SessionRecord>& left, QString* note)
{
    SessionSpool spool(m_url);
    QString error;
    const SessionSpool::Lock lock(spool);
    const bool kept = lock.isLocked() && spool.append(left, &error);
    *note = kept
        ? tr("%n session(s) kept in %1; they are stored when the store next opens", nullptr, int(left.size()))
              .arg(spool.filePath())
        : tr("%n session(s) not stored: the spool %1 could not be written (%2)", nullptr, int(left.size()))
              .arg(spool.filePath(), lock.isLocked() ? error : tr("locked by another process"));
    qCWarning(lcStoreWriter).noquote() << *note;
    return kept;
}

void KpiStore::announceCommitted(const QList<CommittedSession>& committed, qint64 total)
{
    if (committed.isEmpty()) {
        return;
    }
    QStringList ids;
    QList<qint64> seqs;
    for (const CommittedSession& c : committed) {
        ids << c.sessionId;
        seqs << c.seq;
    }
    Q_EMIT batchCommitted(ids, seqs, total);
}

} // namespace voicepay
