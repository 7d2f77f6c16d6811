// The endpoint's own SIP and SDP handling, fed what a hostile network can send: the input is parsed as a SIP
// message by libre (as the endpoint receives it), then judged as an INVITE and as an agent's join, read as a
// SIP INFO's key and as telephone-event payloads, and passed through the agent's tone gate as audio; the raw
// bytes also go to the SDP parser directly. Never a crash or a hang; a refusal always has a status and a
// printable reason phrase; an accepted offer's answer parses back to the same choice.
#include "agentbridge.h"
#include "invitecheck.h"
#include "keysin.h"
#include "sipglue.h"
#include "telephoneevent.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

using namespace voicepay::sip;

namespace {

void checkOffer(const QByteArray& sdp)
{
    QString error;
    const auto offer = SdpOffer::parse(sdp, &error);
    if (!offer) {
        if (error.isEmpty()) {
            __builtin_trap(); // a refusal says why
        }
        return;
    }
    for (int pt : offer->payloadTypes) {
        if (pt < 0 || pt > 127) {
            __builtin_trap();
        }
    }
    (void)offer->answerDirection();
    const auto media = chooseMedia(*offer);
    if (!media) {
        return;
    }
    const QByteArray answer = buildAnswer(*media, QStringLiteral("127.0.0.1"), 20000, AnswerOrigin { 1, 1 });
    const auto back = SdpOffer::parse(answer, &error);
    const auto again = back ? chooseMedia(*back) : std::nullopt;
    if (!again || again->codecPayloadType != media->codecPayloadType || again->alaw != media->alaw
        || again->telephoneEventPayloadType != media->telephoneEventPayloadType) {
        __builtin_trap();
    }
}

void checkMessage(const struct sip_msg* msg)
{
    const QByteArray body = bodyOf(msg);
    const InviteCheck check = checkInvite([msg](const QString& name) { return headerOf(msg, name); },
        msg_ctype_cmp(&msg->ctyp, "application", "sdp"), body);
    if (!check.accepted()) {
        const QByteArray phrase = reasonPhrase(check.reason);
        if (check.status < 400 || check.status > 499 || phrase.isEmpty() || phrase.size() > 200) {
            __builtin_trap();
        }
        for (char c : phrase) {
            if (c < 0x20 || c > 0x7e) {
                __builtin_trap();
            }
        }
    } else if (!check.context || !check.offer || !check.media) {
        __builtin_trap();
    }
    const QByteArray type = fromPl(msg->ctyp.type).toLatin1() + '/' + fromPl(msg->ctyp.subtype).toLatin1();
    (void)infoKey(type, body);
    // An agent's join: the header, else the Request-URI's percent-encoded parameter.
    const QString joined = joinReference(msg);
    if (joined.size() > static_cast<qsizetype>(msg->mb->end)) {
        __builtin_trap();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    checkOffer(bytes);

    struct mbuf* mb = mbuf_alloc(size + 1);
    if (mb) {
        mbuf_write_mem(mb, data, size);
        mb->pos = 0;
        struct sip_msg* msg = nullptr;
        if (sip_msg_decode(&msg, mb) == 0 && msg) {
            checkMessage(msg);
        }
        mem_deref(msg);
        mem_deref(mb);
    }

    // The same bytes as the caller's audio on its way to an agent: the tone gate takes and gives what it can.
    std::vector<qint16> pcm(size / 2);
    std::memcpy(pcm.data(), data, pcm.size() * 2);
    ToneGate gate;
    std::array<qint16, 160> frame {};
    for (size_t at = 0; at < pcm.size(); at += 160) {
        gate.push(pcm.data() + at, static_cast<qsizetype>(std::min<size_t>(160, pcm.size() - at)));
        (void)gate.pull(frame.data(), 160);
    }

    TelephoneEventReceiver events;
    for (size_t i = 0; i + 4 <= size; i += 4) {
        (void)events.receive(data + i, 4, static_cast<quint32>(i / 16));
    }
    return 0;
}
