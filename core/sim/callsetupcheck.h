#pragma once

#include "config/flowconfig.h"
#include "flow/callcontext.h"

#include <QStringList>

namespace voicepay {

// A simulated call checked against the configuration it is about to run under, before it starts, and that
// configuration in one line: what the simulator shows beside its form, so that a call the configuration
// cannot take (an amount due with more decimals than the currency has) is not run as a technical error.
class CallSetupCheck
{
public:
    // What would end the call at once as a technical error; empty: the call can start.
    static QStringList errors(const CallContext& context, const FlowConfig& config);
    // What is worth knowing but fine to test: an amount due outside the limits (the caller is asked for an
    // amount).
    static QStringList notes(const CallContext& context, const FlowConfig& config);
    // "USD (2 decimals), 1.00 to 10000.00, the caller chooses the amount; Visa, Mastercard; keys and
    // voice; en-US; site local".
    static QString summary(const FlowConfig& config);
};

} // namespace voicepay
