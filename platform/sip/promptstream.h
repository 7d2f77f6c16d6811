#pragma once

#include "audio/audiobuffer.h"

#include <QtGlobal>
#include <array>
#include <deque>

namespace voicepay::sip {

// One outgoing 20 ms frame: 160 samples at 8 kHz, and whether it starts a talkspurt (the RTP marker bit).
struct AudioFrame
{
    static constexpr int samples = 160;
    static constexpr int durationMs = 20;
    std::array<qint16, samples> pcm {};
    bool marker = false;
    bool silence = true;
};

// The audio a call sends: the prompts queued by the flow, played one after the other in 20 ms frames, and
// silence between them. A key from the caller stops what is queued (barge-in).
class PromptStream
{
public:
    void enqueue(const AudioBuffer& audio); // 8 kHz
    void bargeIn(); // drops what is queued and what is playing
    bool isIdle() const { return m_queue.empty(); }
    qint64 pendingMs() const; // how much audio is still to be sent

    AudioFrame nextFrame();

private:
    std::deque<AudioBuffer> m_queue;
    size_t m_position = 0; // within the front buffer
    bool m_talking = false; // the last frame carried a prompt
};

} // namespace voicepay::sip
