#include "scenariorunner.h"

#include "flow/paymentflow.h"
#include "gateway/paymentgateway.h"
#include "gateway/sandboxgateway.h"
#include "speech/callerspeech.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>
#include <memory>

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

qint64 ScenarioRunner::estimatePromptMs(const Prompt& prompt)
{
    // About 14 characters a second of speech, with a short lead-in.
    return 300 + prompt.text().size() * 70;
}

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

ScenarioRun ScenarioRunner::run(const Scenario& scenario, const RunOptions& options)
{
    ScenarioRun run;
    FlowConfig config = options.config;
    QString why;
    if (!ConfigReader::apply(scenario.configOverrides, config, &why)) {
        run.error = QStringLiteral("config.") + why;
        return run;
    }
    const QDate date = scenario.date.isValid() ? scenario.date
        : options.date.isValid()               ? options.date
                                               : QDate::currentDate();
    const QString sessionId = options.sessionId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                          : options.sessionId;
    std::unique_ptr<SandboxGateway> ownSandbox;
    PaymentGateway* gateway = options.gateway;
    if (!gateway) {
        ownSandbox = std::make_unique<SandboxGateway>();
        gateway = ownSandbox.get();
    }

    PaymentFlow flow(config, scenario.call, date, sessionId);
    if (!options.serviceUnavailable.isEmpty()) {
        flow.setServiceUnavailable(options.serviceUnavailable);
    }
    if (scenario.configOverrides.isEmpty() && !options.configVersion.isEmpty()) {
        flow.setConfigVersion(options.configVersion);
    }
    qint64 now = options.startMs;
    qsizetype nextInput = 0;
    bool waitingForInput = false;

    auto promptMs = [&options](const Prompt& p) {
        return options.promptDurationMs ? options.promptDurationMs(p) : estimatePromptMs(p);
    };

    std::function<void(const FlowActions&)> handle = [&](const FlowActions& actions) {
        for (const FlowAction& action : actions) {
            const qint64 begin = now;
            switch (action.kind) {
            case FlowAction::Kind::Play:
                now += promptMs(action.prompt);
                run.promptIds << action.prompt.id;
                break;
            case FlowAction::Kind::Collect:
                waitingForInput = true;
                break;
            case FlowAction::Kind::SubmitPayment: {
                for (CallObserver* o : options.observers) {
                    o->actionTaken(flow, action, begin, begin);
                }
                std::optional<GatewayResult> reply;
                QEventLoop loop;
                gateway->submit(flow.paymentRequest(), [&reply, &loop](const GatewayResult& r) {
                    reply = r;
                    loop.quit();
                });
                if (!reply) {
                    // A network gateway answers later; its own time-outs bound the wait, this one is a
                    // backstop.
                    const int backstopMs
                        = config.gateway.connectTimeoutMs + 2 * config.gateway.transferTimeoutMs + 5000;
                    QTimer::singleShot(backstopMs, &loop, &QEventLoop::quit);
                    QElapsedTimer waited;
                    waited.start();
                    loop.exec();
                    now += waited.elapsed();
                    if (!reply) {
                        gateway->cancel(flow.paymentRequest().invoiceNumber);
                        reply = GatewayResult::error(QStringLiteral("the gateway did not answer in time"));
                    }
                }
                handle(flow.gatewayReplied(*reply, now));
                continue;
            }
            case FlowAction::Kind::ClampDtmf:
            case FlowAction::Kind::Finish:
                break;
            }
            for (CallObserver* o : options.observers) {
                o->actionTaken(flow, action, begin, now);
            }
        }
    };

    for (CallObserver* o : options.observers) {
        o->callStarted(flow, now);
    }
    handle(flow.start(now));
    int guard = 0;
    while (!flow.isFinished() && ++guard < 10000) {
        if (!waitingForInput) {
            // Only a gateway that never answered can leave the flow waiting here.
            handle(flow.hangUp(now));
            break;
        }
        waitingForInput = false;
        if (nextInput >= scenario.inputs.size()) {
            for (CallObserver* o : options.observers) {
                o->inputGiven(flow, ScenarioInput::Kind::HangUp, now);
            }
            handle(flow.hangUp(now));
            continue;
        }
        const ScenarioInput& input = scenario.inputs.at(nextInput++);
        for (CallObserver* o : options.observers) {
            o->inputGiven(flow, input.kind, now);
        }
        const CollectSpec spec = flow.currentCollect();
        switch (input.kind) {
        case ScenarioInput::Kind::HangUp:
            handle(flow.hangUp(now));
            break;
        case ScenarioInput::Kind::Timeout:
            now += spec.noInputTimeoutMs;
            handle(flow.timeout(now));
            break;
        case ScenarioInput::Kind::Say:
        case ScenarioInput::Kind::Audio:
            if (options.speech && options.speech->handles(input)) {
                QString why;
                const auto actions = options.speech->deliver(flow, input, now, options.utteranceMs, &why);
                if (!actions) {
                    run.error = QStringLiteral("inputs[%1]: %2").arg(nextInput - 1).arg(why);
                    handle(flow.hangUp(now));
                    break;
                }
                handle(*actions);
            } else if (input.kind == ScenarioInput::Kind::Audio) {
                run.error = QStringLiteral("inputs[%1]: no recogniser for audio input").arg(nextInput - 1);
                handle(flow.hangUp(now));
            } else {
                now += options.utteranceMs;
                handle(flow.say(input.text, now));
            }
            break;
        case ScenarioInput::Kind::Dtmf: {
            bool completed = false;
            for (QChar key : input.text) {
                for (CallObserver* o : options.observers) {
                    o->keyPressed(flow, key, now, options.keyToneMs);
                }
                now += options.keyToneMs + options.keyGapMs;
                const FlowActions actions = flow.pressKey(key, now);
                if (!actions.isEmpty()) {
                    completed = true; // the entry ended (max length or '#'); type-ahead is dropped
                    handle(actions);
                    break;
                }
            }
            if (!completed) {
                now += input.text.isEmpty() ? spec.noInputTimeoutMs : spec.interDigitTimeoutMs;
                handle(flow.timeout(now));
            }
            break;
        }
        }
    }
    for (CallObserver* o : options.observers) {
        o->callEnded(flow, now);
    }
    run.ok = run.error.isEmpty();
    run.result = flow.result();
    run.events = flow.events();
    run.transitions = flow.transitions();
    run.endMs = now;
    return run;
}

} // namespace voicepay
