#pragma once

#include "flow/callresult.h"
#include "flow/flowevent.h"
#include "sessionreplay.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace voicepay {

struct StoredEvent
{
    qint64 atMs = 0; // milliseconds since the epoch (UTC)
    QString kind; // FlowEvent::kindName
    QString step;
    QString detail;
};

// One finished session as the KPI store keeps it. Holds brand and last four at most: fromRun() masks any
// long digit run in free text, so a card number can never reach the store through a reason or an event.
struct SessionRecord
{
    QString sessionId;
    QString site;
    QString callType;
    QString configVersion;
    qint64 startedAtMs = 0; // since the epoch (UTC)
    qint64 endedAtMs = 0;
    QString outcome;
    QString exit;
    QString amount;
    QString currency;
    QString brand;
    QString last4;
    int declines = 0;
    int attempts = 0;
    qint64 durationMs = 0;
    QString reason;
    QString lastStep; // the node the session ended at ("authorize" when the gateway had it)
    QStringList declineReasons;
    QStringList path; // the flow nodes in the order the session visited them
    // A simulated call (the console's simulator, a scenario run): stored and replayable like any other, but
    // kept out of the KPIs unless a query asks for test calls (KpiFilter::includeTests).
    bool isTest = false;
    QList<StoredEvent> events;
    SessionReplay replay; // prompts and transfer context, for the session browser
    // replay.toStored(), made by fromRun() on the engine's thread so that the store's single writer does not
    // spend its time on JSON and compression; empty: the writer makes it.
    QByteArray storedReplay;
    // keepStoredReplayOnly() has let the replay's prompts and transfer context go: storedReplay holds them.
    bool replayTrimmed = false;

    // A replay to store: made already, or still to be made from `replay`.
    bool hasReplay() const { return !storedReplay.isEmpty() || !replay.isEmpty(); }
    // Once storedReplay is made, the store needs of the replay only the references it indexes
    // (searchRefs()): the prompts and the transfer context (about 3 KB a session) are let go, so a long queue
    // stays small. fullReplay() reads them back from the body.
    void keepStoredReplayOnly();
    SessionReplay fullReplay() const;

    // The spool's form of a record (one JSON object); fromJson() checks every field and scrubs the texts
    // again.
    QJsonObject toJson() const;
    static std::optional<SessionRecord> fromJson(const QJsonObject& o, QString* error);

    // `clockOffsetMs` turns the engine's clock into epoch milliseconds (0 when the driver's clock is already
    // one).
    static SessionRecord fromRun(const CallResult& result, const QList<FlowEvent>& events,
        const QList<QPair<QString, QString>>& transitions, const QString& site, qint64 clockOffsetMs);

    // What the store indexes in session_refs so the session browser finds a session by them (schema 9):
    // (kind, value) for the transaction id ("transaction") and the payment reference ("reference"), as the
    // replay holds them (masked).
    static QList<QPair<QString, QString>> searchRefs(const SessionRecord& r);
    static QList<QPair<QString, QString>> searchRefs(const SessionReplay& replay); // schema 11's backfill

    // Replaces any run of 7 or more digits with '*': what is stored is never a card number.
    static QString scrub(const QString& text);
    // True when scrub() would give `text` back as it is (no run of more than six digits).
    static bool isScrubbed(const QString& text);
};

} // namespace voicepay

// Moved in memory when a list grows (the queue of the store, the events of a record) instead of copied
// member by member: every member is relocatable.
Q_DECLARE_TYPEINFO(voicepay::StoredEvent, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(voicepay::SessionRecord, Q_RELOCATABLE_TYPE);
