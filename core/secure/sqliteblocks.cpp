// SQLite's allocator in the executables that link the wiping free() (securefree.cpp).
//
// SQLite's own blocks (its page cache, statements, bound copies of values) hold only what goes to or comes
// from a database, and nothing that handles card data writes a card number or a security code to one: they
// are released without the wipe. Debian builds SQLite without its lookaside memory, so every record, cursor
// and page of the KPI store's writer is a malloc() and a free(), and glibc's M_PERTURB fill (turned on by
// hardenProcess()) writes every page-sized block twice. SQLite's blocks up to 8 KB are therefore kept in a
// small cache per thread (at most 2 MB) and handed back to SQLite itself: no block of SQLite's ever goes to
// other code unfilled, and what the cache cannot hold goes back to glibc as before. Set before main(), so
// before any connection initialises SQLite.
#include <malloc.h>
#include <sqlite3.h>
#include <string.h>

extern "C" {
void __libc_free(void* ptr); // NOLINT: glibc's own entry points
void* __libc_malloc(size_t size);
}

namespace {

// Each block begins with a header holding the bytes SQLite may use (xSize), 16 bytes to keep the alignment.
constexpr size_t kHeader = 16;
constexpr size_t kGranule = 64;
constexpr size_t kLargestCached = 8192; // a 4 KB page with SQLite's own header fits
constexpr size_t kClasses = kLargestCached / kGranule + 1;
constexpr size_t kMaxCachedBytes = 2 * 1024 * 1024;

struct FreeBlock
{
    FreeBlock* next;
};

// Plain data, so it stays usable while the thread exits (after the owner below has emptied it).
struct BlockCache
{
    FreeBlock* heads[kClasses];
    size_t bytes;
    bool ownerRegistered;
    bool closed; // the thread is exiting: blocks go straight back to glibc
};

thread_local BlockCache t_cache {};

// Gives a thread's cached blocks back to glibc when the thread ends.
struct BlockCacheOwner
{
    BlockCacheOwner() = default;
    BlockCacheOwner(const BlockCacheOwner&) = delete;
    BlockCacheOwner& operator=(const BlockCacheOwner&) = delete;
    ~BlockCacheOwner()
    {
        t_cache.closed = true;
        for (FreeBlock*& head : t_cache.heads) {
            while (head) {
                FreeBlock* next = head->next;
                __libc_free(reinterpret_cast<char*>(head) - kHeader);
                head = next;
            }
        }
        t_cache.bytes = 0;
    }
    void keep() { }
};

thread_local BlockCacheOwner t_owner;

size_t& capacityOf(void* ptr)
{
    return *reinterpret_cast<size_t*>(static_cast<char*>(ptr) - kHeader);
}

// The block size a request takes: whole granules while it can be cached, else what it asks.
size_t blockSize(size_t request)
{
    const size_t total = request + kHeader;
    return total <= kLargestCached ? (total + kGranule - 1) / kGranule * kGranule
                                   : (total + 15) & ~size_t(15);
}

void* sqliteMalloc(int size)
{
    const size_t block = blockSize(size_t(size > 0 ? size : 1));
    if (block <= kLargestCached) {
        if (FreeBlock*& head = t_cache.heads[block / kGranule]; head) {
            FreeBlock* reused = head;
            head = reused->next;
            t_cache.bytes -= block;
            return reused;
        }
    }
    char* raw = static_cast<char*>(__libc_malloc(block));
    if (!raw) {
        return nullptr;
    }
    *reinterpret_cast<size_t*>(raw) = block - kHeader;
    return raw + kHeader;
}

void sqliteFree(void* ptr)
{
    if (!ptr) {
        return;
    }
    const size_t block = capacityOf(ptr) + kHeader;
    BlockCache& cache = t_cache;
    if (block <= kLargestCached && !cache.closed && cache.bytes + block <= kMaxCachedBytes) {
        if (!cache.ownerRegistered) {
            cache.ownerRegistered = true;
            t_owner.keep(); // constructs the owner, whose destructor empties the cache at thread exit
        }
        auto* freed = static_cast<FreeBlock*>(ptr);
        freed->next = cache.heads[block / kGranule];
        cache.heads[block / kGranule] = freed;
        cache.bytes += block;
        return;
    }
    __libc_free(static_cast<char*>(ptr) - kHeader);
}

int sqliteSize(void* ptr)
{
    return ptr ? int(capacityOf(ptr)) : 0;
}

void* sqliteRealloc(void* ptr, int size)
{
    if (!ptr) {
        return sqliteMalloc(size);
    }
    const size_t capacity = capacityOf(ptr);
    if (size_t(size) <= capacity) {
        return ptr;
    }
    void* moved = sqliteMalloc(size);
    if (!moved) {
        return nullptr; // the old block stays valid, as realloc promises
    }
    memcpy(moved, ptr, capacity);
    sqliteFree(ptr);
    return moved;
}

int sqliteRoundup(int size)
{
    return int(blockSize(size_t(size > 0 ? size : 1)) - kHeader);
}

int sqliteInit(void*)
{
    return SQLITE_OK;
}

void sqliteShutdown(void*) { }

__attribute__((constructor)) void useCachedSqliteBlocks()
{
    static const sqlite3_mem_methods methods { sqliteMalloc, sqliteFree, sqliteRealloc, sqliteSize,
        sqliteRoundup, sqliteInit, sqliteShutdown, nullptr };
    sqlite3_config(SQLITE_CONFIG_MALLOC, &methods);
    // No count of SQLite's memory (nothing reads it): each allocation would take a global mutex for it.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

} // namespace
