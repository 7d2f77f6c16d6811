#pragma once

#include <QList>
#include <QString>

class QDialog;
class QMenuBar;
class QWidget;

namespace voicepay::ui {

// The Help menu's texts: how to use each area of the console, and the list of keyboard shortcuts, which is
// read from the menus themselves so that it can never disagree with them.
class ConsoleHelp
{
public:
    // The areas, in the order of MainWindow::Area.
    enum class Topic { Simulator, Prompts, Live, History, Sessions, Configuration, Administration, Phone };
    static QString title(Topic topic);
    // A few paragraphs of rich text: what the area is for and how to use it.
    static QString text(Topic topic);

    struct Shortcut
    {
        QString menu; // "File"
        QString action; // "Open scenario…"
        QString keys; // "Ctrl+O", in the platform's words
    };
    // Every action under `bar` that has a shortcut, menu by menu, without the accelerator ampersands.
    static QList<Shortcut> shortcuts(const QMenuBar* bar);
    // A dialog listing shortcuts(bar) in a table (objectName "shortcutList").
    static QDialog* shortcutDialog(const QMenuBar* bar, QWidget* parent);
    // A dialog with title(topic) and text(topic) (objectName "areaHelp").
    static QDialog* areaDialog(Topic topic, QWidget* parent);
};

} // namespace voicepay::ui
