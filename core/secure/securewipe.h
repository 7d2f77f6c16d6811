#pragma once

#include <cstddef>

namespace voicepay {

// Overwrites memory with zeros in a way the optimiser cannot drop (explicit_bzero).
void secureWipe(void* data, std::size_t size) noexcept;

} // namespace voicepay
