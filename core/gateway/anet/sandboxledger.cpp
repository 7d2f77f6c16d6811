#include "sandboxledger.h"

#include "anetxmlnode.h"
#include "cards/cardmask.h"
#include "sandboxxml.h"

namespace voicepay {

using namespace sandboxxml;

namespace {

// paging/limit and paging/offset (a page number from 1), and the newest-first sorting of a list request.
struct PageRequest
{
    int size = 0; // 0: everything
    int page = 1;
    bool newestFirst = false;
};

PageRequest pageOf(const AnetXmlNode& root, int cap)
{
    PageRequest p;
    bool ok = false;
    const int limit = root.value(u"paging/limit").toInt(&ok);
    p.size = ok && limit > 0 ? limit : 0;
    if (cap > 0) {
        p.size = p.size > 0 ? std::min(p.size, cap) : cap;
    }
    const int offset = root.value(u"paging/offset").toInt(&ok);
    p.page = ok && offset > 0 ? offset : 1;
    p.newestFirst = root.value(u"sorting/orderDescending") == u"true";
    return p;
}

void writeSummary(AnetXmlWriter& xml, const SandboxLedgerEntry& e)
{
    xml.start("transaction");
    xml.element("transId", e.transactionId);
    xml.element("submitTimeUTC", timeUtc(e.submittedUtc));
    xml.element("submitTimeLocal", timeLocal(e.submittedUtc));
    xml.element("transactionStatus", e.status);
    if (!e.invoiceNumber.isEmpty()) {
        xml.element("invoiceNumber", e.invoiceNumber);
    }
    xml.element("accountType", e.accountType);
    xml.element("accountNumber", maskedAccountNumber(e.last4));
    xml.element("settleAmount", e.isCharge() ? e.amountText() : QStringLiteral("0.00"));
    xml.end("transaction");
}

} // namespace

QString SandboxLedgerEntry::amountText() const
{
    QString text = QStringLiteral("%1.%2").arg(amount4 / 10000).arg(amount4 % 10000, 4, 10, QLatin1Char('0'));
    // Two decimals at least, more only where the amount has them.
    while (text.endsWith(QLatin1Char('0')) && text.size() - text.indexOf(QLatin1Char('.')) > 3) {
        text.chop(1);
    }
    return text;
}

SandboxLedger::SandboxLedger(const SandboxFaultSpec& faults)
    : m_faults(faults)
    , m_random(faults.seed ^ 0x5eed1e55U)
{
}

void SandboxLedger::add(const SandboxLedgerEntry& entry)
{
    m_byId.insert(entry.transactionId, m_entries.size());
    if (!entry.invoiceNumber.isEmpty()) {
        m_byInvoice.insert(entry.invoiceNumber, m_entries.size());
    }
    m_entries << entry;
}

const SandboxLedgerEntry* SandboxLedger::latestFor(const QString& invoiceNumber) const
{
    const auto it = m_byInvoice.constFind(invoiceNumber);
    return it == m_byInvoice.constEnd() ? nullptr : &m_entries.at(it.value());
}

bool SandboxLedger::holdForReview()
{
    return m_faults.review > 0 && m_random.generateDouble() < m_faults.review;
}

void SandboxLedger::advance(const QDateTime& nowUtc)
{
    Batch batch;
    for (qsizetype i = m_unsettledFrom; i < m_entries.size(); ++i) {
        SandboxLedgerEntry& e = m_entries[i];
        if (e.status == u"FDSPendingReview" && e.submittedUtc.secsTo(nowUtc) >= m_faults.reviewSeconds) {
            // Three reviews in four end approved; the rest are voided.
            const bool approve = e.transactionId.right(2).toInt() % 4 != 0;
            e.status = approve ? QStringLiteral("capturedPendingSettlement") : QStringLiteral("voided");
            e.responseCode = approve ? QStringLiteral("1") : QStringLiteral("4");
            e.reasonText = approve ? QStringLiteral("This transaction has been approved.")
                                   : QStringLiteral("The transaction was voided after review.");
        }
        if (m_faults.settleSeconds <= 0 || !e.batchId.isEmpty() || e.status == u"FDSPendingReview"
            || e.submittedUtc.secsTo(nowUtc) < m_faults.settleSeconds) {
            continue;
        }
        if (batch.id.isEmpty()) {
            batch.id = QString::number(m_nextBatchId++);
            batch.settledUtc = nowUtc;
        }
        e.batchId = batch.id;
        if (e.status == u"capturedPendingSettlement") {
            e.status = QStringLiteral("settledSuccessfully");
        }
        batch.entries << i;
    }
    if (!batch.id.isEmpty()) {
        m_batches << batch;
    }
    while (m_unsettledFrom < m_entries.size() && !m_entries.at(m_unsettledFrom).batchId.isEmpty()) {
        ++m_unsettledFrom;
    }
}

bool SandboxLedger::visible(
    const SandboxLedgerEntry& e, const QString& merchant, const QDateTime& nowUtc) const
{
    return e.merchantLogin == merchant && e.submittedUtc.msecsTo(nowUtc) >= m_faults.processingMs;
}

QByteArray SandboxLedger::details(
    const AnetXmlNode& root, const QString& merchant, const QDateTime& nowUtc) const
{
    const QString refId = root.value(u"refId");
    const auto it = m_byId.constFind(root.value(u"transId"));
    if (it == m_byId.constEnd() || !visible(m_entries.at(it.value()), merchant, nowUtc)) {
        return errorResponse(refId, QStringLiteral("E00040"), QStringLiteral("The record cannot be found."));
    }
    const SandboxLedgerEntry& e = m_entries.at(it.value());
    AnetXmlWriter xml;
    writeStart(xml, "getTransactionDetailsResponse", refId);
    writeMessages(xml, true, QStringLiteral("I00001"), QStringLiteral("Successful."));
    xml.start("transaction");
    xml.element("transId", e.transactionId);
    xml.element("submitTimeUTC", timeUtc(e.submittedUtc));
    xml.element("submitTimeLocal", timeLocal(e.submittedUtc));
    xml.element("transactionType", QStringLiteral("authCaptureTransaction"));
    xml.element("transactionStatus", e.status);
    xml.element("responseCode", e.responseCode);
    xml.element("responseReasonCode", e.reasonCode);
    xml.element("responseReasonDescription", e.reasonText);
    if (!e.authCode.isEmpty()) {
        xml.element("authCode", e.authCode);
    }
    if (!e.batchId.isEmpty()) {
        xml.start("batch");
        xml.element("batchId", e.batchId);
        xml.element("settlementState", QStringLiteral("settledSuccessfully"));
        xml.end("batch");
    }
    if (!e.invoiceNumber.isEmpty()) {
        xml.start("order");
        xml.element("invoiceNumber", e.invoiceNumber);
        xml.end("order");
    }
    xml.element("authAmount", e.amountText());
    xml.element("settleAmount", e.isCharge() ? e.amountText() : QStringLiteral("0.00"));
    xml.start("payment");
    xml.start("creditCard");
    xml.element("cardNumber", maskedAccountNumber(e.last4));
    xml.element("expirationDate", QStringLiteral("XXXX"));
    xml.element("cardType", e.accountType);
    xml.end("creditCard");
    xml.end("payment");
    if (!e.customerId.isEmpty()) {
        xml.start("customer");
        xml.element("id", e.customerId);
        xml.end("customer");
    }
    xml.end("transaction");
    xml.end("getTransactionDetailsResponse");
    return xml.take();
}

QByteArray SandboxLedger::list(
    const AnetXmlNode& root, const char* response, const QList<const SandboxLedgerEntry*>& all) const
{
    const PageRequest p = pageOf(root, m_faults.pageSize);
    QList<const SandboxLedgerEntry*> ordered = all; // oldest first, as the ledger holds them
    if (p.newestFirst) {
        std::reverse(ordered.begin(), ordered.end());
    }
    const qsizetype from = p.size > 0 ? qsizetype(p.page - 1) * p.size : 0;
    const qsizetype to = p.size > 0 ? std::min<qsizetype>(ordered.size(), from + p.size) : ordered.size();
    // The writer's fixed reservation would not hold a long list; it carries no card data, so it is written in
    // parts of one transaction each.
    QByteArray out;
    AnetXmlWriter head;
    writeStart(head, response, root.value(u"refId"));
    writeMessages(head, true, QStringLiteral("I00001"), QStringLiteral("Successful."));
    out += head.take();
    if (from < to) {
        out += "<transactions>";
        for (qsizetype i = from; i < to; ++i) {
            AnetXmlWriter xml;
            writeSummary(xml, *ordered.at(i));
            out += xml.take();
        }
        out += "</transactions>";
    }
    out += "</" + QByteArray(response) + ">";
    return out;
}

QByteArray SandboxLedger::unsettled(
    const AnetXmlNode& root, const QString& merchant, const QDateTime& nowUtc) const
{
    QList<const SandboxLedgerEntry*> all;
    for (qsizetype i = m_unsettledFrom; i < m_entries.size(); ++i) {
        const SandboxLedgerEntry& e = m_entries.at(i);
        if (e.batchId.isEmpty() && visible(e, merchant, nowUtc)) {
            all << &e;
        }
    }
    return list(root, "getUnsettledTransactionListResponse", all);
}

QByteArray SandboxLedger::transactions(
    const AnetXmlNode& root, const QString& merchant, const QDateTime& nowUtc) const
{
    const QString id = root.value(u"batchId");
    const auto batch
        = std::find_if(m_batches.begin(), m_batches.end(), [&id](const Batch& b) { return b.id == id; });
    if (batch == m_batches.end()) {
        return errorResponse(
            root.value(u"refId"), QStringLiteral("E00040"), QStringLiteral("The record cannot be found."));
    }
    QList<const SandboxLedgerEntry*> all;
    for (qsizetype i : batch->entries) {
        if (visible(m_entries.at(i), merchant, nowUtc)) {
            all << &m_entries.at(i);
        }
    }
    return list(root, "getTransactionListResponse", all);
}

QByteArray SandboxLedger::batches(const AnetXmlNode& root, const QString& merchant) const
{
    const QDateTime first = QDateTime::fromString(root.value(u"firstSettlementDate"), Qt::ISODate);
    const QDateTime last = QDateTime::fromString(root.value(u"lastSettlementDate"), Qt::ISODate);
    AnetXmlWriter head;
    writeStart(head, "getSettledBatchListResponse", root.value(u"refId"));
    writeMessages(head, true, QStringLiteral("I00001"), QStringLiteral("Successful."));
    QByteArray out = head.take();
    QByteArray items;
    for (const Batch& b : m_batches) {
        const bool mine = std::any_of(b.entries.begin(), b.entries.end(),
            [&](qsizetype i) { return m_entries.at(i).merchantLogin == merchant; });
        if (!mine || (first.isValid() && b.settledUtc < first) || (last.isValid() && b.settledUtc > last)) {
            continue;
        }
        AnetXmlWriter xml;
        xml.start("batch");
        xml.element("batchId", b.id);
        xml.element("settlementTimeUTC", timeUtc(b.settledUtc));
        xml.element("settlementTimeLocal", timeLocal(b.settledUtc));
        xml.element("settlementState", QStringLiteral("settledSuccessfully"));
        xml.element("paymentMethod", QStringLiteral("creditCard"));
        xml.end("batch");
        items += xml.take();
    }
    if (!items.isEmpty()) {
        out += "<batchList>" + items + "</batchList>";
    }
    out += "</getSettledBatchListResponse>";
    return out;
}

} // namespace voicepay
