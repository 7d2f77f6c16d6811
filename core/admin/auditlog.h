#pragma once

#include "admin/auditheadfile.h"
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

// The append-only audit trail. Each record carries the HMAC-SHA-256 (keyed with the store's audit key from
// the system keychain) of its content and of the record before it, so an edited, inserted or deleted record
// breaks the chain at that point, and one cannot re-hash it without the key. The head (sequence and hash) is
// also kept outside the database (AuditHeadFile), so a cut-off tail or a dropped and recreated table shows
// too. Records written before the key existed (admin schema 1) are checked with the plain SHA-256 they were
// written with.
//
// Without a key nothing is appended: a failed audit write fails the action it records. Actions that change
// the database run inside begin() ... appendWithin() ... commit(), so that they and their record are one.
class AuditLog
{
public:
    AuditLog(QSqlDatabase db, QByteArray key, AuditHeadFile head = AuditHeadFile());

    bool hasKey() const { return !m_key.isEmpty(); }

    bool append(const QString& actor, const QString& action, const QJsonObject& details,
        const QString& result, qint64 atMs, QString* error = nullptr);
    // One transaction holding the audit lock, for an action and its record.
    bool begin(QString* error);
    bool appendWithin(const QString& actor, const QString& action, const QJsonObject& details,
        const QString& result, qint64 atMs, QString* error);
    bool commit(QString* error);
    void rollback();

    AuditVerification verify() const;
    // False with the reason when the table cannot be read.
    bool readRecords(qint64 afterId, int limit, QList<AuditRecord>* out, QString* error) const;
    QList<AuditRecord> records(qint64 afterId = 0, int limit = 1000) const;
    qint64 count() const;

    // The keys whose values differ, as {"changes": [{"key", "old", "new"}, ...]}.
    static QJsonObject configChange(const FlowConfig& before, const FlowConfig& after);
    QString hashOf(const AuditRecord& record) const;
    static QString plainHashOf(const AuditRecord& record);
    static QString genesisHash();

private:
    bool checkHead(const AuditRecord& last, QString* error) const;
    qint64 keyedFrom() const;

    QSqlDatabase m_db;
    QByteArray m_key;
    AuditHeadFile m_head;
    bool m_inTransaction = false;
};

} // namespace voicepay
