#include "simulator/simulatorpage.h"

#include "cards/cardmask.h"
#include "simulator/callsession.h"
#include "simulator/callsetupwidget.h"
#include "simulator/conferenceview.h"
#include "simulator/flowdiagramwidget.h"
#include "simulator/keypadwidget.h"
#include "simulator/pushtotalk.h"
#include "simulator/speechpreview.h"
#include "simulator/testcardkit.h"
#include "simulator/transcriptmodel.h"
#include "widgets/clampindicator.h"
#include "widgets/theme.h"
#include "widgets/uilog.h"

#ifdef VOICEPAY_HAVE_AUDIO
#include "simulator/audiopreview.h"
#endif

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace voicepay::ui {

SimulatorPage::SimulatorPage(QWidget* parent)
    : QWidget(parent)
    , m_session(new CallSession(this))
    , m_transcript(new TranscriptModel(this))
    , m_speech(new SpeechPreview(this))
    , m_tick(new QTimer(this))
{
    m_session->setPublishedTestValues(TestCardKit::standard().publishedValues());
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildControls());
    splitter->addWidget(buildCallArea());
    splitter->addWidget(buildAgentArea());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);

    connect(m_session, &CallSession::started, this, &SimulatorPage::onStarted);
    connect(m_session, &CallSession::promptPlayed, this, [this](const Prompt& prompt) {
        m_transcript->add(m_session->elapsedMs(), TranscriptModel::Source::Prompt, prompt.text());
        if (m_speak->isChecked()) {
#ifdef VOICEPAY_HAVE_AUDIO
            // The recorded prompt set when it has every segment; speech synthesis otherwise.
            if (m_audio && m_audio->playPrompt(prompt, nullptr)) {
                return;
            }
#endif
            m_speech->say(prompt.text());
        }
    });
    connect(m_session, &CallSession::callerInput, this, [this](const QString& text) {
        if (text.size() == 1) {
            m_transcript->appendToCaller(m_session->elapsedMs(), text);
        } else {
            m_transcript->add(m_session->elapsedMs(), TranscriptModel::Source::Caller, text);
        }
    });
    connect(m_session, &CallSession::collecting, this, [this](const CollectSpec&) { refreshState(); });
    connect(m_session, &CallSession::entryChanged, this, &SimulatorPage::refreshState);
    connect(m_session, &CallSession::clampChanged, this, [this](bool on) {
        m_conference->clamp()->setClamped(on);
        m_transcript->add(m_session->elapsedMs(), TranscriptModel::Source::Flow,
            on ? tr("DTMF clamp on: the agent no longer hears the caller's keys") : tr("DTMF clamp off"));
    });
    connect(m_session, &CallSession::toneSuppressed, m_conference->clamp(), &ClampIndicator::toneSuppressed);
    connect(m_session, &CallSession::authorizing, this, [this] {
        m_transcript->add(m_session->elapsedMs(), TranscriptModel::Source::Gateway, tr("payment submitted"));
        refreshState();
    });
    connect(m_session, &CallSession::gatewayAnswered, this, [this](const QString& summary) {
        m_transcript->add(m_session->elapsedMs(), TranscriptModel::Source::Gateway, summary);
    });
    connect(m_session, &CallSession::transitionTaken, m_diagram, &FlowDiagramWidget::takeTransition);
    connect(m_session, &CallSession::finished, this, &SimulatorPage::onFinished);
    connect(m_keypad, &KeypadWidget::keyPressed, m_session, &CallSession::pressKey);
#ifdef VOICEPAY_HAVE_AUDIO
    m_audio = new AudioPreview(this);
    connect(m_keypad, &KeypadWidget::keyPressed, this, [this](QChar key) {
        if (m_speak->isChecked()) {
            m_audio->playTone(key);
        }
    });
    m_speak->setEnabled(true);
#endif

    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, this, &SimulatorPage::updateTimeoutBar);
    refreshState();
}

QWidget* SimulatorPage::buildControls()
{
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addWidget(buildCallBox(panel));
    layout->addWidget(buildPhoneBox(panel), 1);
    layout->addWidget(buildKitBox(panel));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(350); // the form (about 330 px in each language) and a vertical scroll bar
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

QWidget* SimulatorPage::buildCallBox(QWidget* parent)
{
    auto* callBox = new QGroupBox(tr("New call"), parent);
    auto* callLayout = new QVBoxLayout(callBox);
    m_setup = new CallSetupWidget(callBox);
    callLayout->addWidget(m_setup);
    m_start = new QPushButton(Theme::icon(QStringLiteral("simulator")), tr("&Start call"), callBox);
    m_start->setObjectName(QStringLiteral("startCall"));
    m_start->setDefault(true);
    callLayout->addWidget(m_start);
    connect(m_start, &QPushButton::clicked, this, [this] {
        m_replay.reset();
        QString why;
        if (!startCall(&why)) {
            QMessageBox::warning(this, tr("The call cannot start"), why);
        }
    });
    return callBox;
}

// The caller's side: keypad, say box, no input and hang-up, and the time-out running.
QWidget* SimulatorPage::buildPhoneBox(QWidget* parent)
{
    auto* phoneBox = new QGroupBox(tr("Caller's phone"), parent);
    auto* phone = new QVBoxLayout(phoneBox);
    m_keypad = new KeypadWidget(phoneBox);
    phone->addWidget(m_keypad, 1);
    auto* sayRow = new QHBoxLayout;
    m_sayEdit = new QLineEdit(phoneBox);
    m_sayEdit->setPlaceholderText(tr("Say something, e.g. \"yes\" or \"twenty dollars\""));
    m_sayEdit->setObjectName(QStringLiteral("sayEdit"));
    auto* sayButton = new QPushButton(tr("Sa&y"), phoneBox);
    sayRow->addWidget(m_sayEdit, 1);
    sayRow->addWidget(sayButton);
    sayRow->addWidget((new PushToTalk(m_session, this))->createButton(phoneBox));
    phone->addLayout(sayRow);
    auto say = [this] {
        m_session->say(m_sayEdit->text());
        // What was said may be a card number or a security code: setText() also drops the undo history,
        // where clear() would keep the text one Ctrl+Z away.
        m_sayEdit->setText(QString());
    };
    connect(sayButton, &QPushButton::clicked, this, say);
    connect(m_sayEdit, &QLineEdit::returnPressed, this, say);
    auto* buttons = new QHBoxLayout;
    m_noInput = new QPushButton(tr("&No input"), phoneBox);
    m_noInput->setToolTip(tr("Let the question time out now"));
    m_hangUp = new QPushButton(tr("&Hang up"), phoneBox);
    m_hangUp->setObjectName(QStringLiteral("hangUp"));
    buttons->addWidget(m_noInput);
    buttons->addWidget(m_hangUp);
    phone->addLayout(buttons);
    connect(m_noInput, &QPushButton::clicked, m_session, &CallSession::noInput);
    connect(m_hangUp, &QPushButton::clicked, m_session, &CallSession::hangUp);
    m_timeoutBar = new QProgressBar(phoneBox);
    m_timeoutBar->setTextVisible(true);
    m_timeoutBar->setMaximumHeight(18);
    m_timeoutBar->setFormat(tr("time-out in %vs"));
    phone->addWidget(m_timeoutBar);
    return phoneBox;
}

QWidget* SimulatorPage::buildKitBox(QWidget* parent)
{
    auto* kitBox = new QGroupBox(tr("Test-card kit"), parent);
    auto* kit = new QVBoxLayout(kitBox);
    m_kitCards = new QComboBox(kitBox);
    m_kitCards->setObjectName(QStringLiteral("kitCards"));
    for (const TestCard& c : TestCardKit::standard().cards()) {
        m_kitCards->addItem(c.label, c.id);
    }
    kit->addWidget(m_kitCards);
    m_kitKey = new QPushButton(tr("&Key it in for this question"), kitBox);
    m_kitKey->setToolTip(
        tr("Keys the card number, expiry, security code or demo PIN the current question asks for"));
    kit->addWidget(m_kitKey);
    connect(
        m_kitKey, &QPushButton::clicked, this, [this] { keyTestCard(m_kitCards->currentData().toString()); });
    return kitBox;
}

QWidget* SimulatorPage::buildCallArea()
{
    auto* area = new QWidget(this);
    auto* layout = new QVBoxLayout(area);
    layout->setContentsMargins(4, 0, 4, 0);
    auto* top = new QHBoxLayout;
    m_step = new QLabel(area);
    m_step->setObjectName(QStringLiteral("heading"));
    m_step->setWordWrap(true); // a long step name in German takes two lines, not the window's width
    m_step->setMinimumWidth(200);
    top->addWidget(m_step, 1);
    m_replayLabel = new QLabel(area);
    top->addWidget(m_replayLabel);
    m_replayNext = new QPushButton(tr("Next &input"), area);
    m_replayAll = new QPushButton(tr("Replay &all"), area);
    m_replayNext->setToolTip(tr("Replays the opened scenario one caller input at a time"));
    top->addWidget(m_replayNext);
    top->addWidget(m_replayAll);
    connect(m_replayNext, &QPushButton::clicked, this, &SimulatorPage::replayNext);
    connect(m_replayAll, &QPushButton::clicked, this, &SimulatorPage::replayAll);
    m_speak = new QCheckBox(tr("Speak &prompts"), area);
    m_speak->setToolTip(m_speech->available() ? tr("Speaks each prompt with %1").arg(m_speech->engineName())
                                              : tr("No speech engine is installed: prompts are shown only"));
    m_speak->setEnabled(m_speech->available());
    connect(m_speak, &QCheckBox::toggled, this, [this](bool on) { m_speech->setMuted(!on); });
    top->addWidget(m_speak);
    layout->addLayout(top);

    m_result = new QLabel(area);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setVisible(false);
    layout->addWidget(m_result);

    auto* split = new QSplitter(Qt::Vertical, area);
    m_transcriptView = new QTableView(split);
    m_transcriptView->setModel(m_transcript);
    m_transcriptView->setObjectName(QStringLiteral("transcript"));
    m_transcriptView->verticalHeader()->hide();
    m_transcriptView->horizontalHeader()->setStretchLastSection(true);
    m_transcriptView->horizontalHeader()->setSectionResizeMode(
        TranscriptModel::TimeColumn, QHeaderView::ResizeToContents);
    m_transcriptView->horizontalHeader()->setSectionResizeMode(
        TranscriptModel::SourceColumn, QHeaderView::ResizeToContents);
    m_transcriptView->setWordWrap(true);
    m_transcriptView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_transcriptView->setShowGrid(false);
    m_transcriptView->setAlternatingRowColors(true);
    m_transcriptView->setToolTip(tr("Double-click a prompt to hear it"));
    connect(m_transcript, &QAbstractItemModel::rowsInserted, m_transcriptView, [this] {
        m_transcriptView->resizeRowsToContents();
        m_transcriptView->scrollToBottom();
    });
    connect(m_transcriptView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        m_speech->setMuted(false);
        m_speech->say(m_transcript->index(index.row(), TranscriptModel::TextColumn).data().toString());
        m_speech->setMuted(!m_speak->isChecked());
    });
    m_diagram = new FlowDiagramWidget(split);
    split->addWidget(m_transcriptView);
    split->addWidget(m_diagram);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    return area;
}

QWidget* SimulatorPage::buildAgentArea()
{
    auto* box = new QGroupBox(tr("Agent's screen (conference)"), this);
    box->setObjectName(QStringLiteral("agentView"));
    auto* layout = new QVBoxLayout(box);
    m_conference = new ConferenceView(box);
    layout->addWidget(m_conference);
    auto* note = new QLabel(
        tr("The agent sees how many digits were keyed, the brand and the Luhn check; never the digits."),
        box);
    note->setWordWrap(true);
    note->setObjectName(QStringLiteral("tileTitle"));
    layout->addWidget(note);
    box->setMinimumWidth(280);
    m_agentBox = box;
    return box;
}

void SimulatorPage::setConfig(const FlowConfig& config)
{
    m_baseConfig = config;
    m_setup->setConfig(config);
    if (!m_session->isActive()) {
        m_session->setConfig(config);
    }
}

void SimulatorPage::setGateway(PaymentGateway* gateway)
{
    m_session->setGateway(gateway);
}

void SimulatorPage::setServiceUnavailable(const QString& reason)
{
    m_session->setServiceUnavailable(reason);
}

bool SimulatorPage::startCall(QString* error)
{
    FlowConfig config = m_baseConfig;
    CallContext context = m_setup->context();
    QDate date = QDate::currentDate();
    if (m_replay) {
        context = m_replay->call;
        if (m_replay->date.isValid()) {
            date = m_replay->date;
        }
        QString why;
        if (!ConfigReader::apply(m_replay->configOverrides, config, &why)) {
            if (error) {
                *error = tr("The scenario's configuration is refused: %1").arg(why);
            }
            return false;
        }
    } else if (const QStringList problems = m_setup->errors(); !problems.isEmpty()) {
        if (error) {
            *error = problems.join(QLatin1Char('\n'));
        }
        return false;
    }
    if (m_session->isActive()) {
        m_session->hangUp();
    }
    m_session->setConfig(config);
    m_session->setTimeoutsEnabled(!m_replay);
    return m_session->start(context, date, error);
}

void SimulatorPage::onStarted()
{
    m_transcript->clear();
    m_diagram->reset();
    m_conference->reset();
    m_result->setVisible(false);
    m_transcript->add(0, TranscriptModel::Source::Flow,
        tr("%1 started (session %2)")
            .arg(m_session->flow()->context().callType == CallType::Conference ? tr("Conference call")
                                                                               : tr("IVR call"),
                m_session->flow()->sessionId()));
    m_agentBox->setEnabled(m_session->flow()->context().callType == CallType::Conference);
    m_tick->start();
    refreshState();
}

void SimulatorPage::onFinished(const FinishedCall& call)
{
    const CallResult& result = call.result;
    m_tick->stop();
    const bool ok = result.outcome == Outcome::Success;
    QStringList parts;
    parts << tr("<b>%1</b> — exit: %2")
                 .arg(FlowDiagramWidget::nodeLabel(outcomeName(result.outcome)),
                     FlowDiagramWidget::exitLabel(callExitName(result.exit)));
    if (!result.amount.isEmpty()) {
        parts << tr("amount %1 %2").arg(result.amount, result.currency);
    }
    if (!result.cardBrand.isEmpty()) {
        const CardBrand* brand = CardBrandTable::standard().find(result.cardBrand);
        parts << tr("card %1").arg(
            maskedCardForDisplay(brand ? brand->displayName : result.cardBrand, result.cardLast4));
    }
    if (!result.transactionId.isEmpty()) {
        parts << tr("transaction %1").arg(result.transactionId);
    }
    parts << tr("attempts %1, declines %2").arg(result.attempts).arg(result.declines);
    if (!result.reason.isEmpty()) {
        parts << tr("reason: %1").arg(result.reason);
    }
    if (result.hasTransferContext) {
        parts << tr("transfer context: step %1, %2").arg(result.transfer.step, result.transfer.maskedCard);
    }
    const QColor c = ok ? Theme::success() : Theme::failure();
    m_result->setText(parts.join(QStringLiteral(" · ")));
    m_result->setStyleSheet(QStringLiteral(
        "QLabel { border: 1px solid %1; border-left: 6px solid %1; border-radius: 4px; padding: 6px; }")
                                .arg(c.name()));
    m_result->setVisible(true);
    m_transcript->add(m_session->elapsedMs(), TranscriptModel::Source::Flow,
        tr("call ended: %1").arg(FlowDiagramWidget::nodeLabel(outcomeName(result.outcome))));
    m_diagram->setCurrent(outcomeName(result.outcome));
    refreshState();
}

void SimulatorPage::refreshState()
{
    const PaymentFlow* flow = m_session->flow();
    const bool active = m_session->isActive();
    const bool collecting = m_session->isCollecting();
    m_keypad->setEnabled(collecting);
    m_sayEdit->setEnabled(collecting);
    m_noInput->setEnabled(collecting);
    m_hangUp->setEnabled(active);
    m_kitKey->setEnabled(collecting);
    // A new call now would drop the answer of the one being authorised.
    m_start->setEnabled(!(flow && flow->awaitingGateway()));
    const bool replaying = m_replay.has_value();
    m_replayNext->setVisible(replaying);
    m_replayAll->setVisible(replaying);
    m_replayLabel->setVisible(replaying);
    if (replaying) {
        m_replayLabel->setText(tr("Replay: input %1 of %2").arg(m_replayIndex).arg(m_replay->inputs.size()));
        m_replayNext->setEnabled(collecting && m_replayIndex < m_replay->inputs.size());
        m_replayAll->setEnabled(m_replayNext->isEnabled());
    }
    if (!flow) {
        m_step->setText(tr("No call yet: set up a call and press Start"));
        return;
    }
    if (flow->isFinished()) {
        m_step->setText(tr("Call ended"));
    } else if (flow->awaitingGateway()) {
        m_step->setText(tr("Authorizing the payment…"));
    } else if (const auto step = flow->currentStep()) {
        const CollectSpec& spec = flow->currentCollect();
        m_step->setText(tr("Asking: %1 (attempt %2)")
                            .arg(FlowDiagramWidget::nodeLabel(stepName(*step)))
                            .arg(spec.attempt));
    }
    // Only a conference call has an agent on the line; an IVR call leaves the agent's screen empty.
    if (flow->context().callType == CallType::Conference) {
        m_conference->refresh(*flow);
    } else {
        m_conference->reset();
    }
    updateTimeoutBar();
}

void SimulatorPage::updateTimeoutBar()
{
    const int remaining = m_session->remainingTimeoutMs();
    if (remaining < 0) {
        m_timeoutBar->setRange(0, 1);
        m_timeoutBar->setValue(0);
        m_timeoutBar->setFormat(
            m_session->isCollecting() ? tr("waiting (no time-out while replaying)") : tr("no question"));
        return;
    }
    const int total = qMax(1, m_session->currentTimeoutMs() / 1000);
    m_timeoutBar->setRange(0, total);
    m_timeoutBar->setValue(qBound(0, (remaining + 999) / 1000, total));
    m_timeoutBar->setFormat(tr("time-out in %vs"));
}

QString SimulatorPage::resultText() const
{
    return m_result->isVisible() ? m_result->text() : QString();
}

QString SimulatorPage::stepText() const
{
    return m_step->text();
}

bool SimulatorPage::keyTestCard(const QString& cardId)
{
    const TestCard* card = TestCardKit::standard().find(cardId);
    const PaymentFlow* flow = m_session->flow();
    if (!card || !m_session->isCollecting() || !flow->currentStep()) {
        return false;
    }
    const QString keys
        = TestCardKit::standard().keysFor(*card, *flow->currentStep(), flow->context().accountId);
    if (keys.isEmpty()) {
        emit status(tr("The kit has nothing to key for this question."));
        return false;
    }
    const Step step = *flow->currentStep();
    for (QChar k : keys) {
        if (!m_session->isCollecting() || m_session->flow()->currentStep() != step) {
            break;
        }
        m_session->pressKey(k);
    }
    return true;
}

} // namespace voicepay::ui
