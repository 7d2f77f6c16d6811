#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace voicepay {

// The wallboard's page: one HTML document with its styles, its script, the strings of one language and the
// numbers of the moment built in (from the program's resources), so that it draws at once, with no network
// but the wallboard's own WebSocket.
class WallboardPage
{
public:
    static QStringList languages(); // en, de, fr, es
    // `lang`: one of languages(); anything else is English.
    static QByteArray render(const QString& lang, const QString& site, const QJsonObject& snapshot);
    static QJsonObject strings(const QString& lang);
    static QByteArray contentSecurityPolicy();
};

} // namespace voicepay
