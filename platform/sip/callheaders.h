#pragma once

#include "flow/callcontext.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace voicepay::sip {

// The call context an INVITE carries in its X-VoicePay-* headers:
//   X-VoicePay-Account, X-VoicePay-Amount (mandatory), X-VoicePay-Merchant, X-VoicePay-Reference,
//   X-VoicePay-Call-Type (ivr or conference), X-VoicePay-Identified (true/false, yes/no, 1/0),
//   X-VoicePay-Language.
struct HeaderContext
{
    std::optional<CallContext> context;
    QStringList missing; // the mandatory headers absent or empty, by name
    QString error; // a header present with a bad value: "X-VoicePay-Amount: ..."

    // The SIP reason phrase that refuses the call (empty when the context is good).
    QString refusal() const;
};

// header(name) gives a header's value, empty when the INVITE has none.
HeaderContext contextFromHeaders(const std::function<QString(const QString& name)>& header);

} // namespace voicepay::sip
