#include "cards/testcards.h"
#include "flow/voiceinput.h"
#include "processmemory.h"
#include "sim/scenario.h"

#include <QDir>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <unistd.h>

using namespace voicepay;

// After its calls have ended, a running voicepay-sim holds none of the card numbers that went through it.
class TestMemoryDump : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scanner_findsWhatIsThere();
    void finishedCalls_leaveNoCardNumbers();

private:
    static QList<QByteArray> cardNumbersOf(const QString& folder);
};

// The numbers the scenarios key in, less those of the product's own test-card table: that table is public
// reference data the sandbox keeps resident to give each card its outcome, not a caller's card.
QList<QByteArray> TestMemoryDump::cardNumbersOf(const QString& folder)
{
    QSet<QString> reference;
    for (const TestCard& card : TestCards::standard().cards()) {
        reference.insert(card.number);
    }
    QList<QByteArray> cards;
    for (const QFileInfo& file : QDir(folder).entryInfoList({ QStringLiteral("*.json") }, QDir::Files)) {
        QString error;
        const auto scenario = Scenario::fromFile(file.filePath(), &error);
        if (!scenario) {
            continue;
        }
        for (const ScenarioInput& input : scenario->inputs) {
            QString digits = input.kind == ScenarioInput::Kind::Say
                ? VoiceInput::digits(input.text).value_or(QString())
                : input.text;
            digits.remove(QLatin1Char('#'));
            if (digits.size() >= 13 && !digits.contains(QLatin1Char('*')) && !reference.contains(digits)
                && !cards.contains(digits.toLatin1())) {
                cards << digits.toLatin1();
            }
        }
    }
    return cards;
}

void TestMemoryDump::initTestCase()
{
#ifdef VOICEPAY_SANITIZER_BUILD
    QSKIP("a sanitizer build replaces the wiping allocator and maps terabytes of shadow memory; the test "
          "command's plain build runs this test");
#endif
}

void TestMemoryDump::scanner_findsWhatIsThere()
{
    // The scanner must be able to see this process's own memory, or the real test proves nothing.
    const QByteArray marker = QByteArray("memory-scan-marker-") + QByteArray::number(::getpid());
    volatile const char* keep = marker.constData();
    Q_UNUSED(keep);
    const MemoryScan scan
        = scanProcessMemory(::getpid(), { marker, QByteArray("never-in-memory-") + "x" + "yz" });
    QVERIFY2(scan.ok, qPrintable(scan.error));
    bool found = false;
    for (const MemoryHit& hit : scan.hits) {
        found = found || hit.needle == marker;
    }
    QVERIFY(found);
}

void TestMemoryDump::finishedCalls_leaveNoCardNumbers()
{
    if (::geteuid() != 0) {
        QSKIP("reading a hardened (non-dumpable) process's memory needs root; the test command runs as root");
    }
    const QString folder = QStringLiteral(VOICEPAY_SOURCE_DIR "/tests/scenarios");
    const QList<QByteArray> cards = cardNumbersOf(folder);
    QVERIFY2(cards.size() >= 2, "the scenario suite keys in card numbers beyond the test-card table");
    QList<QByteArray> needles;
    for (const QByteArray& card : cards) {
        needles << cardNumberForms(card);
    }
    const QByteArray folderMarker = folder.toLocal8Bit();
    needles << folderMarker; // a positive control: the argument is in the process's memory

    QProcess sim;
    sim.setProcessChannelMode(QProcess::MergedChannels);
    sim.start(QStringLiteral(VOICEPAY_SIM),
        { QStringLiteral("test"), folder, QStringLiteral("--hold-at-end"), QStringLiteral("120") });
    QVERIFY(sim.waitForStarted());
    QByteArray output;
    while (!output.contains("holding pid")) {
        QVERIFY2(sim.waitForReadyRead(60000), output.right(2000).constData());
        output += sim.readAll();
    }
    QVERIFY2(output.contains(" passed, 0 failed"), output.right(2000).constData());
    const MemoryScan scan = scanProcessMemory(sim.processId(), needles);
    sim.closeWriteChannel();
    QVERIFY(sim.waitForFinished(30000));
    QVERIFY2(scan.ok, qPrintable(scan.error));

    bool controlSeen = false;
    QStringList leaks;
    for (const MemoryHit& hit : scan.hits) {
        if (hit.needle == folderMarker) {
            controlSeen = true;
            continue;
        }
        QByteArray shown = hit.needle;
        shown.replace('\0', "");
        leaks << QStringLiteral("%1 (%2 bytes) in %3 at 0x%4")
                     .arg(QString::fromLatin1(shown.right(4)).prepend(QStringLiteral("card ending ")))
                     .arg(hit.needle.size())
                     .arg(hit.region)
                     .arg(hit.address, 0, 16);
    }
    QVERIFY2(controlSeen, "the scan did not find the command line: it read the wrong memory");
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("; "))));
    qInfo("scanned %lld bytes of voicepay-sim for %lld card numbers", scan.bytesRead,
        static_cast<long long>(cards.size()));
}

QTEST_GUILESS_MAIN(TestMemoryDump)
#include "tst_memorydump.moc"
