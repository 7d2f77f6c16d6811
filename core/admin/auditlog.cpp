#include "auditlog.h"

#include "adminschema.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
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

AuditLog::AuditLog(QSqlDatabase db, QByteArray key, AuditHeadFile head)
    : m_db(std::move(db))
    , m_key(std::move(key))
    , m_head(std::move(head))
{
}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

namespace {
QByteArray canonical(const AuditRecord& r)
{
    const QChar sep(0x1f);
    return (QString::number(r.id) + sep + QString::number(r.atMs) + sep + r.actor + sep + r.action + sep
        + QString::fromUtf8(QJsonDocument(r.details).toJson(QJsonDocument::Compact)) + sep + r.result + sep
        + r.prevHash)
        .toUtf8();
}
} // namespace

QString AuditLog::plainHashOf(const AuditRecord& r)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(r), QCryptographicHash::Sha256).toHex());
}

QString AuditLog::hashOf(const AuditRecord& r) const
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(canonical(r), m_key, QCryptographicHash::Sha256).toHex());
}

qint64 AuditLog::keyedFrom() const
{
    bool ok = false;
    const qint64 from = AdminSchema::meta(m_db, QStringLiteral("audit_keyed_from")).toLongLong(&ok);
    return ok && from >= 1 ? from : -1;
}

bool AuditLog::begin(QString* error)
{
    // Writers take the audit lock before reading the last hash, so two processes never fork the chain.
    QSqlQuery q(m_db);
    bool ok = false;
    if (AdminSchema::isPostgres(m_db)) {
        ok = m_db.transaction() && q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7302)"));
        if (!ok) {
            m_db.rollback();
        }
    } else {
        ok = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    if (!ok) {
        *error = QStringLiteral("audit log: ") + q.lastError().text();
        return false;
    }
    m_inTransaction = true;
    return true;
}

bool AuditLog::commit(QString* error)
{
    m_inTransaction = false;
    const bool ok
        = AdminSchema::isPostgres(m_db) ? m_db.commit() : QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
    if (!ok) {
        *error = QStringLiteral("audit log: cannot commit: ") + m_db.lastError().text();
        rollback();
    }
    return ok;
}

void AuditLog::rollback()
{
    m_inTransaction = false;
    if (AdminSchema::isPostgres(m_db)) {
        m_db.rollback();
    } else {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
}

bool AuditLog::append(const QString& actor, const QString& action, const QJsonObject& details,
    const QString& result, qint64 atMs, QString* error)
{
    QString why;
    if (!begin(&why) || !appendWithin(actor, action, details, result, atMs, &why)) {
        if (m_inTransaction) {
            rollback();
        }
        qCWarning(lcAudit) << "cannot append" << action << ":" << why;
        if (error) {
            *error = why;
        }
        return false;
    }
    if (!commit(&why)) {
        if (error) {
            *error = why;
        }
        return false;
    }
    return true;
}

bool AuditLog::checkHead(const AuditRecord& last, QString* error) const
{
    QString why;
    const auto head = m_head.isSet() ? m_head.load(&why) : std::nullopt;
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    if (!head || head->sequence == 0) {
        return true;
    }
    if (head->sequence > last.id) {
        *error = QStringLiteral("records %1 to %2 are missing (the trail ends at %3)")
                     .arg(last.id + 1)
                     .arg(head->sequence)
                     .arg(last.id);
        return false;
    }
    QString hash = last.hash;
    if (head->sequence != last.id) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"));
        q.addBindValue(head->sequence);
        hash = q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    if (hash != head->hash) {
        *error = QStringLiteral("record %1 is not the one this installation wrote").arg(head->sequence);
        return false;
    }
    return true;
}

bool AuditLog::appendWithin(const QString& actor, const QString& action, const QJsonObject& details,
    const QString& result, qint64 atMs, QString* error)
{
    auto fail = [&](const QString& why) {
        *error = QStringLiteral("audit log: ") + why;
        return false;
    };
    if (!hasKey()) {
        return fail(QStringLiteral("no audit key (the system keychain holds it)"));
    }
    QSqlQuery q(m_db);
    AuditRecord last;
    last.prevHash = genesisHash();
    last.hash = genesisHash();
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"))) {
        return fail(q.lastError().text());
    }
    if (q.next()) {
        last.id = q.value(0).toLongLong();
        last.hash = q.value(1).toString();
    }
    QString why;
    if (!checkHead(last, &why)) {
        return fail(why);
    }
    AuditRecord r { last.id + 1, atMs, actor, action, details, result, last.hash, QString() };
    r.hash = hashOf(r);
    q.prepare(
        QStringLiteral("INSERT INTO audit_log (id, at_ms, actor, action, details, result, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : { QVariant(r.id), QVariant(r.atMs), QVariant(r.actor), QVariant(r.action),
             QVariant(QString::fromUtf8(QJsonDocument(r.details).toJson(QJsonDocument::Compact))),
             QVariant(r.result), QVariant(r.prevHash), QVariant(r.hash) }) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        return fail(q.lastError().text());
    }
    if (m_head.isSet() && !m_head.save({ r.id, r.hash }, &why)) {
        return fail(why);
    }
    return true;
}

bool AuditLog::readRecords(qint64 afterId, int limit, QList<AuditRecord>* out, QString* error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, at_ms, actor, action, details, result, prev_hash, hash FROM audit_log "
                       "WHERE id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
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
        out->append(r);
    }
    if (q.lastError().isValid()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QList<AuditRecord> AuditLog::records(qint64 afterId, int limit) const
{
    QList<AuditRecord> out;
    QString ignored;
    readRecords(afterId, limit, &out, &ignored);
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
    AuditRecord last;
    last.hash = genesisHash();
    auto bad = [&v](qint64 id, const QString& why) {
        v.ok = false;
        v.firstBadId = id;
        v.reason = why;
        return v;
    };
    const qint64 keyed = keyedFrom();
    if (keyed < 0) {
        return bad(1, QStringLiteral("the audit tables cannot be read"));
    }
    for (;;) {
        QList<AuditRecord> batch;
        QString error;
        if (!readRecords(last.id, 5000, &batch, &error)) {
            return bad(last.id + 1, QStringLiteral("the audit log cannot be read: ") + error);
        }
        if (batch.isEmpty()) {
            break;
        }
        for (const AuditRecord& r : std::as_const(batch)) {
            if (r.id != last.id + 1) {
                return bad(
                    r.id, QStringLiteral("record %1 is missing (found %2 next)").arg(last.id + 1).arg(r.id));
            }
            if (r.prevHash != last.hash) {
                return bad(r.id, QStringLiteral("record %1 does not follow the record before it").arg(r.id));
            }
            if (r.id >= keyed && !hasKey()) {
                return bad(r.id, QStringLiteral("no audit key for this store in the system keychain"));
            }
            if ((r.id >= keyed ? hashOf(r) : plainHashOf(r)) != r.hash) {
                return bad(r.id, QStringLiteral("record %1 was changed after it was written").arg(r.id));
            }
            last = r;
            ++v.checked;
        }
    }
    QString why;
    if (!checkHead(last, &why)) {
        return bad(last.id + 1, why);
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
