#pragma once

#include "sim/scenario.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace voicepay {

// The kinds of call a load run generates, with their relative weights.
struct LoadMix
{
    QList<QPair<QString, double>> weights;

    static QStringList kinds();
    // A contact centre's usual day: most callers pay, some are declined, mistype or hang up.
    static LoadMix standard();
    // {"success": 60, "declined_max": 3, ...}; unknown kinds and negative weights are refused.
    static std::optional<LoadMix> fromJson(const QByteArray& data, QString* error);
};

struct GeneratedCall
{
    QString kind;
    QString sessionId;
    qint64 startMs = 0; // epoch milliseconds
    Scenario scenario;
};

// Generates the calls of a load run: call i depends only on the seed and i, so the same seed gives the same
// calls whatever the number of threads. Given the number of calls, their start times come in order, each call
// at a random moment of its own equal share of the span, as a contact centre's calls come one after another;
// without it, each call starts at a random moment of the whole span. Card numbers are built here with a Luhn
// completion (the sandbox's published test cards and ordinary test ranges), never read from a file.
class LoadGenerator
{
public:
    LoadGenerator(quint64 seed, LoadMix mix, qint64 fromMs, qint64 spanMs, qint64 calls = 0);

    GeneratedCall call(qint64 index) const;

private:
    QString pickKind(double r) const;

    quint64 m_seed;
    LoadMix m_mix;
    double m_totalWeight = 0;
    qint64 m_fromMs;
    qint64 m_spanMs;
    qint64 m_calls;
};

} // namespace voicepay
