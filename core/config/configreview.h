#pragma once

#include "config/configkeys.h"
#include "config/flowconfig.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace voicepay {

// One key whose value differs between two configurations, as the key table names and shows it.
struct ConfigChange
{
    QString key; // as in the file: "maxAmount", "gateway.url"
    QString label; // ConfigKey::displayLabel(): "Maximum amount"
    QJsonValue before;
    QJsonValue after;
    QString beforeText; // valueText(): "no limit", "Transfer to an agent", "8000 ms"
    QString afterText;
};

// What a person checks before a configuration is saved or rolled back: the keys that change (old → new, by
// the key table, so the editor, the history's diff and the audit trail name them alike), and every reason a
// form is refused at once rather than the first one only.
class ConfigReview
{
public:
    // In the key table's order; empty when the two are the same.
    static QList<ConfigChange> changes(const FlowConfig& before, const FlowConfig& after);
    // A value as people read it: choices by their label, a missing limit as "no limit", units appended.
    static QString valueText(const ConfigKey& key, const QJsonValue& value);
    // Every refusal of ConfigReader::apply for `json` (each "key: reason"), found by setting each key at
    // fault back to its value in `fallback` (or the default) and reading again; empty when it is accepted.
    static QStringList errors(QJsonObject json, const FlowConfig& fallback);
};

} // namespace voicepay
