#include "audioconvert.h"

#include "secure/securewipe.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace voicepay::AudioConvert {

namespace {

constexpr int kTaps = 63;

// Low-pass at 3.8 kHz for a 16 kHz stream (Blackman window), unity gain at DC.
const std::array<double, kTaps>& lowPass()
{
    static const std::array<double, kTaps> taps = [] {
        std::array<double, kTaps> h {};
        const double fc = 3800.0 / 16000.0;
        const int m = kTaps - 1;
        double sum = 0;
        for (int n = 0; n < kTaps; ++n) {
            const double k = n - m / 2.0;
            const double sinc = k == 0 ? 2 * fc : std::sin(2 * M_PI * fc * k) / (M_PI * k);
            const double w = 0.42 - 0.5 * std::cos(2 * M_PI * n / m) + 0.08 * std::cos(4 * M_PI * n / m);
            h[n] = sinc * w;
            sum += h[n];
        }
        for (double& v : h) {
            v /= sum;
        }
        return h;
    }();
    return taps;
}

qint16 saturate(double v)
{
    return static_cast<qint16>(std::lround(std::clamp(v, -32768.0, 32767.0)));
}

// Filters `in` (16 kHz) and keeps every `step`-th output sample, scaled by `gain`.
std::vector<qint16> filter(const std::vector<double>& in, int step, double gain)
{
    const auto& h = lowPass();
    std::vector<qint16> out;
    out.reserve(in.size() / static_cast<size_t>(step) + 1);
    const qsizetype n = static_cast<qsizetype>(in.size());
    for (qsizetype i = 0; i < n; i += step) {
        double acc = 0;
        for (int k = 0; k < kTaps; ++k) {
            const qsizetype j = i + kTaps / 2 - k;
            if (j >= 0 && j < n) {
                acc += h[static_cast<size_t>(k)] * in[static_cast<size_t>(j)];
            }
        }
        out.push_back(saturate(acc * gain));
    }
    return out;
}

} // namespace

std::vector<qint16> upsample8to16(const qint16* samples, qsizetype count)
{
    std::vector<double> stuffed(static_cast<size_t>(count) * 2, 0.0);
    for (qsizetype i = 0; i < count; ++i) {
        stuffed[static_cast<size_t>(2 * i)] = samples[i];
    }
    std::vector<qint16> out = filter(stuffed, 1, 2.0);
    secureWipe(stuffed.data(), stuffed.size() * sizeof(double));
    return out;
}

Upsampler::Upsampler()
    : m_history(kTaps - 1, 0.0)
{
}

Upsampler::~Upsampler()
{
    reset();
}

void Upsampler::reset() noexcept
{
    secureWipe(m_history.data(), m_history.size() * sizeof(double));
}

std::vector<qint16> Upsampler::process(const qint16* samples, qsizetype count)
{
    // A causal form of the buffer filter: each output sample takes the kTaps stuffed samples up to it.
    const auto& h = lowPass();
    std::vector<double> stuffed(m_history);
    stuffed.reserve(m_history.size() + static_cast<size_t>(count) * 2);
    for (qsizetype i = 0; i < count; ++i) {
        stuffed.push_back(samples[i]);
        stuffed.push_back(0.0);
    }
    std::vector<qint16> out;
    out.reserve(static_cast<size_t>(count) * 2);
    for (size_t i = kTaps - 1; i < stuffed.size(); ++i) {
        double acc = 0;
        for (int k = 0; k < kTaps; ++k) {
            acc += h[static_cast<size_t>(k)] * stuffed[i - static_cast<size_t>(k)];
        }
        out.push_back(saturate(acc * 2.0));
    }
    std::copy(stuffed.end() - (kTaps - 1), stuffed.end(), m_history.begin());
    secureWipe(stuffed.data(), stuffed.size() * sizeof(double));
    return out;
}

std::vector<qint16> downsample16to8(const qint16* samples, qsizetype count)
{
    std::vector<double> in(samples, samples + count);
    std::vector<qint16> out = filter(in, 2, 1.0);
    secureWipe(in.data(), in.size() * sizeof(double));
    return out;
}

quint8 mulawEncode(qint16 sample)
{
    constexpr int bias = 0x84;
    constexpr int clip = 32635;
    int s = sample;
    const int sign = s < 0 ? 0x80 : 0;
    if (s < 0) {
        s = -s;
    }
    s = std::min(s, clip) + bias;
    int exponent = 7;
    for (int mask = 0x4000; (s & mask) == 0 && exponent > 0; mask >>= 1) {
        --exponent;
    }
    const int mantissa = (s >> (exponent + 3)) & 0x0F;
    return static_cast<quint8>(~(sign | (exponent << 4) | mantissa));
}

qint16 mulawDecode(quint8 code)
{
    const int u = ~code & 0xFF;
    const int exponent = (u >> 4) & 0x07;
    const int mantissa = u & 0x0F;
    const int magnitude = (((mantissa << 3) + 0x84) << exponent) - 0x84;
    return static_cast<qint16>((u & 0x80) ? -magnitude : magnitude);
}

std::vector<qint16> mulawRoundTrip(const qint16* samples, qsizetype count)
{
    std::vector<qint16> out(static_cast<size_t>(count));
    for (qsizetype i = 0; i < count; ++i) {
        out[static_cast<size_t>(i)] = mulawDecode(mulawEncode(samples[i]));
    }
    return out;
}

void wipe(std::vector<qint16>& samples) noexcept
{
    if (!samples.empty()) {
        secureWipe(samples.data(), samples.size() * sizeof(qint16));
    }
    samples.clear();
    samples.shrink_to_fit();
}

} // namespace voicepay::AudioConvert
