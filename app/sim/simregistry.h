#pragma once

#include "gateway/paymentgateway.h"
#include "sim/callobserver.h"
#include "sim/scenariorunner.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace voicepay::sim {

// Commands and `run`/`test` options register themselves from their own source files, so that each concern
// (gateway, store, audio, ...) adds files rather than editing shared ones:
//   static const bool registered = registerCommand({ "kpi", "...", kpiCommand });

struct Command
{
    QString name;
    QString usage; // one line, shown by `voicepay-sim --help`
    std::function<int(const QStringList&)> run;
};
bool registerCommand(Command command);
const std::vector<Command>& commands();

// What a run (or a suite of runs) is set up with; options fill it in.
struct RunSetup
{
    RunOptions options;
    std::vector<std::unique_ptr<CallObserver>> observers; // added to options.observers by finalize()
    std::unique_ptr<PaymentGateway> gateway; // null: the in-process sandbox
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
bool registerRunOption(RunOption option);
const std::vector<RunOption>& runOptions();

// Builds the gateway a configuration names (gateway.mode "server" or "endpoint"); registered by the gateway
// concern. Returns null with an error when it cannot.
using GatewayFactory = std::function<std::unique_ptr<PaymentGateway>(const FlowConfig&, QString* error)>;
bool registerGatewayFactory(GatewayFactory factory);
const GatewayFactory& gatewayFactory();

// Parses `run`/`test` arguments (--config, --date and the registered options) into a setup.
bool prepareRun(const QStringList& args, RunSetup& setup, QStringList& positional, QString* error);

} // namespace voicepay::sim
