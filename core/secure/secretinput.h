#pragma once

#include <QString>

namespace voicepay {

// One line from standard input for a password or a key: not echoed on a terminal (the prompt goes to stderr
// there), the line ending removed, the read buffer wiped. Secrets never come from the command line.
QString readSecretLine(const char* prompt);

} // namespace voicepay
