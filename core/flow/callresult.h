#pragma once

#include "config/flowconfig.h"
#include "flow/callcontext.h"
#include "flow/step.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace voicepay {

struct StepRecord
{
    QString step;
    QStringList prompts; // texts played since the previous collection, ending with the step's own question
};

} // namespace voicepay

Q_DECLARE_TYPEINFO(voicepay::StepRecord, Q_RELOCATABLE_TYPE);

namespace voicepay {

// What an agent receives with a transfer.
struct TransferContext
{
    QString step; // the step reached
    QString reason;
    QStringList declineCodes;
    QString maskedCard; // brand and last four at most
};

// The result attached to the call. Never holds the full card number or the security code.
struct CallResult
{
    QString sessionId;
    Outcome outcome = Outcome::Hangup;
    CallExit exit = CallExit::Disconnect;
    QString amount; // decimal string
    QString currency;
    QString cardBrand;
    QString cardLast4;
    int attempts = 0; // gateway submissions
    int declines = 0;
    QStringList declineReasons;
    QString transactionId;
    QString paymentReference;
    qint64 durationMs = 0;
    QString reason;
    CallType callType = CallType::Ivr;
    QString configVersion;
    QString lastStep;
    QList<StepRecord> steps;
    QStringList closingPrompts;
    bool hasTransferContext = false;
    TransferContext transfer;

    QJsonObject toJson() const;
};

// The JSON forms of the result's parts, shared with the store's replay of a session.
QJsonArray stepsToJson(const QList<StepRecord>& steps);
QJsonObject transferToJson(const TransferContext& transfer);

} // namespace voicepay
