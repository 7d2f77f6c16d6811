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
    const QStringList ids = SegmentBuilder::build(prompt);
    const QString wanted = prompt.language.isEmpty() ? QStringLiteral("en-US") : prompt.language;
    if (m_set && !ids.isEmpty() && !m_set->language().isEmpty() && m_set->language() != wanted) {
        // The same segment ids exist in every language: another language's set would say the wrong words.
        RenderedPrompt out;
        out.segments = ids;
        out.audio.sampleRate = m_rate;
        out.missingSegment = ids.first();
        out.error = QCoreApplication::translate("PromptRenderer", "the prompt set is in %1, the prompt in %2")
                        .arg(m_set->language(), wanted);
        return out;
    }
    return renderSegments(ids);
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
