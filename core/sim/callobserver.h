#pragma once

#include "flow/flowaction.h"
#include "sim/scenario.h"

namespace voicepay {

class PaymentFlow;

// Watches a call that a driver runs: the KPI recorder, the audio recorder and the console listen here.
// Times are the driver's clock in milliseconds.
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
    // One keypad tone from the caller, lasting toneMs from atMs.
    virtual void keyPressed(const PaymentFlow& /*flow*/, QChar /*key*/, qint64 /*atMs*/, int /*toneMs*/) { }
    virtual void inputGiven(const PaymentFlow& /*flow*/, ScenarioInput::Kind /*kind*/, qint64 /*atMs*/) { }
    virtual void callEnded(const PaymentFlow& /*flow*/, qint64 /*atMs*/) { }
};

} // namespace voicepay
