#pragma once

#include "cards/carddetector.h"
#include "config/flowconfig.h"
#include "directory/customerdirectory.h"
#include "flow/callcontext.h"
#include "flow/callresult.h"
#include "flow/flowaction.h"
#include "flow/flowevent.h"
#include "flow/flowgraph.h"
#include "gateway/gatewayresult.h"
#include "gateway/paymentrequest.h"
#include "prompts/languageprompts.h"
#include "prompts/promptcatalog.h"
#include "secure/sensitivedigits.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <optional>

namespace voicepay {

// A prompt the flow plays on many calls, by an id it knows: its place in the catalogue is found once
// (LanguagePrompts::indexOf), and each call finds its variant with no look-up.
struct KnownPrompt
{
    explicit KnownPrompt(QString promptId)
        : id(std::move(promptId))
        , index(LanguagePrompts::indexOf(id))
    {
    }
    QString id;
    qsizetype index;
};

// The payment flow of one call: a deterministic state machine. Inputs (keys, utterances, time-outs, hang-up,
// gateway replies) go in with the current time; actions (prompts, collection requests, a payment to submit,
// DTMF clamping, the end of the call) come out. It never reads a clock, never sleeps and does no I/O.
class PaymentFlow
{
public:
    PaymentFlow(FlowConfig config, CallContext context, QDate callDate, QString sessionId,
        const CustomerDirectory& directory = CustomerDirectory::seeded(),
        const CardBrandTable& brands = CardBrandTable::standard());
    ~PaymentFlow();
    PaymentFlow(const PaymentFlow&) = delete;
    PaymentFlow& operator=(const PaymentFlow&) = delete;

    // The digest of the configuration, when the caller already has it (it is computed at the end otherwise).
    void setConfigVersion(const QString& version);

    // Runs the flow on another table than FlowGraph::standard() (tests prove that an edge the table lacks is
    // refused: the call ends as a technical error naming the edge). The graph must outlive the flow.
    void setGraph(const FlowGraph& graph)
    {
        m_graph = &graph;
        m_nodeIndex = graph.nodeIndex(m_node);
    }

    // Payments cannot be taken at all (the gateway's credentials are unavailable, say): the call is told so
    // at the start and ends as a technical error with this reason, before any card data is asked for.
    void setServiceUnavailable(const QString& reason);

    FlowActions start(qint64 nowMs);
    FlowActions pressKey(QChar key, qint64 nowMs); // '0'-'9', '*', '#'
    FlowActions say(const QString& utterance, qint64 nowMs);
    FlowActions timeout(qint64 nowMs); // no input, or the inter-digit time-out once keys came
    FlowActions hangUp(qint64 nowMs);
    FlowActions gatewayReplied(const GatewayResult& reply, qint64 nowMs);

    bool isStarted() const { return m_phase != Phase::NotStarted; }
    bool isFinished() const { return m_phase == Phase::Finished; }
    bool awaitingGateway() const { return m_phase == Phase::Authorizing; }
    std::optional<Step> currentStep() const;
    const CollectSpec& currentCollect() const { return m_collect; }
    bool dtmfClamped() const { return m_clamped; }
    const CallContext& context() const { return m_context; }
    // The language the prompts are spoken in: the call's, else the configuration's (empty when unknown).
    const QString& language() const { return m_language; }
    const FlowConfig& config() const { return m_config; }
    QString sessionId() const { return m_sessionId; }

    // What the agent's screen may show about the entry in progress: never the digits themselves.
    int keyedCount() const // asked on every key
    {
        return isSensitive(m_step) ? m_secureKeys.size() : static_cast<int>(m_plainKeys.size());
    }
    BrandDetection liveBrand() const; // on the card number being keyed (or the one collected)
    bool liveLuhnValid() const;

    // The charge to submit after a SubmitPayment action; valid until the next input.
    const PaymentRequest& paymentRequest() const { return m_request; }

    const CallResult& result() const { return m_result; }
    const QList<FlowEvent>& events() const { return m_events; }
    // (from, to) node pairs in the order the flow took them (see FlowGraph).
    const QList<QPair<QString, QString>>& transitions() const { return m_transitions; }

    // Correction menu keys offered now: 1 amount, 2 card number, 3 expiry, 4 security code.
    QList<int> correctionKeys() const;

private:
    enum class Phase { NotStarted, Collecting, Authorizing, Finished };
    enum class Failure { NoInput, NoMatch, Check };

    // Moving through the graph: handlers answer with an edge name; follow() looks it up in the table and
    // enters its target (a step, the gateway or an outcome), or refuses an edge the table lacks.
    FlowActions& freshActions(); // the list an input answers with, emptied
    void follow(const QString& edge, FlowActions& out);
    void refuse(const QString& edge, FlowActions& out);

    // Collection
    void enterStep(Step step, FlowActions& out, bool retry = false);
    void setCollectSpec(Step step);
    void collect(FlowActions& out);
    void completeEntry(FlowActions& out);
    QString handleEntry(const QString& keys, FlowActions& out);
    QString fail(Failure kind, const QString& detail, const QString& promptId, const PromptValues& values,
        FlowActions& out);
    QString authFailure(const QString& detail, const QString& promptId, FlowActions& out);
    void ask(Step step, int attempt, FlowActions& out); // the step's question (attempt 2 on: its retry)
    void clearEntry();
    void appendKeys(const QString& keys);

    // Step handlers take the completed entry and answer with the edge to follow.
    QString onAccountNumber(const QString& keys, FlowActions& out);
    QString onPin(FlowActions& out);
    QString onAmountChoice(const QString& keys, FlowActions& out);
    QString onAmountEntry(const QString& keys, FlowActions& out);
    QString onCardNumber(FlowActions& out);
    QString onExpiry(const QString& keys, FlowActions& out);
    QString onSecurityCode(FlowActions& out);
    QString onConfirm(const QString& keys, FlowActions& out);
    QString onCorrectionChoice(const QString& keys, FlowActions& out);

    QString afterIdentification(FlowActions& out);
    QString continueAfterAmount(FlowActions& out);
    void keepWhatTheNewBrandUses(const CardBrand* previous, int previousCodeLength);
    QString askNextMissing();
    QString declined(const GatewayResult& reply, FlowActions& out);
    void submit(FlowActions& out);
    void finish(Outcome outcome, const QString& reachedStep, FlowActions& out);
    void announce(Outcome outcome, FlowActions& out);
    void wipeCardData();
    void clamp(bool on, FlowActions& out);

    void play(const QString& promptId, const PromptValues& values, FlowActions& out);
    void play(const QString& promptId, FlowActions& out); // with values(), when the prompt needs any
    void play(const LanguagePrompts::Variant* variant, const QString& promptId, FlowActions& out);
    void play(const KnownPrompt& prompt, FlowActions& out);
    void play(Prompt prompt, FlowActions& out);
    void playUnknown(const QString& promptId, FlowActions& out);
    void event(FlowEvent::Kind kind, const QString& step, const QString& detail);
    // What the prompt's placeholders need (the menu and the last four digits only for those that say them).
    PromptValues values(const LanguagePrompts::Variant* variant = nullptr) const;
    bool needsExpiry() const;
    bool needsSecurityCode() const;
    int securityCodeLength() const;
    bool voiceAllowed() const;
    bool dtmfAllowed() const;
    CallExit exitFor(Outcome outcome) const;

    FlowConfig m_config;
    CallContext m_context;
    QDate m_callDate;
    QString m_sessionId;
    const CustomerDirectory& m_directory;
    CardDetector m_detector;
    const Currency& m_currency; // the currency table's entry
    // The configuration's limits, read once: the flow asks for them at every step.
    std::optional<Money> m_minimum;
    std::optional<Money> m_maximum;
    QString m_language; // the prompts' language: the call's, else the configuration's; empty when unknown
    QString m_languageError;
    const LanguagePrompts* m_prompts; // the catalogue compiled for m_language: a prompt is one look-up by id

    Phase m_phase = Phase::NotStarted;
    Step m_step = Step::AccountNumber;
    CollectSpec m_collect;
    const FlowGraph* m_graph = &FlowGraph::standard();
    QString m_node = QStringLiteral("start");
    qsizetype m_nodeIndex = m_graph->nodeIndex(m_node); // m_node in m_graph; -1 when the table lacks it
    QString m_exitReason; // why the call ends, set before following an edge to an outcome
    qint64 m_startMs = 0;
    qint64 m_nowMs = 0;
    bool m_clamped = false;
    bool m_hungUpWhileAuthorizing = false;
    QString m_unavailableReason;

    // The entry in progress: plain keys for menus and amounts, sensitive keys for PIN, card and code.
    QString m_plainKeys;
    QString m_completedKeys; // the plain keys of the entry the handlers are reading
    SensitiveDigits m_secureKeys;
    bool m_entryInvalid = false; // a key that cannot belong to this entry was pressed
    // A card number ended by its length was just refused: a '#' keyed next is the caller finishing the
    // refused number out of habit, not an empty answer to the new question.
    bool m_hashFinishesRefusedCard = false;
    bool m_cardLengthSettled = false; // the number keyed so far has one brand, so its longest length is known
    int m_failures = 0; // no input, no match and failed checks in this visit of the step
    int m_voiceNoMatches = 0; // utterances this visit of the step could not read
    int m_authFailures = 0;

    // What has been collected
    QString m_accountId;
    std::optional<Money> m_due;
    std::optional<Money> m_amount;
    bool m_amountFromCaller = false;
    SensitiveDigits m_card;
    const CardBrand* m_brand = nullptr;
    int m_expiryMonth = 0;
    int m_expiryYear = 0;
    bool m_haveExpiry = false;
    SensitiveDigits m_code;
    bool m_haveCode = false;
    bool m_correcting = false;
    bool m_afterDecline = false;
    int m_attempts = 0;
    int m_declines = 0;
    QStringList m_declineCodes;

    PaymentRequest m_request;
    CallResult m_result;
    QStringList m_pendingPrompts;
    FlowActions m_actions; // what the current input answers with (a copy of it is returned)
    QList<FlowEvent> m_events;
    QList<QPair<QString, QString>> m_transitions;
};

} // namespace voicepay
