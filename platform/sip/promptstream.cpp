#include "promptstream.h"

namespace voicepay::sip {

void PromptStream::enqueue(const AudioBuffer& audio)
{
    if (audio.samples.empty() || audio.sampleRate != 8000) {
        return;
    }
    m_queue.push_back(audio);
}

void PromptStream::bargeIn()
{
    m_queue.clear();
    m_position = 0;
    m_talking = false; // the next prompt starts a talkspurt of its own
}

qint64 PromptStream::pendingMs() const
{
    size_t samples = 0;
    for (const AudioBuffer& b : m_queue) {
        samples += b.samples.size();
    }
    samples -= std::min(samples, m_position);
    return static_cast<qint64>(samples / 8);
}

AudioFrame PromptStream::nextFrame()
{
    AudioFrame frame;
    size_t filled = 0;
    while (filled < AudioFrame::samples && !m_queue.empty()) {
        const std::vector<qint16>& s = m_queue.front().samples;
        const size_t take = std::min(AudioFrame::samples - filled, s.size() - m_position);
        std::copy_n(s.begin() + static_cast<std::ptrdiff_t>(m_position), take,
            frame.pcm.begin() + static_cast<std::ptrdiff_t>(filled));
        filled += take;
        m_position += take;
        if (m_position >= s.size()) {
            m_queue.pop_front();
            m_position = 0;
        }
    }
    frame.silence = filled == 0;
    // A talkspurt begins with the first frame of audio after silence (RFC 3551 section 4.1).
    frame.marker = !frame.silence && !m_talking;
    m_talking = !frame.silence;
    return frame;
}

} // namespace voicepay::sip
