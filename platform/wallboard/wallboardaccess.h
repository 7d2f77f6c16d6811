#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QUrl>
#include <optional>

namespace voicepay {

// Who may see the wallboard: whoever presents the token of the token file, as `?token=` in the address (a
// television has no keyboard) or as `Authorization: Bearer TOKEN`.
class WallboardAccess
{
public:
    static constexpr qsizetype minimumTokenLength = 16;

    // Compares in a time that depends on neither the contents nor the lengths: both sides are hashed first
    // and the digests compared without an early exit.
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

    // The token a request presents: the bearer token of its Authorization header, else its `token` query
    // item.
    static QByteArray presentedToken(const QUrl& url, const QByteArray& authorization);

    // The first line of the file, trimmed; at least minimumTokenLength characters.
    static std::optional<QByteArray> readTokenFile(const QString& path, QString* error);
    // A fresh random token (URL-safe), for a wallboard started without a token file.
    static QByteArray generateToken();

    explicit WallboardAccess(QByteArray token);
    bool allows(const QUrl& url, const QByteArray& authorization) const;

private:
    QByteArray m_token;
};

} // namespace voicepay
