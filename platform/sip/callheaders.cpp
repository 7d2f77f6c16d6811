#include "callheaders.h"

#include <QJsonObject>

namespace voicepay::sip {

namespace {

struct HeaderKey
{
    const char16_t* header;
    const char16_t* jsonKey;
    bool mandatory;
};

constexpr HeaderKey kHeaders[] = {
    { u"X-VoicePay-Account", u"accountId", true },
    { u"X-VoicePay-Amount", u"amountDue", true },
    { u"X-VoicePay-Merchant", u"merchantId", false },
    { u"X-VoicePay-Reference", u"paymentReference", false },
    { u"X-VoicePay-Call-Type", u"callType", false },
    { u"X-VoicePay-Identified", u"identified", false },
    { u"X-VoicePay-Language", u"language", false },
};

std::optional<bool> parseFlag(const QString& value)
{
    const QString v = value.toLower();
    if (v == u"true" || v == u"yes" || v == u"1") {
        return true;
    }
    if (v == u"false" || v == u"no" || v == u"0") {
        return false;
    }
    return std::nullopt;
}
} // namespace

QString HeaderContext::refusal() const
{
    if (!missing.isEmpty()) {
        return QStringLiteral("Missing ") + missing.join(QStringLiteral(", "));
    }
    return error;
}

HeaderContext contextFromHeaders(const std::function<QString(const QString& name)>& header)
{
    HeaderContext out;
    QJsonObject json;
    for (const HeaderKey& h : kHeaders) {
        const QString name = QString::fromUtf16(h.header);
        const QString key = QString::fromUtf16(h.jsonKey);
        const QString value = header(name).trimmed();
        if (value.isEmpty()) {
            if (h.mandatory) {
                out.missing << name;
            }
            continue;
        }
        if (key == u"identified") {
            const auto flag = parseFlag(value);
            if (!flag) {
                out.error = name + QStringLiteral(": must be true or false");
                return out;
            }
            json.insert(key, *flag);
            continue;
        }
        json.insert(key, value);
    }
    if (!out.missing.isEmpty()) {
        return out;
    }
    QString why;
    out.context = CallContext::fromJson(json, &why);
    if (!out.context) {
        // The context names its JSON key; the caller knows the header.
        for (const HeaderKey& h : kHeaders) {
            const QString key = QStringLiteral("call.") + QString::fromUtf16(h.jsonKey);
            if (why.startsWith(key)) {
                why.replace(0, key.size(), QString::fromUtf16(h.header));
                break;
            }
        }
        out.error = QStringLiteral("Bad header: ") + why;
    }
    return out;
}

} // namespace voicepay::sip
