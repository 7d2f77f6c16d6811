#include "wallboardpage.h"

#include <QFile>
#include <QJsonDocument>

namespace voicepay {

namespace {

QByteArray resource(const QString& name)
{
    QFile file(QStringLiteral(":/wallboard/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// JSON inside a <script> element: nothing in it may close the element or open a comment.
QByteArray scriptSafe(const QJsonObject& json)
{
    QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
    text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    return text;
}

} // namespace

QStringList WallboardPage::languages()
{
    return { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es") };
}

QJsonObject WallboardPage::strings(const QString& lang)
{
    const QJsonObject all = QJsonDocument::fromJson(resource(QStringLiteral("strings.json"))).object();
    const QString chosen = languages().contains(lang) ? lang : QStringLiteral("en");
    QJsonObject table = all.value(QStringLiteral("en")).toObject();
    const QJsonObject own = all.value(chosen).toObject();
    for (auto it = own.begin(); it != own.end(); ++it) {
        table.insert(it.key(), it.value());
    }
    table.insert(QStringLiteral("lang"), chosen);
    return table;
}

QByteArray WallboardPage::render(const QString& lang, const QString& site, const QJsonObject& snapshot)
{
    const QJsonObject text = strings(lang);
    const QString heading = text.value(QStringLiteral("title")).toString();
    const QString title = site.isEmpty()
        ? heading + QStringLiteral(" · ") + text.value(QStringLiteral("allSites")).toString()
        : heading + QStringLiteral(" · ") + site;
    QByteArray page = resource(QStringLiteral("wallboard.html"));
    page.replace("{{CSS}}", resource(QStringLiteral("wallboard.css")));
    page.replace("{{JS}}", resource(QStringLiteral("wallboard.js")));
    // What a site name or a language could carry goes in last, so nothing in it is taken for a placeholder.
    page.replace("{{LANG}}", text.value(QStringLiteral("lang")).toString().toUtf8());
    page.replace("{{TITLE}}", title.toHtmlEscaped().toUtf8());
    page.replace("{{DATA}}",
        scriptSafe(QJsonObject { { QStringLiteral("strings"), text }, { QStringLiteral("site"), site },
            { QStringLiteral("snapshot"), snapshot } }));
    return page;
}

QByteArray WallboardPage::contentSecurityPolicy()
{
    // The page's own inline script and styles, its own WebSocket, nothing from anywhere else.
    return QByteArrayLiteral("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
                             "connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'");
}

} // namespace voicepay
