#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace voicepay {

enum class Step;
enum class Outcome;

// The flow as data, and the table the engine runs on: every node (collection steps, the gateway, the
// outcomes) and every named edge out of it. A step handler answers with an edge name; the engine looks it up
// here and moves to its target, so the console's drawing, the coverage report and the documentation show
// exactly what runs.
struct FlowTransition
{
    QString from; // node name
    QString to;
    QString event; // what makes the flow take it, in words
    QString edge; // the name a handler answers with; unique among the edges out of `from`
};

class FlowGraph
{
public:
    explicit FlowGraph(QList<FlowTransition> transitions);

    // The payment flow's table.
    static const FlowGraph& standard();
    static QStringList nodes(); // "start", the step names, "authorize", the outcome names
    static const QList<FlowTransition>& transitions(); // of the standard table
    static bool contains(const QString& from, const QString& to);

    const QList<FlowTransition>& edges() const { return m_transitions; }
    // The target of `edge` out of `from`, or nothing when the table lacks that edge.
    std::optional<QString> target(const QString& from, const QString& edge) const;

    // The table resolved once, for the engine: every transition of every call moves from node to node by
    // index, with no hashing of names and no copy of a counted string.
    struct Node
    {
        QString name;
        std::optional<Step> step; // set for a collection step
        std::optional<Outcome> outcome; // set for an outcome
        bool gateway = false; // "authorize"
        QList<std::pair<QString, qsizetype>> edges; // edge name, target node; the first of two equal wins
    };
    qsizetype nodeIndex(const QString& name) const; // -1: not a node of this table
    const Node& node(qsizetype index) const { return m_nodes.at(index); }
    qsizetype target(qsizetype from, const QString& edge) const; // -1: the table lacks that edge
    // This table less one edge (tests prove that the engine refuses what the table lacks).
    FlowGraph without(const QString& from, const QString& edge) const;

    // Consistency: what cannot be reached from "start", edges whose ends are not nodes, edge names used
    // twice out of one node. All empty for a sound table.
    QStringList unreachableNodes() const;
    QStringList unknownEnds() const;
    QStringList duplicateEdges() const;

    // The table printed (`voicepay-sim flow --format json|dot`; docs/engine.md holds the dot output).
    QJsonObject toJson() const;
    QString toDot() const;

private:
    QList<FlowTransition> m_transitions;
    QList<Node> m_nodes; // in the order the table names them
};

} // namespace voicepay
