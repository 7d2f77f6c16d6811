#include "admin/consoleaccounts.h"
#include "config/configlocation.h"
#include "secure/processhardening.h"
#include "shell/consolelanguage.h"
#include "shell/consoletheme.h"
#include "shell/mainwindow.h"
#include "shell/screenshotdirector.h"
#include "signin.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QScreen>
#include <QTimer>
#include <QTranslator>
#include <memory>

namespace {

using voicepay::ui::ConsoleUser;
using voicepay::ui::MainWindow;

QString translated(const char* text)
{
    return QApplication::translate("main", text);
}

void nameApplication()
{
    QApplication::setApplicationName(QStringLiteral("voicepay"));
    QApplication::setOrganizationName(QStringLiteral("VoicePay"));
    QApplication::setApplicationDisplayName(QStringLiteral("VoicePay"));
    QApplication::setApplicationVersion(QStringLiteral(VOICEPAY_VERSION));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(QStringLiteral("voicepay.*.debug=false"));
    }
}

// The language chosen in the console's menu, else the system's; the translators stay installed for the run.
void installTranslators(QTranslator& qt, QTranslator& console)
{
    voicepay::ui::ConsoleLanguage::install(console, qt);
}

struct Options
{
    QCommandLineOption config { QStringLiteral("config"),
        translated(QT_TRANSLATE_NOOP("main", "Use this configuration file instead of the saved one.")),
        translated(QT_TRANSLATE_NOOP("main", "FILE")) };
    QCommandLineOption quit { QStringLiteral("quit-after-paint"),
        translated(QT_TRANSLATE_NOOP("main", "Quit once the window is painted (start-up timing).")) };
    QCommandLineOption screenshot { QStringLiteral("screenshot"),
        translated(
            QT_TRANSLATE_NOOP("main", "Set up AREA (%1), save a picture of the window to FILE and quit."))
            .arg(voicepay::ui::ScreenshotDirector::areas().join(QStringLiteral(", "))),
        translated(QT_TRANSLATE_NOOP("main", "AREA:FILE")) };
    QCommandLineOption store { QStringLiteral("store"),
        translated(QT_TRANSLATE_NOOP("main",
            "The KPI store: sqlite:PATH or postgresql://user@host:port/db (default: the embedded SQLite "
            "file).")),
        translated(QT_TRANSLATE_NOOP("main", "URL")) };
    QCommandLineOption palette { QStringLiteral("palette"),
        translated(QT_TRANSLATE_NOOP(
            "main", "Colours: system, light or dark (default: the choice in View › Theme, else system).")),
        QStringLiteral("NAME") };
    QCommandLineOption user { QStringLiteral("user"),
        translated(QT_TRANSLATE_NOOP("main",
            "Sign NAME in without the dialog; the password is read from VOICEPAY_CONSOLE_PASSWORD or "
            "standard input.")),
        translated(QT_TRANSLATE_NOOP("main", "NAME")) };

    void parse(QCommandLineParser& parser, const QApplication& app)
    {
        parser.setApplicationDescription(translated(
            QT_TRANSLATE_NOOP("main", "VoicePay call simulator, dashboards and configuration editor")));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({ user, palette, store, config, quit, screenshot });
        parser.process(app);
    }
};

// The saved configuration, or the file --config names; null after saying why the file is refused.
std::optional<voicepay::FlowConfig> loadConfig(
    const QCommandLineParser& parser, const Options& options, QString* warning)
{
    if (!parser.isSet(options.config)) {
        return voicepay::ui::ConfigLocation::load(warning);
    }
    QString why;
    auto fromFile = voicepay::ConfigReader::fromFile(parser.value(options.config), &why);
    if (!fromFile) {
        qCritical("%s", qPrintable(why));
    }
    return fromFile;
}

// Who is working: --user, or the sign-in dialog. Null when nobody signs in (exitCode says how to end).
std::optional<ConsoleUser> signIn(const QCommandLineParser& parser, const Options& options,
    voicepay::ui::ConsoleAccounts& accounts, int* exitCode)
{
    if (!parser.isSet(options.user)) {
        *exitCode = 0;
        return voicepay::console::signInInteractively(accounts);
    }
    QString why;
    auto user = voicepay::console::signInFromCommandLine(accounts, parser.value(options.user), &why);
    if (!user) {
        qCritical("%s", qPrintable(why));
        *exitCode = 1;
    }
    return user;
}

// The main window of whoever is signed in. Switching user logs out first (the window goes), then the next
// person signs in; cancelling quits.
class Session
{
public:
    Session(QApplication& app, voicepay::FlowConfig config, QString storeUrl,
        voicepay::ui::ConsoleAccounts& accounts)
        : m_app(app)
        , m_config(std::move(config))
        , m_storeUrl(std::move(storeUrl))
        , m_accounts(accounts)
    {
    }
    ~Session() { m_window.reset(); } // before the accounts' connection goes

    MainWindow& open(const ConsoleUser& who)
    {
        m_window = std::make_unique<MainWindow>(m_config, m_storeUrl, who, &m_accounts);
        QObject::connect(m_window.get(), &MainWindow::switchUserRequested, &m_app,
            [this] { QTimer::singleShot(0, &m_app, [this] { switchUser(); }); });
        m_window->show();
        // Shown, the window keeps the minimum width its layout had before its parts were polished (146 px
        // more than it needs): once that has settled, it is made no larger than its screen.
        QTimer::singleShot(0, m_window.get(), [w = m_window.get()] {
            if (w->screen()) {
                w->resize(w->size().boundedTo(w->screen()->availableGeometry().size()));
            }
        });
        return *m_window;
    }

private:
    void switchUser()
    {
        QApplication::setQuitOnLastWindowClosed(false);
        m_window->hide();
        m_window.release()->deleteLater();
        const auto next = voicepay::console::signInInteractively(m_accounts);
        QApplication::setQuitOnLastWindowClosed(true);
        if (!next) {
            QApplication::quit();
            return;
        }
        open(*next);
    }

    QApplication& m_app;
    voicepay::FlowConfig m_config;
    QString m_storeUrl;
    voicepay::ui::ConsoleAccounts& m_accounts;
    std::unique_ptr<MainWindow> m_window;
};

int takeScreenshot(MainWindow& window, const QString& spec)
{
    QString why;
    if (!voicepay::ui::ScreenshotDirector::capture(
            window, spec.section(u':', 0, 0), spec.section(u':', 1), &why)) {
        qCritical("%s", qPrintable(why));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // Before anything can hold card data: no core dumps, no tracing, freed memory wiped.
    voicepay::hardenProcess();
    QApplication app(argc, argv);
    nameApplication();
    QTranslator qtTranslator;
    QTranslator translator;
    installTranslators(qtTranslator, translator);
    QCommandLineParser parser;
    Options options;
    options.parse(parser, app);

    const auto palette = voicepay::ui::ConsoleTheme::startPalette(parser.value(options.palette));
    if (!palette) {
        qCritical("--palette takes system, light or dark");
        return 2;
    }
    voicepay::ui::ConsoleTheme::apply(*palette);
    QString warning;
    const auto config = loadConfig(parser, options, &warning);
    if (!config) {
        return 2;
    }
    const QString storeUrl = parser.value(options.store);
    // The accounts live in the store's database, beside the KPIs.
    voicepay::ui::ConsoleAccounts accounts(storeUrl);
    QString why;
    if (!accounts.open(&why)) {
        qCritical("The user accounts in the store could not be opened: %s", qPrintable(why));
        return 1;
    }
    int exitCode = 0;
    const auto user = signIn(parser, options, accounts, &exitCode);
    if (!user) {
        return exitCode;
    }
    Session session(app, *config, storeUrl, accounts);
    MainWindow& window = session.open(*user);
    if (!warning.isEmpty()) {
        window.showMessage(warning);
    }
    if (parser.isSet(options.screenshot)) {
        return takeScreenshot(window, parser.value(options.screenshot));
    }
    if (parser.isSet(options.quit)) {
        QTimer::singleShot(0, &app, &QApplication::quit);
    }
    return app.exec();
}
