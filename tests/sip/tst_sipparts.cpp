// The SIP endpoint's parts that need no network: the call context from the X-VoicePay-* headers, SDP offer
// and answer, RFC 4733 telephone-events, the prompt stream's frames and the result header.
#include "audio/dtmfgenerator.h"
#include "callheaders.h"
#include "ivrcall.h"
#include "keysin.h"
#include "promptstream.h"
#include "sdpoffer.h"
#include "telephoneevent.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace voicepay;
using namespace voicepay::sip;
using namespace Qt::Literals::StringLiterals;

namespace {

HeaderContext parseHeaders(const QHash<QString, QString>& headers)
{
    return contextFromHeaders([&headers](const QString& name) { return headers.value(name); });
}

const QByteArray kOffer = "v=0\r\n"
                          "o=alice 1 1 IN IP4 192.0.2.10\r\n"
                          "s=-\r\n"
                          "c=IN IP4 192.0.2.10\r\n"
                          "t=0 0\r\n"
                          "m=audio 49170 RTP/AVP 9 8 0 110\r\n"
                          "a=rtpmap:9 G722/8000\r\n"
                          "a=rtpmap:110 telephone-event/8000\r\n"
                          "a=fmtp:110 0-15\r\n";
} // namespace

class TestSipParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headersBuildTheContext();
    void missingHeadersAreNamed();
    void badHeaderIsNamed();
    void offerPicksG711AndTheOfferedEventType();
    void offerWithoutG711IsRefused();
    void malformedOfferIsRefused();
    void answerCarriesTheChoice();
    void holdTurnsTheAnswersDirection_data();
    void holdTurnsTheAnswersDirection();
    void eventsGiveOneKeyPerEvent();
    void streamFramesAndMarkers();
    void bargeInStopsThePrompt();
    void resultHeaderHoldsNoCardNumber();
    void infoCarriesAKey();
    void inbandTonesGiveEachKeyOnce();
};

void TestSipParts::headersBuildTheContext()
{
    const HeaderContext h = parseHeaders({ { QStringLiteral("X-VoicePay-Account"), QStringLiteral("10001") },
        { QStringLiteral("X-VoicePay-Amount"), QStringLiteral("125.50") },
        { QStringLiteral("X-VoicePay-Merchant"), QStringLiteral("M-42") },
        { QStringLiteral("X-VoicePay-Reference"), QStringLiteral("INV-1001") },
        { QStringLiteral("X-VoicePay-Call-Type"), QStringLiteral("conference") },
        { QStringLiteral("X-VoicePay-Identified"), QStringLiteral("yes") },
        { QStringLiteral("X-VoicePay-Language"), QStringLiteral("fr-FR") } });
    QVERIFY2(h.context, qPrintable(h.refusal()));
    QCOMPARE(h.context->accountId, QStringLiteral("10001"));
    QCOMPARE(h.context->amountDue, QStringLiteral("125.50"));
    QCOMPARE(h.context->merchantId, QStringLiteral("M-42"));
    QCOMPARE(h.context->paymentReference, QStringLiteral("INV-1001"));
    QCOMPARE(h.context->callType, CallType::Conference);
    QVERIFY(h.context->identified);
    QCOMPARE(h.context->language, QStringLiteral("fr-FR"));
    QVERIFY(h.refusal().isEmpty());
}

void TestSipParts::missingHeadersAreNamed()
{
    HeaderContext h = parseHeaders({});
    QVERIFY(!h.context);
    QCOMPARE(h.refusal(), QStringLiteral("Missing X-VoicePay-Account, X-VoicePay-Amount"));
    h = parseHeaders({ { QStringLiteral("X-VoicePay-Account"), QStringLiteral("10001") },
        { QStringLiteral("X-VoicePay-Amount"), QStringLiteral("   ") } });
    QCOMPARE(h.refusal(), QStringLiteral("Missing X-VoicePay-Amount"));
}

void TestSipParts::badHeaderIsNamed()
{
    HeaderContext h = parseHeaders({ { QStringLiteral("X-VoicePay-Account"), QStringLiteral("10001") },
        { QStringLiteral("X-VoicePay-Amount"), QStringLiteral("1.00") },
        { QStringLiteral("X-VoicePay-Call-Type"), QStringLiteral("fax") } });
    QVERIFY(!h.context);
    QVERIFY2(h.refusal().contains(QStringLiteral("X-VoicePay-Call-Type")), qPrintable(h.refusal()));
    h = parseHeaders({ { QStringLiteral("X-VoicePay-Account"), QStringLiteral("10001") },
        { QStringLiteral("X-VoicePay-Amount"), QStringLiteral("1.00") },
        { QStringLiteral("X-VoicePay-Identified"), QStringLiteral("maybe") } });
    QVERIFY(!h.context);
    QVERIFY(h.refusal().startsWith(QStringLiteral("X-VoicePay-Identified")));
}

void TestSipParts::offerPicksG711AndTheOfferedEventType()
{
    QString error;
    const auto offer = SdpOffer::parse(kOffer, &error);
    QVERIFY2(offer, qPrintable(error));
    QCOMPARE(offer->address, QStringLiteral("192.0.2.10"));
    QCOMPARE(offer->port, quint16(49170));
    const auto media = chooseMedia(*offer);
    QVERIFY(media);
    QCOMPARE(media->codecPayloadType, 8); // the caller's first G.711: A-law
    QVERIFY(media->alaw);
    QCOMPARE(media->telephoneEventPayloadType, 110);
}

void TestSipParts::offerWithoutG711IsRefused()
{
    QString error;
    const QByteArray g722Only = "v=0\r\nc=IN IP4 192.0.2.10\r\nt=0 0\r\nm=audio 4000 RTP/AVP 9 101\r\n"
                                "a=rtpmap:101 telephone-event/8000\r\n";
    const auto offer = SdpOffer::parse(g722Only, &error);
    QVERIFY(offer);
    QVERIFY(!chooseMedia(*offer));
    // A G.711 name on a dynamic type counts; a static type renamed by rtpmap does not.
    const auto dynamic = SdpOffer::parse("v=0\r\nc=IN IP4 192.0.2.1\r\nm=audio 4000 RTP/AVP 0 97\r\n"
                                         "a=rtpmap:0 G729/8000\r\na=rtpmap:97 PCMU/8000\r\n",
        &error);
    QVERIFY(dynamic);
    const auto media = chooseMedia(*dynamic);
    QVERIFY(media);
    QCOMPARE(media->codecPayloadType, 97);
    QVERIFY(!media->alaw);
    QCOMPARE(media->telephoneEventPayloadType, -1);
}

void TestSipParts::malformedOfferIsRefused()
{
    QString error;
    QVERIFY(!SdpOffer::parse("", &error));
    QVERIFY(!SdpOffer::parse("v=0\r\nm=video 4000 RTP/AVP 96\r\nc=IN IP4 192.0.2.1\r\n", &error));
    QVERIFY(!SdpOffer::parse("v=0\r\nm=audio 4000 RTP/AVP 0\r\n", &error)); // no address
    QVERIFY(!SdpOffer::parse("v=0\r\nc=IN IP4 1.2.3.4\r\nm=audio 99999 RTP/AVP 0\r\n", &error));
    QVERIFY(!SdpOffer::parse(QByteArray(5000, '\xff'), &error));
}

void TestSipParts::answerCarriesTheChoice()
{
    const QString sdp = QString::fromUtf8(buildAnswer(
        MediaChoice { 0, false, 101 }, QStringLiteral("127.0.0.1"), 20002, AnswerOrigin { 7, 2 }));
    QVERIFY(sdp.contains(QStringLiteral("o=voicepay 7 2 IN IP4 127.0.0.1\r\n")));
    QVERIFY(sdp.contains(QStringLiteral("a=sendrecv\r\n")));
    QVERIFY(sdp.contains(QStringLiteral("c=IN IP4 127.0.0.1\r\n")));
    QVERIFY(sdp.contains(QStringLiteral("m=audio 20002 RTP/AVP 0 101\r\n")));
    QVERIFY(sdp.contains(QStringLiteral("a=rtpmap:0 PCMU/8000\r\n")));
    QVERIFY(sdp.contains(QStringLiteral("a=rtpmap:101 telephone-event/8000\r\n")));
    QVERIFY(sdp.contains(QStringLiteral("a=ptime:20\r\n")));
    // The answer parses as an offer would, with the same choice.
    QString error;
    const auto again = SdpOffer::parse(sdp.toUtf8(), &error);
    QVERIFY(again);
    QCOMPARE(chooseMedia(*again)->telephoneEventPayloadType, 101);
}

void TestSipParts::holdTurnsTheAnswersDirection_data()
{
    QTest::addColumn<QByteArray>("attributes");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("callerSends");
    QTest::addColumn<bool>("callerHears");
    QTest::newRow("an ordinary call") << QByteArray() << u"sendrecv"_s << true << true;
    QTest::newRow("held by the caller") << QByteArray("a=sendonly\r\n") << u"recvonly"_s << true << false;
    QTest::newRow("caller listens only") << QByteArray("a=recvonly\r\n") << u"sendonly"_s << false << true;
    QTest::newRow("both directions off") << QByteArray("a=inactive\r\n") << u"inactive"_s << false << false;
    QTest::newRow("an old-style hold to 0.0.0.0")
        << QByteArray("c=IN IP4 0.0.0.0\r\n") << u"sendrecv"_s << false << false;
}

void TestSipParts::holdTurnsTheAnswersDirection()
{
    QFETCH(QByteArray, attributes);
    QFETCH(QString, answer);
    QFETCH(bool, callerSends);
    QFETCH(bool, callerHears);
    QString error;
    const auto offer
        = SdpOffer::parse("v=0\r\nc=IN IP4 192.0.2.1\r\nm=audio 4000 RTP/AVP 0\r\n" + attributes, &error);
    QVERIFY2(offer, qPrintable(error));
    QCOMPARE(offer->answerDirection(), answer);
    QCOMPARE(offer->offererSends(), callerSends);
    QCOMPARE(offer->offererReceives(), callerHears);
}

void TestSipParts::eventsGiveOneKeyPerEvent()
{
    TelephoneEventReceiver r;
    const quint8 five[] = { 5, 10, 0, 160 };
    const quint8 fiveEnd[] = { 5, 0x8a, 3, 0 };
    const quint8 hash[] = { 11, 10, 0, 160 };
    const quint8 flash[] = { 16, 10, 0, 160 };
    QCOMPARE(r.receive(five, 4, 1000), std::optional<QChar>(u'5'));
    QCOMPARE(r.receive(five, 4, 1000), std::nullopt); // an update of the same event
    QCOMPARE(r.receive(fiveEnd, 4, 1000), std::nullopt);
    QCOMPARE(r.receive(fiveEnd, 4, 1000), std::nullopt);
    QCOMPARE(r.receive(five, 4, 2600), std::optional<QChar>(u'5')); // the same key pressed again
    QCOMPARE(r.receive(hash, 4, 4000), std::optional<QChar>(u'#'));
    QCOMPARE(r.receive(flash, 4, 5000), std::nullopt);
    QCOMPARE(r.receive(hash, 3, 6000), std::nullopt); // truncated
    QCOMPARE(r.receive(nullptr, 0, 7000), std::nullopt);
}

void TestSipParts::streamFramesAndMarkers()
{
    PromptStream s;
    AudioFrame f = s.nextFrame();
    QVERIFY(f.silence);
    QVERIFY(!f.marker);
    AudioBuffer prompt;
    prompt.samples.assign(400, 1000); // 50 ms: two whole frames and a part
    s.enqueue(prompt);
    QCOMPARE(s.pendingMs(), 50);
    f = s.nextFrame();
    QVERIFY(!f.silence);
    QVERIFY(f.marker); // a talkspurt begins
    QCOMPARE(f.pcm.front(), qint16(1000));
    f = s.nextFrame();
    QVERIFY(!f.marker);
    f = s.nextFrame();
    QVERIFY(!f.marker);
    QCOMPARE(f.pcm.at(79), qint16(1000));
    QCOMPARE(f.pcm.at(80), qint16(0)); // the rest of the last frame is silence
    QVERIFY(s.isIdle());
    QVERIFY(s.nextFrame().silence);
    s.enqueue(prompt);
    QVERIFY(s.nextFrame().marker); // after silence, a new talkspurt
    AudioBuffer wrongRate;
    wrongRate.sampleRate = 16000;
    wrongRate.samples.assign(320, 1);
    s.bargeIn();
    s.enqueue(wrongRate);
    QVERIFY(s.isIdle());
}

void TestSipParts::bargeInStopsThePrompt()
{
    PromptStream s;
    AudioBuffer prompt;
    prompt.samples.assign(8000, 500);
    s.enqueue(prompt);
    s.enqueue(prompt);
    QVERIFY(s.nextFrame().marker);
    s.bargeIn();
    QVERIFY(s.isIdle());
    QCOMPARE(s.pendingMs(), 0);
    QVERIFY(s.nextFrame().silence);
    s.enqueue(prompt);
    QVERIFY(s.nextFrame().marker); // the next prompt is a talkspurt of its own
}

void TestSipParts::resultHeaderHoldsNoCardNumber()
{
    CallResult r;
    r.sessionId = QStringLiteral("s-1");
    r.outcome = Outcome::Success;
    r.amount = QStringLiteral("125.50");
    r.currency = QStringLiteral("USD");
    r.cardBrand = QStringLiteral("visa");
    r.cardLast4 = QStringLiteral("1111");
    r.transactionId = QStringLiteral("T-9");
    r.steps << StepRecord { QStringLiteral("card_number"), { QStringLiteral("Please enter your card") } };
    const QByteArray json = resultHeaderJson(r);
    QVERIFY(!json.contains('\n'));
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QCOMPARE(o.value(QStringLiteral("outcome")).toString(), QStringLiteral("success"));
    QCOMPARE(o.value(QStringLiteral("amount")).toString(), QStringLiteral("125.50"));
    QCOMPARE(o.value(QStringLiteral("cardBrand")).toString(), QStringLiteral("visa"));
    QCOMPARE(o.value(QStringLiteral("cardLast4")).toString(), QStringLiteral("1111"));
    QCOMPARE(o.value(QStringLiteral("transactionId")).toString(), QStringLiteral("T-9"));
    QVERIFY(o.contains(QStringLiteral("exit")));
    QVERIFY(!o.contains(QStringLiteral("steps"))); // only what the far end needs
}

void TestSipParts::infoCarriesAKey()
{
    QCOMPARE(infoKey("application/dtmf-relay", "Signal=5\r\nDuration=160\r\n"), std::optional<QChar>(u'5'));
    QCOMPARE(infoKey("Application/DTMF-Relay", "signal= #\r\nDuration=100\r\n"), std::optional<QChar>(u'#'));
    QCOMPARE(infoKey("application/dtmf-relay", "Signal=11\r\n"), std::optional<QChar>(u'#'));
    QCOMPARE(infoKey("application/dtmf", "7"), std::optional<QChar>(u'7'));
    QCOMPARE(infoKey("application/dtmf-relay", "Duration=160\r\n"), std::nullopt);
    QCOMPARE(infoKey("application/dtmf-relay", "Signal=x\r\n"), std::nullopt);
    QCOMPARE(infoKey("application/dtmf-relay", "Signal=99\r\n"), std::nullopt);
    QCOMPARE(infoKey("text/plain", "5"), std::nullopt);
}

void TestSipParts::inbandTonesGiveEachKeyOnce()
{
    AudioBuffer audio = DtmfGenerator::sequence(QStringLiteral("4111#"), 8000);
    // One long press: a single key however long it lasts.
    DtmfToneSpec longPress;
    longPress.toneMs = 400;
    audio.append(DtmfGenerator::sequence(QStringLiteral("9"), 8000, longPress));
    audio.appendSilence(200);
    InbandKeys keys;
    QString heard;
    for (size_t i = 0; i < audio.samples.size(); i += 160) {
        const qsizetype n = static_cast<qsizetype>(std::min<size_t>(160, audio.samples.size() - i));
        for (QChar k : keys.receive(audio.samples.data() + i, n)) {
            heard += k;
        }
    }
    QCOMPARE(heard, QStringLiteral("4111#9"));
    QVERIFY(keys.receive(nullptr, 0).isEmpty());
}

QTEST_GUILESS_MAIN(TestSipParts)
#include "tst_sipparts.moc"
