#pragma once

// libre and librem, the SIP, SDP and RTP stack under baresip. Their headers are C; this is the one place the
// platform's SIP code includes them.
#include <QString>
#include <netinet/in.h>
#include <re.h>
#include <rem_g711.h>
#include <sys/socket.h>

namespace voicepay::sip {

inline QString fromPl(const struct pl& pl)
{
    return pl.p ? QString::fromUtf8(pl.p, static_cast<qsizetype>(pl.l)) : QString();
}

} // namespace voicepay::sip
