#include "sdpoffer.h"

#include <QStringList>

namespace voicepay::sip {

QString SdpOffer::encoding(int payloadType) const
{
    const auto it = rtpmap.constFind(payloadType);
    if (it != rtpmap.constEnd()) {
        return *it;
    }
    if (payloadType == 0) {
        return QStringLiteral("pcmu/8000");
    }
    if (payloadType == 8) {
        return QStringLiteral("pcma/8000");
    }
    return {};
}

bool SdpOffer::offererSends() const
{
    return !isNullAddress() && (direction == u"sendrecv" || direction == u"sendonly");
}

bool SdpOffer::offererReceives() const
{
    return !isNullAddress() && (direction == u"sendrecv" || direction == u"recvonly");
}

bool SdpOffer::isNullAddress() const
{
    return address == u"0.0.0.0" || address == u"::";
}

QString SdpOffer::answerDirection() const
{
    if (direction == u"sendonly") {
        return QStringLiteral("recvonly");
    }
    if (direction == u"recvonly") {
        return QStringLiteral("sendonly");
    }
    return direction == u"inactive" ? direction : QStringLiteral("sendrecv");
}

namespace {

// "c=IN IP4 192.0.2.1" -> the address.
QString connectionAddress(const QString& value)
{
    const QStringList parts = value.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 3 || parts.at(0) != u"IN") {
        return {};
    }
    return parts.at(2).section(u'/', 0, 0); // multicast TTL suffix, if any, dropped
}
} // namespace

std::optional<SdpOffer> SdpOffer::parse(const QByteArray& body, QString* error)
{
    SdpOffer offer;
    QString sessionAddress;
    QString mediaAddress;
    bool inAudio = false;
    bool sawAudio = false;
    bool sawVersion = false;
    const QStringList lines = QString::fromUtf8(body).split(u'\n');
    for (QString line : lines) {
        line = line.trimmed();
        if (line.size() < 2 || line.at(1) != u'=') {
            continue;
        }
        const QChar type = line.at(0);
        const QString value = line.mid(2);
        if (type == u'v') {
            sawVersion = true;
        } else if (type == u'm') {
            inAudio = false;
            const QStringList parts = value.split(u' ', Qt::SkipEmptyParts);
            if (parts.size() >= 4 && parts.at(0) == u"audio" && !sawAudio
                && parts.at(2).startsWith(u"RTP/AVP")) {
                bool ok = false;
                const uint port = parts.at(1).section(u'/', 0, 0).toUInt(&ok);
                if (!ok || port > 65535) {
                    *error = QStringLiteral("bad audio port in the SDP offer");
                    return std::nullopt;
                }
                offer.port = static_cast<quint16>(port);
                for (qsizetype i = 3; i < parts.size(); ++i) {
                    const int pt = parts.at(i).toInt(&ok);
                    if (ok && pt >= 0 && pt < 128) {
                        offer.payloadTypes << pt;
                    }
                }
                inAudio = true;
                sawAudio = true;
            }
        } else if (type == u'c') {
            (inAudio ? mediaAddress : sessionAddress) = connectionAddress(value);
        } else if (type == u'a' && (inAudio || !sawAudio)) {
            if (value.startsWith(u"rtpmap:") && inAudio) {
                const QString rest = value.mid(7);
                bool ok = false;
                const int pt = rest.section(u' ', 0, 0).toInt(&ok);
                const QString enc = rest.section(u' ', 1, 1).section(u'/', 0, 1).toLower();
                if (ok && !enc.isEmpty()) {
                    offer.rtpmap.insert(pt, enc);
                }
            } else if (value == u"sendrecv" || value == u"sendonly" || value == u"recvonly"
                || value == u"inactive") {
                if (inAudio || offer.direction.isEmpty()) {
                    offer.direction = value;
                }
            }
        }
    }
    if (!sawVersion || !sawAudio) {
        *error = QStringLiteral("the SDP offer has no audio stream");
        return std::nullopt;
    }
    offer.address = mediaAddress.isEmpty() ? sessionAddress : mediaAddress;
    if (offer.address.isEmpty()) {
        *error = QStringLiteral("the SDP offer has no connection address");
        return std::nullopt;
    }
    if (offer.direction.isEmpty()) {
        offer.direction = QStringLiteral("sendrecv");
    }
    return offer;
}

std::optional<MediaChoice> chooseMedia(const SdpOffer& offer)
{
    std::optional<MediaChoice> choice;
    int telephoneEvent = -1;
    for (int pt : offer.payloadTypes) {
        const QString enc = offer.encoding(pt);
        if (!choice && (enc == u"pcmu/8000" || enc == u"pcma/8000")) {
            choice = MediaChoice { pt, enc == u"pcma/8000", -1 };
        } else if (telephoneEvent < 0 && enc == u"telephone-event/8000") {
            telephoneEvent = pt;
        }
    }
    if (choice && offer.port != 0) {
        choice->telephoneEventPayloadType = telephoneEvent;
        return choice;
    }
    return std::nullopt;
}

QByteArray buildAnswer(const MediaChoice& choice, const QString& localAddress, quint16 localPort,
    AnswerOrigin origin, const QString& direction)
{
    const QString ipVersion = localAddress.contains(u':') ? QStringLiteral("IP6") : QStringLiteral("IP4");
    QString sdp;
    sdp += QStringLiteral("v=0\r\n");
    sdp += QStringLiteral("o=voicepay %1 %2 IN %3 %4\r\n")
               .arg(origin.sessionId)
               .arg(origin.version)
               .arg(ipVersion, localAddress);
    sdp += QStringLiteral("s=VoicePay\r\n");
    sdp += QStringLiteral("c=IN %1 %2\r\n").arg(ipVersion, localAddress);
    sdp += QStringLiteral("t=0 0\r\n");
    QString formats = QString::number(choice.codecPayloadType);
    if (choice.telephoneEventPayloadType >= 0) {
        formats += u' ' + QString::number(choice.telephoneEventPayloadType);
    }
    sdp += QStringLiteral("m=audio %1 RTP/AVP %2\r\n").arg(localPort).arg(formats);
    sdp += QStringLiteral("a=rtpmap:%1 %2/8000\r\n")
               .arg(choice.codecPayloadType)
               .arg(choice.alaw ? QStringLiteral("PCMA") : QStringLiteral("PCMU"));
    if (choice.telephoneEventPayloadType >= 0) {
        sdp += QStringLiteral("a=rtpmap:%1 telephone-event/8000\r\n").arg(choice.telephoneEventPayloadType);
        sdp += QStringLiteral("a=fmtp:%1 0-16\r\n").arg(choice.telephoneEventPayloadType);
    }
    sdp += QStringLiteral("a=ptime:20\r\n");
    sdp += QStringLiteral("a=%1\r\n").arg(direction);
    return sdp.toUtf8();
}

} // namespace voicepay::sip
