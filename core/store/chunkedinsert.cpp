#include "chunkedinsert.h"

#include <QSqlError>

namespace voicepay {

ChunkedInsert::ChunkedInsert(QString head, int columns, QString tail, int chunkRows)
    : m_head(std::move(head))
    , m_columns(columns)
    , m_tail(std::move(tail))
    , m_chunkRows(chunkRows)
{
}

QString ChunkedInsert::sql(int rows) const
{
    QString one = QStringLiteral("(?");
    for (int c = 1; c < m_columns; ++c) {
        one += QStringLiteral(", ?");
    }
    one += QLatin1Char(')');
    QString out = m_head + QStringLiteral(" VALUES ");
    out.reserve(out.size() + rows * (one.size() + 2) + m_tail.size() + 1);
    for (int r = 0; r < rows; ++r) {
        if (r > 0) {
            out += QStringLiteral(", ");
        }
        out += one;
    }
    if (!m_tail.isEmpty()) {
        out += QLatin1Char(' ') + m_tail;
    }
    return out;
}

bool ChunkedInsert::run(QSqlDatabase&, QSqlQuery& q, QString* error, const RowHandler& returned)
{
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        q.bindValue(int(i), m_values.at(i));
    }
    if (!q.exec()) {
        *error = q.lastError().text().trimmed();
        return false;
    }
    if (returned) {
        while (q.next()) {
            returned(q);
        }
    }
    q.finish();
    m_values.clear();
    return true;
}

bool ChunkedInsert::add(QSqlDatabase& db, const QVariantList& row, QString* error, const RowHandler& returned)
{
    m_values << row;
    if (m_values.size() < qsizetype(m_chunkRows) * m_columns) {
        return true;
    }
    if (!m_full) {
        QSqlQuery q(db);
        if (!q.prepare(sql(m_chunkRows))) {
            *error = q.lastError().text().trimmed();
            m_values.clear();
            return false;
        }
        m_full = std::move(q);
    }
    if (!run(db, *m_full, error, returned)) {
        m_values.clear();
        return false;
    }
    return true;
}

bool ChunkedInsert::finish(QSqlDatabase& db, QString* error, const RowHandler& returned)
{
    if (m_values.isEmpty()) {
        return true;
    }
    QSqlQuery q(db);
    if (!q.prepare(sql(int(m_values.size() / m_columns)))) {
        *error = q.lastError().text().trimmed();
        m_values.clear();
        return false;
    }
    const bool ok = run(db, q, error, returned);
    m_values.clear();
    return ok;
}

void ChunkedInsert::reset()
{
    m_values.clear();
    m_full.reset();
}

} // namespace voicepay
