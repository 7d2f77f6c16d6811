#pragma once

#include "audiobuffer.h"

#include <QString>

namespace voicepay {

// How a keypad tone is made. Levels are each sine's peak in dBFS; the default puts the high group 2 dB above
// the low group, as telephones do to make up for line loss at higher frequencies.
struct DtmfToneSpec
{
    int toneMs = 100;
    int gapMs = 100;
    double lowLevelDbfs = -9.0;
    double highLevelDbfs = -7.0;
    double lowDeviation = 0.0; // relative frequency offset of the low tone (0.015 = 1.5 % high)
    double highDeviation = 0.0; // the same for the high tone
    int rampMs = 1; // raised-cosine on and off ramps, so a tone starts without a click
};

// ITU-T Q.23 keypad tones: a low-group (697, 770, 852, 941 Hz) and a high-group (1209, 1336, 1477, 1633 Hz)
// sine.
class DtmfGenerator
{
public:
    static QString keys(); // "123A456B789C*0#D"
    static bool frequencies(QChar key, int* lowHz, int* highHz);

    // One tone of spec.toneMs, no gap. An unknown key gives silence of the same length.
    static AudioBuffer tone(QChar key, int sampleRate, const DtmfToneSpec& spec = {});
    // Each key's tone followed by spec.gapMs of silence.
    static AudioBuffer sequence(const QString& keys, int sampleRate, const DtmfToneSpec& spec = {});
};

} // namespace voicepay
