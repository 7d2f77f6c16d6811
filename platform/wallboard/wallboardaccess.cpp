#include "wallboardaccess.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace voicepay {

bool WallboardAccess::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    const QByteArray ha = QCryptographicHash::hash(a, QCryptographicHash::Sha256);
    const QByteArray hb = QCryptographicHash::hash(b, QCryptographicHash::Sha256);
    // volatile: the compiler must not turn the loop into an early-exit comparison.
    volatile unsigned char diff = 0;
    for (qsizetype i = 0; i < ha.size(); ++i) {
        diff = static_cast<unsigned char>(diff | (ha.at(i) ^ hb.at(i)));
    }
    return diff == 0 && a.size() == b.size();
}

QByteArray WallboardAccess::presentedToken(const QUrl& url, const QByteArray& authorization)
{
    const QByteArray auth = authorization.trimmed();
    if (auth.size() > 7 && auth.left(7).compare("bearer ", Qt::CaseInsensitive) == 0) {
        return auth.mid(7).trimmed();
    }
    return QUrlQuery(url).queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded).toUtf8();
}

std::optional<QByteArray> WallboardAccess::readTokenFile(const QString& path, QString* error)
{
    QString ignored;
    QString& why = error ? *error : ignored;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        why = QStringLiteral("%1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray token = file.readLine(4096).trimmed();
    if (token.size() < minimumTokenLength) {
        why = QStringLiteral("%1: the token must be at least %2 characters on the first line")
                  .arg(path)
                  .arg(minimumTokenLength);
        return std::nullopt;
    }
    return token;
}

QByteArray WallboardAccess::generateToken()
{
    QByteArray bytes(24, Qt::Uninitialized);
    for (char& c : bytes) {
        c = static_cast<char>(QRandomGenerator::system()->bounded(256));
    }
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

WallboardAccess::WallboardAccess(QByteArray token)
    : m_token(std::move(token))
{
}

bool WallboardAccess::allows(const QUrl& url, const QByteArray& authorization) const
{
    return !m_token.isEmpty() && constantTimeEquals(presentedToken(url, authorization), m_token);
}

} // namespace voicepay
