#include "securewipe.h"

#include <string.h>

namespace voicepay {

void secureWipe(void* data, std::size_t size) noexcept
{
    if (data && size > 0) {
        explicit_bzero(data, size);
    }
}

} // namespace voicepay
