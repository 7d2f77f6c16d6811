#include "widgets/theme.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>
#include <QSvgRenderer>

namespace voicepay::ui {

bool Theme::isDark()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

QColor Theme::accent()
{
    return isDark() ? QColor(0x5e, 0xa9, 0xff) : QColor(0x1f, 0x5f, 0xbf);
}

QColor Theme::success()
{
    return isDark() ? QColor(0x4c, 0xc7, 0x7a) : QColor(0x1d, 0x8a, 0x47);
}

QColor Theme::failure()
{
    return isDark() ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x2b, 0x2b);
}

QColor Theme::warning()
{
    return isDark() ? QColor(0xff, 0xc1, 0x4d) : QColor(0xd9, 0x7a, 0x00);
}

QColor Theme::muted()
{
    QColor c = QApplication::palette().color(QPalette::WindowText);
    c.setAlphaF(0.55f);
    return c;
}

QColor Theme::cardBackground()
{
    const QColor base = QApplication::palette().color(QPalette::Base);
    return isDark() ? base.lighter(130) : base;
}

QIcon Theme::icon(const QString& name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly)) {
        return QIcon();
    }
    // The SVGs draw in "currentColor"; replace it so the icon has the palette's text colour.
    QByteArray svg = file.readAll();
    const QColor text = QApplication::palette().color(QPalette::WindowText);
    svg.replace("currentColor", text.name().toLatin1());
    QSvgRenderer renderer(svg);
    QIcon icon;
    for (int size : { 16, 24, 32, 48, 64 }) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pm);
    }
    return icon;
}

QString Theme::styleSheet()
{
    const QColor border = QApplication::palette().color(QPalette::Mid);
    return QStringLiteral(
        "voicepay--ui--KpiTile { background: %1; border: 1px solid %2; border-radius: 8px; }"
        "QLabel#tileValue { font-size: 22pt; font-weight: 600; }"
        "QLabel#tileTitle { color: %3; }"
        "QLabel#heading { font-size: 14pt; font-weight: 600; }"
        "QLabel#fieldError { color: %4; }"
        "QFrame#banner { border-radius: 6px; padding: 4px; }")
        .arg(cardBackground().name(), border.name(), muted().name(QColor::HexArgb), failure().name());
}

std::optional<Theme::Palette> Theme::paletteFromName(const QString& name)
{
    if (name == u"system") {
        return Palette::System;
    }
    if (name == u"light") {
        return Palette::Light;
    }
    if (name == u"dark") {
        return Palette::Dark;
    }
    return std::nullopt;
}

void Theme::apply(Palette palette)
{
    if (palette == Palette::System) {
        const QString gtk = qEnvironmentVariable("GTK_THEME");
        const QString scheme = qEnvironmentVariable("QT_COLOR_SCHEME");
        if (gtk.endsWith(QStringLiteral(":dark"), Qt::CaseInsensitive)
            || scheme.compare(QStringLiteral("dark"), Qt::CaseInsensitive) == 0) {
            palette = Palette::Dark;
        } else {
            return;
        }
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (palette == Palette::Light) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window.lighter(115));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x5e, 0xa9, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Mid, QColor(0x50, 0x53, 0x58));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText }) {
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    }
    QApplication::setPalette(p);
}

} // namespace voicepay::ui
