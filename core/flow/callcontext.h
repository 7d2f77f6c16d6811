#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace voicepay {

enum class CallType { Ivr, Conference };
QString callTypeName(CallType type);

// What the transferring IVR or the agent hands to the payment flow.
struct CallContext
{
    QString accountId; // mandatory
    QString amountDue; // mandatory, a decimal string in the configured currency
    QString merchantId;
    QString paymentReference;
    CallType callType = CallType::Ivr;
    bool identified = false;
    QString language; // empty: the configuration's language

    QJsonObject toJson() const;
    // Unknown keys and bad values are refused with the key's name.
    static std::optional<CallContext> fromJson(const QJsonObject& json, QString* error);
};

} // namespace voicepay
