#include "auditfilter.h"

#include <QJsonArray>
#include <algorithm>

namespace voicepay {

namespace {

// Whether the word stands in a detail's key or value, however deep (a configuration change nests its keys in
// an array).
bool containsText(const QJsonValue& value, const QString& text)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().contains(text, Qt::CaseInsensitive) || containsText(it.value(), text)) {
                return true;
            }
        }
        return false;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(
            array.begin(), array.end(), [&text](const QJsonValue& v) { return containsText(v, text); });
    }
    const QString plain
        = value.isDouble() ? QString::number(value.toDouble(), 'f', 0) : value.toVariant().toString();
    return plain.contains(text, Qt::CaseInsensitive);
}

} // namespace

bool AuditFilter::isEmpty() const
{
    return actor.isEmpty() && action.isEmpty() && fromMs == 0 && toMs == 0 && text.isEmpty();
}

bool AuditFilter::matches(const AuditRecord& r) const
{
    if ((!actor.isEmpty() && r.actor != actor) || (!action.isEmpty() && r.action != action)
        || (fromMs != 0 && r.atMs < fromMs) || (toMs != 0 && r.atMs >= toMs)) {
        return false;
    }
    const QString word = text.trimmed();
    return word.isEmpty() || r.actor.contains(word, Qt::CaseInsensitive)
        || r.action.contains(word, Qt::CaseInsensitive) || r.result.contains(word, Qt::CaseInsensitive)
        || containsText(r.details, word);
}

QList<AuditRecord> AuditFilter::apply(const QList<AuditRecord>& records) const
{
    QList<AuditRecord> out;
    for (const AuditRecord& r : records) {
        if (matches(r)) {
            out << r;
        }
    }
    return out;
}

} // namespace voicepay
