#include "telephoneevent.h"

namespace voicepay::sip {

std::optional<QChar> TelephoneEventReceiver::keyOf(int event)
{
    static constexpr char16_t kKeys[] = u"0123456789*#ABCD";
    if (event < 0 || event > 15) {
        return std::nullopt;
    }
    return QChar(kKeys[event]);
}

std::optional<QChar> TelephoneEventReceiver::receive(
    const quint8* payload, qsizetype size, quint32 rtpTimestamp)
{
    if (!payload || size < 4) {
        return std::nullopt;
    }
    if (m_seen && rtpTimestamp == m_lastTimestamp) {
        return std::nullopt; // an update or an end packet of the event already reported
    }
    const auto key = keyOf(payload[0]);
    if (!key) {
        return std::nullopt;
    }
    m_seen = true;
    m_lastTimestamp = rtpTimestamp;
    return key;
}

} // namespace voicepay::sip
