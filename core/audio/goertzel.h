#pragma once

#include <complex>

namespace voicepay {

// The Goertzel recurrence for one frequency over n samples weighted by a window: the DFT value at `omega`
// (radians per sample), with its phase referred to the first sample, so that the phases of two blocks can be
// compared to measure the frequency precisely.
std::complex<double> goertzel(const float* samples, const float* window, int n, double omega);

} // namespace voicepay
