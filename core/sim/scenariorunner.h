#pragma once

#include "call/callobserver.h"
#include "flow/callresult.h"
#include "flow/flowevent.h"
#include "sim/scenario.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <functional>

namespace voicepay {

class CallerSpeech;
class PaymentGateway;

struct RunOptions
{
    FlowConfig config; // the base configuration; the scenario's overrides apply on top
    QString configVersion; // config.version(), computed once by a caller running many calls
    QDate date; // the call's date when the scenario names none; invalid: today
    PaymentGateway* gateway = nullptr; // null: a fresh in-process sandbox
    QString serviceUnavailable; // set: payments cannot be taken (see PaymentFlow::setServiceUnavailable)
    QString sessionId; // empty: a new UUID
    qint64 startMs = 0; // the simulated clock at the start of the call
    QList<CallObserver*> observers;
    std::function<qint64(const Prompt&)> promptDurationMs; // empty: an estimate from the text
    int keyToneMs = 100;
    int keyGapMs = 150;
    int utteranceMs = 1500;
    // Hears `audio:` inputs (and, when it synthesises speech, `say:` ones) with a recogniser; null: an
    // `audio:` input ends the run with an error.
    CallerSpeech* speech = nullptr;
};

struct ScenarioRun
{
    bool ok = false; // the call ran (false: the configuration was refused; see error)
    QString error;
    CallResult result;
    QList<FlowEvent> events;
    QList<QPair<QString, QString>> transitions;
    QStringList promptIds; // every catalogue variant played
    qint64 endMs = 0;
};

// Runs one call from a scenario through a CallDriver on a simulated clock: the scenario's answers in turn,
// the time each takes, and a blocking wait for a network gateway.
class ScenarioRunner
{
public:
    static ScenarioRun run(const Scenario& scenario, const RunOptions& options);

    // Compares a result with a scenario's `expect`; returns the first difference, or empty when it is met.
    static QString firstDifference(const QJsonObject& expect, const QJsonObject& result);
};

} // namespace voicepay
