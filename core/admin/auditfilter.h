#pragma once

#include "admin/auditlog.h"

#include <QList>
#include <QString>

namespace voicepay {

// Which audit records an admin looks for: by who, by what, by when and by a word. An empty field, or a zero
// bound, lets every record through.
struct AuditFilter
{
    QString actor; // the exact name
    QString action; // the exact action (user_added, login_failed, ...)
    qint64 fromMs = 0; // UTC milliseconds, inclusive
    qint64 toMs = 0; // UTC milliseconds, exclusive
    QString text; // case-insensitive, in the actor, the action, the result or any detail's value or key

    bool isEmpty() const;
    bool matches(const AuditRecord& record) const;
    QList<AuditRecord> apply(const QList<AuditRecord>& records) const;
};

} // namespace voicepay
