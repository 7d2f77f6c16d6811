#include "configkeys.h"

#include "config/flowconfig.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace voicepay {

namespace {

QJsonValue list(const QStringList& l)
{
    return QJsonArray::fromStringList(l);
}

QStringList list(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray()) {
        if (!out.contains(item.toString())) {
            out << item.toString();
        }
    }
    return out;
}

CallExit exitOf(const QJsonValue& v)
{
    return callExitFromName(v.toString()).value_or(CallExit::TransferToAgent);
}

// The exits a configuration may name, by the words the flow diagram uses for them; leave_conference belongs
// to conference calls and is never configured.
QList<ConfigChoice> exitChoices()
{
    return { { QStringLiteral("return_to_ivr"),
                 QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Return to the IVR") },
        { QStringLiteral("transfer_to_agent"),
            QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Transfer to an agent") },
        { QStringLiteral("disconnect"), QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Disconnect") } };
}

const char* const kExitMessage
    = QT_TRANSLATE_NOOP("FlowConfig", "must be transfer_to_agent, return_to_ivr or disconnect");

ConfigKey wholeNumber(const char* name, int min, int max, const char* help, const char* group,
    const char* label, QJsonValue (*read)(const FlowConfig&), void (*write)(FlowConfig&, const QJsonValue&))
{
    ConfigKey k;
    k.name = QString::fromLatin1(name);
    k.type = ConfigValueType::WholeNumber;
    k.minimum = min;
    k.maximum = max;
    k.help = QString::fromUtf8(help);
    k.widget = ConfigWidget::SpinBox;
    k.group = QString::fromLatin1(group);
    k.label = label;
    k.read = read;
    k.write = write;
    return k;
}

ConfigKey key(const char* name, ConfigValueType type, ConfigWidget widget, const char* group,
    const char* label, const char* help, QJsonValue (*read)(const FlowConfig&),
    void (*write)(FlowConfig&, const QJsonValue&))
{
    ConfigKey k;
    k.name = QString::fromLatin1(name);
    k.type = type;
    k.widget = widget;
    k.group = QString::fromLatin1(group);
    k.label = label;
    k.help = QString::fromUtf8(help);
    k.read = read;
    k.write = write;
    return k;
}

ConfigKey withMs(ConfigKey k, int singleStep = 1)
{
    k.suffix = QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", " ms");
    k.singleStep = singleStep;
    return k;
}

ConfigKey choice(ConfigKey k, QList<ConfigChoice> choices, const char* message)
{
    k.choices = std::move(choices);
    k.choiceMessage = message;
    return k;
}

QList<ConfigKey> amountKeys()
{
    ConfigKey maxAmount = key(
        "maxAmount", ConfigValueType::Amount, ConfigWidget::LineEdit, "amounts",
        QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Ma&ximum amount:"),
        "decimal string, or `null` for no maximum",
        [](const FlowConfig& c) { return c.maxAmount.isEmpty() ? QJsonValue() : QJsonValue(c.maxAmount); },
        [](FlowConfig& c, const QJsonValue& v) {
            c.maxAmount = v.isNull() ? QString() : v.toString().trimmed();
        });
    maxAmount.nullable = true;
    maxAmount.placeholder = QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "no maximum");
    return {
        key(
            "currency", ConfigValueType::Text, ConfigWidget::CurrencyBox, "amounts",
            QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "C&urrency:"), "ISO 4217 code",
            [](const FlowConfig& c) { return QJsonValue(c.currency); },
            [](FlowConfig& c, const QJsonValue& v) { c.currency = v.toString(); }),
        key(
            "minAmount", ConfigValueType::Amount, ConfigWidget::LineEdit, "amounts",
            QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "M&inimum amount:"),
            "decimal string, in the currency's decimals",
            [](const FlowConfig& c) { return QJsonValue(c.minAmount); },
            [](FlowConfig& c, const QJsonValue& v) { c.minAmount = v.toString().trimmed(); }),
        maxAmount,
        choice(key(
                   "amountMode", ConfigValueType::Choice, ConfigWidget::ComboBox, "amounts",
                   QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Amount &mode:"),
                   "`fixed` (the amount due) or `caller` (full balance or another amount)",
                   [](const FlowConfig& c) { return QJsonValue(amountModeName(c.amountMode)); },
                   [](FlowConfig& c, const QJsonValue& v) {
                       c.amountMode = v.toString() == u"fixed" ? AmountMode::Fixed : AmountMode::Caller;
                   }),
            { { QStringLiteral("caller"),
                  QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Caller may choose the amount") },
                { QStringLiteral("fixed"),
                    QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Fixed: the amount due only") } },
            QT_TRANSLATE_NOOP("FlowConfig", "must be fixed or caller")),
    };
}

// Where a phone call (voicepay-ivr) that exits to transfer_to_agent is sent. The core checks its shape only;
// the SIP endpoint parses it as a URI when it starts.
ConfigKey transferTargetKey()
{
    ConfigKey k = key(
        "transferTarget", ConfigValueType::Text, ConfigWidget::LineEdit, "exits",
        QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Transfer calls to:"),
        "the SIP URI a phone call (`voicepay-ivr`) is REFERred to when it exits to `transfer_to_agent`; "
        "empty: such a call ends with a BYE (`voicepay-ivr --transfer-to` overrides it)",
        [](const FlowConfig& c) { return QJsonValue(c.transferTarget); },
        [](FlowConfig& c, const QJsonValue& v) { c.transferTarget = v.toString().trimmed(); });
    k.pattern = QStringLiteral("\\s*(sips?:[^\\s<>\"]{1,250})?\\s*");
    k.patternMessage
        = QT_TRANSLATE_NOOP("FlowConfig", "must be a SIP URI such as sip:agents@pbx.example, or empty");
    k.patternText = QStringLiteral("a `sip:` or `sips:` URI, or empty");
    k.placeholder = "sip:agents@pbx.example";
    return k;
}

QList<ConfigKey> exitKeys()
{
    auto exitKey = [](const char* name, const char* label, const char* help,
                       QJsonValue (*read)(const FlowConfig&), void (*write)(FlowConfig&, const QJsonValue&)) {
        return choice(
            key(name, ConfigValueType::Choice, ConfigWidget::ComboBox, "exits", label, help, read, write),
            exitChoices(), kExitMessage);
    };
    return {
        wholeNumber(
            "maxDeclines", 1, 10, "declined cards before `onMaxDeclines`", "exits",
            QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Maximum &declines:"),
            [](const FlowConfig& c) { return QJsonValue(c.maxDeclines); },
            [](FlowConfig& c, const QJsonValue& v) { c.maxDeclines = v.toInt(); }),
        exitKey(
            "onMaxDeclines", QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "When declines reach it:"),
            "where the call goes after the last allowed decline",
            [](const FlowConfig& c) { return QJsonValue(callExitName(c.onMaxDeclines)); },
            [](FlowConfig& c, const QJsonValue& v) { c.onMaxDeclines = exitOf(v); }),
        exitKey(
            "onSuccess", QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "After a payment:"),
            "where an IVR call goes after a payment",
            [](const FlowConfig& c) { return QJsonValue(callExitName(c.onSuccess)); },
            [](FlowConfig& c, const QJsonValue& v) { c.onSuccess = exitOf(v); }),
        exitKey(
            "onFailure", QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "After a failure:"),
            "after `input_failed`, `auth_failed`, `technical_error`",
            [](const FlowConfig& c) { return QJsonValue(callExitName(c.onFailure)); },
            [](FlowConfig& c, const QJsonValue& v) { c.onFailure = exitOf(v); }),
        wholeNumber(
            "maxAuthAttempts", 1, 9, "failed identifications (unknown account or wrong PIN)", "exits",
            QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Maximum authorization attempts:"),
            [](const FlowConfig& c) { return QJsonValue(c.maxAuthAttempts); },
            [](FlowConfig& c, const QJsonValue& v) { c.maxAuthAttempts = v.toInt(); }),
        transferTargetKey(),
    };
}

QList<ConfigKey> cardKeys()
{
    ConfigKey allowed = key(
        "allowedBrands", ConfigValueType::BrandList, ConfigWidget::BrandList, "cards",
        QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Allowed brands:"), "brand identifiers",
        [](const FlowConfig& c) { return list(c.allowedBrands); },
        [](FlowConfig& c, const QJsonValue& v) { c.allowedBrands = list(v); });
    ConfigKey readback = key(
        "readbackLast4Only", ConfigValueType::Boolean, ConfigWidget::CheckBox, "cards",
        QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Read back the last four digits only"),
        "`false`: an IVR call reads back the whole number",
        [](const FlowConfig& c) { return QJsonValue(c.readbackLast4Only); },
        [](FlowConfig& c, const QJsonValue& v) { c.readbackLast4Only = v.toBool(); });
    return {
        allowed,
        key(
            "noSecurityCodeBrands", ConfigValueType::BrandList, ConfigWidget::BrandList, "cards",
            QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "No security code for:"),
            "brands taken without a security code",
            [](const FlowConfig& c) { return list(c.noSecurityCodeBrands); },
            [](FlowConfig& c, const QJsonValue& v) { c.noSecurityCodeBrands = list(v); }),
        key(
            "noExpiryBrands", ConfigValueType::BrandList, ConfigWidget::BrandList, "cards",
            QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "No expiry date for:"),
            "brands taken without an expiry", [](const FlowConfig& c) { return list(c.noExpiryBrands); },
            [](FlowConfig& c, const QJsonValue& v) { c.noExpiryBrands = list(v); }),
        readback,
    };
}

QJsonValue stepsJson(const FlowConfig& c)
{
    QJsonObject steps;
    for (auto it = c.stepOverrides.begin(); it != c.stepOverrides.end(); ++it) {
        steps.insert(it.key(),
            QJsonObject { { QStringLiteral("maxRetries"), it->maxRetries },
                { QStringLiteral("noInputTimeoutMs"), it->noInputTimeoutMs },
                { QStringLiteral("interDigitTimeoutMs"), it->interDigitTimeoutMs } });
    }
    return steps;
}

QList<ConfigKey> inputKeys()
{
    ConfigKey site = key(
        "site", ConfigValueType::Text, ConfigWidget::LineEdit, "input",
        QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Si&te:"), "the site name stamped on stored sessions",
        [](const FlowConfig& c) { return QJsonValue(c.site); },
        [](FlowConfig& c, const QJsonValue& v) { c.site = v.toString(); });
    site.minLength = 1;
    site.maxLength = 64;
    site.lengthMessage = QT_TRANSLATE_NOOP("FlowConfig", "must be 1 to 64 characters");
    return {
        choice(key(
                   "inputMode", ConfigValueType::Choice, ConfigWidget::ComboBox, "input",
                   QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Input &mode:"), "how the caller answers",
                   [](const FlowConfig& c) { return QJsonValue(inputModeName(c.inputMode)); },
                   [](FlowConfig& c, const QJsonValue& v) {
                       const QString m = v.toString();
                       c.inputMode = m == u"dtmf" ? InputMode::Dtmf
                           : m == u"voice"        ? InputMode::Voice
                                                  : InputMode::Both;
                   }),
            { { QStringLiteral("both"), QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Keypad and voice") },
                { QStringLiteral("dtmf"), QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Keypad only") },
                { QStringLiteral("voice"), QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Voice only") } },
            QT_TRANSLATE_NOOP("FlowConfig", "must be dtmf, voice or both")),
        wholeNumber(
            "maxRetries", 0, 9, "re-prompts per step after no input, no match or a failed check", "input",
            QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Re-prompts per question:"),
            [](const FlowConfig& c) { return QJsonValue(c.maxRetries); },
            [](FlowConfig& c, const QJsonValue& v) { c.maxRetries = v.toInt(); }),
        withMs(wholeNumber(
                   "noInputTimeoutMs", 500, 60000, "silence before the first key", "input",
                   QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "No-input time-out:"),
                   [](const FlowConfig& c) { return QJsonValue(c.noInputTimeoutMs); },
                   [](FlowConfig& c, const QJsonValue& v) { c.noInputTimeoutMs = v.toInt(); }),
            500),
        withMs(wholeNumber(
                   "interDigitTimeoutMs", 500, 60000, "silence between two keys", "input",
                   QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Inter-digit time-out:"),
                   [](const FlowConfig& c) { return QJsonValue(c.interDigitTimeoutMs); },
                   [](FlowConfig& c, const QJsonValue& v) { c.interDigitTimeoutMs = v.toInt(); }),
            500),
        key("steps", ConfigValueType::StepTable, ConfigWidget::StepTable, "input",
            QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Per question:"),
            "per step name: `maxRetries`, `noInputTimeoutMs`, `interDigitTimeoutMs`", stepsJson, nullptr),
        key(
            "language", ConfigValueType::Text, ConfigWidget::EditableComboBox, "input",
            QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "&Language:"),
            "prompt language: `en-US`, `fr-FR`, `es-ES` or `de-DE`; any other is refused with that list",
            [](const FlowConfig& c) { return QJsonValue(c.language); },
            [](FlowConfig& c, const QJsonValue& v) { c.language = v.toString(); }),
        site,
    };
}

QList<ConfigKey> gatewayKeys()
{
    ConfigKey url = key(
        "gateway.url", ConfigValueType::Text, ConfigWidget::LineEdit, "gateway",
        QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Endpoint &URL:"), "for `server` and `endpoint`",
        [](const FlowConfig& c) { return QJsonValue(c.gateway.url); },
        [](FlowConfig& c, const QJsonValue& v) { c.gateway.url = v.toString(); });
    url.placeholder = "https://apitest.authorize.net/xml/v1/request.api";
    ConfigKey login = key(
        "gateway.merchantLogin", ConfigValueType::Text, ConfigWidget::LineEdit, "gateway",
        QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Merchant &login:"),
        "the API login; its key is in the system keychain",
        [](const FlowConfig& c) { return QJsonValue(c.gateway.merchantLogin); },
        [](FlowConfig& c, const QJsonValue& v) { c.gateway.merchantLogin = v.toString(); });
    login.maxLength = 25;
    login.lengthMessage = QT_TRANSLATE_NOOP("FlowConfig", "is at most 25 characters");
    ConfigKey duplicate = wholeNumber(
        "gateway.duplicateWindowSeconds", 36, 28800,
        "seconds in which the gateway refuses a repeated invoice", "gateway",
        QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Duplicate window:"),
        [](const FlowConfig& c) { return QJsonValue(c.gateway.duplicateWindowSeconds); },
        [](FlowConfig& c, const QJsonValue& v) { c.gateway.duplicateWindowSeconds = v.toInt(); });
    duplicate.suffix = QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", " s");
    ConfigKey reconcile = wholeNumber(
        "gateway.reconcileIntervalSeconds", 0, 86400,
        "seconds between reconciliations of the payment journal in a long-running command or the console "
        "(0: only at its start)",
        "gateway", QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Reconcile every:"),
        [](const FlowConfig& c) { return QJsonValue(c.gateway.reconcileIntervalSeconds); },
        [](FlowConfig& c, const QJsonValue& v) { c.gateway.reconcileIntervalSeconds = v.toInt(); });
    reconcile.suffix = QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", " s");
    return {
        key("gateway", ConfigValueType::Object, ConfigWidget::None, "gateway", nullptr,
            "the payment gateway: the keys below, see [gateway.md](gateway.md)", nullptr, nullptr),
        choice(key(
                   "gateway.mode", ConfigValueType::Choice, ConfigWidget::ComboBox, "gateway",
                   QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "&Gateway:"),
                   "`sandbox` (in-process), `server` (the sandbox server) or `endpoint`",
                   [](const FlowConfig& c) { return QJsonValue(c.gateway.mode); },
                   [](FlowConfig& c, const QJsonValue& v) { c.gateway.mode = v.toString(); }),
            { { QStringLiteral("sandbox"),
                  QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "In-process sandbox") },
                { QStringLiteral("server"),
                    QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Sandbox server") },
                { QStringLiteral("endpoint"),
                    QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Gateway endpoint") } },
            QT_TRANSLATE_NOOP("FlowConfig", "must be sandbox, server or endpoint")),
        url,
        login,
        withMs(wholeNumber(
            "gateway.connectTimeoutMs", 100, 120000, "time to connect to the gateway", "gateway",
            QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Connect time-out:"),
            [](const FlowConfig& c) { return QJsonValue(c.gateway.connectTimeoutMs); },
            [](FlowConfig& c, const QJsonValue& v) { c.gateway.connectTimeoutMs = v.toInt(); })),
        withMs(wholeNumber(
            "gateway.transferTimeoutMs", 100, 300000, "time for the gateway's whole answer", "gateway",
            QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Transfer time-out:"),
            [](const FlowConfig& c) { return QJsonValue(c.gateway.transferTimeoutMs); },
            [](FlowConfig& c, const QJsonValue& v) { c.gateway.transferTimeoutMs = v.toInt(); })),
        duplicate,
        reconcile,
        wholeNumber(
            "gateway.maxCardDigits", 12, 19, "longest card number the gateway takes", "gateway",
            QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Longest card number:"),
            [](const FlowConfig& c) { return QJsonValue(c.gateway.maxCardDigits); },
            [](FlowConfig& c, const QJsonValue& v) { c.gateway.maxCardDigits = v.toInt(); }),
    };
}

QList<ConfigKey> buildAll()
{
    return amountKeys() + exitKeys() + cardKeys() + inputKeys() + gatewayKeys();
}

} // namespace

QString ConfigKey::parent() const
{
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    return dot < 0 ? QString() : name.left(dot);
}

QString ConfigKey::leaf() const
{
    return name.section(QLatin1Char('.'), -1);
}

QJsonValue ConfigKey::defaultValue() const
{
    if (!read) {
        return QJsonValue();
    }
    return read(FlowConfig());
}

const QList<ConfigKey>& ConfigKeys::all()
{
    static const QList<ConfigKey> keys = buildAll();
    return keys;
}

const ConfigKey* ConfigKeys::find(const QString& name)
{
    for (const ConfigKey& k : all()) {
        if (k.name == name) {
            return &k;
        }
    }
    return nullptr;
}

QStringList ConfigKeys::topLevelNames()
{
    QStringList out;
    for (const ConfigKey& k : all()) {
        if (k.parent().isEmpty()) {
            out << k.name;
        }
    }
    return out;
}

QList<const ConfigKey*> ConfigKeys::inGroup(const QString& group)
{
    QList<const ConfigKey*> out;
    for (const ConfigKey& k : all()) {
        if (k.group == group && k.widget != ConfigWidget::None) {
            out << &k;
        }
    }
    return out;
}

const QList<ConfigGroup>& ConfigKeys::groups()
{
    static const QList<ConfigGroup> list {
        { QStringLiteral("amounts"), QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Amounts") },
        { QStringLiteral("exits"), QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Declines and exits") },
        { QStringLiteral("cards"), QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Cards") },
        { QStringLiteral("input"),
            QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Input, retries and time-outs") },
        { QStringLiteral("gateway"), QT_TRANSLATE_NOOP("voicepay::ui::ConfigEditor", "Payment gateway") },
    };
    return list;
}

QStringList ConfigKeys::stepTimingNames()
{
    return { QStringLiteral("maxRetries"), QStringLiteral("noInputTimeoutMs"),
        QStringLiteral("interDigitTimeoutMs") };
}

} // namespace voicepay
