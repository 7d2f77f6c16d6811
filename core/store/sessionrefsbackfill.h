#pragma once

#include "storebackend.h"

#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace voicepay {

// Schema 11: session_refs (schema 9) for the sessions stored before it, so that the session browser finds
// them by transaction id and payment reference too. They are read from what those sessions kept: the replay
// (schema 4 on; JSON text before schema 7, compressed since) and, for sessions older than replays, a
// transaction id the gateway_approved event holds in full (event details have every run of 7 or more digits
// masked, so most of those are gone; payment references were never stored before schema 4).
//
// The migration only records the range of sequence numbers to look at (refs_backfill: next_seq, end_seq), so
// that opening a store stays instant; the store's writer thread then works through the range in batches, each
// one transaction that inserts the refs (many rows a statement) and moves next_seq on. Inserts skip refs
// already there, so a batch run twice, by two processes or after a crash, adds nothing.
class SessionRefsBackfill
{
public:
    struct Batch
    {
        qint64 sessions = 0; // sequence numbers looked at
        qint64 refs = 0; // refs found (some may have been there already)
        qint64 damaged = 0; // replays that could not be read: skipped
        bool done = false; // nothing left after this batch
    };

    // The statements of schema 11.
    static QStringList migration();

    // Looks at the next `batchRows` sequence numbers in one transaction; nothing (and the error) when the
    // database refused, in which case the range stays as it was.
    static std::optional<Batch> runBatch(
        QSqlDatabase& db, const StoreBackend& backend, int batchRows, QString* error);

    // Sequence numbers not yet looked at (0: done, or nothing to do).
    static qint64 remaining(QSqlDatabase& db);
};

} // namespace voicepay
