#pragma once

#include "kpireport.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace voicepay {

// When a live KPI turns a wallboard tile amber or red: the day's success rate under a share of the sessions
// entered, or hang-ups or technical errors per minute (averaged over the last `windowMinutes` whole minutes)
// over a count. Red wins over amber. Read from and written to a small JSON file:
//   { "successRate": { "amberBelow": 90, "redBelow": 80 },
//     "hangUpsPerMinute": { "amberAbove": 5, "redAbove": 10 },
//     "technicalErrorsPerMinute": { "amberAbove": 1, "redAbove": 3 },
//     "windowMinutes": 5 }
struct KpiThresholds
{
    enum class Level { Normal, Amber, Red };

    double successAmberBelow = 90.0; // per cent of the sessions entered
    double successRedBelow = 80.0;
    double hangUpsAmberAbove = 5.0; // per minute
    double hangUpsRedAbove = 10.0;
    double technicalAmberAbove = 1.0; // per minute
    double technicalRedAbove = 3.0;
    int windowMinutes = 5;

    // The success rate in per cent, or nothing while no session has been entered.
    static std::optional<double> successRate(const KpiCounters& counters);
    // The average count per minute of `outcome` over the last `windowMinutes` whole minutes of `minutes`
    // (oldest first, the last one being the minute in progress, which is left out).
    double perMinute(const QList<KpiPoint>& minutes, const QString& outcome) const;

    Level successLevel(std::optional<double> ratePercent) const;
    Level hangUpsLevel(double perMinute) const;
    Level technicalLevel(double perMinute) const;
    static QString levelName(Level level); // normal, amber, red

    QJsonObject toJson() const;
    // Missing keys keep their defaults; a value of the wrong type or out of range is an error.
    static std::optional<KpiThresholds> fromJson(const QJsonObject& json, QString* error);
    static std::optional<KpiThresholds> load(const QString& path, QString* error);
    bool save(const QString& path, QString* error) const;
};

} // namespace voicepay
