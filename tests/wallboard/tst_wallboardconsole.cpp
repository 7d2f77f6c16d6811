// The console's switch: the live dashboard serves the wallboard from its own feed. The console's own
// wallboard mode: full screen, no controls, the admin's thresholds colouring the tiles, Esc leaves; the
// thresholds set in the configuration editor and audited.
#include "config/configeditor.h"
#include "config/configlocation.h"
#include "config/thresholdsform.h"
#include "dashboards/livedashboard.h"
#include "dashboards/wallboardmode.h"
#include "store/kpistore.h"
#include "store/livekpifeed.h"
#include "wallboardserver.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace voicepay;

class TestWallboardConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void switchServesTheDashboardsFeed();
    void wallboardModeColoursTilesByTheThresholds();
    void thresholdsAreSetInTheConfigEditorAndAudited();
};

// Ten calls today, four successful (40 %), two technical errors in a whole minute a few minutes ago.
void TestWallboardConsole::wallboardModeColoursTilesByTheThresholds()
{
    QTemporaryDir dir;
    QString error;
    const auto url = StoreUrl::parse("sqlite:" + dir.filePath("mode.db"), &error);
    QVERIFY2(url, qPrintable(error));
    const qint64 minute = QDateTime::currentMSecsSinceEpoch() / 60000 * 60000 - 2 * 60000;
    {
        KpiStore store;
        QVERIFY2(store.open(*url, &error), qPrintable(error));
        for (int i = 0; i < 10; ++i) {
            SessionRecord r;
            r.sessionId = QStringLiteral("w-%1").arg(i);
            r.site = QStringLiteral("local");
            r.callType = QStringLiteral("ivr");
            r.outcome = i < 4 ? QStringLiteral("success")
                : i < 6       ? QStringLiteral("technical_error")
                              : QStringLiteral("hangup");
            r.startedAtMs = minute + i * 1000;
            r.endedAtMs = r.startedAtMs + 1000;
            r.durationMs = 1000;
            store.record(r);
        }
        QVERIFY2(store.flush(&error), qPrintable(error));
    }
    // The admin's thresholds: 40 % is amber (under 50), not red (under 30); two technical errors in a
    // 5-minute window is 0.4 a minute, red above 0.3.
    KpiThresholds t;
    t.successAmberBelow = 50;
    t.successRedBelow = 30;
    t.technicalAmberAbove = 0.1;
    t.technicalRedAbove = 0.3;
    QDir().mkpath(QFileInfo(ui::ConfigLocation::thresholdsPath()).absolutePath());
    QVERIFY2(t.save(ui::ConfigLocation::thresholdsPath(), &error), qPrintable(error));

    LiveKpiFeed feed;
    feed.setPollIntervalMs(50);
    feed.start(*url);
    ui::LiveDashboard dashboard(&feed);
    auto* button = dashboard.findChild<QAbstractButton*>(QStringLiteral("wallboardModeButton"));
    QVERIFY(button);
    button->click();
    QPointer<ui::WallboardMode> mode = dashboard.wallboardMode();
    QVERIFY(mode);
    QVERIFY(mode->isFullScreen());
    QVERIFY(mode->findChildren<QAbstractButton*>().isEmpty()); // no controls
    QTRY_COMPARE_WITH_TIMEOUT(mode->value(QStringLiteral("entered")), QStringLiteral("10"), 10000);
    QCOMPARE(mode->value(QStringLiteral("successful")), QStringLiteral("4"));
    QCOMPARE(mode->level(QStringLiteral("successRate")), QStringLiteral("amber"));
    QCOMPARE(mode->level(QStringLiteral("technicalErrors")), QStringLiteral("red"));
    QCOMPARE(mode->level(QStringLiteral("hangUps")), QStringLiteral("normal")); // 0.8 a minute, amber above 5
    QCOMPARE(mode->level(QStringLiteral("entered")), QString()); // no threshold

    if (const QString shots = qEnvironmentVariable("VOICEPAY_SCREENSHOT_DIR"); !shots.isEmpty()) {
        mode->showNormal();
        mode->resize(1280, 720);
        QTest::qWait(200);
        mode->grab().save(shots + QStringLiteral("/wallboard-mode.png"));
    }
    QSignalSpy left(mode.data(), &ui::WallboardMode::left);
    QTest::keyClick(mode.data(), Qt::Key_Escape);
    QCOMPARE(left.size(), 1);
    QTRY_VERIFY(mode.isNull()); // closed and gone
    feed.stop();
    QFile::remove(ui::ConfigLocation::thresholdsPath());
}

void TestWallboardConsole::thresholdsAreSetInTheConfigEditorAndAudited()
{
    QTemporaryDir dir;
    ui::ConfigEditor editor(dir.filePath(QStringLiteral("flow.json")));
    ui::ThresholdsForm* form = editor.thresholds();
    QVERIFY(form);
    QCOMPARE(form->path(), dir.filePath(QStringLiteral("thresholds.json")));
    QList<QPair<QString, QJsonObject>> trail;
    bool confirm = false;
    editor.setActionGate([&confirm](const QString&, const QJsonObject&) { return confirm; },
        [&trail](const QString& action, const QJsonObject& details, const QString& result) {
            trail.append({ QString(action + u'/' + result), details });
            return true;
        });
    static_cast<QDoubleSpinBox*>(form->field(QStringLiteral("successAmber")))->setValue(85);
    QString error;
    // Not confirmed: nothing saved, nothing on the trail as done.
    QVERIFY(!form->save(&error));
    QVERIFY(!QFile::exists(form->path()));
    QVERIFY(trail.isEmpty());
    confirm = true;
    QVERIFY2(form->save(&error), qPrintable(error));
    QCOMPARE(trail.size(), 1);
    QCOMPARE(trail.at(0).first, QStringLiteral("thresholds_changed/ok"));
    const QJsonObject details = trail.at(0).second;
    QCOMPARE(details.value(QStringLiteral("before"))
                 .toObject()
                 .value(QStringLiteral("successRate"))
                 .toObject()
                 .value(QStringLiteral("amberBelow"))
                 .toDouble(),
        90.0);
    QCOMPARE(details.value(QStringLiteral("after"))
                 .toObject()
                 .value(QStringLiteral("successRate"))
                 .toObject()
                 .value(QStringLiteral("amberBelow"))
                 .toDouble(),
        85.0);
    const auto saved = KpiThresholds::load(form->path(), &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->successAmberBelow, 85.0);
    // Red above amber contradicts itself: refused with the reason, the file unchanged.
    static_cast<QDoubleSpinBox*>(form->field(QStringLiteral("successRed")))->setValue(95);
    error.clear();
    QVERIFY(!form->save(&error));
    QVERIFY(error.contains(QStringLiteral("redBelow")));
    QCOMPARE(trail.size(), 1);
    QCOMPARE(KpiThresholds::load(form->path(), &error)->successRedBelow, 80.0);
    if (const QString shots = qEnvironmentVariable("VOICEPAY_SCREENSHOT_DIR"); !shots.isEmpty()) {
        editor.resize(1280, 720);
        editor.show();
        QTest::qWait(100);
        editor.findChild<QScrollArea*>()->ensureWidgetVisible(form->saveButton());
        QTest::qWait(100);
        editor.grab().save(shots + QStringLiteral("/config-thresholds.png"));
    }
    // Read-only for anyone but an admin: no save button.
    editor.setReadOnly(true);
    QVERIFY(form->saveButton()->isHidden() && !form->field(QStringLiteral("successAmber"))->isEnabled());
}

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
