#pragma once

#include <QChar>
#include <QtGlobal>
#include <optional>

namespace voicepay::sip {

// RFC 4733 telephone-events in: one key per event, whatever the sender repeats. An event is one RTP
// timestamp; its packets (the start, the updates and the three end packets) all carry it, so a key is
// reported on the first packet of a timestamp not seen before. Events 0-15 are the keypad (0-9 * # A-D);
// others (flash, tones) are ignored.
class TelephoneEventReceiver
{
public:
    // payload: the RTP payload (4 bytes: event, E|R|volume, duration); rtpTimestamp: the packet's timestamp.
    std::optional<QChar> receive(const quint8* payload, qsizetype size, quint32 rtpTimestamp);

    static std::optional<QChar> keyOf(int event);

private:
    bool m_seen = false;
    quint32 m_lastTimestamp = 0;
};

} // namespace voicepay::sip
