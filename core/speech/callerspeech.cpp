#include "callerspeech.h"

#include "call/calldriver.h"
#include "flow/paymentflow.h"

#include <algorithm>

namespace voicepay {

bool CallerSpeech::deliver(CallDriver& driver, const ScenarioInput& input, QString* error)
{
    const qint64 nowMs = driver.nowMs();
    const CollectSpec spec = driver.flow().currentCollect();
    if (!spec.acceptVoice) {
        driver.say(QString(), nowMs);
        return true;
    }
    Recognition heard = hear(input, spec, driver.flow().config());
    return give(driver, heard, nowMs, error);
}

bool CallerSpeech::give(CallDriver& driver, Recognition& heard, qint64 nowMs, QString* error)
{
    const CollectSpec spec = driver.flow().currentCollect();
    switch (heard.status) {
    case Recognition::Status::Failed:
        if (error) {
            *error = heard.error;
        }
        return false;
    case Recognition::Status::NoInput:
        driver.timeout(nowMs + std::max<qint64>(heard.speechEndMs, spec.noInputTimeoutMs));
        return true;
    case Recognition::Status::NoMatch:
        driver.say(QString(), nowMs, heard.speechEndMs);
        return true;
    case Recognition::Status::Match:
        break;
    }
    driver.say(heard.utterance, nowMs, heard.speechEndMs);
    heard.wipe();
    return true;
}

} // namespace voicepay
