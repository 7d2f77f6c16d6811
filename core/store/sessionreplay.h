#pragma once

#include "flow/callresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace voicepay {

// What the session browser needs to replay a stored session beyond its events: the prompts each step played,
// the closing prompts and what an agent received with a transfer. Masked as the call result is (brand and
// last four at most), and scrubbed once more on the way in, so no card number can reach the store through it.
struct SessionReplay
{
    using Step = StepRecord;
    using Transfer = TransferContext;

    QList<Step> steps;
    QStringList closingPrompts;
    std::optional<Transfer> transfer;
    QString transactionId;
    QString paymentReference;

    bool isEmpty() const;
    static SessionReplay fromResult(const CallResult& result);

    // The stored form (compact JSON). fromJson() refuses a document that is not one, with the reason.
    QByteArray toJson() const;
    static std::optional<SessionReplay> fromJson(const QByteArray& json, QString* error);
    QJsonObject toJsonObject() const;
    static std::optional<SessionReplay> fromJsonObject(const QJsonObject& o, QString* error);

    // The database's form (schema 7): the compact JSON compressed with a preset dictionary, about 80 bytes
    // (replaycodec). fromStored() also reads the forms stored before: qCompress's and plain JSON text.
    QByteArray toStored() const;
    static std::optional<SessionReplay> fromStored(const QByteArray& body, QString* error);
};

} // namespace voicepay

Q_DECLARE_TYPEINFO(voicepay::SessionReplay, Q_RELOCATABLE_TYPE);
