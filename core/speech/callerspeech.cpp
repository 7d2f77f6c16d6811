#include "callerspeech.h"

#include "flow/paymentflow.h"

namespace voicepay {

std::optional<FlowActions> CallerSpeech::deliver(
    PaymentFlow& flow, const ScenarioInput& input, qint64& nowMs, int utteranceMs, QString* error)
{
    const CollectSpec spec = flow.currentCollect();
    if (!spec.acceptVoice) {
        nowMs += utteranceMs;
        return flow.say(QString(), nowMs);
    }
    Recognition heard = hear(input, spec, flow.config());
    switch (heard.status) {
    case Recognition::Status::Failed:
        if (error) {
            *error = heard.error;
        }
        return std::nullopt;
    case Recognition::Status::NoInput:
        nowMs += std::max<qint64>(heard.speechEndMs, spec.noInputTimeoutMs);
        return flow.timeout(nowMs);
    case Recognition::Status::NoMatch:
        nowMs += heard.speechEndMs;
        return flow.say(QString(), nowMs);
    case Recognition::Status::Match:
        break;
    }
    nowMs += heard.speechEndMs;
    FlowActions actions = flow.say(heard.utterance, nowMs);
    heard.wipe();
    return actions;
}

} // namespace voicepay
