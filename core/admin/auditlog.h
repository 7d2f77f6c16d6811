#pragma once

#include "config/flowconfig.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace voicepay {

// One administrative action: who, when (UTC), what, and how it ended. Never holds a password, a gateway key
// or card data.
struct AuditRecord
{
    qint64 id = 0;
    qint64 atMs = 0; // UTC milliseconds since the epoch
    QString actor;
    QString action; // config_changed, credential_set, credential_cleared, user_added, user_removed,
                    // role_changed, login, login_failed, account_locked, audit_exported, ...
    QJsonObject details;
    QString result; // "ok", "refused", "failed"
    QString prevHash;
    QString hash;

    QString atUtc() const; // ISO 8601 with Z
    QJsonObject toJson() const;
};

struct AuditVerification
{
    bool ok = false;
    qint64 checked = 0;
    qint64 firstBadId = 0;
    QString reason;
};

// The append-only audit trail. Each record carries the SHA-256 of its content and of the record before it,
// so an edited, inserted or deleted record breaks the chain at that point and verify() says where.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db);

    bool append(const QString& actor, const QString& action, const QJsonObject& details,
        const QString& result, qint64 atMs, QString* error = nullptr);
    AuditVerification verify() const;
    QList<AuditRecord> records(qint64 afterId = 0, int limit = 1000) const;
    qint64 count() const;

    // The keys whose values differ, as {"changes": [{"key", "old", "new"}, ...]}.
    static QJsonObject configChange(const FlowConfig& before, const FlowConfig& after);
    static QString hashOf(const AuditRecord& record);
    static QString genesisHash();

private:
    QSqlDatabase m_db;
};

} // namespace voicepay
