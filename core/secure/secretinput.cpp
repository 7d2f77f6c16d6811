#include "secretinput.h"

#include "securewipe.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace voicepay {

QString readSecretLine(const char* prompt)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved {};
    if (terminal) {
        std::fprintf(stderr, "%s", prompt);
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char buffer[512] = {};
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    QString line
        = got ? QString::fromUtf8(buffer).remove(QLatin1Char('\n')).remove(QLatin1Char('\r')) : QString();
    secureWipe(buffer, sizeof buffer);
    return line;
}

} // namespace voicepay
