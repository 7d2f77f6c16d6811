#include "runsetup.h"
#include "simcommands.h"

#include <poll.h>
#include <unistd.h>

namespace voicepay::sim {

namespace {

// Keeps the process alive once its calls are over, so that its memory can be inspected (the card-data
// hygiene tests read it). Ends on end of input or after the given seconds.
void holdAtEnd(int seconds)
{
    err() << "voicepay-sim: calls finished; holding pid " << ::getpid() << "\n";
    err().flush();
    pollfd input { STDIN_FILENO, POLLIN, 0 };
    int leftMs = seconds * 1000;
    while (leftMs > 0) {
        const int waitMs = leftMs > 200 ? 200 : leftMs;
        const int ready = ::poll(&input, 1, waitMs);
        if (ready > 0) {
            char buffer[64];
            if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
                return; // end of input
            }
        } else if (ready < 0) {
            return;
        }
        leftMs -= waitMs;
    }
}

} // namespace

bool applyHoldAtEnd(const QString& value, RunSetup& setup, QString* error)
{
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (!ok || seconds < 1 || seconds > 3600) {
        *error = QStringLiteral("takes seconds from 1 to 3600");
        return false;
    }
    setup.atEnd.push_back([seconds](QString*) {
        holdAtEnd(seconds);
        return true;
    });
    return true;
}

} // namespace voicepay::sim
