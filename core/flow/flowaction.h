#pragma once

#include "flow/step.h"
#include "prompts/promptsegment.h"

#include <QList>

namespace voicepay {

// How the current question is to be collected.
struct CollectSpec
{
    Step step = Step::CardNumber;
    int maxKeys = 19; // collection ends by itself at this many keys
    bool hashEnds = true; // '#' ends the entry
    bool acceptDtmf = true;
    bool acceptVoice = false;
    bool sensitive = false; // keys must be masked on every display (PIN, card number, security code)
    int noInputTimeoutMs = 5000;
    int interDigitTimeoutMs = 3000;
    int attempt = 1; // 1 for the first ask of this visit
};

// What the engine asks its driver to do, in order.
struct FlowAction
{
    enum class Kind {
        Play, // play `prompt`
        Collect, // listen for the caller's answer as `collect` says
        SubmitPayment, // charge PaymentFlow::paymentRequest() and feed the reply back
        ClampDtmf, // `clampOn`: suppress the caller's tones on the agent's leg from now on (or stop)
        Finish, // the call leaves the payment flow; PaymentFlow::result() is final
    };

    Kind kind = Kind::Play;
    Prompt prompt;
    CollectSpec collect;
    bool clampOn = false;
};

using FlowActions = QList<FlowAction>;

} // namespace voicepay

// The actions of one input are collected in a list that grows as they come: moving memory, not items.
Q_DECLARE_TYPEINFO(voicepay::FlowAction, Q_RELOCATABLE_TYPE);
