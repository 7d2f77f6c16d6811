#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QMenu;
class QTranslator;
class QWidget;

namespace voicepay::ui {

// The console's language: English, German, French or Spanish, chosen in the View menu and remembered
// (QSettings "console/language"); the system's language until one is chosen. The widgets take their texts
// when they are built, so a new choice applies from the next start.
class ConsoleLanguage
{
public:
    static QStringList codes(); // "en", "de", "fr", "es"
    static QString nativeName(const QString& code); // "Français"
    static QString saved(); // empty: follow the system
    static void save(const QString& code); // empty: follow the system
    static QLocale locale(); // the saved language, else the system's
    // Loads the console's catalogue (and Qt's own) for locale() and installs them.
    static void install(QTranslator& console, QTranslator& qt);
    // "&Language" with the system's and the four, the current one checked; choosing one saves it.
    static QMenu* menu(QWidget* parent);
};

} // namespace voicepay::ui
