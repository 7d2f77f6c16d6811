#include "flowgraph.h"

#include "flow/flowlog.h"
#include "flow/step.h"

#include <QJsonArray>
#include <QSet>

namespace voicepay {

namespace {
QList<FlowTransition> standardTransitions()
{
    // The names point at the literals themselves, which live as long as the program: every call copies them
    // into its transitions, and a copy of such a string touches no reference count.
    auto t = [](QStringView from, QStringView edge, QStringView to, const char* event) {
        auto name = [](QStringView s) { return QString::fromRawData(s.data(), s.size()); };
        return FlowTransition { name(from), name(to), QString::fromLatin1(event), name(edge) };
    };
    QList<FlowTransition> out {
        t(u"start", u"not_identified", u"account_number", "caller not identified"),
        t(u"start", u"choose_amount", u"amount_choice", "identified, caller chooses the amount"),
        t(u"start", u"enter_amount", u"amount_entry", "identified, amount due out of range"),
        t(u"start", u"amount_accepted", u"card_number", "identified, fixed amount"),
        t(u"start", u"unavailable", u"technical_error",
            "the amount due is not valid, or payments are unavailable"),
        t(u"account_number", u"retry", u"account_number", "retry"),
        t(u"account_number", u"found", u"pin", "account found"),
        t(u"account_number", u"auth_failed", u"auth_failed", "too many failed identifications"),
        t(u"pin", u"retry", u"pin", "retry"),
        t(u"pin", u"choose_amount", u"amount_choice", "verified, caller chooses the amount"),
        t(u"pin", u"enter_amount", u"amount_entry", "verified, amount due out of range"),
        t(u"pin", u"amount_accepted", u"card_number", "verified, fixed amount"),
        t(u"pin", u"auth_failed", u"auth_failed", "too many failed identifications"),
        t(u"amount_choice", u"retry", u"amount_choice", "retry"),
        t(u"amount_choice", u"amount_accepted", u"card_number", "1: full amount"),
        t(u"amount_choice", u"enter_amount", u"amount_entry", "2: other amount"),
        t(u"amount_entry", u"retry", u"amount_entry", "retry or amount out of range"),
        t(u"amount_entry", u"amount_accepted", u"card_number", "amount accepted"),
        t(u"amount_entry", u"corrected", u"confirm", "amount corrected"),
        t(u"card_number", u"retry", u"card_number", "retry or card refused"),
        t(u"card_number", u"needs_expiry", u"expiry", "card accepted, brand needs an expiry"),
        t(u"card_number", u"needs_code", u"security_code", "card accepted, brand needs a code but no expiry"),
        t(u"card_number", u"complete", u"confirm", "card accepted, nothing more needed"),
        t(u"expiry", u"retry", u"expiry", "retry or expired"),
        t(u"expiry", u"needs_code", u"security_code", "expiry accepted, brand needs a code"),
        t(u"expiry", u"complete", u"confirm", "expiry accepted"),
        t(u"security_code", u"retry", u"security_code", "retry or wrong length"),
        t(u"security_code", u"complete", u"confirm", "code accepted"),
        t(u"confirm", u"retry", u"confirm", "retry"),
        t(u"confirm", u"confirmed", u"authorize", "1: correct"),
        t(u"confirm", u"change", u"correction_choice", "2: change something"),
        t(u"correction_choice", u"retry", u"correction_choice", "retry"),
        t(u"correction_choice", u"amount", u"amount_entry", "1: amount"),
        t(u"correction_choice", u"card_number", u"card_number", "2: card number"),
        t(u"correction_choice", u"expiry", u"expiry", "3: expiry"),
        t(u"correction_choice", u"security_code", u"security_code", "4: security code"),
        t(u"authorize", u"approved", u"success", "approved"),
        t(u"authorize", u"declined", u"card_number", "declined, another card"),
        t(u"authorize", u"declined_max", u"declined_max", "declined, maximum reached"),
        t(u"authorize", u"error", u"technical_error", "gateway error, or the payment is unconfirmed"),
        t(u"authorize", u"pending", u"pending", "held for review by the gateway"),
        t(u"authorize", u"hangup", u"hangup", "caller hung up while the gateway answered"),
    };
    for (Step s : allSteps()) {
        out << FlowTransition { stepName(s), QStringLiteral("hangup"), QStringLiteral("caller hung up"),
            QStringLiteral("hangup") };
        out << FlowTransition { stepName(s), QStringLiteral("input_failed"),
            QStringLiteral("too many retries"), QStringLiteral("too_many_retries") };
    }
    return out;
}

QString nodeKind(const QString& node)
{
    if (node == u"start") {
        return QStringLiteral("start");
    }
    if (node == u"authorize") {
        return QStringLiteral("gateway");
    }
    return outcomeFromName(node) ? QStringLiteral("outcome") : QStringLiteral("step");
}
} // namespace

FlowGraph::FlowGraph(QList<FlowTransition> transitions)
    : m_transitions(std::move(transitions))
{
    auto indexOf = [this](const QString& name) {
        qsizetype i = nodeIndex(name);
        if (i < 0) {
            Node node;
            node.name = name;
            node.step = stepFromName(name);
            node.outcome = outcomeFromName(name);
            node.gateway = name == flowdetail::authorizeNode();
            m_nodes << node;
            i = m_nodes.size() - 1;
        }
        return i;
    };
    for (const FlowTransition& t : std::as_const(m_transitions)) {
        const qsizetype from = indexOf(t.from);
        const qsizetype to = indexOf(t.to);
        // The first of two equal edges wins, as a scan of the table in order would have it.
        if (target(from, t.edge) < 0) {
            m_nodes[from].edges.append({ t.edge, to });
        }
    }
}

qsizetype FlowGraph::nodeIndex(const QString& name) const
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).name == name) {
            return i;
        }
    }
    return -1;
}

qsizetype FlowGraph::target(qsizetype from, const QString& edge) const
{
    // A node has a handful of edges: comparing their names is cheaper than hashing the one asked for.
    if (from < 0 || from >= m_nodes.size()) {
        return -1;
    }
    for (const auto& [name, to] : m_nodes.at(from).edges) {
        if (name == edge) {
            return to;
        }
    }
    return -1;
}

const FlowGraph& FlowGraph::standard()
{
    static const FlowGraph graph(standardTransitions());
    return graph;
}

QStringList FlowGraph::nodes()
{
    QStringList out { QStringLiteral("start") };
    for (Step s : allSteps()) {
        out << stepName(s);
    }
    out << QStringLiteral("authorize");
    for (Outcome o : allOutcomes()) {
        out << outcomeName(o);
    }
    return out;
}

const QList<FlowTransition>& FlowGraph::transitions()
{
    return standard().edges();
}

bool FlowGraph::contains(const QString& from, const QString& to)
{
    for (const FlowTransition& t : transitions()) {
        if (t.from == from && t.to == to) {
            return true;
        }
    }
    return false;
}

std::optional<QString> FlowGraph::target(const QString& from, const QString& edge) const
{
    const qsizetype to = target(nodeIndex(from), edge);
    return to < 0 ? std::nullopt : std::optional<QString>(m_nodes.at(to).name);
}

FlowGraph FlowGraph::without(const QString& from, const QString& edge) const
{
    QList<FlowTransition> kept;
    for (const FlowTransition& t : m_transitions) {
        if (t.from != from || t.edge != edge) {
            kept << t;
        }
    }
    return FlowGraph(kept);
}

QStringList FlowGraph::unreachableNodes() const
{
    QSet<QString> reached { QStringLiteral("start") };
    QStringList queue { QStringLiteral("start") };
    while (!queue.isEmpty()) {
        const QString node = queue.takeFirst();
        for (const FlowTransition& t : m_transitions) {
            if (t.from == node && !reached.contains(t.to)) {
                reached.insert(t.to);
                queue << t.to;
            }
        }
    }
    QStringList out;
    for (const QString& node : nodes()) {
        if (!reached.contains(node)) {
            out << node;
        }
    }
    return out;
}

QStringList FlowGraph::unknownEnds() const
{
    const QStringList known = nodes();
    QStringList out;
    for (const FlowTransition& t : m_transitions) {
        if (!known.contains(t.from) || !known.contains(t.to)) {
            out << t.from + QStringLiteral(" -") + t.edge + QStringLiteral("-> ") + t.to;
        }
    }
    return out;
}

QStringList FlowGraph::duplicateEdges() const
{
    QSet<QString> seen;
    QStringList out;
    for (const FlowTransition& t : m_transitions) {
        const QString key = t.from + QLatin1Char(' ') + t.edge;
        if (seen.contains(key)) {
            out << key;
        }
        seen.insert(key);
    }
    return out;
}

QJsonObject FlowGraph::toJson() const
{
    QJsonArray nodeList;
    for (const QString& node : nodes()) {
        nodeList.append(
            QJsonObject { { QStringLiteral("name"), node }, { QStringLiteral("kind"), nodeKind(node) } });
    }
    QJsonArray edgeList;
    for (const FlowTransition& t : m_transitions) {
        edgeList.append(QJsonObject { { QStringLiteral("from"), t.from }, { QStringLiteral("edge"), t.edge },
            { QStringLiteral("to"), t.to }, { QStringLiteral("event"), t.event } });
    }
    return QJsonObject { { QStringLiteral("nodes"), nodeList }, { QStringLiteral("transitions"), edgeList } };
}

QString FlowGraph::toDot() const
{
    QString out = QStringLiteral("digraph flow {\n  rankdir=LR;\n");
    for (const QString& node : nodes()) {
        const QString kind = nodeKind(node);
        const QString shape = kind == u"outcome" ? QStringLiteral("oval")
            : kind == u"gateway"                 ? QStringLiteral("diamond")
            : kind == u"start"                   ? QStringLiteral("circle")
                                                 : QStringLiteral("box");
        out += QStringLiteral("  %1 [shape=%2];\n").arg(node, shape);
    }
    for (const FlowTransition& t : m_transitions) {
        out += QStringLiteral("  %1 -> %2 [label=\"%3\"];\n").arg(t.from, t.to, t.edge);
    }
    out += QStringLiteral("}\n");
    return out;
}

} // namespace voicepay
