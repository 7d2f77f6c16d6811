#include "flowgraph.h"

#include "flow/step.h"

#include <QJsonArray>
#include <QSet>

namespace voicepay {

namespace {
QList<FlowTransition> standardTransitions()
{
    auto t = [](const char* from, const char* edge, const char* to, const char* event) {
        return FlowTransition { QString::fromLatin1(from), QString::fromLatin1(to),
            QString::fromLatin1(event), QString::fromLatin1(edge) };
    };
    QList<FlowTransition> out {
        t("start", "not_identified", "account_number", "caller not identified"),
        t("start", "choose_amount", "amount_choice", "identified, caller chooses the amount"),
        t("start", "enter_amount", "amount_entry", "identified, amount due out of range"),
        t("start", "amount_accepted", "card_number", "identified, fixed amount"),
        t("start", "unavailable", "technical_error",
            "the amount due is not valid, or payments are unavailable"),
        t("account_number", "retry", "account_number", "retry"),
        t("account_number", "found", "pin", "account found"),
        t("account_number", "auth_failed", "auth_failed", "too many failed identifications"),
        t("pin", "retry", "pin", "retry"),
        t("pin", "choose_amount", "amount_choice", "verified, caller chooses the amount"),
        t("pin", "enter_amount", "amount_entry", "verified, amount due out of range"),
        t("pin", "amount_accepted", "card_number", "verified, fixed amount"),
        t("pin", "auth_failed", "auth_failed", "too many failed identifications"),
        t("amount_choice", "retry", "amount_choice", "retry"),
        t("amount_choice", "amount_accepted", "card_number", "1: full amount"),
        t("amount_choice", "enter_amount", "amount_entry", "2: other amount"),
        t("amount_entry", "retry", "amount_entry", "retry or amount out of range"),
        t("amount_entry", "amount_accepted", "card_number", "amount accepted"),
        t("amount_entry", "corrected", "confirm", "amount corrected"),
        t("card_number", "retry", "card_number", "retry or card refused"),
        t("card_number", "needs_expiry", "expiry", "card accepted, brand needs an expiry"),
        t("card_number", "needs_code", "security_code", "card accepted, brand needs a code but no expiry"),
        t("card_number", "complete", "confirm", "card accepted, nothing more needed"),
        t("expiry", "retry", "expiry", "retry or expired"),
        t("expiry", "needs_code", "security_code", "expiry accepted, brand needs a code"),
        t("expiry", "complete", "confirm", "expiry accepted"),
        t("security_code", "retry", "security_code", "retry or wrong length"),
        t("security_code", "complete", "confirm", "code accepted"),
        t("confirm", "retry", "confirm", "retry"),
        t("confirm", "confirmed", "authorize", "1: correct"),
        t("confirm", "change", "correction_choice", "2: change something"),
        t("correction_choice", "retry", "correction_choice", "retry"),
        t("correction_choice", "amount", "amount_entry", "1: amount"),
        t("correction_choice", "card_number", "card_number", "2: card number"),
        t("correction_choice", "expiry", "expiry", "3: expiry"),
        t("correction_choice", "security_code", "security_code", "4: security code"),
        t("authorize", "approved", "success", "approved"),
        t("authorize", "declined", "card_number", "declined, another card"),
        t("authorize", "declined_max", "declined_max", "declined, maximum reached"),
        t("authorize", "error", "technical_error", "gateway error, or the payment is unconfirmed"),
        t("authorize", "pending", "pending", "held for review by the gateway"),
        t("authorize", "hangup", "hangup", "caller hung up while the gateway answered"),
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
    // The first of two equal edges wins, as a scan of the table in order would have it.
    for (qsizetype i = 0; i < m_transitions.size(); ++i) {
        const FlowTransition& t = m_transitions.at(i);
        QHash<QString, qsizetype>& out = m_index[t.from];
        if (!out.contains(t.edge)) {
            out.insert(t.edge, i);
        }
    }
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
    // Every transition of every call comes here: two hash look-ups instead of a scan of the table.
    const auto node = m_index.constFind(from);
    if (node == m_index.cend()) {
        return std::nullopt;
    }
    const auto it = node->constFind(edge);
    if (it == node->cend()) {
        return std::nullopt;
    }
    return m_transitions.at(*it).to;
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
