#include "agentprogress.h"

#include "flow/paymentflow.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace voicepay::sip {

namespace {

// "incomplete" while a card number is still too short for its brand, "valid" or "not_valid" once it could be
// whole, empty when there is no card to judge.
QString luhnVerdict(const PaymentFlow& flow, const BrandDetection& detection, bool cardStep, int keyed)
{
    if (cardStep && keyed > 0 && !(detection.brand && detection.brand->lengthAllowed(keyed))) {
        return QStringLiteral("incomplete");
    }
    if (detection.brand && (keyed > 0 || !cardStep)) {
        return flow.liveLuhnValid() ? QStringLiteral("valid") : QStringLiteral("not_valid");
    }
    return QString();
}

} // namespace

QByteArray progressJson(const PaymentFlow& flow, const QString& callId)
{
    const auto step = flow.currentStep();
    const bool cardStep = step && *step == Step::CardNumber;
    const int keyed = flow.isFinished() ? 0 : flow.keyedCount();
    QJsonObject o { { QStringLiteral("type"), QStringLiteral("progress") },
        { QStringLiteral("callId"), callId }, { QStringLiteral("keys"), keyed },
        { QStringLiteral("clamped"), flow.dtmfClamped() } };
    o.insert(QStringLiteral("state"),
        flow.isFinished()            ? QStringLiteral("ended")
            : flow.awaitingGateway() ? QStringLiteral("authorizing")
                                     : QStringLiteral("collecting"));
    if (step) {
        o.insert(QStringLiteral("step"), stepName(*step));
        o.insert(QStringLiteral("maxKeys"), qMax(keyed, flow.currentCollect().maxKeys));
        o.insert(QStringLiteral("sensitive"), flow.currentCollect().sensitive);
    }
    const BrandDetection detection = flow.liveBrand();
    if (detection.brand) {
        o.insert(QStringLiteral("brand"), detection.brand->id);
    }
    const QString luhn = luhnVerdict(flow, detection, cardStep, keyed);
    if (!luhn.isEmpty()) {
        o.insert(QStringLiteral("luhn"), luhn);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray outcomeJson(const QByteArray& resultJson, const QString& callId)
{
    QJsonObject o = QJsonDocument::fromJson(resultJson).object();
    o.insert(QStringLiteral("type"), QStringLiteral("outcome"));
    o.insert(QStringLiteral("callId"), callId);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace voicepay::sip
