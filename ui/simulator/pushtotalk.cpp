#include "simulator/pushtotalk.h"

#include "audioconvert.h"
#include "flow/paymentflow.h"
#include "pocketsphinxrecognizer.h"
#include "secure/securewipe.h"
#include "simulator/callsession.h"
#include "widgets/uilog.h"

#include <QPushButton>
#include <vector>

#ifdef VOICEPAY_HAVE_AUDIO
#include <QAudioFormat>
#include <QAudioSource>
#include <QMediaDevices>
#endif

namespace voicepay::ui {

PushToTalk::PushToTalk(CallSession* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    connect(
        m_session, &CallSession::collecting, this, [this](const CollectSpec& spec) { refreshButton(&spec); });
    connect(m_session, &CallSession::finished, this, [this] {
        stopMicrophone();
        if (m_grammar) {
            Recognition dropped = m_recognizer->finish(*m_grammar, 0); // wiped as it goes
            m_grammar.reset();
            emit listeningChanged(false);
        }
        refreshButton(nullptr);
    });
}

PushToTalk::~PushToTalk()
{
    stopMicrophone();
}

QString PushToTalk::unavailableReason()
{
#ifdef VOICEPAY_HAVE_AUDIO
    if (QMediaDevices::audioInputs().isEmpty()) {
        return tr("No microphone on this machine: type what the caller says in the Say box.");
    }
#else
    return tr("This console was built without Qt Multimedia: type what the caller says in the Say box.");
#endif
    QString error;
    if (!PocketSphinxSettings::modelAvailable(&error)) {
        return tr("No speech recogniser: %1").arg(error);
    }
    return QString();
}

QPushButton* PushToTalk::createButton(QWidget* parent)
{
    m_button = new QPushButton(tr("Hold to &talk"), parent);
    m_button->setObjectName(QStringLiteral("talkButton"));
    const QString why = unavailableReason();
    m_button->setToolTip(
        why.isEmpty() ? tr("Hold down and speak into the microphone; release when done") : why);
    m_button->setEnabled(false);
    connect(m_button, &QPushButton::pressed, this, [this] {
        QString error;
        if (!begin(true, &error)) {
            qCWarning(lcUi) << "push-to-talk:" << error;
        }
    });
    connect(m_button, &QPushButton::released, this, &PushToTalk::end);
    return m_button;
}

void PushToTalk::refreshButton(const CollectSpec* spec)
{
    if (m_button) {
        m_button->setEnabled(spec && spec->acceptVoice && unavailableReason().isEmpty());
    }
}

bool PushToTalk::begin(bool microphone, QString* error)
{
    const PaymentFlow* flow = m_session->flow();
    if (!m_session->isCollecting() || !flow || !flow->currentCollect().acceptVoice) {
        *error = tr("the call is not waiting for a spoken answer");
        return false;
    }
    if (!m_recognizer) {
        m_recognizer = std::make_unique<PocketSphinxRecognizer>();
    }
    SpeechGrammar grammar = SpeechGrammar::forStep(
        flow->currentCollect().step, SpeechGrammar::currencyWordsFor(flow->config().currency));
    if (!m_recognizer->begin(grammar, sampleRate, error)) {
        return false;
    }
    m_grammar = std::move(grammar);
    m_fedSamples = 0;
    m_carry.clear();
#ifdef VOICEPAY_HAVE_AUDIO
    if (microphone) {
        QAudioFormat format;
        format.setSampleRate(sampleRate);
        format.setChannelCount(1);
        format.setSampleFormat(QAudioFormat::Int16);
        const QAudioDevice input = QMediaDevices::defaultAudioInput();
        if (input.isNull() || !input.isFormatSupported(format)) {
            Recognition dropped = m_recognizer->finish(*m_grammar, 0);
            m_grammar.reset();
            *error = tr("the microphone does not record 16 kHz mono");
            return false;
        }
        m_source = new QAudioSource(input, format, this);
        m_device = m_source->start();
        connect(m_device, &QIODevice::readyRead, this, &PushToTalk::readMicrophone);
    }
#else
    Q_UNUSED(microphone);
#endif
    emit listeningChanged(true);
    return true;
}

void PushToTalk::readMicrophone()
{
    if (m_device) {
        QByteArray pcm = m_device->readAll();
        feedPcm(pcm);
    }
}

void PushToTalk::feedPcm(QByteArray& pcm)
{
    if (!m_grammar) {
        secureWipe(pcm.data(), static_cast<std::size_t>(pcm.size()));
        return;
    }
    QByteArray bytes = m_carry + pcm;
    secureWipe(pcm.data(), static_cast<std::size_t>(pcm.size()));
    const qsizetype count = bytes.size() / 2;
    m_carry = bytes.mid(count * 2);
    std::vector<qint16> samples(static_cast<std::size_t>(count));
    for (qsizetype i = 0; i < count; ++i) {
        const auto lo = static_cast<quint8>(bytes.at(2 * i));
        const auto hi = static_cast<quint8>(bytes.at(2 * i + 1));
        samples[static_cast<std::size_t>(i)] = static_cast<qint16>(lo | (hi << 8));
    }
    secureWipe(bytes.data(), static_cast<std::size_t>(bytes.size()));
    // The recogniser takes 20 ms at a time, as it does from a recording.
    constexpr qsizetype frame = sampleRate / 50;
    for (qsizetype at = 0; at < count && m_grammar; at += frame) {
        m_recognizer->feed(samples.data() + at, std::min(frame, count - at));
        m_fedSamples += std::min(frame, count - at);
        if (m_recognizer->speechEnded()) {
            end(); // the caller stopped speaking before letting go of the button
        }
    }
    AudioConvert::wipe(samples);
}

void PushToTalk::end()
{
    stopMicrophone();
    if (!m_grammar) {
        return;
    }
    Recognition heard = m_recognizer->finish(*m_grammar, m_fedSamples * 1000 / sampleRate);
    m_grammar.reset();
    secureWipe(m_carry.data(), static_cast<std::size_t>(m_carry.size()));
    m_carry.clear();
    emit listeningChanged(false);
    if (heard.status == Recognition::Status::NoInput) {
        return; // the button let go before any speech: the step's own time-out keeps running
    }
    m_session->hear(heard);
}

void PushToTalk::stopMicrophone()
{
#ifdef VOICEPAY_HAVE_AUDIO
    if (m_source) {
        m_source->stop();
        m_source->deleteLater();
    }
#endif
    m_source = nullptr;
    m_device = nullptr;
}

} // namespace voicepay::ui
