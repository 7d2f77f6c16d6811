#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

// The outside tools the audio tests use as referees (sox, multimon-ng), installed by scripts/install-deps.sh.
namespace voicepay::test {

inline QString findTool(const char* name)
{
    const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
    if (path.isEmpty()) {
        qWarning("%s is missing: scripts/install-deps.sh --test installs it", name);
    }
    return path;
}

inline bool runTool(
    const QString& program, const QStringList& args, QByteArray* output = nullptr, int timeoutMs = 60000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    if (output) {
        *output = p.readAllStandardOutput();
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
        return false;
    }
    return true;
}

// The keys multimon-ng's DTMF decoder hears in a WAV file.
inline QString multimonKeys(const QString& wavPath)
{
    QByteArray output;
    if (!runTool(findTool("multimon-ng"),
            { QStringLiteral("-q"), QStringLiteral("-c"), QStringLiteral("-a"), QStringLiteral("DTMF"),
                QStringLiteral("-t"), QStringLiteral("wav"), wavPath },
            &output)) {
        return QStringLiteral("(multimon-ng failed)");
    }
    QString keys;
    static const QRegularExpression line(QStringLiteral("^DTMF: (.)$"), QRegularExpression::MultilineOption);
    auto it = line.globalMatch(QString::fromLatin1(output));
    while (it.hasNext()) {
        keys += it.next().captured(1);
    }
    return keys;
}

} // namespace voicepay::test
