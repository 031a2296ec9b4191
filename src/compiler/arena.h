/* arena.h - bump allocator for the front end (tokens, AST, symbol tables).
 * Everything allocated from one arena is freed with it, at once. */
#ifndef RP_ARENA_H
#define RP_ARENA_H

#include <stddef.h>

typedef struct RpArena RpArena;

RpArena *rp_arena_new(void);                 /* NULL when out of memory */
void rp_arena_free(RpArena *arena);          /* accepts NULL */
void *rp_arena_alloc(RpArena *arena, size_t size);   /* zeroed; NULL on OOM */
char *rp_arena_strndup(RpArena *arena, const char *s, size_t n);

#endif
