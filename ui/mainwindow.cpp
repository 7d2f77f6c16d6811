#include "mainwindow.h"

#include "configeditor.h"
#include "configlocation.h"
#include "gatewaychoice.h"
#include "gateway/sandboxgateway.h"
#include "promptexplorer.h"
#include "callsession.h"

#ifdef VOICEPAY_HAVE_STORE
#include "consolestore.h"
#include "historicaldashboard.h"
#include "livedashboard.h"
#include "sessionbrowser.h"
#include "store/livekpifeed.h"
#endif
#include "simulatorpage.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace voicepay::ui {

MainWindow::MainWindow(const FlowConfig& config, const QString& storeUrl, QWidget* parent)
    : QMainWindow(parent)
    , m_flowConfig(config)
    , m_gateway(std::make_unique<SandboxGateway>())
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_storeLabel(new QLabel(this))
    , m_gatewayLabel(new QLabel(this))
{
    setWindowTitle(tr("VoicePay Console"));
    setWindowIcon(Theme::icon(QStringLiteral("voicepay")));
    setStyleSheet(Theme::styleSheet());

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(28, 28));
    m_nav->setFixedWidth(190);
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setAccessibleName(tr("Areas"));
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_simulator = new SimulatorPage(this);
    m_simulator->setGateway(m_gateway.get());
    addArea(Area::Simulator, QStringLiteral("simulator"), tr("Simulator"), m_simulator);
    connect(m_simulator, &SimulatorPage::status, this, &MainWindow::showMessage);

    m_prompts = new PromptExplorer(this);
    addArea(Area::Prompts, QStringLiteral("prompts"), tr("Prompt explorer"), m_prompts);

    setUpStore(storeUrl);

    m_config = new ConfigEditor(ConfigLocation::filePath(), this);
    m_config->revert();
    addArea(Area::Configuration, QStringLiteral("config"), tr("Configuration"), m_config);
    connect(m_config, &ConfigEditor::saved, this, &MainWindow::applyConfig);
    connect(m_config, &ConfigEditor::message, this, &MainWindow::showMessage);
    if (GatewayChoice::keychainAvailable()) {
        m_config->setSecretStore(&GatewayChoice::storeKey, GatewayChoice::keychainDescription());
    }

    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->addPermanentWidget(m_gatewayLabel);
    buildMenus();
    applyConfig(config);
    m_nav->setCurrentRow(0);
    resize(1400, 860);
}

MainWindow::~MainWindow() = default;

void MainWindow::addArea(Area area, const QString& icon, const QString& title, QWidget* page)
{
    auto* item = new QListWidgetItem(Theme::icon(icon), title, m_nav);
    item->setData(Qt::UserRole, int(area));
    item->setSizeHint(QSize(180, 44));
    m_stack->addWidget(page);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open scenario…"), m_simulator, &SimulatorPage::openScenarioInteractive);
    open->setShortcut(QKeySequence::Open);
    QAction* save = file->addAction(tr("&Save call as scenario…"), m_simulator, &SimulatorPage::saveScenarioInteractive);
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_nav->count(); ++row) {
        QAction* a = view->addAction(m_nav->item(row)->icon(), m_nav->item(row)->text(), this,
            [this, row] { m_nav->setCurrentRow(row); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About VoicePay"), this, [this] {
        QMessageBox::about(this, tr("About VoicePay"),
            tr("<h3>VoicePay Console %1</h3><p>Call simulator, supervisor dashboards and configuration editor for "
               "phone card payments.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setUpStore(const QString& storeUrl)
{
#ifdef VOICEPAY_HAVE_STORE
    StoreUrl url = StoreUrl::defaultUrl();
    if (!storeUrl.isEmpty()) {
        QString why;
        auto parsed = StoreUrl::parse(storeUrl, &why);
        if (parsed) {
            url = *parsed;
        } else {
            showMessage(tr("The store URL is refused (%1); using %2.").arg(why, url.displayString()));
        }
    }
    m_store = new ConsoleStore(url, this);
    m_feed = new LiveKpiFeed(this);
    m_live = new LiveDashboard(m_feed, this);
    addArea(Area::Live, QStringLiteral("live"), tr("Live dashboard"), m_live);
    m_history = new HistoricalDashboard(url, this);
    addArea(Area::History, QStringLiteral("history"), tr("History"), m_history);
    m_sessions = new SessionBrowser(url, this);
    addArea(Area::Sessions, QStringLiteral("sessions"), tr("Sessions"), m_sessions);
    m_storeLabel->setText(tr("Store: %1 (opening)").arg(url.displayString()));
    CallSession* session = m_simulator->session();
    connect(session, &CallSession::started, this, [this, session] {
        if (m_store->isOpen()) {
            m_store->callStarted(*session->flow());
        }
    });
    connect(session, &CallSession::finished, this, [this, session] {
        if (m_store->isOpen()) {
            m_store->callEnded(*session->flow(), session->elapsedMs());
        }
    });
    // Opened once the window is up: a cold start paints first.
    QTimer::singleShot(0, this, [this] {
        QString why;
        if (!m_storeTried && !openStore(&why)) {
            showMessage(tr("The KPI store could not be opened: %1").arg(why));
        }
    });
#else
    Q_UNUSED(storeUrl)
    m_storeLabel->setText(tr("Store: none in this build"));
#endif
}

bool MainWindow::openStore(QString* error)
{
#ifdef VOICEPAY_HAVE_STORE
    if (m_storeTried) {
        return m_store->isOpen();
    }
    m_storeTried = true;
    if (!m_store->open(error)) {
        m_storeLabel->setText(tr("Store: %1 (not available)").arg(m_store->displayName()));
        return false;
    }
    // Half a second between reads keeps other processes' sessions on the tiles within a second of their end.
    m_feed->setPollIntervalMs(500);
    m_feed->start(m_store->url(), &m_store->store());
    m_storeLabel->setText(tr("Store: %1").arg(m_store->displayName()));
    return true;
#else
    if (error) {
        *error = tr("this build has no KPI store");
    }
    return false;
#endif
}

void MainWindow::applyConfig(const FlowConfig& config)
{
    const bool gatewayChanged = config.gateway.mode != m_flowConfig.gateway.mode || config.gateway.url != m_flowConfig.gateway.url
        || config.gateway.merchantLogin != m_flowConfig.gateway.merchantLogin || !m_gatewayChosen;
    m_flowConfig = config;
    m_simulator->setConfig(config);
    if (!gatewayChanged) {
        return;
    }
    m_gatewayChosen = true;
    QString note;
    std::unique_ptr<PaymentGateway> gateway = config.gateway.mode == u"sandbox" && m_gateway
        ? nullptr
        : GatewayChoice::make(config, &note);
    if (gateway) {
        if (m_gateway) {
            m_retiredGateways.push_back(std::move(m_gateway));
        }
        m_gateway = std::move(gateway);
        m_simulator->setGateway(m_gateway.get());
    }
    m_gatewayLabel->setText(note.isEmpty() ? tr("Gateway: %1").arg(m_gateway->name()) : tr("Gateway: sandbox (fallback)"));
    m_gatewayLabel->setToolTip(note);
    if (!note.isEmpty()) {
        showMessage(note);
    }
}

void MainWindow::showArea(Area area)
{
    for (int row = 0; row < m_nav->count(); ++row) {
        if (m_nav->item(row)->data(Qt::UserRole).toInt() == int(area)) {
            m_nav->setCurrentRow(row);
            return;
        }
    }
}

MainWindow::Area MainWindow::currentArea() const
{
    const QListWidgetItem* item = m_nav->currentItem();
    return item ? Area(item->data(Qt::UserRole).toInt()) : Area::Simulator;
}

void MainWindow::showMessage(const QString& message)
{
    statusBar()->showMessage(message, 8000);
}

} // namespace voicepay::ui
