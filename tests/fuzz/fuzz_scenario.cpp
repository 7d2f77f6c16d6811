// The scenario reader, and a run of whatever it accepts: never a crash, never a hang.
#include "sim/scenario.h"
#include "sim/scenariorunner.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const auto scenario = voicepay::Scenario::fromJson(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)), &error);
    if (!scenario) {
        if (error.isEmpty()) {
            __builtin_trap();
        }
        return 0;
    }
    voicepay::RunOptions options;
    options.date = QDate(2026, 11, 25);
    options.sessionId = QStringLiteral("fuzz");
    const voicepay::ScenarioRun run = voicepay::ScenarioRunner::run(*scenario, options);
    if (run.ok && run.result.durationMs < 0) {
        __builtin_trap();
    }
    return 0;
}
