#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>

class QWebSocket;

// Viewers of a wallboard for the tests: WebSockets that keep the last snapshot each one received.
class WallboardViewers : public QObject
{
    Q_OBJECT
public:
    explicit WallboardViewers(QObject* parent = nullptr);
    ~WallboardViewers() override;

    void open(const QUrl& url, int count);
    int connected() const;
    int disconnections() const { return m_disconnections; }
    // The smallest `totals.entered` among the viewers' last snapshots (-1 while one has none yet).
    qint64 leastEntered() const;
    // How many viewers' last snapshot says the store is `state` (live, reconnecting, connecting).
    int inState(const QString& state) const;
    QJsonObject last(int viewer) const { return m_last.value(viewer); }
    // Drops the first `count` viewers without a closing handshake, as a switched-off screen would.
    void vanish(int count);

private:
    QList<QWebSocket*> m_sockets;
    QList<QJsonObject> m_last;
    int m_disconnections = 0;
};
