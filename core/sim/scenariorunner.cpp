#include "scenariorunner.h"

#include "call/calldriver.h"
#include "speech/callerspeech.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

namespace voicepay {

namespace {

QString compact(const QJsonValue& v)
{
    if (v.isString()) {
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    }
    if (v.isNull() || v.isUndefined()) {
        return QStringLiteral("null");
    }
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (v.isDouble()) {
        return QString::number(v.toDouble());
    }
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

// Values compare as JSON, except that a number in the expectation matches the same number as a string.
bool sameValue(const QJsonValue& expected, const QJsonValue& actual)
{
    if (expected.isDouble() && actual.isString()) {
        return QString::number(expected.toDouble()) == actual.toString();
    }
    return expected == actual;
}

QString compareSteps(const QJsonArray& expected, const QJsonArray& actual)
{
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject actualStep = i < actual.size() ? actual.at(i).toObject() : QJsonObject();
        const QString actualName = actualStep.value(QStringLiteral("step")).toString();
        if (i >= actual.size()) {
            return QStringLiteral("steps[%1]: expected %2, but the call asked only %3 step(s)")
                .arg(i)
                .arg(compact(expected.at(i)))
                .arg(actual.size());
        }
        if (expected.at(i).isString()) {
            if (expected.at(i).toString() != actualName) {
                return QStringLiteral("steps[%1]: expected %2, got \"%3\"")
                    .arg(i)
                    .arg(compact(expected.at(i)), actualName);
            }
            continue;
        }
        const QJsonObject e = expected.at(i).toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!sameValue(it.value(), actualStep.value(it.key()))) {
                return QStringLiteral("steps[%1].%2: expected %3, got %4")
                    .arg(i)
                    .arg(it.key(), compact(it.value()), compact(actualStep.value(it.key())));
            }
        }
    }
    if (actual.size() > expected.size()) {
        return QStringLiteral("steps[%1]: expected no more steps, got \"%2\"")
            .arg(expected.size())
            .arg(actual.at(expected.size()).toObject().value(QStringLiteral("step")).toString());
    }
    return QString();
}

} // namespace

QString ScenarioRunner::firstDifference(const QJsonObject& expect, const QJsonObject& result)
{
    // Outcome and exit first: they say the most about a failing call.
    QStringList keys = expect.keys();
    std::stable_sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) {
        auto rank = [](const QString& k) {
            return k == u"outcome" ? 0 : k == u"exit" ? 1 : k == u"steps" ? 3 : 2;
        };
        return rank(a) < rank(b);
    });
    for (const QString& key : std::as_const(keys)) {
        const QJsonValue expected = expect.value(key);
        const QJsonValue actual = result.value(key);
        if (key == u"steps") {
            const QString diff = compareSteps(expected.toArray(), actual.toArray());
            if (!diff.isEmpty()) {
                return diff;
            }
            continue;
        }
        if (expected.isObject() && actual.isObject()) {
            const QJsonObject e = expected.toObject();
            for (auto it = e.begin(); it != e.end(); ++it) {
                if (!sameValue(it.value(), actual.toObject().value(it.key()))) {
                    return QStringLiteral("%1.%2: expected %3, got %4")
                        .arg(key, it.key(), compact(it.value()), compact(actual.toObject().value(it.key())));
                }
            }
            continue;
        }
        if (!sameValue(expected, actual)) {
            return QStringLiteral("%1: expected %2, got %3").arg(key, compact(expected), compact(actual));
        }
    }
    return QString();
}

namespace {

// A network gateway answers from the event loop: wait for it there, its own time-outs bound the wait and the
// backstop only guards against one that never calls back. The time waited moves the call's clock.
void awaitGateway(CallDriver& driver, int backstopMs, QEventLoop*& waiting)
{
    while (driver.awaitingGateway()) {
        qint64 waitedMs = 0;
        if (!driver.hasGatewayReply()) {
            QEventLoop loop;
            waiting = &loop;
            QTimer::singleShot(backstopMs, &loop, &QEventLoop::quit);
            QElapsedTimer waited;
            waited.start();
            loop.exec();
            waitedMs = waited.elapsed();
            waiting = nullptr;
            if (!driver.hasGatewayReply()) {
                driver.giveUpOnGateway(
                    QStringLiteral("the gateway did not answer in time"), driver.nowMs() + waitedMs);
                continue;
            }
        }
        driver.deliverGatewayReply(driver.nowMs() + waitedMs);
    }
}

CallTiming simulatedTiming(const RunOptions& options)
{
    CallTiming timing;
    timing.keyToneMs = options.keyToneMs;
    timing.keyGapMs = options.keyGapMs;
    timing.utteranceMs = options.utteranceMs;
    timing.timeoutsTakeTheirTime = true;
    timing.promptMs = options.promptDurationMs;
    if (!timing.promptMs) {
        timing.promptMs = &CallTiming::estimatedPromptMs;
    }
    return timing;
}

// Spoken inputs go through the recogniser when there is one; an `audio:` input without one is an error.
bool feedSpoken(CallDriver& driver, const ScenarioInput& input, CallerSpeech* speech, QString* error)
{
    if (speech && speech->handles(input)) {
        return speech->deliver(driver, input, error);
    }
    if (input.kind == ScenarioInput::Kind::Audio) {
        *error = QStringLiteral("no recogniser for audio input");
        return false;
    }
    driver.feed(input, driver.nowMs());
    return true;
}

} // namespace

ScenarioRun ScenarioRunner::run(const Scenario& scenario, const RunOptions& options)
{
    ScenarioRun run;
    QString why;
    // Without overrides there is nothing to merge: the caller's configuration is checked itself, so that what
    // the check derives from it (its parsed limits) is computed once and shared by every call's copy.
    const bool plain = scenario.configOverrides.isEmpty();
    if (plain && !options.config.validate(&why)) {
        run.error = QStringLiteral("config.") + why;
        return run;
    }
    CallSetup setup { options.config, {}, {}, {}, {}, {} };
    if (!plain && !ConfigReader::apply(scenario.configOverrides, setup.config, &why)) {
        run.error = QStringLiteral("config.") + why;
        return run;
    }
    setup.context = scenario.call;
    setup.date = scenario.date.isValid() ? scenario.date
        : options.date.isValid()         ? options.date
                                         : QDate::currentDate();
    setup.sessionId = options.sessionId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                  : options.sessionId;
    setup.serviceUnavailable = options.serviceUnavailable;
    if (scenario.configOverrides.isEmpty()) {
        setup.configVersion = options.configVersion;
    }
    const GatewaySettings& gateway = setup.config.gateway;
    const int backstopMs = gateway.connectTimeoutMs + 2 * gateway.transferTimeoutMs + 5000;

    CallDriver driver(setup, options.gateway, simulatedTiming(options));
    for (CallObserver* o : options.observers) {
        driver.addObserver(o);
    }
    QEventLoop* waiting = nullptr;
    driver.setGatewayReplyHandler([&waiting] {
        if (waiting) {
            waiting->quit();
        }
    });
    driver.start(options.startMs);
    awaitGateway(driver, backstopMs, waiting);
    qsizetype nextInput = 0;
    for (int guard = 0; !driver.isEnded() && guard < 10000; ++guard) {
        if (!driver.isCollecting()) {
            break; // only a gateway that never answered can leave the call waiting here
        }
        if (nextInput < scenario.inputs.size()) {
            const ScenarioInput& input = scenario.inputs.at(nextInput++);
            if (!feedSpoken(driver, input, options.speech, &run.error)) {
                run.error = QStringLiteral("inputs[%1]: %2").arg(nextInput - 1).arg(run.error);
                driver.hangUp(driver.nowMs());
            }
        } else {
            driver.hangUp(driver.nowMs());
        }
        awaitGateway(driver, backstopMs, waiting);
    }
    driver.abandon(driver.nowMs());
    const FinishedCall& call = *driver.finished();
    run.ok = run.error.isEmpty();
    run.result = call.result;
    run.events = call.events;
    run.transitions = call.transitions;
    run.promptIds = call.promptIds;
    run.endMs = call.endMs;
    return run;
}

} // namespace voicepay
