#include "shell/consolestore.h"

#include "widgets/uilog.h"

#include <QDir>
#include <QFileInfo>

namespace voicepay::ui {

ConsoleStore::ConsoleStore(StoreUrl url, QObject* parent)
    : QObject(parent)
    , m_url(std::move(url))
{
    // Both come from the store's writer thread: queued to this (the window's) thread.
    connect(&m_store, &KpiStore::errorOccurred, this, &ConsoleStore::onWriteFailed, Qt::QueuedConnection);
    connect(&m_store, &KpiStore::batchCommitted, this, &ConsoleStore::onCommitted, Qt::QueuedConnection);
}

ConsoleStore::~ConsoleStore()
{
    // The store commits (or spools) what is queued as it closes: nothing of that is for this object any more.
    m_store.disconnect(this);
    m_recorder.reset();
    m_store.close();
}

bool ConsoleStore::open(QString* error)
{
    if (m_url.backend == StoreUrl::Backend::Sqlite) {
        QDir().mkpath(QFileInfo(m_url.path).absolutePath());
    }
    // The console's own calls count on the live tiles within a fraction of a second. They come one at a time:
    // a batch of one stores each call as it ends, so that a store that refuses it is known at once.
    m_store.setBatchLimits(1, 100);
    QString why;
    if (!m_store.open(m_url, &why)) {
        qCWarning(lcUi) << "KPI store not available:" << m_url.displayString();
        const QString meaning = explain(why);
        if (error) {
            *error = meaning.isEmpty() ? why : tr("%1 (%2)").arg(meaning, why);
        }
        return false;
    }
    m_recorder = std::make_unique<StoreRecorder>(m_store, StoreRecorder::Clock::Epoch);
    m_recorder->setTestCalls(true); // the simulator's calls: out of the supervisors' KPIs unless asked
    return true;
}

void ConsoleStore::callStarted(const PaymentFlow& flow, qint64 atMs)
{
    if (m_recorder) {
        m_recorder->callStarted(flow, atMs);
    }
}

void ConsoleStore::callEnded(const PaymentFlow& flow, const FinishedCall& call)
{
    if (m_recorder) {
        m_recorder->callEnded(flow, call);
    }
}

QString ConsoleStore::explain(const QString& storeError)
{
    // The database's own texts, which the store passes on as they are: SQLite's (sqlite3_errstr) and, for a
    // full disk or a read-only server, PostgreSQL's.
    if (storeError.contains(u"database or disk is full") || storeError.contains(u"No space left")) {
        return tr("the disk is full: the store file cannot grow");
    }
    if (storeError.contains(u"disk I/O error")) {
        return tr("the store file could not be written: the disk may be full or the file may not grow");
    }
    if (storeError.contains(u"readonly database") || storeError.contains(u"read-only")) {
        return tr("the store file is read-only for this user");
    }
    if (storeError.contains(u"database is locked")) {
        return tr("another program holds the store's write lock");
    }
    return QString();
}

void ConsoleStore::onWriteFailed(const QString& error)
{
    const QString meaning = explain(error);
    const QString message = meaning.isEmpty() ? tr("Calls are not being saved to the KPI store: %1. They are "
                                                   "kept and saved once the store takes them again.")
                                                    .arg(error)
                                              : tr("Calls are not being saved to the KPI store: %1 (%2). "
                                                   "They are kept and saved once the store takes them "
                                                   "again.")
                                                    .arg(meaning, error);
    // The store tries again and again: say it once, and again only when the reason changes.
    if (m_failing && message == m_problem) {
        return;
    }
    m_failing = true;
    m_problem = message;
    emit problem(message);
}

void ConsoleStore::onCommitted()
{
    if (!m_failing) {
        return;
    }
    m_failing = false;
    m_problem.clear();
    emit recovered();
}

} // namespace voicepay::ui
