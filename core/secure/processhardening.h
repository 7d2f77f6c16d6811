#pragma once

#include <QString>

namespace voicepay {

// Process-wide protections for a program that handles card data, applied first thing in main():
// - no core dumps (RLIMIT_CORE 0) and not dumpable or traceable by other unprivileged processes;
// - freed heap memory is overwritten (glibc M_PERTURB), so that card digits which passed through ordinary
//   strings (a scenario file, an utterance, a network buffer) do not linger in freed memory.
struct HardeningReport
{
    bool coreDumpsDisabled = false;
    bool notDumpable = false;
    bool freedMemoryWiped = false;
    QString summary() const;
};

HardeningReport hardenProcess();

} // namespace voicepay
