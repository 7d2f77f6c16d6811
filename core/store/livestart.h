#pragma once

#include <QString>

namespace voicepay {

// A call that has started and not yet ended, as a writer lists it among the calls in progress (live_calls).
struct LiveStart
{
    QString sessionId;
    QString site;
    QString callType;
    qint64 atMs = 0;
};

} // namespace voicepay
