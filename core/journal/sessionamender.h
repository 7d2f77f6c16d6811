#pragma once

#include "paymentjournal.h"

#include <QString>

namespace voicepay {

// What reconciliation learned about one journalled charge.
enum class ChargeResolution { Charged, Declined, NotCharged };
QString chargeResolutionName(ChargeResolution resolution); // charged, declined, not_charged

// Brings a stored session in line with what became of its charge, in one transaction with the rollups it
// moves: a charge found approved makes the session `success` (with an event naming the transaction); a
// review that ended in a void makes a `pending` session `declined_max`. A session that was never stored (its
// process died while authorising) is stored from the journal row. Idempotent: a session already in line is
// left alone.
class SessionAmender
{
public:
    explicit SessionAmender(StoreConnection& connection);

    // `before`/`after`: the session's outcome ("" when it was not stored before).
    bool amend(const JournalEntry& entry, ChargeResolution resolution, const QString& transactionId,
        qint64 nowMs, QString* before, QString* after, QString* error);

private:
    bool store(const JournalEntry& entry, ChargeResolution resolution, const QString& transactionId,
        qint64 nowMs, QString* after, QString* error);

    StoreConnection& m_connection;
};

} // namespace voicepay
