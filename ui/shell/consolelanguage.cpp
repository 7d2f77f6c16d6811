#include "shell/consolelanguage.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

namespace voicepay::ui {

namespace {

const QString settingsKey = QStringLiteral("console/language");

} // namespace

QStringList ConsoleLanguage::codes()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es") };
}

QString ConsoleLanguage::nativeName(const QString& code)
{
    // Each language by its own name, so that it can be found whatever the console's language is.
    if (code == u"de") {
        return QStringLiteral("Deutsch");
    }
    if (code == u"fr") {
        return QStringLiteral("Français");
    }
    if (code == u"es") {
        return QStringLiteral("Español");
    }
    return QStringLiteral("English");
}

QString ConsoleLanguage::saved()
{
    const QString code = QSettings().value(settingsKey).toString();
    return codes().contains(code) ? code : QString();
}

void ConsoleLanguage::save(const QString& code)
{
    QSettings settings;
    if (codes().contains(code)) {
        settings.setValue(settingsKey, code);
    } else {
        settings.remove(settingsKey);
    }
}

QLocale ConsoleLanguage::locale()
{
    const QString code = saved();
    return code.isEmpty() ? QLocale() : QLocale(code);
}

void ConsoleLanguage::install(QTranslator& console, QTranslator& qt)
{
    const QLocale wanted = locale();
    if (qt.load(wanted, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&qt);
    }
    if (console.load(wanted, QStringLiteral("voicepay"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&console);
    }
}

QMenu* ConsoleLanguage::menu(QWidget* parent)
{
    auto* menu = new QMenu(QCoreApplication::translate("voicepay::ui::ConsoleLanguage", "&Language"), parent);
    auto* group = new QActionGroup(menu);
    const QString current = saved();
    auto add = [&](const QString& code, const QString& label) {
        QAction* a = menu->addAction(label);
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setData(code);
        group->addAction(a);
    };
    add(QString(), QCoreApplication::translate("voicepay::ui::ConsoleLanguage", "System language"));
    menu->addSeparator();
    for (const QString& code : codes()) {
        add(code, nativeName(code));
    }
    QObject::connect(group, &QActionGroup::triggered, menu, [parent](QAction* a) {
        const QString code = a->data().toString();
        if (code == saved()) {
            return;
        }
        save(code);
        QMessageBox::information(parent,
            QCoreApplication::translate("voicepay::ui::ConsoleLanguage", "Language"),
            QCoreApplication::translate("voicepay::ui::ConsoleLanguage",
                "The console starts in %1 from now on: restart it to see the change.")
                .arg(code.isEmpty()
                        ? QCoreApplication::translate("voicepay::ui::ConsoleLanguage", "the system language")
                        : nativeName(code)));
    });
    return menu;
}

} // namespace voicepay::ui
