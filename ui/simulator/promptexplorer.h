#pragma once

#include "simulator/promptcoveragejob.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QCheckBox;

namespace voicepay::ui {

class PromptCatalogModel;
class AudioPreview;
class SpeechPreview;

// Every prompt variant of the catalogue: its example text, its segments, a spoken preview, and whether the
// scenario suite ever played it.
class PromptExplorer : public QWidget
{
    Q_OBJECT
public:
    explicit PromptExplorer(QWidget* parent = nullptr);
    ~PromptExplorer() override;

    void setScenarioFolder(const QString& folder) { m_folder = folder; }
    void runCoverage(); // off the GUI thread; coverageFinished() when done
    bool isRunning() const { return m_watcher.isRunning(); }
    void selectVariant(const QString& id);
    void setFilter(const QString& text);

    PromptCatalogModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QString detailText() const;
    QString coverageText() const;

signals:
    void coverageFinished();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildDetailPanel(QWidget* parent);
    void connectControls();
    void showDetail(const QString& id);
    void onCoverage();

    QString m_folder;
    PromptCatalogModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QCheckBox* m_onlyMissing;
    QTableView* m_view;
    QTextBrowser* m_detail;
    QPushButton* m_speak;
    QPushButton* m_play = nullptr;
    AudioPreview* m_audio = nullptr;
    QPushButton* m_run;
    QProgressBar* m_progress;
    QLabel* m_coverage;
    SpeechPreview* m_speech;
    QString m_current;
    QFutureWatcher<PromptCoverage> m_watcher;
    bool m_ranOnce = false;
};

} // namespace voicepay::ui
