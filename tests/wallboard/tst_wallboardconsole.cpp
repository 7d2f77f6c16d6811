// The console's switch: the live dashboard serves the wallboard from its own feed.
#include "dashboards/livedashboard.h"
#include "store/livekpifeed.h"
#include "wallboardserver.h"

#include <QCheckBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;

class TestWallboardConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void switchServesTheDashboardsFeed();
};

void TestWallboardConsole::switchServesTheDashboardsFeed()
{
    QTemporaryDir dir;
    QString error;
    const auto store = StoreUrl::parse("sqlite:" + dir.filePath("console.db"), &error);
    QVERIFY2(store, qPrintable(error));
    LiveKpiFeed feed;
    feed.start(*store);
    ui::LiveDashboard dashboard(&feed);
    QVERIFY(!dashboard.wallboard());
    auto* toggle = dashboard.findChild<QCheckBox*>(QStringLiteral("wallboardSwitch"));
    QVERIFY(toggle);
    toggle->setChecked(true);
    WallboardServer* server = dashboard.wallboard();
    QVERIFY(server);
    const QUrl url = server->pageUrl(true);
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    bool shown = false;
    for (const QLabel* label : dashboard.findChildren<QLabel*>()) {
        shown = shown || label->text().contains(url.toString().toHtmlEscaped());
    }
    QVERIFY(shown);

    QNetworkAccessManager nam;
    QNetworkReply* page = nam.get(QNetworkRequest(url));
    QSignalSpy done(page, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(page->readAll().contains("id=\"wallboard-data\""));
    page->deleteLater();

    toggle->setChecked(false);
    QVERIFY(!dashboard.wallboard());
    QNetworkReply* gone = nam.get(QNetworkRequest(url));
    QSignalSpy goneDone(gone, &QNetworkReply::finished);
    QVERIFY(goneDone.wait(10000));
    QCOMPARE(gone->error(), QNetworkReply::ConnectionRefusedError);
    gone->deleteLater();
}

QTEST_MAIN(TestWallboardConsole)
#include "tst_wallboardconsole.moc"
