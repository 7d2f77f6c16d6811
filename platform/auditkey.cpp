#include "auditkey.h"

#include "admin/adminschema.h"
#include "credentialstore.h"

#include <QRandomGenerator>

namespace voicepay {

std::optional<QByteArray> AuditKey::obtain(const QString& storeId, bool mayCreate, QString* error)
{
    if (storeId.isEmpty()) {
        *error = QStringLiteral("the store has no id");
        return std::nullopt;
    }
    bool notFound = false;
    const auto stored = CredentialStore::readEntryBlocking(accountFor(storeId), &notFound, error);
    if (stored) {
        const QByteArray key = QByteArray::fromBase64(stored->toLatin1());
        if (key.size() < 32) {
            *error = QStringLiteral("the audit key in the system keychain is damaged");
            return std::nullopt;
        }
        return key;
    }
    if (!notFound) {
        return std::nullopt;
    }
    if (!mayCreate) {
        *error = QStringLiteral("the system keychain holds no audit key for this store (%1)").arg(storeId);
        return std::nullopt;
    }
    QByteArray key(32, '\0');
    QRandomGenerator::system()->generate(key.begin(), key.end());
    if (!CredentialStore::storeEntryBlocking(
            accountFor(storeId), QString::fromLatin1(key.toBase64()), error)) {
        return std::nullopt;
    }
    return key;
}

std::unique_ptr<AuditLog> AuditKey::openLog(const QSqlDatabase& db, QString* error)
{
    return openLog(db, keyFor(db, error));
}

std::optional<QByteArray> AuditKey::keyFor(const QSqlDatabase& db, QString* error)
{
    const QString storeId = AdminSchema::storeId(db);
    const AuditHeadFile head(storeId.isEmpty() ? QString() : AuditHeadFile::defaultPath(storeId));
    QString why;
    // A key is made only for a trail that is empty here and has no head elsewhere: never for one that lost
    // its key.
    const bool fresh = AuditLog(db, {}).count() == 0 && !head.load(&why) && why.isEmpty();
    return obtain(storeId, fresh, error);
}

std::unique_ptr<AuditLog> AuditKey::openLog(const QSqlDatabase& db, const std::optional<QByteArray>& key)
{
    const QString storeId = AdminSchema::storeId(db);
    const AuditHeadFile head(storeId.isEmpty() ? QString() : AuditHeadFile::defaultPath(storeId));
    return std::make_unique<AuditLog>(db, key.value_or(QByteArray()), head);
}

} // namespace voicepay
