#include "simcommands.h"

#include <cstdio>

namespace voicepay::sim {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString& message)
{
    out().flush();
    err() << "voicepay-sim: " << message << "\n";
    err().flush();
    return 2;
}

} // namespace voicepay::sim
