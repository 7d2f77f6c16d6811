// The console's responsiveness, printed as figures (it asserts nothing):
//  - cold start: from starting the process to the main window's first paint, on an empty store;
//  - the longest stall of the console's event loop while `voicepay-sim load` writes as fast as it can (at least
//    5,000 calls a second) into the same store, with the live dashboard showing;
//  - the time from a batch of sessions being committed by the writer to its count on the live feed the tiles
//    show.
// Runs offscreen. Usage: bench_console [CALLS]
#include "config/flowconfig.h"
#include "mainwindow.h"
#include "store/kpitypes.h"
#include "store/livekpifeed.h"
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

// The child: build the window on an empty store and report when it first paints.
int coldStartChild(int argc, char* argv[], const QString& store)
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false"));
    ui::MainWindow window(FlowConfig(), QStringLiteral("sqlite:") + store);
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
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false"));
    const int calls = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTextStream out(stdout);
    QTemporaryDir dir;

    // 1. Cold start, five times, each on a new empty store.
    QList<qint64> starts;
    for (int i = 0; i < 5; ++i) {
        QProcess child;
        QElapsedTimer t;
        t.start();
        child.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--cold-start-child"), dir.filePath(QStringLiteral("empty%1.sqlite").arg(i)) });
        if (!child.waitForReadyRead(20000)) {
            out << "cold start: the window never painted\n";
            return 1;
        }
        starts << t.elapsed();
        child.waitForFinished(10000);
    }

    // 2 and 3. A console on the live dashboard while a writer loads the same store.
    const QString store = dir.filePath(QStringLiteral("busy.sqlite"));
    const StoreUrl url = *StoreUrl::parse(QStringLiteral("sqlite:") + store, nullptr);
    ui::MainWindow window(FlowConfig(), QStringLiteral("sqlite:") + store);
    window.resize(1400, 860);
    window.showArea(ui::MainWindow::Area::Live);
    window.show();

    LiveKpiFeed feed; // the same feed the tiles are bound to, observed from here
    struct Pending
    {
        qint64 count;
        qint64 committedAtMs;
    };
    QList<Pending> pending;
    QList<qint64> latencies;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&feed, &LiveKpiFeed::countersChanged, [&](const KpiCounters& counters) {
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
            if (parts.size() == 3 && parts.at(0) == "committed") {
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
        load.start(QStringLiteral(VOICEPAY_SIM),
            { QStringLiteral("load"), QStringLiteral("--calls"), QString::number(calls), QStringLiteral("--concurrency"),
                QStringLiteral("2"), QStringLiteral("--db"), QStringLiteral("sqlite:") + store,
                QStringLiteral("--batch"), QStringLiteral("500"), QStringLiteral("--report-commits") });
    });
    app.exec();
    const double loadSeconds = loadTime.elapsed() / 1000.0;

    out << "console responsiveness (offscreen, 2 cores shared with the writer)\n";
    out << "  cold start to first paint, empty store:   min " << *std::min_element(starts.begin(), starts.end())
        << " ms, median " << percentile(starts, 0.5) << " ms   (target under 1000 ms)\n";
    out << "  writer: " << committed << " calls in " << QString::number(loadSeconds, 'f', 1) << " s = "
        << QString::number(committed / qMax(0.001, loadSeconds - 3.0), 'f', 0) << " calls/s into the same store\n";
    out << "  event-loop stall while it writes:         longest " << percentile(gaps, 1.0) << " ms, p99 "
        << percentile(gaps, 0.99) << " ms   (target under 50 ms)\n";
    out << "  commit to live count:                     median " << percentile(latencies, 0.5) << " ms, longest "
        << percentile(latencies, 1.0) << " ms over " << latencies.size() << " batches   (target under 1000 ms)\n";
    return 0;
}
