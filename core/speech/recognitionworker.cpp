#include "recognitionworker.h"

#include <algorithm>

namespace voicepay {

RecognitionWorker::RecognitionWorker(Factory factory, int threads)
    : m_factory(std::move(factory))
{
    const int n = std::clamp(threads, 0, maxThreads);
    m_lanes.resize(size_t(std::max(n, 1)));
    for (int lane = 0; lane < n; ++lane) {
        m_threads.emplace_back([this, lane] { run(lane); });
    }
}

RecognitionWorker::~RecognitionWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_background.clear(); // a spare no one will take is not made
    }
    m_wake.notify_all();
    for (std::thread& t : m_threads) {
        t.join();
    }
}

void RecognitionWorker::run(int lane)
{
    std::unique_lock lock(m_mutex);
    std::deque<Job>& own = m_lanes[size_t(lane)];
    for (;;) {
        m_wake.wait(lock, [&] { return m_stopping || !own.empty() || !m_background.empty(); });
        if (own.empty() && m_background.empty()) {
            return; // stopping, and this lane's last jobs have run
        }
        std::deque<Job>& from = own.empty() ? m_background : own;
        Job job = std::move(from.front());
        from.pop_front();
        ++m_busy;
        lock.unlock();
        job();
        job = nullptr; // what the job held (a call's line) is released off the lock
        lock.lock();
        --m_busy;
        if (m_busy == 0 && m_background.empty()
            && std::all_of(m_lanes.begin(), m_lanes.end(), [](const auto& q) { return q.empty(); })) {
            m_idle.notify_all();
        }
    }
}

int RecognitionWorker::assignLane()
{
    std::lock_guard lock(m_mutex);
    const int lane = m_nextLane;
    m_nextLane = (m_nextLane + 1) % int(m_lanes.size());
    return lane;
}

void RecognitionWorker::post(int lane, Job job)
{
    if (!threaded()) {
        job();
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_lanes[size_t(lane) % m_lanes.size()].push_back(std::move(job));
    }
    m_wake.notify_all();
}

void RecognitionWorker::postBackground(Job job)
{
    if (!threaded()) {
        job();
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping) {
            return;
        }
        m_background.push_back(std::move(job));
    }
    m_wake.notify_all();
}

void RecognitionWorker::waitIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [&] {
        return m_busy == 0 && m_background.empty()
            && std::all_of(m_lanes.begin(), m_lanes.end(), [](const auto& q) { return q.empty(); });
    });
}

void RecognitionWorker::preload(const QList<SpeechGrammar>& grammars, int sampleRate)
{
    {
        std::lock_guard lock(m_mutex);
        m_preload = true;
        m_warmGrammars = grammars;
        m_warmRate = sampleRate;
        if (m_spare || m_spareComing) {
            return;
        }
        m_spareComing = true;
    }
    postBackground([this] { makeSpare(); });
}

void RecognitionWorker::makeSpare()
{
    QList<SpeechGrammar> grammars;
    int rate = 8000;
    {
        std::lock_guard lock(m_mutex);
        grammars = m_warmGrammars;
        rate = m_warmRate;
    }
    QString error;
    std::unique_ptr<Recognizer> made = m_factory(&error);
    for (const SpeechGrammar& grammar : grammars) {
        if (made && !made->prepare(grammar, rate, &error)) {
            break; // the first utterance at that step says why
        }
    }
    std::lock_guard lock(m_mutex);
    m_spareComing = false;
    if (!made) {
        m_preload = false; // no model: each call finds out for itself, once
    } else if (!m_spare) {
        m_spare = std::move(made);
    }
}

bool RecognitionWorker::hasSpare() const
{
    std::lock_guard lock(m_mutex);
    return m_spare != nullptr;
}

std::unique_ptr<Recognizer> RecognitionWorker::take(QString* error)
{
    std::unique_ptr<Recognizer> taken;
    bool refill = false;
    {
        std::lock_guard lock(m_mutex);
        taken = std::move(m_spare);
        refill = m_preload && !m_spareComing && !m_stopping;
        m_spareComing = m_spareComing || refill;
    }
    if (refill) {
        postBackground([this] { makeSpare(); });
    }
    return taken ? std::move(taken) : m_factory(error);
}

} // namespace voicepay
