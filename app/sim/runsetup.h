#pragma once

#include "call/callobserver.h"
#include "gateway/paymentgateway.h"
#include "sim/scenariorunner.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace voicepay::sim {

// What a run (or a suite of runs) is set up with; options fill it in.
struct RunSetup
{
    RunOptions options;
    std::vector<std::unique_ptr<CallObserver>> observers; // added to options.observers by finalize()
    std::unique_ptr<PaymentGateway> gateway; // null: the in-process sandbox
    // Applied in order to the gateway a configuration names, once it is built (the payment journal of --db).
    std::vector<
        std::function<std::unique_ptr<PaymentGateway>(std::unique_ptr<PaymentGateway>, const FlowConfig&)>>
        gatewayWrappers;
    // Called after each call with its run (e.g. to record it); returns false with an error to fail the
    // command.
    std::vector<std::function<bool(const ScenarioRun&, const QString& scenarioPath, QString* error)>>
        afterRun;
    // Called once when the command is done (flush a store, close files); false with an error fails the
    // command.
    std::vector<std::function<bool(QString* error)>> atEnd;

    void finalize();
};

// An option of `run` and `test`, such as "--db URL" or "--audio DIR".
struct RunOption
{
    QString flag;
    QString usage;
    std::function<bool(const QString& value, RunSetup& setup, QString* error)> apply;
    bool takesValue = true; // a switch such as --keep-tones gets an empty value
};

// The options of `run` and `test` in the order --help shows them: the table in main.cpp.
const std::vector<RunOption>& runOptions();

// The gateway a configuration names (gateway.mode "server" or "endpoint"); null with an error when it cannot
// be built.
std::unique_ptr<PaymentGateway> buildGateway(const FlowConfig& config, QString* error);

// The options, each in the file of its concern.
bool applyDb(const QString& value, RunSetup& setup, QString* error);
bool applyAudio(const QString& value, RunSetup& setup, QString* error);
bool applyPrompts(const QString& value, RunSetup& setup, QString* error);
bool applyKeepTones(const QString& value, RunSetup& setup, QString* error);
bool addCa(const QString& path, RunSetup& setup, QString* error);
bool applyHoldAtEnd(const QString& value, RunSetup& setup, QString* error);
bool applySpeech(const QString& value, RunSetup& setup, QString* error);

// What every `run` and `test` has before its options apply: the recogniser for `audio:` inputs.
void applySpeechDefault(RunSetup& setup);

// Parses `run`/`test` arguments (--config, --date and the options of the table) into a setup.
bool prepareRun(const QStringList& args, RunSetup& setup, QStringList& positional, QString* error);

} // namespace voicepay::sim
