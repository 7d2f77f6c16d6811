#pragma once

#include "flow/callresult.h"
#include "flow/flowevent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace voicepay {
class PaymentFlow;
}

namespace voicepay::ui {

// One finished session as the dashboards and the session browser see it: the result (brand and last four at
// most), the events and when it ran.
struct SessionRecord
{
    QString sessionId;
    QString site;
    QDateTime startedAt;
    QDateTime endedAt;
    QString callType; // "ivr", "conference"
    QString outcome;  // outcomeName()
    QString exit;     // callExitName()
    QString brand;    // empty when no card was taken
    int attempts = 0;
    int declines = 0;
    qint64 durationMs = 0;
    QJsonObject result; // CallResult::toJson()
    QList<FlowEvent> events;

    bool attempted() const { return attempts > 0; }
    static SessionRecord fromFlow(const PaymentFlow& flow, const QDateTime& startedAt, const QDateTime& endedAt);
};

} // namespace voicepay::ui
