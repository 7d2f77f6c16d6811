#include "credentialstore.h"
#include "runsetup.h"
#include "sandboxhttpserver.h"
#include "secure/secretinput.h"
#include "simcommands.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <csignal>
#include <optional>
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
QString usage()
{
    return QStringLiteral(
        "usage: voicepay-sim gateway --merchant LOGIN [--listen [HOST:]PORT] [--tls CERT KEY] "
        "[--faults SPEC]   (the key from the system keychain, else standard input)");
}

// The merchant's key never stands in the command line (every user sees it in `ps`): it comes from the system
// keychain (`voicepay-sim credentials set --login LOGIN`), else from the first line of standard input.
std::optional<MerchantCredentials> merchantFor(const QString& login, QString* error)
{
    if (login.isEmpty() || login.contains(QLatin1Char(':'))) {
        *error = QStringLiteral("--merchant takes the login only; the key comes from the system keychain or "
                                "standard input, never from the command line");
        return std::nullopt;
    }
    bool notFound = false;
    QString why;
    if (const auto key = CredentialStore::readBlocking(login, &notFound, &why)) {
        return MerchantCredentials { login, *key };
    }
    const QString key = readSecretLine("transaction key: ").trimmed();
    if (key.isEmpty()) {
        *error = QStringLiteral(
            "no transaction key for %1: none in the system keychain (%2) and none on standard "
            "input")
                     .arg(login, why);
        return std::nullopt;
    }
    return MerchantCredentials { login, key };
}

// The address to listen on: loopback unless a host is named.
std::optional<std::pair<QHostAddress, quint16>> listenAddress(const QString& listen)
{
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    const QString host
        = colon >= 0 ? listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')) : QString();
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    const QHostAddress address = host.isEmpty() ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (!portOk || port > 65535 || address.isNull()) {
        return std::nullopt;
    }
    return std::make_pair(address, quint16(port));
}

struct GatewayArgs
{
    QString listen = QStringLiteral("127.0.0.1:8089");
    QString merchant;
    QString certificate;
    QString key;
    QString faults;
};

std::optional<GatewayArgs> parseGatewayArgs(const QStringList& args)
{
    GatewayArgs g;
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
            ok = next(g.listen);
        } else if (a == u"--merchant") {
            ok = next(g.merchant);
        } else if (a == u"--faults") {
            ok = next(g.faults);
        } else if (a == u"--tls") {
            ok = next(g.certificate) && next(g.key);
        }
        if (!ok) {
            return std::nullopt;
        }
    }
    return g;
}

// Serves until SIGINT or SIGTERM, then prints what the ledger holds.
int serve(SandboxHttpServer& server, const MerchantCredentials& accepted, const SandboxFaultSpec& spec)
{
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
    out() << "merchant: " << accepted.login << "\n";
    out() << "faults: " << spec.toString() << "\n";
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

} // namespace

// voicepay-sim gateway --merchant LOGIN [--listen [HOST:]PORT] [--tls CERT KEY] [--faults SPEC]
int gatewayCommand(const QStringList& args)
{
    const auto g = parseGatewayArgs(args);
    if (!g) {
        return usageError(usage());
    }
    const auto where = listenAddress(g->listen);
    if (!where) {
        return usageError(QStringLiteral("--listen needs a port, with an IP address to listen beyond "
                                         "loopback, e.g. 8089 or 127.0.0.1:8089 "
                                         "(port 0 picks one)"));
    }
    const auto [address, port] = *where;
    if (g->merchant.isEmpty()) {
        return usageError(
            QStringLiteral("--merchant LOGIN is required: the server accepts that merchant only\n")
            + usage());
    }
    QString error;
    const auto credentials = merchantFor(g->merchant, &error);
    if (!credentials) {
        return usageError(error);
    }
    const MerchantCredentials accepted = *credentials;
    const auto spec = SandboxFaultSpec::parse(g->faults, &error);
    if (!spec) {
        return usageError(QStringLiteral("--faults: ") + error);
    }

    SandboxHttpServer server(accepted, *spec);
    if (server.listen(address, quint16(port), g->certificate, g->key, &error) == 0) {
        err() << "voicepay-sim gateway: " << error << "\n";
        err().flush();
        return 2;
    }
    return serve(server, accepted, *spec);
}

} // namespace voicepay::sim
