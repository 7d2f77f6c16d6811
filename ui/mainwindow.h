#pragma once

#include "config/flowconfig.h"

#include <QMainWindow>

#include <memory>
#include <vector>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace voicepay {
class LiveKpiFeed;
class PaymentGateway;
}

namespace voicepay::ui {

class ConfigEditor;
class ConsoleStore;
class HistoricalDashboard;
class LiveDashboard;
class PromptExplorer;
class SessionBrowser;
class SimulatorPage;

// The console's one window: a navigation list on the left (simulator, prompt explorer, live and historical
// dashboards, sessions, configuration), the area on the right, the store and gateway in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Area { Simulator, Prompts, Live, History, Sessions, Configuration };

    // `storeUrl`: the KPI store to use; empty: the embedded SQLite file in the user's data folder.
    explicit MainWindow(const FlowConfig& config, const QString& storeUrl = QString(), QWidget* parent = nullptr);
    ~MainWindow() override;

    void showArea(Area area);
    Area currentArea() const;
    void showMessage(const QString& message);

    SimulatorPage* simulator() const { return m_simulator; }
    PromptExplorer* prompts() const { return m_prompts; }
    LiveDashboard* live() const { return m_live; }
    HistoricalDashboard* history() const { return m_history; }
    SessionBrowser* sessions() const { return m_sessions; }
    ConfigEditor* configuration() const { return m_config; }
    ConsoleStore* store() const { return m_store; }
    LiveKpiFeed* liveFeed() const { return m_feed; }
    // Opens the store and starts the live feed (done once the window shows); false with the reason.
    bool openStore(QString* error);

private:
    void buildMenus();
    void addArea(Area area, const QString& icon, const QString& title, QWidget* page);
    void applyConfig(const FlowConfig& config);
    void setUpStore(const QString& storeUrl);

    FlowConfig m_flowConfig;
    std::unique_ptr<PaymentGateway> m_gateway;
    // Gateways replaced while a reply may still be on its way; kept until the window closes.
    std::vector<std::unique_ptr<PaymentGateway>> m_retiredGateways;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    QLabel* m_storeLabel;
    QLabel* m_gatewayLabel;
    SimulatorPage* m_simulator = nullptr;
    PromptExplorer* m_prompts = nullptr;
    LiveDashboard* m_live = nullptr;
    HistoricalDashboard* m_history = nullptr;
    SessionBrowser* m_sessions = nullptr;
    ConfigEditor* m_config = nullptr;
    ConsoleStore* m_store = nullptr;
    LiveKpiFeed* m_feed = nullptr;
    bool m_storeTried = false;
    bool m_gatewayChosen = false;
};

} // namespace voicepay::ui
