#pragma once

#include "sessionrecord.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantList>

namespace voicepay {

// The order of the session browser's pages. Each walks an index (schema 9); ties fall back on the start and
// the sequence number, so the order is total and a page's last row is a key the next page starts after.
enum class SessionSort { StartedAt, Duration, Outcome };

// A search of the stored sessions, one page at a time by key (never by offset, which would read every row
// before the page): the filters, the order, and `after`, the key of the last row of the page before (empty:
// the first page). Empty texts do not filter.
struct SessionQuery
{
    qint64 fromMs = 0; // sessions started in [fromMs, toMs)
    qint64 toMs = 0;
    QString site;
    QStringList outcomes; // any of them
    QString callType;
    QString configVersion;
    QString exit;
    QString brand;
    QString last4;
    QString sessionId;
    QString transactionId;
    QString paymentReference;
    QString step; // sessions whose path reached this flow step (the funnel's drill-down)
    bool unconfirmedOnly = false; // payment journal rows submitted or unknown
    bool includeTests = true; // the browser finds every stored call, the simulator's too
    SessionSort sort = SessionSort::StartedAt;
    bool descending = true;
    int pageSize = 50;
    QVariantList after;

    // Only the filters the rollups are keyed by (period, site, configuration version, call type, outcome,
    // exit, brand), minute-aligned: the count comes from the rollups instead of the sessions.
    bool countableFromRollups() const;
};

struct SessionPage
{
    QList<SessionRecord> sessions;
    QVariantList lastKey; // pass as SessionQuery::after for the next page
    bool more = false; // a next page has at least one row
};

// How many sessions match: exact, or (when counting would read too many sessions) at least `n`.
struct SessionCount
{
    qint64 n = 0;
    bool exact = true;
};

} // namespace voicepay

Q_DECLARE_METATYPE(voicepay::SessionQuery)
