#include "callresult.h"

#include <QJsonArray>

namespace voicepay {

QJsonObject CallResult::toJson() const
{
    QJsonArray stepArray;
    for (const StepRecord& s : steps) {
        stepArray.append(QJsonObject { { QStringLiteral("step"), s.step },
            { QStringLiteral("prompts"), QJsonArray::fromStringList(s.prompts) } });
    }
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
        { QStringLiteral("steps"), stepArray },
        { QStringLiteral("closingPrompts"), QJsonArray::fromStringList(closingPrompts) },
    };
    if (hasTransferContext) {
        o.insert(QStringLiteral("transferContext"),
            QJsonObject { { QStringLiteral("step"), transfer.step }, { QStringLiteral("reason"), transfer.reason },
                { QStringLiteral("declineCodes"), QJsonArray::fromStringList(transfer.declineCodes) },
                { QStringLiteral("maskedCard"), orNull(transfer.maskedCard) } });
    }
    return o;
}

} // namespace voicepay
