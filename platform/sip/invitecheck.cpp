#include "invitecheck.h"

namespace voicepay::sip {

QByteArray reasonPhrase(const QString& reason)
{
    QString r = reason.left(200);
    for (QChar& c : r) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            c = u' ';
        }
    }
    return r.toLatin1();
}

InviteCheck checkInvite(
    const std::function<QString(const QString& name)>& header, bool isSdp, const QByteArray& body)
{
    InviteCheck out;
    const HeaderContext headers = contextFromHeaders(header);
    if (!headers.context) {
        out.status = 400;
        out.reason = headers.refusal();
        return out;
    }
    out.context = headers.context;
    if (!isSdp || body.isEmpty()) {
        out.status = 488;
        out.reason = QStringLiteral("Not Acceptable Here: no SDP offer");
        return out;
    }
    QString why;
    out.offer = SdpOffer::parse(body, &why);
    out.media = out.offer ? chooseMedia(*out.offer) : std::nullopt;
    if (!out.media) {
        out.status = 488;
        out.reason = QStringLiteral("Not Acceptable Here: ")
            + (out.offer ? QStringLiteral("no common codec (PCMU or PCMA)") : why);
    }
    return out;
}

} // namespace voicepay::sip
