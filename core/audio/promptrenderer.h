#pragma once

#include "audiobuffer.h"
#include "prompts/promptsegment.h"
#include "promptset.h"

#include <QStringList>

namespace voicepay {

// A prompt as audio, or the segment that stopped it.
struct RenderedPrompt
{
    AudioBuffer audio;
    QStringList segments; // the segment ids, in order
    QString missingSegment; // set when a segment has no usable recording: fall back to speech synthesis
    QString error;

    bool ok() const { return missingSegment.isEmpty(); }
};

// Concatenates the recordings of a prompt's segments with short silences between them.
//   PromptRenderer renderer(&set, 8000);
//   const RenderedPrompt r = renderer.render(prompt);
//   if (r.ok()) sink->write(r.audio.toPcm()); // 16-bit signed little-endian mono at r.audio.sampleRate
//   else speak(prompt.text());
class PromptRenderer
{
public:
    explicit PromptRenderer(const PromptSet* set, int sampleRate = 8000, int gapMs = 60);

    RenderedPrompt render(const Prompt& prompt) const;
    RenderedPrompt renderSegments(const QStringList& ids) const;

    int sampleRate() const { return m_rate; }
    int gapMs() const { return m_gapMs; }

private:
    const PromptSet* m_set;
    int m_rate;
    int m_gapMs;
};

} // namespace voicepay
