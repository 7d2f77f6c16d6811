#pragma once

#include "sim/scenariorunner.h"
#include "store/storeurl.h"

#include <QString>
#include <QTemporaryDir>

namespace voicepay {
class KpiStore;
}

namespace voicepay::test {

// A throwaway store database for one test: a file in a temporary folder, or a fresh database on the
// PostgreSQL server named by VOICEPAY_TEST_PG_URL (dropped again at the end).
class StoreTestDb
{
public:
    explicit StoreTestDb(const QString& backend); // "sqlite" or "postgresql"
    ~StoreTestDb();

    // False when the back-end cannot be used here; skipReason() says why.
    bool isReady() const { return m_ready; }
    QString skipReason() const { return m_skip; }
    const StoreUrl& url() const { return m_url; }
    QString urlString() const;
    QString sqlitePath() const { return m_url.path; }

private:
    QTemporaryDir m_dir;
    StoreUrl m_url;
    QString m_adminConnection;
    bool m_ready = false;
    QString m_skip;
};

// Runs `count` generated calls through the engine and the sandbox (recording them into `store` when given).
QList<ScenarioRun> runGeneratedCalls(KpiStore* store, int count, quint64 seed, qint64 fromMs, qint64 spanMs,
    const FlowConfig& config = FlowConfig());

// The full card numbers a set of generated calls keyed (any answer of 13 or more digits).
QStringList cardNumbersKeyed(quint64 seed, int count, qint64 fromMs, qint64 spanMs);

} // namespace voicepay::test
