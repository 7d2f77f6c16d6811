#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace voicepay::ui {

class MainWindow;

// Puts the window into a telling state for one area and saves a picture of it: the README's screenshots and
// a quick visual check under Xvfb.
class ScreenshotDirector
{
public:
    static QStringList areas(); // simulator, conference, prompts, live, history, config
    static QSize size() { return { 1280, 720 }; } // every picture's size: the window is resized to it
    // Sizes the window to size(), sets the area up, waits for its work to settle, grabs the window into
    // `file`. False with a reason (also when the window cannot take that size).
    static bool capture(MainWindow& window, const QString& area, const QString& file, QString* error);
};

} // namespace voicepay::ui
