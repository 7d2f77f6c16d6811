#pragma once

#include <QString>
#include <optional>

namespace voicepay {

// Where the KPI store lives: "sqlite:PATH" (the embedded default) or
// "postgresql://user@host:port/db[?sslmode=MODE&sslrootcert=CA.pem]". A password in the URL is refused (a
// command line is visible to every user of the machine): it comes from libpq's password file (~/.pgpass or
// PGPASSFILE) or PGPASSWORD. sslmode is libpq's, disable up to verify-full; sslrootcert the CA that signs the
// server's certificate.
struct StoreUrl
{
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString path; // SQLite file
    QString host; // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString sslMode; // empty: libpq's default (prefer)
    QString sslRootCert;

    static std::optional<StoreUrl> parse(const QString& text, QString* error);
    // The embedded SQLite file in the user's data folder (QStandardPaths::AppDataLocation).
    static StoreUrl defaultUrl();
    // The URL without the password, for messages and logs.
    QString displayString() const;
};

} // namespace voicepay
