#include "goertzel.h"

#include <cmath>

namespace voicepay {

std::complex<double> goertzel(const float* samples, const float* window, int n, double omega)
{
    const double c = std::cos(omega);
    const double coeff = 2.0 * c;
    double s1 = 0.0;
    double s2 = 0.0;
    for (int i = 0; i < n; ++i) {
        const double s0 = double(samples[i]) * double(window[i]) + coeff * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    // s1 - e^{-j omega} s2 is the DFT value delayed to the last sample; rotate it back to the first.
    const std::complex<double> last(s1 - c * s2, std::sin(omega) * s2);
    return last * std::polar(1.0, -omega * double(n - 1));
}

} // namespace voicepay
