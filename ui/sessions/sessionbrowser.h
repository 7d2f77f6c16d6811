#pragma once

#include "store/sessionrecord.h"
#include "store/storeurl.h"

#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QSlider;
class QStandardItemModel;
class QTableView;
class QTextBrowser;

namespace voicepay::ui {

class FlowDiagramWidget;
class SiteFilterBox;

// Stored sessions (any site) and, for the one selected, its result, its transfer context and its events,
// replayed step by step on the flow diagram. The store holds brand and last four at most.
class SessionBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit SessionBrowser(StoreUrl url, QWidget* parent = nullptr);
    ~SessionBrowser() override;

    void refresh();
    bool isBusy() const { return m_list.isRunning() || m_detail.isRunning(); }
    QStandardItemModel* model() const { return m_model; }
    const SessionRecord& sessionAt(int row) const { return m_sessions.at(row); }
    void selectSession(int row);
    SiteFilterBox* siteFilter() const { return m_site; }
    // Checked: only the sessions whose payment is unconfirmed (journal rows submitted or unknown).
    QCheckBox* unconfirmedFilter() const { return m_unconfirmed; }
    void showStep(int index); // 0..path size - 1
    QString detailText() const;
    QString stepText() const; // what the replay position shows: the step and the prompts it played

signals:
    void loaded();
    void detailLoaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct ListResult
    {
        bool ok = false;
        QString error;
        QList<SessionRecord> sessions;
    };
    struct DetailResult
    {
        bool ok = false;
        QString error;
        QList<StoredEvent> events;
        SessionReplay replay;
        QString replayError;
    };
    void onList();
    void onDetail();
    QWidget* buildReplayPanel(QWidget* parent);
    void render();
    QString summaryHtml(const SessionRecord& s) const;
    QString replayHtml(const SessionRecord& s) const;
    QString promptsAndEventsHtml() const;

    StoreUrl m_url;
    QList<SessionRecord> m_sessions;
    int m_current = -1;
    QList<StoredEvent> m_events;
    SessionReplay m_replay;
    QString m_replayError;
    bool m_shown = false;
    bool m_again = false;
    QFutureWatcher<ListResult> m_list;
    QFutureWatcher<DetailResult> m_detail;

    QComboBox* m_range;
    SiteFilterBox* m_site;
    QCheckBox* m_unconfirmed;
    QLabel* m_status;
    QProgressBar* m_progress;
    QStandardItemModel* m_model;
    QTableView* m_view;
    QTextBrowser* m_text;
    FlowDiagramWidget* m_diagram;
    QSlider* m_step;
    QLabel* m_stepLabel;
    QLabel* m_stepPrompts;
};

} // namespace voicepay::ui
