#include "sqlitestatement.h"

#include "textblocks.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace voicepay {

SqliteStatement::~SqliteStatement()
{
    finalize();
}

void SqliteStatement::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

bool SqliteStatement::prepare(sqlite3* db, const QString& sql, QString* error)
{
    finalize();
    m_db = db;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(
            db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        finalize();
        return false;
    }
    m_texts.clear(); // nothing is bound in a statement just prepared
    m_texts.resize(sqlite3_bind_parameter_count(m_stmt) + 1);
    return true;
}

void SqliteStatement::bind(int index, qint64 value)
{
    m_texts[index].bound = false;
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, const QString& text)
{
    Text& slot = m_texts[index];
    if (slot.bound && slot.source.constData() == text.constData() && slot.source.size() == text.size()) {
        return; // the same text, still bound from the last row
    }
    QByteArray& utf8 = slot.utf8;
    // Nearly every value is ASCII (ids, names, masked details): it is narrowed into the buffer this parameter
    // kept from its last row, with no allocation; anything else goes through the UTF-8 encoder.
    const qsizetype n = text.size();
    // constData(), not utf16(): utf16() copies a string of static data (QStringLiteral) to the heap.
    const char16_t* in = reinterpret_cast<const char16_t*>(text.constData());
    utf8.resize(n);
    char* out = utf8.data();
    // Narrowed sixteen units at a time while they are ASCII, the rest one by one.
    qsizetype i = 0;
    for (; i + textblocks::kUnits <= n && textblocks::ascii(in + i); i += textblocks::kUnits) {
        textblocks::narrowAscii(in + i, out + i);
    }
    for (; i < n && in[i] < 0x80; ++i) {
        out[i] = char(in[i]);
    }
    if (i < n) {
        utf8 = text.toUtf8();
    }
    // constData() of an empty array is "", never null: '' rather than NULL.
    slot.source = text;
    slot.bound
        = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC) == SQLITE_OK;
}

void SqliteStatement::bindBlob(int index, const QByteArray& bytes)
{
    m_texts[index].bound = false;
    sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

bool SqliteStatement::run(QString* error)
{
    int rc = sqlite3_step(m_stmt);
    while (rc == SQLITE_ROW) {
        rc = sqlite3_step(m_stmt);
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        for (Text& t : m_texts) {
            t.bound = false;
        }
        return false;
    }
    sqlite3_reset(m_stmt);
    return true;
}

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace voicepay
