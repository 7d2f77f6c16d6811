// Linked into every executable that handles card data (not into the core library, and not into sanitizer
// builds, whose allocator owns these symbols).
//
// Card digits reach ordinary heap strings before they can be moved into SensitiveDigits: the text of a
// scenario file, an utterance, a JSON document, a network buffer. This `free` wipes every block before glibc
// releases it, and `realloc` never leaves a copy behind when it moves a block, so freed memory holds no card
// data. glibc documents interposing its allocator from the main program; the blocks themselves still come
// from its malloc.
#include <malloc.h>
#include <sqlite3.h>
#include <string.h>

extern "C" {
void __libc_free(void* ptr); // NOLINT: glibc's own entry points
void* __libc_malloc(size_t size);
void* __libc_realloc(void* ptr, size_t size);

void free(void* ptr)
{
    if (ptr) {
        explicit_bzero(ptr, malloc_usable_size(ptr));
        __libc_free(ptr);
    }
}

void* realloc(void* ptr, size_t size)
{
    // New blocks come through malloc(), which is glibc's own here, so that a program that counts its
    // allocations by interposing malloc() (bench_engine) counts these as well.
    if (!ptr) {
        return malloc(size);
    }
    if (size == 0) {
        free(ptr);
        return nullptr;
    }
    const size_t usable = malloc_usable_size(ptr);
    if (size <= usable) {
        return ptr; // fits where it is: nothing is left behind
    }
    void* moved = malloc(size);
    if (!moved) {
        return nullptr; // the old block stays valid, as realloc promises
    }
    memcpy(moved, ptr, usable);
    free(ptr);
    return moved;
}
}

// SQLite's own blocks (its page cache, statements, bound copies of values) hold only what goes to or comes
// from a database, and nothing that handles card data writes a card number or a security code to one: they
// are released without the wipe, which otherwise costs the KPI store's writer a memset of every block. Set
// before main(), so before any connection initialises SQLite.
namespace {

void* sqliteMalloc(int size)
{
    return __libc_malloc(size_t(size));
}

void sqliteFree(void* ptr)
{
    __libc_free(ptr);
}

void* sqliteRealloc(void* ptr, int size)
{
    return __libc_realloc(ptr, size_t(size));
}

int sqliteSize(void* ptr)
{
    return int(malloc_usable_size(ptr));
}

int sqliteRoundup(int size)
{
    return (size + 7) & ~7;
}

int sqliteInit(void*)
{
    return SQLITE_OK;
}

void sqliteShutdown(void*) { }

__attribute__((constructor)) void useUnwipedSqliteBlocks()
{
    static const sqlite3_mem_methods methods { sqliteMalloc, sqliteFree, sqliteRealloc, sqliteSize,
        sqliteRoundup, sqliteInit, sqliteShutdown, nullptr };
    sqlite3_config(SQLITE_CONFIG_MALLOC, &methods);
}

} // namespace
