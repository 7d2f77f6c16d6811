#include "phone/phonecallsfeed.h"

#include "store/kpiquery.h"

#include <QDateTime>
#include <QThread>
#include <QTimer>
#include <memory>

namespace voicepay::ui {

// On the feed's thread: the query has its own connection there, so a slow store never holds the window.
class PhoneCallsReader : public QObject
{
    Q_OBJECT
public:
    PhoneCallsReader(StoreUrl url, int intervalMs)
        : m_url(std::move(url))
        , m_intervalMs(intervalMs)
    {
    }

public Q_SLOTS:
    void begin()
    {
        m_query = std::make_unique<KpiQuery>(m_url);
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &PhoneCallsReader::read);
        m_timer->start(m_intervalMs);
        read();
    }
    void read()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto list = m_query->liveCallList(phoneChannel(), now);
        if (!list) {
            Q_EMIT failed(m_query->lastError());
            return;
        }
        Q_EMIT calls(*list, now);
    }
    void end()
    {
        delete m_timer;
        m_timer = nullptr;
        m_query.reset(); // its connection belongs to this thread
    }

Q_SIGNALS:
    void calls(const QList<voicepay::LiveStart>& calls, qint64 readAtMs);
    void failed(const QString& message);

private:
    StoreUrl m_url;
    int m_intervalMs;
    std::unique_ptr<KpiQuery> m_query;
    QTimer* m_timer = nullptr;
};

PhoneCallsFeed::PhoneCallsFeed(StoreUrl url, QObject* parent)
    : QObject(parent)
    , m_url(std::move(url))
{
    qRegisterMetaType<QList<voicepay::LiveStart>>();
}

PhoneCallsFeed::~PhoneCallsFeed()
{
    stop();
}

void PhoneCallsFeed::start()
{
    if (m_thread) {
        return;
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("phone-calls"));
    m_reader = new PhoneCallsReader(m_url, m_intervalMs);
    m_reader->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_reader, &PhoneCallsReader::begin);
    connect(m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    connect(m_reader, &PhoneCallsReader::calls, this, &PhoneCallsFeed::calls);
    connect(m_reader, &PhoneCallsReader::failed, this, &PhoneCallsFeed::failed);
    m_thread->start();
}

void PhoneCallsFeed::stop()
{
    if (!m_thread) {
        return;
    }
    QMetaObject::invokeMethod(m_reader, &PhoneCallsReader::end, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_reader = nullptr; // deleted on the thread's finish
}

void PhoneCallsFeed::readNow()
{
    if (m_reader) {
        QMetaObject::invokeMethod(m_reader, &PhoneCallsReader::read, Qt::QueuedConnection);
    }
}

} // namespace voicepay::ui

#include "phonecallsfeed.moc"
