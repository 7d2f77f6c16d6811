#pragma once

#include "money/money.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace voicepay {

enum class AmountMode { Fixed, Caller };
enum class InputMode { Dtmf, Voice, Both };
enum class CallExit { ReturnToIvr, TransferToAgent, LeaveConference, Disconnect };

QString amountModeName(AmountMode mode);
QString inputModeName(InputMode mode);
QString callExitName(CallExit exit);
std::optional<CallExit> callExitFromName(const QString& name);

// Retries and time-outs of one question.
struct StepTiming
{
    int maxRetries = 2; // re-prompts after no input, no match or a failed check
    int noInputTimeoutMs = 5000; // silence before the first key
    int interDigitTimeoutMs = 3000;
};

struct GatewaySettings
{
    QString mode
        = QStringLiteral("sandbox"); // "sandbox" (in-process), "server" (the sandbox server), "endpoint"
    QString url; // for "server" and "endpoint"
    QString merchantLogin;
    int connectTimeoutMs = 5000;
    int transferTimeoutMs = 15000;
    int duplicateWindowSeconds = 120;
    int maxCardDigits = 16; // the XML API's creditCardNumberType takes at most 16 digits

    // The longest a charge can take, recovery included; the duplicate window must outlast it.
    int exchangeBudgetMs() const { return connectTimeoutMs + 2 * transferTimeoutMs; }
};

// The engine's configuration: every key of the configuration file, with its default.
struct FlowConfig
{
    QString currency = QStringLiteral("USD");
    QString minAmount = QStringLiteral("1.00");
    QString maxAmount = QStringLiteral("10000.00"); // empty: no maximum
    AmountMode amountMode = AmountMode::Caller;
    int maxDeclines = 3;
    CallExit onMaxDeclines = CallExit::TransferToAgent;
    CallExit onSuccess = CallExit::ReturnToIvr;
    CallExit onFailure = CallExit::TransferToAgent; // input_failed, auth_failed, technical_error
    QStringList allowedBrands { QStringLiteral("visa"), QStringLiteral("mastercard"),
        QStringLiteral("american-express"), QStringLiteral("discover") };
    QStringList noSecurityCodeBrands; // brands whose cards this merchant takes without a security code
    QStringList noExpiryBrands;
    bool readbackLast4Only = true;
    InputMode inputMode = InputMode::Both;
    int maxRetries = 2;
    int maxAuthAttempts = 3;
    int noInputTimeoutMs = 5000;
    int interDigitTimeoutMs = 3000;
    QHash<QString, StepTiming> stepOverrides; // by step name
    QString language = QStringLiteral("en-US");
    QString site = QStringLiteral("local");
    GatewaySettings gateway;

    Currency currencyInfo() const; // USD when the code is unknown (validate() reports it)
    std::optional<Money> minimum() const;
    std::optional<Money> maximum() const;
    StepTiming timing(const QString& step) const;
    QSet<QString> allowedBrandSet() const;

    // Cross-field checks; the message names the key at fault.
    bool validate(QString* error) const;

    QJsonObject toJson() const;
    // A short stable digest of the settings, stamped on every session so two versions can be compared.
    QString version() const;
};

class ConfigReader
{
public:
    // Applies the keys of `json` over `config`. Unknown keys and bad values are refused with the key's name.
    static bool apply(const QJsonObject& json, FlowConfig& config, QString* error);
    static std::optional<FlowConfig> fromJson(
        const QByteArray& data, QString* error, const FlowConfig& base = FlowConfig());
    static std::optional<FlowConfig> fromFile(const QString& path, QString* error);
    // Writes through a temporary file and a rename, so a crash never leaves half a file.
    static bool saveFile(const FlowConfig& config, const QString& path, QString* error);
    static QStringList knownKeys();
};

} // namespace voicepay
