/* listobject.c - the list type.
 *
 * Models CPython 3.11's Objects/listobject.c (the sort is in listsort.c).
 *
 * Memory model:
 *   - A list is a GC object (40 bytes + 16 GC head) pointing to a separate
 *     array of `allocated` slots, of which ob_size are used.
 *   - list_resize is 3.11's: when the array must change, the new
 *     capacity is (n + n/8 + 6) & ~3, or exactly n (rounded up to a
 *     multiple of 4) when growing by more than that would give; shrinking
 *     below half gives memory back.  Operations that know their final
 *     size pre-size exactly as CPython's do (PyList_New for slices, +, *;
 *     an even number of slots for list(x) / extend of an empty list), so
 *     sys.getsizeof agrees after any sequence of operations.
 *   - 80 dead exact lists are kept (LIFO) for `[]` / PyList_New; list()
 *     itself allocates fresh memory, as CPython's list_vectorcall.
 *   - Items are released last to first.  Operations that remove items
 *     first put the list back in shape and only then release what they
 *     removed: a __del__ run by the release sees a consistent list.
 */
#include "listobject.h"

#include <string.h>

#include "../core/alloc.h"
#include "../core/freelist.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "argcheck.h"
#include "boolobject.h"
#include "exceptions.h"
#include "genericaliasobject.h"
#include "intobject.h"
#include "iterobject.h"
#include "noneobject.h"
#include "sliceobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeobject.h"

#define LIST(o) ((RpListObject *)(o))

/* ---- storage ---- */

/* Make room for newsize items (3.11's list_resize).  The new slots are
 * not initialised; ob_size becomes newsize. */
static int list_resize(RpListObject *self, rp_ssize_t newsize)
{
    rp_ssize_t allocated = self->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        self->ob_base.ob_size = newsize;
        return 0;
    }
    size_t new_allocated = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    /* do not overallocate if the new size is closer to the overallocated
       size than to the old size */
    if (newsize - self->ob_base.ob_size > (rp_ssize_t)(new_allocated - (size_t)newsize)) {
        new_allocated = ((size_t)newsize + 3) & ~(size_t)3;
    }
    if (newsize == 0) {
        new_allocated = 0;
    }
    RpObject **items = NULL;
    if (new_allocated <= (size_t)RP_SSIZE_T_MAX / sizeof(RpObject *)) {
        items = rp_mem_realloc(self->ob_item, new_allocated * sizeof(RpObject *));
    }
    if (items == NULL) {
        rp_err_nomemory();
        return -1;
    }
    self->ob_item = items;
    self->ob_base.ob_size = newsize;
    self->allocated = (rp_ssize_t)new_allocated;
    return 0;
}

/* An empty list about to receive `size` items gets exactly that many
 * slots, rounded up to an even number (3.11). */
static int list_preallocate_exact(RpListObject *self, rp_ssize_t size)
{
    size = (rp_ssize_t)(((size_t)size + 1) & ~(size_t)1);
    if ((size_t)size > (size_t)RP_SSIZE_T_MAX / sizeof(RpObject *)) {
        rp_err_nomemory();
        return -1;
    }
    RpObject **items = rp_mem_malloc((size_t)size * sizeof(RpObject *));
    if (items == NULL) {
        rp_err_nomemory();
        return -1;
    }
    self->ob_item = items;
    self->allocated = size;
    return 0;
}

/* Empty the list.  The list is made empty first, then the old items are
 * released (last to first): their __del__ may use the list. */
static void list_clear_items(RpListObject *a)
{
    RpObject **item = a->ob_item;
    if (item != NULL) {
        rp_ssize_t i = a->ob_base.ob_size;
        a->ob_base.ob_size = 0;
        a->ob_item = NULL;
        a->allocated = 0;
        while (--i >= 0) {
            rp_xdecref(item[i]);
        }
        rp_mem_free(item);
    }
}

void rp_list_clear(RpObject *l) { list_clear_items(LIST(l)); }

/* The header of a new exact list: from the free list, else fresh. */
static RpListObject *list_header(void)
{
    RpListObject *op = (RpListObject *)rp_freelist_pop(&rp_runtime.freelists.list, &RpList_Type);
    if (op == NULL) {
        op = (RpListObject *)rp_object_alloc(&RpList_Type);
        if (op == NULL) {
            return NULL;
        }
    }
    op->ob_item = NULL;
    op->ob_base.ob_size = 0;
    op->allocated = 0;
    return op;
}

RpObject *rp_list_new(rp_ssize_t size)
{
    if (size < 0) {
        return RP_BAD_INTERNAL_CALL();
    }
    RpListObject *op = list_header();
    if (op == NULL) {
        return NULL;
    }
    if (size > 0) {
        if ((size_t)size > (size_t)RP_SSIZE_T_MAX / sizeof(RpObject *)) {
            rp_decref(op);
            return rp_err_nomemory();
        }
        op->ob_item = rp_mem_calloc((size_t)size, sizeof(RpObject *));
        if (op->ob_item == NULL) {
            rp_decref(op);
            return rp_err_nomemory();
        }
    }
    op->ob_base.ob_size = size;
    op->allocated = size;
    rp_gc_track(op);
    return (RpObject *)op;
}

RpObject *rp_list_from_array(RpObject *const *items, rp_ssize_t n)
{
    RpObject *l = rp_list_new(n);
    if (l == NULL) {
        return NULL;
    }
    RpObject **dst = LIST(l)->ob_item;
    for (rp_ssize_t i = 0; i < n; i++) {
        dst[i] = rp_newref(items[i]);
    }
    return l;
}

void rp_list_set_steal(RpObject *l, rp_ssize_t i, RpObject *v)
{
    RpObject *old = LIST(l)->ob_item[i];
    LIST(l)->ob_item[i] = v;
    rp_xdecref(old);
}

int rp_list_append_slow_steal(RpObject *l, RpObject *v)
{
    RpListObject *self = LIST(l);
    rp_ssize_t n = self->ob_base.ob_size;
    if (list_resize(self, n + 1) < 0) {
        rp_decref(v);
        return -1;
    }
    self->ob_item[n] = v;
    return 0;
}

int rp_list_append(RpObject *l, RpObject *v)
{
    return rp_list_append_steal(l, rp_newref(v));
}

/* ins1: insert before `where` (clamped as list.insert) */
static int ins1(RpListObject *self, rp_ssize_t where, RpObject *v)
{
    rp_ssize_t n = self->ob_base.ob_size;
    if (list_resize(self, n + 1) < 0) {
        return -1;
    }
    if (where < 0) {
        where += n;
        if (where < 0) {
            where = 0;
        }
    }
    if (where > n) {
        where = n;
    }
    RpObject **items = self->ob_item;
    memmove(&items[where + 1], &items[where], (size_t)(n - where) * sizeof(RpObject *));
    items[where] = rp_newref(v);
    return 0;
}

int rp_list_insert(RpObject *l, rp_ssize_t i, RpObject *v)
{
    return ins1(LIST(l), i, v);
}

RpObject *rp_list_slice(RpObject *l, rp_ssize_t ilow, rp_ssize_t ihigh)
{
    rp_ssize_t n = rp_list_len(l);
    if (ilow < 0) {
        ilow = 0;
    } else if (ilow > n) {
        ilow = n;
    }
    if (ihigh < ilow) {
        ihigh = ilow;
    } else if (ihigh > n) {
        ihigh = n;
    }
    return rp_list_from_array(LIST(l)->ob_item + ilow, ihigh - ilow);
}

RpObject *rp_list_as_tuple(RpObject *l)
{
    return rp_tuple_from_array(LIST(l)->ob_item, rp_list_len(l));
}

/* PySequence_Fast: a list or tuple as is, anything else made a list. */
static RpObject *sequence_fast(RpObject *v, const char *msg)
{
    if (rp_list_check_exact(v) || rp_tuple_check_exact(v)) {
        return rp_newref(v);
    }
    RpObject *it = rp_object_get_iter(v);
    if (it == NULL) {
        if (rp_err_matches(&RpExc_TypeError)) {
            rp_err_clear();
            rp_err_set_string(&RpExc_TypeError, msg);
        }
        return NULL;
    }
    RpObject *res = rp_list_from_iterable(it);
    rp_decref(it);
    return res;
}

static inline RpObject **fast_items(RpObject *seq)
{
    return rp_list_check_exact(seq) ? LIST(seq)->ob_item : rp_tuple_items(seq);
}

static inline rp_ssize_t fast_size(RpObject *seq)
{
    return rp_size(seq);
}

/* list_extend, with 3.11's pre-sizing */
int rp_list_extend(RpObject *l, RpObject *iterable)
{
    RpListObject *self = LIST(l);
    if (rp_list_check_exact(iterable) || rp_tuple_check_exact(iterable) || iterable == l) {
        RpObject *seq = rp_newref(iterable);
        rp_ssize_t n = fast_size(seq);
        if (n == 0) {
            rp_decref(seq);
            return 0;
        }
        rp_ssize_t m = self->ob_base.ob_size;
        if (self->ob_item == NULL) {
            if (list_preallocate_exact(self, n) < 0) {
                rp_decref(seq);
                return -1;
            }
            self->ob_base.ob_size = n;
        } else if (list_resize(self, m + n) < 0) {
            rp_decref(seq);
            return -1;
        }
        /* a.extend(a) works too: the items are read after the resize */
        RpObject **src = fast_items(seq), **dest = self->ob_item + m;
        for (rp_ssize_t i = 0; i < n; i++) {
            dest[i] = rp_newref(src[i]);
        }
        rp_decref(seq);
        return 0;
    }

    RpObject *it = rp_object_get_iter(iterable);
    if (it == NULL) {
        return -1;
    }
    rp_unaryfunc iternext = rp_type(it)->tp_iternext;
    /* guess the final size */
    rp_ssize_t n = rp_object_length_hint(iterable, 8);
    if (n < 0) {
        goto error;
    }
    rp_ssize_t m = self->ob_base.ob_size;
    if (m > RP_SSIZE_T_MAX - n) {
        /* the hint lied or is huge: ignore it */
    } else if (self->ob_item == NULL) {
        if (n && list_preallocate_exact(self, n) < 0) {
            goto error;
        }
    } else {
        if (list_resize(self, m + n) < 0) {
            goto error;
        }
        self->ob_base.ob_size = m;
    }
    for (;;) {
        RpObject *item = iternext != NULL ? iternext(it) : rp_iter_next(it);
        if (item == NULL) {
            if (rp_err_occurred()) {
                if (rp_err_matches(&RpExc_StopIteration)) {
                    rp_err_clear();
                } else {
                    goto error;
                }
            }
            break;
        }
        if (self->ob_base.ob_size < self->allocated) {
            self->ob_item[self->ob_base.ob_size] = item;
            self->ob_base.ob_size++;
        } else if (rp_list_append_slow_steal(l, item) < 0) {
            goto error;
        }
    }
    /* give back what the guess over-allocated */
    if (self->ob_base.ob_size < self->allocated) {
        if (list_resize(self, self->ob_base.ob_size) < 0) {
            goto error;
        }
    }
    rp_decref(it);
    return 0;

error:
    rp_decref(it);
    return -1;
}

RpObject *rp_list_from_iterable(RpObject *v)
{
    RpObject *result = rp_list_new(0);
    if (result == NULL) {
        return NULL;
    }
    if (rp_list_extend(result, v) < 0) {
        rp_decref(result);
        return NULL;
    }
    return result;
}

/* list_ass_slice: a[ilow:ihigh] = v (v NULL: delete) */
static int list_ass_slice(RpListObject *a, rp_ssize_t ilow, rp_ssize_t ihigh, RpObject *v)
{
    RpObject *recycle_on_stack[8];
    RpObject **recycle = recycle_on_stack;
    RpObject **vitem = NULL;
    RpObject *v_as_sf = NULL;
    rp_ssize_t n;
    int result = -1;

    if (v == NULL) {
        n = 0;
    } else {
        if ((RpObject *)a == v) {
            /* a[i:j] = a: copy first */
            RpObject *copy = rp_list_slice(v, 0, rp_list_len(v));
            if (copy == NULL) {
                return -1;
            }
            result = list_ass_slice(a, ilow, ihigh, copy);
            rp_decref(copy);
            return result;
        }
        v_as_sf = sequence_fast(v, "can only assign an iterable");
        if (v_as_sf == NULL) {
            return -1;
        }
        n = fast_size(v_as_sf);
        vitem = fast_items(v_as_sf);
    }
    rp_ssize_t size = a->ob_base.ob_size;
    if (ilow < 0) {
        ilow = 0;
    } else if (ilow > size) {
        ilow = size;
    }
    if (ihigh < ilow) {
        ihigh = ilow;
    } else if (ihigh > size) {
        ihigh = size;
    }
    rp_ssize_t norig = ihigh - ilow;
    rp_ssize_t d = n - norig;
    if (size + d == 0) {
        rp_xdecref(v_as_sf);
        list_clear_items(a);
        return 0;
    }
    RpObject **item = a->ob_item;
    size_t s = (size_t)norig * sizeof(RpObject *);
    if (s) {
        if (s > sizeof(recycle_on_stack)) {
            recycle = rp_mem_malloc(s);
            if (recycle == NULL) {
                rp_err_nomemory();
                goto done;
            }
        }
        memcpy(recycle, &item[ilow], s);
    }
    if (d < 0) {
        size_t tail = (size_t)(size - ihigh) * sizeof(RpObject *);
        memmove(&item[ihigh + d], &item[ihigh], tail);
        if (list_resize(a, size + d) < 0) {
            memmove(&item[ihigh], &item[ihigh + d], tail);
            memcpy(&item[ilow], recycle, s);
            goto done;
        }
        item = a->ob_item;
    } else if (d > 0) {
        if (list_resize(a, size + d) < 0) {
            goto done;
        }
        item = a->ob_item;
        memmove(&item[ihigh + d], &item[ihigh], (size_t)(size - ihigh) * sizeof(RpObject *));
    }
    for (rp_ssize_t k = 0; k < n; k++, ilow++) {
        item[ilow] = rp_xnewref(vitem[k]);
    }
    for (rp_ssize_t k = norig - 1; k >= 0; --k) {
        rp_xdecref(recycle[k]);
    }
    result = 0;
done:
    if (recycle != recycle_on_stack) {
        rp_mem_free(recycle);
    }
    rp_xdecref(v_as_sf);
    return result;
}

int rp_list_set_slice(RpObject *l, rp_ssize_t lo, rp_ssize_t hi, RpObject *v)
{
    return list_ass_slice(LIST(l), lo, hi, v);
}

int rp_list_reverse(RpObject *l)
{
    RpListObject *self = LIST(l);
    rp_ssize_t n = self->ob_base.ob_size;
    if (n > 1) {
        RpObject **lo = self->ob_item, **hi = self->ob_item + n - 1;
        while (lo < hi) {
            RpObject *t = *lo;
            *lo++ = *hi;
            *hi-- = t;
        }
    }
    return 0;
}

/* ---- repr recursion guard ---- */

int rp_repr_enter(RpObject *o)
{
    RpThreadState *ts = rp_tstate();
    for (rp_ssize_t i = ts->repr_running_len; --i >= 0;) {
        if (ts->repr_running[i] == o) {
            return 1;
        }
    }
    if (ts->repr_running_len == ts->repr_running_cap) {
        rp_ssize_t cap = ts->repr_running_cap ? ts->repr_running_cap * 2 : 16;
        RpObject **p = rp_mem_realloc(ts->repr_running, (size_t)cap * sizeof(RpObject *));
        if (p == NULL) {
            rp_err_nomemory();
            return -1;
        }
        ts->repr_running = p;
        ts->repr_running_cap = cap;
    }
    ts->repr_running[ts->repr_running_len++] = o;
    return 0;
}

void rp_repr_leave(RpObject *o)
{
    RpThreadState *ts = rp_tstate();
    /* remove the last occurrence (the innermost) */
    for (rp_ssize_t i = ts->repr_running_len; --i >= 0;) {
        if (ts->repr_running[i] == o) {
            memmove(&ts->repr_running[i], &ts->repr_running[i + 1],
                    (size_t)(ts->repr_running_len - i - 1) * sizeof(RpObject *));
            ts->repr_running_len--;
            break;
        }
    }
}

/* ---- slots ---- */

static void list_dealloc(RpObject *o)
{
    RpListObject *op = LIST(o);
    rp_gc_untrack(o);
    if (op->ob_item != NULL) {
        rp_ssize_t i = op->ob_base.ob_size;
        while (--i >= 0) {
            rp_xdecref(op->ob_item[i]);
        }
        rp_mem_free(op->ob_item);
    }
    if (rp_type(o) == &RpList_Type && rp_freelist_push(&rp_runtime.freelists.list, o)) {
        return;
    }
    rp_type(o)->tp_free(o);
}

static int list_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    RpListObject *op = LIST(o);
    for (rp_ssize_t i = op->ob_base.ob_size; --i >= 0;) {
        RP_VISIT(op->ob_item[i]);
    }
    return 0;
}

static int list_tp_clear(RpObject *o)
{
    list_clear_items(LIST(o));
    return 0;
}

static RpObject *list_repr(RpObject *o)
{
    RpListObject *v = LIST(o);
    if (v->ob_base.ob_size == 0) {
        return rp_str_from_cstr("[]");
    }
    int r = rp_repr_enter(o);
    if (r != 0) {
        return r > 0 ? rp_str_from_cstr("[...]") : NULL;
    }
    RpStrWriter w;
    rp_strwriter_init(&w);
    if (rp_strwriter_write_char(&w, '[') < 0) {
        goto nomem;
    }
    /* the list may change while its items' reprs run: re-read the size */
    for (rp_ssize_t i = 0; i < v->ob_base.ob_size; i++) {
        if (i > 0 && rp_strwriter_write_ascii(&w, ", ", 2) < 0) {
            goto nomem;
        }
        RpObject *item = rp_newref(v->ob_item[i]);
        RpObject *s = rp_object_repr(item);
        rp_decref(item);
        if (s == NULL) {
            goto error;
        }
        int rc = rp_strwriter_write_str(&w, s);
        rp_decref(s);
        if (rc < 0) {
            goto nomem;
        }
    }
    if (rp_strwriter_write_char(&w, ']') < 0) {
        goto nomem;
    }
    rp_repr_leave(o);
    return rp_strwriter_finish(&w);

nomem:
    rp_err_nomemory();
error:
    rp_repr_leave(o);
    rp_strwriter_discard(&w);
    return NULL;
}

static rp_ssize_t list_length(RpObject *o) { return rp_list_len(o); }

static int list_contains(RpObject *a, RpObject *el)
{
    int cmp = 0;
    for (rp_ssize_t i = 0; cmp == 0 && i < rp_list_len(a); i++) {
        RpObject *item = rp_newref(LIST(a)->ob_item[i]);
        cmp = rp_object_richcompare_bool(item, el, RP_EQ);
        rp_decref(item);
    }
    return cmp;
}

static RpObject *list_item(RpObject *a, rp_ssize_t i)
{
    if ((size_t)i >= (size_t)rp_list_len(a)) {
        return rp_err_set_string(&RpExc_IndexError, "list index out of range");
    }
    return rp_newref(LIST(a)->ob_item[i]);
}

static RpObject *list_concat(RpObject *a, RpObject *bb)
{
    if (!rp_list_check(bb)) {
        return rp_err_format(&RpExc_TypeError,
                             "can only concatenate list (not \"%T\") to list", bb);
    }
    rp_ssize_t na = rp_list_len(a), nb = rp_list_len(bb);
    rp_ssize_t size = na + nb;
    RpObject *np = rp_list_new(size);
    if (np == NULL) {
        return NULL;
    }
    RpObject **dest = LIST(np)->ob_item;
    for (rp_ssize_t i = 0; i < na; i++) {
        dest[i] = rp_newref(LIST(a)->ob_item[i]);
    }
    for (rp_ssize_t i = 0; i < nb; i++) {
        dest[na + i] = rp_newref(LIST(bb)->ob_item[i]);
    }
    return np;
}

static RpObject *list_repeat(RpObject *a, rp_ssize_t n)
{
    rp_ssize_t input = rp_list_len(a);
    if (n < 0) {
        n = 0;
    }
    if (n > 0 && input > RP_SSIZE_T_MAX / n) {
        return rp_err_nomemory();
    }
    rp_ssize_t size = input * n;
    RpObject *np = rp_list_new(size);
    if (np == NULL || size == 0) {
        return np;
    }
    RpObject **dest = LIST(np)->ob_item, **src = LIST(a)->ob_item;
    if (input == 1) {
        RpObject *elem = src[0];
        for (rp_ssize_t i = 0; i < n; i++) {
            dest[i] = rp_newref(elem);
        }
    } else {
        for (rp_ssize_t i = 0; i < n; i++) {
            for (rp_ssize_t j = 0; j < input; j++) {
                *dest++ = rp_newref(src[j]);
            }
        }
    }
    return np;
}

static RpObject *list_inplace_concat(RpObject *self, RpObject *other)
{
    if (rp_list_extend(self, other) < 0) {
        return NULL;
    }
    return rp_newref(self);
}

static RpObject *list_inplace_repeat(RpObject *o, rp_ssize_t n)
{
    RpListObject *self = LIST(o);
    rp_ssize_t size = self->ob_base.ob_size;
    if (size == 0 || n == 1) {
        return rp_newref(o);
    }
    if (n < 1) {
        list_clear_items(self);
        return rp_newref(o);
    }
    if (size > RP_SSIZE_T_MAX / n) {
        return rp_err_nomemory();
    }
    if (list_resize(self, size * n) < 0) {
        return NULL;
    }
    RpObject **items = self->ob_item;
    rp_ssize_t p = size;
    for (rp_ssize_t i = 1; i < n; i++) {
        for (rp_ssize_t j = 0; j < size; j++) {
            items[p++] = rp_newref(items[j]);
        }
    }
    return rp_newref(o);
}

static int list_ass_item(RpObject *o, rp_ssize_t i, RpObject *v)
{
    RpListObject *a = LIST(o);
    if ((size_t)i >= (size_t)a->ob_base.ob_size) {
        rp_err_set_string(&RpExc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (v == NULL) {
        return list_ass_slice(a, i, i + 1, NULL);
    }
    RpObject *old = a->ob_item[i];
    a->ob_item[i] = rp_newref(v);
    rp_decref(old);
    return 0;
}

static RpObject *list_subscript(RpObject *o, RpObject *item)
{
    RpListObject *self = LIST(o);
    if (rp_int_check_exact(item) && rp_int_is_compact((RpLongObject *)item)) {
        rp_ssize_t i = rp_int_compact_value((RpLongObject *)item);
        if (i < 0) {
            i += self->ob_base.ob_size;
        }
        return list_item(o, i);
    }
    if (rp_index_check(item)) {
        rp_ssize_t i = rp_number_as_ssize_t(item, &RpExc_IndexError);
        if (i == -1 && rp_err_occurred()) {
            return NULL;
        }
        if (i < 0) {
            i += self->ob_base.ob_size;
        }
        return list_item(o, i);
    }
    if (rp_slice_check(item)) {
        rp_ssize_t start, stop, step;
        if (rp_slice_unpack(item, &start, &stop, &step) < 0) {
            return NULL;
        }
        rp_ssize_t len = rp_slice_adjust_indices(self->ob_base.ob_size, &start, &stop, step);
        if (step == 1) {
            return rp_list_slice(o, start, stop);
        }
        if (len <= 0) {
            return rp_list_new(0);
        }
        RpObject *result = rp_list_new(len);
        if (result == NULL) {
            return NULL;
        }
        RpObject **src = self->ob_item, **dest = LIST(result)->ob_item;
        size_t cur = (size_t)start;
        for (rp_ssize_t i = 0; i < len; cur += (size_t)step, i++) {
            dest[i] = rp_newref(src[cur]);
        }
        return result;
    }
    return rp_err_format(&RpExc_TypeError, "list indices must be integers or slices, not %T",
                         item);
}

static int list_ass_subscript(RpObject *o, RpObject *item, RpObject *value)
{
    RpListObject *self = LIST(o);
    if (rp_index_check(item)) {
        rp_ssize_t i;
        if (rp_int_check_exact(item) && rp_int_is_compact((RpLongObject *)item)) {
            i = rp_int_compact_value((RpLongObject *)item);
        } else {
            i = rp_number_as_ssize_t(item, &RpExc_IndexError);
            if (i == -1 && rp_err_occurred()) {
                return -1;
            }
        }
        if (i < 0) {
            i += self->ob_base.ob_size;
        }
        return list_ass_item(o, i, value);
    }
    if (!rp_slice_check(item)) {
        rp_err_format(&RpExc_TypeError, "list indices must be integers or slices, not %T", item);
        return -1;
    }
    rp_ssize_t start, stop, step;
    if (rp_slice_unpack(item, &start, &stop, &step) < 0) {
        return -1;
    }
    rp_ssize_t slicelength = rp_slice_adjust_indices(self->ob_base.ob_size, &start, &stop, step);
    if (step == 1) {
        return list_ass_slice(self, start, stop, value);
    }
    /* s[5:2] = [..] inserts before 5, not before 2 */
    if ((step < 0 && start < stop) || (step > 0 && start > stop)) {
        stop = start;
    }
    if (value == NULL) {
        /* delete an extended slice */
        if (slicelength <= 0) {
            return 0;
        }
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (slicelength - 1) - 1;
            step = -step;
        }
        RpObject **garbage = rp_mem_malloc((size_t)slicelength * sizeof(RpObject *));
        if (garbage == NULL) {
            rp_err_nomemory();
            return -1;
        }
        /* move the items that stay down over the ones that go */
        size_t cur;
        rp_ssize_t i;
        for (cur = (size_t)start, i = 0; cur < (size_t)stop; cur += (size_t)step, i++) {
            rp_ssize_t lim = step - 1;
            garbage[i] = self->ob_item[cur];
            if (cur + (size_t)step >= (size_t)self->ob_base.ob_size) {
                lim = self->ob_base.ob_size - (rp_ssize_t)cur - 1;
            }
            memmove(self->ob_item + cur - i, self->ob_item + cur + 1,
                    (size_t)lim * sizeof(RpObject *));
        }
        cur = (size_t)start + (size_t)slicelength * (size_t)step;
        if (cur < (size_t)self->ob_base.ob_size) {
            memmove(self->ob_item + cur - slicelength, self->ob_item + cur,
                    ((size_t)self->ob_base.ob_size - cur) * sizeof(RpObject *));
        }
        self->ob_base.ob_size -= slicelength;
        int res = list_resize(self, self->ob_base.ob_size);
        for (i = 0; i < slicelength; i++) {
            rp_decref(garbage[i]);
        }
        rp_mem_free(garbage);
        return res;
    }
    /* assign to an extended slice */
    RpObject *seq;
    if (o == value) {
        seq = rp_list_slice(value, 0, rp_list_len(value));
    } else {
        seq = sequence_fast(value, "must assign iterable to extended slice");
    }
    if (seq == NULL) {
        return -1;
    }
    if (fast_size(seq) != slicelength) {
        rp_err_format(&RpExc_ValueError,
                      "attempt to assign sequence of size %zd to extended slice of size %zd",
                      fast_size(seq), slicelength);
        rp_decref(seq);
        return -1;
    }
    if (slicelength == 0) {
        rp_decref(seq);
        return 0;
    }
    RpObject **garbage = rp_mem_malloc((size_t)slicelength * sizeof(RpObject *));
    if (garbage == NULL) {
        rp_decref(seq);
        rp_err_nomemory();
        return -1;
    }
    RpObject **selfitems = self->ob_item, **seqitems = fast_items(seq);
    size_t cur = (size_t)start;
    for (rp_ssize_t i = 0; i < slicelength; cur += (size_t)step, i++) {
        garbage[i] = selfitems[cur];
        selfitems[cur] = rp_newref(seqitems[i]);
    }
    for (rp_ssize_t i = 0; i < slicelength; i++) {
        rp_decref(garbage[i]);
    }
    rp_mem_free(garbage);
    rp_decref(seq);
    return 0;
}

static RpObject *richcompare_sizes(rp_ssize_t a, rp_ssize_t b, int op)
{
    int r;
    switch (op) {
    case RP_LT: r = a < b; break;
    case RP_LE: r = a <= b; break;
    case RP_EQ: r = a == b; break;
    case RP_NE: r = a != b; break;
    case RP_GT: r = a > b; break;
    default: r = a >= b; break;
    }
    return rp_bool_from_long(r);
}

static RpObject *list_richcompare(RpObject *v, RpObject *w, int op)
{
    if (!rp_list_check(v) || !rp_list_check(w)) {
        return rp_notimplemented_new();
    }
    RpListObject *vl = LIST(v), *wl = LIST(w);
    if (vl->ob_base.ob_size != wl->ob_base.ob_size && (op == RP_EQ || op == RP_NE)) {
        /* lists of different lengths differ */
        return rp_bool_from_long(op == RP_NE);
    }
    /* the first index where the items differ (the lists may change
       during the comparisons: re-read the sizes) */
    rp_ssize_t i;
    for (i = 0; i < vl->ob_base.ob_size && i < wl->ob_base.ob_size; i++) {
        RpObject *vitem = vl->ob_item[i], *witem = wl->ob_item[i];
        if (vitem == witem) {
            continue;
        }
        rp_incref(vitem);
        rp_incref(witem);
        int k = rp_object_richcompare_bool(vitem, witem, RP_EQ);
        rp_decref(vitem);
        rp_decref(witem);
        if (k < 0) {
            return NULL;
        }
        if (!k) {
            break;
        }
    }
    if (i >= vl->ob_base.ob_size || i >= wl->ob_base.ob_size) {
        return richcompare_sizes(vl->ob_base.ob_size, wl->ob_base.ob_size, op);
    }
    if (op == RP_EQ) {
        return rp_bool_from_long(0);
    }
    if (op == RP_NE) {
        return rp_bool_from_long(1);
    }
    RpObject *vitem = rp_newref(vl->ob_item[i]), *witem = rp_newref(wl->ob_item[i]);
    RpObject *result = rp_object_richcompare(vitem, witem, op);
    rp_decref(vitem);
    rp_decref(witem);
    return result;
}

/* ---- creation from Python ---- */

static RpObject *list_tp_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                             RpObject *kwnames)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    /* as PyType_GenericAlloc: never the free list */
    RpListObject *op;
    if (type == &RpList_Type) {
        op = (RpListObject *)rp_object_alloc(type);
    } else {
        op = (RpListObject *)rp_type_generic_alloc(type, 0);
    }
    if (op == NULL) {
        return NULL;
    }
    op->ob_item = NULL;
    op->ob_base.ob_size = 0;
    op->allocated = 0;
    rp_gc_track(op);
    return (RpObject *)op;
}

static int list_tp_init(RpObject *self, RpObject *const *args, size_t nargs,
                        RpObject *kwnames)
{
    if (!rp_arg_no_kwnames("list", kwnames) ||
        !rp_arg_check_positional("list", nargs, 0, 1)) {
        return -1;
    }
    RpListObject *l = LIST(self);
    if (l->ob_item != NULL) {
        list_clear_items(l);
    }
    if (nargs == 0) {
        return 0;
    }
    RpObject *iterable = args[0];
    RpTypeObject *it = rp_type(iterable);
    if (it->sq_length != NULL || it->mp_length != NULL) {
        rp_ssize_t iter_len = rp_object_len(iterable);
        if (iter_len == -1) {
            if (!rp_err_matches(&RpExc_TypeError)) {
                return -1;
            }
            rp_err_clear();
        }
        if (iter_len > 0 && l->ob_item == NULL && list_preallocate_exact(l, iter_len) < 0) {
            return -1;
        }
    }
    return rp_list_extend(self, iterable);
}

/* ---- methods ---- */

static RpObject *list_append_meth(RpObject *self, RpObject *v)
{
    if (rp_list_append(self, v) < 0) {
        return NULL;
    }
    return rp_none_new();
}

static RpObject *list_extend_meth(RpObject *self, RpObject *iterable)
{
    if (rp_list_extend(self, iterable) < 0) {
        return NULL;
    }
    return rp_none_new();
}

static RpObject *list_insert_meth(RpObject *self, RpObject *const *args, size_t nargs)
{
    rp_ssize_t index;
    if (!rp_arg_check_positional("insert", nargs, 2, 2) || rp_arg_ssize(args[0], &index) < 0) {
        return NULL;
    }
    if (ins1(LIST(self), index, args[1]) < 0) {
        return NULL;
    }
    return rp_none_new();
}

static RpObject *list_clear_meth(RpObject *self, RpObject *unused)
{
    (void)unused;
    list_clear_items(LIST(self));
    return rp_none_new();
}

static RpObject *list_copy_meth(RpObject *self, RpObject *unused)
{
    (void)unused;
    return rp_list_slice(self, 0, rp_list_len(self));
}

static RpObject *list_pop_meth(RpObject *o, RpObject *const *args, size_t nargs)
{
    RpListObject *self = LIST(o);
    rp_ssize_t index = -1;
    if (!rp_arg_check_positional("pop", nargs, 0, 1)) {
        return NULL;
    }
    if (nargs && rp_arg_ssize(args[0], &index) < 0) {
        return NULL;
    }
    rp_ssize_t size = self->ob_base.ob_size;
    if (size == 0) {
        return rp_err_set_string(&RpExc_IndexError, "pop from empty list");
    }
    if (index < 0) {
        index += size;
    }
    if ((size_t)index >= (size_t)size) {
        return rp_err_set_string(&RpExc_IndexError, "pop index out of range");
    }
    RpObject **items = self->ob_item;
    RpObject *v = items[index];
    rp_ssize_t size_after = size - 1;
    if (size_after == 0) {
        rp_incref(v);
        list_clear_items(self);
        return v;
    }
    memmove(&items[index], &items[index + 1], (size_t)(size_after - index) * sizeof(RpObject *));
    if (list_resize(self, size_after) < 0) {
        memmove(&items[index + 1], &items[index], (size_t)(size_after - index) * sizeof(RpObject *));
        items[index] = v;
        return NULL;
    }
    return v;   /* the list's reference becomes the caller's */
}

static RpObject *list_remove_meth(RpObject *o, RpObject *value)
{
    RpListObject *self = LIST(o);
    for (rp_ssize_t i = 0; i < self->ob_base.ob_size; i++) {
        RpObject *obj = rp_newref(self->ob_item[i]);
        int cmp = rp_object_richcompare_bool(obj, value, RP_EQ);
        rp_decref(obj);
        if (cmp > 0) {
            if (list_ass_slice(self, i, i + 1, NULL) == 0) {
                return rp_none_new();
            }
            return NULL;
        }
        if (cmp < 0) {
            return NULL;
        }
    }
    return rp_err_set_string(&RpExc_ValueError, "list.remove(x): x not in list");
}

static RpObject *list_index_meth(RpObject *o, RpObject *const *args, size_t nargs)
{
    RpListObject *self = LIST(o);
    if (!rp_arg_check_positional("index", nargs, 1, 3)) {
        return NULL;
    }
    rp_ssize_t start = 0, stop = RP_SSIZE_T_MAX;
    if (nargs >= 2 && rp_arg_slice_index(args[1], &start) < 0) {
        return NULL;
    }
    if (nargs >= 3 && rp_arg_slice_index(args[2], &stop) < 0) {
        return NULL;
    }
    RpObject *value = args[0];
    if (start < 0) {
        start += self->ob_base.ob_size;
        if (start < 0) {
            start = 0;
        }
    }
    if (stop < 0) {
        stop += self->ob_base.ob_size;
        if (stop < 0) {
            stop = 0;
        }
    }
    for (rp_ssize_t i = start; i < stop && i < self->ob_base.ob_size; i++) {
        RpObject *obj = rp_newref(self->ob_item[i]);
        int cmp = rp_object_richcompare_bool(obj, value, RP_EQ);
        rp_decref(obj);
        if (cmp > 0) {
            return rp_int_from_ssize_t(i);
        }
        if (cmp < 0) {
            return NULL;
        }
    }
    return rp_err_format(&RpExc_ValueError, "%R is not in list", value);
}

static RpObject *list_count_meth(RpObject *o, RpObject *value)
{
    RpListObject *self = LIST(o);
    rp_ssize_t count = 0;
    for (rp_ssize_t i = 0; i < self->ob_base.ob_size; i++) {
        RpObject *obj = self->ob_item[i];
        if (obj == value) {
            count++;
            continue;
        }
        rp_incref(obj);
        int cmp = rp_object_richcompare_bool(obj, value, RP_EQ);
        rp_decref(obj);
        if (cmp > 0) {
            count++;
        } else if (cmp < 0) {
            return NULL;
        }
    }
    return rp_int_from_ssize_t(count);
}

static RpObject *list_reverse_meth(RpObject *self, RpObject *unused)
{
    (void)unused;
    rp_list_reverse(self);
    return rp_none_new();
}

/* sort(*, key=None, reverse=False) with Argument Clinic's messages */
static RpObject *list_sort_meth(RpObject *self, RpObject *const *args, size_t nargs,
                                RpObject *kwnames)
{
    rp_ssize_t nkw = kwnames != NULL ? rp_tuple_len(kwnames) : 0;
    if ((rp_ssize_t)nargs + nkw > 2) {
        return rp_err_format(&RpExc_TypeError, "sort() takes at most 2 %sarguments (%zd given)",
                             nargs == 0 ? "keyword " : "", (rp_ssize_t)nargs + nkw);
    }
    if (nargs > 0) {
        return rp_err_set_string(&RpExc_TypeError, "sort() takes no positional arguments");
    }
    RpObject *key = rp_None;
    int reverse = 0;
    for (rp_ssize_t i = 0; i < nkw; i++) {
        RpObject *name = rp_tuple_get_borrow(kwnames, i);
        RpObject *value = args[i];
        if (rp_str_eq_cstr(name, "key")) {
            key = value;
        } else if (rp_str_eq_cstr(name, "reverse")) {
            RpObject *idx = rp_number_index(value);
            if (idx == NULL) {
                return NULL;
            }
            int overflow;
            long r = rp_int_as_long_and_overflow(idx, &overflow);
            rp_decref(idx);
            if (overflow || r > 2147483647L || r < -2147483647L - 1) {
                return rp_err_set_string(&RpExc_OverflowError,
                                         "Python int too large to convert to C int");
            }
            reverse = r != 0;
        } else {
            return rp_err_format(&RpExc_TypeError, "'%U' is an invalid keyword argument for sort()",
                                 name);
        }
    }
    if (rp_list_sort_ex(self, key, reverse) < 0) {
        return NULL;
    }
    return rp_none_new();
}

int rp_list_sort(RpObject *l)
{
    return rp_list_sort_ex(l, NULL, 0);
}

static RpObject *list_sizeof(RpObject *self, RpObject *unused)
{
    (void)unused;
    rp_ssize_t res = rp_type(self)->tp_basicsize + LIST(self)->allocated * (rp_ssize_t)sizeof(void *);
    return rp_int_from_ssize_t(res);
}

static RpObject *list_getitem_meth(RpObject *self, RpObject *item)
{
    return list_subscript(self, item);
}

static RpObject *list_reversed(RpObject *self, RpObject *unused);

static RpMethodDef list_methods[] = {
    { "__class_getitem__", RP_CFUNC(rp_generic_alias_class_getitem), RP_METH_O | RP_METH_CLASS,
      "See PEP 585" },
    { "__getitem__", RP_CFUNC(list_getitem_meth), RP_METH_O | RP_METH_COEXIST, "x.__getitem__(y) <==> x[y]" },
    { "__reversed__", RP_CFUNC(list_reversed), RP_METH_NOARGS,
      "Return a reverse iterator over the list." },
    { "__sizeof__", RP_CFUNC(list_sizeof), RP_METH_NOARGS,
      "Return the size of the list in memory, in bytes." },
    { "clear", RP_CFUNC(list_clear_meth), RP_METH_NOARGS, "Remove all items from list." },
    { "copy", RP_CFUNC(list_copy_meth), RP_METH_NOARGS, "Return a shallow copy of the list." },
    { "append", RP_CFUNC(list_append_meth), RP_METH_O, "Append object to the end of the list." },
    { "insert", RP_CFUNC(list_insert_meth), RP_METH_FASTCALL, "Insert object before index." },
    { "extend", RP_CFUNC(list_extend_meth), RP_METH_O,
      "Extend list by appending elements from the iterable." },
    { "pop", RP_CFUNC(list_pop_meth), RP_METH_FASTCALL,
      "Remove and return item at index (default last).\n\n"
      "Raises IndexError if list is empty or index is out of range." },
    { "remove", RP_CFUNC(list_remove_meth), RP_METH_O,
      "Remove first occurrence of value.\n\nRaises ValueError if the value is not present." },
    { "index", RP_CFUNC(list_index_meth), RP_METH_FASTCALL,
      "Return first index of value.\n\nRaises ValueError if the value is not present." },
    { "count", RP_CFUNC(list_count_meth), RP_METH_O, "Return number of occurrences of value." },
    { "reverse", RP_CFUNC(list_reverse_meth), RP_METH_NOARGS, "Reverse *IN PLACE*." },
    { "sort", RP_CFUNC(list_sort_meth), RP_METH_FASTCALL | RP_METH_KEYWORDS,
      "Sort the list in ascending order and return None." },
    { NULL, NULL, 0, NULL }
};

/* ---- iterators ---- */

typedef struct {
    RP_OBJECT_HEAD;
    rp_ssize_t it_index;
    RpObject *it_seq;          /* NULL when exhausted */
} ListIterObject;

static RpObject *list_iter(RpObject *seq)
{
    ListIterObject *it = (ListIterObject *)rp_object_alloc(&RpListIter_Type);
    if (it == NULL) {
        return NULL;
    }
    it->it_index = 0;
    it->it_seq = rp_newref(seq);
    rp_gc_track(it);
    return (RpObject *)it;
}

static void listiter_dealloc(RpObject *o)
{
    rp_gc_untrack(o);
    rp_xdecref(((ListIterObject *)o)->it_seq);
    rp_object_free(o);
}

static int listiter_traverse(RpObject *o, rp_visitproc visit, void *arg)
{
    RP_VISIT(((ListIterObject *)o)->it_seq);
    return 0;
}

static RpObject *listiter_next(RpObject *o)
{
    ListIterObject *it = (ListIterObject *)o;
    RpObject *seq = it->it_seq;
    if (seq == NULL) {
        return NULL;
    }
    if (it->it_index < rp_list_len(seq)) {
        return rp_newref(LIST(seq)->ob_item[it->it_index++]);
    }
    it->it_seq = NULL;
    rp_decref(seq);
    return NULL;
}

static RpObject *listiter_len(RpObject *o, RpObject *unused)
{
    (void)unused;
    ListIterObject *it = (ListIterObject *)o;
    rp_ssize_t len = 0;
    if (it->it_seq != NULL) {
        len = rp_list_len(it->it_seq) - it->it_index;
        if (len < 0) {
            len = 0;
        }
    }
    return rp_int_from_ssize_t(len);
}

static RpObject *listiter_setstate(RpObject *o, RpObject *state)
{
    ListIterObject *it = (ListIterObject *)o;
    rp_ssize_t index = rp_number_as_ssize_t(state, NULL);
    if (index == -1 && rp_err_occurred()) {
        return NULL;
    }
    if (it->it_seq != NULL) {
        if (index < 0) {
            index = 0;
        } else if (index > rp_list_len(it->it_seq)) {
            index = rp_list_len(it->it_seq);
        }
        it->it_index = index;
    }
    return rp_none_new();
}

static RpMethodDef listiter_methods[] = {
    { "__length_hint__", RP_CFUNC(listiter_len), RP_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { "__setstate__", RP_CFUNC(listiter_setstate), RP_METH_O,
      "Set state information for unpickling." },
    { NULL, NULL, 0, NULL }
};

RpTypeObject RpListIter_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "list_iterator",
    .tp_basicsize = sizeof(ListIterObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = listiter_dealloc,
    .tp_traverse = listiter_traverse,
    .tp_iter = rp_self_iter,
    .tp_iternext = listiter_next,
    .tp_free = rp_object_free,
    .tp_methods = listiter_methods,
};

static RpObject *list_reversed(RpObject *self, RpObject *unused)
{
    (void)unused;
    ListIterObject *it = (ListIterObject *)rp_object_alloc(&RpListRevIter_Type);
    if (it == NULL) {
        return NULL;
    }
    it->it_index = rp_list_len(self) - 1;
    it->it_seq = rp_newref(self);
    rp_gc_track(it);
    return (RpObject *)it;
}

static RpObject *listreviter_next(RpObject *o)
{
    ListIterObject *it = (ListIterObject *)o;
    RpObject *seq = it->it_seq;
    if (seq == NULL) {
        return NULL;
    }
    rp_ssize_t index = it->it_index;
    if (index >= 0 && index < rp_list_len(seq)) {
        it->it_index--;
        return rp_newref(LIST(seq)->ob_item[index]);
    }
    it->it_index = -1;
    it->it_seq = NULL;
    rp_decref(seq);
    return NULL;
}

static RpObject *listreviter_len(RpObject *o, RpObject *unused)
{
    (void)unused;
    ListIterObject *it = (ListIterObject *)o;
    rp_ssize_t len = it->it_index + 1;
    if (it->it_seq == NULL || rp_list_len(it->it_seq) < len) {
        len = 0;
    }
    return rp_int_from_ssize_t(len);
}

static RpObject *listreviter_setstate(RpObject *o, RpObject *state)
{
    ListIterObject *it = (ListIterObject *)o;
    rp_ssize_t index = rp_number_as_ssize_t(state, NULL);
    if (index == -1 && rp_err_occurred()) {
        return NULL;
    }
    if (it->it_seq != NULL) {
        if (index < -1) {
            index = -1;
        } else if (index > rp_list_len(it->it_seq) - 1) {
            index = rp_list_len(it->it_seq) - 1;
        }
        it->it_index = index;
    }
    return rp_none_new();
}

static RpMethodDef listreviter_methods[] = {
    { "__length_hint__", RP_CFUNC(listreviter_len), RP_METH_NOARGS,
      "Private method returning an estimate of len(list(it))." },
    { "__setstate__", RP_CFUNC(listreviter_setstate), RP_METH_O,
      "Set state information for unpickling." },
    { NULL, NULL, 0, NULL }
};

RpTypeObject RpListRevIter_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "list_reverseiterator",
    .tp_basicsize = sizeof(ListIterObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = listiter_dealloc,
    .tp_traverse = listiter_traverse,
    .tp_iter = rp_self_iter,
    .tp_iternext = listreviter_next,
    .tp_free = rp_object_free,
    .tp_methods = listreviter_methods,
};

RpTypeObject RpList_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "list",
    .tp_basicsize = sizeof(RpListObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC | RP_TPFLAGS_BASETYPE | RP_TPFLAGS_LIST_SUBCLASS,
    .tp_dealloc = list_dealloc,
    .tp_traverse = list_traverse,
    .tp_clear = list_tp_clear,
    .tp_repr = list_repr,
    .tp_hash = rp_object_hash_not_implemented,
    .tp_richcompare = list_richcompare,
    .tp_iter = list_iter,
    .tp_new = list_tp_new,
    .tp_init = list_tp_init,
    .tp_free = rp_object_free,
    .sq_length = list_length,
    .sq_concat = list_concat,
    .sq_repeat = list_repeat,
    .sq_item = list_item,
    .sq_ass_item = list_ass_item,
    .sq_contains = list_contains,
    .sq_inplace_concat = list_inplace_concat,
    .sq_inplace_repeat = list_inplace_repeat,
    .mp_length = list_length,
    .mp_subscript = list_subscript,
    .mp_ass_subscript = list_ass_subscript,
    .tp_methods = list_methods,
    .tp_doc = "Built-in mutable sequence.\n\n"
              "If no argument is given, the constructor creates a new empty list.\n"
              "The argument must be an iterable if specified.",
};
