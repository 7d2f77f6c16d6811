#pragma once

#include "callheaders.h"
#include "sdpoffer.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace voicepay::sip {

// What the endpoint makes of a new INVITE, before any socket or session: the call context from its headers
// and the media from its SDP offer, or the SIP status and reason phrase that refuse it (400 for the
// headers, 488 for the offer). Plain data in, plain data out, so that a fuzzer can drive it.
struct InviteCheck
{
    int status = 0; // 0: the call can be answered
    QString reason; // the refusal's reason phrase, as reasonPhrase() will send it
    std::optional<CallContext> context;
    std::optional<SdpOffer> offer;
    std::optional<MediaChoice> media;

    bool accepted() const { return status == 0; }
};

// header(name): a header's value, empty when absent; isSdp: the body's Content-Type is application/sdp.
InviteCheck checkInvite(
    const std::function<QString(const QString& name)>& header, bool isSdp, const QByteArray& body);

// A reason phrase is one line of at most 200 printable ASCII characters, whatever the text it comes from.
QByteArray reasonPhrase(const QString& reason);

} // namespace voicepay::sip
