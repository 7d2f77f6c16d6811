#include "shell/screenshotdirector.h"

#include "config/configeditor.h"
#include "shell/mainwindow.h"
#include "simulator/callsession.h"
#include "simulator/callsetupwidget.h"
#include "simulator/promptexplorer.h"
#include "simulator/simulatorpage.h"

#include <QLineEdit>

#ifdef VOICEPAY_HAVE_STORE
#include "admin/auditlogpage.h"
#include "dashboards/historicaldashboard.h"
#include "sessions/sessionbrowser.h"
#endif

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHash>
#include <QPixmap>
#include <QThread>

namespace voicepay::ui {

namespace {
void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
}

void press(SimulatorPage* page, const QString& keys)
{
    for (QChar k : keys) {
        page->session()->pressKey(k);
    }
}

bool runCall(MainWindow& window, CallType type, bool clampDemo)
{
    SimulatorPage* page = window.simulator();
    window.showArea(MainWindow::Area::Simulator);
    CallContext c = page->setup()->context();
    c.callType = type;
    c.accountId = QStringLiteral("10001");
    c.identified = true;
    page->setup()->setContext(c);
    if (!page->startCall()) {
        return false;
    }
    press(page, QStringLiteral("1"));
    if (clampDemo) {
        press(page,
            QStringLiteral("411111111111")); // part of the kit's Visa test card: the entry is in progress
        return true;
    }
    page->keyTestCard(QStringLiteral("visa-approve"));
    page->keyTestCard(QStringLiteral("visa-approve"));
    page->keyTestCard(QStringLiteral("visa-approve"));
    settle(100);
    return true;
}
} // namespace

QStringList ScreenshotDirector::areas()
{
    return { QStringLiteral("simulator"), QStringLiteral("conference"), QStringLiteral("prompts"),
        QStringLiteral("live"), QStringLiteral("history"), QStringLiteral("sessions"),
        QStringLiteral("config"), QStringLiteral("admin") };
}

bool ScreenshotDirector::capture(MainWindow& window, const QString& area, const QString& file, QString* error)
{
    // Each picture needs the area (and for calls the simulator) that only some roles have.
    static const QHash<QString, QList<MainWindow::Area>> needs {
        { QStringLiteral("simulator"), { MainWindow::Area::Simulator } },
        { QStringLiteral("conference"), { MainWindow::Area::Simulator } },
        { QStringLiteral("prompts"), { MainWindow::Area::Prompts } },
        { QStringLiteral("live"), { MainWindow::Area::Simulator, MainWindow::Area::Live } },
        { QStringLiteral("history"), { MainWindow::Area::History } },
        { QStringLiteral("sessions"), { MainWindow::Area::Sessions } },
        { QStringLiteral("config"), { MainWindow::Area::Configuration } },
        { QStringLiteral("admin"), { MainWindow::Area::Administration } },
    };
    for (MainWindow::Area a : needs.value(area)) {
        if (!window.hasArea(a)) {
            if (error) {
                *error = QStringLiteral("the signed-in role has no area for \"%1\"").arg(area);
            }
            return false;
        }
    }
    settle(200);
    bool ok = true;
    if (area == u"simulator") {
        ok = runCall(window, CallType::Ivr, false);
    } else if (area == u"conference") {
        ok = runCall(window, CallType::Conference, true);
    } else if (area == u"prompts") {
        window.showArea(MainWindow::Area::Prompts);
        QElapsedTimer t;
        t.start();
        while (window.prompts()->isRunning() && t.elapsed() < 20000) {
            settle(50);
        }
        window.prompts()->selectVariant(QStringLiteral("card_number.luhn_failed"));
#ifdef VOICEPAY_HAVE_STORE
    } else if (area == u"live") {
        QString why;
        window.openStore(&why);
        // A few calls of different endings, so the tiles and the chart have something to show.
        for (const char* card : { "visa-approve", "mastercard-approve", "decline-generic", "amex-approve" }) {
            runCall(window, CallType::Ivr, false);
            window.simulator()->session()->pressKey(u'1');
            settle(30);
            if (QLatin1StringView(card) == QLatin1StringView("decline-generic")) {
                window.simulator()->session()->hangUp();
            }
        }
        runCall(window, CallType::Conference, true);
        window.simulator()->session()->hangUp();
        window.showArea(MainWindow::Area::Live);
        settle(1500);
    } else if (area == u"history") {
        QString why;
        window.openStore(&why);
        window.showArea(MainWindow::Area::History);
        window.history()->setPreset(HistoricalDashboard::Preset::Last30Days);
        window.history()->setSplit(HistoricalDashboard::Split::Brand);
        settle(300);
        QElapsedTimer t;
        t.start();
        while (window.history()->isBusy() && t.elapsed() < 20000) {
            settle(50);
        }
    } else if (area == u"sessions") {
        QString why;
        window.openStore(&why);
        window.showArea(MainWindow::Area::Sessions);
        settle(300);
        QElapsedTimer t;
        t.start();
        while (window.sessions()->isBusy() && t.elapsed() < 20000) {
            settle(50);
        }
        window.sessions()->selectSession(0);
        settle(300);
    } else if (area == u"admin") {
        ok = window.auditLog() != nullptr;
        if (ok) {
            window.showArea(MainWindow::Area::Administration);
            window.auditLog()->refresh();
            window.auditLog()->verifyChain();
        }
#endif
    } else if (area == u"config") {
        window.showArea(MainWindow::Area::Configuration);
        // An amount typed wrongly shows how the editor explains a refused value.
        window.configuration()->maxAmountEdit()->setText(QStringLiteral("0.50"));
    } else {
        if (error) {
            *error = QStringLiteral("unknown area \"%1\"; one of: %2")
                         .arg(area, areas().join(QStringLiteral(", ")));
        }
        return false;
    }
    if (!ok) {
        if (error) {
            *error = QStringLiteral("the %1 area could not be set up").arg(area);
        }
        return false;
    }
    settle(300);
    const QPixmap picture = window.grab();
    if (!picture.save(file)) {
        if (error) {
            *error = QStringLiteral("cannot write %1").arg(file);
        }
        return false;
    }
    return true;
}

} // namespace voicepay::ui
