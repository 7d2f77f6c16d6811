#include "storerecorder.h"

#include "call/finishedcall.h"
#include "flow/paymentflow.h"
#include "kpistore.h"
#include "sessionrecord.h"

#include <QDateTime>

namespace voicepay {

StoreRecorder::StoreRecorder(KpiStore& store, Clock clock)
    : m_store(store)
    , m_clock(clock)
{
}

void StoreRecorder::callStarted(const PaymentFlow& flow, qint64 atMs)
{
    m_offsetMs = m_clock == Clock::Epoch ? 0 : QDateTime::currentMSecsSinceEpoch() - atMs;
    m_store.noteStarted(flow.sessionId(), flow.config().site, callTypeName(flow.context().callType),
        atMs + m_offsetMs, m_testCalls, m_channel);
}

void StoreRecorder::transitionTaken(const PaymentFlow& flow, const QString& /*from*/, const QString& to)
{
    // Only a channel's calls are listed with their step: the simulator and the load runs need no such
    // traffic on the store's lock.
    if (!m_channel.isEmpty()) {
        m_store.noteStep(flow.sessionId(), to);
    }
}

void StoreRecorder::callEnded(const PaymentFlow& flow, const FinishedCall& call)
{
    if (!call.finished) {
        m_store.noteEnded(flow.sessionId()); // no session to keep, but no longer in progress either
        return;
    }
    SessionRecord record
        = SessionRecord::fromRun(call.result, call.events, call.transitions, call.site, m_offsetMs);
    record.isTest = m_testCalls;
    m_store.record(std::move(record));
    ++m_recorded;
}

} // namespace voicepay
