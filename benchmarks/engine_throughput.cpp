// Complete calls per second through the payment engine on one core: no I/O, in-process sandbox gateway,
// simulated clock. Prints its figures; it asserts nothing.
#include "cards/testcards.h"
#include "gateway/sandboxgateway.h"
#include "sim/scenariorunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>
#include <cstdio>

using namespace voicepay;

namespace {

// "{card:ID}" in a scenario stands for the number of that card of the test-card table.
Scenario makeScenario(const char* json)
{
    QByteArray text(json);
    for (const TestCard& card : TestCards::standard().cards()) {
        const QByteArray placeholder = QByteArray("{card:") + card.id.toLatin1() + '}';
        text.replace(placeholder, card.number.toLatin1());
    }
    QString error;
    auto s = Scenario::fromJson(text, &error);
    if (!s) {
        std::fprintf(stderr, "bad scenario: %s\n", qPrintable(error));
        std::exit(2);
    }
    return *s;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("voicepay.*.debug=false"));
    const int calls = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;
    const QList<Scenario> mix {
        makeScenario(
            R"({"call":{"accountId":"10001","amountDue":"125.50","identified":true},"date":"2026-11-25",
            "inputs":["1","{card:visa-approve}#","1228","123","1"]})"),
        makeScenario(
            R"({"call":{"accountId":"10001","amountDue":"125.50","identified":false},"date":"2026-11-25",
            "inputs":["10001#","2468","2","40*00#","378282246310005","1228","1234","2","2","5555555555554444","123","1"]})"),
        makeScenario(
            R"({"call":{"accountId":"10001","amountDue":"80.00","identified":true,"callType":"conference"},
            "date":"2026-11-25","inputs":["1","{card:decline-generic}#","1228","123","1","{card:visa-approve}","1228","123","1"]})"),
        makeScenario(
            R"({"call":{"accountId":"10001","amountDue":"80.00","identified":true},"date":"2026-11-25",
            "inputs":["1","{card:luhn-invalid}#","timeout","hangup"]})"),
    };
    SandboxGateway gateway;
    RunOptions options;
    options.gateway = &gateway;
    options.sessionId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    options.date = QDate(2026, 11, 25);
    options.configVersion = options.config.version();

    // Warm up caches and the prompt catalogue.
    for (const Scenario& s : mix) {
        ScenarioRunner::run(s, options);
    }
    qint64 prompts = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < calls; ++i) {
        const ScenarioRun run = ScenarioRunner::run(mix.at(i % mix.size()), options);
        prompts += run.promptIds.size();
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    QTextStream out(stdout);
    out << "engine throughput (one core, no I/O, in-process sandbox)\n";
    out << "  calls:           " << calls << "\n";
    out << "  seconds:         " << QString::number(seconds, 'f', 3) << "\n";
    out << "  calls/second:    " << QString::number(calls / seconds, 'f', 0) << "\n";
    out << "  prompts/second:  " << QString::number(prompts / seconds, 'f', 0) << "\n";
    out << "  µs per call:     " << QString::number(seconds * 1e6 / calls, 'f', 1) << "\n";
    return 0;
}
