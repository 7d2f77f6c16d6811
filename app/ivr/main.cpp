// voicepay-ivr: the payment flow on a SIP line. Answers calls on the address given, runs each through the
// core's CallDriver, records every session in the KPI store and ends calls in progress as hang-ups on SIGINT
// or SIGTERM.
#include "audio/promptset.h"
#include "config/configreader.h"
#include "ivrgateway.h"
#include "pocketsphinxrecognizer.h"
#include "sipendpoint.h"
#include "sipglue.h"
#include "speech/recognitionworker.h"
#include "store/kpistore.h"
#include "store/storerecorder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <csignal>
#include <cstdio>
#include <map>
#include <memory>

using namespace voicepay;

namespace {

const char* const kUsage
    = "usage: voicepay-ivr --listen ADDRESS:PORT [--transport udp,tcp] [--config CONFIG.json] [--db URL]\n"
      "                    [--prompts DIR] [--rtp-ports 20000-20999] [--max-calls N]\n"
      "                    [--rtp-timeout SECONDS] [--transfer-to SIP-URI]\n";

struct Options
{
    sip::EndpointOptions endpoint;
    QString config;
    QString db;
    QString prompts;
};

bool parse(const QStringList& args, Options& o, QString* error)
{
    bool listened = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& flag = args.at(i);
        if (i + 1 >= args.size()) {
            *error = flag + QStringLiteral(" needs a value");
            return false;
        }
        const QString value = args.at(++i);
        QString why;
        bool ok = true;
        if (flag == u"--listen") {
            ok = o.endpoint.setListen(value, &why);
            listened = true;
        } else if (flag == u"--transport") {
            ok = o.endpoint.setTransports(value, &why);
        } else if (flag == u"--rtp-ports") {
            ok = o.endpoint.setRtpPorts(value, &why);
        } else if (flag == u"--transfer-to") {
            ok = o.endpoint.setTransferTarget(value, &why);
        } else if (flag == u"--rtp-timeout") {
            ok = o.endpoint.setRtpTimeout(value, &why);
        } else if (flag == u"--max-calls") {
            ok = o.endpoint.setMaxCalls(value, &why);
        } else if (flag == u"--config") {
            o.config = value;
        } else if (flag == u"--db") {
            o.db = value;
        } else if (flag == u"--prompts") {
            ok = QFileInfo::exists(PromptSet::manifestPath(value));
            why = QStringLiteral("%1: no manifest.json").arg(value);
            o.prompts = value;
        } else {
            *error = QStringLiteral("unknown option %1").arg(flag);
            return false;
        }
        if (!ok) {
            *error = flag + QStringLiteral(": ") + why;
            return false;
        }
    }
    if (!listened) {
        *error = QStringLiteral("--listen ADDRESS:PORT is required");
        return false;
    }
    return true;
}

// Each call's language has its set: the one given with --prompts for its language, else the language's
// default.
class PromptSets
{
public:
    explicit PromptSets(const QString& dir)
    {
        if (!dir.isEmpty()) {
            auto set = PromptSet::open(dir);
            m_given = set ? std::make_unique<PromptSet>(std::move(*set)) : nullptr;
        }
    }
    const PromptSet* operator()(const QString& language)
    {
        if (m_given && (m_given->language() == language || m_given->language().isEmpty())) {
            return m_given.get();
        }
        auto it = m_byLanguage.find(language);
        if (it == m_byLanguage.end()) {
            auto set = PromptSet::open(PromptSet::defaultDirectory(language));
            if (!set) {
                std::fprintf(
                    stderr, "voicepay-ivr: no %s prompt set: prompts are silence\n", qPrintable(language));
            }
            it = m_byLanguage.emplace(language, set ? std::make_unique<PromptSet>(std::move(*set)) : nullptr)
                     .first;
        }
        return it->second.get();
    }

private:
    std::unique_ptr<PromptSet> m_given;
    std::map<QString, std::unique_ptr<PromptSet>> m_byLanguage;
};

// libre calls the signal handler from the signal itself: it only notes the request, and a timer on the loop
// ends the calls and the loop.
volatile std::sig_atomic_t g_stopRequested = 0;

void onSignal(int)
{
    g_stopRequested = 1;
}

struct StopWatch
{
    sip::SipEndpoint* endpoint = nullptr;
    struct tmr timer;
};

void checkStop(void* arg)
{
    auto* w = static_cast<StopWatch*>(arg);
    if (g_stopRequested) {
        w->endpoint->stop();
        re_cancel();
        return;
    }
    tmr_start(&w->timer, 20, checkStop, w);
}

int fail(const QString& message)
{
    std::fprintf(stderr, "voicepay-ivr: %s\n", qPrintable(message));
    return 2;
}
// The SIP stack's loop until SIGINT or SIGTERM; 0, or 2 when the endpoint could not start.
int runEndpoint(const Options& o, sip::IvrCallEnv env)
{
    if (libre_init() != 0) {
        return fail(QStringLiteral("cannot start the SIP stack"));
    }
    int status = 0;
    QString error;
    {
        sip::SipEndpoint endpoint(o.endpoint, std::move(env));
        if (!endpoint.start(&error)) {
            status = fail(error);
        } else {
            StopWatch watch { &endpoint, {} };
            tmr_init(&watch.timer);
            tmr_start(&watch.timer, 20, checkStop, &watch);
            std::fprintf(stderr, "voicepay-ivr: listening on %s:%u (%s)\n", qPrintable(o.endpoint.address),
                o.endpoint.port, qPrintable(o.endpoint.transports.join(u',')));
            std::fflush(stderr);
            re_main(onSignal);
            tmr_cancel(&watch.timer);
            const quint64 sent = endpoint.framesSent();
            std::fprintf(stderr, "voicepay-ivr: %d calls answered; %llu prompt frames sent, %llu late\n",
                endpoint.callsAnswered(), static_cast<unsigned long long>(sent),
                static_cast<unsigned long long>(endpoint.framesLate()));
        }
    }
    libre_close();
    return status;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Options o;
    QString error;
    if (app.arguments().contains(QStringLiteral("--help"))) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (!parse(app.arguments(), o, &error)) {
        std::fputs(kUsage, stderr);
        return fail(error);
    }
    sip::IvrCallEnv env;
    if (!o.config.isEmpty()) {
        auto config = ConfigReader::fromFile(o.config, &error);
        if (!config) {
            return fail(error);
        }
        env.config = *config;
    }
    env.configVersion = env.config.version();
    // The configuration's transfer target, unless --transfer-to gave one; libre judges it as the flag's.
    if (o.endpoint.transferTarget.isEmpty() && !env.config.transferTarget.isEmpty()
        && !o.endpoint.setTransferTarget(env.config.transferTarget, &error)) {
        return fail(QStringLiteral("transferTarget: ") + error);
    }
    const auto url = o.db.isEmpty() ? std::optional(StoreUrl::defaultUrl()) : StoreUrl::parse(o.db, &error);
    KpiStore store;
    if (!url || !store.open(*url, &error)) {
        return fail(QStringLiteral("--db: ") + error);
    }
    StoreRecorder recorder(store, StoreRecorder::Clock::Epoch);
    recorder.setChannel(phoneChannel()); // the console's phone line lists these calls with their step
    env.observers << &recorder;
    std::unique_ptr<PaymentGateway> gateway = ivr::buildGateway(env.config, *url, &env.serviceUnavailable);
    env.gateway = gateway.get();
    PromptSets sets(o.prompts);
    env.promptSets = [&sets](const QString& language) { return sets(language); };
    // The calls' recognisers run on a thread of their own, never on the SIP/RTP loop; one is made ahead, with
    // every step's grammar, while the endpoint starts, and the next each time a call takes it. Without the
    // model the calls take keys only, and the log says why.
    RecognitionWorker recognition(
        [](QString* why) -> std::unique_ptr<Recognizer> {
            if (!PocketSphinxSettings::modelAvailable(why)) {
                return nullptr;
            }
            return std::make_unique<PocketSphinxRecognizer>();
        },
        1);
    if (env.config.inputMode != InputMode::Dtmf) {
        QList<SpeechGrammar> grammars;
        for (Step step : allSteps()) {
            grammars << SpeechGrammar::forStep(step, SpeechGrammar::currencyWordsFor(env.config.currency));
        }
        recognition.preload(grammars, 8000);
    }
    env.recognition = &recognition;

    int status = runEndpoint(o, std::move(env));
    if (!store.flush(&error)) {
        fail(QStringLiteral("the KPI store: ") + error);
        status = 1;
    }
    store.close();
    return status;
}
