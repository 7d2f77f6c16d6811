#include "dtmfdetector.h"

#include "goertzel.h"

#include <QLoggingCategory>
#include <cmath>
#include <numbers>
#include <optional>

Q_LOGGING_CATEGORY(lcDtmf, "voicepay.audio.dtmf")

namespace voicepay {

namespace {

constexpr double lowGroup[] = { 697, 770, 852, 941 };
constexpr double highGroup[] = { 1209, 1336, 1477, 1633 };
constexpr char16_t layout[4][4] = { { u'1', u'2', u'3', u'A' }, { u'4', u'5', u'6', u'B' },
    { u'7', u'8', u'9', u'C' }, { u'*', u'0', u'#', u'D' } };
constexpr double twoPi = 2.0 * std::numbers::pi;

std::vector<float> hann(int n)
{
    std::vector<float> w(static_cast<size_t>(n), 0.0f);
    for (int i = 0; i < n; ++i) {
        w[size_t(i)] = float(0.5 - 0.5 * std::cos(twoPi * (i + 0.5) / n));
    }
    return w;
}

double sum(const std::vector<float>& w)
{
    double s = 0.0;
    for (float v : w) {
        s += v;
    }
    return s;
}

double wrapPhase(double a)
{
    return std::remainder(a, twoPi);
}

struct Tone
{
    double hz = 0.0;
    double amplitude = 0.0; // peak, full scale 1.0
    bool steady = false; // present through the whole frame
};

struct Frame
{
    int row = -1;
    int column = -1;
    Tone low;
    Tone high;
};

struct Run
{
    int row = -1;
    int column = -1;
    qsizetype firstStart = 0; // sample at which the first valid frame starts
    qsizetype lastEnd = 0; // sample at which the last valid frame ends
    qsizetype firstEnd = 0;
    double lowHzSum = 0.0;
    double highHzSum = 0.0;
    int frames = 0;
};

class Analyzer
{
public:
    Analyzer(const AudioBuffer& audio, const DtmfDetectorLimits& limits)
        : m_limits(limits)
        , m_rate(audio.sampleRate)
        , m_frame(audio.sampleRate / 50)
        , m_hop(audio.sampleRate / 200)
        , m_block(m_frame - m_hop)
        , m_envelope(audio.sampleRate / 100)
        , m_frameWindow(hann(m_frame))
        , m_blockWindow(hann(m_block))
        , m_envelopeWindow(hann(m_envelope))
        , m_frameGain(sum(m_frameWindow))
        , m_envelopeGain(sum(m_envelopeWindow))
        , m_minAmplitude(std::pow(10.0, limits.minLevelDbfs / 20.0))
    {
        m_x.reserve(audio.samples.size());
        for (qint16 s : audio.samples) {
            m_x.push_back(float(s) / 32768.0f);
        }
    }

    QList<DtmfDetection> run()
    {
        QList<DtmfDetection> out;
        std::optional<Run> current;
        const qsizetype n = qsizetype(m_x.size());
        const qsizetype maxGap = qsizetype(m_limits.maxDropoutMs) * m_rate / 1000;
        for (qsizetype start = 0; start + m_frame <= n; start += m_hop) {
            const std::optional<Frame> f = analyse(start);
            if (!f) {
                if (current && start - current->lastEnd > maxGap) {
                    finish(*current, out);
                    current.reset();
                }
                continue;
            }
            if (current && (current->row != f->row || current->column != f->column)) {
                finish(*current, out);
                current.reset();
            }
            if (!current) {
                current = Run { f->row, f->column, start, start + m_frame, start + m_frame, 0.0, 0.0, 0 };
            }
            current->lastEnd = start + m_frame;
            current->lowHzSum += f->low.hz;
            current->highHzSum += f->high.hz;
            ++current->frames;
        }
        if (current) {
            finish(*current, out);
        }
        return out;
    }

private:
    double omega(double hz) const { return twoPi * hz / m_rate; }

    Tone measure(qsizetype start, double hz) const
    {
        const double w0 = omega(hz);
        const auto a = goertzel(&m_x[size_t(start)], m_blockWindow.data(), m_block, w0);
        const auto b = goertzel(&m_x[size_t(start + m_hop)], m_blockWindow.data(), m_block, w0);
        Tone t;
        // The phase advance over one hop is omega * hop: its excess over the nominal gives the offset.
        const double advance = wrapPhase(std::arg(b * std::conj(a)) - w0 * m_hop);
        const double w = w0 + advance / m_hop;
        t.hz = w * m_rate / twoPi;
        const auto whole = goertzel(&m_x[size_t(start)], m_frameWindow.data(), m_frame, w);
        t.amplitude = 2.0 * std::abs(whole) / m_frameGain;
        const double ma = std::abs(a);
        const double mb = std::abs(b);
        t.steady = std::min(ma, mb) >= 0.5 * std::max(ma, mb); // within 6 dB: the tone fills the frame
        return t;
    }

    std::optional<Frame> analyse(qsizetype start) const
    {
        const float* x = &m_x[size_t(start)];
        double power = 0.0;
        for (int i = 0; i < m_frame; ++i) {
            power += double(x[i]) * double(x[i]) * double(m_frameWindow[size_t(i)]);
        }
        power /= m_frameGain;
        if (power < m_minAmplitude * m_minAmplitude) {
            return std::nullopt;
        }
        auto strongest = [&](const double* group) {
            int best = 0;
            double bestPower = -1.0;
            for (int k = 0; k < 4; ++k) {
                const double p = std::norm(goertzel(x, m_frameWindow.data(), m_frame, omega(group[k])));
                if (p > bestPower) {
                    bestPower = p;
                    best = k;
                }
            }
            return best;
        };
        Frame f;
        f.row = strongest(lowGroup);
        f.column = strongest(highGroup);
        f.low = measure(start, lowGroup[f.row]);
        f.high = measure(start, highGroup[f.column]);
        const double lowDev = std::abs(f.low.hz / lowGroup[f.row] - 1.0);
        const double highDev = std::abs(f.high.hz / highGroup[f.column] - 1.0);
        if (lowDev > m_limits.maxDeviation || highDev > m_limits.maxDeviation) {
            return std::nullopt;
        }
        if (f.low.amplitude < m_minAmplitude || f.high.amplitude < m_minAmplitude) {
            return std::nullopt;
        }
        const double twist = 20.0 * std::log10(f.high.amplitude / f.low.amplitude);
        if (twist > m_limits.maxHighLouderDb || -twist > m_limits.maxLowLouderDb) {
            return std::nullopt;
        }
        const double tonePower
            = 0.5 * (f.low.amplitude * f.low.amplitude + f.high.amplitude * f.high.amplitude);
        if (tonePower < m_limits.minPurity * power) {
            return std::nullopt;
        }
        if (!f.low.steady || !f.high.steady) {
            return std::nullopt;
        }
        return f;
    }

    double envelopeAt(qsizetype start, double lowHz, double highHz) const
    {
        const float* x = &m_x[size_t(start)];
        const double a
            = 2.0 * std::abs(goertzel(x, m_envelopeWindow.data(), m_envelope, omega(lowHz))) / m_envelopeGain;
        const double b = 2.0 * std::abs(goertzel(x, m_envelopeWindow.data(), m_envelope, omega(highHz)))
            / m_envelopeGain;
        return std::sqrt(a * a + b * b);
    }

    void finish(const Run& run, QList<DtmfDetection>& out) const
    {
        const double lowHz = run.lowHzSum / run.frames;
        const double highHz = run.highHzSum / run.frames;
        // Find the edges on a short envelope: where it crosses half its peak, the 10 ms window is centred on
        // the edge of the tone.
        const qsizetype step = m_rate / 1000;
        const qsizetype from = std::max<qsizetype>(0, run.firstStart - m_envelope);
        const qsizetype to = std::min<qsizetype>(qsizetype(m_x.size()) - m_envelope, run.lastEnd);
        std::vector<double> env;
        for (qsizetype p = from; p <= to; p += step) {
            env.push_back(envelopeAt(p, lowHz, highHz));
        }
        if (env.empty()) {
            return;
        }
        const double peak = *std::max_element(env.begin(), env.end());
        size_t first = 0;
        while (first < env.size() && env[first] < 0.5 * peak) {
            ++first;
        }
        size_t last = env.size() - 1;
        while (last > first && env[last] < 0.5 * peak) {
            --last;
        }
        const qsizetype startSample = from + qsizetype(first) * step + m_envelope / 2;
        const qsizetype endSample = from + qsizetype(last) * step + m_envelope / 2;
        DtmfDetection d;
        d.key = QChar(layout[run.row][run.column]);
        d.startMs = startSample * 1000 / m_rate;
        d.endMs = (endSample * 1000 + m_rate - 1) / m_rate;
        d.lowHz = lowHz;
        d.highHz = highHz;
        const qint64 lengthMs = (endSample - startSample) * 1000 / m_rate;
        d.detectedAtMs = std::max(d.startMs + m_limits.minToneMs, run.firstEnd * 1000 / m_rate);
        const Tone lowTone = measureAt(run, lowHz);
        const Tone highTone = measureAt(run, highHz);
        d.twistDb = 20.0 * std::log10(std::max(highTone.amplitude, 1e-9) / std::max(lowTone.amplitude, 1e-9));
        if (lengthMs < m_limits.minToneMs) {
            qCDebug(lcDtmf) << "a tone of" << lengthMs << "ms at" << d.startMs << "ms is too short";
            return;
        }
        out << d;
    }

    Tone measureAt(const Run& run, double hz) const
    {
        Tone t;
        const auto whole = goertzel(&m_x[size_t(run.firstStart)], m_frameWindow.data(), m_frame, omega(hz));
        t.hz = hz;
        t.amplitude = 2.0 * std::abs(whole) / m_frameGain;
        return t;
    }

    const DtmfDetectorLimits& m_limits;
    int m_rate;
    int m_frame;
    int m_hop;
    int m_block;
    int m_envelope;
    std::vector<float> m_frameWindow;
    std::vector<float> m_blockWindow;
    std::vector<float> m_envelopeWindow;
    double m_frameGain;
    double m_envelopeGain;
    double m_minAmplitude;
    std::vector<float> m_x;
};

} // namespace

DtmfDetector::DtmfDetector(DtmfDetectorLimits limits)
    : m_limits(limits)
{
}

QList<DtmfDetection> DtmfDetector::detect(const AudioBuffer& audio) const
{
    if (!AudioBuffer::isSupportedRate(audio.sampleRate)) {
        return {};
    }
    return Analyzer(audio, m_limits).run();
}

QString DtmfDetector::detectKeys(const AudioBuffer& audio) const
{
    QString keys;
    for (const DtmfDetection& d : detect(audio)) {
        keys += d.key;
    }
    return keys;
}

} // namespace voicepay
