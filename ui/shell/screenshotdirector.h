#pragma once

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
    // Sets the area up, waits for its work to settle, grabs the window into `file`. False with a reason.
    static bool capture(MainWindow& window, const QString& area, const QString& file, QString* error);
};

} // namespace voicepay::ui
