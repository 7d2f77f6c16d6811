// The calling process of the chaos test (tst_chaos): generated calls through the engine, the payment journal
// and the real HTTP client against a sandbox server, recorded in a store; the test kills it at random moments
// while it authorises. It reconciles the journal when it starts, as every command that opens a store does.
//
//   chaos_caller --db URL --url GATEWAY --login LOGIN --seed N --calls N [--final]
// The transaction key comes on the first line of standard input. Prints "A" when a charge is submitted,
// "R" when a call ended, "reconciled N open M" after each reconciliation.
#include "gateway/anet/anetgateway.h"
#include "journal/journalinggateway.h"
#include "journal/journalreconciler.h"
#include "journal/paymentjournal.h"
#include "sim/loadgenerator.h"
#include "sim/scenariorunner.h"
#include "store/kpistore.h"
#include "store/storerecorder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QThread>
#include <cstdio>
#include <iostream>
#include <string>

using namespace voicepay;

namespace {

// Announces each charge on standard output before it goes on, so the test can kill the process mid-charge.
class AnnouncingGateway : public PaymentGateway
{
public:
    explicit AnnouncingGateway(PaymentGateway& inner)
        : m_inner(inner)
    {
    }
    QString name() const override { return m_inner.name(); }
    void submit(const PaymentRequest& request, Completion done) override
    {
        std::fputs("A\n", stdout);
        std::fflush(stdout);
        m_inner.submit(request, std::move(done));
    }
    void cancel(const QString& invoice) override { m_inner.cancel(invoice); }

private:
    PaymentGateway& m_inner;
};

QString option(const QStringList& args, const QString& name)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

ReconcileReport reconcile(PaymentJournal& journal, PaymentGateway& gateway, const FlowConfig& config)
{
    ReconcileOptions o;
    o.merchantLogin = config.gateway.merchantLogin;
    o.notFoundAfterMs
        = qint64(config.gateway.duplicateWindowSeconds) * 1000 + 2LL * config.gateway.exchangeBudgetMs();
    o.quietMs = 0; // one calling process at a time: every open row is a dead process's
    const ReconcileReport r = reconcileJournal(journal, gateway, o);
    std::printf("reconciled %d open %d\n", int(r.changes.size()), r.stillOpen);
    std::fflush(stdout);
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("voicepay.*=false\nqt.*=false"));
    const QStringList args = app.arguments();
    std::string key;
    std::getline(std::cin, key);
    QString error;
    const auto url = StoreUrl::parse(option(args, QStringLiteral("--db")), &error);
    if (!url || key.empty()) {
        std::fprintf(stderr, "chaos_caller: --db and a key are required %s\n", qPrintable(error));
        return 2;
    }
    FlowConfig config;
    config.gateway.mode = QStringLiteral("server");
    config.gateway.url = option(args, QStringLiteral("--url"));
    config.gateway.merchantLogin = option(args, QStringLiteral("--login"));
    config.gateway.connectTimeoutMs = 1000;
    config.gateway.transferTimeoutMs = 500;
    config.gateway.duplicateWindowSeconds = 4;
    config.site = QStringLiteral("chaos");

    auto anet = std::make_unique<AnetGateway>(
        config.gateway, MerchantCredentials { config.gateway.merchantLogin, QString::fromStdString(key) });
    auto journal = std::make_shared<PaymentJournal>(*url);
    if (!journal->open(&error)) {
        std::fprintf(stderr, "chaos_caller: %s\n", qPrintable(error));
        return 2;
    }
    JournalContext context { config.gateway.merchantLogin, config.site, QStringLiteral("ivr"),
        config.version(), {} };
    JournalingGateway journalled(std::move(anet), journal, context);
    reconcile(*journal, journalled, config);

    if (args.contains(QStringLiteral("--final"))) {
        // Until every open row is settled: those not found must first age past the duplicate window.
        for (int round = 0; round < 120; ++round) {
            if (reconcile(*journal, journalled, config).stillOpen == 0) {
                return 0;
            }
            QThread::msleep(500);
        }
        return 1;
    }

    KpiStore store;
    if (!store.open(*url, &error)) {
        std::fprintf(stderr, "chaos_caller: %s\n", qPrintable(error));
        return 2;
    }
    store.setBatchLimits(50, 50);
    StoreRecorder recorder(store, StoreRecorder::Clock::Epoch);
    AnnouncingGateway announcing(journalled);
    const int calls = option(args, QStringLiteral("--calls")).toInt();
    const LoadGenerator generator(option(args, QStringLiteral("--seed")).toULongLong(), LoadMix::standard(),
        QDateTime::currentMSecsSinceEpoch(), 1000);
    for (int i = 0; i < calls; ++i) {
        const GeneratedCall call = generator.call(i);
        RunOptions options;
        options.config = config;
        options.gateway = &announcing;
        options.sessionId = call.sessionId;
        options.startMs = call.startMs;
        options.observers << &recorder;
        ScenarioRunner::run(call.scenario, options);
        std::fputs("R\n", stdout);
        std::fflush(stdout);
    }
    if (!store.flush(&error)) {
        std::fprintf(stderr, "chaos_caller: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
