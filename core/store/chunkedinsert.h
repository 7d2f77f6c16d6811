#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <functional>
#include <optional>

namespace voicepay {

// An INSERT of many rows per statement ("VALUES (...), (...), ..."): a batch costs a few statements instead
// of one per row, which matters through QtSql (per-statement overhead) and over the network to PostgreSQL.
// The full-size statement is prepared once and reused; the last, shorter chunk is prepared on its own.
class ChunkedInsert
{
public:
    using RowHandler = std::function<void(const QSqlQuery&)>; // for each row a RETURNING clause gives back

    // `head`: "INSERT INTO t (a, b)"; `tail`: what follows the values ("ON CONFLICT ... RETURNING ...").
    ChunkedInsert(QString head, int columns, QString tail, int chunkRows);

    // Appends one row (exactly `columns` values); runs a full chunk when one is ready.
    bool add(QSqlDatabase& db, const QVariantList& row, QString* error, const RowHandler& returned = {});
    // Runs what is left.
    bool finish(QSqlDatabase& db, QString* error, const RowHandler& returned = {});
    // Forgets the prepared statement (after a lost connection or a rollback).
    void reset();

private:
    bool run(QSqlDatabase& db, QSqlQuery& q, QString* error, const RowHandler& returned);
    QString sql(int rows) const;

    QString m_head;
    int m_columns;
    QString m_tail;
    int m_chunkRows;
    QVariantList m_values;
    std::optional<QSqlQuery> m_full;
};

} // namespace voicepay
