#include "simcommands.h"
#include "store/livekpifeed.h"
#include "wallboardaccess.h"
#include "wallboardserver.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace voicepay::sim {

namespace {

int stopPipe[2] = { -1, -1 };

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(stopPipe[1], &byte, 1);
}

const QString usageText = QStringLiteral(
    "usage: voicepay-sim wallboard [--listen HOST:PORT] [--db URL] [--site SITE] [--token-file FILE] "
    "[--tls CERT KEY] [--thresholds FILE]");

struct WallboardArgs
{
    QString listen = QStringLiteral("127.0.0.1:8090"); // loopback unless told otherwise
    QString db;
    QString site;
    QString tokenFile;
    QString certificate;
    QString key;
    QString thresholds;
};

bool parseArgs(const QStringList& args, WallboardArgs& a, QString* error)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& flag = args.at(i);
        const int values = flag == u"--tls" ? 2 : 1;
        if (i + values >= args.size()) {
            *error = QStringLiteral("%1 needs a value\n").arg(flag) + usageText;
            return false;
        }
        const QString v = args.at(i + 1);
        if (flag == u"--listen") {
            a.listen = v;
        } else if (flag == u"--db") {
            a.db = v;
        } else if (flag == u"--site") {
            a.site = v;
        } else if (flag == u"--token-file") {
            a.tokenFile = v;
        } else if (flag == u"--thresholds") {
            a.thresholds = v;
        } else if (flag == u"--tls") {
            a.certificate = v;
            a.key = args.at(i + 2);
        } else {
            *error = QStringLiteral("unknown option %1\n").arg(flag) + usageText;
            return false;
        }
        i += values;
    }
    return true;
}

int serve(WallboardServer& server, bool printToken)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, stopPipe) != 0) {
        err() << "voicepay-sim wallboard: cannot set up signal handling\n";
        return 2;
    }
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QSocketNotifier stop(stopPipe[0], QSocketNotifier::Read);
    QObject::connect(&stop, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });
    QObject::connect(
        &server, &WallboardServer::refused, &server, [](const QString& peer, const QString& path) {
            err() << "refused " << peer << " " << path << " (no or wrong token)\n";
            err().flush();
        });
    out() << "wallboard on " << server.pageUrl(printToken).toString() << "\n";
    if (!printToken) {
        out() << "open it with ?token= and the token of the token file\n";
    }
    out().flush();
    QCoreApplication::exec();
    out() << "stopped; " << server.refusedCount() << " request(s) refused\n";
    out().flush();
    ::close(stopPipe[0]);
    ::close(stopPipe[1]);
    return 0;
}

// voicepay-sim wallboard [--listen HOST:PORT] [--db URL] [--site SITE] [--token-file FILE] [--tls CERT KEY]
int runWallboard(const QStringList& args)
{
    WallboardArgs a;
    QString error;
    if (!parseArgs(args, a, &error)) {
        return usageError(error);
    }
    const qsizetype colon = a.listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? a.listen.mid(colon + 1).toUInt(&portOk) : 0;
    const QHostAddress address(
        colon > 0 ? a.listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')) : QString());
    if (!portOk || port > 65535 || address.isNull()) {
        return usageError(QStringLiteral("--listen needs an IP address and a port, e.g. 127.0.0.1:8090"));
    }
    StoreUrl url = StoreUrl::defaultUrl();
    if (!a.db.isEmpty()) {
        const auto parsed = StoreUrl::parse(a.db, &error);
        if (!parsed) {
            return usageError(QStringLiteral("--db: ") + error);
        }
        url = *parsed;
    }
    WallboardOptions options;
    options.site = a.site;
    if (!a.thresholds.isEmpty()) {
        const auto t = KpiThresholds::load(a.thresholds, &error);
        if (!t) {
            return usageError(QStringLiteral("--thresholds: ") + error);
        }
        options.thresholds = *t;
    }
    if (!a.tokenFile.isEmpty()) {
        const auto token = WallboardAccess::readTokenFile(a.tokenFile, &error);
        if (!token) {
            return usageError(QStringLiteral("--token-file: ") + error);
        }
        options.token = *token;
    } else {
        options.token = WallboardAccess::generateToken();
    }
    LiveKpiFeed feed;
    feed.setFilter(KpiFilter { a.site, QString() });
    feed.start(url);
    WallboardServer server(&feed, options);
    if (server.listen(address, quint16(port), a.certificate, a.key, &error) == 0) {
        err() << "voicepay-sim wallboard: " << error << "\n";
        err().flush();
        return 2;
    }
    return serve(server, a.tokenFile.isEmpty());
}

} // namespace

int wallboardCommand(const QStringList& args)
{
    return runWallboard(args);
}

} // namespace voicepay::sim
