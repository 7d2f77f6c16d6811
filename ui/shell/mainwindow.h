#pragma once

#include "config/flowconfig.h"
#include "shell/consoleuser.h"
#include "store/storeurl.h"

#include <QJsonObject>
#include <QMainWindow>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace voicepay {
class LiveKpiFeed;
class PaymentGateway;
} // namespace voicepay

namespace voicepay::ui {

class AuditLogPage;
class ConfigEditor;
class ConsoleAccounts;
class ConsoleReconciliation;
class ConsoleStore;
class UserAccountsPage;
class HistoricalDashboard;
class LiveDashboard;
class PromptExplorer;
class SessionBrowser;
class ScenarioSuitePage;
class SimulatorPage;
class PhonePanel;

// The console's one window: a navigation list on the left (simulator, prompt explorer, phone line, live and
// historical dashboards, sessions, configuration, administration), the area on the right, the store, the
// gateway and the signed-in user in the status bar. Only the areas the user's role may see are built:
// analyst: simulator, prompt explorer, phone line, sessions; supervisor: dashboards, sessions and the
// configuration read-only; admin: everything, with configuration saves and key changes confirmed by the
// admin's password.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Phone comes last so that the values stay those of the help topics (ConsoleHelp::Topic); its place in
    // the navigation is after the prompt explorer.
    enum class Area { Simulator, Prompts, Live, History, Sessions, Configuration, Administration, Phone };
    // Asks the signed-in user for the password before `what`; nullopt when cancelled.
    using PasswordPrompt = std::function<std::optional<QString>(const QString& what)>;
    // Asks whether to go on although work would be lost (`what`: the action; `losses`: one line each);
    // true: go on.
    using LossPrompt = std::function<bool(const QString& what, const QStringList& losses)>;

    // `storeUrl`: the KPI store to use; empty: the embedded SQLite file in the user's data folder.
    // `user`: who signed in (see ConsoleUser). `accounts`: the store's accounts and audit trail, which must
    // outlive the window; without them nothing administrative can be confirmed or audited, so it is all
    // refused.
    MainWindow(const FlowConfig& config, const QString& storeUrl, const ConsoleUser& user,
        ConsoleAccounts* accounts = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    static bool roleSees(Role role, Area area);
    bool hasArea(Area area) const;
    const ConsoleUser& user() const { return m_user; }
    void setPasswordPrompt(PasswordPrompt prompt) { m_passwordPrompt = std::move(prompt); }
    void setLossPrompt(LossPrompt prompt) { m_lossPrompt = std::move(prompt); }
    // What signing out or quitting now would lose: unsaved configuration edits, a call in progress.
    QStringList pendingLosses() const;
    // Switch user, after asking when work would be lost.
    void requestSwitchUser();

    void showArea(Area area);
    Area currentArea() const;
    void showMessage(const QString& message);

    SimulatorPage* simulator() const { return m_simulator; }
    PromptExplorer* prompts() const { return m_prompts; }
    // File › Run scenario suite: the suite page in its own window, made when first asked for.
    ScenarioSuitePage* showScenarioSuite();
    PhonePanel* phone() const { return m_phone; }
    LiveDashboard* live() const { return m_live; }
    HistoricalDashboard* history() const { return m_history; }
    SessionBrowser* sessions() const { return m_sessions; }
    ConfigEditor* configuration() const { return m_config; }
    AuditLogPage* auditLog() const { return m_auditLog; }
    UserAccountsPage* userAccounts() const { return m_userAccounts; }
    ConsoleStore* store() const { return m_store; }
    ConsoleReconciliation* reconciliation() const { return m_reconciliation; }
    LiveKpiFeed* liveFeed() const { return m_feed; }
    // Opens the store and starts the live feed (done once the window shows); false with the reason.
    bool openStore(QString* error);

signals:
    // "Switch user": the window is done; whoever owns it signs the next user in.
    void switchUserRequested();

protected:
    void closeEvent(QCloseEvent* event) override; // Quit and Ctrl+Q ask first when work would be lost

private:
    bool mayLeave(const QString& what, const QString& question);
    void buildMenus();
    void setUpConfiguration();
    void setUpAdministration();
    bool confirmAdmin(const QString& action, const QJsonObject& details);
    bool confirmByPassword(const QString& what);
    // False when the record could not be written (or there is no trail): the caller's action must not happen.
    bool audit(const QString& action, const QJsonObject& details, const QString& result);
    void addArea(Area area, const QString& icon, const QString& title, QWidget* page);
    void applyConfig(const FlowConfig& config);
    void setUpStore(const QString& storeUrl);
    // mainwindowphone.cpp: the phone line's area, its configuration, and what leaving would end there.
    void setUpPhone(const StoreUrl& url);
    void setPhoneConfig(const FlowConfig& config);
    QString phoneLoss() const;

    FlowConfig m_flowConfig;
    ConsoleUser m_user;
    ConsoleAccounts* m_accounts;
    PasswordPrompt m_passwordPrompt;
    LossPrompt m_lossPrompt;
    bool m_leaving = false; // the user agreed to lose what was pending
    std::unique_ptr<PaymentGateway> m_gateway;
    QString m_gatewayWhy; // why the configured gateway is not available, empty when it is
    // Gateways replaced while a reply may still be on its way; kept until the window closes.
    std::vector<std::unique_ptr<PaymentGateway>> m_retiredGateways;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QLabel* m_storeLabel;
    QLabel* m_gatewayLabel;
    QLabel* m_userLabel;
    SimulatorPage* m_simulator = nullptr;
    PromptExplorer* m_prompts = nullptr;
    ScenarioSuitePage* m_suite = nullptr;
    PhonePanel* m_phone = nullptr;
    LiveDashboard* m_live = nullptr;
    HistoricalDashboard* m_history = nullptr;
    SessionBrowser* m_sessions = nullptr;
    ConfigEditor* m_config = nullptr;
    AuditLogPage* m_auditLog = nullptr;
    UserAccountsPage* m_userAccounts = nullptr;
    ConsoleStore* m_store = nullptr;
    ConsoleReconciliation* m_reconciliation = nullptr;
    LiveKpiFeed* m_feed = nullptr;
    bool m_storeTried = false;
    bool m_gatewayChosen = false;
};

} // namespace voicepay::ui
