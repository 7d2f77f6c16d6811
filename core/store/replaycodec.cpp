#include "replaycodec.h"

#include <QtEndian>
#include <memory>
#include <zlib.h>

namespace voicepay::replaycodec {

namespace {

constexpr char kDictionaryForm = 0x01;
// An 8 KB window holds the dictionary and a whole replay; small hash tables keep each reset cheap.
constexpr int kWindowBits = 13;
constexpr int kMemLevel = 5;
// zlib's fast matcher (levels 1 to 3) rather than the default lazy one (6): it deflates a replay in about
// half the instructions for about 5 more bytes (84 instead of 79 on average, the preset dictionary doing most
// of the work either way). The level is not part of the format: inflate reads any.
constexpr int kLevel = 2;
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

// Memory for zlib's streams from one block the thread keeps: the stream primed with the dictionary first,
// then each replay's copy of it, given back all at once (no allocation, no release per replay).
class Arena
{
public:
    static voidpf allocate(voidpf opaque, uInt items, uInt size)
    {
        auto* arena = static_cast<Arena*>(opaque);
        const size_t bytes = (size_t(items) * size + 15) & ~size_t(15);
        if (bytes > sizeof(arena->m_data) - arena->m_used) {
            return Z_NULL; // zlib reports Z_MEM_ERROR: the caller falls back to a stream of its own
        }
        void* block = arena->m_data + arena->m_used;
        arena->m_used += bytes;
        return block;
    }
    static void release(voidpf, voidpf) { }

    size_t used() const { return m_used; }
    void rewind(size_t to) { m_used = to; }

private:
    // The primed stream and one copy: each about 54 KB (the state, an 8 KB window twice over, its hash
    // chains and the pending buffer at memory level 5).
    alignas(16) unsigned char m_data[128 * 1024];
    size_t m_used = 0;
};

// Setting the 3 KB dictionary hashes every byte of it: about as much work as compressing the replay. The
// dictionary is set once per thread in a primed stream, and each replay deflates from a copy of it
// (deflateCopy: a few memcpy into the arena), which gives the very bytes a reset stream primed again would.
class Packer
{
public:
    Packer()
        : m_arena(std::make_unique<Arena>())
    {
        m_primed.zalloc = Arena::allocate;
        m_primed.zfree = Arena::release;
        m_primed.opaque = m_arena.get();
        m_ok
            = deflateInit2(&m_primed, kLevel, Z_DEFLATED, -kWindowBits, kMemLevel, Z_DEFAULT_STRATEGY) == Z_OK
            && deflateSetDictionary(&m_primed, dictionary(), kDictionarySize) == Z_OK;
        m_mark = m_arena->used();
    }
    ~Packer() { deflateEnd(&m_primed); }
    Packer(const Packer&) = delete;
    Packer& operator=(const Packer&) = delete;

    QByteArray pack(const QByteArray& json)
    {
        m_arena->rewind(m_mark);
        z_stream stream;
        if (!m_ok || deflateCopy(&stream, &m_primed) != Z_OK) {
            return packAlone(json);
        }
        QByteArray out = deflateInto(stream, json);
        deflateEnd(&stream);
        return out;
    }

private:
    // The same body from a stream of its own: only if the arena could not hold the copy.
    static QByteArray packAlone(const QByteArray& json)
    {
        z_stream stream {};
        if (deflateInit2(&stream, kLevel, Z_DEFLATED, -kWindowBits, kMemLevel, Z_DEFAULT_STRATEGY) != Z_OK) {
            return qCompress(json);
        }
        QByteArray out;
        if (deflateSetDictionary(&stream, dictionary(), kDictionarySize) == Z_OK) {
            out = deflateInto(stream, json);
        }
        deflateEnd(&stream);
        return out.isEmpty() ? qCompress(json) : out;
    }

    // Deflated into room the thread keeps (the bound is some KB, the body about 80 bytes), then copied into
    // a body of its own size: the record holding it for the queue does not hold the bound's room.
    static QByteArray deflateInto(z_stream& stream, const QByteArray& json)
    {
        thread_local QByteArray room;
        room.resize(1 + qsizetype(deflateBound(&stream, uLong(json.size()))));
        room[0] = kDictionaryForm;
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(json.constData()));
        stream.avail_in = uInt(json.size());
        stream.next_out = reinterpret_cast<Bytef*>(room.data() + 1);
        stream.avail_out = uInt(room.size() - 1);
        if (deflate(&stream, Z_FINISH) != Z_STREAM_END) {
            return qCompress(json);
        }
        return QByteArray(room.constData(), 1 + qsizetype(stream.total_out));
    }

    std::unique_ptr<Arena> m_arena;
    z_stream m_primed {};
    size_t m_mark = 0;
    bool m_ok = false;
};

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
    if (body.startsWith(kDictionaryForm)) {
        return inflateWithDictionary(body);
    }
    // qCompress's form: a replay is never 16 MB long, so the length's first byte is zero.
    return body.startsWith('\0') ? qUncompress(body) : QByteArray();
}

} // namespace voicepay::replaycodec
