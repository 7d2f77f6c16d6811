#include "confighistory.h"

#include "config/configreader.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace voicepay {

namespace {

bool failed(QString* error, const QSqlQuery& q)
{
    if (error) {
        *error = QStringLiteral("configuration history: %1").arg(q.lastError().text());
    }
    return false;
}

const QString kColumns = QStringLiteral("id, at_ms, actor, kind, from_id, config");

// A version whose stored text no longer reads as a configuration is shown with the defaults and its
// digest left empty, so a damaged row cannot be rolled back to.
ConfigVersion fromRow(const QSqlQuery& q)
{
    ConfigVersion v;
    v.id = q.value(0).toLongLong();
    v.atMs = q.value(1).toLongLong();
    v.actor = q.value(2).toString();
    v.kind = q.value(3).toString();
    v.fromId = q.value(4).toLongLong();
    QString ignored;
    if (const auto c = ConfigReader::fromJson(q.value(5).toString().toUtf8(), &ignored)) {
        v.config = *c;
        v.digest = c->version();
    }
    return v;
}

} // namespace

ConfigHistory::ConfigHistory(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool ConfigHistory::append(const QString& actor, const QString& kind, const FlowConfig& config, qint64 atMs,
    qint64 fromId, QString* error)
{
    QSqlQuery q(m_db);
    // One statement takes the next id, so two consoles saving at once cannot both take it (the key refuses
    // the second, which then reports the failure).
    q.prepare(
        QStringLiteral("INSERT INTO config_versions (%1) SELECT COALESCE(MAX(id), 0) + 1, ?, ?, ?, ?, ? "
                       "FROM config_versions")
            .arg(kColumns));
    q.addBindValue(atMs);
    q.addBindValue(actor.isNull() ? QStringLiteral("") : actor); // the column is NOT NULL
    q.addBindValue(kind);
    q.addBindValue(fromId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact)));
    return q.exec() || failed(error, q);
}

bool ConfigHistory::versions(QList<ConfigVersion>* out, QString* error, int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM config_versions ORDER BY id DESC LIMIT ?").arg(kColumns));
    q.addBindValue(limit);
    if (!q.exec()) {
        return failed(error, q);
    }
    out->clear();
    while (q.next()) {
        out->append(fromRow(q));
    }
    return true;
}

std::optional<ConfigVersion> ConfigHistory::version(qint64 id, QString* error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM config_versions WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec()) {
        failed(error, q);
        return std::nullopt;
    }
    if (!q.next()) {
        if (error) {
            *error = QStringLiteral("configuration history: there is no version %1").arg(id);
        }
        return std::nullopt;
    }
    ConfigVersion v = fromRow(q);
    if (v.digest.isEmpty()) {
        if (error) {
            *error = QStringLiteral("configuration history: version %1 cannot be read").arg(id);
        }
        return std::nullopt;
    }
    return v;
}

qint64 ConfigHistory::count() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM config_versions")) && q.next()) {
        return q.value(0).toLongLong();
    }
    return 0;
}

} // namespace voicepay
