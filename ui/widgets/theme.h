#pragma once

#include <QColor>
#include <QIcon>
#include <QString>
#include <optional>

class QWidget;

namespace voicepay::ui {

// Colours and icons that follow the system palette, so light and dark desktops both read well.
class Theme
{
public:
    static bool isDark();
    static QColor accent();
    static QColor success();
    static QColor failure();
    static QColor warning();
    static QColor muted();
    static QColor cardBackground();
    // An icon from the resources, tinted for the current palette.
    static QIcon icon(const QString& name);
    // The styles shared by the console's pages (tiles, banners, headings).
    static QString styleSheet();

    enum class Palette { System, Light, Dark };
    // Applies a palette: System keeps the platform's, except that a desktop asking for dark (GTK_THEME
    // "...:dark", or QT_COLOR_SCHEME=dark) gets the Fusion style with a dark palette.
    static void apply(Palette palette);
    static std::optional<Palette> paletteFromName(const QString& name);
};

} // namespace voicepay::ui
