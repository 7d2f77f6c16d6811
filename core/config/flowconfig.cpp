#include "flowconfig.h"

#include "config/configkeys.h"
#include "config/configmessages.h"
#include "prompts/promptlanguage.h"
#include "secure/inputexcerpt.h"

#include <QCryptographicHash>
#include <QJsonDocument>

// FlowConfig: the settings' names, their derived values and the checks across keys. The keys themselves are
// described in configkeys.cpp and read in configreader.cpp.
namespace voicepay {

using configdetail::fail;
using configdetail::translated;

namespace detail {
struct ConfigLimits
{
    QString currency; // what the limits were parsed from
    QString minAmount;
    QString maxAmount;
    const Currency* info = nullptr; // the currency table's own entry
    std::optional<Money> minimum;
    std::optional<Money> maximum;
};

struct ConfigVersion
{
    FlowConfig settings; // what the digest was computed from
    QString digest;
};
} // namespace detail

QString amountModeName(AmountMode mode)
{
    return mode == AmountMode::Fixed ? QStringLiteral("fixed") : QStringLiteral("caller");
}

QString inputModeName(InputMode mode)
{
    switch (mode) {
    case InputMode::Dtmf:
        return QStringLiteral("dtmf");
    case InputMode::Voice:
        return QStringLiteral("voice");
    case InputMode::Both:
        return QStringLiteral("both");
    }
    return QString();
}

QString callExitName(CallExit exit)
{
    switch (exit) {
    case CallExit::ReturnToIvr:
        return QStringLiteral("return_to_ivr");
    case CallExit::TransferToAgent:
        return QStringLiteral("transfer_to_agent");
    case CallExit::LeaveConference:
        return QStringLiteral("leave_conference");
    case CallExit::Disconnect:
        return QStringLiteral("disconnect");
    }
    return QString();
}

std::optional<CallExit> callExitFromName(const QString& name)
{
    for (CallExit e : { CallExit::ReturnToIvr, CallExit::TransferToAgent, CallExit::LeaveConference,
             CallExit::Disconnect }) {
        if (callExitName(e) == name) {
            return e;
        }
    }
    return std::nullopt;
}

std::shared_ptr<const detail::ConfigLimits> FlowConfig::limits() const
{
    auto cached = m_limits.get();
    if (cached && cached->currency == currency && cached->minAmount == minAmount
        && cached->maxAmount == maxAmount) {
        return cached;
    }
    auto fresh = std::make_shared<detail::ConfigLimits>();
    fresh->currency = currency;
    fresh->minAmount = minAmount;
    fresh->maxAmount = maxAmount;
    const auto known = CurrencyTable::find(currency);
    fresh->info = CurrencyTable::intern(known ? *known : *CurrencyTable::find(QStringLiteral("USD")));
    fresh->minimum = Money::fromDecimalString(minAmount, *fresh->info);
    if (!maxAmount.isEmpty()) {
        fresh->maximum = Money::fromDecimalString(maxAmount, *fresh->info);
    }
    m_limits.set(fresh);
    return fresh;
}

const Currency& FlowConfig::currencyInfo() const
{
    return *limits()->info; // the table's entry: it outlives every configuration
}

std::optional<Money> FlowConfig::minimum() const
{
    return limits()->minimum;
}

std::optional<Money> FlowConfig::maximum() const
{
    return limits()->maximum;
}

StepTiming FlowConfig::timing(const QString& step) const
{
    StepTiming t { maxRetries, noInputTimeoutMs, interDigitTimeoutMs };
    return stepOverrides.value(step, t);
}

QSet<QString> FlowConfig::allowedBrandSet() const
{
    return QSet<QString>(allowedBrands.begin(), allowedBrands.end());
}

bool FlowConfig::validate(QString* error) const
{
    if (!CurrencyTable::find(currency)) {
        return fail(error, QStringLiteral("currency"),
            translated(QT_TRANSLATE_NOOP("FlowConfig", "\"%1\" is not a supported ISO 4217 code"))
                .arg(maskedExcerpt(currency, 0, 8)));
    }
    // The limits parsed once for this configuration (the engine checks it for every call); parsed again only
    // to say why one is refused.
    const auto parsed = limits();
    QString why;
    const std::optional<Money>& min = parsed->minimum;
    if (!min) {
        Money::fromDecimalString(minAmount, *parsed->info, &why);
        return fail(error, QStringLiteral("minAmount"), why);
    }
    if (min->minorUnits() <= 0) {
        return fail(error, QStringLiteral("minAmount"),
            translated(QT_TRANSLATE_NOOP("FlowConfig", "must be greater than zero")));
    }
    if (!maxAmount.isEmpty()) {
        const std::optional<Money>& max = parsed->maximum;
        if (!max) {
            Money::fromDecimalString(maxAmount, *parsed->info, &why);
            return fail(error, QStringLiteral("maxAmount"), why);
        }
        if (max->minorUnits() < min->minorUnits()) {
            return fail(error, QStringLiteral("maxAmount"),
                translated(QT_TRANSLATE_NOOP("FlowConfig", "must not be below minAmount")));
        }
    }
    if (allowedBrands.isEmpty()) {
        return fail(error, QStringLiteral("allowedBrands"),
            translated(QT_TRANSLATE_NOOP("FlowConfig", "must name at least one card brand")));
    }
    if (!PromptLanguage::isAvailable(language)) {
        return fail(error, QStringLiteral("language"), PromptLanguage::refusal(language));
    }
    // A charge whose reply is lost is sent again with the same invoice, and only the duplicate window stops
    // the gateway from charging it twice: 0 turns that protection off, and a window shorter than the client's
    // recovery lets it lapse while the client still acts on it.
    if (gateway.duplicateWindowSeconds * 1000LL <= gateway.exchangeBudgetMs()) {
        return fail(error, QStringLiteral("gateway.duplicateWindowSeconds"),
            translated(
                QT_TRANSLATE_NOOP("FlowConfig",
                    "must be longer than a charge's whole recovery (connectTimeoutMs + 2 x "
                    "transferTimeoutMs = %1 ms), or a charge sent again after a lost reply could be made "
                    "twice; 0 is refused"))
                .arg(gateway.exchangeBudgetMs()));
    }
    if (gateway.mode != u"sandbox" && gateway.url.isEmpty()) {
        return fail(error, QStringLiteral("gateway.url"),
            translated(QT_TRANSLATE_NOOP("FlowConfig", "is required for gateway mode %1")).arg(gateway.mode));
    }
    return true;
}

QJsonObject FlowConfig::toJson() const
{
    QJsonObject out;
    QHash<QString, QJsonObject> nested; // "gateway": its keys
    for (const ConfigKey& key : ConfigKeys::all()) {
        if (!key.read) {
            continue;
        }
        if (key.parent().isEmpty()) {
            out.insert(key.name, key.read(*this));
        } else {
            nested[key.parent()].insert(key.leaf(), key.read(*this));
        }
    }
    for (auto it = nested.cbegin(); it != nested.cend(); ++it) {
        out.insert(it.key(), it.value());
    }
    return out;
}

QString FlowConfig::version() const
{
    const auto cached = m_version.get();
    if (cached && cached->settings == *this) {
        return cached->digest;
    }
    // QJsonDocument writes object keys sorted, so equal settings give equal digests.
    const QByteArray canonical = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    auto fresh = std::make_shared<detail::ConfigVersion>();
    fresh->settings = *this;
    fresh->settings.m_version = {};
    fresh->digest = QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(12));
    m_version.set(fresh);
    return fresh->digest;
}

} // namespace voicepay
