#include "secure/processhardening.h"
#include "simcommands.h"
#include "simregistry.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace voicepay::sim;

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
