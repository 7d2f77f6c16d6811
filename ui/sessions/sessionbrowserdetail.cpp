#include "cards/cardmask.h"
#include "sessions/sessionbrowser.h"
#include "simulator/flowdiagramwidget.h"

#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QTextBrowser>
#include <QtGlobal>
#include <utility>

// The selected session: its facts, its replay (transfer context, gateway exchange, prompts) and its events,
// and the flow diagram at the replay position.

namespace voicepay::ui {

namespace {
void addRow(QString& html, const QString& k, const QString& v)
{
    if (!v.isEmpty()) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
    }
}

void addSection(QString& html, const QString& title)
{
    html += QStringLiteral("<p><b>%1</b></p>").arg(title.toHtmlEscaped());
}

// What a stored event's kind (FlowEvent::kindName) means, in words; a kind this console does not know is
// shown as stored.
QString eventLabel(const QString& kind)
{
    static const std::pair<const char*, const char*> labels[] = {
        { "session_started", QT_TRANSLATE_NOOP("voicepay::ui::SessionBrowser", "Call started") },
        { "step_entered", QT_TRANSLATE_NOOP("voicepay::ui::SessionBrowser", "Step entered") },
        { "input_error", QT_TRANSLATE_NOOP("voicepay::ui::SessionBrowser", "Input refused") },
        { "input_accepted", QT_TRANSLATE_NOOP("voicepay::ui::SessionBrowser", "Input accepted") },
        { "correction", QT_TRANSLATE_NOOP("voicepay::ui::SessionBrowser", "Correction") },
        { "gateway_submitted", QT_TRANSLATE_NOOP("voicepay::ui::SessionBrowser", "Sent to the gateway") },
        { "gateway_approved", QT_TRANSLATE_NOOP("voicepay::ui::SessionBrowser", "Approved") },
        { "gateway_declined", QT_TRANSLATE_NOOP("voicepay::ui::SessionBrowser", "Declined") },
        { "gateway_error", QT_TRANSLATE_NOOP("voicepay::ui::SessionBrowser", "Gateway error") },
        { "hang_up", QT_TRANSLATE_NOOP("voicepay::ui::SessionBrowser", "Caller hung up") },
        { "session_ended", QT_TRANSLATE_NOOP("voicepay::ui::SessionBrowser", "Call ended") },
    };
    for (const auto& [key, label] : labels) {
        if (kind == QLatin1String(key)) {
            return SessionBrowser::tr(label);
        }
    }
    return kind;
}
} // namespace

void SessionBrowser::render()
{
    if (m_current < 0) {
        return;
    }
    const SessionRecord& s = m_sessions.at(m_current);
    m_text->setHtml(summaryHtml(s) + replayHtml(s) + promptsAndEventsHtml());
    const QSignalBlocker block(m_step);
    m_step->setEnabled(!s.path.isEmpty());
    m_step->setRange(0, qMax(0, int(s.path.size()) - 1));
    m_step->setValue(m_step->maximum());
    showStep(m_step->maximum());
}

// The outcome and the session's facts.
QString SessionBrowser::summaryHtml(const SessionRecord& s) const
{
    const QLocale l;
    QString html = QStringLiteral("<h3>%1</h3>").arg(FlowDiagramWidget::nodeLabel(s.outcome).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Session %1 · %2 · site %3 · configuration %4")
                         .arg(s.sessionId, FlowDiagramWidget::callTypeLabel(s.callType), s.site,
                             s.configVersion)
                         .toHtmlEscaped());
    html += QStringLiteral("<table cellpadding='2'>");
    auto row = [&html](const QString& k, const QString& v) { addRow(html, k, v); };
    row(tr("Exit"), FlowDiagramWidget::exitLabel(s.exit));
    row(tr("Amount"), s.amount.isEmpty() ? QString() : s.amount + u' ' + s.currency);
    row(tr("Card"), s.brand.isEmpty() ? QString() : maskedCardForDisplay(s.brand, s.last4));
    row(tr("Gateway"),
        tr("%1 submission(s), %2 decline(s) %3")
            .arg(s.attempts)
            .arg(s.declines)
            .arg(s.declineReasons.join(QStringLiteral(", "))));
    row(tr("Reason"), s.reason);
    row(tr("Ended at"), s.lastStep.isEmpty() ? QString() : FlowDiagramWidget::nodeLabel(s.lastStep));
    row(tr("Duration"), tr("%1 s").arg(l.toString(double(s.durationMs) / 1000.0, 'f', 1)));
    html += QStringLiteral("</table>");
    return html;
}

// What the replay adds: the transfer context, the transaction and the gateway exchange (card masked).
QString SessionBrowser::replayHtml(const SessionRecord& s) const
{
    QString html;
    auto row = [&html](const QString& k, const QString& v) { addRow(html, k, v); };
    if (!m_replayError.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(m_replayError.toHtmlEscaped());
    }
    if (m_replay.transfer) {
        const SessionReplay::Transfer& t = *m_replay.transfer;
        addSection(html, tr("Transfer context"));
        html += QStringLiteral("<table cellpadding='2'>");
        row(tr("Step reached"), t.step);
        row(tr("Reason"), t.reason);
        row(tr("Decline codes"), t.declineCodes.join(QStringLiteral(", ")));
        row(tr("Card"), t.maskedCard);
        html += QStringLiteral("</table>");
    }
    if (!m_replay.transactionId.isEmpty() || !m_replay.paymentReference.isEmpty()) {
        html += QStringLiteral("<table cellpadding='2'>");
        row(tr("Transaction"), m_replay.transactionId);
        row(tr("Payment reference"), m_replay.paymentReference);
        html += QStringLiteral("</table>");
    }
    const QString card = s.brand.isEmpty() ? QString() : maskedCardForDisplay(s.brand, s.last4);
    QStringList exchange;
    for (const StoredEvent& e : std::as_const(m_events)) {
        if (e.kind == QLatin1String("gateway_submitted")) {
            exchange << tr("→ authorise %1 %2, card %3, invoice %4")
                            .arg(s.amount, s.currency, card.isEmpty() ? tr("(masked)") : card, e.detail);
        } else if (e.kind == QLatin1String("gateway_approved")) {
            exchange << tr("← approved, transaction %1").arg(e.detail);
        } else if (e.kind == QLatin1String("gateway_declined")) {
            exchange << tr("← declined: %1").arg(e.detail);
        } else if (e.kind == QLatin1String("gateway_error")) {
            exchange << tr("← error: %1").arg(e.detail);
        }
    }
    if (!exchange.isEmpty()) {
        addSection(html, tr("Gateway exchange"));
        html += QStringLiteral("<p>%1</p>")
                    .arg(exchange.join(QStringLiteral("\n"))
                             .toHtmlEscaped()
                             .replace(u'\n', QStringLiteral("<br>")));
    }
    return html;
}

QString SessionBrowser::promptsAndEventsHtml() const
{
    const QLocale l;
    QString html;
    if (!m_replay.steps.isEmpty() || !m_replay.closingPrompts.isEmpty()) {
        addSection(html, tr("Prompts"));
        html += QStringLiteral("<table cellpadding='2'>");
        for (const SessionReplay::Step& step : std::as_const(m_replay.steps)) {
            html += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>")
                        .arg(FlowDiagramWidget::nodeLabel(step.step).toHtmlEscaped(),
                            step.prompts.join(QStringLiteral(" ")).toHtmlEscaped());
        }
        if (!m_replay.closingPrompts.isEmpty()) {
            html += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>")
                        .arg(tr("Closing").toHtmlEscaped(),
                            m_replay.closingPrompts.join(QStringLiteral(" ")).toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    if (!m_events.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><table cellpadding='2'>").arg(tr("Events"));
        const qint64 t0 = m_events.first().atMs;
        for (const StoredEvent& e : std::as_const(m_events)) {
            html += QStringLiteral("<tr><td align='right'>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(l.toString(double(e.atMs - t0) / 1000.0, 'f', 1),
                            eventLabel(e.kind).toHtmlEscaped(),
                            e.step.isEmpty() ? QString()
                                             : FlowDiagramWidget::nodeLabel(e.step).toHtmlEscaped(),
                            SessionRecord::scrub(e.detail).toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

void SessionBrowser::showStep(int index)
{
    if (m_current < 0) {
        return;
    }
    const QStringList& path = m_sessions.at(m_current).path;
    m_diagram->reset();
    for (int i = 1; i <= index && i < path.size(); ++i) {
        m_diagram->takeTransition(path.at(i - 1), path.at(i));
    }
    if (index >= 0 && index < path.size()) {
        m_diagram->setCurrent(path.at(index));
    }
    m_stepLabel->setText(tr("%1 of %2").arg(index + 1).arg(path.size()));
    // The k-th visit of a step on the path played the k-th prompts recorded for that step.
    QString prompts;
    if (index >= 0 && index < path.size()) {
        const QString& node = path.at(index);
        int visit = 0;
        for (int i = 0; i < index; ++i) {
            visit += path.at(i) == node ? 1 : 0;
        }
        for (const SessionReplay::Step& step : std::as_const(m_replay.steps)) {
            if (step.step == node && visit-- == 0) {
                prompts = step.prompts.join(QStringLiteral(" "));
                break;
            }
        }
        if (prompts.isEmpty() && index == path.size() - 1) {
            prompts = m_replay.closingPrompts.join(QStringLiteral(" "));
        }
        m_stepPrompts->setText(prompts.isEmpty()
                ? FlowDiagramWidget::nodeLabel(node)
                : tr("%1: “%2”").arg(FlowDiagramWidget::nodeLabel(node), prompts));
    } else {
        m_stepPrompts->clear();
    }
}

QString SessionBrowser::stepText() const
{
    return m_stepPrompts->text();
}

QString SessionBrowser::detailText() const
{
    return m_text->toPlainText();
}

} // namespace voicepay::ui
