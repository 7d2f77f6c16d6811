#pragma once

#include "store/kpithresholds.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <memory>

class QTimer;
class QWebSocket;

namespace voicepay {

class LiveKpiFeed;

struct WallboardOptions
{
    QByteArray token; // required: nothing is served without it
    QString site; // the site the feed is narrowed to, shown in the title; empty: every site
    KpiThresholds thresholds;
    int pushIntervalMs = 1000;
    int maxClients = 1000;
    qint64 maxBufferedBytes = 1024 * 1024; // a viewer further behind than this is dropped
};

// The live KPIs as a web page for a wall screen, read-only, from a LiveKpiFeed it does not own (the
// console's, or one of its own in `voicepay-sim wallboard`). GET / is the page (its script and styles built
// in), GET /snapshot.json the numbers, and /ws a WebSocket that pushes them every pushIntervalMs. Every
// request needs the token (WallboardAccess); a refused one gets 401 (a WebSocket: closed at once) and is
// counted.
//
//   WallboardServer server(&feed, options);
//   const quint16 port = server.listen(QHostAddress::LocalHost, 8090, {}, {}, &error); // 0: see error
class WallboardServer : public QObject
{
    Q_OBJECT
public:
    WallboardServer(LiveKpiFeed* feed, WallboardOptions options, QObject* parent = nullptr);
    ~WallboardServer() override;

    // With PEM certificate and key files it speaks HTTPS (and WSS) only. Returns the bound port, or 0.
    quint16 listen(const QHostAddress& address, quint16 port, const QString& certificateFile = QString(),
        const QString& keyFile = QString(), QString* error = nullptr);
    QUrl pageUrl(bool withToken = false) const;

    QJsonObject snapshot() const;
    int clientCount() const { return int(m_clients.size()); }
    qint64 refusedCount() const { return m_refused; }
    const WallboardOptions& options() const { return m_options; }
    void setSite(const QString& site) { m_options.site = site; } // the feed's filter changed with it

Q_SIGNALS:
    void refused(const QString& peer, const QString& path);
    void clientsChanged(int clients);

private:
    class Engine;
    friend class Engine;
    void acceptSockets();
    void admit(QWebSocket* socket);
    void drop(QWebSocket* socket);
    void push();
    void countRefusal(const QString& peer, const QString& path);

    LiveKpiFeed* m_feed;
    WallboardOptions m_options;
    std::unique_ptr<Engine> m_engine;
    QHash<QWebSocket*, qint64> m_clients; // to when it last spoke (m_clock ms), or -1: never
    QElapsedTimer m_clock;
    QTimer* m_pushTimer;
    qint64 m_refused = 0;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_tls = false;
};

} // namespace voicepay
