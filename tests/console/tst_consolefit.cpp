// Every area of the console fits a 1280×720 screen, in English and in German (the longest of the four
// languages): the window's minimum size, and each area's, as the layouts work them out.
#include "admin/consoleaccounts.h"
#include "shell/mainwindow.h"
#include "shell/screenshotdirector.h"

#include <QImage>
#include <QListWidget>
#include <QMenuBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace voicepay;
using namespace voicepay::ui;

namespace {
// A 1280×720 screen less a title bar and a desktop panel.
constexpr int screenWidth = 1280;
constexpr int screenHeight = 680;

QSize minimumOf(const QWidget* w)
{
    // What a layout grants a widget at the least: its own minimum when set, else its hint.
    const QSize hint = w->minimumSizeHint();
    return { w->minimumWidth() > 0 ? w->minimumWidth() : hint.width(),
        w->minimumHeight() > 0 ? w->minimumHeight() : hint.height() };
}
} // namespace

class TestConsoleFit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<ConsoleAccounts> m_accounts;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        m_url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("kpi.sqlite"));
        m_accounts = std::make_unique<ConsoleAccounts>(m_url);
        QString why;
        QVERIFY2(m_accounts->open(&why), qPrintable(why));
    }

    void everyAreaFitsTheScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << QStringLiteral("de");
    }

    void everyAreaFitsTheScreen()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/voicepay_%1.qm").arg(language)));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        // An admin sees every area.
        MainWindow window(
            FlowConfig(), m_url, ConsoleUser { QStringLiteral("root"), Role::Admin }, m_accounts.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::removeTranslator(&translator);

        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("areas"));
        QVERIFY(nav && stack);
        QCOMPARE(stack->count(), 8); // with the phone line
        const int areaWidth = screenWidth - nav->width();
        const int areaHeight
            = screenHeight - window.menuBar()->sizeHint().height() - minimumOf(window.statusBar()).height();
        QStringList tooLarge;
        for (int i = 0; i < stack->count(); ++i) {
            const QSize need = minimumOf(stack->widget(i));
            if (need.width() > areaWidth || need.height() > areaHeight) {
                tooLarge << QStringLiteral("%1 needs %2×%3")
                                .arg(nav->item(i)->text())
                                .arg(need.width())
                                .arg(need.height());
            }
        }
        const QSize status = minimumOf(window.statusBar());
        if (status.width() > screenWidth) {
            tooLarge << QStringLiteral("the status bar needs %1 px").arg(status.width());
        }
        const QSize whole = window.minimumSizeHint();
        if (whole.width() > screenWidth || whole.height() > screenHeight) {
            tooLarge << QStringLiteral("the window needs %1×%2").arg(whole.width()).arg(whole.height());
        }
        QVERIFY2(tooLarge.isEmpty(),
            qPrintable(QStringLiteral("room %1×%2 for an area: ").arg(areaWidth).arg(areaHeight)
                + tooLarge.join(QStringLiteral("; "))));
        // And the window really takes that size, with no form wider than the scroll area it is in: a scroll
        // bar across would hide half of each row.
        window.resize(screenWidth, screenHeight);
        QTRY_COMPARE(window.size(), QSize(screenWidth, screenHeight));
        for (int i = 0; i < stack->count(); ++i) {
            nav->setCurrentRow(i);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            for (const QScrollArea* scroll : stack->widget(i)->findChildren<QScrollArea*>()) {
                if (!scroll->isVisible() || !scroll->widgetResizable() || !scroll->widget()) {
                    continue;
                }
                const int need = minimumOf(scroll->widget()).width();
                if (need > scroll->viewport()->width()) {
                    tooLarge << QStringLiteral("%1: a form of %2 px in %3 px")
                                    .arg(nav->item(i)->text())
                                    .arg(need)
                                    .arg(scroll->viewport()->width());
                }
            }
        }
        QVERIFY2(tooLarge.isEmpty(), qPrintable(tooLarge.join(QStringLiteral("; "))));
    }

    // The screenshot mode sizes the window right after show(), as `--screenshot` does: it must get 1280×720.
    void screenshotModeTakesTheLaptopSize()
    {
        MainWindow window(
            FlowConfig(), m_url, ConsoleUser { QStringLiteral("root"), Role::Admin }, m_accounts.get());
        window.show();
        qInfo("the window's minimum as shown: %d px", window.minimumWidth());
        QString why;
        QVERIFY2(ScreenshotDirector::capture(
                     window, QStringLiteral("config"), m_dir.filePath(QStringLiteral("config.png")), &why),
            qPrintable(why));
        QCOMPARE(QImage(m_dir.filePath(QStringLiteral("config.png"))).size(), ScreenshotDirector::size());
    }
};

QTEST_MAIN(TestConsoleFit)
#include "tst_consolefit.moc"
