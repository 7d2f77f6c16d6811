#pragma once

// The state of one exchange of AnetGateway, shared by its charge (anetgateway.cpp) and recovery
// (anetrecovery.cpp) halves. Private to the client.
#include "anetgateway.h"
#include "secure/securewipe.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QPointer>
#include <QStringList>
#include <QTimer>

namespace voicepay {

inline void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        secureWipe(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

struct AnetGateway::Submission
{
    QString invoice;
    Completion done;
    QByteArray body; // the charge request (card data): kept for the resend, wiped when the exchange is over
    QPointer<QNetworkReply> reply;
    QTimer timer;
    QElapsedTimer age; // since submission: the whole exchange has a budget
    QDateTime submittedUtc;
    Step step = Step::Charge;
    bool sent = false;
    bool timedOut = false;
    bool oversize = false;
    QByteArray received;
    int resends = 0;
    int failures = 0; // look-ups that could not be made
    QString why; // what left the charge's fate unknown
    QString transactionId; // known from a duplicate or a held reply
    int page = 1;
    qint64 seen = 0; // transactions listed so far in this list
    qsizetype firstPage = 0; // transactions on this list's first page
    bool lookUpOnly = false; // reconciliation: no charge of its own
    QStringList batches;
    qsizetype batch = 0;

    ~Submission() { wipe(body); }
};

} // namespace voicepay
