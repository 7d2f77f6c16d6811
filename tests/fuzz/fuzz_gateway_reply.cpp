// The gateway reply reader: truncated, oversized, DTD-bearing or random replies are errors, never approvals
// by accident and never crashes.
#include "gateway/anet/anetreplyreader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const auto reply = voicepay::AnetReplyReader::read(bytes, &error);
    if (!reply && error.isEmpty()) {
        __builtin_trap();
    }
    if (bytes.contains("<!DOCTYPE") && reply) {
        __builtin_trap(); // a DTD is never accepted
    }
    return 0;
}
