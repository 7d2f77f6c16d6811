#include "callcontext.h"

#include "prompts/promptlanguage.h"

#include <QCoreApplication>

namespace voicepay {

namespace {
std::optional<CallContext> fail(QString* error, const QString& key, const QString& why)
{
    if (error) {
        *error = QStringLiteral("call.%1: %2").arg(key, why);
    }
    return std::nullopt;
}

QString translated(const char* text)
{
    return QCoreApplication::translate("CallContext", text);
}

bool isPrintable(const QString& s, int maxLength)
{
    if (s.size() > maxLength) {
        return false;
    }
    for (QChar c : s) {
        if (c.category() == QChar::Other_Control) {
            return false;
        }
    }
    return true;
}
} // namespace

QString callTypeName(CallType type)
{
    return type == CallType::Conference ? QStringLiteral("conference") : QStringLiteral("ivr");
}

QJsonObject CallContext::toJson() const
{
    QJsonObject o { { QStringLiteral("accountId"), accountId }, { QStringLiteral("amountDue"), amountDue },
        { QStringLiteral("callType"), callTypeName(callType) },
        { QStringLiteral("identified"), identified } };
    if (!merchantId.isEmpty()) {
        o.insert(QStringLiteral("merchantId"), merchantId);
    }
    if (!paymentReference.isEmpty()) {
        o.insert(QStringLiteral("paymentReference"), paymentReference);
    }
    if (!language.isEmpty()) {
        o.insert(QStringLiteral("language"), language);
    }
    return o;
}

std::optional<CallContext> CallContext::fromJson(const QJsonObject& json, QString* error)
{
    CallContext c;
    bool haveAccount = false;
    bool haveAmount = false;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString& key = it.key();
        const QJsonValue& value = it.value();
        if (key == u"accountId") {
            if (value.isDouble() && value.toDouble() >= 0 && value.toDouble() < 1e15) {
                c.accountId = QString::number(value.toInteger());
            } else if (value.isString() && !value.toString().trimmed().isEmpty()
                && isPrintable(value.toString(), 64)) {
                c.accountId = value.toString().trimmed();
            } else {
                return fail(error, key,
                    translated(
                        QT_TRANSLATE_NOOP("CallContext", "must be a non-empty account or customer id")));
            }
            haveAccount = true;
        } else if (key == u"amountDue") {
            if (!value.isString()) {
                return fail(error, key,
                    translated(
                        QT_TRANSLATE_NOOP("CallContext", "must be a decimal string such as \"125.50\"")));
            }
            c.amountDue = value.toString().trimmed();
            haveAmount = true;
        } else if (key == u"merchantId" || key == u"paymentReference" || key == u"language") {
            if (!value.isString() || !isPrintable(value.toString(), 64)) {
                return fail(error, key,
                    translated(
                        QT_TRANSLATE_NOOP("CallContext", "must be a string of at most 64 characters")));
            }
            if (key == u"language" && !value.toString().isEmpty()
                && !PromptLanguage::isAvailable(value.toString())) {
                return fail(error, key, PromptLanguage::refusal(value.toString()));
            }
            (key == u"merchantId"                ? c.merchantId
                    : key == u"paymentReference" ? c.paymentReference
                                                 : c.language)
                = value.toString();
        } else if (key == u"callType") {
            if (value.toString() == u"ivr") {
                c.callType = CallType::Ivr;
            } else if (value.toString() == u"conference") {
                c.callType = CallType::Conference;
            } else {
                return fail(
                    error, key, translated(QT_TRANSLATE_NOOP("CallContext", "must be ivr or conference")));
            }
        } else if (key == u"identified") {
            if (!value.isBool()) {
                return fail(
                    error, key, translated(QT_TRANSLATE_NOOP("CallContext", "must be true or false")));
            }
            c.identified = value.toBool();
        } else {
            return fail(error, key, translated(QT_TRANSLATE_NOOP("CallContext", "unknown key")));
        }
    }
    if (!haveAccount) {
        return fail(
            error, QStringLiteral("accountId"), translated(QT_TRANSLATE_NOOP("CallContext", "is required")));
    }
    if (!haveAmount) {
        return fail(
            error, QStringLiteral("amountDue"), translated(QT_TRANSLATE_NOOP("CallContext", "is required")));
    }
    return c;
}

} // namespace voicepay
