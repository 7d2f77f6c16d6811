#include "sessionrecord.h"

#include "flow/paymentflow.h"

namespace voicepay::ui {

SessionRecord SessionRecord::fromFlow(const PaymentFlow& flow, const QDateTime& startedAt, const QDateTime& endedAt)
{
    const CallResult& r = flow.result();
    SessionRecord s;
    s.sessionId = r.sessionId.isEmpty() ? flow.sessionId() : r.sessionId;
    s.site = flow.config().site;
    s.startedAt = startedAt;
    s.endedAt = endedAt;
    s.callType = callTypeName(r.callType);
    s.outcome = outcomeName(r.outcome);
    s.exit = callExitName(r.exit);
    s.brand = r.cardBrand;
    s.attempts = r.attempts;
    s.declines = r.declines;
    s.durationMs = r.durationMs > 0 ? r.durationMs : startedAt.msecsTo(endedAt);
    s.result = r.toJson();
    s.events = flow.events();
    return s;
}

} // namespace voicepay::ui
