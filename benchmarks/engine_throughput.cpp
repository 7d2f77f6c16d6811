// Complete calls per second through the payment engine on one core: no I/O, in-process sandbox gateway,
// simulated clock, a fresh session id per call (the sandbox's duplicate ledger would otherwise approve every
// call after the first, and the declined card would never decline). It runs with the allocator the product
// runs with: voicepay-sim's wiping free() and realloc() (voicepay_securefree) and process hardening's glibc
// M_PERTURB fill, so every allocation costs what it costs there. Prints its figures, among them the heap
// allocations per call counted by the malloc() and operator new below; it asserts nothing.
#include "gateway/sandboxgateway.h"
#include "secure/processhardening.h"
#include "sim/scenariorunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMap>
#include <QTextStream>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <new>

using namespace voicepay;

namespace {
// Counted on the thread that allocates, without a locked instruction: the calls all run on the main thread,
// and the count is what is measured, not a cost the product pays.
thread_local qint64 g_news = 0;
thread_local qint64 g_mallocs = 0;
} // namespace

// Every allocation of this program counts: C++ objects through operator new, and Qt's strings and
// containers, which allocate with malloc() (glibc's own entry points do the work). free() and realloc() are
// the product's wiping ones (core/secure/securefree.cpp); a realloc() that has to move a block allocates
// through malloc() and so is counted here, one that grows in place is not.
extern "C" {
void* __libc_malloc(size_t size);
void* __libc_calloc(size_t count, size_t size);
void __libc_free(void* p);

void* malloc(size_t size)
{
    ++g_mallocs;
    return __libc_malloc(size);
}

void* calloc(size_t count, size_t size)
{
    ++g_mallocs;
    return __libc_calloc(count, size);
}
}

void* operator new(std::size_t size)
{
    ++g_news;
    if (void* p = __libc_malloc(size ? size : 1)) {
        return p;
    }
    throw std::bad_alloc();
}

void operator delete(void* p) noexcept
{
    free(p);
}

void operator delete(void* p, std::size_t) noexcept
{
    free(p);
}

namespace {

double cpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

Scenario makeScenario(const char* json)
{
    QString error;
    auto s = Scenario::fromJson(QByteArray(json), &error);
    if (!s) {
        std::fprintf(stderr, "bad scenario: %s\n", qPrintable(error));
        std::exit(2);
    }
    return *s;
}

} // namespace

int main(int argc, char* argv[])
{
    // As voicepay-sim does first thing: the M_PERTURB fill of every allocated and freed block among the rest.
    const HardeningReport hardening = hardenProcess();
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("voicepay.*.debug=false"));
    const int calls = argc > 1 ? QByteArray(argv[1]).toInt() : 200000;
    const QList<Scenario> mix {
        makeScenario(
            R"({"call":{"accountId":"10001","amountDue":"125.50","identified":true},"date":"2026-11-25",
            "inputs":["1","4111111111111111#","1228","123","1"]})"),
        makeScenario(
            R"({"call":{"accountId":"10001","amountDue":"125.50","identified":false},"date":"2026-11-25",
            "inputs":["10001#","2468","2","40*00#","378282246310005","1228","1234","2","2","5555555555554444","123","1"]})"),
        makeScenario(
            R"({"call":{"accountId":"10001","amountDue":"80.00","identified":true,"callType":"conference"},
            "date":"2026-11-25","inputs":["1","4000000000000002#","1228","123","1","4111111111111111","1228","123","1"]})"),
        makeScenario(
            R"({"call":{"accountId":"10001","amountDue":"80.00","identified":true},"date":"2026-11-25",
            "inputs":["1","4111111111111112#","timeout","hangup"]})"),
    };
    SandboxGateway gateway;
    RunOptions options;
    options.gateway = &gateway;
    options.date = QDate(2026, 11, 25);
    options.configVersion = options.config.version();

    // Warm up caches and the prompt catalogue.
    for (const Scenario& s : mix) {
        options.sessionId = QStringLiteral("warm-up-%1").arg(&s - mix.data());
        ScenarioRunner::run(s, options);
    }
    // Made before the clock starts: the engine's cost, not the benchmark's.
    QStringList sessionIds;
    sessionIds.reserve(calls);
    for (int i = 0; i < calls; ++i) {
        // The gateway's invoice number is made from the first twelve digits: the call's number goes there.
        sessionIds << QStringLiteral("%1-0000-4000-8000-000000000000").arg(i, 8, 16, QLatin1Char('0'));
    }
    QMap<QString, int> outcomes;
    qint64 prompts = 0;
    qint64 declines = 0;
    const qint64 newsBefore = g_news;
    const qint64 mallocsBefore = g_mallocs;
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < calls; ++i) {
        options.sessionId = sessionIds.at(i);
        const ScenarioRun run = ScenarioRunner::run(mix.at(i % mix.size()), options);
        prompts += run.promptIds.size();
        ++outcomes[outcomeName(run.result.outcome)];
        declines += run.result.declines;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    const double news = double(g_news - newsBefore) / calls;
    const double mallocs = double(g_mallocs - mallocsBefore) / calls;
    QTextStream out(stdout);
    out << "engine throughput (one core, no I/O, in-process sandbox, a fresh session id per call)\n";
    out << "  allocator:            "
        << (hardening.freedMemoryWiped ? "as the product's" : "NOT the product's")
        << " (wiping free(), M_PERTURB)\n";
    out << "  calls:                " << calls << "\n";
    out << "  seconds (wall, CPU):  " << QString::number(seconds, 'f', 3) << ", "
        << QString::number(cpu, 'f', 3) << "\n";
    out << "  calls/second (CPU):   " << QString::number(calls / cpu, 'f', 0) << "\n";
    out << "  calls/second (wall):  " << QString::number(calls / seconds, 'f', 0) << "\n";
    out << "  prompts/second (CPU): " << QString::number(prompts / cpu, 'f', 0) << "\n";
    out << "  µs per call (CPU):    " << QString::number(cpu * 1e6 / calls, 'f', 1) << "\n";
    out << "  allocations per call: " << QString::number(news + mallocs, 'f', 0) << " (operator new "
        << QString::number(news, 'f', 0) << ", malloc/realloc " << QString::number(mallocs, 'f', 0) << ")\n";
    out << "  outcomes:            ";
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        out << " " << it.key() << " " << it.value();
    }
    out << ", declines " << declines << "\n";
    return 0;
}
