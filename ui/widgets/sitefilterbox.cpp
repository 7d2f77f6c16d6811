#include "widgets/sitefilterbox.h"

#include "store/kpiquery.h"

#include <QtConcurrent>

namespace voicepay::ui {

SiteFilterBox::SiteFilterBox(StoreUrl url, QWidget* parent)
    : QComboBox(parent)
    , m_url(std::move(url))
{
    setAccessibleName(tr("Site"));
    setToolTip(tr("Show one site of the store, or all of them"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addItem(tr("All sites"), QString());
    connect(&m_watcher, &QFutureWatcher<QStringList>::finished, this, &SiteFilterBox::onLoaded);
    connect(this, &QComboBox::activated, this, [this] {
        m_wanted = currentSite();
        emit siteChanged(m_wanted);
    });
}

SiteFilterBox::~SiteFilterBox()
{
    m_watcher.waitForFinished();
}

QString SiteFilterBox::currentSite() const
{
    return currentData().toString();
}

void SiteFilterBox::setCurrentSite(const QString& site)
{
    m_wanted = site;
    int index = findData(site);
    if (index < 0) {
        addItem(site, site);
        index = count() - 1;
    }
    if (index != currentIndex()) {
        setCurrentIndex(index);
        emit siteChanged(site);
    }
}

void SiteFilterBox::reload()
{
    if (m_watcher.isRunning()) {
        return;
    }
    const StoreUrl url = m_url;
    m_watcher.setFuture(QtConcurrent::run([url] {
        KpiQuery query(url);
        return query.sites().value_or(QStringList());
    }));
}

void SiteFilterBox::onLoaded()
{
    const QStringList sites = m_watcher.result();
    QSignalBlocker block(this);
    const QString keep = m_wanted;
    clear();
    addItem(tr("All sites"), QString());
    for (const QString& site : sites) {
        addItem(site.isEmpty() ? tr("(no site)") : site, site);
    }
    int index = findData(keep);
    if (index < 0 && !keep.isEmpty()) {
        addItem(keep, keep); // a site with no sessions yet stays chosen
        index = count() - 1;
    }
    setCurrentIndex(std::max(0, index));
    block.unblock();
    emit sitesLoaded();
}

} // namespace voicepay::ui
