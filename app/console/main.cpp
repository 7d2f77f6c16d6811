#include "config/configlocation.h"
#include "secure/processhardening.h"
#include "shell/consolelanguage.h"
#include "shell/mainwindow.h"
#include "shell/screenshotdirector.h"
#ifdef VOICEPAY_HAVE_STORE
#include "admin/consoleaccounts.h"
#include "signin.h"
#endif
#include "widgets/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QTimer>
#include <QTranslator>
#include <memory>

int main(int argc, char* argv[])
{
    // Before anything can hold card data: no core dumps, no tracing, freed memory wiped.
    voicepay::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("voicepay"));
    QApplication::setOrganizationName(QStringLiteral("VoicePay"));
    QApplication::setApplicationDisplayName(QStringLiteral("VoicePay"));
    QApplication::setApplicationVersion(QStringLiteral(VOICEPAY_VERSION));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(QStringLiteral("voicepay.*.debug=false"));
    }

    // The language chosen in the console's menu, else the system's.
    QTranslator qtTranslator;
    QTranslator translator;
    voicepay::ui::ConsoleLanguage::install(translator, qtTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "VoicePay call simulator, dashboards and configuration editor"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption configOption(QStringLiteral("config"),
        QApplication::translate("main", "Use this configuration file instead of the saved one."),
        QApplication::translate("main", "FILE"));
    QCommandLineOption quitOption(QStringLiteral("quit-after-paint"),
        QApplication::translate("main", "Quit once the window is painted (start-up timing)."));
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Set up AREA (%1), save a picture of the window to FILE and quit.")
            .arg(voicepay::ui::ScreenshotDirector::areas().join(QStringLiteral(", "))),
        QApplication::translate("main", "AREA:FILE"));
    QCommandLineOption storeOption(QStringLiteral("store"),
        QApplication::translate("main",
            "The KPI store: sqlite:PATH or postgresql://user@host:port/db (default: the embedded SQLite "
            "file)."),
        QApplication::translate("main", "URL"));
    QCommandLineOption paletteOption(QStringLiteral("palette"),
        QApplication::translate("main", "Colours: system (default), light or dark."), QStringLiteral("NAME"),
        QStringLiteral("system"));
    QCommandLineOption userOption(QStringLiteral("user"),
        QApplication::translate("main",
            "Sign NAME in without the dialog; the password is read from VOICEPAY_CONSOLE_PASSWORD or "
            "standard input."),
        QApplication::translate("main", "NAME"));
    parser.addOption(userOption);
    parser.addOption(paletteOption);
    parser.addOption(storeOption);
    parser.addOption(configOption);
    parser.addOption(quitOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    const auto palette = voicepay::ui::Theme::paletteFromName(parser.value(paletteOption));
    if (!palette) {
        qCritical("--palette takes system, light or dark");
        return 2;
    }
    voicepay::ui::Theme::apply(*palette);

    QString warning;
    voicepay::FlowConfig config = voicepay::ui::ConfigLocation::load(&warning);
    if (parser.isSet(configOption)) {
        QString why;
        auto fromFile = voicepay::ConfigReader::fromFile(parser.value(configOption), &why);
        if (!fromFile) {
            qCritical("%s", qPrintable(why));
            return 2;
        }
        config = *fromFile;
    }

    const QString storeUrl = parser.value(storeOption);
    std::unique_ptr<voicepay::ui::MainWindow> window;
#ifdef VOICEPAY_HAVE_STORE
    // Who is working: the accounts live in the store's database, beside the KPIs.
    voicepay::ui::ConsoleAccounts accounts(storeUrl);
    {
        QString why;
        if (!accounts.open(&why)) {
            qCritical("The user accounts in the store could not be opened: %s", qPrintable(why));
            return 1;
        }
    }
    std::optional<voicepay::ui::ConsoleUser> user;
    if (parser.isSet(userOption)) {
        QString why;
        user = voicepay::console::signInFromCommandLine(accounts, parser.value(userOption), &why);
        if (!user) {
            qCritical("%s", qPrintable(why));
            return 1;
        }
    } else {
        user = voicepay::console::signInInteractively(accounts);
        if (!user) {
            return 0;
        }
    }
    std::function<void()> switchUser;
    auto openWindow = [&](const voicepay::ui::ConsoleUser& who) {
        window = std::make_unique<voicepay::ui::MainWindow>(config, storeUrl, who, &accounts);
        QObject::connect(window.get(), &voicepay::ui::MainWindow::switchUserRequested, &app,
            [&] { QTimer::singleShot(0, &app, switchUser); });
        window->show();
    };
    // Log out first (the window goes), then the next person signs in; cancelling quits.
    switchUser = [&] {
        QApplication::setQuitOnLastWindowClosed(false);
        window->hide();
        window.release()->deleteLater();
        const auto next = voicepay::console::signInInteractively(accounts);
        QApplication::setQuitOnLastWindowClosed(true);
        if (!next) {
            QApplication::quit();
            return;
        }
        openWindow(*next);
    };
    openWindow(*user);
#else
    // Without a store there are no accounts: the console is the simulator and prompt explorer of an analyst.
    if (parser.isSet(userOption)) {
        qCritical("this build has no store, hence no user accounts");
        return 2;
    }
    window = std::make_unique<voicepay::ui::MainWindow>(config, storeUrl,
        voicepay::ui::ConsoleUser { qEnvironmentVariable("USER"), voicepay::Role::Analyst });
    window->show();
#endif
    if (!warning.isEmpty()) {
        window->showMessage(warning);
    }
    if (parser.isSet(screenshotOption)) {
        const QString spec = parser.value(screenshotOption);
        const QString area = spec.section(u':', 0, 0);
        const QString file = spec.section(u':', 1);
        QString why;
        if (!voicepay::ui::ScreenshotDirector::capture(*window, area, file, &why)) {
            qCritical("%s", qPrintable(why));
            return 1;
        }
        return 0;
    }
    if (parser.isSet(quitOption)) {
        QTimer::singleShot(0, &app, &QApplication::quit);
    }
    const int code = app.exec();
    window.reset(); // before the accounts' connection goes
    return code;
}
