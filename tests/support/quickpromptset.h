#pragma once

#include "audio/audiobuffer.h"
#include "audio/promptset.h"
#include "audio/segmenttable.h"
#include "audio/wavfile.h"

#include <QString>

namespace voicepay::test {

// A prompt set in which every segment is 20 ms of silence: the calls keep their prompts, their barge-in and
// their real-time pacing without depending on the prompt set the build made. Header only: the tests that use
// it link voicepay_audio.
inline bool writeQuickPromptSet(const QString& dir)
{
    QList<PromptSetEntry> entries;
    AudioBuffer clip;
    clip.appendSilence(20);
    for (const SpokenSegment& s : SegmentTable::all(QStringLiteral("en-US"))) {
        entries << PromptSetEntry { s.id, s.text, PromptSetEntry::Source::Synthesised, QStringLiteral("none"),
            QStringLiteral("silence for tests") };
        if (!WavFile::write(PromptSet::wavPath(dir, 8000, s.id), clip)) {
            return false;
        }
    }
    return PromptSet::writeManifest(dir, QStringLiteral("en-US"), entries);
}

} // namespace voicepay::test
