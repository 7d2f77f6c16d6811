#include "storetestdb.h"

#include "sim/loadgenerator.h"
#include "store/kpistore.h"
#include "store/storerecorder.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace voicepay::test {

StoreTestDb::StoreTestDb(const QString& backend)
{
    if (backend == u"sqlite") {
        m_url.backend = StoreUrl::Backend::Sqlite;
        m_url.path = m_dir.filePath(QStringLiteral("kpi.sqlite"));
        m_ready = m_dir.isValid();
        return;
    }
    const QString pg = qEnvironmentVariable("VOICEPAY_TEST_PG_URL");
    if (pg.isEmpty()) {
        m_skip
            = QStringLiteral("VOICEPAY_TEST_PG_URL is not set (bash scripts/postgres.sh start DIR sets it)");
        return;
    }
    QString error;
    const auto admin = StoreUrl::parse(pg, &error);
    if (!admin) {
        m_skip = error;
        return;
    }
    m_adminConnection = QStringLiteral("test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_adminConnection);
    db.setHostName(admin->host);
    db.setPort(admin->port);
    db.setUserName(admin->user);
    db.setPassword(admin->password);
    db.setDatabaseName(admin->database);
    if (!db.open()) {
        m_skip = QStringLiteral("cannot reach %1: %2").arg(admin->displayString(), db.lastError().text());
        return;
    }
    m_url = *admin;
    m_url.database = QStringLiteral("voicepay_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE DATABASE ") + m_url.database)) {
        m_skip = q.lastError().text();
        return;
    }
    m_ready = true;
}

StoreTestDb::~StoreTestDb()
{
    if (m_adminConnection.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_adminConnection, false);
        if (m_ready && db.isOpen()) {
            QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_url.database));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_adminConnection);
}

QString StoreTestDb::urlString() const
{
    if (m_url.backend == StoreUrl::Backend::Sqlite) {
        return QStringLiteral("sqlite:") + m_url.path;
    }
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(m_url.user, m_url.host)
        .arg(m_url.port)
        .arg(m_url.database);
}

} // namespace voicepay::test

namespace voicepay::test {

QList<ScenarioRun> runGeneratedCalls(
    KpiStore* store, int count, quint64 seed, qint64 fromMs, qint64 spanMs, const FlowConfig& config)
{
    const LoadGenerator generator(seed, LoadMix::standard(), fromMs, spanMs);
    std::unique_ptr<StoreRecorder> recorder;
    if (store) {
        recorder = std::make_unique<StoreRecorder>(*store, StoreRecorder::Clock::Epoch);
    }
    QList<ScenarioRun> runs;
    for (int i = 0; i < count; ++i) {
        const GeneratedCall call = generator.call(i);
        RunOptions options;
        options.config = config;
        options.startMs = call.startMs;
        options.sessionId = call.sessionId;
        if (recorder) {
            options.observers << recorder.get();
        }
        runs << ScenarioRunner::run(call.scenario, options);
    }
    return runs;
}

QStringList cardNumbersKeyed(quint64 seed, int count, qint64 fromMs, qint64 spanMs)
{
    const LoadGenerator generator(seed, LoadMix::standard(), fromMs, spanMs);
    static const QRegularExpression longRun(QStringLiteral("\\d{13,}"));
    QStringList numbers;
    for (int i = 0; i < count; ++i) {
        for (const ScenarioInput& input : generator.call(i).scenario.inputs) {
            const auto match = longRun.match(input.text);
            if (match.hasMatch() && !numbers.contains(match.captured())) {
                numbers << match.captured();
            }
        }
    }
    return numbers;
}

} // namespace voicepay::test
