#include "wallboardclient.h"

#include <QJsonDocument>
#include <QWebSocket>

WallboardViewers::WallboardViewers(QObject* parent)
    : QObject(parent)
{
}

WallboardViewers::~WallboardViewers()
{
    qDeleteAll(m_sockets);
}

void WallboardViewers::open(const QUrl& url, int count)
{
    for (int i = 0; i < count; ++i) {
        auto* s = new QWebSocket();
        const int index = int(m_sockets.size());
        m_sockets << s;
        m_last << QJsonObject();
        connect(s, &QWebSocket::textMessageReceived, this, [this, index](const QString& text) {
            m_last[index] = QJsonDocument::fromJson(text.toUtf8()).object();
        });
        connect(s, &QWebSocket::disconnected, this, [this] { ++m_disconnections; });
        s->open(url);
    }
}

int WallboardViewers::connected() const
{
    int n = 0;
    for (const QWebSocket* s : m_sockets) {
        n += s && s->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    }
    return n;
}

qint64 WallboardViewers::leastEntered() const
{
    qint64 least = -1;
    for (int i = 0; i < m_sockets.size(); ++i) {
        if (!m_sockets.at(i)) {
            continue;
        }
        const qint64 e = m_last.at(i)
                             .value(QStringLiteral("totals"))
                             .toObject()
                             .value(QStringLiteral("entered"))
                             .toInteger(-1);
        if (e < 0) {
            return -1;
        }
        least = least < 0 ? e : std::min(least, e);
    }
    return least;
}

int WallboardViewers::inState(const QString& state) const
{
    int n = 0;
    for (int i = 0; i < m_sockets.size(); ++i) {
        n += m_sockets.at(i) && m_last.at(i).value(QStringLiteral("store")).toString() == state ? 1 : 0;
    }
    return n;
}

void WallboardViewers::vanish(int count)
{
    for (int i = 0; i < count && i < m_sockets.size(); ++i) {
        if (QWebSocket* s = m_sockets.at(i)) {
            s->disconnect(this);
            s->abort();
            delete s;
            m_sockets[i] = nullptr;
        }
    }
}
