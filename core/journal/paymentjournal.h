#pragma once

#include "store/storeconnection.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace voicepay {

// One charge submission as the journal keeps it: brand and last four at most, never card data.
struct JournalEntry
{
    QString invoice;
    QString sessionId;
    QString amount; // decimal string
    QString currency;
    QString brand;
    QString last4;
    QString merchantLogin;
    QString gateway; // the gateway's name ("server http://127.0.0.1:8089/...")
    QString site;
    QString callType;
    QString configVersion;
    qint64 submittedAtMs = 0; // UTC milliseconds since the epoch
    qint64 updatedAtMs = 0;
    QString state; // see JournalState
    QString transactionId;
    QString resolution; // reconciled rows: charged, declined, not_charged
    QString detail; // free of card data
};

// The journal's states. submitted: written before the request leaves, no answer yet (or the process died);
// approved, declined, error: the call's answer; unknown: the call ended without knowing (or the charge is
// held for review); reconciled: a submitted or unknown row settled later against the gateway.
namespace JournalState {
inline QString submitted()
{
    return QStringLiteral("submitted");
}
inline QString approved()
{
    return QStringLiteral("approved");
}
inline QString declined()
{
    return QStringLiteral("declined");
}
inline QString error()
{
    return QStringLiteral("error");
}
inline QString unknown()
{
    return QStringLiteral("unknown");
}
inline QString reconciled()
{
    return QStringLiteral("reconciled");
}
inline QStringList open()
{
    return { submitted(), unknown() };
}
} // namespace JournalState

// The payment journal in the store's database (schema version 6), on its own connection for the thread that
// creates it. Every write is its own committed transaction; on SQLite the connection syncs each commit to
// disk (synchronous=FULL), so a row written before a request leaves survives a crash of the process and of
// the machine.
class PaymentJournal
{
public:
    explicit PaymentJournal(const StoreUrl& url);

    bool open(QString* error);
    bool isOpen() const { return m_connection.isOpen(); }
    StoreConnection& connection() { return m_connection; }

    // A new row in state `submitted`; fails on a repeated invoice (a submission is journalled once).
    bool submitted(const JournalEntry& entry, QString* error);
    // Moves a row to `state`; an empty transaction id or resolution keeps the one stored.
    bool update(const QString& invoice, const QString& state, const QString& transactionId,
        const QString& resolution, const QString& detail, qint64 atMs, QString* error);

    std::optional<JournalEntry> entry(const QString& invoice) const;
    // Rows in the given states, oldest first.
    QList<JournalEntry> entries(const QStringList& states, int limit = 10000) const;
    qint64 count(const QString& state) const;
    // Approved rows, untouched since `updatedBeforeMs`, whose session the store does not hold: the call's
    // process died before its session was committed.
    QList<JournalEntry> approvedWithoutSession(qint64 updatedBeforeMs, int limit = 10000) const;

    // Scrubs long digit runs from free text, so that a card number never reaches the journal.
    static QString scrub(const QString& text);

private:
    StoreConnection m_connection;
};

} // namespace voicepay
