#pragma once

#include <QString>

namespace voicepay {

// What an error message may quote of an input where card data may stand (a scenario's keys, a configuration
// value): a few characters around `position` (or the start), every digit shown as '*'. The message gives the
// position; the digits themselves are never repeated.
QString maskedExcerpt(const QString& text, qsizetype position = 0, qsizetype radius = 6);

} // namespace voicepay
