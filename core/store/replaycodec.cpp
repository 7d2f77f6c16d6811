#include "replaycodec.h"

#include <QtEndian>
#include <zlib.h>

namespace voicepay::replaycodec {

namespace {

constexpr char kDictionaryForm = 0x01;
// An 8 KB window holds the dictionary and a whole replay; small hash tables keep each reset cheap.
constexpr int kWindowBits = 13;
constexpr int kMemLevel = 5;
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

// deflateInit() sets up a full stream for every call (qCompress() allocates and clears about 256 KB): one
// small stream per thread, reset per replay, costs less than the compression itself.
class Packer
{
public:
    Packer()
    {
        m_ok = deflateInit2(
                   &m_stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -kWindowBits, kMemLevel, Z_DEFAULT_STRATEGY)
            == Z_OK;
    }
    ~Packer()
    {
        if (m_ok) {
            deflateEnd(&m_stream);
        }
    }
    Packer(const Packer&) = delete;
    Packer& operator=(const Packer&) = delete;

    QByteArray pack(const QByteArray& json)
    {
        if (!m_ok || deflateReset(&m_stream) != Z_OK
            || deflateSetDictionary(&m_stream, dictionary(), kDictionarySize) != Z_OK) {
            return qCompress(json);
        }
        QByteArray out(1 + qsizetype(deflateBound(&m_stream, uLong(json.size()))), Qt::Uninitialized);
        out[0] = kDictionaryForm;
        m_stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(json.constData()));
        m_stream.avail_in = uInt(json.size());
        m_stream.next_out = reinterpret_cast<Bytef*>(out.data() + 1);
        m_stream.avail_out = uInt(out.size() - 1);
        if (deflate(&m_stream, Z_FINISH) != Z_STREAM_END) {
            return qCompress(json);
        }
        out.truncate(1 + qsizetype(m_stream.total_out));
        return out;
    }

private:
    z_stream m_stream {};
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
