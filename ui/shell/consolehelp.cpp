#include "shell/consolehelp.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace voicepay::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("voicepay::ui::ConsoleHelp", text);
}

QString plain(QString text)
{
    // "&Open…" and "Save && close" as people read them.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

void collect(const QMenu* menu, const QString& path, QList<ConsoleHelp::Shortcut>& out)
{
    for (const QAction* action : menu->actions()) {
        if (action->menu()) {
            collect(action->menu(), path + QStringLiteral(" › ") + plain(action->menu()->title()), out);
        } else if (!action->shortcut().isEmpty()) {
            out.append(
                { path, plain(action->text()), action->shortcut().toString(QKeySequence::NativeText) });
        }
    }
}

QDialog* dialogWith(QWidget* content, const QString& title, const QString& name, QWidget* parent)
{
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(name);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(content);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(640, 480);
    return dialog;
}

} // namespace

QString ConsoleHelp::title(Topic topic)
{
    switch (topic) {
    case Topic::Simulator:
        return tr("Call simulator");
    case Topic::Prompts:
        return tr("Prompt explorer");
    case Topic::Live:
        return tr("Live dashboard");
    case Topic::History:
        return tr("History");
    case Topic::Sessions:
        return tr("Sessions");
    case Topic::Configuration:
        return tr("Configuration");
    case Topic::Administration:
        return tr("Administration");
    case Topic::Phone:
        return tr("Phone line");
    }
    return {};
}

QString ConsoleHelp::text(Topic topic)
{
    switch (topic) {
    case Topic::Simulator:
        return tr(
            "<p>Plays a payment call as the caller hears it. Choose the caller's details on the left and "
            "press <b>Start call</b>; then answer each prompt with the keypad or by typing what the "
            "caller says in the box under the keypad.</p><p>The flow diagram shows where the call is; the "
            "transcript lists every prompt and answer. In an agent-assisted call the agent's panel shows "
            "what the agent hears: never the keys, which the clamp lamp confirms.</p><p>Calls made here "
            "are test calls: the dashboards leave them out unless <b>Include test calls</b> is on. "
            "<b>File › Save call as scenario</b> keeps a call to run again; <b>File › Run scenario suite</b> "
            "runs a folder of them and shows each one's result and the flow coverage.</p>");
    case Topic::Prompts:
        return tr(
            "<p>Every prompt the flow can play, in each language, with the recording or the synthesised "
            "voice. Select a prompt to read its text and press <b>Speak this prompt</b> to hear it. "
            "Prompts the last calls played are marked.</p>");
    case Topic::Live:
        return tr(
            "<p>The calls in progress and the results of the last minutes, refreshed every few seconds, "
            "for one site or all. <b>Serve as wallboard</b> serves the same tiles as a web page for the "
            "floor's big screen.</p>");
    case Topic::History:
        return tr("<p>Results over a chosen period: outcomes and durations, split by site, brand or another "
                  "key. Pick the period, the granularity and the split at the top; the export buttons write "
                  "the figures as CSV or PDF.</p>");
    case Topic::Sessions:
        return tr(
            "<p>The stored calls of a chosen period. Select a call to see its steps, the transfer "
            "context, the gateway exchange and the prompts it heard, and replay it step by step with the "
            "slider. Card numbers are never stored: at most the brand and the last four digits "
            "show.</p>");
    case Topic::Configuration:
        return tr(
            "<p>The payment flow's settings: limits, currency, accepted brands, retries and time-outs. "
            "Each key shows its allowed values, and errors show beside the fields. Only an admin saves, "
            "after reviewing the list of changes and typing the password again; every save goes to the audit "
            "trail first. <b>History</b> keeps every saved version: compare two, or roll back to one.</p>");
    case Topic::Administration:
        return tr("<p>Users and their roles, and the audit trail of every administrative action. Adding a "
                  "user or changing a role asks for your password.</p>");
    case Topic::Phone:
        return tr(
            "<p>Answers real SIP calls on this computer with the current configuration: choose a port and "
            "press <b>Start</b>. The list shows the calls in progress and the step each is at; every call "
            "is stored in the console's KPI store like any other.</p><p><b>Stop</b> ends the calls in "
            "progress as hang-ups (they are stored). The guide beside the list gives the address to dial "
            "and the X-VoicePay headers a call must carry.</p>");
    }
    return {};
}

QList<ConsoleHelp::Shortcut> ConsoleHelp::shortcuts(const QMenuBar* bar)
{
    QList<Shortcut> out;
    for (const QAction* top : bar->actions()) {
        if (top->menu()) {
            collect(top->menu(), plain(top->menu()->title()), out);
        }
    }
    return out;
}

QDialog* ConsoleHelp::shortcutDialog(const QMenuBar* bar, QWidget* parent)
{
    const QList<Shortcut> list = shortcuts(bar);
    auto* table = new QTableWidget(int(list.size()), 3);
    table->setObjectName(QStringLiteral("shortcutList"));
    table->setHorizontalHeaderLabels({ tr("Keys"), tr("Action"), tr("Menu") });
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    for (int row = 0; row < list.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(list[row].keys));
        table->setItem(row, 1, new QTableWidgetItem(list[row].action));
        table->setItem(row, 2, new QTableWidgetItem(list[row].menu));
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return dialogWith(table, tr("Keyboard shortcuts"), QStringLiteral("shortcutDialog"), parent);
}

QDialog* ConsoleHelp::areaDialog(Topic topic, QWidget* parent)
{
    auto* browser = new QTextBrowser;
    browser->setObjectName(QStringLiteral("areaHelpText"));
    browser->setHtml(QStringLiteral("<h3>%1</h3>%2").arg(title(topic), text(topic)));
    return dialogWith(browser, tr("Help: %1").arg(title(topic)), QStringLiteral("areaHelp"), parent);
}

} // namespace voicepay::ui
