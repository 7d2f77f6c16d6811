#include "audio/promptset.h"
#include "audio/segmenttable.h"
#include "audio/wavfile.h"
#include "promptsynthesiser.h"
#include "runsetup.h"
#include "simcommands.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace voicepay::sim {

namespace {

const QList<int> rates { 8000, 16000 };

bool filesUsable(const QString& dir, const QString& id)
{
    for (int rate : rates) {
        QString why;
        const auto audio = WavFile::read(PromptSet::wavPath(dir, rate, id), &why);
        if (!audio || audio->sampleRate != rate || audio->isEmpty()) {
            return false;
        }
    }
    return true;
}
} // namespace

// Makes or brings up to date the en-US prompt set: every segment whose text changed, whose voice changed or
// whose files are missing is synthesised again; entries marked "recorded" are kept as they are.
int promptsetCommand(const QStringList& args)
{
    QString dir;
    QString voice = QStringLiteral("en-us");
    int jobs = std::max(1, QThread::idealThreadCount());
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (i + 1 >= args.size()) {
            return usageError(a + QStringLiteral(" needs a value"));
        }
        const QString value = args.at(++i);
        if (a == u"--out") {
            dir = value;
        } else if (a == u"--voice") {
            voice = value;
        } else if (a == u"--jobs") {
            jobs = std::clamp(value.toInt(), 1, 16);
        } else {
            return usageError(QStringLiteral("unknown option %1").arg(a));
        }
    }
    if (dir.isEmpty()) {
        return usageError(
            QStringLiteral("usage: voicepay-sim promptset --out DIR [--voice en-us] [--jobs N]"));
    }
    QString error;
    if (!PromptSynthesiser::toolsAvailable(&error)) {
        return usageError(error);
    }
    for (int rate : rates) {
        if (!QDir().mkpath(QDir(dir).filePath(QString::number(rate)))) {
            return usageError(QStringLiteral("%1: cannot create the folder").arg(dir));
        }
    }
    std::optional<PromptSet> existing;
    if (QFileInfo::exists(PromptSet::manifestPath(dir))) {
        existing = PromptSet::open(dir, &error);
        if (!existing) {
            err() << "voicepay-sim: " << error << "; every segment is made again\n";
        }
    }

    QList<PromptSetEntry> entries;
    QList<PromptSynthesiser::Job> work;
    int kept = 0;
    int recorded = 0;
    for (const SpokenSegment& s : SegmentTable::all()) {
        const PromptSetEntry* old = existing ? existing->find(s.id) : nullptr;
        if (old && old->source == PromptSetEntry::Source::Recorded) {
            if (old->text != s.text) {
                err() << "voicepay-sim: the recording of " << s.id << " says \"" << old->text
                      << "\" but the segment now says \"" << s.text << "\"\n";
            }
            entries << *old;
            ++recorded;
            continue;
        }
        PromptSetEntry e { s.id, s.text, PromptSetEntry::Source::Synthesised, voice,
            PromptSynthesiser::recipe() };
        entries << e;
        if (old && old->text == s.text && old->voice == voice && old->synthesis == e.synthesis
            && filesUsable(dir, s.id)) {
            ++kept;
            continue;
        }
        PromptSynthesiser::Job job { s.text, {}, rates };
        for (int rate : rates) {
            job.outputs << PromptSet::wavPath(dir, rate, s.id);
        }
        work << job;
    }
    if (!PromptSynthesiser(voice).run(work, jobs, &error)) {
        return usageError(QStringLiteral("speech synthesis failed: ") + error);
    }
    if (!PromptSet::writeManifest(dir, QStringLiteral("en-US"), entries, &error)) {
        return usageError(error);
    }
    out() << entries.size() << " segments in " << QDir(dir).absolutePath() << ": " << work.size()
          << " synthesised now, " << kept << " unchanged, " << recorded << " recorded\n";
    out().flush();
    return 0;
}

} // namespace voicepay::sim
