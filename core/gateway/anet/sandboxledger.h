#pragma once

#include "sandboxfaultspec.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace voicepay {

class AnetXmlNode;

// One transaction the sandbox server has processed. It keeps the last four digits only: never the card
// number, never the security code.
struct SandboxLedgerEntry
{
    QString transactionId;
    QString invoiceNumber;
    qint64 amount4 = 0; // in ten-thousandths, the API's finest amount
    QString last4;
    QString accountType; // "Visa", ...
    QString customerId;
    QString merchantLogin; // whose transaction it is: only this merchant's look-ups see it
    // capturedPendingSettlement or settledSuccessfully (a charge), FDSPendingReview (held), voided, declined,
    // generalError
    QString status;
    QString responseCode;
    QString reasonCode;
    QString reasonText;
    QString authCode;
    QDateTime submittedUtc;
    QString batchId; // empty while unsettled

    bool isCharge() const
    {
        return status == u"capturedPendingSettlement" || status == u"settledSuccessfully";
    }
    QString amountText() const;
};

// The sandbox gateway's ledger as a real gateway keeps it: charges settle into batches (`settle`), reviews
// end approved or voided, a charge shows in look-ups only once processed (`processing`), and the lists answer
// in pages (`page`), newest first. Every look-up sees the asking merchant's transactions only.
class SandboxLedger
{
public:
    explicit SandboxLedger(const SandboxFaultSpec& faults);

    const QList<SandboxLedgerEntry>& entries() const { return m_entries; }
    void add(const SandboxLedgerEntry& entry);
    // The latest transaction for an invoice (the duplicate check), or null.
    const SandboxLedgerEntry* latestFor(const QString& invoiceNumber) const;
    // Decides, at charge time, whether an approvable charge is held for review.
    bool holdForReview();
    // Settles and ends reviews up to `nowUtc`.
    void advance(const QDateTime& nowUtc);

    QByteArray details(const AnetXmlNode& root, const QString& merchant, const QDateTime& nowUtc) const;
    QByteArray unsettled(const AnetXmlNode& root, const QString& merchant, const QDateTime& nowUtc) const;
    QByteArray batches(const AnetXmlNode& root, const QString& merchant) const;
    QByteArray transactions(const AnetXmlNode& root, const QString& merchant, const QDateTime& nowUtc) const;

private:
    struct Batch
    {
        QString id;
        QDateTime settledUtc;
        QList<qsizetype> entries;
    };
    bool visible(const SandboxLedgerEntry& e, const QString& merchant, const QDateTime& nowUtc) const;
    QByteArray list(
        const AnetXmlNode& root, const char* response, const QList<const SandboxLedgerEntry*>& all) const;

    SandboxFaultSpec m_faults;
    QList<SandboxLedgerEntry> m_entries;
    QList<Batch> m_batches;
    QRandomGenerator m_random;
    quint64 m_nextBatchId = 9000001;
    qsizetype m_unsettledFrom = 0; // every entry before it is in a batch
    QHash<QString, qsizetype> m_byId;
    QHash<QString, qsizetype> m_byInvoice;
};

} // namespace voicepay
