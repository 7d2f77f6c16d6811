#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace voicepay::sip {

// The audio stream of an SDP offer, as much of it as the endpoint uses (RFC 4566, RFC 3264).
struct SdpOffer
{
    QString address; // the connection address (c=), media-level over session-level
    quint16 port = 0; // the audio port (m=audio); 0: the stream is refused by the offerer
    QList<int> payloadTypes; // in the offerer's order of preference
    QHash<int, QString> rtpmap; // payload type -> "encoding/rate", lower case
    QString direction; // sendrecv, sendonly, recvonly, inactive

    // The encoding of a payload type: its rtpmap, else the static assignment (0 PCMU, 8 PCMA).
    QString encoding(int payloadType) const;
    // Whether the offerer sends and receives audio: a hold (sendonly, recvonly, inactive, or the old
    // "c=IN IP4 0.0.0.0") stops one side or both.
    bool offererSends() const;
    bool offererReceives() const;
    // The direction an answer takes (RFC 3264 6.1): sendonly -> recvonly, recvonly -> sendonly.
    QString answerDirection() const;
    bool isNullAddress() const;
    static std::optional<SdpOffer> parse(const QByteArray& body, QString* error);
};

// What the answer takes from the offer: G.711 (µ-law or A-law, the offerer's first) and the telephone-event
// payload type it offered, if any.
struct MediaChoice
{
    int codecPayloadType = 0; // 0 PCMU, 8 PCMA, or the offer's dynamic type for either
    bool alaw = false;
    int telephoneEventPayloadType = -1; // -1: none offered; keys are then listened for in-band
};

// Null when the offer has no G.711 audio (the call is refused with 488).
std::optional<MediaChoice> chooseMedia(const SdpOffer& offer);

// The SDP answer: one audio stream at localAddress:localPort with the chosen codec and telephone-event. The
// origin's version goes up with each new answer of a session (a re-INVITE's), its id stays.
struct AnswerOrigin
{
    quint64 sessionId = 0;
    quint64 version = 0;
};
QByteArray buildAnswer(const MediaChoice& choice, const QString& localAddress, quint16 localPort,
    AnswerOrigin origin, const QString& direction = QStringLiteral("sendrecv"));

} // namespace voicepay::sip
