#include "admin/auditlog.h"
#include "admin/confighistory.h"
#include "config/configeditor.h"
#include "config/confighistorydialog.h"
#include "widgets/uilog.h"

#include <QDateTime>
#include <QPushButton>

// The editor's side of the configuration's history: each written configuration kept as a version, and a kept
// version made the configuration again through the same gate, record and file as a save.
namespace voicepay::ui {

void ConfigEditor::setHistory(ConfigHistory* history, const QString& actor, std::function<qint64()> clock)
{
    m_history = history;
    m_actor = actor;
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentMSecsSinceEpoch(); };
    m_historyButton->setVisible(m_history != nullptr);
}

void ConfigEditor::keepVersion(const FlowConfig& config, const QString& kind, qint64 fromId)
{
    if (!m_history) {
        return;
    }
    QString why;
    const qint64 now = m_clock();
    // The configuration as it was before the first save the history sees, so that it can be rolled back to.
    bool kept = m_history->count() > 0
        || m_history->append(QString(), QStringLiteral("initial"), m_saved, now, 0, &why);
    kept = kept && m_history->append(m_actor, kind, config, now, fromId, &why);
    if (!kept) {
        // The file is written and the audit trail has the change; only the copy for the history is missing.
        qCWarning(lcUi) << "configuration version not kept:" << why;
        emit message(
            tr("The configuration is saved, but its version could not be kept in the history: %1").arg(why));
    }
}

bool ConfigEditor::rollBack(qint64 versionId, QString* error)
{
    if (m_readOnly || !m_history) {
        if (m_record && m_readOnly) {
            m_record(QStringLiteral("config_rolled_back"),
                QJsonObject { { QStringLiteral("version"), versionId } }, QStringLiteral("refused"));
        }
        if (error) {
            *error = m_readOnly ? tr("The configuration is read-only for you.")
                                : tr("There is no configuration history here.");
        }
        return false;
    }
    const auto version = m_history->version(versionId, error);
    if (!version) {
        return false;
    }
    QJsonObject details = AuditLog::configChange(m_saved, version->config);
    details.insert(QStringLiteral("rolledBackTo"), versionId);
    if (!commit(version->config, QStringLiteral("config_rolled_back"), details, versionId, error)) {
        return false;
    }
    emit message(tr("Configuration rolled back to version %1.").arg(versionId));
    return true;
}

void ConfigEditor::showHistory()
{
    if (!m_history) {
        return;
    }
    ConfigHistoryDialog dialog(*m_history, this, this);
    dialog.exec();
}

} // namespace voicepay::ui
