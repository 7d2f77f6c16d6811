#include "sessionrecord.h"

#include "textblocks.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <limits>

namespace voicepay {

namespace {
// Account numbers (5 digits), amounts and invoice numbers are shorter than any card or PIN-bearing string.
constexpr int kLongestAllowedRun = 6;

// Read through a pointer (most texts are prompts of ASCII letters): QChar::isDigit() only for the rest.
bool isDigit(char16_t c)
{
    return c < 0x80 ? char16_t(c - u'0') <= 9 : QChar(c).isDigit();
}

// Where the first run of digits longer than allowed starts; -1 when there is none (nearly every text).
qsizetype firstLongRun(const char16_t* in, qsizetype size)
{
    int run = 0;
    qsizetype i = 0;
    while (i < size) {
        if (i + textblocks::kUnits <= size && textblocks::asciiWithoutDigits(in + i)) {
            run = 0;
            i += textblocks::kUnits;
            continue;
        }
        const qsizetype end = std::min(size, i + textblocks::kUnits);
        for (; i < end; ++i) {
            run = isDigit(in[i]) ? run + 1 : 0;
            if (run > kLongestAllowedRun) {
                return i - kLongestAllowedRun;
            }
        }
    }
    return -1;
}
} // namespace

bool SessionRecord::isScrubbed(const QString& text)
{
    return firstLongRun(reinterpret_cast<const char16_t*>(text.constData()), text.size()) < 0;
}

QString SessionRecord::scrub(const QString& text)
{
    const char16_t* in = reinterpret_cast<const char16_t*>(text.constData());
    const qsizetype first = firstLongRun(in, text.size());
    if (first < 0) {
        return text; // shared, not copied
    }
    QString out = text;
    char16_t* masked = reinterpret_cast<char16_t*>(out.data());
    qsizetype runStart = first;
    for (qsizetype i = first; i <= out.size(); ++i) {
        const bool digit = i < out.size() && isDigit(masked[i]);
        if (digit && runStart < 0) {
            runStart = i;
        } else if (!digit && runStart >= 0) {
            if (i - runStart > kLongestAllowedRun) {
                std::fill(masked + runStart, masked + i, u'*');
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
    r.events.reserve(events.size());
    for (const FlowEvent& e : events) {
        r.events << StoredEvent { e.atMs + clockOffsetMs, FlowEvent::kindName(e.kind), e.step,
            scrub(e.detail) };
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
        r.path.reserve(transitions.size() + 1);
        r.path << transitions.first().first;
        for (const auto& t : transitions) {
            r.path << t.second;
        }
    }
    if (r.lastStep.isEmpty()) {
        r.lastStep = result.lastStep;
    }
    r.replay = SessionReplay::fromResult(result);
    if (!r.replay.isEmpty()) {
        r.storedReplay = r.replay.toStored();
    }
    return r;
}

QJsonObject SessionRecord::toJson() const
{
    QJsonArray eventArray;
    for (const StoredEvent& e : events) {
        eventArray.append(QJsonArray { double(e.atMs), e.kind, e.step, e.detail });
    }
    return QJsonObject {
        { QStringLiteral("sessionId"), sessionId },
        { QStringLiteral("site"), site },
        { QStringLiteral("callType"), callType },
        { QStringLiteral("configVersion"), configVersion },
        { QStringLiteral("startedAtMs"), double(startedAtMs) },
        { QStringLiteral("endedAtMs"), double(endedAtMs) },
        { QStringLiteral("outcome"), outcome },
        { QStringLiteral("exit"), exit },
        { QStringLiteral("amount"), amount },
        { QStringLiteral("currency"), currency },
        { QStringLiteral("brand"), brand },
        { QStringLiteral("last4"), last4 },
        { QStringLiteral("declines"), declines },
        { QStringLiteral("attempts"), attempts },
        { QStringLiteral("durationMs"), double(durationMs) },
        { QStringLiteral("reason"), reason },
        { QStringLiteral("lastStep"), lastStep },
        { QStringLiteral("declineReasons"), QJsonArray::fromStringList(declineReasons) },
        { QStringLiteral("path"), QJsonArray::fromStringList(path) },
        { QStringLiteral("events"), eventArray },
        { QStringLiteral("replay"), fullReplay().toJsonObject() },
        { QStringLiteral("test"), isTest },
    };
}

std::optional<SessionRecord> SessionRecord::fromJson(const QJsonObject& o, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<SessionRecord> {
        *error = why;
        return std::nullopt;
    };
    auto translated = [](const char* text) { return QCoreApplication::translate("SessionRecord", text); };
    SessionRecord r;
    r.sessionId = o.value(QStringLiteral("sessionId")).toString();
    r.outcome = o.value(QStringLiteral("outcome")).toString();
    if (r.sessionId.isEmpty() || r.outcome.isEmpty()) {
        return fail(translated(QT_TRANSLATE_NOOP("SessionRecord", "a session without an id or an outcome")));
    }
    const auto text = [&o](const char* key) { return scrub(o.value(QLatin1String(key)).toString()); };
    // Whole numbers a double holds exactly; anything else (a fraction, NaN, a huge value) is refused, never
    // cast.
    bool numbersOk = true;
    const auto whole = [&numbersOk](const QJsonValue& v) -> qint64 {
        if (v.isUndefined() || v.isNull()) {
            return 0;
        }
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        constexpr double kLimit = 9007199254740992.0; // 2^53
        if (!std::isfinite(d) || std::abs(d) > kLimit || d != std::trunc(d)) {
            numbersOk = false;
            return 0;
        }
        return qint64(d);
    };
    const auto number = [&o, &whole](const char* key) { return whole(o.value(QLatin1String(key))); };
    r.site = text("site");
    r.callType = text("callType");
    r.configVersion = text("configVersion");
    r.startedAtMs = number("startedAtMs");
    r.endedAtMs = number("endedAtMs");
    r.exit = text("exit");
    r.amount = text("amount");
    r.currency = text("currency");
    r.brand = text("brand");
    r.last4 = o.value(QStringLiteral("last4")).toString();
    if (r.last4.size() > 4) {
        return fail(translated(QT_TRANSLATE_NOOP("SessionRecord", "session %1: more than four card digits"))
                        .arg(r.sessionId));
    }
    r.declines = int(std::clamp<qint64>(number("declines"), 0, 1000000));
    r.attempts = int(std::clamp<qint64>(number("attempts"), 0, 1000000));
    r.durationMs = number("durationMs");
    r.isTest = o.value(QStringLiteral("test")).toBool();
    r.reason = text("reason");
    r.lastStep = text("lastStep");
    for (const QJsonValue& v : o.value(QStringLiteral("declineReasons")).toArray()) {
        r.declineReasons << scrub(v.toString());
    }
    for (const QJsonValue& v : o.value(QStringLiteral("path")).toArray()) {
        r.path << scrub(v.toString());
    }
    for (const QJsonValue& v : o.value(QStringLiteral("events")).toArray()) {
        const QJsonArray e = v.toArray();
        if (e.size() != 4) {
            return fail(translated(
                QT_TRANSLATE_NOOP("SessionRecord", "session %1: an event is not [time, kind, step, detail]"))
                            .arg(r.sessionId));
        }
        r.events << StoredEvent { whole(e.at(0)), scrub(e.at(1).toString()), scrub(e.at(2).toString()),
            scrub(e.at(3).toString()) };
    }
    if (!numbersOk) {
        return fail(translated(
            QT_TRANSLATE_NOOP("SessionRecord", "session %1: a time or a count is not a whole number"))
                        .arg(r.sessionId));
    }
    QString why;
    const auto replay = SessionReplay::fromJsonObject(o.value(QStringLiteral("replay")).toObject(), &why);
    if (!replay) {
        return fail(translated(QT_TRANSLATE_NOOP("SessionRecord", "session %1: %2")).arg(r.sessionId, why));
    }
    r.replay = *replay;
    return r;
}

void SessionRecord::keepStoredReplayOnly()
{
    if (storedReplay.isEmpty() || replayTrimmed) {
        return;
    }
    replay.steps.clear();
    replay.closingPrompts.clear();
    replay.transfer.reset();
    replayTrimmed = true;
}

SessionReplay SessionRecord::fullReplay() const
{
    if (!replayTrimmed) {
        return replay;
    }
    QString error;
    // The body was made from this very replay a moment before: it reads back (a damaged one keeps what is
    // left, the references).
    return SessionReplay::fromStored(storedReplay, &error).value_or(replay);
}

QList<QPair<QString, QString>> SessionRecord::searchRefs(const SessionRecord& r)
{
    return searchRefs(r.replay);
}

QList<QPair<QString, QString>> SessionRecord::searchRefs(const SessionReplay& replay)
{
    QList<QPair<QString, QString>> refs;
    if (!replay.transactionId.isEmpty()) {
        refs.append({ QStringLiteral("transaction"), replay.transactionId });
    }
    if (!replay.paymentReference.isEmpty()) {
        refs.append({ QStringLiteral("reference"), replay.paymentReference });
    }
    return refs;
}

} // namespace voicepay
