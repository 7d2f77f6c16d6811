#include "auditlog.h"

#include "adminschema.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcAudit, "voicepay.core.audit")

namespace voicepay {

QString AuditRecord::atUtc() const
{
    return QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject AuditRecord::toJson() const
{
    return QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("at"), atUtc() },
        { QStringLiteral("actor"), actor }, { QStringLiteral("action"), action },
        { QStringLiteral("details"), details }, { QStringLiteral("result"), result },
        { QStringLiteral("prevHash"), prevHash }, { QStringLiteral("hash"), hash } };
}

AuditLog::AuditLog(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::hashOf(const AuditRecord& r)
{
    const QChar sep(0x1f);
    const QString canonical = QString::number(r.id) + sep + QString::number(r.atMs) + sep + r.actor + sep
        + r.action + sep + QString::fromUtf8(QJsonDocument(r.details).toJson(QJsonDocument::Compact)) + sep
        + r.result + sep + r.prevHash;
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool AuditLog::append(const QString& actor, const QString& action, const QJsonObject& details,
    const QString& result, qint64 atMs, QString* error)
{
    auto fail = [&](const QString& why) {
        if (error) {
            *error = QStringLiteral("audit log: ") + why;
        }
        qCWarning(lcAudit) << "cannot append" << action << ":" << why;
        return false;
    };
    // Writers take the table's write lock before reading the last hash, so two processes never fork the
    // chain.
    const bool postgres = AdminSchema::isPostgres(m_db);
    QSqlQuery q(m_db);
    if (postgres) {
        if (!m_db.transaction()
            || !q.exec(QStringLiteral("LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE"))) {
            m_db.rollback();
            return fail(q.lastError().text());
        }
    } else if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return fail(q.lastError().text());
    }
    auto rollback = [&](const QString& why) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return fail(why);
    };
    AuditRecord r;
    r.id = 1;
    r.prevHash = genesisHash();
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"))) {
        return rollback(q.lastError().text());
    }
    if (q.next()) {
        r.id = q.value(0).toLongLong() + 1;
        r.prevHash = q.value(1).toString();
    }
    r.atMs = atMs;
    r.actor = actor;
    r.action = action;
    r.details = details;
    r.result = result;
    r.hash = hashOf(r);
    q.prepare(
        QStringLiteral("INSERT INTO audit_log (id, at_ms, actor, action, details, result, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.id);
    q.addBindValue(r.atMs);
    q.addBindValue(r.actor);
    q.addBindValue(r.action);
    q.addBindValue(QString::fromUtf8(QJsonDocument(r.details).toJson(QJsonDocument::Compact)));
    q.addBindValue(r.result);
    q.addBindValue(r.prevHash);
    q.addBindValue(r.hash);
    if (!q.exec()) {
        return rollback(q.lastError().text());
    }
    if (!QSqlQuery(m_db).exec(QStringLiteral("COMMIT"))) {
        return rollback(m_db.lastError().text());
    }
    return true;
}

QList<AuditRecord> AuditLog::records(qint64 afterId, int limit) const
{
    QList<AuditRecord> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, at_ms, actor, action, details, result, prev_hash, hash FROM audit_log "
                       "WHERE id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!q.exec()) {
        return out;
    }
    while (q.next()) {
        AuditRecord r;
        r.id = q.value(0).toLongLong();
        r.atMs = q.value(1).toLongLong();
        r.actor = q.value(2).toString();
        r.action = q.value(3).toString();
        r.details = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        r.result = q.value(5).toString();
        r.prevHash = q.value(6).toString();
        r.hash = q.value(7).toString();
        out << r;
    }
    return out;
}

qint64 AuditLog::count() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next()) {
        return q.value(0).toLongLong();
    }
    return -1;
}

AuditVerification AuditLog::verify() const
{
    AuditVerification v;
    QString expectedPrev = genesisHash();
    qint64 expectedId = 1;
    qint64 after = 0;
    for (;;) {
        const QList<AuditRecord> batch = records(after, 5000);
        if (batch.isEmpty()) {
            break;
        }
        for (const AuditRecord& r : batch) {
            auto bad = [&](const QString& why) {
                v.ok = false;
                v.firstBadId = r.id;
                v.reason = why;
                return v;
            };
            if (r.id != expectedId) {
                return bad(QStringLiteral("record %1 is missing (found %2 next)").arg(expectedId).arg(r.id));
            }
            if (r.prevHash != expectedPrev) {
                return bad(QStringLiteral("record %1 does not follow the record before it").arg(r.id));
            }
            if (hashOf(r) != r.hash) {
                return bad(QStringLiteral("record %1 was changed after it was written").arg(r.id));
            }
            expectedPrev = r.hash;
            ++expectedId;
            ++v.checked;
            after = r.id;
        }
    }
    v.ok = true;
    return v;
}

QJsonObject AuditLog::configChange(const FlowConfig& before, const FlowConfig& after)
{
    const QJsonObject a = before.toJson();
    const QJsonObject b = after.toJson();
    QJsonArray changes;
    QStringList keys = a.keys() + b.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString& key : std::as_const(keys)) {
        if (a.value(key) != b.value(key)) {
            changes.append(QJsonObject { { QStringLiteral("key"), key },
                { QStringLiteral("old"), a.value(key) }, { QStringLiteral("new"), b.value(key) } });
        }
    }
    return QJsonObject { { QStringLiteral("changes"), changes },
        { QStringLiteral("oldVersion"), before.version() },
        { QStringLiteral("newVersion"), after.version() } };
}

} // namespace voicepay
