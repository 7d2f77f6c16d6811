#include "storeurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace voicepay {

namespace {
QString translated(const char* text)
{
    return QCoreApplication::translate("StoreUrl", text);
}
// ?sslmode=disable|allow|prefer|require|verify-ca|verify-full&sslrootcert=PATH, nothing else.
bool readTlsOptions(const QUrl& parsed, StoreUrl& url, QString* error)
{
    static const QStringList modes { QStringLiteral("disable"), QStringLiteral("allow"),
        QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-ca"),
        QStringLiteral("verify-full") };
    const QUrlQuery query(parsed);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode" && modes.contains(value)) {
            url.sslMode = value;
        } else if (key == u"sslrootcert" && !value.isEmpty() && !value.contains(QLatin1Char(';'))) {
            url.sslRootCert = value;
        } else {
            *error = translated(QT_TRANSLATE_NOOP("StoreUrl",
                "a PostgreSQL URL takes sslmode (disable, allow, prefer, require, verify-ca, verify-full) "
                "and "
                "sslrootcert (a CA file) only"));
            return false;
        }
    }
    return true;
}

} // namespace

std::optional<StoreUrl> StoreUrl::parse(const QString& text, QString* error)
{
    StoreUrl url;
    if (text.startsWith(u"sqlite:")) {
        url.backend = Backend::Sqlite;
        url.path = text.mid(7);
        if (url.path.startsWith(u"//")) {
            url.path = url.path.mid(2); // sqlite:///abs/path and sqlite://rel/path read as paths too
        }
        if (url.path.isEmpty()) {
            *error = translated(
                QT_TRANSLATE_NOOP("StoreUrl", "\"%1\": the SQLite URL names no file (sqlite:PATH)"))
                         .arg(text);
            return std::nullopt;
        }
        return url;
    }
    if (text.startsWith(u"postgresql://") || text.startsWith(u"postgres://")) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty()) {
            *error = translated(QT_TRANSLATE_NOOP("StoreUrl",
                                    "\"%1\" is not a PostgreSQL URL (postgresql://user@host:port/db)"))
                         .arg(text);
            return std::nullopt;
        }
        url.backend = Backend::Postgres;
        url.host = parsed.host();
        url.port = parsed.port(5432);
        url.user = parsed.userName();
        if (!parsed.password().isEmpty()) {
            *error = translated(QT_TRANSLATE_NOOP("StoreUrl",
                "a store URL holds no password (every user of the machine can read a command line): put it "
                "in "
                "a password file (~/.pgpass, or the file PGPASSFILE names, mode 0600)"));
            return std::nullopt;
        }
        url.password = qEnvironmentVariable("PGPASSWORD");
        if (!readTlsOptions(parsed, url, error)) {
            return std::nullopt;
        }
        url.database = parsed.path().mid(1);
        if (url.database.isEmpty() || url.database.contains(QLatin1Char('/'))) {
            *error = translated(
                QT_TRANSLATE_NOOP("StoreUrl",
                    "\"%1\": the PostgreSQL URL names no database (postgresql://user@host:port/db)"))
                         .arg(url.displayString());
            return std::nullopt;
        }
        if (url.user.isEmpty()) {
            url.user = qEnvironmentVariable("PGUSER", QStringLiteral("postgres"));
        }
        return url;
    }
    *error = translated(
        QT_TRANSLATE_NOOP("StoreUrl", "\"%1\": a store URL is sqlite:PATH or postgresql://user@host:port/db"))
                 .arg(text);
    return std::nullopt;
}

StoreUrl StoreUrl::defaultUrl()
{
    StoreUrl url;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    url.path = QDir(dir.isEmpty() ? QDir::homePath() : dir).filePath(QStringLiteral("kpi.sqlite"));
    return url;
}

QString StoreUrl::displayString() const
{
    if (backend == Backend::Sqlite) {
        return QStringLiteral("sqlite:") + path;
    }
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace voicepay
