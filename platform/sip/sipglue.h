#pragma once

// libre and librem, the SIP, SDP and RTP stack under baresip. Their headers are C; this is the one place the
// platform's SIP code includes them.
#include <QByteArray>
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

inline QByteArray bodyOf(const struct sip_msg* msg)
{
    return QByteArray(
        reinterpret_cast<const char*>(mbuf_buf(msg->mb)), static_cast<qsizetype>(mbuf_get_left(msg->mb)));
}

inline QString headerOf(const struct sip_msg* msg, const QString& name)
{
    const struct sip_hdr* h = sip_msg_xhdr(msg, name.toLatin1().constData());
    return h ? fromPl(h->val) : QString();
}

// A message body for libre: a new mbuf holding a copy of the bytes, read from the start (null when out of
// memory); the caller owns it (mem_deref).
inline struct mbuf* toMbuf(const QByteArray& bytes)
{
    struct mbuf* mb = mbuf_alloc(static_cast<size_t>(bytes.size()));
    if (mb) {
        mbuf_write_mem(
            mb, reinterpret_cast<const uint8_t*>(bytes.constData()), static_cast<size_t>(bytes.size()));
        mb->pos = 0;
    }
    return mb;
}

} // namespace voicepay::sip
