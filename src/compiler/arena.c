/* arena.c - the front end's bump allocator (see arena.h).
 *
 * Memory comes from the system in chunks that grow geometrically (64 KiB
 * up to 16 MiB), so parsing a large file costs O(log n) mallocs.  Each
 * chunk is calloc'ed, hence every allocation is already zero: the bump
 * pointer never hands out memory twice.  A request larger than a quarter
 * of the current chunk size gets a chunk of its own, linked behind the
 * current one, so that the free space of the current chunk is not wasted.
 */
#include "arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__linux__)
#include <sys/mman.h>
#define ARENA_USE_MMAP 1
#endif

/* 8 is enough for everything the front end allocates (pointers, ints,
   size_t, doubles are never stored in the arena as long double) */
#define ARENA_ALIGN ((size_t)8)
#define ARENA_MIN_CHUNK ((size_t)64 * 1024)
#define ARENA_MAX_CHUNK ((size_t)16 * 1024 * 1024)

typedef struct RpArenaChunk {
    struct RpArenaChunk *next;
    size_t size;                 /* bytes usable after the header */
    size_t mapped;               /* mmap'ed length, or 0 (calloc'ed) */
    alignas(max_align_t) unsigned char data[];
} RpArenaChunk;

struct RpArena {
    RpArenaChunk *chunks;        /* the current chunk first */
    unsigned char *cur, *end;    /* free space in the current chunk */
    size_t next_size;            /* size of the next regular chunk */
};

static RpArenaChunk *chunk_new(size_t size)
{
    if (size > SIZE_MAX - sizeof(RpArenaChunk))
        return NULL;
#ifdef ARENA_USE_MMAP
    /* big chunks: fresh zero pages, asking for transparent huge pages -
       a big AST touches hundreds of MB and 4 KiB page faults would cost
       more than the parsing */
    if (size >= ((size_t)2 << 20)) {
        size_t len = sizeof(RpArenaChunk) + size;
        void *m = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m != MAP_FAILED) {
#ifdef MADV_HUGEPAGE
            madvise(m, len, MADV_HUGEPAGE);
#endif
            RpArenaChunk *c = m;
            c->size = size;
            c->mapped = len;
            return c;
        }
    }
#endif
    RpArenaChunk *c = calloc(1, sizeof(RpArenaChunk) + size);
    if (c)
        c->size = size;
    return c;
}

static void chunk_free(RpArenaChunk *c)
{
#ifdef ARENA_USE_MMAP
    if (c->mapped) {
        munmap(c, c->mapped);
        return;
    }
#endif
    free(c);
}

RpArena *rp_arena_new(void)
{
    RpArena *a = calloc(1, sizeof(RpArena));
    if (!a)
        return NULL;
    a->next_size = ARENA_MIN_CHUNK;
    return a;
}

void rp_arena_free(RpArena *arena)
{
    if (!arena)
        return;
    RpArenaChunk *c = arena->chunks;
    while (c) {
        RpArenaChunk *next = c->next;
        chunk_free(c);
        c = next;
    }
    free(arena);
}

void *rp_arena_alloc(RpArena *arena, size_t size)
{
    if (size == 0)
        size = 1;
    if (size > SIZE_MAX - ARENA_ALIGN)
        return NULL;
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if ((size_t)(arena->end - arena->cur) >= size) {
        void *p = arena->cur;
        arena->cur += size;
        return p;
    }
    if (size > arena->next_size / 4) {
        /* a big block: a chunk of its own, kept behind the current one */
        RpArenaChunk *c = chunk_new(size);
        if (!c)
            return NULL;
        if (arena->chunks) {
            c->next = arena->chunks->next;
            arena->chunks->next = c;
        } else {
            arena->chunks = c;
            arena->cur = arena->end = c->data + size;
        }
        return c->data;
    }
    RpArenaChunk *c = chunk_new(arena->next_size);
    if (!c)
        return NULL;
    if (arena->next_size < ARENA_MAX_CHUNK)
        arena->next_size *= 2;
    c->next = arena->chunks;
    arena->chunks = c;
    arena->cur = c->data + size;
    arena->end = c->data + c->size;
    return c->data;
}

char *rp_arena_strndup(RpArena *arena, const char *s, size_t n)
{
    char *p = rp_arena_alloc(arena, n + 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}
