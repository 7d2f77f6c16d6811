// The main window's menus: File, View (areas, times, language, theme) and Help.
#include "shell/consolehelp.h"
#include "shell/consolelanguage.h"
#include "shell/consoletheme.h"
#include "shell/mainwindow.h"
#include "simulator/scenariosuitepage.h"
#include "simulator/simulatorpage.h"
#include "widgets/timedisplay.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QVBoxLayout>

namespace voicepay::ui {

ScenarioSuitePage* MainWindow::showScenarioSuite()
{
    if (!m_suite) {
        auto* window = new QDialog(this);
        window->setObjectName(QStringLiteral("scenarioSuiteWindow"));
        window->setWindowTitle(tr("Scenario suite"));
        auto* layout = new QVBoxLayout(window);
        layout->setContentsMargins(0, 0, 0, 0);
        m_suite = new ScenarioSuitePage(window);
        m_suite->setConfig(m_flowConfig);
        connect(m_suite, &ScenarioSuitePage::finished, this, [this](const SuiteResult& result) {
            showMessage(tr("Scenario suite: %1 passed, %2 failed, %3 could not run.")
                            .arg(result.passed)
                            .arg(result.failed)
                            .arg(result.broken));
        });
        layout->addWidget(m_suite);
        window->resize(960, 600);
    }
    QWidget* window = m_suite->window();
    window->show();
    window->raise();
    window->activateWindow();
    return m_suite;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    if (m_simulator) {
        QAction* open
            = file->addAction(tr("&Open scenario…"), m_simulator, &SimulatorPage::openScenarioInteractive);
        open->setShortcut(QKeySequence::Open);
        QAction* save = file->addAction(
            tr("&Save call as scenario…"), m_simulator, &SimulatorPage::saveScenarioInteractive);
        save->setShortcut(QKeySequence::Save);
        QAction* suite = file->addAction(tr("Run scenario s&uite…"), this, &MainWindow::showScenarioSuite);
        suite->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        file->addSeparator();
    }
    file->addAction(tr("S&witch user…"), this, &MainWindow::requestSwitchUser);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_nav->count(); ++row) {
        QAction* a = view->addAction(m_nav->item(row)->icon(), m_nav->item(row)->text(), this,
            [this, row] { m_nav->setCurrentRow(row); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    }
    view->addSeparator();
    view->addAction(TimeDisplay::action(view));
    view->addMenu(ConsoleLanguage::menu(this));
    view->addMenu(ConsoleTheme::menu(this));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    static_assert(int(ConsoleHelp::Topic::Simulator) == int(Area::Simulator)
        && int(ConsoleHelp::Topic::Administration) == int(Area::Administration)
        && int(ConsoleHelp::Topic::Phone) == int(Area::Phone));
    QAction* areaHelp = help->addAction(tr("&Help for this area"), this,
        [this] { ConsoleHelp::areaDialog(ConsoleHelp::Topic(int(currentArea())), this)->show(); });
    areaHelp->setShortcut(QKeySequence::HelpContents);
    QAction* keys = help->addAction(
        tr("&Keyboard shortcuts"), this, [this] { ConsoleHelp::shortcutDialog(menuBar(), this)->show(); });
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addSeparator();
    help->addAction(tr("&About VoicePay"), this, [this] {
        QMessageBox::about(this, tr("About VoicePay"),
            tr("<h3>VoicePay Console %1</h3><p>Call simulator, supervisor dashboards and configuration "
               "editor for "
               "phone card payments.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

} // namespace voicepay::ui
