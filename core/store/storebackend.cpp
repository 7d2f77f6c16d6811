#include "storebackend.h"

#include "postgresbackend.h"
#include "sqlitebackend.h"

namespace voicepay {

std::unique_ptr<StoreBackend> StoreBackend::create(const StoreUrl& url)
{
    if (url.backend == StoreUrl::Backend::Postgres) {
        return std::make_unique<PostgresBackend>();
    }
    return std::make_unique<SqliteBackend>();
}

} // namespace voicepay
