#pragma once

#include "speech/recognizer.h"

#include <QList>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace voicepay {

// Where the recognisers of live calls run, so that loading a model, preparing a grammar and decoding never
// hold the loop that sends every call's audio. A bounded set of threads ("lanes"); each call is given one
// lane and its jobs run there in the order they were posted, so a call's recogniser is only ever used by one
// thread at a time. With no threads, every job runs at once on the thread that posts it (tests, one-call
// tools). Jobs never touch a call: they hand what they find back through the call's own guarded queue.
class RecognitionWorker
{
public:
    using Factory = std::function<std::unique_ptr<Recognizer>(QString* error)>;
    using Job = std::function<void()>;
    static constexpr int maxThreads = 4;

    RecognitionWorker(Factory factory, int threads);
    // Runs what is still queued (a call's last jobs release and wipe its recogniser), then stops the threads.
    ~RecognitionWorker();
    RecognitionWorker(const RecognitionWorker&) = delete;
    RecognitionWorker& operator=(const RecognitionWorker&) = delete;

    bool threaded() const { return !m_threads.empty(); }
    // Keeps one recogniser ready, made in the background with these grammars prepared, and makes the next
    // whenever a call takes it. Nothing is kept when the factory fails (no model: calls take keys only).
    void preload(const QList<SpeechGrammar>& grammars, int sampleRate);
    // On a lane's thread: the ready recogniser, or one made now. Null with an error when there is none.
    std::unique_ptr<Recognizer> take(QString* error);
    bool hasSpare() const;

    int assignLane(); // round robin over the threads
    void post(int lane, Job job);
    // Until every job posted so far has run (tests and shut-down; never called on the endpoint's loop).
    void waitIdle();

private:
    void run(int lane);
    void postBackground(Job job);
    void makeSpare();

    Factory m_factory;
    std::vector<std::thread> m_threads;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::vector<std::deque<Job>> m_lanes; // one queue per thread
    std::deque<Job> m_background; // run only when a thread's own lane is empty
    int m_busy = 0; // jobs being run
    int m_nextLane = 0;
    bool m_stopping = false;

    // The ready recogniser (guarded by m_mutex).
    std::unique_ptr<Recognizer> m_spare;
    bool m_preload = false;
    bool m_spareComing = false;
    QList<SpeechGrammar> m_warmGrammars;
    int m_warmRate = 8000;
};

} // namespace voicepay
