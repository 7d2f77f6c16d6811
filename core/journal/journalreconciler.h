#pragma once

#include "paymentjournal.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace voicepay {

class AuditLog;

class PaymentGateway;

// One journal row reconciliation settled.
struct ReconcileChange
{
    QString invoice;
    QString sessionId;
    QString before; // the journal state before: submitted or unknown
    QString after; // the journal state after: reconciled, or unknown (a submitted charge held for review)
    QString transactionId;
    QString resolution; // charged, declined, not_charged; empty while still open
    QString sessionBefore; // the session's outcome ("" when it was not stored)
    QString sessionAfter;

    // {"invoice", "sessionId", "before", "after", "transactionId", "resolution", "sessionBefore",
    // "sessionAfter"}
    QJsonObject toJson() const;
};

struct ReconcileOptions
{
    QString merchantLogin; // only rows charged with this login (empty: every row)
    // A charge the gateway does not know is taken as never made only once its row is this old: past the
    // duplicate window (nothing can be sent again under it) and the gateway's processing time.
    qint64 notFoundAfterMs = 180000;
    // Rows touched more recently belong to a call that may still be running (in this or another process).
    qint64 quietMs = 5000;
    std::function<qint64()> nowMs; // the system clock when empty
    QString actor = QStringLiteral("reconciliation");
    // The store's keyed audit trail (the key comes from the platform's keychain); every change is recorded
    // there. Null: the changes are made and each is reported as a problem, not audited.
    AuditLog* audit = nullptr;
    int limit = 1000;
};

struct ReconcileReport
{
    QList<ReconcileChange> changes;
    int stillOpen = 0; // submitted or unknown rows left for a later run
    QStringList problems; // free of card data
};

// Settles every `submitted` and `unknown` row of the journal against the gateway (PaymentGateway::lookUp):
// approved charges make their session `success` (stored from the row when the call's process died), every
// change is written to the audit trail, and the row becomes `reconciled`. The one entry point for the
// console and every command that opens a store. Blocks, running a local event loop while the gateway answers.
// On a thread asked to stop (QThread::requestInterruption() and quit()), the look-up in flight is abandoned
// and the rows left stay open for the next run.
ReconcileReport reconcileJournal(
    PaymentJournal& journal, PaymentGateway& gateway, const ReconcileOptions& options = {});

} // namespace voicepay
