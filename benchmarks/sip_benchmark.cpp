// bench_sip: concurrent calls on voicepay-ivr over loopback. For each call count N (25, 50, 100, 150, 200 by
// default; --counts 10,20 to choose, at most 8 steps of at most 500 calls), a fresh endpoint answers N sipp
// calls placed within a second and held for --hold seconds (8 by default) while it streams prompts to all of
// them. Prints per step the calls completed, the calls set up per second, the endpoint's CPU time as a share
// of one core, and the prompt frames sent late (more than one frame's time after they were due); then the
// highest N with every call completed and under 1 % of frames late. Loopback only; every step ends within
// hold + 30 s. It asserts nothing.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <cstdio>
#include <unistd.h>

namespace {

struct Step
{
    int calls = 0;
    int completed = 0;
    double setupPerSecond = 0;
    double cpuShare = 0; // of one core, over the step's wall time
    quint64 frames = 0;
    quint64 late = 0;
    double latePercent() const { return frames ? 100.0 * double(late) / double(frames) : 100.0; }
};

quint16 freeUdpPort()
{
    QUdpSocket s;
    s.bind(QHostAddress::LocalHost, 0);
    return s.localPort();
}

// utime + stime of a process, in seconds, from /proc.
double cpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13) {
        return 0;
    }
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

bool runStep(const QString& ivr, const QString& sipp, int holdSeconds, Step& step)
{
    QTemporaryDir dir;
    const quint16 port = freeUdpPort();
    QProcess endpoint;
    endpoint.setProcessChannelMode(QProcess::MergedChannels);
    endpoint.start(ivr,
        { QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--db"),
            QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("kpi.db")), QStringLiteral("--max-calls"),
            QString::number(step.calls + 10), QStringLiteral("--rtp-timeout"), QStringLiteral("0") });
    QByteArray said;
    while (!said.contains("listening on") && endpoint.waitForReadyRead(10000)) {
        said += endpoint.readAll();
    }
    if (!said.contains("listening on")) {
        std::fprintf(stderr, "bench_sip: voicepay-ivr did not start: %s\n", said.constData());
        return false;
    }
    const double cpuBefore = cpuSeconds(endpoint.processId());
    QElapsedTimer wall;
    wall.start();
    QProcess load;
    load.setWorkingDirectory(dir.path());
    load.start(sipp,
        { QStringLiteral("-sf"), QStringLiteral(VOICEPAY_SOURCE_DIR "/benchmarks/sip_load_call.xml"),
            QStringLiteral("-i"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
            QString::number(freeUdpPort()), QStringLiteral("-mi"), QStringLiteral("127.0.0.1"),
            QStringLiteral("-m"), QString::number(step.calls), QStringLiteral("-l"),
            QString::number(step.calls), QStringLiteral("-r"), QString::number(step.calls),
            QStringLiteral("-d"), QString::number(holdSeconds * 1000), QStringLiteral("-timeout"),
            QStringLiteral("%1s").arg(holdSeconds + 25), QStringLiteral("-trace_stat"), QStringLiteral("-fd"),
            QStringLiteral("60"), QStringLiteral("-nostdin"), QStringLiteral("127.0.0.1:%1").arg(port) });
    if (!load.waitForFinished((holdSeconds + 30) * 1000)) {
        load.kill();
        load.waitForFinished();
    }
    const double seconds = double(wall.elapsed()) / 1000.0;
    step.cpuShare = (cpuSeconds(endpoint.processId()) - cpuBefore) / seconds;
    endpoint.terminate();
    endpoint.waitForFinished(20000);
    said += endpoint.readAll();
    const auto m
        = QRegularExpression(QStringLiteral("(\\d+) calls answered; (\\d+) prompt frames sent, (\\d+) late"))
              .match(QString::fromUtf8(said));
    if (!m.hasMatch()) {
        std::fprintf(stderr, "bench_sip: no figures from voicepay-ivr: %s\n", said.right(2000).constData());
        return false;
    }
    step.frames = m.captured(2).toULongLong();
    step.late = m.captured(3).toULongLong();
    // sipp's statistics file: the last line's SuccessfulCall(C) column.
    const QStringList stats = QDir(dir.path()).entryList({ QStringLiteral("*_.csv") });
    QFile f(stats.isEmpty() ? QString() : dir.filePath(stats.first()));
    if (f.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        const QList<QByteArray> header = lines.first().split(';');
        const QList<QByteArray> last = lines.last().split(';');
        const qsizetype column = header.indexOf("SuccessfulCall(C)");
        step.completed = column >= 0 && column < last.size() ? last.at(column).toInt() : 0;
    }
    step.setupPerSecond = double(step.calls) / std::max(0.001, seconds - holdSeconds);
    return true;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QList<int> counts { 25, 50, 100, 150, 200 };
    int hold = 8;
    const QStringList args = app.arguments();
    // --require-all: exit 1 unless every call of every step completed (the short form in the normal tests).
    const bool requireAll = args.contains(QStringLiteral("--require-all"));
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == u"--counts") {
            counts.clear();
            for (const QString& c : args.at(i + 1).split(u',')) {
                counts << std::clamp(c.toInt(), 1, 500);
            }
            counts = counts.mid(0, 8);
        } else if (args.at(i) == u"--hold") {
            hold = std::clamp(args.at(i + 1).toInt(), 2, 60);
        } else if (args.at(i) == u"--require-all") {
            --i; // a flag without a value
        }
    }
    const QString ivr = QCoreApplication::applicationDirPath() + QStringLiteral("/voicepay-ivr");
    const QString sipp = QStandardPaths::findExecutable(QStringLiteral("sipp"));
    if (sipp.isEmpty() || !QFile::exists(ivr)) {
        std::fprintf(stderr, "bench_sip: needs sipp (sip-tester) and %s\n", qPrintable(ivr));
        return 1;
    }
    std::printf("%6s %9s %9s %11s %13s %8s\n", "calls", "completed", "setup/s", "ivr CPU", "frames", "late");
    int holds = 0;
    for (int n : counts) {
        Step step;
        step.calls = n;
        if (!runStep(ivr, sipp, hold, step)) {
            return 1;
        }
        std::printf("%6d %9d %9.1f %10.1f%% %13llu %7.2f%%\n", n, step.completed, step.setupPerSecond,
            100.0 * step.cpuShare, static_cast<unsigned long long>(step.frames), step.latePercent());
        std::fflush(stdout);
        if (step.completed == n && step.latePercent() < 1.0) {
            holds = std::max(holds, n);
        }
        if (requireAll && step.completed != n) {
            std::fprintf(stderr, "bench_sip: %d of %d calls completed\n", step.completed, n);
            return 1;
        }
    }
    std::printf("highest call count with every call completed and under 1%% of frames late: %d\n", holds);
    return 0;
}
