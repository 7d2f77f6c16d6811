#pragma once

#include "flow/step.h"
#include "sim/scenariorunner.h"

#include <QSet>
#include <QStringList>

namespace voicepay {

// Which parts of the flow graph and of the prompt catalogue a set of runs visited.
class FlowCoverage
{
public:
    void add(const ScenarioRun& run);

    QStringList visitedNodes() const;
    QStringList missingNodes() const;
    QList<FlowTransition> visitedTransitions() const;
    QList<FlowTransition> missingTransitions() const;
    // Transitions taken that the graph does not list: a defect in the engine or the graph.
    QList<QPair<QString, QString>> unknownTransitions() const;
    QStringList missingPrompts() const;
    const QSet<QString>& playedPrompts() const { return m_prompts; }
    QString report() const;

private:
    QSet<QString> m_nodes;
    QSet<QPair<QString, QString>> m_transitions;
    QSet<QString> m_prompts;
};

} // namespace voicepay
