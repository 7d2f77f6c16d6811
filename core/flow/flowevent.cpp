#include "flowevent.h"

namespace voicepay {

QString FlowEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::SessionStarted:
        return QStringLiteral("session_started");
    case Kind::StepEntered:
        return QStringLiteral("step_entered");
    case Kind::InputError:
        return QStringLiteral("input_error");
    case Kind::InputAccepted:
        return QStringLiteral("input_accepted");
    case Kind::Correction:
        return QStringLiteral("correction");
    case Kind::GatewaySubmitted:
        return QStringLiteral("gateway_submitted");
    case Kind::GatewayApproved:
        return QStringLiteral("gateway_approved");
    case Kind::GatewayDeclined:
        return QStringLiteral("gateway_declined");
    case Kind::GatewayError:
        return QStringLiteral("gateway_error");
    case Kind::HangUp:
        return QStringLiteral("hang_up");
    case Kind::SessionEnded:
        return QStringLiteral("session_ended");
    }
    return QString();
}

} // namespace voicepay
