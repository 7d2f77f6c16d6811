#include "promptrenderer.h"

#include "segmentbuilder.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPromptRender, "voicepay.audio.prompts")

namespace voicepay {

PromptRenderer::PromptRenderer(const PromptSet* set, int sampleRate, int gapMs)
    : m_set(set)
    , m_rate(sampleRate)
    , m_gapMs(gapMs)
{
}

RenderedPrompt PromptRenderer::render(const Prompt& prompt) const
{
    return renderSegments(SegmentBuilder::build(prompt));
}

RenderedPrompt PromptRenderer::renderSegments(const QStringList& ids) const
{
    RenderedPrompt out;
    out.segments = ids;
    out.audio.sampleRate = m_rate;
    if (ids.isEmpty()) {
        return out;
    }
    if (!m_set) {
        out.missingSegment = ids.first();
        out.error = QCoreApplication::translate("PromptRenderer", "no prompt set is loaded");
        return out;
    }
    for (qsizetype i = 0; i < ids.size(); ++i) {
        QString why;
        const auto audio = m_set->load(ids.at(i), m_rate, &why);
        if (!audio) {
            qCDebug(lcPromptRender) << "missing segment" << ids.at(i) << why;
            out.audio.samples.clear();
            out.missingSegment = ids.at(i);
            out.error = why;
            return out;
        }
        if (i > 0) {
            out.audio.appendSilence(m_gapMs);
        }
        out.audio.append(*audio);
    }
    return out;
}

} // namespace voicepay
