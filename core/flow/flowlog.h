#pragma once

#include <QLoggingCategory>
#include <QString>

// Shared by the files that implement PaymentFlow (paymentflow.cpp and flow*.cpp): the flow's log category
// and the name of the gateway node.
Q_DECLARE_LOGGING_CATEGORY(lcFlow)

namespace voicepay::flowdetail {
inline QString authorizeNode()
{
    return QStringLiteral("authorize");
}
} // namespace voicepay::flowdetail
