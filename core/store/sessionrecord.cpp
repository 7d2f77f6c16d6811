#include "sessionrecord.h"

namespace voicepay {

QString SessionRecord::scrub(const QString& text)
{
    // Account numbers (5 digits), amounts and invoice numbers are shorter than any card or PIN-bearing string.
    constexpr int longestAllowedRun = 6;
    QString out = text;
    qsizetype runStart = -1;
    for (qsizetype i = 0; i <= out.size(); ++i) {
        const bool digit = i < out.size() && out.at(i).isDigit();
        if (digit && runStart < 0) {
            runStart = i;
        } else if (!digit && runStart >= 0) {
            if (i - runStart > longestAllowedRun) {
                for (qsizetype j = runStart; j < i; ++j) {
                    out[j] = QLatin1Char('*');
                }
            }
            runStart = -1;
        }
    }
    return out;
}

SessionRecord SessionRecord::fromRun(const CallResult& result, const QList<FlowEvent>& events,
    const QList<QPair<QString, QString>>& transitions, const QString& site, qint64 clockOffsetMs)
{
    SessionRecord r;
    r.sessionId = result.sessionId;
    r.site = site;
    r.callType = callTypeName(result.callType);
    r.configVersion = result.configVersion;
    r.outcome = outcomeName(result.outcome);
    r.exit = callExitName(result.exit);
    r.amount = result.amount;
    r.currency = result.currency;
    r.brand = result.cardBrand;
    r.last4 = result.cardLast4.right(4);
    r.declines = result.declines;
    r.attempts = result.attempts;
    r.durationMs = result.durationMs;
    r.reason = scrub(result.reason);
    r.declineReasons = result.declineReasons;
    for (const FlowEvent& e : events) {
        r.events << StoredEvent { e.atMs + clockOffsetMs, FlowEvent::kindName(e.kind), e.step, scrub(e.detail) };
        if (e.kind == FlowEvent::Kind::SessionEnded) {
            r.lastStep = e.step;
        }
    }
    if (!r.events.isEmpty()) {
        r.startedAtMs = r.events.first().atMs;
        r.endedAtMs = r.events.last().atMs;
    } else {
        r.startedAtMs = clockOffsetMs;
        r.endedAtMs = clockOffsetMs + result.durationMs;
    }
    if (!transitions.isEmpty()) {
        r.path << transitions.first().first;
        for (const auto& t : transitions) {
            r.path << t.second;
        }
    }
    if (r.lastStep.isEmpty()) {
        r.lastStep = result.lastStep;
    }
    return r;
}

} // namespace voicepay
