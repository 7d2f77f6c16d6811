#include "replaycodec.h"

#include <QtEndian>
#include <cstring>
#include <memory>
#include <zlib.h>
#include <zstd.h>

namespace voicepay::replaycodec {

namespace {

// The deflate form: a raw stream with an 8 KB window, primed with the dictionary below.
constexpr char kDictionaryForm = 0x01;
constexpr int kWindowBits = 13;
// A replay is a few KB of JSON: a body that claims more is damaged.
constexpr qsizetype kMaxJson = 16 * 1024 * 1024;

// Typical replays of the en-US flow, the most common at the end (the nearest matches cost the fewest bits).
// Never edit: rows written with it are read with it.
const char kDictionary[]
    = R"dict({"closingPrompts":["Please wait while we process your payment.","Your card issuer declined t)dict"
      R"dict(his payment because the security code did not match.","Your card issuer declined this paymen)dict"
      R"dict(t because the card has expired.","Your card issuer declined this payment because of insuffic)dict"
      R"dict(ient funds.","We could not take a payment with the cards you gave.","Please hold while I tra)dict"
      R"dict(nsfer you to an agent who can help.","Sorry, I didn't hear anything.","Sorry, we're having t)dict"
      R"dict(rouble understanding your answers.","Sorry, we couldn't verify your identity.","That PIN doe)dict"
      R"dict(sn't match our records."],"transferContext":{"declineCodes":["05","51","54"],"maskedCard":"v)dict"
      R"dict(isa ending ","reason":"3 declined card(s), the maximum; last reason: insufficient_funds","st)dict"
      R"dict(ep":"authorize"}}{"prompts":["What would you like to change? For the amount, press 1. For th)dict"
      R"dict(e card number, press 2. For the expiry date, press 3. For the security code, press 4."],"ste)dict"
      R"dict(p":"correction_choice"}{"prompts":["Please enter the amount you want to pay, using the star )dict"
      R"dict(key for the decimal point, then press hash."],"step":"amount_entry"}{"prompts":["Please key )dict"
      R"dict(in the four-digit PIN you chose for phone payments."],"step":"pin"}{"prompts":["That card nu)dict"
      R"dict(mber is not valid. Please check the digits.","Key in the long number across the front of you)dict"
      R"dict(r card, then press the hash key.","Please enter the number of another card, followed by the )dict"
      R"dict(hash key."],"step":"card_number"}"Your agent has connected you to our secure payment line. T)dict"
      R"dict(he agent stays on the call but cannot hear the keys you press.","Your agent is back on the l)dict"
      R"dict(ine."{"prompts":["Please enter the 4 digit CID printed on the front of your card, above the )dict"
      R"dict(card number.","Please enter the 3 digit CVC printed on the back of your card.","Please enter)dict"
      R"dict( the 3 digit CVV printed on the back of your card."],"step":"security_code"}January February)dict"
      R"dict( March April May June July August September October November December 20{"closingPrompts":[")dict"
      R"dict(Please wait while we process your payment.","Thank you. Your payment of 125.50 US dollars ha)dict"
      R"dict(s been approved. Your transaction reference is ***********.","Your payment reference is INV-)dict"
      R"dict(0.","Returning you to the main menu."],"paymentReference":"INV-0","steps":[{"prompts":["Welc)dict"
      R"dict(ome to the secure payment service.","Please enter your account number, followed by the hash )dict"
      R"dict(key."],"step":"account_number"},{"prompts":["Please enter your four-digit PIN."],"step":"pin)dict"
      R"dict("},{"prompts":["The amount due is 125.50 US dollars. To pay the full amount, press 1. To pay)dict"
      R"dict( a different amount, press 2."],"step":"amount_choice"},{"prompts":["Please enter your card )dict"
      R"dict(number, followed by the hash key."],"step":"card_number"},{"prompts":["Please enter the expi)dict"
      R"dict(ry date on your card: two digits for the month, two for the year."],"step":"expiry"},{"promp)dict"
      R"dict(ts":["Please enter the 3 digit CVV printed on the back of your card."],"step":"security_code)dict"
      R"dict("},{"prompts":["You are paying 125.50 US dollars with your Visa card ending 1111 expiring Oc)dict"
      R"dict(tober 2030.","If this is correct, press 1. To change something, press 2."],"step":"confirm"})dict"
      R"dict(],"transactionId":"6000000"})dict";

const Bytef* dictionary()
{
    return reinterpret_cast<const Bytef*>(kDictionary);
}

constexpr uInt kDictionarySize = sizeof(kDictionary) - 1;

// The zstd form (0x02): a frame compressed with a zstd dictionary whose content is kDictionary and whose
// entropy tables below were worked out once from 5,000 replays of `voicepay-sim load --seed 17` (zstd's
// ZDICT_finalizeDictionary at level 3). Written without the frame's four magic bytes (the form byte says what
// it is), without a checksum or dictionary id, with the JSON's length in its header. Level 3: about 78 bytes
// a replay in about a fifth of zlib's time for the same content (deflate: 83 bytes). The level is not part
// of the format; the tables are: never edit them either.
constexpr char kZstdForm = 0x02;
constexpr int kZstdLevel = 3;
constexpr char kZstdMagic[] = { '\x28', '\xb5', '\x2f', '\xfd' };
constexpr unsigned char kZstdTables[] = { 0x37, 0xa4, 0x30, 0xec, 0x01, 0x00, 0x00, 0x00, 0x2e, 0x10, 0xc8,
    0x92, 0x24, 0x1d, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x97, 0xdb, 0x2e, 0xdb, 0x50, 0xb3, 0x6d, 0xc3,
    0xdf, 0x08, 0xe7, 0x04, 0xfd, 0xbf, 0x13, 0xe2, 0xab, 0xb1, 0x14, 0xb4, 0x06, 0x41, 0x91, 0xdc, 0x7b,
    0x6f, 0x29, 0xe5, 0x74, 0x98, 0x8b, 0x9d, 0xbb, 0x4f, 0x0c, 0x43, 0x03, 0x00, 0x00, 0x00, 0x80, 0x45,
    0x21, 0x93, 0x4a, 0xe6, 0x02, 0x00, 0x04, 0xc0, 0xc2, 0x03, 0x03, 0xc1, 0x82, 0x84, 0x08, 0x05, 0xc4,
    0x03, 0x83, 0x41, 0xc4, 0x87, 0x86, 0x01, 0x01, 0x01, 0x00, 0x00, 0x02, 0x00, 0x01, 0xc3, 0x31, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x14, 0x0a, 0x87, 0x9e, 0xa3, 0x91, 0xc5, 0x0b, 0x00, 0x00,
    0xc4, 0x55, 0x72, 0x60, 0x00, 0x95, 0x0a, 0x20, 0x00, 0x0c, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00 };

// The whole dictionary: its header and tables, then the content.
const QByteArray& zstdDictionary()
{
    static const QByteArray dictionary
        = QByteArray(reinterpret_cast<const char*>(kZstdTables), sizeof(kZstdTables))
        + QByteArray::fromRawData(kDictionary, qsizetype(kDictionarySize));
    return dictionary;
}

// The digested dictionary, built once and shared read-only by every thread (as zstd allows).
const ZSTD_CDict* compressionDictionary()
{
    static const std::unique_ptr<ZSTD_CDict, size_t (*)(ZSTD_CDict*)> dict(
        ZSTD_createCDict(zstdDictionary().constData(), size_t(zstdDictionary().size()), kZstdLevel),
        ZSTD_freeCDict);
    return dict.get();
}

const ZSTD_DDict* decompressionDictionary()
{
    static const std::unique_ptr<ZSTD_DDict, size_t (*)(ZSTD_DDict*)> dict(
        ZSTD_createDDict(zstdDictionary().constData(), size_t(zstdDictionary().size())), ZSTD_freeDDict);
    return dict.get();
}

// One compression context a thread, kept between replays: each frame starts afresh (nothing of one replay
// reaches the next), without allocating again.
class Packer
{
public:
    Packer()
        : m_context(ZSTD_createCCtx(), ZSTD_freeCCtx)
    {
        m_ok = m_context && compressionDictionary()
            && !ZSTD_isError(ZSTD_CCtx_setParameter(m_context.get(), ZSTD_c_contentSizeFlag, 1))
            && !ZSTD_isError(ZSTD_CCtx_setParameter(m_context.get(), ZSTD_c_checksumFlag, 0))
            && !ZSTD_isError(ZSTD_CCtx_setParameter(m_context.get(), ZSTD_c_dictIDFlag, 0))
            && !ZSTD_isError(ZSTD_CCtx_refCDict(m_context.get(), compressionDictionary()));
    }

    // Compressed into room the thread keeps, then copied into a body of its own size: the record holding it
    // for the queue does not hold the bound's room. qCompress's form if zstd could not take it.
    QByteArray pack(const QByteArray& json)
    {
        const size_t bound = ZSTD_compressBound(size_t(json.size()));
        m_room.resize(qsizetype(bound) + 1);
        const size_t written = m_ok
            ? ZSTD_compress2(m_context.get(), m_room.data(), bound, json.constData(), size_t(json.size()))
            : 0;
        if (!m_ok || ZSTD_isError(written) || written <= sizeof(kZstdMagic)
            || memcmp(m_room.constData(), kZstdMagic, sizeof(kZstdMagic)) != 0) {
            return qCompress(json);
        }
        // The magic's last byte becomes the form byte: the body is the frame from there on.
        m_room[qsizetype(sizeof(kZstdMagic)) - 1] = kZstdForm;
        return QByteArray(
            m_room.constData() + sizeof(kZstdMagic) - 1, qsizetype(written - sizeof(kZstdMagic)) + 1);
    }

private:
    std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx*)> m_context;
    QByteArray m_room;
    bool m_ok = false;
};

QByteArray unpackZstd(const QByteArray& body)
{
    QByteArray frame(kZstdMagic, sizeof(kZstdMagic));
    frame.append(body.constData() + 1, body.size() - 1);
    const unsigned long long size = ZSTD_getFrameContentSize(frame.constData(), size_t(frame.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > quint64(kMaxJson)
        || !decompressionDictionary()) {
        return {};
    }
    const std::unique_ptr<ZSTD_DCtx, size_t (*)(ZSTD_DCtx*)> context(ZSTD_createDCtx(), ZSTD_freeDCtx);
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    const size_t read = context ? ZSTD_decompress_usingDDict(context.get(), out.data(), size_t(out.size()),
                            frame.constData(), size_t(frame.size()), decompressionDictionary())
                                : 0;
    return !context || ZSTD_isError(read) || read != size ? QByteArray() : out;
}

// The deflate form (0x01), written before the zstd form: read, no longer written.
QByteArray inflateWithDictionary(const QByteArray& body)
{
    z_stream stream {};
    if (inflateInit2(&stream, -kWindowBits) != Z_OK) {
        return {};
    }
    QByteArray out;
    if (inflateSetDictionary(&stream, dictionary(), kDictionarySize) == Z_OK) {
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.constData() + 1));
        stream.avail_in = uInt(body.size() - 1);
        out.resize(qMax<qsizetype>(4096, body.size() * 16));
        int status = Z_OK;
        while (status == Z_OK) {
            if (qsizetype(stream.total_out) == out.size()) {
                if (out.size() >= kMaxJson) {
                    break;
                }
                out.resize(out.size() * 2);
            }
            stream.next_out = reinterpret_cast<Bytef*>(out.data() + stream.total_out);
            stream.avail_out = uInt(out.size() - qsizetype(stream.total_out));
            status = inflate(&stream, Z_FINISH);
            if (status == Z_BUF_ERROR && stream.avail_out == 0) {
                status = Z_OK; // the output was full: make room and go on
            }
        }
        out.resize(status == Z_STREAM_END ? qsizetype(stream.total_out) : 0);
    }
    inflateEnd(&stream);
    return out;
}

} // namespace

QByteArray pack(const QByteArray& json)
{
    thread_local Packer packer;
    return packer.pack(json);
}

QByteArray unpack(const QByteArray& body)
{
    if (body.startsWith('{')) {
        return body;
    }
    if (body.startsWith(kZstdForm)) {
        return unpackZstd(body);
    }
    if (body.startsWith(kDictionaryForm)) {
        return inflateWithDictionary(body);
    }
    // qCompress's form: a replay is never 16 MB long, so the length's first byte is zero.
    return body.startsWith('\0') ? qUncompress(body) : QByteArray();
}

} // namespace voicepay::replaycodec
