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

#define ARENA_ALIGN alignof(max_align_t)
#define ARENA_MIN_CHUNK ((size_t)64 * 1024)
#define ARENA_MAX_CHUNK ((size_t)16 * 1024 * 1024)

typedef struct RpArenaChunk {
    struct RpArenaChunk *next;
    size_t size;                 /* bytes usable after the header */
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
    RpArenaChunk *c = calloc(1, sizeof(RpArenaChunk) + size);
    if (c)
        c->size = size;
    return c;
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
        free(c);
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
