#include "admin/auditdetails.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace voicepay::ui::AuditDetails {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AuditDetails", text);
}

// "wasLocked" -> "Was locked": the detail's key as words.
QString fieldLabel(const QString& key)
{
    QString words;
    for (const QChar c : key) {
        if (c.isUpper() && !words.isEmpty()) {
            words += QLatin1Char(' ');
        }
        words += c == u'_' ? QChar(u' ') : c.toLower();
    }
    if (!words.isEmpty()) {
        words[0] = words.at(0).toUpper();
    }
    return words;
}

QString plainValue(const QJsonValue& value)
{
    if (value.isBool()) {
        return value.toBool() ? tr(QT_TRANSLATE_NOOP("AuditDetails", "yes"))
                              : tr(QT_TRANSLATE_NOOP("AuditDetails", "no"));
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'g', 15);
    }
    if (value.isString()) {
        return value.toString();
    }
    if (value.isNull() || value.isUndefined()) {
        return tr(QT_TRANSLATE_NOOP("AuditDetails", "(none)"));
    }
    return QString::fromUtf8(value.isArray()
            ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

QString actionLabel(const QString& action)
{
    static const QHash<QString, const char*> labels {
        { QStringLiteral("config_changed"), QT_TRANSLATE_NOOP("AuditDetails", "Configuration changed") },
        { QStringLiteral("thresholds_changed"),
            QT_TRANSLATE_NOOP("AuditDetails", "Wallboard thresholds changed") },
        { QStringLiteral("config_rolled_back"),
            QT_TRANSLATE_NOOP("AuditDetails", "Configuration rolled back") },
        { QStringLiteral("credential_set"), QT_TRANSLATE_NOOP("AuditDetails", "Gateway key set") },
        { QStringLiteral("credential_cleared"), QT_TRANSLATE_NOOP("AuditDetails", "Gateway key cleared") },
        { QStringLiteral("user_added"), QT_TRANSLATE_NOOP("AuditDetails", "Account added") },
        { QStringLiteral("user_removed"), QT_TRANSLATE_NOOP("AuditDetails", "Account removed") },
        { QStringLiteral("role_changed"), QT_TRANSLATE_NOOP("AuditDetails", "Role changed") },
        { QStringLiteral("login"), QT_TRANSLATE_NOOP("AuditDetails", "Signed in") },
        { QStringLiteral("login_failed"), QT_TRANSLATE_NOOP("AuditDetails", "Sign-in refused") },
        { QStringLiteral("account_locked"), QT_TRANSLATE_NOOP("AuditDetails", "Account locked") },
        { QStringLiteral("account_unlocked"), QT_TRANSLATE_NOOP("AuditDetails", "Account unlocked") },
        { QStringLiteral("password_reset"), QT_TRANSLATE_NOOP("AuditDetails", "Password reset") },
        { QStringLiteral("password_changed"), QT_TRANSLATE_NOOP("AuditDetails", "Password changed") },
        { QStringLiteral("audit_exported"), QT_TRANSLATE_NOOP("AuditDetails", "Audit log exported") },
        { QStringLiteral("audit_list"), QT_TRANSLATE_NOOP("AuditDetails", "Audit log listed") },
        { QStringLiteral("audit_export"), QT_TRANSLATE_NOOP("AuditDetails", "Audit log export") },
        { QStringLiteral("users_listed"), QT_TRANSLATE_NOOP("AuditDetails", "Accounts listed") },
    };
    const auto it = labels.constFind(action);
    // An action this console does not know yet is shown as it is recorded.
    return it == labels.constEnd() ? action : tr(it.value());
}

QString resultLabel(const QString& result)
{
    if (result == u"ok") {
        return tr(QT_TRANSLATE_NOOP("AuditDetails", "done"));
    }
    if (result == u"refused") {
        return tr(QT_TRANSLATE_NOOP("AuditDetails", "refused"));
    }
    if (result == u"failed") {
        return tr(QT_TRANSLATE_NOOP("AuditDetails", "failed"));
    }
    return result;
}

QString time(qint64 utcMs, bool utc)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
    return utc ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
               : at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QList<std::pair<QString, QString>> rows(const QJsonObject& details, bool utc)
{
    QList<std::pair<QString, QString>> out;
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QString key = it.key();
        if (key == u"changes" && it.value().isArray()) {
            for (const QJsonValue& change : it.value().toArray()) {
                const QJsonObject c = change.toObject();
                out.append({ c.value(QStringLiteral("key")).toString(),
                    plainValue(c.value(QStringLiteral("old"))) + QStringLiteral(" → ")
                        + plainValue(c.value(QStringLiteral("new"))) });
            }
        } else if (key.endsWith(QStringLiteral("Ms")) && it.value().isDouble()) {
            out.append({ fieldLabel(key.chopped(2)), time(qint64(it.value().toDouble()), utc) });
        } else {
            out.append({ fieldLabel(key), plainValue(it.value()) });
        }
    }
    return out;
}

QString summary(const QJsonObject& details, bool utc)
{
    QStringList parts;
    for (const auto& [field, value] : rows(details, utc)) {
        parts << field + QStringLiteral(": ") + value;
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace voicepay::ui::AuditDetails
