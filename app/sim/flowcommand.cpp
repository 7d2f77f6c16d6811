#include "flow/flowgraph.h"
#include "simcommands.h"

#include <QJsonDocument>

namespace voicepay::sim {

// `voicepay-sim flow [--format json|dot]`: the transition table the engine runs on, as data or as a Graphviz
// drawing (docs/engine.md holds the dot output).
int flowCommand(const QStringList& args)
{
    QString format = QStringLiteral("json");
    if (args.size() == 2 && args.first() == u"--format") {
        format = args.at(1);
    } else if (!args.isEmpty()) {
        return usageError(QStringLiteral("usage: voicepay-sim flow [--format json|dot]"));
    }
    const FlowGraph& graph = FlowGraph::standard();
    if (format == u"json") {
        out() << QString::fromUtf8(QJsonDocument(graph.toJson()).toJson(QJsonDocument::Indented));
    } else if (format == u"dot") {
        out() << graph.toDot();
    } else {
        return usageError(QStringLiteral("--format: json or dot, not \"%1\"").arg(format));
    }
    return 0;
}

} // namespace voicepay::sim
