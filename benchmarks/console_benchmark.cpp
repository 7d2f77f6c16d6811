// The console's responsiveness, printed as figures (it asserts nothing):
//  - cold start: from starting the process to the main window's first paint, on an empty store;
//  - the longest stall of the console's event loop while another process runs calls through the engine and
//    writes them into the same store at 5,000 calls a second, with the live dashboard showing;
//  - the time from a batch of those sessions being committed to its count on the live feed the tiles show.
// Runs offscreen. Usage: bench_console [CALLS [CALLS_PER_SECOND]]
#include "admin/consoleaccounts.h"
#include "cards/testcards.h"
#include "config/flowconfig.h"
#include "shell/mainwindow.h"
#include "sim/scenariorunner.h"
#include "store/kpistore.h"
#include "store/kpitypes.h"
#include "store/livekpifeed.h"
#include "store/storerecorder.h"
#include "store/storeurl.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace voicepay;

namespace {

// The window needs a signed-in user: a freshly created admin on the benchmark's own store. Few hash
// iterations, so the figures are the window's and not the password hashing's (a person takes longer to type
// than either).
ui::ConsoleUser signInFreshAdmin(ui::ConsoleAccounts& accounts)
{
    const QString password = QStringLiteral("Benchmark-admin-1");
    QString why;
    if (!accounts.open(&why)
        || (accounts.users().isEmpty()
            && !accounts.users().addUser(QStringLiteral("bench"), QStringLiteral("bench"), Role::Admin,
                password, ui::ConsoleAccounts::nowMs(), &why))) {
        qFatal("cannot create the benchmark's admin: %s", qPrintable(why));
    }
    const AuthResult r
        = accounts.users().authenticate(QStringLiteral("bench"), password, ui::ConsoleAccounts::nowMs());
    if (!r.ok() || !r.role) {
        qFatal("cannot sign the benchmark's admin in: %s", qPrintable(r.message));
    }
    return ui::ConsoleUser { QStringLiteral("bench"), *r.role };
}

// The child: build the window on an empty store and report when it first paints.
int coldStartChild(int argc, char* argv[], const QString& store)
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false"));
    ui::ConsoleAccounts accounts(QStringLiteral("sqlite:") + store);
    QElapsedTimer signIn;
    signIn.start();
    const ui::ConsoleUser user = signInFreshAdmin(accounts);
    // Two Argon2id derivations (the admin created, then signed in), slow on purpose: said apart.
    std::printf("accounts %lld\n", static_cast<long long>(signIn.elapsed()));
    std::fflush(stdout);
    ui::MainWindow window(FlowConfig(), QStringLiteral("sqlite:") + store, user, &accounts);
    struct PaintWatch : QObject
    {
        bool eventFilter(QObject*, QEvent* e) override
        {
            if (e->type() == QEvent::Paint) {
                std::printf("painted\n");
                std::fflush(stdout);
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            }
            return false;
        }
    } watch;
    window.installEventFilter(&watch);
    window.resize(1400, 860);
    window.show();
    return app.exec();
}

// The writer: another process recording engine calls that end now into the same store, at a steady rate, and
// saying after each commit how many sessions are stored.
int writerChild(int argc, char* argv[], const QString& path, int calls, int perSecond)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false"));
    KpiStore store;
    store.setBatchLimits(250, 100);
    QString error;
    if (!store.open(*StoreUrl::parse(QStringLiteral("sqlite:") + path, nullptr), &error)) {
        std::fprintf(stderr, "writer: %s\n", qPrintable(error));
        return 2;
    }
    QObject::connect(
        &store, &KpiStore::batchCommitted, [](const QStringList&, const QList<qint64>&, qint64 total) {
            std::printf("committed %lld\n", static_cast<long long>(total));
            std::fflush(stdout);
        });
    const QString card = voicepay::testcards::luhnComplete(QStringLiteral("424242424242424"), 16);
    const QByteArray json = "{\"call\":{\"accountId\":\"10001\",\"amountDue\":\"42.00\",\"identified\":true},"
                            "\"date\":\"2026-11-25\",\"inputs\":[\"1\",\""
        + card.toLatin1() + "#\",\"1229\",\"123\",\"1\"]}";
    const Scenario scenario = *Scenario::fromJson(json, &error);
    StoreRecorder recorder(store);
    RunOptions options;
    options.observers << &recorder;
    options.configVersion = options.config.version();
    QElapsedTimer clock;
    clock.start();
    int done = 0;
    QTimer pace;
    pace.setInterval(2);
    QObject::connect(&pace, &QTimer::timeout, [&] {
        const qint64 due = std::min<qint64>(calls, clock.elapsed() * perSecond / 1000);
        for (; done < due; ++done) {
            ScenarioRunner::run(scenario, options);
        }
        if (done >= calls) {
            pace.stop();
            store.flush();
            QCoreApplication::quit();
        }
    });
    pace.start();
    return app.exec();
}

double percentile(QList<qint64> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return double(values.at(qMin(values.size() - 1, qsizetype(p * double(values.size())))));
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    if (argc > 2 && QByteArray(argv[1]) == "--cold-start-child") {
        return coldStartChild(argc, argv, QString::fromLocal8Bit(argv[2]));
    }
    if (argc > 4 && QByteArray(argv[1]) == "--writer") {
        return writerChild(argc, argv, QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt(),
            QByteArray(argv[4]).toInt());
    }
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false"));
    const int calls = argc > 1 ? QByteArray(argv[1]).toInt() : 60000;
    const int perSecond = argc > 2 ? QByteArray(argv[2]).toInt() : 5000;
    QTextStream out(stdout);
    QTemporaryDir dir;

    // 1. Cold start, five times, each on a new empty store.
    QList<qint64> starts;
    QList<qint64> accountsMs;
    for (int i = 0; i < 5; ++i) {
        QProcess child;
        QElapsedTimer t;
        t.start();
        child.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--cold-start-child"), dir.filePath(QStringLiteral("empty%1.sqlite").arg(i)) });
        bool painted = false;
        while (!painted && (child.canReadLine() || child.waitForReadyRead(20000))) {
            while (child.canReadLine()) {
                const QByteArray line = child.readLine().trimmed();
                if (line.startsWith("accounts ")) {
                    accountsMs << line.mid(9).toLongLong();
                }
                painted = painted || line == "painted";
            }
        }
        if (!painted) {
            out << "cold start: the window never painted\n";
            return 1;
        }
        starts << t.elapsed();
        child.waitForFinished(10000);
    }

    // 2 and 3. A console on the live dashboard while a writer loads the same store.
    const QString store = dir.filePath(QStringLiteral("busy.sqlite"));
    const StoreUrl url = *StoreUrl::parse(QStringLiteral("sqlite:") + store, nullptr);
    ui::ConsoleAccounts accounts(QStringLiteral("sqlite:") + store);
    const ui::ConsoleUser user = signInFreshAdmin(accounts);
    ui::MainWindow window(FlowConfig(), QStringLiteral("sqlite:") + store, user, &accounts);
    window.resize(1400, 860);
    window.showArea(ui::MainWindow::Area::Live);
    window.show();

    LiveKpiFeed feed; // a feed set up as the console's own (the tiles' source), observed from here
    feed.setPollIntervalMs(500);
    struct Pending
    {
        qint64 count;
        qint64 committedAtMs;
    };
    QList<Pending> pending;
    QList<qint64> latencies;
    QElapsedTimer clock;
    clock.start();
    int emissions = 0;
    qint64 lastEntered = 0;
    QString feedError;
    QObject::connect(&feed, &LiveKpiFeed::errorOccurred, [&](const QString& e) { feedError = e; });
    QObject::connect(&feed, &LiveKpiFeed::countersChanged, [&](const KpiCounters& counters) {
        ++emissions;
        lastEntered = counters.entered;
        while (!pending.isEmpty() && counters.entered >= pending.first().count) {
            latencies << clock.elapsed() - pending.takeFirst().committedAtMs;
        }
    });
    feed.start(url);

    qint64 lastTick = -1;
    QList<qint64> gaps;
    QTimer probe;
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        if (lastTick >= 0) {
            gaps << now - lastTick;
        }
        lastTick = now;
    });

    QProcess load;
    qint64 committed = 0;
    QObject::connect(&load, &QProcess::readyReadStandardOutput, [&] {
        while (load.canReadLine()) {
            const QList<QByteArray> parts = load.readLine().trimmed().split(' ');
            if (parts.size() == 2 && parts.at(0) == "committed") {
                committed = parts.at(1).toLongLong();
                pending << Pending { committed, clock.elapsed() };
            }
        }
    });
    QElapsedTimer loadTime;
    QObject::connect(&load, &QProcess::finished, [&] {
        // Let the feed catch up with the last batches, then stop.
        QTimer::singleShot(3000, &app, &QCoreApplication::quit);
    });
    QTimer::singleShot(500, [&] {
        probe.start();
        loadTime.start();
        load.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--writer"), store, QString::number(calls), QString::number(perSecond) });
    });
    app.exec();
    const double loadSeconds = loadTime.elapsed() / 1000.0;

    out << "console responsiveness (offscreen, 2 cores shared with the writer)\n";
    out << "  cold start to first paint, empty store:   min "
        << *std::min_element(starts.begin(), starts.end()) << " ms, median " << percentile(starts, 0.5)
        << " ms   (target under 1000 ms)\n";
    out << "    of which the admin's two Argon2id derivations (created, signed in): median "
        << percentile(accountsMs, 0.5) << " ms\n";
    out << "  writer: " << committed << " calls in " << QString::number(loadSeconds, 'f', 1)
        << " s = " << QString::number(committed / qMax(0.001, loadSeconds - 3.0), 'f', 0)
        << " calls/s (asked " << perSecond << ") into the same store\n";
    out << "  event-loop stall while it writes:         longest " << percentile(gaps, 1.0) << " ms, p99 "
        << percentile(gaps, 0.99) << " ms   (target under 50 ms)\n";
    out << "  commit to live count:                     median " << percentile(latencies, 0.5)
        << " ms, longest " << percentile(latencies, 1.0) << " ms over " << latencies.size()
        << " batches   (target under 1000 ms)\n";
    out << "  (live feed: " << emissions << " updates, last count " << lastEntered
        << (feedError.isEmpty() ? QString() : QStringLiteral(", error: ") + feedError) << ")\n";
    return 0;
}
