#include "sessionreplay.h"

#include "cards/luhn.h"
#include "flow/callresult.h"
#include "replaycodec.h"
#include "sessionrecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace voicepay {

namespace {
QString translated(const char* text)
{
    return QCoreApplication::translate("SessionReplay", text);
}

QStringList scrubbed(const QStringList& texts)
{
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

QByteArray SessionReplay::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact);
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
    return replaycodec::pack(toJson());
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
