#include "shell/consoletheme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCoreApplication>
#include <QMenu>
#include <QPalette>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace voicepay::ui {

namespace {

const QString settingsKey = QStringLiteral("console/theme");

QString tr(const char* text)
{
    return QCoreApplication::translate("voicepay::ui::ConsoleTheme", text);
}

// The platform's own look, kept before the first palette is applied.
struct PlatformLook
{
    bool kept = false;
    QString style;
    QPalette palette;
};

PlatformLook& platformLook()
{
    static PlatformLook look;
    return look;
}

} // namespace

QString ConsoleTheme::saved()
{
    const QString name = QSettings().value(settingsKey).toString();
    return Theme::paletteFromName(name) ? name : QStringLiteral("system");
}

void ConsoleTheme::save(const QString& name)
{
    QSettings settings;
    settings.setValue(settingsKey, name);
}

std::optional<Theme::Palette> ConsoleTheme::startPalette(const QString& commandLine)
{
    return Theme::paletteFromName(commandLine.isEmpty() ? saved() : commandLine);
}

void ConsoleTheme::apply(Theme::Palette palette)
{
    PlatformLook& look = platformLook();
    if (!look.kept) {
        look.kept = true;
        look.style = QApplication::style()->name();
        look.palette = QApplication::palette();
    } else if (palette == Theme::Palette::System) {
        QApplication::setStyle(QStyleFactory::create(look.style));
        QApplication::setPalette(look.palette);
    }
    Theme::apply(palette);
}

QMenu* ConsoleTheme::menu(QWidget* window)
{
    auto* menu = new QMenu(tr("&Theme"), window);
    auto* group = new QActionGroup(menu);
    const QString current = saved();
    const std::pair<const char*, const char*> choices[]
        = { { "system", QT_TRANSLATE_NOOP("voicepay::ui::ConsoleTheme", "&System colours") },
              { "light", QT_TRANSLATE_NOOP("voicepay::ui::ConsoleTheme", "&Light") },
              { "dark", QT_TRANSLATE_NOOP("voicepay::ui::ConsoleTheme", "&Dark") } };
    for (const auto& [name, label] : choices) {
        QAction* a = menu->addAction(tr(label));
        a->setCheckable(true);
        a->setData(QLatin1String(name));
        a->setChecked(current == QLatin1String(name));
        group->addAction(a);
    }
    QPointer<QWidget> restyled(window);
    QObject::connect(group, &QActionGroup::triggered, menu, [restyled](QAction* a) {
        const QString name = a->data().toString();
        save(name);
        apply(*Theme::paletteFromName(name));
        if (restyled) {
            restyled->setStyleSheet(Theme::styleSheet());
        }
    });
    return menu;
}

} // namespace voicepay::ui
