// Linked into every executable that handles card data (not into the core library, and not into sanitizer
// builds, whose allocator owns these symbols).
//
// Card digits reach ordinary heap strings before they can be moved into SensitiveDigits: the text of a
// scenario file, an utterance, a JSON document, a network buffer. This `free` wipes every block before glibc
// releases it, and `realloc` never leaves a copy behind when it moves a block, so freed memory holds no card
// data. glibc documents interposing its allocator from the main program; the blocks themselves still come
// from its malloc. SQLite's blocks take another way: sqliteblocks.cpp.
#include <malloc.h>
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
