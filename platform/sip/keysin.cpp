#include "keysin.h"

#include "telephoneevent.h"

#include <QString>

namespace voicepay::sip {

namespace {

constexpr int kRate = 8000;
constexpr qsizetype kScanEvery = kRate / 10; // 100 ms
constexpr qsizetype kKeepSamples = kRate / 2; // a window of at least 500 ms holds any keypad tone whole
constexpr qint64 kEndedMarginSamples
    = kRate * 30 / 1000; // a tone that stops 30 ms before the window's end is over
} // namespace

std::optional<QChar> infoKey(const QByteArray& contentType, const QByteArray& body)
{
    const QByteArray type = contentType.trimmed().toLower();
    QString text = QString::fromLatin1(body).trimmed();
    if (type == "application/dtmf-relay") {
        for (const QString& line : text.split(u'\n')) {
            const QString l = line.trimmed();
            if (l.section(u'=', 0, 0).trimmed().compare(u"Signal", Qt::CaseInsensitive) == 0) {
                text = l.section(u'=', 1).trimmed();
                break;
            }
            text.clear();
        }
    } else if (type != "application/dtmf") {
        return std::nullopt;
    }
    if (text.size() == 1) {
        const QChar k = text.at(0).toUpper();
        if (QStringLiteral("0123456789*#ABCD").contains(k)) {
            return k;
        }
    }
    bool ok = false;
    const int event = text.toInt(&ok); // some phones send the event number (10 for *, 11 for #)
    return ok ? TelephoneEventReceiver::keyOf(event) : std::nullopt;
}

InbandKeys::InbandKeys(DtmfDetectorLimits limits)
    : m_detector(limits)
{
    m_window.sampleRate = kRate;
}

QList<QChar> InbandKeys::receive(const qint16* samples, qsizetype count)
{
    QList<QChar> keys;
    if (!samples || count <= 0) {
        return keys;
    }
    m_window.samples.insert(m_window.samples.end(), samples, samples + count);
    m_sinceScan += count;
    if (m_sinceScan < kScanEvery) {
        return keys;
    }
    m_sinceScan = 0;
    const qint64 windowEnd = m_windowStart + static_cast<qint64>(m_window.samples.size());
    for (const DtmfDetection& d : m_detector.detect(m_window)) {
        const qint64 start = m_windowStart + d.startMs * kRate / 1000;
        const qint64 end = m_windowStart + d.endMs * kRate / 1000;
        if (end > windowEnd - kEndedMarginSamples || start <= m_lastToneEnd) {
            continue; // still sounding, or reported already
        }
        keys << d.key;
        m_lastToneEnd = end;
    }
    const qint64 keepFrom = windowEnd - kKeepSamples;
    if (keepFrom > m_windowStart) {
        m_window.samples.erase(
            m_window.samples.begin(), m_window.samples.begin() + (keepFrom - m_windowStart));
        m_windowStart = keepFrom;
    }
    return keys;
}

} // namespace voicepay::sip
