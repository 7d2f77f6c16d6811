#pragma once

#include "admin/auditlog.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace voicepay {

// The key of a store's audit chain: 32 random bytes in the system keychain (service "voicepay", account
// "audit/<store id>"), made when the store's trail is still empty. Someone who can write the database but is
// not this operating-system user cannot re-hash an edited record.
class AuditKey
{
public:
    static QString accountFor(const QString& storeId) { return QStringLiteral("audit/") + storeId; }
    // The key; made and stored when none is kept yet and `mayCreate`. std::nullopt with the reason otherwise.
    static std::optional<QByteArray> obtain(const QString& storeId, bool mayCreate, QString* error);

    // The audit log of the admin tables in `db` (migrated), keyed from the keychain, its head in the
    // configuration folder. Without a key it still opens (verify() then says why) and `error` says why.
    static std::unique_ptr<AuditLog> openLog(const QSqlDatabase& db, QString* error);
    // The same in two halves, for a log used on another thread than the keychain's (QtKeychain is not
    // thread-safe): the key of the trail in `db`, read (or made) on the keychain's thread; then the log of
    // `db` with it (on the thread that owns `db`).
    static std::optional<QByteArray> keyFor(const QSqlDatabase& db, QString* error);
    static std::unique_ptr<AuditLog> openLog(const QSqlDatabase& db, const std::optional<QByteArray>& key);
};

} // namespace voicepay
