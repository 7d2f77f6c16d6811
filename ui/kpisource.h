#pragma once

#include "sessionrecord.h"

#include <QObject>

#include <functional>

namespace voicepay::ui {

// Where the dashboards and the session browser read sessions from, and where the console's own calls go.
// The live signals arrive on the GUI thread; sessions() may be called from any thread and reports progress
// (0-100) through `progress`, which returns false to cancel.
class KpiSource : public QObject
{
    Q_OBJECT
public:
    using Progress = std::function<bool(int percent)>;

    explicit KpiSource(QObject* parent = nullptr)
        : QObject(parent)
    {
    }

    virtual QString name() const = 0;
    virtual void recordStarted(const QString& sessionId, const QString& callType, const QDateTime& at) = 0;
    virtual void recordEnded(const SessionRecord& session) = 0;
    // Sessions that ended in [from, to).
    virtual QList<SessionRecord> sessions(const QDateTime& from, const QDateTime& to, const Progress& progress) const = 0;

signals:
    void sessionStarted(const QString& sessionId, const QString& callType, const QDateTime& at);
    void sessionEnded(const voicepay::ui::SessionRecord& session);
};

} // namespace voicepay::ui
