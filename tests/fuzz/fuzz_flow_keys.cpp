// The DTMF collection of every step: the first bytes choose the call and configuration, the rest are caller
// events (keys, time-outs, utterances, hang-up, gateway replies). The engine must never crash, never loop,
// and never put card digits into the result.
#include "flow/paymentflow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>

using namespace voicepay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2) {
        return 0;
    }
    FlowConfig config;
    const uint8_t flags = data[0];
    config.amountMode = (flags & 1) ? AmountMode::Fixed : AmountMode::Caller;
    config.inputMode = (flags & 2) ? InputMode::Dtmf : InputMode::Both;
    config.readbackLast4Only = (flags & 4) != 0;
    config.maxRetries = (flags >> 3) & 3;
    config.maxDeclines = 1 + ((flags >> 5) & 3);
    if (flags & 0x80) {
        config.noSecurityCodeBrands = { QStringLiteral("visa") };
    }
    CallContext context;
    context.accountId = QStringLiteral("10001");
    context.amountDue = QStringLiteral("125.50");
    context.identified = (data[1] & 1) != 0;
    context.callType = (data[1] & 2) ? CallType::Conference : CallType::Ivr;
    PaymentFlow flow(config, context, QDate(2026, 11, 25), QStringLiteral("fuzz-session"));
    qint64 now = 0;
    flow.start(now);
    static const char keys[] = "0123456789*#";
    for (size_t i = 2; i < size && !flow.isFinished(); ++i) {
        const uint8_t b = data[i];
        now += 100;
        if (flow.awaitingGateway()) {
            switch (b % 4) {
            case 0:
                flow.gatewayReplied(GatewayResult::approved(QStringLiteral("1")), now);
                break;
            case 1:
                flow.gatewayReplied(GatewayResult::declined(DeclineReason::InsufficientFunds), now);
                break;
            case 2:
                flow.gatewayReplied(GatewayResult::error(QStringLiteral("fault")), now);
                break;
            default:
                flow.hangUp(now);
                break;
            }
        } else if (b < 200) {
            flow.pressKey(QLatin1Char(keys[b % 12]), now);
        } else if (b < 235) {
            flow.timeout(now);
        } else if (b < 254) {
            static const char* const words[] = { "yes", "no", "four one one one", "full amount",
                "card number", "one two two eight", "double seven", "point", "" };
            flow.say(QString::fromLatin1(words[b % 9]), now);
        } else {
            flow.hangUp(now);
        }
    }
    flow.hangUp(now + 1);
    if (flow.awaitingGateway()) {
        flow.gatewayReplied(GatewayResult::declined(DeclineReason::Generic), now + 2);
    }
    if (!flow.isFinished()) {
        __builtin_trap(); // a hang-up always ends the call
    }
    QJsonObject result = flow.result().toJson();
    result.remove(QStringLiteral("configVersion")); // a hex digest, not card data
    result.remove(QStringLiteral("durationMs"));
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact);
    // A card number has at least 12 digits: no run that long may appear in the result.
    int run = 0;
    for (char c : json) {
        run = (c >= '0' && c <= '9') ? run + 1 : 0;
        if (run >= 12) {
            __builtin_trap();
        }
    }
    return 0;
}
