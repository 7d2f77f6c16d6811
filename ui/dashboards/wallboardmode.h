#pragma once

#include "store/kpireport.h"
#include "store/kpithresholds.h"

#include <QHash>
#include <QWidget>

class QLabel;

namespace voicepay {
class LiveKpiFeed;
}

namespace voicepay::ui {

// The live KPIs for the floor's screen, in the console: full screen, large tiles, no controls, Esc leaves.
// Tiles with a threshold (success rate, hang-ups and technical errors per minute) turn amber or red as
// KpiThresholds decides, as the browser wallboard's do.
class WallboardMode : public QWidget
{
    Q_OBJECT
public:
    WallboardMode(LiveKpiFeed* feed, const KpiThresholds& thresholds, QWidget* parent = nullptr);

    // A tile's shown value and level (normal, amber, red; empty for a tile without a threshold), by key:
    // entered, successful, successRate, inProgress, unsuccessful, hangUps, technicalErrors.
    QString value(const QString& key) const;
    QString level(const QString& key) const;

signals:
    void left(); // Esc, or the window closed

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void addTile(const QString& key, const QString& title, int row, int column);
    void setTile(const QString& key, const QString& value, std::optional<KpiThresholds::Level> level = {});
    void refreshTiles();

    LiveKpiFeed* m_feed;
    KpiThresholds m_thresholds;
    KpiCounters m_counters;
    QList<KpiPoint> m_minutes;
    int m_inProgress = 0;
    QHash<QString, QLabel*> m_values;
    QHash<QString, QWidget*> m_tiles;
};

} // namespace voicepay::ui
