#include "kpistore.h"

#include "batchwriter.h"
#include "sessionspool.h"
#include "storeconnection.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMetaMethod>
#include <QSet>
#include <QThread>
#include <QUuid>

namespace voicepay {

Q_DECLARE_LOGGING_CATEGORY(lcStoreWriter)

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

void KpiStore::setWalCheckpointPages(int pages)
{
    QMutexLocker lock(&m_mutex);
    m_walCheckpointPages = std::max(0, pages);
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

void KpiStore::noteStarted(const QString& sessionId, const QString& site, const QString& callType,
    qint64 atMs, bool isTest, const QString& channel)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_opened && !m_stop) {
            const qint64 notedMs = m_sinceCreated.elapsed();
            m_starts << PendingStart { LiveStart { sessionId, site, callType, atMs, isTest, channel, {} },
                notedMs };
            // The writer lists it if the call outlasts the batch delay. Woken only if it would sleep past
            // that: a load's calls end in microseconds, and would wake it for nothing.
            if (m_starts.size() == 1 && m_writerIdleUntilMs > notedMs + m_maxDelayMs) {
                m_wake.wakeAll();
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
    if (enqueue(SessionRecord(record))) {
        Q_EMIT sessionRecorded(record);
    }
}

void KpiStore::record(SessionRecord&& record)
{
    // Nobody listens to sessionRecorded in a load run: the record moves into the queue instead of being
    // copied member by member, with its replay as stored (the writer needs no more).
    if (isSignalConnected(QMetaMethod::fromSignal(&KpiStore::sessionRecorded))) {
        this->record(std::as_const(record));
        return;
    }
    record.keepStoredReplayOnly();
    enqueue(std::move(record));
}

bool KpiStore::enqueue(SessionRecord&& record)
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
        qCWarning(lcStoreWriter) << "session" << record.sessionId << "not recorded: the store is not open";
        return false;
    }
    // A queue that fills (a load) gets room for one and a half times its bound, kept: the writer takes
    // batches from the front, and a queue under its bound that reaches the end of its room moves its records
    // back to the front (QList does while under two thirds full) instead of growing into a new block again
    // and again. A queue that stays short (the console's) keeps the little room it has.
    if (m_queue.size() >= limit / 2 && m_queue.capacity() < limit + limit / 2) {
        m_queue.reserve(limit + limit / 2);
    }
    m_queue.append(std::move(record));
    m_queuePeak = std::max<qint64>(m_queuePeak, m_queue.size());
    ++m_recorded;
    // The first session starts the batch delay; a full batch goes at once.
    if (m_queue.size() == 1 || m_queue.size() >= m_batchSize) {
        m_wake.wakeAll();
    }
    return true;
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
