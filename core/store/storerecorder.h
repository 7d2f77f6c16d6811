#pragma once

#include "call/callobserver.h"

#include <QString>
#include <QtGlobal>

namespace voicepay {

class KpiStore;

// Records every call it watches into a KPI store: the start for the live feed, the finished session for the
// KPIs. The driver's clock becomes epoch time either by an offset fixed at the start of each call (a driver
// whose clock starts at 0) or as it is (a driver that already runs on epoch milliseconds, like the load run).
class StoreRecorder : public CallObserver
{
public:
    enum class Clock { WallClockAtStart, Epoch };

    explicit StoreRecorder(KpiStore& store, Clock clock = Clock::WallClockAtStart);

    void callStarted(const PaymentFlow& flow, qint64 atMs) override;
    void callEnded(const PaymentFlow& flow, const FinishedCall& call) override;
    void transitionTaken(const PaymentFlow& flow, const QString& from, const QString& to) override;

    int recorded() const { return m_recorded; }
    // The calls watched are simulated (the console's simulator, a scenario run): flagged as tests.
    void setTestCalls(bool test) { m_testCalls = test; }
    // The channel the calls come in on (phoneChannel() for voicepay-ivr), listed with each call in progress;
    // the calls of a channel also list the step they are at as the flow moves.
    void setChannel(const QString& channel) { m_channel = channel; }

private:
    KpiStore& m_store;
    Clock m_clock;
    qint64 m_offsetMs = 0;
    int m_recorded = 0;
    bool m_testCalls = false;
    QString m_channel;
};

} // namespace voicepay
