#include "callresult.h"

#include <QJsonArray>

namespace voicepay {

QJsonArray stepsToJson(const QList<StepRecord>& steps)
{
    QJsonArray out;
    for (const StepRecord& s : steps) {
        out.append(QJsonObject { { QStringLiteral("step"), s.step },
            { QStringLiteral("prompts"), QJsonArray::fromStringList(s.prompts) } });
    }
    return out;
}

QJsonObject transferToJson(const TransferContext& transfer)
{
    return QJsonObject { { QStringLiteral("step"), transfer.step },
        { QStringLiteral("reason"), transfer.reason },
        { QStringLiteral("declineCodes"), QJsonArray::fromStringList(transfer.declineCodes) },
        { QStringLiteral("maskedCard"),
            transfer.maskedCard.isEmpty() ? QJsonValue() : QJsonValue(transfer.maskedCard) } };
}

QJsonObject CallResult::toJson() const
{
    auto orNull = [](const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonObject o {
        { QStringLiteral("sessionId"), sessionId },
        { QStringLiteral("outcome"), outcomeName(outcome) },
        { QStringLiteral("exit"), callExitName(exit) },
        { QStringLiteral("amount"), orNull(amount) },
        { QStringLiteral("currency"), currency },
        { QStringLiteral("cardBrand"), orNull(cardBrand) },
        { QStringLiteral("cardLast4"), orNull(cardLast4) },
        { QStringLiteral("attempts"), attempts },
        { QStringLiteral("declines"), declines },
        { QStringLiteral("declineReasons"), QJsonArray::fromStringList(declineReasons) },
        { QStringLiteral("transactionId"), orNull(transactionId) },
        { QStringLiteral("paymentReference"), orNull(paymentReference) },
        { QStringLiteral("durationMs"), durationMs },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("callType"), callTypeName(callType) },
        { QStringLiteral("configVersion"), configVersion },
        { QStringLiteral("lastStep"), orNull(lastStep) },
        { QStringLiteral("steps"), stepsToJson(steps) },
        { QStringLiteral("closingPrompts"), QJsonArray::fromStringList(closingPrompts) },
    };
    if (hasTransferContext) {
        o.insert(QStringLiteral("transferContext"), transferToJson(transfer));
    }
    return o;
}

} // namespace voicepay
