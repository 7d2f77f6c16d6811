#include "sessionreplay.h"

#include "cards/luhn.h"
#include "flow/callresult.h"
#include "replaycodec.h"
#include "sessionrecord.h"
#include "textblocks.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <array>

namespace voicepay {

namespace {
QString translated(const char* text)
{
    return QCoreApplication::translate("SessionReplay", text);
}

// The list itself (shared, not copied) when no text in it has a digit run to mask: nearly always.
QStringList scrubbed(const QStringList& texts)
{
    if (std::all_of(texts.cbegin(), texts.cend(), SessionRecord::isScrubbed)) {
        return texts;
    }
    QStringList out;
    out.reserve(texts.size());
    for (const QString& t : texts) {
        out << SessionRecord::scrub(t);
    }
    return out;
}

// Gateway transaction ids and payment references are long digit runs by nature; only one that could be a
// card number (13 to 19 digits passing the Luhn check) is masked.
QString maskIfCardLike(const QString& text)
{
    QByteArray digits;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits.append(char(c.unicode()));
        }
    }
    const bool cardLike = digits.size() >= 13 && digits.size() <= 19
        && luhnValid(std::string_view(digits.constData(), size_t(digits.size())));
    return cardLike ? SessionRecord::scrub(text) : text;
}

bool readStrings(const QJsonValue& v, QStringList* out)
{
    if (v.isUndefined() || v.isNull()) {
        return true;
    }
    if (!v.isArray()) {
        return false;
    }
    for (const QJsonValue& item : v.toArray()) {
        if (!item.isString()) {
            return false;
        }
        *out << SessionRecord::scrub(item.toString());
    }
    return true;
}

// The ASCII units written as they are: printable, neither a quote nor a backslash.
constexpr auto kPlain = [] {
    std::array<bool, 0x80> plain {};
    for (char16_t u = 0x20; u < 0x80; ++u) {
        plain[u] = u != u'"' && u != u'\\';
    }
    return plain;
}();

// The replay's compact JSON written directly, byte for byte what QJsonDocument writes (keys sorted, the same
// escapes), without building a QJsonObject on every call. Gives up (false) on a surrogate, which
// QJsonDocument writes its own way: the caller then takes QJsonDocument's path.
bool appendString(QByteArray& out, const QString& text)
{
    static const char hex[] = "0123456789abcdef";
    static const char named[] = "btnvfr"; // 0x08 to 0x0d; 0x0b has no short form
    // Written through a pointer into room made once: at most six bytes a UTF-16 unit ("\u001f"), two quotes.
    const qsizetype start = out.size();
    out.resize(start + 6 * text.size() + 2);
    char* p = out.data() + start;
    *p++ = '"';
    const char16_t* in = reinterpret_cast<const char16_t*>(text.constData());
    const char16_t* const end = in + text.size();
    while (in != end) {
        if (end - in >= textblocks::kUnits && textblocks::jsonPlain(in)) { // most of a prompt
            textblocks::narrowAscii(in, p);
            p += textblocks::kUnits;
            in += textblocks::kUnits;
            continue;
        }
        const char16_t u = *in++;
        if (u < 0x80 && kPlain[u]) {
            *p++ = char(u);
            continue;
        }
        const QChar c(u);
        if (u >= 0x80) {
            if (c.isSurrogate()) {
                out.truncate(start);
                return false;
            }
            if (u < 0x800) {
                *p++ = char(0xc0 | (u >> 6));
            } else {
                *p++ = char(0xe0 | (u >> 12));
                *p++ = char(0x80 | ((u >> 6) & 0x3f));
            }
            *p++ = char(0x80 | (u & 0x3f));
        } else if (u == '"' || u == '\\') {
            *p++ = '\\';
            *p++ = char(u);
        } else if (u >= 0x08 && u <= 0x0d && u != 0x0b) {
            *p++ = '\\';
            *p++ = named[u - 0x08];
        } else {
            *p++ = '\\';
            *p++ = 'u';
            *p++ = '0';
            *p++ = '0';
            *p++ = hex[u >> 4];
            *p++ = hex[u & 0xf];
        }
    }
    *p++ = '"';
    out.truncate(p - out.constData());
    return true;
}

bool appendStrings(QByteArray& out, const QStringList& texts)
{
    out += '[';
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0) {
            out += ',';
        }
        if (!appendString(out, texts.at(i))) {
            return false;
        }
    }
    out += ']';
    return true;
}

bool appendSteps(QByteArray& out, const QList<StepRecord>& steps)
{
    out += '[';
    for (qsizetype i = 0; i < steps.size(); ++i) {
        out += i > 0 ? ",{\"prompts\":" : "{\"prompts\":";
        if (!appendStrings(out, steps.at(i).prompts)) {
            return false;
        }
        out += ",\"step\":";
        if (!appendString(out, steps.at(i).step)) {
            return false;
        }
        out += '}';
    }
    out += ']';
    return true;
}

bool appendTransfer(QByteArray& out, const TransferContext& t)
{
    out += "{\"declineCodes\":";
    if (!appendStrings(out, t.declineCodes)) {
        return false;
    }
    out += ",\"maskedCard\":";
    if (t.maskedCard.isEmpty()) {
        out += "null";
    } else if (!appendString(out, t.maskedCard)) {
        return false;
    }
    out += ",\"reason\":";
    if (!appendString(out, t.reason)) {
        return false;
    }
    out += ",\"step\":";
    if (!appendString(out, t.step)) {
        return false;
    }
    out += '}';
    return true;
}
} // namespace

bool SessionReplay::isEmpty() const
{
    return steps.isEmpty() && closingPrompts.isEmpty() && !transfer && transactionId.isEmpty()
        && paymentReference.isEmpty();
}

SessionReplay SessionReplay::fromResult(const CallResult& result)
{
    SessionReplay r;
    for (const StepRecord& s : result.steps) {
        r.steps << Step { s.step, scrubbed(s.prompts) };
    }
    r.closingPrompts = scrubbed(result.closingPrompts);
    if (result.hasTransferContext) {
        r.transfer = Transfer { result.transfer.step, SessionRecord::scrub(result.transfer.reason),
            scrubbed(result.transfer.declineCodes), SessionRecord::scrub(result.transfer.maskedCard) };
    }
    r.transactionId = maskIfCardLike(result.transactionId);
    r.paymentReference = maskIfCardLike(result.paymentReference);
    return r;
}

QJsonObject SessionReplay::toJsonObject() const
{
    QJsonObject o { { QStringLiteral("steps"), stepsToJson(steps) } };
    if (!closingPrompts.isEmpty()) {
        o.insert(QStringLiteral("closingPrompts"), QJsonArray::fromStringList(closingPrompts));
    }
    if (transfer) {
        o.insert(QStringLiteral("transferContext"), transferToJson(*transfer));
    }
    if (!transactionId.isEmpty()) {
        o.insert(QStringLiteral("transactionId"), transactionId);
    }
    if (!paymentReference.isEmpty()) {
        o.insert(QStringLiteral("paymentReference"), paymentReference);
    }
    return o;
}

namespace {
// The compact JSON appended to `out`; false (with `out` in any state) when QJsonDocument must write it.
bool appendJson(QByteArray& out, const SessionReplay& replay)
{
    out += '{';
    bool ok = true;
    if (!replay.closingPrompts.isEmpty()) {
        out += "\"closingPrompts\":";
        ok = appendStrings(out, replay.closingPrompts);
        out += ',';
    }
    if (ok && !replay.paymentReference.isEmpty()) {
        out += "\"paymentReference\":";
        ok = appendString(out, replay.paymentReference);
        out += ',';
    }
    out += "\"steps\":";
    ok = ok && appendSteps(out, replay.steps);
    if (ok && !replay.transactionId.isEmpty()) {
        out += ",\"transactionId\":";
        ok = appendString(out, replay.transactionId);
    }
    if (ok && replay.transfer) {
        out += ",\"transferContext\":";
        ok = appendTransfer(out, *replay.transfer);
    }
    out += '}';
    return ok;
}
} // namespace

QByteArray SessionReplay::toJson() const
{
    QByteArray out;
    out.reserve(4096);
    return appendJson(out, *this) ? out : QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact);
}

std::optional<SessionReplay> SessionReplay::fromJsonObject(const QJsonObject& o, QString* error)
{
    SessionReplay r;
    const QJsonValue steps = o.value(QStringLiteral("steps"));
    if (!steps.isUndefined() && !steps.isArray()) {
        *error = translated(QT_TRANSLATE_NOOP("SessionReplay", "\"steps\" is not a list"));
        return std::nullopt;
    }
    for (const QJsonValue& v : steps.toArray()) {
        const QJsonObject s = v.toObject();
        Step step { SessionRecord::scrub(s.value(QStringLiteral("step")).toString()), {} };
        if (!v.isObject() || step.step.isEmpty()
            || !readStrings(s.value(QStringLiteral("prompts")), &step.prompts)) {
            *error = translated(QT_TRANSLATE_NOOP(
                "SessionReplay", "a step is not an object with a name and a list of prompts"));
            return std::nullopt;
        }
        r.steps << step;
    }
    if (!readStrings(o.value(QStringLiteral("closingPrompts")), &r.closingPrompts)) {
        *error = translated(QT_TRANSLATE_NOOP("SessionReplay", "\"closingPrompts\" is not a list of texts"));
        return std::nullopt;
    }
    const QJsonValue transfer = o.value(QStringLiteral("transferContext"));
    if (transfer.isObject()) {
        const QJsonObject t = transfer.toObject();
        Transfer tc { SessionRecord::scrub(t.value(QStringLiteral("step")).toString()),
            SessionRecord::scrub(t.value(QStringLiteral("reason")).toString()), {},
            SessionRecord::scrub(t.value(QStringLiteral("maskedCard")).toString()) };
        if (!readStrings(t.value(QStringLiteral("declineCodes")), &tc.declineCodes)) {
            *error
                = translated(QT_TRANSLATE_NOOP("SessionReplay", "\"declineCodes\" is not a list of texts"));
            return std::nullopt;
        }
        r.transfer = tc;
    } else if (!transfer.isUndefined() && !transfer.isNull()) {
        *error = translated(QT_TRANSLATE_NOOP("SessionReplay", "\"transferContext\" is not an object"));
        return std::nullopt;
    }
    r.transactionId = maskIfCardLike(o.value(QStringLiteral("transactionId")).toString());
    r.paymentReference = maskIfCardLike(o.value(QStringLiteral("paymentReference")).toString());
    return r;
}

std::optional<SessionReplay> SessionReplay::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parse {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parse.error != QJsonParseError::NoError
            ? translated(QT_TRANSLATE_NOOP("SessionReplay", "not JSON (%1 at offset %2)"))
                  .arg(parse.errorString())
                  .arg(parse.offset)
            : translated(QT_TRANSLATE_NOOP("SessionReplay", "not a JSON object"));
        return std::nullopt;
    }
    return fromJsonObject(doc.object(), error);
}

QByteArray SessionReplay::toStored() const
{
    // The JSON only lives until it is compressed: written into a buffer the thread keeps, whose room stays
    // from one replay to the next.
    thread_local QByteArray json;
    json.resize(0);
    return replaycodec::pack(appendJson(json, *this) ? json : toJson());
}

std::optional<SessionReplay> SessionReplay::fromStored(const QByteArray& body, QString* error)
{
    const QByteArray json = replaycodec::unpack(body);
    if (json.isEmpty()) {
        *error = translated(QT_TRANSLATE_NOOP("SessionReplay", "neither JSON nor a compressed replay"));
        return std::nullopt;
    }
    return fromJson(json, error);
}

} // namespace voicepay
