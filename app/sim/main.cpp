#include "runsetup.h"
#include "secure/processhardening.h"
#include "simcommands.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <cstring>

using namespace voicepay::sim;

namespace {

// Every command of the tool, in the order --help lists them.
const std::vector<Command>& commands()
{
    static const std::vector<Command> table = {
        { QStringLiteral("card"),
            QStringLiteral(
                "card DIGITS|-               brand, Luhn and validity of a card number (- reads it from "
                "standard input; DIGITS only for test cards)"),
            cardCommand },
        { QStringLiteral("run"),
            QStringLiteral("run SCENARIO.json [--config CONFIG.json] [--date YYYY-MM-DD]   run one call, "
                           "print its result"),
            runCommand },
        { QStringLiteral("test"),
            QStringLiteral(
                "test DIR [--config CONFIG.json] [--date YYYY-MM-DD]   run every scenario of a folder, "
                "with coverage"),
            testCommand },
        { QStringLiteral("gateway"),
            QStringLiteral(
                "gateway --merchant LOGIN [--listen [HOST:]PORT] [--tls CERT KEY] [--faults SPEC]\n"
                "                              the sandbox payment gateway server (loopback unless a host is "
                "named; the key from the keychain or stdin), until SIGINT/SIGTERM"),
            gatewayCommand },
        { QStringLiteral("credentials"),
            QStringLiteral("credentials set|get-status|clear (--login LOGIN | --config CONFIG.json) [--as "
                           "ADMIN] [--db URL]\n"
                           "                              the gateway transaction key in the system keychain "
                           "(set reads stdin)"),
            credentialsCommand },
        { QStringLiteral("kpi"),
            QStringLiteral(
                "kpi [--db URL] [--from T] [--to T] [--by minute|hour|day] [--format table|json|csv] "
                "[--include-tests]   "
                "print the KPIs of the store"),
            kpiCommand },
        { QStringLiteral("load"),
            QStringLiteral("load --calls N --concurrency C [--mix FILE] [--db URL] [--seed S] [--days D]   "
                           "drive generated calls through the engine into the KPI store"),
            loadCommand },
        { QStringLiteral("promptset"),
            QStringLiteral("promptset --out DIR [--lang en-US] [--voice VOICE] [--recordings DIR|installed] "
                           "[--reuse DIR] "
                           "[--jobs N]   make or update a language's prompt set (espeak-ng, sox)"),
            promptsetCommand },
        { QStringLiteral("users"),
            QStringLiteral("users list|add NAME --role ROLE|remove NAME|set-role NAME --role ROLE|unlock "
                           "NAME|reset-password NAME [--as ADMIN] [--db URL]\n"
                           "users passwd NAME [--db URL]   change one's own password (current, then new, "
                           "from stdin)"),
            usersCommand },
        { QStringLiteral("audit"),
            QStringLiteral("audit verify|list|export [--out FILE] [--as ADMIN] [--db URL]   the hash-chained "
                           "audit trail\n"
                           "audit protect --owner ROLE --app-role ROLE [--db URL]\n"
                           "                              PostgreSQL: the trail's tables to their own role, "
                           "the program's role may only read and append"),
            auditCommand },
        { QStringLiteral("reconcile"),
            QStringLiteral(
                "reconcile [--db URL] [--config CONFIG.json]\n"
                "                              settles unconfirmed payments of the journal against the "
                "gateway (JSON lines)"),
            reconcileCommand },
        { QStringLiteral("say"),
            QStringLiteral("say --lang LANG (--number N | --amount DECIMAL --currency CODE | --date YYYY-MM "
                           "| --digits D)"
                           "   how a reading is said, with its segments (JSON)"),
            sayCommand },
        { QStringLiteral("wallboard"),
            QStringLiteral(
                "wallboard [--listen HOST:PORT] [--db URL] [--site SITE] [--token-file FILE] [--tls CERT "
                "KEY] [--thresholds FILE]\n                              the live KPIs as a web page for "
                "a wall screen, until SIGINT/SIGTERM"),
            wallboardCommand },
        { QStringLiteral("config"),
            QStringLiteral("config keys                 every configuration key (Markdown)"), configCommand },
        { QStringLiteral("flow"), QStringLiteral("flow [--format json|dot]    the flow's transition table"),
            flowCommand },
    };
    return table;
}

} // namespace

namespace voicepay::sim {

// The options of run and test beside --config and --date, in the order --help lists them.
const std::vector<RunOption>& runOptions()
{
    static const std::vector<RunOption> table = {
        { QStringLiteral("--gateway-ca"),
            QStringLiteral("--gateway-ca CA.pem        trust this certificate authority for the gateway's "
                           "HTTPS as well"),
            addCa },
        { QStringLiteral("--db"),
            QStringLiteral("--db URL   record every call in the KPI store (sqlite:PATH or "
                           "postgresql://user@host:port/db)"),
            applyDb },
        { QStringLiteral("--audio"),
            QStringLiteral("--audio OUT_DIR        write the call as caller.wav (and agent.wav, clamp.json "
                           "in a conference)"),
            applyAudio },
        { QStringLiteral("--keep-tones"),
            QStringLiteral("--keep-tones           with --audio: keep the caller's keypad tones in "
                           "caller.wav (only when "
                           "every card number of the call is a published test card)"),
            applyKeepTones, false },
        { QStringLiteral("--prompts"),
            QStringLiteral(
                "--prompts DIR          the prompt set for --audio (default: the one the build generates)"),
            applyPrompts },
        { QStringLiteral("--hold-at-end"),
            QStringLiteral("--hold-at-end SECONDS     stay alive after the calls until stdin closes (memory "
                           "inspection)"),
            applyHoldAtEnd },
        { QStringLiteral("--speech"),
            QStringLiteral(
                "--speech synth[:VOICE[:RATE]]   speak every say:TEXT with flite (kal, awb, rms, slt; "
                "default slt, 16000) and recognise it"),
            applySpeech },
    };
    return table;
}

} // namespace voicepay::sim

namespace {

void printUsage(QTextStream& stream)
{
    stream << "usage: voicepay-sim COMMAND [ARGS]\n\ncommands:\n";
    for (const Command& c : commands()) {
        stream << "  " << c.usage << "\n";
    }
    stream << "\noptions of run and test:\n  --config CONFIG.json\n  --date YYYY-MM-DD\n";
    for (const RunOption& o : runOptions()) {
        stream << "  " << o.usage << "\n";
    }
}
} // namespace

int main(int argc, char* argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "load") == 0) {
        voicepay::sim::askForHugePages(argv);
    }
    voicepay::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("voicepay"));
    QCoreApplication::setOrganizationName(QStringLiteral("VoicePay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VOICEPAY_VERSION));
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(QStringLiteral("voicepay.*.debug=false"));
    }

    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h" || args.first() == u"help") {
        printUsage(args.isEmpty() ? err() : out());
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == u"--version") {
        out() << "voicepay-sim " << VOICEPAY_VERSION << "\n";
        return 0;
    }
    const QString name = args.takeFirst();
    for (const Command& c : commands()) {
        if (c.name == name) {
            return c.run(args);
        }
    }
    err() << "voicepay-sim: unknown command \"" << name << "\"\n";
    printUsage(err());
    return 2;
}
