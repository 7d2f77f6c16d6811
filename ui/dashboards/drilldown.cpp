#include "dashboards/drilldown.h"

#include "sessions/sessionsearchbar.h"

namespace voicepay::ui::DrillDown {

SessionQuery sessions(qint64 fromMs, qint64 toMs, const KpiFilter& filter, Figure figure)
{
    SessionQuery q;
    q.fromMs = fromMs;
    q.toMs = toMs;
    q.site = filter.site;
    q.includeTests = filter.includeTests;
    switch (figure) {
    case Figure::Entered:
        break;
    case Figure::Successful:
        q.outcomes = QStringList { QStringLiteral("success") };
        break;
    case Figure::Unsuccessful:
        q.outcomes = SessionSearchBar::unsuccessfulOutcomes();
        break;
    case Figure::Attempted:
        // Gateway submissions happen at the flow graph's authorisation node: the sessions that reached it.
        q.step = QStringLiteral("authorize");
        break;
    case Figure::HangUps:
        q.outcomes = QStringList { QStringLiteral("hangup") };
        break;
    }
    return q;
}

std::optional<Figure> figureOfTile(const QString& key)
{
    if (key == u"entered") {
        return Figure::Entered;
    }
    if (key == u"successful") {
        return Figure::Successful;
    }
    if (key == u"unsuccessful") {
        return Figure::Unsuccessful;
    }
    if (key == u"attempted") {
        return Figure::Attempted;
    }
    if (key == u"hangups") {
        return Figure::HangUps;
    }
    return std::nullopt;
}

} // namespace voicepay::ui::DrillDown
