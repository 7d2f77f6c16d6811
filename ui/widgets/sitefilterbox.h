#pragma once

#include "store/storeurl.h"

#include <QComboBox>
#include <QFutureWatcher>
#include <QStringList>

namespace voicepay::ui {

// "All sites" or one of the sites that have sessions in the store (read off the GUI thread). The dashboards
// and the session browser narrow what they show to the chosen site.
class SiteFilterBox : public QComboBox
{
    Q_OBJECT
public:
    explicit SiteFilterBox(StoreUrl url, QWidget* parent = nullptr);
    ~SiteFilterBox() override;

    QString currentSite() const; // empty: every site
    void setCurrentSite(const QString& site);
    void reload(); // reads the store's sites again; keeps the choice when it is still there
    bool isBusy() const { return m_watcher.isRunning(); }

signals:
    void siteChanged(const QString& site);
    void sitesLoaded();

private:
    void onLoaded();

    StoreUrl m_url;
    QString m_wanted;
    QFutureWatcher<QStringList> m_watcher;
};

} // namespace voicepay::ui
