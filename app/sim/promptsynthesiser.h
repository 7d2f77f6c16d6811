#pragma once

#include "audio/audiobuffer.h"

#include <QList>
#include <QString>
#include <optional>

namespace voicepay::sim {

// Speech synthesis with espeak-ng, resampled by sox to telephony (8 kHz) and wide-band (16 kHz) 16-bit mono,
// with the leading and trailing silence trimmed so that concatenated segments flow, and narrow notches at the
// four high-group DTMF frequencies: the synthetic voice holds its pitch so steadily that two of its harmonics
// can sit on a DTMF pair long enough for a lax receiver to hear a key ("talk-off"); without energy at a
// high-group frequency no receiver can. A notch 60 Hz wide takes at most one harmonic in each place.
class PromptSynthesiser
{
public:
    struct Job
    {
        QString text;
        QStringList outputs; // one WAV path per entry of rates
        QList<int> rates;
        QStringList recordings
            = {}; // when set: these WAV files, each trimmed, one after the other, instead of speech
    };

    explicit PromptSynthesiser(QString voice = QStringLiteral("en-us"));

    // espeak-ng's voice for a prompt language ("fr-FR" -> "fr-fr"); en-us for an unknown one.
    static QString voiceFor(const QString& language);
    // How recordings are made into a segment, recorded in the manifest like recipe().
    static QString recordingRecipe();

    static bool toolsAvailable(QString* error);
    // Names the tools and processing, recorded in the manifest: a change here makes the set again.
    static QString recipe();
    QString voice() const { return m_voice; }

    // Runs the jobs on `parallel` worker threads; false with the first failure's reason.
    bool run(const QList<Job>& jobs, int parallel, QString* error) const;
    // One text straight to a buffer: the fallback when a prompt's recordings are missing.
    std::optional<AudioBuffer> speak(const QString& text, int sampleRate, QString* error) const;

private:
    bool runOne(const Job& job, const QString& workFile, QString* error) const;
    bool joinRecordings(const Job& job, const QString& workFile, QString* error) const;

    QString m_voice;
};

} // namespace voicepay::sim
