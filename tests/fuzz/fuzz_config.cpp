// The configuration reader: any bytes give a configuration or an error naming the key, never a crash.
#include "config/flowconfig.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString error;
    const auto config = voicepay::ConfigReader::fromJson(
        QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)), &error);
    if (config) {
        // What was accepted is valid and writes back to something the reader accepts again.
        QString again;
        if (!config->validate(&again)) {
            __builtin_trap();
        }
        (void)config->version();
    } else if (error.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
