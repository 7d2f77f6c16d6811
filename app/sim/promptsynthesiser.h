#pragma once

#include "audio/audiobuffer.h"

#include <QList>
#include <QString>

#include <optional>

namespace voicepay::sim {

// Speech synthesis with espeak-ng, resampled by sox to telephony (8 kHz) and wide-band (16 kHz) 16-bit mono,
// with the leading and trailing silence trimmed so that concatenated segments flow.
class PromptSynthesiser
{
public:
    struct Job
    {
        QString text;
        QStringList outputs; // one WAV path per entry of rates
        QList<int> rates;
    };

    explicit PromptSynthesiser(QString voice = QStringLiteral("en-us"));

    static bool toolsAvailable(QString* error);
    QString voice() const { return m_voice; }

    // Runs the jobs on `parallel` worker threads; false with the first failure's reason.
    bool run(const QList<Job>& jobs, int parallel, QString* error) const;
    // One text straight to a buffer: the fallback when a prompt's recordings are missing.
    std::optional<AudioBuffer> speak(const QString& text, int sampleRate, QString* error) const;

private:
    bool runOne(const Job& job, const QString& workFile, QString* error) const;

    QString m_voice;
};

} // namespace voicepay::sim
