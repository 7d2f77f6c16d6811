#pragma once

#include "flow/flowaction.h"

#include <QLoggingCategory>
#include <QString>

// Shared by the files that implement PaymentFlow (paymentflow.cpp and flow*.cpp): the flow's log category,
// the name of the gateway node, and how an input's answer grows.
Q_DECLARE_LOGGING_CATEGORY(lcFlow)

namespace voicepay::flowdetail {
inline QString authorizeNode()
{
    return QStringLiteral("authorize");
}

// A new action at the end of `out`, made where it stays: filled in place, not built aside and moved in. Most
// inputs give no action (a key of an entry in progress); one that moves the flow gives a few: room for
// those at the first, not one more at each.
inline FlowAction& newAction(FlowActions& out, FlowAction::Kind kind)
{
    if (out.capacity() == 0) {
        out.reserve(6);
    }
    FlowAction& action = out.emplaceBack();
    action.kind = kind;
    return action;
}
} // namespace voicepay::flowdetail
