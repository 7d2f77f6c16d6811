#include "shell/mainwindow.h"

#include "admin/auditlogpage.h"
#include "admin/changepassworddialog.h"
#include "admin/consoleaccounts.h"
#include "admin/useraccountspage.h"
#include "config/configeditor.h"
#include "config/configlocation.h"
#include "config/gatewaychoice.h"
#include "dashboards/historicaldashboard.h"
#include "dashboards/livedashboard.h"
#include "gateway/sandboxgateway.h"
#include "sessions/sessionbrowser.h"
#include "shell/consolereconciliation.h"
#include "shell/consolestore.h"
#include "simulator/callsession.h"
#include "simulator/flowdiagramwidget.h"
#include "simulator/promptexplorer.h"
#include "simulator/scenariosuitepage.h"
#include "simulator/simulatorpage.h"
#include "store/livekpifeed.h"
#include "widgets/elidedlabel.h"
#include "widgets/theme.h"
#include "widgets/uilog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace voicepay::ui {

namespace {
QString roleTitle(Role role)
{
    switch (role) {
    case Role::Analyst:
        return MainWindow::tr("analyst");
    case Role::Supervisor:
        return MainWindow::tr("supervisor");
    case Role::Admin:
        return MainWindow::tr("admin");
    }
    return QString();
}
} // namespace

MainWindow::MainWindow(const FlowConfig& config, const QString& storeUrl, const ConsoleUser& user,
    ConsoleAccounts* accounts, QWidget* parent)
    : QMainWindow(parent)
    , m_flowConfig(config)
    , m_user(user)
    , m_accounts(accounts)
    , m_gateway(std::make_unique<SandboxGateway>())
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_storeLabel(new ElidedLabel(this))
    , m_gatewayLabel(new ElidedLabel(this))
    , m_userLabel(new ElidedLabel(this))
{
    setWindowTitle(tr("VoicePay Console"));
    setWindowIcon(Theme::icon(QStringLiteral("voicepay")));
    setStyleSheet(Theme::styleSheet());
    m_passwordPrompt = [this](const QString& what) -> std::optional<QString> {
        bool ok = false;
        const QString password = QInputDialog::getText(this, tr("Confirm with your password"),
            tr("%1\n\nPassword of %2:").arg(what, m_user.name), QLineEdit::Password, QString(), &ok);
        return ok ? std::optional<QString>(password) : std::nullopt;
    };

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
    m_stack->setObjectName(QStringLiteral("areas"));
    m_storeLabel->setObjectName(QStringLiteral("storeStatus"));
    m_gatewayLabel->setObjectName(QStringLiteral("gatewayStatus"));
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    if (roleSees(m_user.role, Area::Simulator)) {
        m_simulator = new SimulatorPage(this);
        m_simulator->setGateway(m_gateway.get());
        m_simulator->setServiceUnavailable(m_gatewayWhy);
        addArea(Area::Simulator, QStringLiteral("simulator"), tr("Simulator"), m_simulator);
        connect(m_simulator, &SimulatorPage::status, this, &MainWindow::showMessage);
    }
    if (roleSees(m_user.role, Area::Prompts)) {
        m_prompts = new PromptExplorer(this);
        addArea(Area::Prompts, QStringLiteral("prompts"), tr("Prompt explorer"), m_prompts);
    }

    setUpStore(storeUrl);
    setUpConfiguration();
    setUpAdministration();

    m_userLabel->setObjectName(QStringLiteral("signedIn"));
    m_userLabel->setText(tr("Signed in: %1 (%2)").arg(m_user.name, roleTitle(m_user.role)));
    auto* switchUser = new QPushButton(tr("Switch user"), this);
    switchUser->setFlat(true);
    connect(switchUser, &QPushButton::clicked, this, &MainWindow::requestSwitchUser);
    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->addPermanentWidget(m_gatewayLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    if (m_accounts && m_accounts->isOpen()) {
        statusBar()->addPermanentWidget(ChangePasswordDialog::openerButton(*m_accounts, m_user.name, this));
    }
    statusBar()->addPermanentWidget(switchUser);
    buildMenus();
    applyConfig(config);
    m_nav->setCurrentRow(0);
    resize(1400, 860); // the console's start bounds it to the screen, once its layout has settled
}

QStringList MainWindow::pendingLosses() const
{
    QStringList losses;
    if (m_config && !m_config->isReadOnly() && m_config->isDirty()) {
        losses << tr("The configuration has changes that are not saved.");
    }
    if (m_simulator && m_simulator->session()->isActive()) {
        losses << tr("A simulated call is in progress; it would end.");
    }
    if (const QString phone = phoneLoss(); !phone.isEmpty()) {
        losses << phone;
    }
    return losses;
}

bool MainWindow::mayLeave(const QString& what, const QString& question)
{
    const QStringList losses = pendingLosses();
    if (m_leaving || losses.isEmpty()) {
        return true;
    }
    if (m_lossPrompt) {
        m_leaving = m_lossPrompt(what, losses);
    } else {
        m_leaving = QMessageBox::question(this, what,
                        losses.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + question,
                        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    }
    return m_leaving;
}

void MainWindow::requestSwitchUser()
{
    if (mayLeave(tr("Switch user"), tr("Switch user anyway?"))) {
        Q_EMIT switchUserRequested();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!mayLeave(tr("Quit"), tr("Quit anyway?"))) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::roleSees(Role role, Area area)
{
    switch (area) {
    case Area::Simulator:
    case Area::Prompts:
    case Area::Phone: // the roles that run calls
        return roleAllows(role, Permission::SimulateCalls);
    case Area::Live:
    case Area::History:
        return roleAllows(role, Permission::ViewDashboards);
    case Area::Sessions:
        return true;
    case Area::Configuration:
        // Analysts have no use for the settings: the area is not built for them at all.
        return role != Role::Analyst && roleAllows(role, Permission::ViewConfiguration);
    case Area::Administration:
        return roleAllows(role, Permission::ViewAuditLog) && roleAllows(role, Permission::ManageUsers);
    }
    return false;
}

bool MainWindow::hasArea(Area area) const
{
    for (int row = 0; row < m_nav->count(); ++row) {
        if (m_nav->item(row)->data(Qt::UserRole).toInt() == int(area)) {
            return true;
        }
    }
    return false;
}

void MainWindow::setUpConfiguration()
{
    if (!roleSees(m_user.role, Area::Configuration)) {
        return;
    }
    m_config = new ConfigEditor(ConfigLocation::filePath(), this);
    m_config->revert();
    addArea(Area::Configuration, QStringLiteral("config"), tr("Configuration"), m_config);
    connect(m_config, &ConfigEditor::saved, this, &MainWindow::applyConfig);
    connect(m_config, &ConfigEditor::message, this, &MainWindow::showMessage);
    m_config->setActionGate(
        [this](const QString& action, const QJsonObject& details) { return confirmAdmin(action, details); },
        [this](const QString& action, const QJsonObject& details, const QString& result) {
            return audit(action, details, result);
        });
    if (GatewayChoice::keychainAvailable() && roleAllows(m_user.role, Permission::ManageCredentials)) {
        m_config->setSecretStore(
            [](const QString& login, const QString& key, QString* error) {
                return key.isEmpty() ? GatewayChoice::clearKey(login, error)
                                     : GatewayChoice::storeKey(login, key, error);
            },
            GatewayChoice::keychainDescription());
    }
    if (m_accounts && m_accounts->isOpen()) {
        m_config->setHistory(&m_accounts->configHistory(), m_user.name, &ConsoleAccounts::nowMs);
    }
    m_config->setReadOnly(!roleAllows(m_user.role, Permission::EditConfiguration));
}

void MainWindow::setUpAdministration()
{
    if (!roleSees(m_user.role, Area::Administration) || !m_accounts || !m_accounts->isOpen()) {
        return;
    }
    auto* tabs = new QTabWidget(this);
    m_auditLog = new AuditLogPage(*m_accounts, m_user.name, tabs);
    m_userAccounts = new UserAccountsPage(*m_accounts, m_user.name, tabs);
    tabs->addTab(m_auditLog, tr("Audit log"));
    tabs->addTab(m_userAccounts, tr("User accounts"));
    addArea(Area::Administration, QStringLiteral("admin"), tr("Administration"), tabs);
    connect(m_userAccounts, &UserAccountsPage::message, this, &MainWindow::showMessage);
    m_userAccounts->setConfirm([this](const QString& what) { return confirmByPassword(what); });
    connect(m_userAccounts, &UserAccountsPage::changed, m_auditLog, &AuditLogPage::refresh);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this] {
        if (currentArea() == Area::Administration) {
            m_auditLog->refresh();
            m_userAccounts->refresh();
        }
    });
}

// The signed-in admin types their password again; false (with the reason shown) otherwise.
bool MainWindow::confirmByPassword(const QString& what)
{
    if (!m_accounts || !m_accounts->isOpen() || m_user.role != Role::Admin) {
        showMessage(tr("Only an admin may do this."));
        return false;
    }
    const std::optional<QString> password = m_passwordPrompt ? m_passwordPrompt(what) : std::nullopt;
    if (!password) {
        showMessage(tr("Not confirmed: nothing was changed."));
        return false;
    }
    const AuthResult r = m_accounts->users().authenticate(m_user.name, *password, ConsoleAccounts::nowMs());
    if (r.ok() && r.role == Role::Admin) {
        return true;
    }
    showMessage(r.ok() ? tr("Only an admin may do this.") : r.message);
    return false;
}

bool MainWindow::confirmAdmin(const QString& action, const QJsonObject& details)
{
    // The configuration and its keys belong to the installation: only an admin of its store changes them.
    QString why;
    if (m_accounts && m_accounts->isOpen() && !m_accounts->mayChangeInstallation(&why)) {
        showMessage(why);
        audit(action, details, QStringLiteral("refused"));
        return false;
    }
    const QString what = action == u"config_changed" ? tr("Save the configuration.")
        : action == u"thresholds_changed"            ? tr("Save the wallboard thresholds.")
        : action == u"config_rolled_back"
        ? tr("Roll the configuration back to version %1.")
              .arg(details.value(QStringLiteral("rolledBackTo")).toInteger())
        : action == u"credential_cleared" ? tr("Remove the gateway key from the keychain.")
                                          : tr("Store the gateway key in the keychain.");
    if (confirmByPassword(what)) {
        return true;
    }
    audit(action, details, QStringLiteral("refused"));
    return false;
}

bool MainWindow::audit(const QString& action, const QJsonObject& details, const QString& result)
{
    if (m_accounts && m_accounts->isOpen()) {
        QString why;
        const bool written = m_accounts->audit().append(
            m_user.name, action, details, result, ConsoleAccounts::nowMs(), &why);
        if (!written) {
            showMessage(tr("The audit record could not be written: %1").arg(why));
        }
        if (m_auditLog) {
            m_auditLog->refresh();
        }
        return written;
    }
    qCWarning(lcUi) << "no audit trail for" << action << result;
    return false;
}

MainWindow::~MainWindow() = default;

void MainWindow::addArea(Area area, const QString& icon, const QString& title, QWidget* page)
{
    auto* item = new QListWidgetItem(Theme::icon(icon), title, m_nav);
    item->setData(Qt::UserRole, int(area));
    item->setSizeHint(QSize(180, 44));
    m_stack->addWidget(page);
}

void MainWindow::setUpStore(const QString& storeUrl)
{
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
    setUpPhone(url);
    m_store = new ConsoleStore(url, this);
    m_feed = new LiveKpiFeed(this);
    if (roleSees(m_user.role, Area::Live)) {
        m_live = new LiveDashboard(m_feed, this);
        addArea(Area::Live, QStringLiteral("live"), tr("Live dashboard"), m_live);
        m_history = new HistoricalDashboard(url, this);
        addArea(Area::History, QStringLiteral("history"), tr("History"), m_history);
    }
    m_sessions = new SessionBrowser(url, this);
    addArea(Area::Sessions, QStringLiteral("sessions"), tr("Sessions"), m_sessions);
    // A click on a figure of the dashboards lists the sessions it counts.
    const auto drill = [this](const SessionQuery& query) {
        m_sessions->showMatching(query);
        showArea(Area::Sessions);
    };
    if (m_live) {
        connect(m_live, &LiveDashboard::drillDown, this, drill);
        connect(m_history, &HistoricalDashboard::drillDown, this, drill);
    }
    m_reconciliation = new ConsoleReconciliation(url, this);
    connect(m_reconciliation, &ConsoleReconciliation::message, this, &MainWindow::showMessage);
    connect(m_reconciliation, &ConsoleReconciliation::settled, m_sessions, &SessionBrowser::refresh);
    m_storeLabel->setText(tr("Store: %1 (opening)").arg(url.displayString()));
    // A store that refuses writes (a full disk, a read-only file, another writer's lock) keeps the calls and
    // tries again: the status bar says so, and the store's label until it saves again.
    connect(m_store, &ConsoleStore::problem, this, [this](const QString& message) {
        m_storeLabel->setText(tr("Store: %1 (not saving)").arg(m_store->displayName()));
        m_storeLabel->setToolTip(message);
        showMessage(message);
    });
    connect(m_store, &ConsoleStore::recovered, this, [this] {
        m_storeLabel->setText(tr("Store: %1").arg(m_store->displayName()));
        m_storeLabel->setToolTip(QString());
        showMessage(tr("The KPI store saves calls again."));
    });
    if (m_simulator) {
        CallSession* session = m_simulator->session();
        session->addObserver(m_store); // records each call once the store is open
        connect(session, &CallSession::finished, this, [this](const FinishedCall& call) {
            if (!m_store->isOpen() && m_storeTried) {
                showMessage(tr("The call ended (%1) but is not recorded: the KPI store is not available.")
                                .arg(FlowDiagramWidget::nodeLabel(outcomeName(call.result.outcome))));
            }
        });
    }
    // Opened once the window is up: a cold start paints first.
    QTimer::singleShot(0, this, [this] {
        QString why;
        if (!m_storeTried && !openStore(&why)) {
            showMessage(tr("The KPI store could not be opened: %1").arg(why));
        }
    });
}

bool MainWindow::openStore(QString* error)
{
    if (m_storeTried) {
        return m_store->isOpen();
    }
    m_storeTried = true;
    QString why;
    if (!m_store->open(&why)) {
        m_storeLabel->setText(tr("Store: %1 (not available)").arg(m_store->displayName()));
        m_storeLabel->setToolTip(why);
        if (error) {
            *error = why;
        }
        return false;
    }
    // Half a second between reads keeps other processes' sessions on the tiles within a second of their end.
    m_feed->setPollIntervalMs(500);
    m_feed->start(m_store->url(), &m_store->store());
    m_reconciliation->storeOpened(); // unconfirmed payments settled off the GUI thread
    m_storeLabel->setText(tr("Store: %1").arg(m_store->displayName()));
    return true;
}

void MainWindow::applyConfig(const FlowConfig& config)
{
    const bool gatewayChanged = config.gateway.mode != m_flowConfig.gateway.mode
        || config.gateway.url != m_flowConfig.gateway.url
        || config.gateway.merchantLogin != m_flowConfig.gateway.merchantLogin || !m_gatewayChosen;
    m_flowConfig = config;
    m_reconciliation->setConfig(config);
    if (m_simulator) {
        m_simulator->setConfig(config);
    }
    if (m_suite) {
        m_suite->setConfig(config);
    }
    setPhoneConfig(config);
    if (!gatewayChanged) {
        return;
    }
    m_gatewayChosen = true;
    QString why;
    std::unique_ptr<PaymentGateway> gateway
        = config.gateway.mode == u"sandbox" && m_gateway && m_gatewayWhy.isEmpty()
        ? nullptr
        : GatewayChoice::make(config, m_store->url(), &why);
    if (gateway) {
        if (m_gateway) {
            m_retiredGateways.push_back(std::move(m_gateway));
        }
        m_gateway = std::move(gateway);
        if (m_simulator) {
            m_simulator->setGateway(m_gateway.get());
        }
    }
    // A configured gateway that cannot be reached from here takes no payments: calls end as a technical error
    // before any card data is asked for, and the status bar says why.
    m_gatewayWhy = why;
    if (m_simulator) {
        m_simulator->setServiceUnavailable(why);
    }
    if (why.isEmpty()) {
        m_gatewayLabel->setText(tr("Gateway: %1").arg(m_gateway ? m_gateway->name() : config.gateway.mode));
        m_gatewayLabel->setToolTip(QString());
        return;
    }
    const QString reason = tr("%1 gateway not available: %2").arg(config.gateway.mode, why);
    m_gatewayLabel->setText(tr("Gateway: not available"));
    m_gatewayLabel->setToolTip(reason);
    showMessage(tr("%1; calls end as a technical error before any card data is asked for").arg(reason));
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
