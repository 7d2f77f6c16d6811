#include "runsetup.h"

#include "simcommands.h"

#include <algorithm>

namespace voicepay::sim {

void RunSetup::finalize()
{
    options.observers.clear();
    for (const auto& o : observers) {
        options.observers << o.get();
    }
    options.gateway = gateway.get();
}

bool prepareRun(const QStringList& args, RunSetup& setup, QStringList& positional, QString* error)
{
    applySpeechDefault(setup);
    QList<QPair<const RunOption*, QString>> later;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (!a.startsWith(QStringLiteral("--"))) {
            positional << a;
            continue;
        }
        const auto isSwitch = std::find_if(runOptions().begin(), runOptions().end(),
            [&a](const RunOption& o) { return o.flag == a && !o.takesValue; });
        if (isSwitch != runOptions().end()) {
            later << qMakePair(&*isSwitch, QString());
            continue;
        }
        if (i + 1 >= args.size()) {
            *error = a + QStringLiteral(" needs a value");
            return false;
        }
        const QString value = args.at(++i);
        if (a == u"--config") {
            auto config = ConfigReader::fromFile(value, error);
            if (!config) {
                return false;
            }
            setup.options.config = *config;
            continue;
        }
        if (a == u"--date") {
            setup.options.date = QDate::fromString(value, Qt::ISODate);
            if (!setup.options.date.isValid()) {
                *error = QStringLiteral("--date: \"%1\" is not a date as YYYY-MM-DD").arg(value);
                return false;
            }
            continue;
        }
        const RunOption* found = nullptr;
        for (const RunOption& option : runOptions()) {
            if (option.flag == a) {
                found = &option;
            }
        }
        if (!found) {
            *error = QStringLiteral("unknown option %1").arg(a);
            return false;
        }
        later << qMakePair(found, value);
    }
    // The options apply after --config, whatever their order on the command line.
    for (const auto& [option, value] : later) {
        QString why;
        if (!option->apply(value, setup, &why)) {
            *error = option->flag + QStringLiteral(": ") + why;
            return false;
        }
    }
    const GatewaySettings& g = setup.options.config.gateway;
    if (!setup.gateway && g.mode != u"sandbox") {
        QString why;
        setup.gateway = buildGateway(setup.options.config, &why);
        if (!setup.gateway) {
            // The calls still run, and end at once as technical errors that say why: an IVR never leaves a
            // caller without an outcome.
            setup.options.serviceUnavailable = why;
            err() << "voicepay-sim: payments unavailable: " << why << "\n";
            err().flush();
        }
    }
    if (setup.gateway) {
        for (const auto& wrap : setup.gatewayWrappers) {
            setup.gateway = wrap(std::move(setup.gateway), setup.options.config);
        }
    }
    setup.finalize();
    return true;
}

} // namespace voicepay::sim
