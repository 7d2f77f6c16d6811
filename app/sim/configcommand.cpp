#include "config/configkeys.h"
#include "simcommands.h"

namespace voicepay::sim {

// `voicepay-sim config keys`: every configuration key with its type, default, range or allowed values and
// meaning, as a Markdown table (docs/engine.md holds its output).
int configCommand(const QStringList& args)
{
    if (args != QStringList { QStringLiteral("keys") }) {
        return usageError(QStringLiteral("usage: voicepay-sim config keys"));
    }
    out() << ConfigKeys::markdownTable();
    return 0;
}

} // namespace voicepay::sim
