#pragma once

#include <QString>
#include <optional>

namespace voicepay {

// Where the KPI store lives: "sqlite:PATH" (the embedded default) or
// "postgresql://user[:password]@host:port/db". A PostgreSQL password not in the URL comes from PGPASSWORD.
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

    static std::optional<StoreUrl> parse(const QString& text, QString* error);
    // The embedded SQLite file in the user's data folder (QStandardPaths::AppDataLocation).
    static StoreUrl defaultUrl();
    // The URL without the password, for messages and logs.
    QString displayString() const;
};

} // namespace voicepay
