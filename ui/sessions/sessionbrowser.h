#pragma once

#include "store/sessionquery.h"
#include "store/sessionrecord.h"
#include "store/storeurl.h"

#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QPushButton;
class QLabel;
class QProgressBar;
class QSlider;
class QStandardItemModel;
class QTableView;
class QTextBrowser;

namespace voicepay::ui {

class FlowDiagramWidget;
class SessionSearchBar;
class SiteFilterBox;

// Stored sessions (any site, any number of them) found by period, site, outcome, exit, brand, step or one
// identifier, sorted by start, duration or outcome, a page at a time (keyset pages read off the GUI thread),
// and for the one selected, its result, its transfer context and its events, replayed step by step on the
// flow diagram. The store holds brand and last four at most.
class SessionBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit SessionBrowser(StoreUrl url, QWidget* parent = nullptr);
    ~SessionBrowser() override;

    void refresh(); // a new search: the first page and the count
    // A drill-down: shows the query's filters and searches (first page, newest first).
    void showMatching(const SessionQuery& query);
    void nextPage();
    void previousPage();
    void sortBy(SessionSort sort, bool descending);
    SessionQuery currentQuery() const { return m_query; } // the last search run, with its page key
    int pageNumber() const { return int(m_afters.size()); } // 1 for the first page
    bool hasNextPage() const { return m_page.more; }
    QString statusText() const;
    SessionSearchBar* searchBar() const { return m_search; }
    bool isBusy() const { return m_list.isRunning() || m_detail.isRunning(); }
    QStandardItemModel* model() const { return m_model; }
    const SessionRecord& sessionAt(int row) const { return m_sessions.at(row); }
    void selectSession(int row);
    SiteFilterBox* siteFilter() const;
    // Checked: only the sessions whose payment is unconfirmed (journal rows submitted or unknown).
    QCheckBox* unconfirmedFilter() const;
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
        SessionPage page;
        std::optional<SessionCount> count;
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
    void onHeaderClicked(int column);
    QHBoxLayout* buildPager();
    void runPage(bool withCount);
    void fillModel();
    void updatePaging();
    void onDetail();
    QWidget* buildReplayPanel(QWidget* parent);
    void render();
    QString summaryHtml(const SessionRecord& s) const;
    QString replayHtml(const SessionRecord& s) const;
    QString promptsAndEventsHtml() const;

    StoreUrl m_url;
    SessionQuery m_query;
    QList<QVariantList> m_afters; // the key each page so far starts after (empty for the first)
    SessionPage m_page;
    std::optional<SessionCount> m_count;
    SessionSort m_sort = SessionSort::StartedAt;
    bool m_descending = true;
    bool m_againWithCount = false;
    QList<SessionRecord> m_sessions;
    int m_current = -1;
    QList<StoredEvent> m_events;
    SessionReplay m_replay;
    QString m_replayError;
    bool m_shown = false;
    bool m_again = false;
    QFutureWatcher<ListResult> m_list;
    QFutureWatcher<DetailResult> m_detail;

    SessionSearchBar* m_search;
    QLabel* m_status;
    QPushButton* m_previous;
    QPushButton* m_next;
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
