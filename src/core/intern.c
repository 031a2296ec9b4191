/* intern.c - the intern table: one object per distinct interned text.
 *
 * Models CPython 3.11's interning (Objects/unicodeobject.c,
 * PyUnicode_InternInPlace and unicode_dealloc):
 *
 *   - The compiler interns identifier-like string constants, names and
 *     attribute names; sys.intern(s) interns any exact str.  After
 *     rp_str_intern_inplace(&p), p points to THE interned string equal to
 *     it, so interned names are compared by pointer (dict lookups of
 *     attribute names, the method cache).
 *   - Interned strings are "mortal": in 3.11 the interned dict's two
 *     references (key and value) are subtracted from the refcount, so
 *     sys.getrefcount(sys.intern(s)) counts only the program's references
 *     and an interned string is freed when nothing else uses it; its
 *     dealloc first takes it out of the table.  refpy gets the same
 *     numbers more simply: the table holds no references at all.
 *   - '' and the 256 one-character latin-1 strings are preallocated
 *     singletons, in the table from start-up as "immortal" entries, so
 *     sys.intern('a') is 'a'.
 *
 * The table is an open-addressing hash set of str pointers (probing as
 * CPython's dict: i = 5*i + perturb + 1), stored in the runtime struct.
 * It is one of the few places in core/ that must see the str layout
 * (objects/strobject.h): interning is defined by string equality.
 */
#include <string.h>

#include "../objects/exceptions.h"
#include "../objects/str_internal.h"
#include "../objects/strobject.h"
#include "../objects/typeobject.h"
#include "../vm/errors.h"
#include "alloc.h"
#include "refcount.h"
#include "runtime.h"

/* The well-known names (strobject.h): filled by rp_str_init. */
RpObject *rp_ids[RP_ID_COUNT];

/* A deleted slot: its address is unique; never dereferenced. */
static const char deleted_marker;
#define DELETED ((RpObject *)(void *)&deleted_marker)

#define MIN_SIZE 1024

static int table_resize(rp_ssize_t minused)
{
    rp_ssize_t size = MIN_SIZE;
    while (size <= minused * 3 / 2 + 1) {
        size <<= 1;
    }
    RpObject **old = rp_runtime.interned;
    rp_ssize_t oldsize = old ? rp_runtime.interned_mask + 1 : 0;
    RpObject **table = rp_mem_calloc((size_t)size, sizeof(RpObject *));
    if (table == NULL) {
        return -1;
    }
    rp_ssize_t mask = size - 1;
    for (rp_ssize_t j = 0; j < oldsize; j++) {
        RpObject *s = old[j];
        if (s == NULL || s == DELETED) {
            continue;
        }
        size_t h = (size_t)((RpStrObject *)s)->hash;
        size_t perturb = h;
        size_t i = h & (size_t)mask;
        while (table[i] != NULL) {
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & (size_t)mask;
        }
        table[i] = s;
    }
    rp_mem_free(old);
    rp_runtime.interned = table;
    rp_runtime.interned_mask = mask;
    rp_runtime.interned_fill = rp_runtime.interned_used;
    return 0;
}

/* The interned string equal to s (hash computed), or NULL. */
static RpObject *table_find(RpObject *s, rp_hash_t hash)
{
    RpObject **table = rp_runtime.interned;
    if (table == NULL) {
        return NULL;
    }
    size_t mask = (size_t)rp_runtime.interned_mask;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        RpObject *t = table[i];
        if (t == NULL) {
            return NULL;
        }
        if (t != DELETED && ((RpStrObject *)t)->hash == hash && rp_str_eq(t, s)) {
            return t;
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Add s (not in the table; hash computed).  -1 on memory error (no
 * exception set: interning is an optimisation, as in CPython). */
static int table_insert(RpObject *s)
{
    if (rp_runtime.interned == NULL ||
        (rp_runtime.interned_fill + 1) * 3 >= (rp_runtime.interned_mask + 1) * 2) {
        if (table_resize(rp_runtime.interned_used + 1) < 0) {
            return -1;
        }
    }
    RpObject **table = rp_runtime.interned;
    size_t mask = (size_t)rp_runtime.interned_mask;
    size_t h = (size_t)((RpStrObject *)s)->hash;
    size_t perturb = h;
    size_t i = h & mask;
    while (table[i] != NULL && table[i] != DELETED) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    if (table[i] == NULL) {
        rp_runtime.interned_fill++;
    }
    table[i] = s;
    rp_runtime.interned_used++;
    return 0;
}

void rp_intern_forget(RpObject *s)
{
    RpObject **table = rp_runtime.interned;
    ((RpStrObject *)s)->state.interned = RP_STR_NOT_INTERNED;
    if (table == NULL) {
        return;
    }
    rp_hash_t hash = ((RpStrObject *)s)->hash;
    size_t mask = (size_t)rp_runtime.interned_mask;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        RpObject *t = table[i];
        if (t == NULL) {
            return;    /* not found: cannot happen */
        }
        if (t == s) {
            table[i] = DELETED;
            rp_runtime.interned_used--;
            return;
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

void rp_str_intern_inplace(RpObject **p)
{
    RpObject *s = *p;
    if (s == NULL || !rp_str_check_exact(s)) {
        return;     /* str subclasses are never interned (CPython) */
    }
    RpStrObject *so = (RpStrObject *)s;
    if (so->state.interned != RP_STR_NOT_INTERNED) {
        return;
    }
    rp_hash_t h = rp_str_hash(s);
    RpObject *t = table_find(s, h);
    if (t != NULL) {
        rp_incref(t);
        RP_SETREF(*p, t);
        return;
    }
    if (table_insert(s) == 0) {
        so->state.interned = RP_STR_INTERNED;
    }
}

RpObject *rp_str_intern_cstr(const char *cs)
{
    size_t n = strlen(cs);
    size_t i = 0;
    while (i < n && (unsigned char)cs[i] < 0x80) {
        i++;
    }
    if (i == n && rp_runtime.interned != NULL) {
        /* ASCII: look it up without making a string (its hash is the
           hash of the bytes, as for the str) */
        rp_hash_t hash = rp_hash_bytes(cs, n);
        size_t mask = (size_t)rp_runtime.interned_mask;
        size_t perturb = (size_t)hash;
        size_t j = (size_t)hash & mask;
        RpObject **table = rp_runtime.interned;
        for (;;) {
            RpObject *t = table[j];
            if (t == NULL) {
                break;
            }
            if (t != DELETED && ((RpStrObject *)t)->hash == hash &&
                rp_str_is_ascii(t) && (size_t)rp_str_len(t) == n &&
                memcmp(rp_str_data(t), cs, n) == 0) {
                return rp_newref(t);
            }
            perturb >>= 5;
            j = (j * 5 + perturb + 1) & mask;
        }
    }
    RpObject *s = rp_str_from_utf8(cs, (rp_ssize_t)n);
    if (s == NULL) {
        return NULL;
    }
    rp_str_intern_inplace(&s);
    return s;
}

RpObject *rp_str_intern(RpObject *s)
{
    if (!rp_str_check_exact(s)) {
        return rp_err_format(&RpExc_TypeError, "can't intern %.400s", rp_type_name(rp_type(s)));
    }
    rp_incref(s);
    rp_str_intern_inplace(&s);
    return s;
}

rp_ssize_t rp_intern_count(void) { return rp_runtime.interned_used; }

/* Start-up: the singletons enter the table (they are already marked
 * interned-immortal); for the characters CPython 3.11 has deep-frozen
 * constants of, those (see strobject.c). */
int rp_intern_init(void)
{
    RpObject *e = rp_str_empty_borrow();
    rp_str_hash(e);
    if (table_find(e, 0) == NULL && table_insert(e) < 0) {
        rp_err_nomemory();
        return -1;
    }
    for (uint32_t c = 0; c < 256; c++) {
        RpObject *s = rp_str_interned_char_borrow(c);
        rp_hash_t h = rp_str_hash(s);
        if (table_find(s, h) == NULL && table_insert(s) < 0) {
            rp_err_nomemory();
            return -1;
        }
    }
    return 0;
}

/* Shutdown: strings still alive are no longer interned (their dealloc
 * must not look for the table), and the table is freed. */
void rp_intern_clear(void)
{
    RpObject **table = rp_runtime.interned;
    if (table == NULL) {
        return;
    }
    for (rp_ssize_t i = 0; i <= rp_runtime.interned_mask; i++) {
        RpObject *s = table[i];
        if (s != NULL && s != DELETED &&
            ((RpStrObject *)s)->state.interned == RP_STR_INTERNED) {
            ((RpStrObject *)s)->state.interned = RP_STR_NOT_INTERNED;
        }
    }
    rp_mem_free(table);
    rp_runtime.interned = NULL;
    rp_runtime.interned_mask = 0;
    rp_runtime.interned_used = 0;
    rp_runtime.interned_fill = 0;
}
