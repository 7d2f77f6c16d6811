// The menus everyone has: help for each area, the list of keyboard shortcuts read from the menus, and the
// theme and language switches, remembered.
#include "shell/consolehelp.h"
#include "shell/consolelanguage.h"
#include "shell/consoletheme.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPalette>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace voicepay;
using namespace voicepay::ui;

class TestConsoleMenus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<MainWindow> adminWindow()
    {
        return std::make_unique<MainWindow>(FlowConfig(),
            QStringLiteral("sqlite:") + m_dir.filePath(u"kpi.db"_qs),
            ConsoleUser { QStringLiteral("ann"), Role::Admin });
    }

    static QAction* actionWithShortcut(QMenuBar* bar, const QKeySequence& keys)
    {
        for (QAction* top : bar->actions()) {
            for (QAction* a : top->menu() ? top->menu()->actions() : QList<QAction*>()) {
                if (a->shortcut() == keys) {
                    return a;
                }
            }
        }
        return nullptr;
    }

    static QMenu* subMenu(QMenuBar* bar, const QString& title)
    {
        for (QAction* top : bar->actions()) {
            for (QAction* a : top->menu() ? top->menu()->actions() : QList<QAction*>()) {
                if (a->menu() && a->menu()->title() == title) {
                    return a->menu();
                }
            }
        }
        return nullptr;
    }

    static QMenu* themeMenu(QMenuBar* bar) { return subMenu(bar, u"&Theme"_qs); }

    // Accepts the next message box as soon as it opens (the language's restart notice).
    void acceptNextMessageBox()
    {
        auto* timer = new QTimer(this);
        connect(timer, &QTimer::timeout, timer, [timer] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                box->accept();
                timer->stop();
                timer->deleteLater();
            }
        });
        timer->start(10);
    }

    static void choose(QMenu* menu, const QString& name)
    {
        for (QAction* a : menu->actions()) {
            if (a->data().toString() == name) {
                a->trigger();
                return;
            }
        }
        QFAIL("no such theme");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void shortcuts_listEveryMenuShortcutOnce()
    {
        auto window = adminWindow();
        const QList<ConsoleHelp::Shortcut> list = ConsoleHelp::shortcuts(window->menuBar());
        QSet<QString> keys;
        QSet<QString> actions;
        for (const ConsoleHelp::Shortcut& s : list) {
            QVERIFY2(!keys.contains(s.keys), qPrintable(u"two actions on "_qs + s.keys));
            keys.insert(s.keys);
            QVERIFY2(!s.action.contains(u'&') && !s.menu.contains(u'&'), qPrintable(s.action));
            actions.insert(s.menu + u'/' + s.action);
        }
        QVERIFY(actions.contains(u"File/Open scenario…"_qs));
        QVERIFY(actions.contains(u"Help/Help for this area"_qs));
        QVERIFY(actions.contains(u"Help/Keyboard shortcuts"_qs));
        QVERIFY(keys.contains(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
        // Every area of the navigation has its Ctrl+number.
        int areas = 0;
        for (const ConsoleHelp::Shortcut& s : list) {
            areas += s.menu == u"View" && s.keys.startsWith(u"Ctrl+") ? 1 : 0;
        }
        QCOMPARE(areas, 7); // every area but Administration, which needs the store's accounts

        auto* dialog = ConsoleHelp::shortcutDialog(window->menuBar(), window.get());
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("shortcutList"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), list.size());
        QCOMPARE(table->item(0, 0)->text(), list.first().keys);
        delete dialog;
    }

    void help_explainsTheAreaOnScreen()
    {
        auto window = adminWindow();
        QAction* f1 = actionWithShortcut(window->menuBar(), QKeySequence::HelpContents);
        QVERIFY(f1);
        QSet<QString> texts;
        const MainWindow::Area areas[] = { MainWindow::Area::Simulator, MainWindow::Area::Prompts,
            MainWindow::Area::Live, MainWindow::Area::History, MainWindow::Area::Sessions,
            MainWindow::Area::Configuration, MainWindow::Area::Administration, MainWindow::Area::Phone };
        int shownAreas = 0;
        for (MainWindow::Area area : areas) {
            if (!window->hasArea(area)) {
                continue; // Administration needs the store's accounts, which this window has not
            }
            ++shownAreas;
            window->showArea(area);
            f1->trigger();
            QDialog* dialog = window->findChild<QDialog*>(QStringLiteral("areaHelp"));
            QVERIFY(dialog);
            const QString shown = dialog->findChild<QTextBrowser*>()->toPlainText();
            const auto topic = ConsoleHelp::Topic(int(area));
            QVERIFY2(shown.startsWith(ConsoleHelp::title(topic)), qPrintable(shown));
            QVERIFY(shown.size() > 100);
            texts.insert(shown);
            delete dialog;
        }
        QVERIFY(shownAreas >= 6);
        QCOMPARE(texts.size(), shownAreas);
        for (int topic = 0; topic <= int(ConsoleHelp::Topic::Phone); ++topic) {
            QVERIFY(ConsoleHelp::text(ConsoleHelp::Topic(topic)).size() > 100);
        }
    }

    void theme_appliesAtOnceAndIsRemembered()
    {
        QCOMPARE(ConsoleTheme::saved(), u"system"_qs);
        QCOMPARE(ConsoleTheme::startPalette(QString()), Theme::Palette::System);
        ConsoleTheme::apply(Theme::Palette::System);
        const QColor platformWindow = QApplication::palette().color(QPalette::Window);

        auto window = adminWindow();
        QMenu* menu = themeMenu(window->menuBar());
        QVERIFY(menu);
        choose(menu, QStringLiteral("dark"));
        QVERIFY(Theme::isDark());
        QCOMPARE(ConsoleTheme::saved(), u"dark"_qs);
        QCOMPARE(ConsoleTheme::startPalette(QString()), Theme::Palette::Dark);
        // The command line wins for its run; a name that is no theme is refused.
        QCOMPARE(ConsoleTheme::startPalette(u"light"_qs), Theme::Palette::Light);
        QVERIFY(!ConsoleTheme::startPalette(u"purple"_qs));

        // A new window shows the remembered choice checked.
        auto second = adminWindow();
        QMenu* again = themeMenu(second->menuBar());
        for (QAction* a : again->actions()) {
            QCOMPARE(a->isChecked(), a->data().toString() == u"dark");
        }
        choose(again, QStringLiteral("system"));
        QCOMPARE(QApplication::palette().color(QPalette::Window), platformWindow);
        QCOMPARE(ConsoleTheme::saved(), u"system"_qs);
    }

    void language_isRememberedAndShownChecked()
    {
        QCOMPARE(ConsoleLanguage::saved(), QString()); // the system's until one is chosen
        auto window = adminWindow();
        QMenu* menu = subMenu(window->menuBar(), u"&Language"_qs);
        QVERIFY(menu);
        acceptNextMessageBox(); // "restart to see the change"
        choose(menu, QStringLiteral("de"));
        QCOMPARE(ConsoleLanguage::saved(), u"de"_qs);
        QCOMPARE(QSettings().value(u"console/language"_qs).toString(), u"de"_qs);
        QCOMPARE(ConsoleLanguage::locale().language(), QLocale::German);

        // The next window (the next start) shows the remembered choice checked.
        auto second = adminWindow();
        QMenu* again = subMenu(second->menuBar(), u"&Language"_qs);
        QVERIFY(again);
        int checked = 0;
        for (QAction* a : again->actions()) {
            if (!a->isSeparator()) {
                QCOMPARE(a->isChecked(), a->data().toString() == u"de");
                checked += a->isChecked() ? 1 : 0;
            }
        }
        QCOMPARE(checked, 1);
        acceptNextMessageBox();
        choose(again, QString()); // back to the system's language
        QCOMPARE(ConsoleLanguage::saved(), QString());
    }
};

QTEST_MAIN(TestConsoleMenus)
#include "tst_consolemenus.moc"
