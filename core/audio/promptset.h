#pragma once

#include "audiobuffer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace voicepay {

// One recording listed in a prompt set's manifest.
struct PromptSetEntry
{
    enum class Source { Synthesised, Recorded };
    QString id;
    QString text;
    Source source = Source::Synthesised;
    QString voice; // the synthesiser voice, for synthesised entries
    QString synthesis; // how it was made (tools and processing), so that a change of recipe makes it again
    QString recording
        = {}; // for recorded entries taken from a collection: which files say it ("package: a.wav b.wav")

    static QString sourceName(Source source);
};

// A folder of recordings named by segment id, one sub-folder per sample rate, and a manifest:
//   DIR/manifest.json   {"format": "voicepay-promptset", "version": 1, "language": "en-US",
//                        "sampleRates": [8000, 16000],
//                        "segments": [{"id": "num_25", "text": "twenty five", "source": "synthesised",
//                                      "voice": "en-us", "synthesis": "..."}, ...]}
//   DIR/8000/num_25.wav, DIR/16000/num_25.wav
// An admin replaces a file with a studio recording and marks its entry "recorded"; regeneration keeps it.
class PromptSet
{
public:
    static std::optional<PromptSet> open(const QString& directory, QString* error = nullptr);
    static bool writeManifest(const QString& directory, const QString& language,
        const QList<PromptSetEntry>& entries, QString* error = nullptr);
    static QString manifestPath(const QString& directory);
    static QString wavPath(const QString& directory, int sampleRate, const QString& id);
    static bool isValidId(const QString& id); // lower-case letters, digits, '_' and '-': a safe file name
    // Where the tools look for a language's set (en-US when none is given): $VOICEPAY_PROMPTS/<language> or,
    // for en-US, $VOICEPAY_PROMPTS itself; else the recorded set the build makes beside bin/
    // (<build>/prompts/recorded/<language>) when the recordings are installed; else the synthesised one
    // (<build>/prompts/<language>); else prompts/<language> beside the executable.
    static QString defaultDirectory(const QString& language = QString());

    QString directory() const { return m_directory; }
    QString language() const { return m_language; }
    const QList<PromptSetEntry>& entries() const { return m_entries; }
    const PromptSetEntry* find(const QString& id) const;

    // The recording at a rate; cached. Fails for an id the manifest does not list or a file that is missing
    // or not a supported WAV file at that rate.
    std::optional<AudioBuffer> load(const QString& id, int sampleRate, QString* error = nullptr) const;

private:
    QString m_directory;
    QString m_language;
    QList<PromptSetEntry> m_entries;
    QHash<QString, qsizetype> m_index;
    mutable QHash<QString, AudioBuffer> m_cache;
};

} // namespace voicepay
