#pragma once

#include "gateway/anet/anetreply.h"
#include "gateway/anet/merchantcredentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <functional>
#include <optional>

// The gateway's ledger as an outside client reads it: through the API, with the merchant's credentials: the
// unsettled transactions and every settled batch's, page by page. Charges counted by invoice, each
// transaction once. The chaos test
// reads the sandbox server with it over HTTP; its unit test reads the in-process protocol on a test clock.
class LedgerReader
{
public:
    // Sends one request, returns the gateway's reply read (or null, saying why).
    using Ask = std::function<std::optional<voicepay::AnetReply>(const QByteArray& body, QString* error)>;

    LedgerReader(voicepay::MerchantCredentials merchant, Ask ask, std::function<QDateTime()> nowUtc);

    std::optional<QMap<QString, int>> charges(QString* error);

    // Every transaction listed, charge or not, by invoice ("id:status[@batch]"): named when a check fails.
    QMap<QString, QStringList> seen;

    // A gateway shows a charge in its lists only once it has processed it (the sandbox's `processing`): a
    // ledger read sooner than `processingMs` after the last moment a charge could be made misses the newest
    // charges, and their calls, told "approved", look paid without a charge. How long to wait at `nowMs`
    // before reading, when no charge can be made after `lastChargeMs`.
    static qint64 waitBeforeReadingMs(qint64 lastChargeMs, qint64 nowMs, qint64 processingMs);

private:
    bool readList(const QString& batch, QMap<QString, int>& out, QSet<QString>& counted, QString* error);

    voicepay::MerchantCredentials m_merchant;
    Ask m_ask;
    std::function<QDateTime()> m_nowUtc;
};
