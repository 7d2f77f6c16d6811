#include "dashboards/wallboardmode.h"

#include "flow/step.h"
#include "store/livekpifeed.h"
#include "widgets/theme.h"

#include <QCloseEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace voicepay::ui {

WallboardMode::WallboardMode(LiveKpiFeed* feed, const KpiThresholds& thresholds, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_feed(feed)
    , m_thresholds(thresholds)
{
    setObjectName(QStringLiteral("wallboardMode"));
    setWindowTitle(tr("VoicePay wallboard"));
    setAttribute(Qt::WA_DeleteOnClose);
    // A dark board, as the browser's: read from across a dim room.
    setStyleSheet(QStringLiteral("#wallboardMode { background: #101418; } "
                                 "QLabel { color: #e8eef2; } "
                                 "QLabel#wallboardTitle { font-size: 22pt; } "
                                 "QLabel#wallboardValue { font-size: 64pt; font-weight: bold; } "
                                 "QFrame#wallboardTile { border-radius: 12px; background: #1c232a; }"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(24, 24, 24, 24);
    grid->setSpacing(18);
    for (int column = 0; column < 4; ++column) {
        grid->setColumnStretch(column, 1); // tiles of one width, whatever their number's length
    }
    addTile(QStringLiteral("entered"), tr("Entered"), 0, 0);
    addTile(QStringLiteral("successful"), tr("Successful"), 0, 1);
    addTile(QStringLiteral("successRate"), tr("Success rate"), 0, 2);
    addTile(QStringLiteral("inProgress"), tr("In progress"), 0, 3);
    addTile(QStringLiteral("unsuccessful"), tr("Unsuccessful"), 1, 0);
    addTile(QStringLiteral("hangUps"), tr("Hang-ups per minute"), 1, 1);
    addTile(QStringLiteral("technicalErrors"), tr("Technical errors per minute"), 1, 2);
    auto* hint = new QLabel(tr("Esc leaves the wallboard"), this);
    hint->setObjectName(QStringLiteral("wallboardHint"));
    grid->addWidget(hint, 1, 3, Qt::AlignBottom | Qt::AlignRight);
    if (m_feed) {
        m_counters = m_feed->counters();
        m_minutes = m_feed->minutes();
        m_inProgress = m_feed->inProgress();
        connect(m_feed, &LiveKpiFeed::countersChanged, this, [this](const KpiCounters& c) {
            m_counters = c;
            refreshTiles();
        });
        connect(m_feed, &LiveKpiFeed::minutesChanged, this, [this](const QList<KpiPoint>& m) {
            m_minutes = m;
            refreshTiles();
        });
        connect(m_feed, &LiveKpiFeed::inProgressChanged, this, [this](int calls) {
            m_inProgress = calls;
            refreshTiles();
        });
    }
    refreshTiles();
}

void WallboardMode::addTile(const QString& key, const QString& title, int row, int column)
{
    auto* tile = new QFrame(this);
    tile->setObjectName(QStringLiteral("wallboardTile"));
    auto* v = new QVBoxLayout(tile);
    auto* t = new QLabel(title, tile);
    t->setObjectName(QStringLiteral("wallboardTitle"));
    t->setWordWrap(true);
    auto* value = new QLabel(QStringLiteral("—"), tile);
    value->setObjectName(QStringLiteral("wallboardValue"));
    v->addWidget(t);
    v->addWidget(value, 1, Qt::AlignLeft | Qt::AlignVCenter);
    m_values.insert(key, value);
    m_tiles.insert(key, tile);
    static_cast<QGridLayout*>(layout())->addWidget(tile, row, column);
}

void WallboardMode::setTile(
    const QString& key, const QString& value, std::optional<KpiThresholds::Level> level)
{
    QLabel* label = m_values.value(key);
    label->setText(value);
    QWidget* tile = m_tiles.value(key);
    const QString name = level ? KpiThresholds::levelName(*level) : QString();
    tile->setProperty("level", name);
    const QColor colour = !level || *level == KpiThresholds::Level::Normal ? QColor()
        : *level == KpiThresholds::Level::Amber                            ? Theme::warning()
                                                                           : Theme::failure();
    tile->setStyleSheet(colour.isValid()
            ? QStringLiteral("QFrame#wallboardTile { background: %1; }").arg(colour.darker(160).name())
            : QString());
    label->setStyleSheet(
        colour.isValid() ? QStringLiteral("color: %1;").arg(colour.lighter(130).name()) : QString());
}

void WallboardMode::refreshTiles()
{
    const QLocale l;
    const KpiCounters& c = m_counters;
    setTile(QStringLiteral("entered"), l.toString(c.entered));
    setTile(QStringLiteral("successful"), l.toString(c.successful));
    setTile(QStringLiteral("unsuccessful"), l.toString(c.unsuccessful));
    setTile(QStringLiteral("inProgress"), l.toString(m_inProgress));
    const auto rate = KpiThresholds::successRate(c);
    setTile(QStringLiteral("successRate"),
        rate ? QString(l.toString(*rate, 'f', 1) + QStringLiteral(" %")) : QStringLiteral("—"),
        m_thresholds.successLevel(rate));
    const double hangUps = m_thresholds.perMinute(m_minutes, outcomeName(Outcome::Hangup));
    setTile(QStringLiteral("hangUps"), l.toString(hangUps, 'f', 1), m_thresholds.hangUpsLevel(hangUps));
    const double technical = m_thresholds.perMinute(m_minutes, outcomeName(Outcome::TechnicalError));
    setTile(QStringLiteral("technicalErrors"), l.toString(technical, 'f', 1),
        m_thresholds.technicalLevel(technical));
}

QString WallboardMode::value(const QString& key) const
{
    const QLabel* label = m_values.value(key);
    return label ? label->text() : QString();
}

QString WallboardMode::level(const QString& key) const
{
    const QWidget* tile = m_tiles.value(key);
    return tile ? tile->property("level").toString() : QString();
}

void WallboardMode::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WallboardMode::closeEvent(QCloseEvent* event)
{
    emit left();
    QWidget::closeEvent(event);
}

} // namespace voicepay::ui
