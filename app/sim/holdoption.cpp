#include "runsetup.h"
#include "simcommands.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSocketNotifier>
#include <QTimer>
#include <unistd.h>

namespace voicepay::sim {

namespace {

// Keeps the process alive once its calls are over, so that its memory can be inspected (the card-data
// hygiene tests read it). It idles in its event loop as a long-running program does between calls, so what
// the calls left for the loop to finish (replies and connections deleted later, the network thread's
// clean-up) is done, and it is this state that is inspected. Ends on end of input or after the given seconds.
void holdAtEnd(int seconds)
{
    QEventLoop loop;
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &loop, [&loop, &input] {
        char buffer[64];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            input.setEnabled(false);
            loop.quit(); // end of input
        }
    });
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    // Announced from inside the loop, after what was pending has run.
    QTimer::singleShot(0, &loop, [] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        err() << "voicepay-sim: calls finished; holding pid " << ::getpid() << "\n";
        err().flush();
    });
    loop.exec();
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
