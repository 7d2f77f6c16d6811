#pragma once

#include "livestart.h"
#include "sessionrecord.h"
#include "storeurl.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QWaitCondition>
#include <memory>

class QThread;

namespace voicepay {

class BatchWriter;
struct CommittedSession;
class StoreConnection;

// The write side of the KPI store. record() only queues (from any thread); a writer thread of its own commits
// the queue in batches (up to batchSize sessions, 2000 by default, or whatever came within maxDelayMs, 200 by
// default), each batch one transaction with its rollups. The queue is bounded (queueLimit(), twice the batch
// by default): when engines record faster than the database takes sessions, record() waits for the writer, so
// memory stays bounded whatever the load. A killed process loses at most the sessions not yet committed.
class KpiStore : public QObject
{
    Q_OBJECT
public:
    explicit KpiStore(QObject* parent = nullptr);
    ~KpiStore() override; // flushes what is queued

    // Opens the database on the writer thread and migrates it; returns when it is ready or has failed.
    bool open(const StoreUrl& url, QString* error);
    void close();
    bool isOpen() const;
    StoreUrl url() const;
    void setBatchLimits(int batchSize, int maxDelayMs); // before open()
    // The most sessions queued at once (at least one batch); 0 restores the default of two batches. Before
    // open().
    void setQueueLimit(int sessions);
    int queueLimit() const;
    // SQLite only, before open(): the WAL pages after which a commit copies them into the database file
    // (wal_autocheckpoint; 0 keeps SQLite's 1000). A load run checkpoints every 16384 pages (64 MB) instead:
    // the pages its batches write again and again are copied once per checkpoint, not once per batch. It
    // changes no durability (every commit is in the WAL as before), only how long the WAL grows.
    void setWalCheckpointPages(int pages);

    // Thread-safe. Emits sessionStarted / sessionRecorded in the calling thread, so a live feed sees the
    // session before it is committed. record() waits while the queue is full, unless the database is refusing
    // batches.
    void noteStarted(const QString& sessionId, const QString& site, const QString& callType, qint64 atMs,
        bool isTest = false, const QString& channel = QString());
    // The call is now at this flow node: live_calls.step follows at the writer's next turn (the last step
    // noted wins; a call that ends first is simply withdrawn).
    void noteStep(const QString& sessionId, const QString& step);
    void record(const SessionRecord& record);
    void record(SessionRecord&& record); // the same, without a copy when nobody listens to sessionRecorded
    // A call that ended without a session to record (the driver gave it up): it no longer counts as in
    // progress. record() says the same for a call that ended with a session.
    void noteEnded(const QString& sessionId);

    // Blocks until every session recorded before the call is committed; false (with the error) when a write
    // failed or the store is closed.
    bool flush(QString* error = nullptr);
    qint64 committedCount() const;
    qint64 queuedCount() const;
    qint64 queuePeak() const; // the most sessions that were queued at once since open()
    QString lastError() const;
    // This store object's name among the writers of calls in progress (live_calls.writer).
    QString writerId() const { return m_writerId; }

    // Sessions the database would not take when the store closed go to a spool file (SessionSpool) and are
    // committed the next time the store opens. The counts are since this object was created.
    qint64 spooledCount() const;
    qint64 recoveredCount() const;
    QString spoolNote() const; // what happened to the sessions left at close, when some were

Q_SIGNALS:
    void sessionStarted(
        const QString& sessionId, const QString& site, const QString& callType, qint64 atMs, bool isTest);
    void sessionRecorded(const voicepay::SessionRecord& record);
    void sessionAbandoned(const QString& sessionId); // from noteEnded()
    // From the writer thread (queued to receivers in other threads): the sessions newly stored by one commit,
    // with their sequence numbers in the store.
    void batchCommitted(const QStringList& sessionIds, const QList<qint64>& seqs, qint64 totalCommitted);
    void errorOccurred(const QString& message);

private:
    // The writer thread's loop and its parts (kpistorewriter.cpp).
    void writerLoop();
    void drainSpool(BatchWriter& writer);
    struct LiveCalls
    {
        QSet<QString> written; // this writer's calls listed in live_calls
        QDeadlineTimer nextBeat;
        bool beating = false;
    };
    // A call noted as started, with the moment it was noted (monotonic ms): only a call that outlasts the
    // batch delay in real time is listed as in progress.
    struct PendingStart
    {
        LiveStart start;
        qint64 notedMs = 0;
    };
    // What the writer has to change in live_calls at its next turn.
    struct LiveChanges
    {
        QList<LiveStart> starts; // calls that have lasted the batch delay: listed
        QStringList ended; // calls taken for listing before that have ended since: withdrawn
        QHash<QString, QString> steps; // listed calls that moved on: session id to step
        bool isEmpty() const { return starts.isEmpty() && ended.isEmpty() && steps.isEmpty(); }
    };
    bool enqueue(SessionRecord&& record); // waits for room; false when the store is not open
    void markEnded(const QString& sessionId); // under m_mutex
    LiveChanges takeLiveChanges(); // under m_mutex
    void giveBackLiveChanges(const LiveChanges& changes); // under m_mutex: the write failed, try again
    void syncLive(BatchWriter& writer, LiveCalls& live, const LiveChanges& changes);
    bool spoolSessions(const QList<SessionRecord>& left, QString* note);
    void announceCommitted(const QList<CommittedSession>& committed, qint64 total);
    bool openWriterConnection(StoreConnection& connection);
    void waitForWork(QMutexLocker<QMutex>& lock, const LiveCalls& live, int retryDelayMs, bool idleWork);
    bool batchRefused(QMutexLocker<QMutex>& lock, const QString& error, bool stopping);
    void batchStored(
        QMutexLocker<QMutex>& lock, const QList<SessionRecord>& batch, const QList<CommittedSession>& stored);

    StoreUrl m_url;
    const QString m_writerId;
    QElapsedTimer m_sinceCreated; // monotonic: how long a call has been in progress
    int m_batchSize = 2000;
    int m_maxDelayMs = 200;
    int m_queueLimit = 0; // 0: two batches
    int m_walCheckpointPages = 0; // 0: SQLite's default
    std::unique_ptr<QThread> m_thread;

    mutable QMutex m_mutex;
    QWaitCondition m_wake; // the writer: work or stop
    QWaitCondition m_settled; // open() and flush(): progress
    QWaitCondition m_space; // record(): the queue has room again, or the store closed
    QList<SessionRecord> m_queue;
    qint64 m_queuePeak = 0;
    QList<PendingStart> m_starts; // calls started and not yet listed or ended
    // While the writer sleeps waiting for work, when it wakes by itself (m_sinceCreated ms; the largest
    // qint64 for never); -1 while it is busy or waits for a batch to fill, and looks at m_starts before it
    // sleeps so again. A call start wakes it only if it would sleep past the moment the call is due for
    // listing.
    qint64 m_writerIdleUntilMs = -1;
    QSet<QString> m_taken; // calls the writer took for listing that have not ended
    QStringList m_ended; // calls of m_taken that have ended: to withdraw
    QHash<QString, QString> m_steps; // calls of m_taken that moved on since they were listed: to update
    qint64 m_recorded = 0; // tickets handed out
    qint64 m_written = 0; // tickets done (committed or already stored)
    qint64 m_committed = 0; // sessions newly stored
    qint64 m_failures = 0;
    bool m_refusing = false; // the last batch failed: record() does not wait for room
    bool m_flushRequested = false;
    bool m_stop = false;
    bool m_opened = false;
    bool m_openDone = false;
    QString m_error;
    qint64 m_spooled = 0;
    qint64 m_recovered = 0;
    QString m_spoolNote;
};

} // namespace voicepay

Q_DECLARE_METATYPE(voicepay::SessionRecord)
