#pragma once

#include "money/money.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
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

    bool operator==(const StepTiming&) const = default;
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
    // How often a long-running command (run, load, the wallboard, the console) reconciles the payment journal
    // again after the reconciliation at its start; 0: only at the start.
    int reconcileIntervalSeconds = 300;

    bool operator==(const GatewaySettings&) const = default;
    // The longest a charge can take, recovery included; the duplicate window must outlast it.
    int exchangeBudgetMs() const { return connectTimeoutMs + 2 * transferTimeoutMs; }
};

namespace detail {
// A value derived from the settings, computed once per configuration and shared by its copies (a call takes a
// copy of the configuration, so thousands of calls share one). Whoever computes it keeps what it was computed
// from beside it and checks that first: a setting changed afterwards is noticed and the value is computed
// again. Not a setting itself, so it never makes two configurations differ.
template <typename T> class SharedDerived
{
public:
    SharedDerived() = default;
    SharedDerived(const SharedDerived& other)
        : m_value(other.m_value.load())
    {
    }
    SharedDerived& operator=(const SharedDerived& other)
    {
        m_value.store(other.m_value.load());
        return *this;
    }
    friend bool operator==(const SharedDerived&, const SharedDerived&) { return true; }
    std::shared_ptr<const T> get() const { return m_value.load(); }
    void set(std::shared_ptr<const T> value) const { m_value.store(std::move(value)); }

private:
    mutable std::atomic<std::shared_ptr<const T>> m_value;
};
struct ConfigLimits;
struct ConfigVersion;
} // namespace detail

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
    // The SIP URI a phone call that exits to transfer_to_agent is REFERred to (voicepay-ivr); empty: a BYE.
    QString transferTarget;
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

    const Currency& currencyInfo() const; // USD when the code is unknown (validate() reports it)
    std::optional<Money> minimum() const;
    std::optional<Money> maximum() const;
    StepTiming timing(const QString& step) const;
    QSet<QString> allowedBrandSet() const;

    // Cross-field checks; the message names the key at fault.
    bool validate(QString* error) const;

    QJsonObject toJson() const; // every key of the table in configkeys.h
    // A short stable digest of the settings, stamped on every session so two versions can be compared.
    // Computed once per configuration (see detail::SharedDerived), as are the parsed limits.
    QString version() const;

    bool operator==(const FlowConfig&) const = default;

private:
    std::shared_ptr<const detail::ConfigLimits> limits() const;

    detail::SharedDerived<detail::ConfigLimits> m_limits;
    detail::SharedDerived<detail::ConfigVersion> m_version;
};

} // namespace voicepay

// The reader and the writer of the configuration file; included here for the files that use both.
#include "config/configreader.h"
