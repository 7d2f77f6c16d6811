#pragma once

#include "config/flowconfig.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace voicepay {
class PaymentGateway;
}

namespace voicepay::ui {

class ConfigEditor;
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

    explicit MainWindow(const FlowConfig& config, QWidget* parent = nullptr);
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

private:
    void buildMenus();
    void addArea(Area area, const QString& icon, const QString& title, QWidget* page);
    void applyConfig(const FlowConfig& config);

    FlowConfig m_flowConfig;
    std::unique_ptr<PaymentGateway> m_gateway;
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
};

} // namespace voicepay::ui
