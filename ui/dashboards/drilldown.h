#pragma once

#include "store/kpireport.h"
#include "store/sessionquery.h"

#include <optional>

namespace voicepay::ui {

// What a figure on the dashboards counts, as a session search, so that a click on a tile, a chart's point or
// bar, or a funnel step opens exactly those sessions in the session browser.
namespace DrillDown {

enum class Figure { Entered, Successful, Unsuccessful, Attempted, HangUps };

// The sessions of [fromMs, toMs) (the filter's site and test calls) that `figure` counts.
SessionQuery sessions(qint64 fromMs, qint64 toMs, const KpiFilter& filter, Figure figure);
// The figure a live tile shows (its key: entered, successful, ...); nothing for one that counts no sessions.
std::optional<Figure> figureOfTile(const QString& key);

} // namespace DrillDown

} // namespace voicepay::ui
