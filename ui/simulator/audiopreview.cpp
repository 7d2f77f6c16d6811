#include "simulator/audiopreview.h"

#include "audio/dtmfgenerator.h"
#include "audio/promptrenderer.h"
#include "audio/promptset.h"
#include "widgets/uilog.h"

#include <QAudioFormat>
#include <QAudioSink>
#include <QBuffer>
#include <QMediaDevices>

namespace voicepay::ui {

AudioPreview::AudioPreview(QObject* parent)
    : QObject(parent)
    , m_directory(PromptSet::defaultDirectory())
{
    QString why;
    if (auto set = PromptSet::open(m_directory, &why)) {
        m_set = std::make_unique<PromptSet>(std::move(*set));
    } else {
        qCDebug(lcUi) << "no prompt set for previews:" << why;
    }
}

AudioPreview::~AudioPreview()
{
    stop();
}

bool AudioPreview::hasPromptSet() const
{
    return m_set != nullptr;
}

QString AudioPreview::promptSetDirectory() const
{
    return m_directory;
}

const PromptSet* AudioPreview::setFor(const QString& language)
{
    if (language.isEmpty() || language == u"en-US") {
        return m_set.get();
    }
    auto it = m_otherSets.find(language);
    if (it == m_otherSets.end()) {
        QString why;
        auto set = PromptSet::open(PromptSet::defaultDirectory(language), &why);
        if (!set) {
            qCDebug(lcUi) << "no" << language << "prompt set for previews:" << why;
        }
        it = m_otherSets.emplace(language, set ? std::make_unique<PromptSet>(std::move(*set)) : nullptr)
                 .first;
    }
    return it->second.get();
}

bool AudioPreview::playPrompt(const Prompt& prompt, QString* error)
{
    const PromptSet* set = setFor(prompt.language);
    if (!set) {
        if (error) {
            *error = tr("no prompt set at %1").arg(PromptSet::defaultDirectory(prompt.language));
        }
        return false;
    }
    const PromptRenderer renderer(set, 8000);
    const RenderedPrompt r = renderer.render(prompt);
    if (!r.ok()) {
        if (error) {
            *error = r.error.isEmpty() ? tr("no recording of segment %1").arg(r.missingSegment) : r.error;
        }
        return false;
    }
    play(r.audio.toPcm(), r.audio.sampleRate);
    return true;
}

void AudioPreview::playTone(QChar key)
{
    const AudioBuffer tone = DtmfGenerator::tone(key, 8000);
    play(tone.toPcm(), tone.sampleRate);
}

void AudioPreview::stop()
{
    if (m_sink) {
        m_sink->stop();
        delete m_sink;
        m_sink = nullptr;
    }
    delete m_buffer;
    m_buffer = nullptr;
}

void AudioPreview::play(const QByteArray& pcm, int sampleRate)
{
    if (QMediaDevices::audioOutputs().isEmpty()) {
        return;
    }
    stop();
    QAudioFormat format;
    format.setSampleRate(sampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    m_buffer = new QBuffer(this);
    m_buffer->setData(pcm);
    m_buffer->open(QIODevice::ReadOnly);
    m_sink = new QAudioSink(QMediaDevices::defaultAudioOutput(), format, this);
    m_sink->start(m_buffer);
}

} // namespace voicepay::ui
