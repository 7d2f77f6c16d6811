#include "callrecorder.h"

#include "call/calltiming.h"
#include "call/finishedcall.h"
#include "cards/publishedtestcards.h"
#include "flow/paymentflow.h"
#include "flow/step.h"
#include "segmentbuilder.h"
#include "wavfile.h"

#include <QDir>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcRecorder, "voicepay.audio.recorder")

namespace voicepay {

CallRecorder::CallRecorder(const PromptSet* set, int sampleRate)
    : m_rate(sampleRate)
{
    setPromptSet(set);
    m_toneSpec.toneMs = 100;
}

void CallRecorder::setPromptSet(const PromptSet* set)
{
    m_set = set;
    m_renderer.emplace(set, m_rate);
    m_promptCache.clear();
    m_fromFallback.clear();
}

const AudioBuffer& CallRecorder::promptAudio(const Prompt& prompt)
{
    // Keyed by the segments, which hold at most a card's last four digits.
    const QStringList segments = SegmentBuilder::build(prompt);
    const QString key = promptKey(prompt, segments);
    if (const auto it = m_promptCache.constFind(key); it != m_promptCache.cend()) {
        return *it;
    }
    RenderedPrompt rendered = m_renderer->render(prompt);
    bool fallback = false;
    if (!rendered.ok()) {
        fallback = true;
        std::optional<AudioBuffer> spoken;
        if (m_fallback) {
            spoken = m_fallback(prompt, m_rate);
        }
        if (spoken && spoken->sampleRate == m_rate) {
            rendered.audio = *spoken;
        } else {
            qCWarning(lcRecorder) << "prompt" << prompt.id << "has no recording of" << rendered.missingSegment
                                  << "and no speech fallback: it is left silent";
            rendered.audio = AudioBuffer();
            rendered.audio.sampleRate = m_rate;
            rendered.audio.appendSilence(CallTiming::estimatedPromptMs(prompt));
        }
    }
    m_fromFallback.insert(key, fallback);
    return *m_promptCache.insert(key, rendered.audio);
}

qint64 CallRecorder::promptDurationMs(const Prompt& prompt)
{
    return promptAudio(prompt).durationMs();
}

qsizetype CallRecorder::offset(qint64 ms) const
{
    return qsizetype((ms - m_startMs) * m_rate / 1000);
}

QString CallRecorder::promptKey(const Prompt& prompt, const QStringList& segments)
{
    // The same segment ids say different words in each language.
    return prompt.language + QLatin1Char('|') + prompt.id + QLatin1Char('|')
        + segments.join(QLatin1Char(' '));
}

void CallRecorder::callStarted(const PaymentFlow& flow, qint64 atMs)
{
    if (m_sets) {
        if (const PromptSet* set = m_sets(flow.language()); set != m_set) {
            setPromptSet(set);
        }
    }
    m_startMs = atMs;
    m_conference = flow.context().callType == CallType::Conference;
    for (AudioBuffer* b : { &m_prompts, &m_callerAudio, &m_callerLeg, &m_agentLeg }) {
        *b = AudioBuffer();
        b->sampleRate = m_rate;
    }
    m_intervals.clear();
    m_clamp = ClampResult();
    m_fallbackPrompts.clear();
    m_cardKeys.clear();
    m_onlyTestCards = true;
}

void CallRecorder::cardEntryEnded()
{
    if (!m_cardKeys.isEmpty()) {
        // A whole number, or an entry cut short that is the start of one.
        m_onlyTestCards = m_onlyTestCards && isPublishedTestCardPrefix(m_cardKeys.view());
        m_cardKeys.clear();
    }
}

void CallRecorder::actionTaken(
    const PaymentFlow& /*flow*/, const FlowAction& action, qint64 startMs, qint64 /*endMs*/)
{
    // The flow answers an entry once it ends: the card number keyed so far is complete.
    cardEntryEnded();
    switch (action.kind) {
    case FlowAction::Kind::Play: {
        const AudioBuffer& audio = promptAudio(action.prompt);
        m_prompts.mixAt(offset(startMs), audio);
        if (m_fromFallback.value(promptKey(action.prompt, SegmentBuilder::build(action.prompt)))) {
            m_fallbackPrompts << action.prompt.id;
        }
        break;
    }
    case FlowAction::Kind::ClampDtmf:
        if (action.clampOn) {
            if (m_intervals.isEmpty() || m_intervals.last().offMs >= 0) {
                m_intervals << ClampInterval { startMs - m_startMs, -1 };
            }
        } else if (!m_intervals.isEmpty() && m_intervals.last().offMs < 0) {
            m_intervals.last().offMs = startMs - m_startMs;
        }
        break;
    default:
        break;
    }
}

void CallRecorder::keyPressed(const PaymentFlow& flow, QChar key, qint64 atMs, int toneMs)
{
    if (flow.currentStep() == Step::CardNumber && key.isDigit()) {
        if (!m_cardKeys.append(char(key.unicode()))) {
            m_onlyTestCards = false; // longer than any card: none of the published ones
        }
    }
    DtmfToneSpec spec = m_toneSpec;
    spec.toneMs = toneMs;
    m_callerAudio.mixAt(offset(atMs), DtmfGenerator::tone(key, m_rate, spec));
}

void CallRecorder::callEnded(const PaymentFlow& /*flow*/, const FinishedCall& call)
{
    const qint64 atMs = call.endMs;
    const qsizetype length = std::max(
        { offset(atMs), qsizetype(m_prompts.samples.size()), qsizetype(m_callerAudio.samples.size()) });
    m_prompts.resize(length);
    m_callerAudio.resize(length);
    cardEntryEnded();
    AudioBuffer heard = m_prompts;
    heard.mixAt(0, m_callerAudio);
    // The caller's leg is written without its tones unless they were asked for and every card is a test card:
    // the same clamp as the agent's, over the whole call.
    m_callerLeg = m_prompts;
    if (m_keepTones) {
        m_callerLeg.mixAt(0, m_callerAudio);
    } else {
        const ClampInterval whole { 0, atMs - m_startMs };
        m_callerLeg.mixAt(0, DtmfClamp().apply(heard, m_callerAudio, { whole }).audio);
    }
    if (!m_conference) {
        return;
    }
    for (ClampInterval& i : m_intervals) {
        if (i.offMs < 0) {
            i.offMs = atMs - m_startMs;
        }
    }
    // The clamp listens to the caller's line and takes the tones out of what the caller sends to the agent.
    m_clamp = DtmfClamp().apply(heard, m_callerAudio, m_intervals);
    m_agentLeg = m_prompts;
    m_agentLeg.mixAt(0, m_clamp.audio);
}

bool CallRecorder::write(const QString& directory, QString* error) const
{
    if (m_keepTones && !m_onlyTestCards) {
        if (error) {
            *error = QStringLiteral("the keypad tones are kept only when every card number of the call is a "
                                    "published test card: nothing was written");
        }
        return false;
    }
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        if (error) {
            *error = directory + QStringLiteral(": cannot create the folder");
        }
        return false;
    }
    if (!WavFile::write(dir.filePath(QStringLiteral("caller.wav")), m_callerLeg, error)) {
        return false;
    }
    if (!m_conference) {
        return true;
    }
    if (!WavFile::write(dir.filePath(QStringLiteral("agent.wav")), m_agentLeg, error)) {
        return false;
    }
    QJsonObject log = DtmfClamp::toJson(m_intervals, m_clamp);
    log.insert(QStringLiteral("callDurationMs"), m_callerLeg.durationMs());
    QSaveFile file(dir.filePath(QStringLiteral("clamp.json")));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(log).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        if (error) {
            *error = file.fileName() + QStringLiteral(": ") + file.errorString();
        }
        return false;
    }
    return true;
}

} // namespace voicepay
