#include "simcommands.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <functional>
#include <map>

using namespace voicepay::sim;

namespace {
const char* const usage = "usage: voicepay-sim COMMAND [ARGS]\n"
                          "\n"
                          "commands:\n"
                          "  card DIGITS                         brand, Luhn and validity of a card number\n"
                          "  run SCENARIO.json [--config CONFIG.json] [--date YYYY-MM-DD]\n"
                          "                                      run one call and print its result\n"
                          "  test DIR [--config CONFIG.json] [--date YYYY-MM-DD]\n"
                          "                                      run every scenario of a folder, with coverage\n";
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("voicepay"));
    QCoreApplication::setOrganizationName(QStringLiteral("VoicePay"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VOICEPAY_VERSION));

    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(QStringLiteral("voicepay.*.debug=false"));
    }
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == u"--help" || args.first() == u"-h" || args.first() == u"help") {
        out() << usage;
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == u"--version") {
        out() << "voicepay-sim " << VOICEPAY_VERSION << "\n";
        return 0;
    }
    const std::map<QString, std::function<int(const QStringList&)>> commands {
        { QStringLiteral("card"), cardCommand },
        { QStringLiteral("run"), runCommand },
        { QStringLiteral("test"), testCommand },
    };
    const QString name = args.takeFirst();
    const auto it = commands.find(name);
    if (it == commands.end()) {
        err() << "voicepay-sim: unknown command \"" << name << "\"\n" << usage;
        return 2;
    }
    return it->second(args);
}
