#include "gateway/sandboxgateway.h"
#include "runsetup.h"
#include "sim/loadgenerator.h"
#include "simcommands.h"
#include "store/kpistore.h"
#include "store/storerecorder.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QThread>
#include <cstdio>
#include <cstdlib>
#include <malloc.h>
#include <memory>
#include <string>
#include <sys/resource.h>
#include <unistd.h>

namespace voicepay::sim {

namespace {

struct LoadArgs
{
    qint64 calls = 1000;
    int concurrency = 1;
    QString mixPath;
    QString db;
    QString configPath;
    quint64 seed = 0;
    bool seeded = false;
    double days = 0;
    int batch = 2000;
    bool reportCommits = false;
};

// A load run's writer copies the WAL into the database every 64 MB rather than every 4 MB (SQLite's
// default): about 7 % less CPU time and a quarter less wall time for a year's density (docs/store.md).
constexpr int kWalCheckpointPages = 16384;

const QString kUsage = QStringLiteral(
    "usage: voicepay-sim load --calls N --concurrency C [--mix FILE] [--db URL] [--seed S] [--days D] "
    "[--config CONFIG.json] [--batch SESSIONS] [--report-commits]");

std::optional<LoadArgs> parseArgs(const QStringList& args, QString* error)
{
    LoadArgs a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& flag = args.at(i);
        if (flag == u"--report-commits") {
            a.reportCommits = true;
            continue;
        }
        if (i + 1 >= args.size()) {
            *error = flag + QStringLiteral(" needs a value\n") + kUsage;
            return std::nullopt;
        }
        const QString v = args.at(++i);
        bool ok = true;
        if (flag == u"--calls") {
            a.calls = v.toLongLong(&ok);
            ok = ok && a.calls > 0;
        } else if (flag == u"--concurrency") {
            a.concurrency = v.toInt(&ok);
            ok = ok && a.concurrency > 0 && a.concurrency <= 256;
        } else if (flag == u"--mix") {
            a.mixPath = v;
        } else if (flag == u"--db") {
            a.db = v;
        } else if (flag == u"--config") {
            a.configPath = v;
        } else if (flag == u"--seed") {
            a.seed = v.toULongLong(&ok);
            a.seeded = true;
        } else if (flag == u"--days") {
            a.days = v.toDouble(&ok);
            ok = ok && a.days >= 0 && a.days <= 3660;
        } else if (flag == u"--batch") {
            a.batch = v.toInt(&ok);
            ok = ok && a.batch > 0;
        } else {
            *error = QStringLiteral("unknown option %1\n").arg(flag) + kUsage;
            return std::nullopt;
        }
        if (!ok) {
            *error = QStringLiteral("%1: \"%2\" is not a valid value").arg(flag, v);
            return std::nullopt;
        }
    }
    return a;
}

void drawProgress(qint64 done, qint64 total, double seconds)
{
    constexpr int width = 40;
    const int filled = int(width * done / std::max<qint64>(1, total));
    std::fprintf(stdout, "\r[%s%s] %lld/%lld calls  %.0f calls/s ", QByteArray(filled, '#').constData(),
        QByteArray(width - filled, '.').constData(), static_cast<long long>(done),
        static_cast<long long>(total), seconds > 0 ? double(done) / seconds : 0.0);
    std::fflush(stdout);
}
// What a load run reads before it starts: the mix, the configuration and the store. False with an error.
struct LoadInputs
{
    LoadMix mix = LoadMix::standard();
    FlowConfig config;
    StoreUrl url = StoreUrl::defaultUrl();
};

bool readInputs(const LoadArgs& a, LoadInputs& in, QString* error)
{
    if (!a.mixPath.isEmpty()) {
        QFile f(a.mixPath);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("--mix: cannot read %1").arg(a.mixPath);
            return false;
        }
        const auto parsed = LoadMix::fromJson(f.readAll(), error);
        if (!parsed) {
            *error = a.mixPath + QStringLiteral(": ") + *error;
            return false;
        }
        in.mix = *parsed;
    }
    if (!a.configPath.isEmpty()) {
        const auto parsed = ConfigReader::fromFile(a.configPath, error);
        if (!parsed) {
            return false;
        }
        in.config = *parsed;
    }
    if (!a.db.isEmpty()) {
        const auto parsed = StoreUrl::parse(a.db, error);
        if (!parsed) {
            *error = QStringLiteral("--db: ") + *error;
            return false;
        }
        in.url = *parsed;
    }
    return true;
}

struct LoadCounters
{
    QAtomicInteger<qint64> next = 0;
    QAtomicInteger<qint64> done = 0;
    QAtomicInteger<qint64> events = 0;
    QAtomicInteger<qint64> refused = 0;
};

// Runs the generated calls on `concurrency` threads, each an engine of its own (its sandbox and recorder),
// drawing the progress on a terminal while they run.
void runWorkers(const LoadArgs& a, const LoadGenerator& generator, const FlowConfig& config, KpiStore& store,
    LoadCounters& counters, QMutex& printing, const QElapsedTimer& clock)
{
    // Once for the run: each call's copy of the configuration would otherwise digest it again when its
    // session ends (a fifth of a load run's CPU time).
    const QString configVersion = config.version();
    std::vector<std::unique_ptr<QThread>> workers;
    for (int w = 0; w < a.concurrency; ++w) {
        workers.emplace_back(QThread::create([&, w] {
            SandboxGateway sandbox(60000000001ULL + quint64(w) * 1000000000ULL);
            StoreRecorder recorder(store, StoreRecorder::Clock::Epoch);
            for (qint64 i = counters.next.fetchAndAddRelaxed(1); i < a.calls;
                 i = counters.next.fetchAndAddRelaxed(1)) {
                const GeneratedCall call = generator.call(i);
                RunOptions options;
                options.config = config;
                options.configVersion = configVersion;
                options.gateway = &sandbox;
                options.startMs = call.startMs;
                options.sessionId = call.sessionId;
                options.observers << &recorder;
                const ScenarioRun run = ScenarioRunner::run(call.scenario, options);
                if (!run.ok) {
                    counters.refused.fetchAndAddRelaxed(1);
                }
                counters.events.fetchAndAddRelaxed(run.events.size());
                counters.done.fetchAndAddRelaxed(1);
            }
        }));
        workers.back()->start();
    }
    const bool terminal = !a.reportCommits && isatty(fileno(stdout));
    for (auto& worker : workers) {
        while (!worker->wait(200)) {
            if (terminal) {
                QMutexLocker lock(&printing);
                drawProgress(counters.done.loadRelaxed(), a.calls, double(clock.elapsed()) / 1000.0);
            }
        }
    }
    if (terminal) {
        drawProgress(counters.done.loadRelaxed(), a.calls, double(clock.elapsed()) / 1000.0);
        std::fprintf(stdout, "\n");
    }
}

// Printed once the batch is committed, so a reader may rely on every session up to here being stored.
void reportCommits(KpiStore& store, QMutex& printing)
{
    QObject::connect(
        &store, &KpiStore::batchCommitted, &store,
        [&printing](const QStringList& ids, const QList<qint64>&, qint64 total) {
            QMutexLocker lock(&printing);
            std::fprintf(
                stdout, "committed %lld %s\n", static_cast<long long>(total), qPrintable(ids.last()));
            std::fflush(stdout);
        },
        Qt::DirectConnection);
}

// Each batch the writer takes fills some MB of the heap and frees them once committed. By default glibc gives
// the top of the heap back to the system after each batch (and large blocks come and go by mmap), then takes
// it again for the next, page faults and zeroed pages included. The load keeps what it took: its peak stays
// the queue's bound (freed blocks are wiped by the program's free() whatever becomes of them, see
// core/secure/securefree.cpp). See askForHugePages() for the pages themselves.
void keepTheHeap()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TOP_PAD, 64 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
#endif
}

} // namespace

void askForHugePages(char* argv[])
{
#ifdef __GLIBC__
    // Set by the first image for the second: one exec at most, whatever becomes of GLIBC_TUNABLES.
    static const char kMarker[] = "VOICEPAY_LOAD_HEAP";
    if (std::getenv(kMarker)) {
        unsetenv(kMarker);
        return;
    }
    const char* before = std::getenv("GLIBC_TUNABLES");
    const std::string previous = before ? before : "";
    if (previous.find("glibc.malloc.hugetlb") != std::string::npos) {
        return; // the caller chose already
    }
    const std::string tunables = (previous.empty() ? "" : previous + ":") + "glibc.malloc.hugetlb=1";
    setenv("GLIBC_TUNABLES", tunables.c_str(), 1);
    setenv(kMarker, "1", 1);
    execv("/proc/self/exe", argv);
    // No exec: the load runs as it is, on ordinary pages.
    unsetenv(kMarker);
    if (before) {
        setenv("GLIBC_TUNABLES", previous.c_str(), 1);
    } else {
        unsetenv("GLIBC_TUNABLES");
    }
#else
    Q_UNUSED(argv);
#endif
}

int loadCommand(const QStringList& args)
{
    keepTheHeap();
    QString error;
    const auto a = parseArgs(args, &error);
    LoadInputs in;
    if (!a || !readInputs(*a, in, &error)) {
        return usageError(error);
    }
    KpiStore store;
    store.setBatchLimits(a->batch, 200);
    store.setWalCheckpointPages(kWalCheckpointPages);
    if (!store.open(in.url, &error)) {
        return usageError(error);
    }
    QMutex printing;
    if (a->reportCommits) {
        reportCommits(store, printing);
    }
    const quint64 seed = a->seeded ? a->seed : QRandomGenerator::system()->generate64();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 spanMs = qint64(a->days * 86400000.0);
    const LoadGenerator generator(seed, in.mix, spanMs > 0 ? now - spanMs : now, spanMs, a->calls);
    LoadCounters counters;
    QElapsedTimer clock;
    clock.start();
    runWorkers(*a, generator, in.config, store, counters, printing, clock);
    const bool flushed = store.flush(&error);
    const double seconds = std::max(0.001, double(clock.elapsed()) / 1000.0);
    const qint64 done = counters.done.loadRelaxed();
    out() << QStringLiteral("%1 calls (seed %2) into %3: %4 events, %5 sessions stored, in %6 s\n")
                 .arg(done)
                 .arg(seed)
                 .arg(in.url.displayString())
                 .arg(counters.events.loadRelaxed())
                 .arg(store.committedCount())
                 .arg(seconds, 0, 'f', 2);
    out() << QStringLiteral("%1 calls/s, %2 events/s\n")
                 .arg(double(done) / seconds, 0, 'f', 0)
                 .arg(double(counters.events.loadRelaxed()) / seconds, 0, 'f', 0);
    // CPU time as well as wall time: on a shared machine it is the figure that does not depend on the
    // neighbours. The peak RSS shows the bounded queue at work.
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const double cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    out() << QStringLiteral(
        "CPU %1 s (user and system, all threads), peak RSS %2 MB, queue peak %3 sessions, %4 page faults\n")
                 .arg(cpuSeconds, 0, 'f', 2)
                 .arg(double(usage.ru_maxrss) / 1024.0, 0, 'f', 0)
                 .arg(store.queuePeak())
                 .arg(usage.ru_minflt + usage.ru_majflt);
    out().flush();
    store.close();
    if (!flushed) {
        return usageError(error);
    }
    if (counters.refused.loadRelaxed() > 0) {
        return usageError(
            QStringLiteral("%1 call(s) refused by the configuration").arg(counters.refused.loadRelaxed()));
    }
    return 0;
}

} // namespace voicepay::sim
