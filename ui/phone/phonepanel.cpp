#include "phone/phonepanel.h"

#include "phone/phonecallsfeed.h"
#include "phone/phonecallsmodel.h"
#include "phone/phoneguide.h"
#include "widgets/flowlayout.h"
#include "widgets/theme.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace voicepay::ui {

namespace {
constexpr quint16 kDefaultPort = 5060;
}

PhonePanel::PhonePanel(const StoreUrl& storeUrl, QWidget* parent)
    : QWidget(parent)
    , m_line(new PhoneLine(this))
    , m_feed(new PhoneCallsFeed(storeUrl, this))
    , m_model(new PhoneCallsModel(this))
{
    m_line->setStoreUrl(storeUrl);
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Phone line"), this);
    heading->setObjectName(QStringLiteral("heading"));
    auto* intro = new QLabel(tr("Answers SIP calls on this computer with the payment flow of the current "
                                "configuration; every call is stored in this console's KPI store."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(buildControls());

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildCalls());
    m_guide = new QTextBrowser(splitter);
    m_guide->setObjectName(QStringLiteral("phoneGuide"));
    m_guide->setOpenLinks(false);
    m_guide->setMinimumWidth(260);
    splitter->addWidget(m_guide);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_line, &PhoneLine::stateChanged, this, &PhonePanel::showState);
    connect(m_line, &PhoneLine::message, this, [this](const QString& text) {
        m_message->setText(text);
        Q_EMIT status(text);
    });
    connect(m_feed, &PhoneCallsFeed::calls, this, [this](const QList<LiveStart>& calls, qint64 readAtMs) {
        m_model->setCalls(calls, readAtMs);
        showCalls();
    });
    connect(m_feed, &PhoneCallsFeed::failed, this, [this](const QString& why) {
        m_callsTitle->setText(tr("Calls in progress: the KPI store cannot be read (%1)").arg(why));
    });
    showState(PhoneLine::State::Stopped);
    showCalls();
}

PhonePanel::~PhonePanel()
{
    m_feed->stop();
}

QWidget* PhonePanel::buildControls()
{
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    auto* row = new QWidget(box);
    auto* flow = new FlowLayout(row);
    flow->setContentsMargins(0, 0, 0, 0);
    m_address = new QComboBox(row);
    m_address->setObjectName(QStringLiteral("phoneAddress"));
    m_address->addItem(tr("127.0.0.1 (this computer)"), QStringLiteral("127.0.0.1"));
    m_address->addItem(tr("::1 (this computer, IPv6)"), QStringLiteral("::1"));
    m_port = new QSpinBox(row);
    m_port->setObjectName(QStringLiteral("phonePort"));
    m_port->setRange(1024, 65535);
    m_port->setValue(kDefaultPort);
    m_transport = new QComboBox(row);
    m_transport->addItem(tr("UDP"), QStringLiteral("udp"));
    m_transport->addItem(tr("UDP and TCP"), QStringLiteral("udp,tcp"));
    m_start = new QPushButton(tr("Start"), row);
    m_start->setObjectName(QStringLiteral("phoneStart"));
    m_stop = new QPushButton(tr("Stop"), row);
    m_stop->setObjectName(QStringLiteral("phoneStop"));
    auto* addressLabel = new QLabel(tr("Address"), row);
    addressLabel->setBuddy(m_address);
    auto* portLabel = new QLabel(tr("Port"), row);
    portLabel->setBuddy(m_port);
    auto* transportLabel = new QLabel(tr("Transport"), row);
    transportLabel->setBuddy(m_transport);
    for (QWidget* w : std::initializer_list<QWidget*> {
             addressLabel, m_address, portLabel, m_port, transportLabel, m_transport, m_start, m_stop }) {
        flow->addWidget(w);
    }
    connect(m_start, &QPushButton::clicked, this, &PhonePanel::startLine);
    connect(m_stop, &QPushButton::clicked, this, &PhonePanel::stopLine);
    auto refreshGuide = [this] {
        m_guide->setHtml(PhoneGuide::html(m_address->currentData().toString(), quint16(m_port->value())));
    };
    connect(m_address, &QComboBox::currentIndexChanged, this, refreshGuide);
    connect(m_port, &QSpinBox::valueChanged, this, refreshGuide);
    QMetaObject::invokeMethod(this, refreshGuide, Qt::QueuedConnection);

    auto* stateRow = new QHBoxLayout();
    m_lamp = new QLabel(box);
    m_lamp->setObjectName(QStringLiteral("phoneLamp"));
    m_state = new QLabel(box);
    m_state->setObjectName(QStringLiteral("phoneState"));
    m_state->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_message = new QLabel(box);
    m_message->setObjectName(QStringLiteral("phoneMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    stateRow->addWidget(m_lamp);
    stateRow->addWidget(m_state);
    stateRow->addWidget(m_message, 1);
    column->addWidget(row);
    column->addLayout(stateRow);
    return box;
}

QWidget* PhonePanel::buildCalls()
{
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    m_callsTitle = new QLabel(box);
    m_callsTitle->setObjectName(QStringLiteral("phoneCallsTitle"));
    m_callsTitle->setWordWrap(true);
    m_table = new QTableView(box);
    m_table->setObjectName(QStringLiteral("phoneCalls"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PhoneCallsModel::Step, QHeaderView::Stretch);
    m_table->setMinimumWidth(320);
    column->addWidget(m_callsTitle);
    column->addWidget(m_table, 1);
    return box;
}

void PhonePanel::setConfig(const FlowConfig& config)
{
    m_line->setConfig(config);
}

bool PhonePanel::startLine()
{
    QString why;
    if (!m_line->start(m_address->currentData().toString(), quint16(m_port->value()),
            m_transport->currentData().toString(), &why)) {
        m_message->setText(why);
        Q_EMIT status(why);
        return false;
    }
    return true;
}

void PhonePanel::stopLine()
{
    m_line->stop();
}

QString PhonePanel::pendingLoss() const
{
    if (!m_line->isActive()) {
        return QString();
    }
    const int calls = int(m_model->calls().size());
    return calls > 0
        ? tr("The phone line has %n call(s) in progress; they would end as hang-ups.", nullptr, calls)
        : tr("The phone line is answering calls; it would stop.");
}

void PhonePanel::showState(PhoneLine::State state)
{
    const bool idle = state == PhoneLine::State::Stopped || state == PhoneLine::State::Failed;
    m_start->setEnabled(idle);
    m_stop->setEnabled(state == PhoneLine::State::Starting || state == PhoneLine::State::Running);
    for (QWidget* w : std::initializer_list<QWidget*> { m_address, m_port, m_transport }) {
        w->setEnabled(idle);
    }
    const QColor colour = state == PhoneLine::State::Running ? Theme::success()
        : state == PhoneLine::State::Failed                  ? Theme::failure()
        : idle                                               ? Theme::muted()
                                                             : Theme::warning();
    m_lamp->setText(
        QStringLiteral("<span style=\"color: %1; font-size: 14pt;\">\u25CF</span>").arg(colour.name()));
    m_state->setText(PhoneLine::stateName(state));
    m_message->setStyleSheet(state == PhoneLine::State::Failed
            ? QStringLiteral("color: %1;").arg(Theme::failure().name())
            : QString());
    if (idle && m_line->statusText().isEmpty()) {
        m_message->setText(tr("Not answering calls. Choose a port and start the line."));
    }
    updateFeed();
    m_feed->readNow();
}

void PhonePanel::showCalls()
{
    const int n = m_model->rowCount();
    m_callsTitle->setText(n == 0 ? tr("No call in progress on the phone line.")
                                 : tr("Calls in progress on the phone line: %n", nullptr, n));
}

// The store is read while someone looks or while the line runs (its calls' steps stay current).
void PhonePanel::updateFeed()
{
    if (isVisible() || m_line->isActive()) {
        m_feed->start();
    } else {
        m_feed->stop();
    }
}

void PhonePanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updateFeed();
}

void PhonePanel::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    updateFeed();
}

} // namespace voicepay::ui
