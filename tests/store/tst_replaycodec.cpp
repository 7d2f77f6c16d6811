#include "store/replaycodec.h"
#include "store/sessionreplay.h"

#include <QJsonDocument>
#include <QTest>
#include <thread>

using namespace voicepay;

class TestReplayCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pack_roundTripsAndIsSmall();
    void pack_roundTripsWhatTheDictionaryDoesNotKnow();
    void pack_givesTheSameBodyWhateverCameBefore();
    void unpack_readsTheFormsStoredBefore();
    void unpack_refusesDamagedBodies_data();
    void unpack_refusesDamagedBodies();
    void fromStored_readsAPackedReplay();
    void toJson_isWhatQJsonDocumentWrites_data();
    void toJson_isWhatQJsonDocumentWrites();
};

namespace {
QByteArray typicalReplay()
{
    return QByteArrayLiteral(
        R"({"closingPrompts":["Please wait while we process your payment.","Thank you. Your payment of 67.94 )"
        R"(US dollars has been approved. Your transaction reference is ***********.","Your payment reference )"
        R"(is INV-0.","Returning you to the main menu."],"paymentReference":"INV-0","steps":[{"prompts":[")"
        R"(Welcome to the secure payment service.","Please enter your account number, followed by the hash )"
        R"(key."],"step":"account_number"},{"prompts":["Please enter your four-digit PIN."],"step":"pin"},)"
        R"({"prompts":["Please enter your card number, followed by the hash key."],"step":"card_number"}],)"
        R"("transactionId":"60000000001"})");
}
} // namespace

void TestReplayCodec::pack_roundTripsAndIsSmall()
{
    const QByteArray json = typicalReplay();
    const QByteArray body = replaycodec::pack(json);
    QCOMPARE(body.at(0), char(0x02));
    QVERIFY2(body.size() * 5 < json.size(), "the dictionary holds what every replay repeats");
    QCOMPARE(replaycodec::unpack(body), json);
}

void TestReplayCodec::pack_roundTripsWhatTheDictionaryDoesNotKnow()
{
    // Longer than the window, in another language, with bytes the dictionary never saw.
    QByteArray json = QByteArrayLiteral(R"({"closingPrompts":[")");
    for (int i = 0; i < 2000; ++i) {
        json += "Bitte geben Sie Ihre Kartennummer ein " + QByteArray::number(i * 7919)
            + " \xc3\xa4\xc3\xb6. ";
    }
    json += R"("]})";
    const QByteArray body = replaycodec::pack(json);
    QCOMPARE(replaycodec::unpack(body), json);
}

void TestReplayCodec::pack_givesTheSameBodyWhateverCameBefore()
{
    // Each replay deflates from a copy of the thread's primed stream: nothing of one replay may reach the
    // next, in this thread or in a fresh one.
    const QByteArray first = replaycodec::pack(typicalReplay());
    QByteArray other = typicalReplay();
    other.replace("67.94", "12.50");
    const QByteArray otherBody = replaycodec::pack(other);
    QCOMPARE(replaycodec::unpack(otherBody), other);
    QCOMPARE(replaycodec::pack(typicalReplay()), first);
    QByteArray elsewhere;
    std::thread([&elsewhere] { elsewhere = replaycodec::pack(typicalReplay()); }).join();
    QCOMPARE(elsewhere, first);
}

void TestReplayCodec::unpack_readsTheFormsStoredBefore()
{
    const QByteArray json = typicalReplay();
    QCOMPARE(replaycodec::unpack(json), json); // before schema version 7
    QCOMPARE(replaycodec::unpack(qCompress(json)), json); // version 7's first form
    // The deflate form written before the zstd form: this very replay as it was stored then.
    const QByteArray deflated
        = QByteArray::fromHex("01a365f96366ae6769325afc0ca6e287dab91d77d202a62e43a55a00");
    QCOMPARE(replaycodec::unpack(deflated), json);
    QVERIFY(replaycodec::unpack(deflated.left(deflated.size() - 3)).isEmpty());
}

void TestReplayCodec::unpack_refusesDamagedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray packed = replaycodec::pack(typicalReplay());
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("cut short") << packed.left(packed.size() / 2);
    QTest::newRow("only the form byte") << packed.left(1);
    QTest::newRow("an unknown form") << QByteArrayLiteral("\x07garbage");
    QByteArray flipped = packed;
    flipped[3] = char(flipped.at(3) ^ 0x5a);
    flipped[4] = char(flipped.at(4) ^ 0xa5);
    QTest::newRow("damaged in the middle, or decoded to something else") << flipped;
    QByteArray longer = packed;
    longer[2] = char(0xff); // the frame header's length field, or what follows it
    QTest::newRow("a header that claims another length") << longer;
    QTest::newRow("a frame cut after its header") << packed.left(4);
    QTest::newRow("bytes after the frame") << packed + QByteArrayLiteral("trailing");
}

void TestReplayCodec::unpack_refusesDamagedBodies()
{
    QFETCH(QByteArray, body);
    // Never the original, never a crash: either nothing, or bytes the JSON reader then refuses.
    QVERIFY(replaycodec::unpack(body) != typicalReplay());
}

void TestReplayCodec::fromStored_readsAPackedReplay()
{
    SessionReplay replay;
    replay.steps << SessionReplay::Step { QStringLiteral("card_number"),
        { QStringLiteral("Please enter your card number, followed by the hash key.") } };
    replay.closingPrompts << QStringLiteral("Returning you to the main menu.");
    replay.transactionId = QStringLiteral("60000000001");
    QString error;
    const auto back = SessionReplay::fromStored(replay.toStored(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJson(), replay.toJson());
    QVERIFY(!SessionReplay::fromStored(QByteArrayLiteral("\x07garbage"), &error));
    QVERIFY(!error.isEmpty());
}

void TestReplayCodec::toJson_isWhatQJsonDocumentWrites_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("Please enter your card number, followed by the hash key.");
    QTest::newRow("empty") << QString();
    QTest::newRow("quotes and backslashes") << QStringLiteral("say \"yes\" or C:\\no \\");
    QTest::newRow("control characters") << QString::fromUtf16(u"a\nb\tc\rd\be\ff\x01g\x0bh\x1fi\x7fj");
    QTest::newRow("accents and other scripts") << QString::fromUtf16(u"Prélèvement 12,50 € — 中文 ß");
    QTest::newRow("a pair of surrogates") << QString::fromUtf16(u"paid \U0001F600");
    QTest::newRow("a lone surrogate") << QString(QChar(0xd800)) + QStringLiteral("x");
}

void TestReplayCodec::toJson_isWhatQJsonDocumentWrites()
{
    QFETCH(QString, text);
    SessionReplay replay;
    replay.steps << SessionReplay::Step { text, { text, QStringLiteral("second") } }
                 << SessionReplay::Step { QStringLiteral("pin"), {} };
    replay.closingPrompts << text;
    replay.paymentReference = text;
    replay.transactionId = text;
    replay.transfer = SessionReplay::Transfer { text, text, { text, QStringLiteral("05") }, QString() };
    QCOMPARE(replay.toJson(), QJsonDocument(replay.toJsonObject()).toJson(QJsonDocument::Compact));
    replay.transfer->maskedCard = text.isEmpty() ? QStringLiteral("visa ending 1111") : text;
    replay.closingPrompts.clear();
    replay.paymentReference.clear();
    QCOMPARE(replay.toJson(), QJsonDocument(replay.toJsonObject()).toJson(QJsonDocument::Compact));
    QCOMPARE(SessionReplay().toJson(),
        QJsonDocument(SessionReplay().toJsonObject()).toJson(QJsonDocument::Compact));
}

QTEST_GUILESS_MAIN(TestReplayCodec)
#include "tst_replaycodec.moc"
