#include "runsetup.h"
#include "sandboxhttpserver.h"
#include "simcommands.h"

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
} // namespace

// voicepay-sim gateway --listen 127.0.0.1:PORT [--merchant LOGIN:KEY] [--tls CERT KEY] [--faults SPEC]
int gatewayCommand(const QStringList& args)
{
    QString listen;
    QString merchant;
    QString certificate;
    QString key;
    QString faults;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto next = [&](QString& target) {
            if (i + 1 >= args.size()) {
                return false;
            }
            target = args.at(++i);
            return true;
        };
        bool ok = false;
        if (a == u"--listen") {
            ok = next(listen);
        } else if (a == u"--merchant") {
            ok = next(merchant);
        } else if (a == u"--faults") {
            ok = next(faults);
        } else if (a == u"--tls") {
            ok = next(certificate) && next(key);
        }
        if (!ok) {
            return usageError(
                QStringLiteral("usage: voicepay-sim gateway --listen HOST:PORT [--merchant LOGIN:KEY] "
                               "[--tls CERT KEY] [--faults SPEC]"));
        }
    }
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
    const QHostAddress address(
        colon > 0 ? listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')) : QString());
    if (!portOk || port > 65535 || address.isNull()) {
        return usageError(QStringLiteral(
            "--listen needs an IP address and a port, e.g. 127.0.0.1:8089 (port 0 picks one)"));
    }
    MerchantCredentials accepted;
    if (!merchant.isEmpty()) {
        const qsizetype sep = merchant.indexOf(QLatin1Char(':'));
        if (sep <= 0 || sep == merchant.size() - 1) {
            return usageError(QStringLiteral("--merchant needs LOGIN:KEY"));
        }
        accepted = { merchant.left(sep), merchant.mid(sep + 1) };
    }
    QString error;
    const auto spec = SandboxFaultSpec::parse(faults, &error);
    if (!spec) {
        return usageError(QStringLiteral("--faults: ") + error);
    }

    SandboxHttpServer server(accepted, *spec);
    if (server.listen(address, quint16(port), certificate, key, &error) == 0) {
        err() << "voicepay-sim gateway: " << error << "\n";
        err().flush();
        return 2;
    }
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, stopPipe) != 0) {
        err() << "voicepay-sim gateway: cannot set up signal handling\n";
        return 2;
    }
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QSocketNotifier stop(stopPipe[0], QSocketNotifier::Read);
    QObject::connect(&stop, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });
    QObject::connect(&server, &SandboxHttpServer::requestHandled, &server, [](const QString& line) {
        err() << line << "\n";
        err().flush();
    });

    out() << "listening on " << server.endpoint().toString() << "\n";
    out() << "merchant: "
          << (accepted.login.isEmpty() ? QStringLiteral("any credentials accepted") : accepted.login) << "\n";
    out() << "faults: " << spec->toString() << "\n";
    out().flush();
    QCoreApplication::exec();

    const AnetSandboxProtocol& p = server.protocol();
    out() << "stopped after " << p.requestCount() << " request(s); " << p.chargeCount()
          << " charge(s) in the ledger of " << p.ledger().size() << " transaction(s)\n";
    out().flush();
    ::close(stopPipe[0]);
    ::close(stopPipe[1]);
    return 0;
}

} // namespace voicepay::sim
