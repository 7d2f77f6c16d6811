#pragma once

#include "widgets/theme.h"

#include <QString>

class QMenu;
class QWidget;

namespace voicepay::ui {

// The console's colours, chosen in the View menu and remembered (QSettings "console/theme": system, light or
// dark); --palette on the command line wins over the remembered choice for that run. A choice applies at
// once.
class ConsoleTheme
{
public:
    static QString saved(); // "system" until another is chosen
    static void save(const QString& name);
    // The palette to start with: `commandLine` when it is set, else the remembered one; nullopt for a name
    // that is none of the three.
    static std::optional<Theme::Palette> startPalette(const QString& commandLine);
    // Applies `palette`; the first call keeps the platform's own style and palette, so that System can return
    // to them later.
    static void apply(Theme::Palette palette);
    // "&Theme" with System, Light and Dark, the current one checked; choosing one applies and saves it, and
    // restyles `window` (its style sheet takes the palette's colours).
    static QMenu* menu(QWidget* window);
};

} // namespace voicepay::ui
