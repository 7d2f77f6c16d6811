#include "kpistore.h"

#include "batchwriter.h"
#include "sessionspool.h"
#include "storeconnection.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QSet>
#include <QThread>
#include <QUuid>

namespace voicepay {

Q_LOGGING_CATEGORY(lcStoreWriter, "voicepay.store.writer")

namespace {
constexpr int kMaxRetryDelayMs = 5000;
} // namespace

KpiStore::KpiStore(QObject* parent)
    : QObject(parent)
    , m_writerId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    qRegisterMetaType<voicepay::SessionRecord>();
    m_sinceCreated.start();
}

KpiStore::~KpiStore()
{
    close();
}

void KpiStore::setBatchLimits(int batchSize, int maxDelayMs)
{
    QMutexLocker lock(&m_mutex);
    m_batchSize = std::max(1, batchSize);
    m_maxDelayMs = std::max(0, maxDelayMs);
}

void KpiStore::setQueueLimit(int sessions)
{
    QMutexLocker lock(&m_mutex);
    m_queueLimit = std::max(0, sessions);
}

int KpiStore::queueLimit() const
{
    QMutexLocker lock(&m_mutex);
    // At least one batch: the writer takes a full batch at once, and waits for one otherwise.
    return std::max(m_batchSize, m_queueLimit > 0 ? m_queueLimit : 2 * m_batchSize);
}

bool KpiStore::open(const StoreUrl& url, QString* error)
{
    close();
    {
        QMutexLocker lock(&m_mutex);
        m_url = url;
        m_stop = false;
        m_opened = false;
        m_openDone = false;
        m_error.clear();
        m_queuePeak = 0;
        m_refusing = false;
    }
    m_thread.reset(QThread::create([this] { writerLoop(); }));
    m_thread->setObjectName(QStringLiteral("kpi-store-writer"));
    m_thread->start();
    QMutexLocker lock(&m_mutex);
    while (!m_openDone) {
        m_settled.wait(&m_mutex);
    }
    if (!m_opened) {
        *error = m_error;
        lock.unlock();
        m_thread->wait();
        m_thread.reset();
        return false;
    }
    return true;
}

void KpiStore::close()
{
    if (!m_thread) {
        return;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_stop = true;
        m_wake.wakeAll();
        m_space.wakeAll();
    }
    m_thread->wait();
    m_thread.reset();
    QMutexLocker lock(&m_mutex);
    m_opened = false;
}

bool KpiStore::isOpen() const
{
    QMutexLocker lock(&m_mutex);
    return m_opened && !m_stop;
}

StoreUrl KpiStore::url() const
{
    QMutexLocker lock(&m_mutex);
    return m_url;
}

void KpiStore::noteStarted(
    const QString& sessionId, const QString& site, const QString& callType, qint64 atMs, bool isTest)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_opened && !m_stop) {
            m_starts << PendingStart { LiveStart { sessionId, site, callType, atMs, isTest },
                m_sinceCreated.elapsed() };
            if (m_starts.size() == 1) {
                m_wake.wakeAll(); // the writer lists it if the call outlasts the batch delay
            }
        }
    }
    Q_EMIT sessionStarted(sessionId, site, callType, atMs, isTest);
}

void KpiStore::noteEnded(const QString& sessionId)
{
    {
        QMutexLocker lock(&m_mutex);
        markEnded(sessionId);
    }
    Q_EMIT sessionAbandoned(sessionId);
}

void KpiStore::record(const SessionRecord& record)
{
    {
        QMutexLocker lock(&m_mutex);
        // The call has ended, whether or not the queue has room for its session yet: it is no longer in
        // progress, even while this thread waits for the writer.
        markEnded(record.sessionId);
        const qsizetype limit = std::max(m_batchSize, m_queueLimit > 0 ? m_queueLimit : 2 * m_batchSize);
        // The engine waits for the writer rather than the queue growing without end.
        // While the database refuses batches (full, locked, read-only) the queue grows instead, as the spool
        // takes what is left at close: a call never hangs on a store that cannot write.
        while (m_queue.size() >= limit && m_opened && !m_stop && !m_refusing) {
            m_space.wait(&m_mutex);
        }
        if (!m_opened || m_stop) {
            qCWarning(lcStoreWriter) << "session" << record.sessionId
                                     << "not recorded: the store is not open";
            return;
        }
        m_queue << record;
        m_queuePeak = std::max<qint64>(m_queuePeak, m_queue.size());
        ++m_recorded;
        // The first session starts the batch delay; a full batch goes at once.
        if (m_queue.size() == 1 || m_queue.size() >= m_batchSize) {
            m_wake.wakeAll();
        }
    }
    Q_EMIT sessionRecorded(record);
}

bool KpiStore::flush(QString* error)
{
    QMutexLocker lock(&m_mutex);
    const qint64 target = m_recorded;
    const qint64 failuresBefore = m_failures;
    m_flushRequested = true;
    m_wake.wakeAll();
    while (m_written < target && m_opened && m_failures == failuresBefore) {
        m_settled.wait(&m_mutex);
    }
    if (m_written >= target) {
        return true;
    }
    if (error) {
        *error = m_error.isEmpty() ? tr("the KPI store is closed") : m_error;
    }
    return false;
}

qint64 KpiStore::committedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_committed;
}

qint64 KpiStore::queuedCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_queue.size();
}

qint64 KpiStore::queuePeak() const
{
    QMutexLocker lock(&m_mutex);
    return m_queuePeak;
}

QString KpiStore::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

void KpiStore::writerLoop()
{
    StoreConnection connection(m_url, QStringLiteral("writer"));
    {
        QString error;
        const bool ok = connection.open(&error);
        QMutexLocker lock(&m_mutex);
        m_opened = ok;
        m_error = error;
        m_openDone = true;
        m_settled.wakeAll();
        if (!ok) {
            return;
        }
    }
    BatchWriter writer(connection);
    drainSpool(writer);
    LiveCalls live;
    int retryDelayMs = 0;
    QMutexLocker lock(&m_mutex);
    for (;;) {
        if (retryDelayMs > 0) {
            // The database refused the last batch: keep it and try again a little later.
            const QDeadlineTimer retry(retryDelayMs);
            while (!m_stop && !retry.hasExpired()) {
                m_wake.wait(&m_mutex, retry);
            }
        } else {
            // Wait for a session, a call start that is due for listing, the end, or the heartbeat that
            // keeps this writer's calls in progress counting; then for a full batch, the delay since the
            // first queued session, or a flush.
            for (;;) {
                if (m_stop || !m_queue.isEmpty() || !m_ended.isEmpty()) {
                    break;
                }
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
                m_wake.wait(&m_mutex, until);
            }
            if (!m_queue.isEmpty()) {
                const QDeadlineTimer deadline(m_maxDelayMs);
                while (
                    !m_stop && m_queue.size() < m_batchSize && !m_flushRequested && !deadline.hasExpired()) {
                    m_wake.wait(&m_mutex, deadline);
                }
            }
        }
        if (m_queue.isEmpty()) {
            m_flushRequested = false;
            const LiveChanges changes = takeLiveChanges();
            lock.unlock();
            syncLive(writer, live, changes);
            lock.relock();
            if (m_stop) {
                break;
            }
            continue;
        }
        const qsizetype n = std::min<qsizetype>(m_queue.size(), m_batchSize);
        const QList<SessionRecord> batch = m_queue.mid(0, n);
        const LiveChanges changes = takeLiveChanges();
        const bool stopping = m_stop;
        lock.unlock();

        // Calls in progress first: a call that ended is withdrawn without waiting for this batch.
        syncLive(writer, live, changes);
        QString error;
        const auto stored = writer.write(batch, &error);

        lock.relock();
        if (!stored) {
            ++m_failures;
            m_refusing = true;
            m_space.wakeAll();
            m_error = tr("KPI store %1: %2").arg(m_url.displayString(), error);
            qCWarning(lcStoreWriter).noquote() << m_error;
            m_settled.wakeAll();
            lock.unlock();
            Q_EMIT errorOccurred(m_error);
            lock.relock();
            if (stopping) {
                QList<SessionRecord> left;
                left.swap(m_queue);
                lock.unlock();
                QString note;
                const bool kept = spoolSessions(left, &note);
                lock.relock();
                m_spooled += kept ? left.size() : 0;
                m_spoolNote = note;
                break;
            }
            retryDelayMs = std::min(kMaxRetryDelayMs, std::max(100, retryDelayMs * 2));
            continue;
        }
        retryDelayMs = 0;
        m_refusing = false;
        m_queue.remove(0, n);
        m_space.wakeAll();
        m_written += n;
        m_committed += stored->size();
        if (m_queue.isEmpty()) {
            m_flushRequested = false;
        }
        const qint64 total = m_committed;
        m_settled.wakeAll();
        lock.unlock();
        announceCommitted(*stored, total);
        lock.relock();
    }
    lock.unlock();
    if (live.beating) {
        QString error;
        if (!writer.writeLive({}, {}, m_writerId, QDateTime::currentMSecsSinceEpoch(), true, &error)) {
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

qint64 KpiStore::spooledCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_spooled;
}

qint64 KpiStore::recoveredCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_recovered;
}

QString KpiStore::spoolNote() const
{
    QMutexLocker lock(&m_mutex);
    return m_spoolNote;
}

} // namespace voicepay
