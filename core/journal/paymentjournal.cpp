#include "paymentjournal.h"

#include "store/sessionrecord.h"
#include "store/sqltext.h"

#include <QSqlError>
#include <QSqlQuery>

namespace voicepay {

namespace {

constexpr const char* kColumns
    = "invoice, session_id, amount, currency, brand, last4, merchant_login, gateway, site, call_type, "
      "config_version, submitted_at, updated_at, state, transaction_id, resolution, detail";

JournalEntry fromQuery(const QSqlQuery& q)
{
    JournalEntry e;
    e.invoice = q.value(0).toString();
    e.sessionId = q.value(1).toString();
    e.amount = q.value(2).toString();
    e.currency = q.value(3).toString();
    e.brand = q.value(4).toString();
    e.last4 = q.value(5).toString();
    e.merchantLogin = q.value(6).toString();
    e.gateway = q.value(7).toString();
    e.site = q.value(8).toString();
    e.callType = q.value(9).toString();
    e.configVersion = q.value(10).toString();
    e.submittedAtMs = q.value(11).toLongLong();
    e.updatedAtMs = q.value(12).toLongLong();
    e.state = q.value(13).toString();
    e.transactionId = q.value(14).toString();
    e.resolution = q.value(15).toString();
    e.detail = q.value(16).toString();
    return e;
}

} // namespace

PaymentJournal::PaymentJournal(const StoreUrl& url)
    : m_connection(url, QStringLiteral("journal"))
{
}

bool PaymentJournal::open(QString* error)
{
    if (!m_connection.open(error)) {
        return false;
    }
    if (m_connection.url().backend == StoreUrl::Backend::Sqlite) {
        // A journal row must survive what the request may cause: sync every commit, not just the WAL.
        QSqlQuery q(m_connection.database());
        if (!q.exec(QStringLiteral("PRAGMA synchronous=FULL"))) {
            *error = q.lastError().text().trimmed();
            return false;
        }
    }
    return true;
}

QString PaymentJournal::scrub(const QString& text)
{
    return SessionRecord::scrub(text).left(500);
}

bool PaymentJournal::submitted(const JournalEntry& e, QString* error)
{
    QSqlQuery q(m_connection.database());
    q.prepare(
        QStringLiteral("INSERT INTO payment_journal (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?)")
            .arg(QLatin1String(kColumns)));
    const QVariantList values { sqlText(e.invoice), sqlText(e.sessionId), sqlText(e.amount),
        sqlText(e.currency), sqlText(e.brand), sqlText(e.last4.right(4)), sqlText(e.merchantLogin),
        sqlText(e.gateway), sqlText(e.site), sqlText(e.callType), sqlText(e.configVersion), e.submittedAtMs,
        e.submittedAtMs, JournalState::submitted(), sqlText(e.transactionId), sqlText(QString()),
        sqlText(scrub(e.detail)) };
    for (int i = 0; i < values.size(); ++i) {
        q.bindValue(i, values.at(i));
    }
    // Outside an explicit transaction each statement commits on its own: the row is durable on return.
    if (!q.exec()) {
        *error = q.lastError().text().trimmed();
        return false;
    }
    return true;
}

bool PaymentJournal::update(const QString& invoice, const QString& state, const QString& transactionId,
    const QString& resolution, const QString& detail, qint64 atMs, QString* error)
{
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral("UPDATE payment_journal SET state = ?, updated_at = ?, detail = ?, "
                             "transaction_id = CASE WHEN ? = '' THEN transaction_id ELSE ? END, "
                             "resolution = CASE WHEN ? = '' THEN resolution ELSE ? END WHERE invoice = ?"));
    const QVariant id = sqlText(transactionId);
    const QVariant how = sqlText(resolution);
    const QVariantList values { state, atMs, sqlText(scrub(detail)), id, id, how, how, sqlText(invoice) };
    for (int i = 0; i < values.size(); ++i) {
        q.bindValue(i, values.at(i));
    }
    if (!q.exec()) {
        *error = q.lastError().text().trimmed();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        *error = QStringLiteral("the journal has no row for invoice %1").arg(invoice);
        return false;
    }
    return true;
}

std::optional<JournalEntry> PaymentJournal::entry(const QString& invoice) const
{
    QSqlQuery q(m_connection.database());
    q.prepare(
        QStringLiteral("SELECT %1 FROM payment_journal WHERE invoice = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(invoice);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    return fromQuery(q);
}

QList<JournalEntry> PaymentJournal::entries(const QStringList& states, int limit) const
{
    QList<JournalEntry> out;
    if (states.isEmpty()) {
        return out;
    }
    QStringList marks;
    for (qsizetype i = 0; i < states.size(); ++i) {
        marks << QStringLiteral("?");
    }
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM payment_journal WHERE state IN (%2) ORDER BY submitted_at, "
                             "invoice LIMIT ?")
                  .arg(QLatin1String(kColumns), marks.join(QLatin1Char(','))));
    for (const QString& s : states) {
        q.addBindValue(s);
    }
    q.addBindValue(limit);
    if (!q.exec()) {
        return out;
    }
    while (q.next()) {
        out << fromQuery(q);
    }
    return out;
}

QList<JournalEntry> PaymentJournal::approvedWithoutSession(qint64 updatedBeforeMs, int limit) const
{
    QList<JournalEntry> out;
    QSqlQuery q(m_connection.database());
    q.setForwardOnly(true);
    QString columns = QLatin1String(kColumns);
    columns.replace(QStringLiteral(", "), QStringLiteral(", j."));
    q.prepare(QStringLiteral(
        "SELECT j.%1 FROM payment_journal j LEFT JOIN sessions s ON s.session_id = j.session_id "
        "WHERE j.state = ? AND j.updated_at < ? AND s.session_id IS NULL "
        "ORDER BY j.submitted_at LIMIT ?")
                  .arg(columns));
    q.addBindValue(JournalState::approved());
    q.addBindValue(updatedBeforeMs);
    q.addBindValue(limit);
    if (!q.exec()) {
        return out;
    }
    while (q.next()) {
        out << fromQuery(q);
    }
    return out;
}

qint64 PaymentJournal::count(const QString& state) const
{
    QSqlQuery q(m_connection.database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM payment_journal WHERE state = ?"));
    q.addBindValue(state);
    if (!q.exec() || !q.next()) {
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace voicepay
