#pragma once

#include "merchantcredentials.h"
#include "sandboxfaultspec.h"
#include "sandboxledger.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QString>
#include <optional>

namespace voicepay {

struct SandboxOutcome;

class AnetXmlNode;
class AnetXmlWriter;
class SensitiveDigits;

// What the HTTP layer does with one request.
struct SandboxReply
{
    int httpStatus = 200;
    QByteArray body;
    SandboxFault fault = SandboxFault::None; // Drop, Timeout and Late change how (and whether) `body` is sent
    int delayMs = 0; // latency before the reply (Late: when it is sent)
    int holdMs = 0; // Timeout: when the connection is closed
};

// The sandbox gateway's protocol, without any networking: request bytes in, reply bytes out, and a ledger.
// It speaks the same XML API as the client (createTransactionRequest, getTransactionDetailsRequest,
// getUnsettledTransactionListRequest, getSettledBatchListRequest, getTransactionListRequest; lists paged
// newest first), refuses other credentials with E00007, applies the engine's test-card
// outcomes (sandboxOutcomeFor), honours the duplicate window (a repeat answers responseCode 3, reason 11,
// with the original transId), answers a malformed request with the API's ErrorResponse, and picks the faults
// of its SandboxFaultSpec for charge requests from a seeded random sequence.
class AnetSandboxProtocol
{
public:
    static constexpr int defaultDuplicateWindowSeconds = 120;

    // An empty login accepts any non-empty credentials.
    explicit AnetSandboxProtocol(MerchantCredentials accepted = {}, SandboxFaultSpec faults = {},
        quint64 firstTransactionId = 60000000001ULL);

    SandboxReply handle(const QByteArray& request, const QDateTime& nowUtc);

    // For this process's own checks; clients read the ledger through the API, with the merchant's
    // credentials.
    const QList<SandboxLedgerEntry>& ledger() const { return m_ledger.entries(); }
    int chargeCount() const;
    int chargesFor(const QString& invoiceNumber) const;
    const QMap<QString, int>& faultCounts() const { return m_faultCounts; } // by sandboxFaultName
    int requestCount() const { return m_requests; }
    const SandboxFaultSpec& faults() const { return m_faults; }

private:
    QByteArray charge(const AnetXmlNode& root, const SensitiveDigits& card, const SensitiveDigits& code,
        const QDateTime& nowUtc);
    std::optional<QByteArray> refusal(const AnetXmlNode& root) const;
    std::optional<QByteArray> lookUp(const AnetXmlNode& root, const QDateTime& nowUtc) const;
    void applyFault(SandboxReply& reply) const;
    SandboxLedgerEntry recordCharge(SandboxLedgerEntry entry, const SandboxOutcome& outcome);
    SandboxFault pickFault();
    int pickLatency();

    MerchantCredentials m_accepted;
    SandboxFaultSpec m_faults;
    QRandomGenerator m_random;
    quint64 m_nextTransactionId;
    SandboxLedger m_ledger;
    QMap<QString, int> m_faultCounts;
    int m_requests = 0;
};

} // namespace voicepay
