#include "anetsandboxprotocol.h"

#include "anetxmlparser.h"
#include "anetxmlwriter.h"
#include "cards/carddetector.h"
#include "cards/cardmask.h"
#include "cards/luhn.h"
#include "gateway/sandboxrules.h"
#include "sandboxxml.h"
#include "secure/sensitivedigits.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcSandboxServer, "voicepay.gateway.sandbox")

namespace voicepay {

namespace {

using namespace sandboxxml;

// The API's account type for a brand identifier.
QString accountTypeFor(const SensitiveDigits& card)
{
    static const QHash<QString, QString> types {
        { QStringLiteral("visa"), QStringLiteral("Visa") },
        { QStringLiteral("mastercard"), QStringLiteral("MasterCard") },
        { QStringLiteral("american-express"), QStringLiteral("AmericanExpress") },
        { QStringLiteral("discover"), QStringLiteral("Discover") },
        { QStringLiteral("diners-club"), QStringLiteral("DinersClub") },
        { QStringLiteral("jcb"), QStringLiteral("JCB") },
    };
    const BrandDetection d = CardDetector().detect(card.view());
    return d.brand ? types.value(d.brand->id, QStringLiteral("Other")) : QStringLiteral("Other");
}

// xs:decimal as the API takes amounts: up to four decimals.
std::optional<qint64> parseAmount4(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,12})(?:\\.([0-9]{0,4}))?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    QString fraction = m.captured(2);
    fraction = fraction.leftJustified(4, QLatin1Char('0'));
    return m.captured(1).toLongLong() * 10000 + fraction.toLongLong();
}

struct TransactionFields
{
    QString responseCode;
    QString authCode;
    QString transactionId;
    QString accountNumber;
    QString accountType;
    QString reasonCode;
    QString reasonText;
};

QByteArray transactionReply(const QString& refId, const TransactionFields& f)
{
    const bool approved = f.responseCode == u"1";
    AnetXmlWriter xml;
    writeStart(xml, "createTransactionResponse", refId);
    writeMessages(xml, approved, approved ? QStringLiteral("I00001") : QStringLiteral("E00027"),
        approved ? QStringLiteral("Successful.") : QStringLiteral("The transaction was unsuccessful."));
    xml.start("transactionResponse");
    xml.element("responseCode", f.responseCode);
    xml.element("authCode", f.authCode);
    xml.element("avsResultCode", QStringLiteral("P"));
    xml.element("cvvResultCode", f.reasonCode == u"65" ? QStringLiteral("N") : QStringLiteral("M"));
    xml.element("transId", f.transactionId.isEmpty() ? QStringLiteral("0") : f.transactionId);
    xml.element("testRequest", QStringLiteral("0"));
    if (!f.accountNumber.isEmpty()) {
        xml.element("accountNumber", f.accountNumber);
        xml.element("accountType", f.accountType);
    }
    if (approved) {
        xml.start("messages");
        xml.start("message");
        xml.element("code", f.reasonCode);
        xml.element("description", f.reasonText);
        xml.end("message");
        xml.end("messages");
    } else {
        xml.start("errors");
        xml.start("error");
        xml.element("errorCode", f.reasonCode);
        xml.element("errorText", f.reasonText);
        xml.end("error");
        xml.end("errors");
    }
    xml.end("transactionResponse");
    xml.end("createTransactionResponse");
    return xml.take();
}

} // namespace

AnetSandboxProtocol::AnetSandboxProtocol(
    MerchantCredentials accepted, SandboxFaultSpec faults, quint64 firstTransactionId)
    : m_accepted(std::move(accepted))
    , m_faults(faults)
    , m_random(faults.seed)
    , m_nextTransactionId(firstTransactionId)
    , m_ledger(faults)
{
}

int AnetSandboxProtocol::chargeCount() const
{
    const QList<SandboxLedgerEntry>& all = m_ledger.entries();
    return int(
        std::count_if(all.begin(), all.end(), [](const SandboxLedgerEntry& e) { return e.isCharge(); }));
}

int AnetSandboxProtocol::chargesFor(const QString& invoiceNumber) const
{
    const QList<SandboxLedgerEntry>& all = m_ledger.entries();
    return int(std::count_if(all.begin(), all.end(), [&invoiceNumber](const SandboxLedgerEntry& e) {
        return e.isCharge() && e.invoiceNumber == invoiceNumber;
    }));
}

SandboxFault AnetSandboxProtocol::pickFault()
{
    if (m_faults.total() <= 0) {
        return SandboxFault::None;
    }
    double roll = m_random.generateDouble();
    const std::pair<SandboxFault, double> table[]
        = { { SandboxFault::Drop, m_faults.drop }, { SandboxFault::Http500, m_faults.http500 },
              { SandboxFault::Timeout, m_faults.timeout }, { SandboxFault::Malformed, m_faults.malformed },
              { SandboxFault::Truncated, m_faults.truncated }, { SandboxFault::Late, m_faults.late } };
    for (const auto& [fault, share] : table) {
        if (roll < share) {
            return fault;
        }
        roll -= share;
    }
    return SandboxFault::None;
}

int AnetSandboxProtocol::pickLatency()
{
    if (m_faults.latencyMaxMs <= m_faults.latencyMinMs) {
        return m_faults.latencyMinMs;
    }
    return m_faults.latencyMinMs + int(m_random.bounded(m_faults.latencyMaxMs - m_faults.latencyMinMs + 1));
}

// A request the sandbox does not serve, or whose credentials it refuses: the error reply, else nothing.
std::optional<QByteArray> AnetSandboxProtocol::refusal(const AnetXmlNode& root) const
{
    const QString refId = root.value(u"refId");
    const bool known = root.name == u"createTransactionRequest"
        || root.name == u"getTransactionDetailsRequest" || root.name == u"getUnsettledTransactionListRequest"
        || root.name == u"getSettledBatchListRequest" || root.name == u"getTransactionListRequest";
    if (!known) {
        return errorResponse(refId, QStringLiteral("E00003"),
            QStringLiteral("The method %1 is not supported by the sandbox.").arg(root.name.left(60)));
    }
    const QString login = root.value(u"merchantAuthentication/name");
    const QString key = root.value(u"merchantAuthentication/transactionKey");
    const bool authorised = m_accepted.login.isEmpty()
        ? !login.isEmpty() && !key.isEmpty()
        : login == m_accepted.login && key == m_accepted.transactionKey;
    if (!authorised) {
        qCInfo(lcSandboxServer) << "credentials refused for login" << login.left(25);
        return errorResponse(refId, QStringLiteral("E00007"),
            QStringLiteral("User authentication failed due to invalid authentication values."));
    }
    return std::nullopt;
}

// The look-ups, which see the asking merchant's own transactions only; nothing for a charge.
std::optional<QByteArray> AnetSandboxProtocol::lookUp(const AnetXmlNode& root, const QDateTime& nowUtc) const
{
    const QString login = root.value(u"merchantAuthentication/name");
    if (root.name == u"getTransactionDetailsRequest") {
        return m_ledger.details(root, login, nowUtc);
    }
    if (root.name == u"getUnsettledTransactionListRequest") {
        return m_ledger.unsettled(root, login, nowUtc);
    }
    if (root.name == u"getSettledBatchListRequest") {
        return m_ledger.batches(root, login);
    }
    if (root.name == u"getTransactionListRequest") {
        return m_ledger.transactions(root, login, nowUtc);
    }
    return std::nullopt;
}

// What the fault picked for a charge does to its reply (an HTTP 500 has no charge behind it).
void AnetSandboxProtocol::applyFault(SandboxReply& reply) const
{
    switch (reply.fault) {
    case SandboxFault::Malformed:
        reply.body = QByteArrayLiteral(
            "<html><body><h1>Bad Gateway</h1>upstream processor unavailable</body></html>");
        break;
    case SandboxFault::Truncated:
        reply.body.truncate(reply.body.size() / 2);
        break;
    case SandboxFault::Timeout:
        reply.holdMs = m_faults.holdMs;
        break;
    case SandboxFault::Late:
        reply.delayMs += m_faults.lateAfterMs;
        break;
    case SandboxFault::None:
    case SandboxFault::Drop:
    case SandboxFault::Http500:
        break;
    }
}

SandboxReply AnetSandboxProtocol::handle(const QByteArray& request, const QDateTime& nowUtc)
{
    ++m_requests;
    SandboxReply reply;
    reply.delayMs = pickLatency();
    SensitiveDigits card;
    SensitiveDigits code;
    AnetXmlParser::Limits limits;
    limits.maxBytes = 256 * 1024;
    AnetXmlParser parser(limits);
    parser.divertDigits(QStringLiteral("cardNumber"), &card);
    parser.divertDigits(QStringLiteral("cardCode"), &code);
    QString why;
    const std::optional<AnetXmlNode> root = parser.parse(request, &why);
    if (!root) {
        qCInfo(lcSandboxServer) << "malformed request:" << why;
        reply.body = errorResponse(
            QString(), QStringLiteral("E00003"), QStringLiteral("The request is not valid: ") + why);
        return reply;
    }
    if (auto refused = refusal(*root)) {
        reply.body = *refused;
        return reply;
    }
    m_ledger.advance(nowUtc);
    if (auto found = lookUp(*root, nowUtc)) {
        reply.body = *found;
        return reply;
    }
    reply.fault = pickFault();
    if (reply.fault != SandboxFault::None) {
        ++m_faultCounts[sandboxFaultName(reply.fault)];
    }
    if (reply.fault == SandboxFault::Http500) {
        reply.httpStatus = 500;
        reply.body = QByteArrayLiteral("Internal Server Error\n");
        return reply;
    }
    reply.body = charge(*root, card, code, nowUtc);
    applyFault(reply);
    return reply;
}

namespace {
// The transactionSettings' duplicateWindow in seconds (the default without one); nothing when it is invalid.
std::optional<int> duplicateWindowOf(const AnetXmlNode& t)
{
    int window = AnetSandboxProtocol::defaultDuplicateWindowSeconds;
    if (const AnetXmlNode* settings = t.child(u"transactionSettings")) {
        for (const AnetXmlNode* s : settings->childrenNamed(u"setting")) {
            if (s->value(u"settingName") == u"duplicateWindow") {
                bool ok = false;
                const int w = s->value(u"settingValue").toInt(&ok);
                if (!ok || w < 0 || w > 28800) {
                    return std::nullopt;
                }
                window = w;
            }
        }
    }
    return window;
}

// The card's outcome in the sandbox; an approval of a card past its expiry month is declined as expired.
SandboxOutcome outcomeOf(
    const SensitiveDigits& card, const QRegularExpressionMatch& expiry, const QDate& today)
{
    SandboxOutcome outcome = sandboxOutcomeFor(card);
    if (outcome.status == GatewayResult::Status::Approved && expiry.hasMatch()) {
        const QDate lastDay
            = QDate(expiry.captured(1).toInt(), expiry.captured(2).toInt(), 1).addMonths(1).addDays(-1);
        if (lastDay < today) {
            outcome = { GatewayResult::Status::Declined, DeclineReason::ExpiredCard, QStringLiteral("8"),
                QStringLiteral("The credit card has expired.") };
        }
    }
    return outcome;
}

// The status and response code the ledger records for an outcome; an approval may be held for review.
void setStatus(
    SandboxLedgerEntry& entry, GatewayResult::Status status, quint64 id, bool holdForReview, bool reviewCard)
{
    switch (status) {
    case GatewayResult::Status::Approved:
        entry.authCode = QStringLiteral("A%1").arg(id % 100000, 5, 10, QLatin1Char('0'));
        if (holdForReview) {
            entry.status = QStringLiteral("FDSPendingReview");
            entry.responseCode = QStringLiteral("4");
            entry.reasonCode = QStringLiteral("252");
            entry.reasonText = QStringLiteral("Your order has been received. Thank you for your business!");
            break;
        }
        entry.status = QStringLiteral("capturedPendingSettlement");
        entry.responseCode = QStringLiteral("1");
        break;
    case GatewayResult::Status::Declined:
        entry.status = QStringLiteral("declined");
        entry.responseCode = QStringLiteral("2");
        break;
    case GatewayResult::Status::Error:
        if (reviewCard) {
            // The test-card table's review card: held as the `review` fault holds a charge, and settled the
            // same way when the review ends (approved or voided).
            entry.authCode = QStringLiteral("A%1").arg(id % 100000, 5, 10, QLatin1Char('0'));
            entry.status = QStringLiteral("FDSPendingReview");
            entry.responseCode = QStringLiteral("4");
            break;
        }
        entry.status = QStringLiteral("generalError");
        entry.responseCode = QStringLiteral("3");
        break;
    }
}
} // namespace

// Gives the charge its transaction id and the outcome's status, and enters it in the ledger.
SandboxLedgerEntry AnetSandboxProtocol::recordCharge(SandboxLedgerEntry entry, const SandboxOutcome& outcome)
{
    const quint64 id = m_nextTransactionId++;
    entry.transactionId = QString::number(id);
    entry.reasonCode = outcome.reasonCode;
    entry.reasonText = outcome.text;
    // Only an approval draws on the review fault's random sequence.
    const bool held = outcome.status == GatewayResult::Status::Approved && m_ledger.holdForReview();
    setStatus(entry, outcome.status, id, held, outcome.heldForReview);
    m_ledger.add(entry);
    qCInfo(lcSandboxServer).noquote()
        << "charge" << entry.transactionId << "invoice" << entry.invoiceNumber << "amount"
        << entry.amountText() << "card" << entry.accountType << entry.last4 << "->" << entry.status;
    return entry;
}

QByteArray AnetSandboxProtocol::charge(const AnetXmlNode& root, const SensitiveDigits& card,
    const SensitiveDigits& code, const QDateTime& nowUtc)
{
    const QString refId = root.value(u"refId");
    const AnetXmlNode* t = root.child(u"transactionRequest");
    if (!t) {
        return errorResponse(
            refId, QStringLiteral("E00003"), QStringLiteral("The element transactionRequest is missing."));
    }
    if (t->value(u"transactionType") != u"authCaptureTransaction") {
        return errorResponse(refId, QStringLiteral("E00003"),
            QStringLiteral("The sandbox takes authCaptureTransaction only."));
    }
    TransactionFields f;
    auto refuse = [&](const char* reason, const QString& text) {
        f.responseCode = QStringLiteral("3");
        f.reasonCode = QString::fromLatin1(reason);
        f.reasonText = text;
        return transactionReply(refId, f);
    };
    const std::optional<qint64> amount4 = parseAmount4(t->value(u"amount"));
    if (!amount4 || *amount4 <= 0) {
        return refuse("5", QStringLiteral("A valid amount is required."));
    }
    if (card.size() < 12 || card.size() > 16 || !luhnValid(card.view())) {
        return refuse("6", QStringLiteral("The credit card number is invalid."));
    }
    const QString expiry = t->value(u"payment/creditCard/expirationDate");
    static const QRegularExpression expiryRe(QStringLiteral("^([0-9]{4})-([0-9]{2})$"));
    const QRegularExpressionMatch em = expiryRe.match(expiry);
    if (expiry != u"XXXX" && (!em.hasMatch() || em.captured(2).toInt() < 1 || em.captured(2).toInt() > 12)) {
        return refuse("7", QStringLiteral("Credit card expiration date is invalid."));
    }
    if (!code.isEmpty() && (code.size() < 3 || code.size() > 4)) {
        return refuse("78", QStringLiteral("The Card Code (CVV2/CVC2/CID) is invalid."));
    }
    const QString last4 = card.lastFour();
    f.accountNumber = maskedAccountNumber(last4);
    f.accountType = accountTypeFor(card);
    const QString invoice = t->value(u"order/invoiceNumber");
    const std::optional<int> window = duplicateWindowOf(*t);
    if (!window) {
        return refuse("3", QStringLiteral("The duplicateWindow setting must be 0 to 28800 seconds."));
    }
    if (*window > 0 && !invoice.isEmpty()) {
        const SandboxLedgerEntry* e = m_ledger.latestFor(invoice);
        if (e && e->amount4 == *amount4 && e->last4 == last4 && e->submittedUtc.secsTo(nowUtc) < *window) {
            qCInfo(lcSandboxServer) << "duplicate of transaction" << e->transactionId << "invoice" << invoice;
            f.transactionId = e->transactionId;
            f.authCode = e->authCode;
            return refuse("11", QStringLiteral("A duplicate transaction has been submitted."));
        }
    }
    SandboxLedgerEntry entry;
    entry.invoiceNumber = invoice;
    entry.amount4 = *amount4;
    entry.last4 = last4;
    entry.accountType = f.accountType;
    entry.customerId = t->value(u"customer/id");
    entry.merchantLogin = root.value(u"merchantAuthentication/name");
    entry.submittedUtc = nowUtc;
    entry = recordCharge(entry, outcomeOf(card, em, nowUtc.date()));
    f.responseCode = entry.responseCode;
    f.authCode = entry.authCode;
    f.transactionId = entry.transactionId;
    f.reasonCode = entry.reasonCode;
    f.reasonText = entry.reasonText;
    return transactionReply(refId, f);
}

} // namespace voicepay
