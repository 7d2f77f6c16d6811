#pragma once

#include <QString>
#include <optional>

namespace voicepay {

// The last record of the audit chain as this installation last saw it.
struct AuditHead
{
    qint64 sequence = 0;
    QString hash;
};

// The chain's head kept outside the database, in a file of the operating-system user (mode 0600): someone who
// can change the database but not this file cannot cut the tail off the chain, or drop and recreate the
// table, without verify() and the next append() noticing. Several sites writing one PostgreSQL store each
// keep their own head; each is a lower bound of the chain.
class AuditHeadFile
{
public:
    explicit AuditHeadFile(QString path = QString());

    bool isSet() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    // std::nullopt with an empty `error` when no head has been written yet.
    std::optional<AuditHead> load(QString* error) const;
    bool save(const AuditHead& head, QString* error) const;

    // <configuration folder>/audit-head-<store id>.json
    static QString defaultPath(const QString& storeId);

private:
    QString m_path;
};

} // namespace voicepay
