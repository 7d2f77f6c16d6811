#pragma once

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace voicepay {

// One prepared statement of the SQLite C API, for the store's writer: QtSql's value binding (a QVariant per
// value, converted again by the driver) costs more than SQLite itself. Text is bound as UTF-8 kept here until
// the statement has run; bytes bound with bindBlob() must outlive run().
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool prepare(sqlite3* db, const QString& sql, QString* error);
    bool isPrepared() const { return m_stmt != nullptr; }
    void finalize();

    // Parameters count from 1, as in SQLite.
    void bind(int index, qint64 value);
    void bind(int index, const QString& text); // a null QString binds as '' (the columns are NOT NULL)
    void bindBlob(int index, const QByteArray& bytes);

    // Steps the statement to its end and resets it for the next row; false with SQLite's message on error.
    bool run(QString* error);

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    // By parameter index: the text last bound there, and its UTF-8. A row that binds the very same shared
    // text again (a site, a configuration version, an event kind, a step: the same QString data) leaves the
    // binding as it is, since reset() keeps bindings; holding the QString keeps its data alive and unchanged.
    struct Text
    {
        QString source;
        QByteArray utf8;
        bool bound = false;
    };
    QVarLengthArray<Text, 20> m_texts;
};

// The SQLite connection behind a QtSql connection of the QSQLITE driver (the driver's handle()); null for
// any other driver.
sqlite3* sqliteHandle(const QSqlDatabase& db);

} // namespace voicepay
