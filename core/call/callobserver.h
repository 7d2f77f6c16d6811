#pragma once

#include "call/callinput.h"
#include "flow/flowaction.h"

namespace voicepay {

class PaymentFlow;
struct FinishedCall;
struct GatewayResult;

// Watches a call that a CallDriver runs: the KPI recorder, the audio recorder and the console listen here.
// Times are the driver's clock in milliseconds. Each callback sees the flow as it is at that moment: an
// input's callbacks come before the flow takes it.
class CallObserver
{
public:
    virtual ~CallObserver() = default;
    virtual void callStarted(const PaymentFlow& /*flow*/, qint64 /*atMs*/) { }
    // A prompt played from startMs to endMs; other actions have startMs == endMs.
    virtual void actionTaken(
        const PaymentFlow& /*flow*/, const FlowAction& /*action*/, qint64 /*startMs*/, qint64 /*endMs*/)
    {
    }
    // One answer of the caller begins (for keys, each key follows through keyPressed).
    virtual void inputGiven(const PaymentFlow& /*flow*/, const CallInput& /*input*/, qint64 /*atMs*/) { }
    // One keypad tone from the caller, lasting toneMs from atMs.
    virtual void keyPressed(const PaymentFlow& /*flow*/, QChar /*key*/, qint64 /*atMs*/, int /*toneMs*/) { }
    // The flow took a key; entryEnded when it completed the entry ('#' or the full length).
    virtual void keyTaken(const PaymentFlow& /*flow*/, bool /*entryEnded*/, qint64 /*atMs*/) { }
    virtual void gatewayReplied(const PaymentFlow& /*flow*/, const GatewayResult& /*reply*/, qint64 /*atMs*/)
    {
    }
    virtual void transitionTaken(const PaymentFlow& /*flow*/, const QString& /*from*/, const QString& /*to*/)
    {
    }
    virtual void callEnded(const PaymentFlow& /*flow*/, const FinishedCall& /*call*/) { }
};

} // namespace voicepay
