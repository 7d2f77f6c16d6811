#include "promptsynthesiser.h"

#include "audio/wavfile.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <atomic>
#include <mutex>
#include <thread>

namespace voicepay::sim {

namespace {

constexpr int toolTimeoutMs = 30000;

bool runTool(const QString& program, const QStringList& args, const QByteArray& input, QString* error)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(toolTimeoutMs)) {
        *error = program + QStringLiteral(": ") + p.errorString();
        return false;
    }
    if (!input.isEmpty()) {
        p.write(input);
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(toolTimeoutMs)) {
        p.kill();
        p.waitForFinished();
        *error = program + QStringLiteral(" did not finish in time");
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = program + QStringLiteral(" failed: ")
            + QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
        return false;
    }
    return true;
}

// Trims silence at both ends, notches the high-group DTMF frequencies (see the class comment), then brings
// the peak to -6 dBFS: prompts then sit a little above the keypad tones.
QStringList soxEffects()
{
    QStringList effects { QStringLiteral("silence"), QStringLiteral("1"), QStringLiteral("0.01"),
        QStringLiteral("0.3%"), QStringLiteral("reverse"), QStringLiteral("silence"), QStringLiteral("1"),
        QStringLiteral("0.01"), QStringLiteral("0.3%"), QStringLiteral("reverse") };
    for (int hz : { 1209, 1336, 1477, 1633 }) {
        effects << QStringLiteral("bandreject") << QString::number(hz) << QStringLiteral("60h");
    }
    return effects << QStringLiteral("norm") << QStringLiteral("-6");
}

} // namespace

QString PromptSynthesiser::voiceFor(const QString& language)
{
    const QString code = language.left(2).toLower();
    if (code == u"fr") {
        return QStringLiteral("fr-fr");
    }
    if (code == u"es") {
        return QStringLiteral("es");
    }
    if (code == u"de") {
        return QStringLiteral("de");
    }
    return QStringLiteral("en-us");
}

QString PromptSynthesiser::recordingRecipe()
{
    return QStringLiteral("sox (each trimmed) | sox ") + soxEffects().join(QLatin1Char(' '));
}

QString PromptSynthesiser::recipe()
{
    return QStringLiteral("espeak-ng -s 165 | sox ") + soxEffects().join(QLatin1Char(' '));
}

PromptSynthesiser::PromptSynthesiser(QString voice)
    : m_voice(std::move(voice))
{
}

bool PromptSynthesiser::toolsAvailable(QString* error)
{
    for (const char* tool : { "espeak-ng", "sox" }) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            *error = QStringLiteral("%1 is not installed (scripts/install-deps.sh --test installs it)")
                         .arg(QString::fromLatin1(tool));
            return false;
        }
    }
    return true;
}

// Human recordings of the parts of a segment ("vingt" "et" "un"): each part trimmed of its silences, so that
// they join without gaps, then the whole processed as a synthesised segment is.
bool PromptSynthesiser::joinRecordings(const Job& job, const QString& workFile, QString* error) const
{
    const QStringList trim { QStringLiteral("silence"), QStringLiteral("1"), QStringLiteral("0.01"),
        QStringLiteral("0.3%"), QStringLiteral("reverse"), QStringLiteral("silence"), QStringLiteral("1"),
        QStringLiteral("0.01"), QStringLiteral("0.3%"), QStringLiteral("reverse") };
    QStringList parts;
    for (qsizetype i = 0; i < job.recordings.size(); ++i) {
        const QString part = workFile + QStringLiteral(".part%1.wav").arg(i);
        if (!runTool(QStringLiteral("sox"),
                QStringList { job.recordings.at(i), QStringLiteral("-b"), QStringLiteral("16"),
                    QStringLiteral("-c"), QStringLiteral("1"), part }
                    + trim,
                QByteArray(), error)) {
            return false;
        }
        parts << part;
    }
    return runTool(QStringLiteral("sox"), parts + QStringList { workFile }, QByteArray(), error);
}

// Speech takes the text on standard input, so that no text is ever taken for an option.
bool PromptSynthesiser::runOne(const Job& job, const QString& workFile, QString* error) const
{
    if (!job.recordings.isEmpty()) {
        if (!joinRecordings(job, workFile, error)) {
            return false;
        }
    } else if (!runTool(QStringLiteral("espeak-ng"),
                   { QStringLiteral("-v"), m_voice, QStringLiteral("-s"), QStringLiteral("165"),
                       QStringLiteral("-w"), workFile },
                   job.text.toUtf8(), error)) {
        return false;
    }
    for (qsizetype i = 0; i < job.outputs.size(); ++i) {
        const QStringList args = QStringList { workFile, QStringLiteral("-r"),
            QString::number(job.rates.at(i)), QStringLiteral("-b"), QStringLiteral("16"),
            QStringLiteral("-c"), QStringLiteral("1"), job.outputs.at(i) }
            + soxEffects();
        if (!runTool(QStringLiteral("sox"), args, QByteArray(), error)) {
            return false;
        }
    }
    return true;
}

bool PromptSynthesiser::run(const QList<Job>& jobs, int parallel, QString* error) const
{
    QTemporaryDir work;
    if (!work.isValid()) {
        *error = QStringLiteral("no temporary folder: ") + work.errorString();
        return false;
    }
    std::atomic<qsizetype> next { 0 };
    std::atomic<bool> failed { false };
    std::mutex errorLock;
    auto worker = [&](int slot) {
        const QString workFile = work.filePath(QStringLiteral("speech%1.wav").arg(slot));
        for (qsizetype i = next++; i < jobs.size() && !failed; i = next++) {
            QString why;
            if (!runOne(jobs.at(i), workFile, &why)) {
                std::lock_guard lock(errorLock);
                if (!failed.exchange(true)) {
                    *error = QStringLiteral("\"%1\": %2").arg(jobs.at(i).text.left(40), why);
                }
            }
        }
    };
    std::vector<std::thread> threads;
    for (int slot = 0; slot < std::max(1, parallel); ++slot) {
        threads.emplace_back(worker, slot);
    }
    for (std::thread& t : threads) {
        t.join();
    }
    return !failed;
}

std::optional<AudioBuffer> PromptSynthesiser::speak(const QString& text, int sampleRate, QString* error) const
{
    QTemporaryDir work;
    const QString out = work.filePath(QStringLiteral("prompt.wav"));
    if (!work.isValid()
        || !runOne({ text, { out }, { sampleRate } }, work.filePath(QStringLiteral("raw.wav")), error)) {
        return std::nullopt;
    }
    return WavFile::read(out, error);
}

} // namespace voicepay::sim
