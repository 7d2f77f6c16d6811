#include "flowcoverage.h"

#include "prompts/promptcatalog.h"

namespace voicepay {

void FlowCoverage::add(const ScenarioRun& run)
{
    for (const auto& t : run.transitions) {
        m_nodes.insert(t.first);
        m_nodes.insert(t.second);
        m_transitions.insert(t);
    }
    for (const QString& id : run.promptIds) {
        m_prompts.insert(id);
    }
}

QStringList FlowCoverage::visitedNodes() const
{
    QStringList out;
    for (const QString& n : FlowGraph::nodes()) {
        if (m_nodes.contains(n)) {
            out << n;
        }
    }
    return out;
}

QStringList FlowCoverage::missingNodes() const
{
    QStringList out;
    for (const QString& n : FlowGraph::nodes()) {
        if (!m_nodes.contains(n)) {
            out << n;
        }
    }
    return out;
}

QList<FlowTransition> FlowCoverage::visitedTransitions() const
{
    QList<FlowTransition> out;
    for (const FlowTransition& t : FlowGraph::transitions()) {
        if (m_transitions.contains(qMakePair(t.from, t.to))) {
            out << t;
        }
    }
    return out;
}

QList<FlowTransition> FlowCoverage::missingTransitions() const
{
    QList<FlowTransition> out;
    for (const FlowTransition& t : FlowGraph::transitions()) {
        if (!m_transitions.contains(qMakePair(t.from, t.to))) {
            out << t;
        }
    }
    return out;
}

QList<QPair<QString, QString>> FlowCoverage::unknownTransitions() const
{
    QList<QPair<QString, QString>> out;
    for (const auto& t : m_transitions) {
        if (!FlowGraph::contains(t.first, t.second)) {
            out << t;
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

QStringList FlowCoverage::missingPrompts() const
{
    QStringList out;
    for (const PromptVariant& v : PromptCatalog::variants()) {
        if (!m_prompts.contains(v.id)) {
            out << v.id;
        }
    }
    return out;
}

QString FlowCoverage::report() const
{
    const int nodes = static_cast<int>(FlowGraph::nodes().size());
    const int transitions = static_cast<int>(FlowGraph::transitions().size());
    const int prompts = static_cast<int>(PromptCatalog::variants().size());
    QString out;
    out += QStringLiteral("coverage: %1/%2 steps and outcomes, %3/%4 transitions, %5/%6 prompt variants\n")
               .arg(visitedNodes().size())
               .arg(nodes)
               .arg(visitedTransitions().size())
               .arg(transitions)
               .arg(prompts - missingPrompts().size())
               .arg(prompts);
    const QStringList mn = missingNodes();
    if (!mn.isEmpty()) {
        out += QStringLiteral("never visited: ") + mn.join(QStringLiteral(", ")) + QLatin1Char('\n');
    }
    for (const FlowTransition& t : missingTransitions()) {
        out += QStringLiteral("never taken: %1 -> %2 (%3)\n").arg(t.from, t.to, t.event);
    }
    for (const auto& t : unknownTransitions()) {
        out += QStringLiteral("not in the flow graph: %1 -> %2\n").arg(t.first, t.second);
    }
    return out;
}

} // namespace voicepay
