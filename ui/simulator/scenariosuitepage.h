#pragma once

#include "config/flowconfig.h"
#include "sim/scenariosuite.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace voicepay::ui {

// The scenario suite in the console, as `voicepay-sim test` runs it (ScenarioSuite): a folder of scenario
// files run off the GUI thread under the console's configuration (each under its own overrides), pass or fail
// per scenario with the first difference, and the flow coverage of the lot.
class ScenarioSuitePage : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioSuitePage(QWidget* parent = nullptr);
    ~ScenarioSuitePage() override;

    void setConfig(const FlowConfig& config) { m_config = config; }
    // Shown and remembered for the next start (ScenarioFolder).
    void setFolder(const QString& folder);
    QString folder() const { return m_folderPath; }
    void run(); // off the GUI thread; finished() when done
    bool isRunning() const { return m_watcher.isRunning(); }

    QTableWidget* resultTable() const { return m_table; }
    QString summaryText() const;
    QString coverageText() const;
    QPushButton* runButton() const { return m_run; }

signals:
    void finished(const voicepay::SuiteResult& result);

private:
    void chooseFolder();
    void onFinished();
    void showResult(const SuiteResult& result);

    FlowConfig m_config;
    QString m_folderPath;
    QLineEdit* m_folder;
    QPushButton* m_choose;
    QPushButton* m_run;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTableWidget* m_table;
    QLabel* m_coverage;
    QFutureWatcher<SuiteResult> m_watcher;
};

} // namespace voicepay::ui
