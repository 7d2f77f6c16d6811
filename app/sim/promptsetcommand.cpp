#include "audio/asterisksounds.h"
#include "audio/promptset.h"
#include "audio/segmenttable.h"
#include "audio/wavfile.h"
#include "prompts/promptlanguage.h"
#include "promptsynthesiser.h"
#include "runsetup.h"
#include "simcommands.h"

#include <QDir>
#include <QFile>
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

struct PromptSetOptions
{
    QString dir;
    QString language = QStringLiteral("en-US");
    QString voice; // empty: the language's
    QString recordings; // a folder of asterisk-core-sounds recordings of the language
    QString reuse; // a set whose unchanged synthesised segments are copied rather than made again
    int jobs = std::max(1, QThread::idealThreadCount());
};

// What the set will hold, and the work to make it.
struct Plan
{
    QList<PromptSetEntry> entries;
    QList<PromptSynthesiser::Job> work;
    int kept = 0;
    int recorded = 0;
    int reused = 0;
    int human = 0;
};

bool sameEntry(const PromptSetEntry* old, const PromptSetEntry& e)
{
    return old && old->text == e.text && old->source == e.source && old->voice == e.voice
        && old->synthesis == e.synthesis && old->recording == e.recording;
}

bool copyFiles(const QString& from, const QString& to, const QString& id)
{
    for (int rate : rates) {
        const QString target = PromptSet::wavPath(to, rate, id);
        QFile::remove(target);
        if (!QFile::copy(PromptSet::wavPath(from, rate, id), target)) {
            return false;
        }
    }
    return true;
}

// The entry a segment gets: from the recordings where they hold it, else synthesised.
PromptSetEntry entryFor(const SpokenSegment& s, const PromptSetOptions& o, QStringList* sources)
{
    if (!o.recordings.isEmpty()) {
        const QStringList files = AsteriskSounds::files(o.language, s.id);
        bool all = !files.isEmpty();
        for (const QString& f : files) {
            all = all && QFileInfo::exists(QDir(o.recordings).filePath(f));
            *sources << QDir(o.recordings).filePath(f);
        }
        if (all) {
            return { s.id, s.text, PromptSetEntry::Source::Recorded, QString(),
                PromptSynthesiser::recordingRecipe(),
                AsteriskSounds::package(o.language) + QStringLiteral(": ") + files.join(QLatin1Char(' ')) };
        }
        sources->clear();
    }
    return { s.id, s.text, PromptSetEntry::Source::Synthesised, o.voice, PromptSynthesiser::recipe(),
        QString() };
}

Plan plan(const PromptSetOptions& o, const std::optional<PromptSet>& existing,
    const std::optional<PromptSet>& reuse)
{
    Plan p;
    for (const SpokenSegment& s : SegmentTable::all(o.language)) {
        const PromptSetEntry* old = existing ? existing->find(s.id) : nullptr;
        if (old && old->source == PromptSetEntry::Source::Recorded && old->recording.isEmpty()) {
            // A studio recording: kept as it is.
            if (old->text != s.text) {
                err() << "voicepay-sim: the recording of " << s.id << " says \"" << old->text
                      << "\" but the segment now says \"" << s.text << "\"\n";
            }
            p.entries << *old;
            ++p.recorded;
            continue;
        }
        QStringList sources;
        const PromptSetEntry e = entryFor(s, o, &sources);
        p.entries << e;
        p.human += !sources.isEmpty();
        if (sameEntry(old, e) && filesUsable(o.dir, s.id)) {
            ++p.kept;
            continue;
        }
        if (reuse && sameEntry(reuse->find(s.id), e) && filesUsable(reuse->directory(), s.id)
            && copyFiles(reuse->directory(), o.dir, s.id)) {
            ++p.reused;
            continue;
        }
        PromptSynthesiser::Job job { s.text, {}, rates, sources };
        for (int rate : rates) {
            job.outputs << PromptSet::wavPath(o.dir, rate, s.id);
        }
        p.work << job;
    }
    return p;
}

int parseOptions(const QStringList& args, PromptSetOptions& o)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (i + 1 >= args.size()) {
            return usageError(a + QStringLiteral(" needs a value"));
        }
        const QString value = args.at(++i);
        if (a == u"--out") {
            o.dir = value;
        } else if (a == u"--lang") {
            o.language = PromptLanguage::normalise(value);
            if (o.language.isEmpty()) {
                return usageError(PromptLanguage::refusal(value));
            }
        } else if (a == u"--voice") {
            o.voice = value;
        } else if (a == u"--recordings") {
            o.recordings = value;
        } else if (a == u"--reuse") {
            o.reuse = value;
        } else if (a == u"--jobs") {
            o.jobs = std::clamp(value.toInt(), 1, 16);
        } else {
            return usageError(QStringLiteral("unknown option %1").arg(a));
        }
    }
    if (o.dir.isEmpty()) {
        return usageError(
            QStringLiteral("usage: voicepay-sim promptset --out DIR [--lang en-US] [--voice VOICE] "
                           "[--recordings DIR] [--reuse DIR] [--jobs N]"));
    }
    if (o.voice.isEmpty()) {
        o.voice = PromptSynthesiser::voiceFor(o.language);
    }
    if (o.recordings == u"installed") {
        o.recordings = AsteriskSounds::directory(o.language);
        if (o.recordings.isEmpty()) {
            return usageError(QStringLiteral("no recordings of %1 are installed").arg(o.language));
        }
    }
    return 0;
}

} // namespace

// Makes or brings up to date a language's prompt set: every segment whose text changed, whose voice or recipe
// changed or whose files are missing is made again; studio recordings (entries marked "recorded" without a
// "recording") are kept as they are. With --recordings the segments the human recordings hold are made from
// them and marked "recorded", with the files named in "recording".
int promptsetCommand(const QStringList& args)
{
    PromptSetOptions o;
    if (const int status = parseOptions(args, o)) {
        return status;
    }
    QString error;
    if (!PromptSynthesiser::toolsAvailable(&error)) {
        return usageError(error);
    }
    for (int rate : rates) {
        if (!QDir().mkpath(QDir(o.dir).filePath(QString::number(rate)))) {
            return usageError(QStringLiteral("%1: cannot create the folder").arg(o.dir));
        }
    }
    std::optional<PromptSet> existing;
    if (QFileInfo::exists(PromptSet::manifestPath(o.dir))) {
        existing = PromptSet::open(o.dir, &error);
        if (!existing || existing->language() != o.language) {
            err() << "voicepay-sim: " << (existing ? QStringLiteral("another language") : error)
                  << "; every segment is made again\n";
            existing.reset();
        }
    }
    std::optional<PromptSet> reuse;
    if (!o.reuse.isEmpty()) {
        reuse = PromptSet::open(o.reuse, &error);
    }
    const Plan p = plan(o, existing, reuse);
    if (!PromptSynthesiser(o.voice).run(p.work, o.jobs, &error)) {
        return usageError(QStringLiteral("speech synthesis failed: ") + error);
    }
    if (!PromptSet::writeManifest(o.dir, o.language, p.entries, &error)) {
        return usageError(error);
    }
    out() << p.entries.size() << " " << o.language << " segments in " << QDir(o.dir).absolutePath() << ": "
          << p.work.size() << " made now, " << p.reused << " copied, " << p.kept << " unchanged, "
          << p.recorded << " studio recordings, " << p.human << " from human recordings\n";
    out().flush();
    return 0;
}

} // namespace voicepay::sim
