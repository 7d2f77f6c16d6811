// The wallboard as a floor screen shows it: `voicepay-sim wallboard` on a store that `voicepay-sim load` is
// writing, read by Debian's chromium (headless). Once the load stops, the numbers in the page's DOM are those
// of `voicepay-sim kpi --format json` for the same store.
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

namespace {

const QByteArray token = QByteArrayLiteral("floor-two-screen-5b0d9e1c77");

QString sim()
{
    return QStringLiteral(VOICEPAY_BINARY_DIR "/bin/voicepay-sim");
}

// What the page's tiles hold: data-kpi -> { shown text, data-value }.
QHash<QString, QPair<QString, QString>> tilesOf(const QByteArray& dom)
{
    static const QRegularExpression tile(
        QStringLiteral(
            "data-kpi=\"([^\"]+)\"[^>]*>.*?<span class=\"value\" data-value=\"([^\"]*)\">([^<]*)</span>"),
        QRegularExpression::DotMatchesEverythingOption);
    QHash<QString, QPair<QString, QString>> out;
    auto it = tile.globalMatch(QString::fromUtf8(dom));
    while (it.hasNext()) {
        const auto m = it.next();
        out.insert(m.captured(1), { m.captured(3), m.captured(2) });
    }
    return out;
}

} // namespace

class TestWallboardBrowser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void domNumbersEqualKpiOnceTheLoadStops();
    void wrongToken_gets401();
    void pageInEveryLanguage_data();
    void pageInEveryLanguage();
    void screenshots_data();
    void screenshots();

private:
    QByteArray chromium(const QStringList& args, const QUrl& url, int timeoutMs = 60000);
    QJsonObject kpiJson();
    QUrl page(const QByteArray& query) const;

    QString m_chromium;
    QTemporaryDir m_dir;
    QString m_db;
    QProcess m_wallboard;
    QUrl m_base;
};

void TestWallboardBrowser::initTestCase()
{
    m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (m_chromium.isEmpty()) {
        QSKIP("chromium is not installed (scripts/install-deps.sh --test installs it)");
    }
    QVERIFY(QFile::exists(sim()));
    QVERIFY(m_dir.isValid());
    m_db = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("floor.db"));
    QFile tokenFile(m_dir.filePath(QStringLiteral("wallboard.token")));
    QVERIFY(tokenFile.open(QIODevice::WriteOnly));
    tokenFile.write(token + '\n');
    tokenFile.close();

    m_wallboard.setProcessChannelMode(QProcess::SeparateChannels);
    m_wallboard.start(sim(),
        { QStringLiteral("wallboard"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
            QStringLiteral("--db"), m_db, QStringLiteral("--site"), QStringLiteral("local"),
            QStringLiteral("--token-file"), tokenFile.fileName() });
    QVERIFY(m_wallboard.waitForStarted(10000));
    QDeadlineTimer deadline(30000);
    static const QRegularExpression on(QStringLiteral("wallboard on (\\S+)"));
    while (!m_base.isValid() && !deadline.hasExpired()) {
        m_wallboard.waitForReadyRead(1000);
        const auto m = on.match(QString::fromUtf8(m_wallboard.peek(4096)));
        if (m.hasMatch()) {
            m_base = QUrl(m.captured(1));
        }
    }
    QVERIFY2(m_base.isValid() && m_base.port() > 0, m_wallboard.readAllStandardError().constData());
    QVERIFY(!m_base.hasQuery()); // the token of a token file is never printed
}

void TestWallboardBrowser::cleanupTestCase()
{
    if (m_wallboard.state() == QProcess::NotRunning) {
        return;
    }
    m_wallboard.terminate();
    QVERIFY(m_wallboard.waitForFinished(20000));
    QCOMPARE(m_wallboard.exitCode(), 0);
    const QString output = QString::fromUtf8(m_wallboard.readAllStandardOutput());
    QVERIFY2(output.contains(QRegularExpression(QStringLiteral("stopped; \\d+ request\\(s\\) refused"))),
        qPrintable(output));
}

QUrl TestWallboardBrowser::page(const QByteArray& query) const
{
    QUrl url = m_base;
    url.setQuery(QString::fromUtf8(query));
    return url;
}

QByteArray TestWallboardBrowser::chromium(const QStringList& args, const QUrl& url, int timeoutMs)
{
    QTemporaryDir profile;
    QProcess p;
    p.start(m_chromium,
        QStringList { QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"),
            QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
            QStringLiteral("--disable-extensions"), QStringLiteral("--user-data-dir=") + profile.path() }
            + args + QStringList { url.toString() });
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return QByteArray();
    }
    return p.readAllStandardOutput();
}

QJsonObject TestWallboardBrowser::kpiJson()
{
    QProcess kpi;
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    kpi.start(sim(),
        { QStringLiteral("kpi"), QStringLiteral("--db"), m_db, QStringLiteral("--from"), today,
            QStringLiteral("--format"), QStringLiteral("json") });
    if (!kpi.waitForFinished(60000) || kpi.exitCode() != 0) {
        return QJsonObject();
    }
    return QJsonDocument::fromJson(kpi.readAllStandardOutput()).object();
}

void TestWallboardBrowser::domNumbersEqualKpiOnceTheLoadStops()
{
    // Three runs of the load, the page read while the second one writes. The load dates its calls 100 ms
    // apart from its start: 200 a run stay within the minute ahead that the live feed reads.
    for (int run = 0; run < 3; ++run) {
        QProcess load;
        load.start(sim(),
            { QStringLiteral("load"), QStringLiteral("--calls"), QStringLiteral("200"),
                QStringLiteral("--concurrency"), QStringLiteral("2"), QStringLiteral("--db"), m_db,
                QStringLiteral("--seed"), QString::number(19 + run), QStringLiteral("--batch"),
                QStringLiteral("20") });
        QVERIFY(load.waitForStarted(10000));
        if (run == 1) {
            const auto during = tilesOf(chromium({ QStringLiteral("--dump-dom") }, page("token=" + token)));
            QVERIFY(during.contains(QStringLiteral("entered")));
            QVERIFY(during.contains(QStringLiteral("successRate")));
            QVERIFY(during.contains(QStringLiteral("inProgress")));
        }
        QVERIFY(load.waitForFinished(120000));
        QCOMPARE(load.exitCode(), 0);
    }

    const QJsonObject kpi = kpiJson();
    const QJsonObject totals = kpi.value(QStringLiteral("totals")).toObject();
    QCOMPARE(totals.value(QStringLiteral("entered")).toInteger(), 600);
    const QStringList counts { QStringLiteral("entered"), QStringLiteral("successful"),
        QStringLiteral("unsuccessful"), QStringLiteral("attempted"), QStringLiteral("hangUps"),
        QStringLiteral("declines") };
    const QJsonObject outcomes = totals.value(QStringLiteral("byOutcome")).toObject();
    // The wallboard reads the store every second: wait (cheaply, on its snapshot) until it has the last
    // commit, then look at the page the way the screen does.
    QNetworkAccessManager nam;
    QUrl snapshotUrl = page("token=" + token);
    snapshotUrl.setPath(QStringLiteral("/snapshot.json"));
    QDeadlineTimer caughtUp(30000);
    qint64 seen = -1;
    while (seen != 600 && !caughtUp.hasExpired()) {
        QNetworkReply* reply = nam.get(QNetworkRequest(snapshotUrl));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(5000);
        seen = QJsonDocument::fromJson(reply->readAll())
                   .object()
                   .value(QStringLiteral("totals"))
                   .toObject()
                   .value(QStringLiteral("entered"))
                   .toInteger(-1);
        reply->deleteLater();
        if (seen != 600) {
            QTest::qWait(250);
        }
    }
    QCOMPARE(seen, qint64(600));
    QHash<QString, QPair<QString, QString>> tiles;
    QString mismatch = QStringLiteral("no DOM");
    for (int attempt = 0; attempt < 3 && !mismatch.isEmpty(); ++attempt) {
        tiles = tilesOf(chromium({ QStringLiteral("--dump-dom") }, page("token=" + token)));
        mismatch.clear();
        for (const QString& key : counts) {
            const QString want = QString::number(totals.value(key).toInteger());
            if (tiles.value(key).first != want || tiles.value(key).second != want) {
                mismatch += QStringLiteral("%1: page %2, kpi %3; ").arg(key, tiles.value(key).first, want);
            }
        }
        for (auto it = outcomes.begin(); it != outcomes.end(); ++it) {
            const QString key = QStringLiteral("byOutcome.%1.averageDurationMs").arg(it.key());
            const QString want = QString::number(
                it.value().toObject().value(QStringLiteral("averageDurationMs")).toInteger());
            if (tiles.value(key).second != want) {
                mismatch += QStringLiteral("%1: page %2, kpi %3; ").arg(key, tiles.value(key).second, want);
            }
        }
    }
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    // The shown duration is the same number in seconds, the rate in per cent, to one decimal.
    const qint64 successMs = outcomes.value(QStringLiteral("success"))
                                 .toObject()
                                 .value(QStringLiteral("averageDurationMs"))
                                 .toInteger();
    const double shownSeconds
        = tiles.value(QStringLiteral("byOutcome.success.averageDurationMs")).first.toDouble();
    QVERIFY(std::abs(shownSeconds - double(successMs) / 1000.0) <= 0.0501);
    const double rate = 100.0 * double(totals.value(QStringLiteral("successful")).toInteger()) / 600.0;
    QVERIFY(std::abs(tiles.value(QStringLiteral("successRate")).first.toDouble() - rate) <= 0.0501);
    QCOMPARE(tiles.value(QStringLiteral("inProgress")).first, QStringLiteral("0"));
}

void TestWallboardBrowser::wrongToken_gets401()
{
    QNetworkAccessManager nam;
    for (const QByteArray& query : { QByteArray("token=not-the-floor-token-at-all"), QByteArray() }) {
        QNetworkReply* reply = nam.get(QNetworkRequest(page(query)));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        reply->deleteLater();
    }
    const QByteArray dom
        = chromium({ QStringLiteral("--dump-dom") }, page("token=not-the-floor-token-at-all"));
    QVERIFY2(dom.contains("Unauthorized"), dom.constData());
    QVERIFY(tilesOf(dom).isEmpty());
}

void TestWallboardBrowser::pageInEveryLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("successRate");
    QTest::newRow("English") << "en"
                             << "Payments by phone · local"
                             << "Success rate";
    QTest::newRow("German") << "de"
                            << "Zahlungen am Telefon · local"
                            << "Erfolgsquote";
    QTest::newRow("French") << "fr"
                            << "Paiements par téléphone · local"
                            << "Taux de réussite";
    QTest::newRow("Spanish") << "es"
                             << "Pagos por teléfono · local"
                             << "Tasa de éxito";
}

void TestWallboardBrowser::pageInEveryLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, title);
    QFETCH(QString, successRate);
    const QString dom = QString::fromUtf8(
        chromium({ QStringLiteral("--dump-dom") }, page("token=" + token + "&lang=" + lang.toUtf8())));
    QVERIFY(dom.contains(QStringLiteral("<html lang=\"%1\">").arg(lang)));
    QVERIFY2(dom.contains(QStringLiteral("<title>%1</title>").arg(title)), qPrintable(dom.left(400)));
    QVERIFY(dom.contains(successRate));
    QVERIFY(dom.contains(QStringLiteral("data-kpi=\"entered\"")));
}

void TestWallboardBrowser::screenshots_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::newRow("full HD television") << 1920 << 1080;
    QTest::newRow("4K television") << 3840 << 2160;
}

void TestWallboardBrowser::screenshots()
{
    QFETCH(int, width);
    QFETCH(int, height);
    const QString file = m_dir.filePath(QStringLiteral("wallboard-%1.png").arg(width));
    chromium({ QStringLiteral("--hide-scrollbars"), QStringLiteral("--force-device-scale-factor=1"),
                 QStringLiteral("--window-size=%1,%2").arg(width).arg(height),
                 QStringLiteral("--screenshot=") + file },
        page("token=" + token));
    QFile png(file);
    QVERIFY2(png.open(QIODevice::ReadOnly), qPrintable(file));
    const QByteArray head = png.read(24);
    QVERIFY(head.startsWith("\x89PNG"));
    // The IHDR chunk: width and height, big-endian, right after the signature and the chunk header.
    auto be32 = [&head](int at) {
        return (quint32(quint8(head.at(at))) << 24) | (quint32(quint8(head.at(at + 1))) << 16)
            | (quint32(quint8(head.at(at + 2))) << 8) | quint32(quint8(head.at(at + 3)));
    };
    QCOMPARE(be32(16), quint32(width));
    QCOMPARE(be32(20), quint32(height));
    const QString keep = qEnvironmentVariable("VOICEPAY_WALLBOARD_SCREENSHOT_DIR");
    if (!keep.isEmpty()) {
        const QString target = keep + QStringLiteral("/wallboard-%1.png").arg(width);
        QFile::remove(target);
        QVERIFY(QFile::copy(file, target));
    }
}

QTEST_GUILESS_MAIN(TestWallboardBrowser)
#include "tst_wallboardbrowser.moc"
