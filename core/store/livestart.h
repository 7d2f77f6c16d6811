#pragma once

#include <QString>

namespace voicepay {

// A writer with calls in progress renews its heartbeat (live_writers.seen_at) this often; its calls count
// only while the heartbeat is younger than kLiveHeartbeatAgeMs, so those of a killed process stop counting
// (and are removed by the next writer's heartbeat) within that time.
constexpr qint64 kLiveHeartbeatMs = 5000;
constexpr qint64 kLiveHeartbeatAgeMs = 15000;

// The channel of the calls voicepay-ivr answers (live_calls.channel).
inline QString phoneChannel()
{
    return QStringLiteral("phone");
}

// A call that has started and not yet ended, as a writer lists it among the calls in progress (live_calls),
// and as KpiQuery::liveCallList() reads it back.
struct LiveStart
{
    QString sessionId;
    QString site;
    QString callType;
    qint64 atMs = 0;
    bool isTest = false; // a simulated call: not counted unless a query asks for test calls
    QString channel; // phoneChannel() for a SIP call; empty for the simulator and the tools
    QString step; // the flow node the call is at (listed only for calls with a channel)
};

} // namespace voicepay
