#include "ledgerreader.h"

#include "gateway/anet/anetrequestwriter.h"

using namespace voicepay;

namespace {

// Over the processing time: the clocks of the reader and of the gateway's ledger may differ a little.
constexpr qint64 kProcessingSlackMs = 200;

} // namespace

LedgerReader::LedgerReader(MerchantCredentials merchant, Ask ask, std::function<QDateTime()> nowUtc)
    : m_merchant(std::move(merchant))
    , m_ask(std::move(ask))
    , m_nowUtc(std::move(nowUtc))
{
}

qint64 LedgerReader::waitBeforeReadingMs(qint64 lastChargeMs, qint64 nowMs, qint64 processingMs)
{
    return std::max<qint64>(0, lastChargeMs + processingMs + kProcessingSlackMs - nowMs);
}

std::optional<QMap<QString, int>> LedgerReader::charges(QString* error)
{
    QMap<QString, int> out;
    QSet<QString> counted; // the transaction ids counted, each once
    if (!readList(QString(), out, counted, error)) {
        return std::nullopt;
    }
    const QDateTime now = m_nowUtc();
    const auto batches = m_ask(
        AnetRequestWriter::settledBatchList(m_merchant, now.addDays(-1), now.addDays(1), error), error);
    if (!batches) {
        return std::nullopt;
    }
    for (const QString& batch : batches->batchIds) {
        if (!readList(batch, out, counted, error)) {
            return std::nullopt;
        }
    }
    return out;
}

bool LedgerReader::readList(
    const QString& batch, QMap<QString, int>& out, QSet<QString>& counted, QString* error)
{
    for (int page = 1; page < 100000; ++page) {
        const QByteArray request = batch.isEmpty()
            ? AnetRequestWriter::unsettledTransactionList(m_merchant, page, 1000, error)
            : AnetRequestWriter::transactionList(m_merchant, batch, page, 1000, error);
        const auto reply = m_ask(request, error);
        if (!reply) {
            return false;
        }
        if (reply->transactions.isEmpty()) {
            return true;
        }
        for (const AnetTransactionSummary& t : reply->transactions) {
            // A charge that settles between two requests of the read is listed twice, under one id.
            const bool charge
                = t.status == u"capturedPendingSettlement" || t.status == u"settledSuccessfully";
            if (charge && !counted.contains(t.transactionId)) {
                counted.insert(t.transactionId);
                ++out[t.invoiceNumber];
            }
            seen[t.invoiceNumber] << t.transactionId + QLatin1Char(':') + t.status
                    + (batch.isEmpty() ? QString() : QLatin1Char('@') + batch);
        }
    }
    return true;
}
