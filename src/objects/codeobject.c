/* codeobject.c - code objects (see codeobject.h).
 *
 * Line table encoding (our own, compact and simple).  A sequence of
 * entries, each describing a run of code units with one location:
 *
 *   varint  (n << 1) | has_location     n = number of code units
 *   if has_location:
 *     svarint line - previous line      (zigzag; previous starts at
 *                                        co_firstlineno)
 *     varint  end_line - line
 *     varint  col + 1                   (0: unknown)
 *     varint  end_col + 1               (0: unknown)
 *
 * Varints are little-endian base-128.  A typical entry takes 5 bytes and
 * covers all the instructions of one expression.
 */
#include "codeobject.h"

#include <stddef.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "bytesobject.h"
#include "listobject.h"
#include "intobject.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeobject.h"

/* ---- creation ------------------------------------------------------------ */

RpCodeObject *rp_code_alloc(rp_ssize_t nunits)
{
    if (nunits < 1) {
        nunits = 1;
    }
    RpCodeObject *co = (RpCodeObject *)rp_object_alloc_var(&RpCode_Type, nunits);
    if (co == NULL) {
        return NULL;
    }
    memset((char *)co + sizeof(RpVarObject), 0,
           offsetof(RpCodeObject, co_code) - sizeof(RpVarObject));
    return co;
}

/* CPython's all_name_chars: a string constant made only of ASCII letters,
 * digits and underscores is interned. */
static int all_name_chars(RpObject *s)
{
    if (!rp_str_is_ascii(s)) {
        return 0;
    }
    const unsigned char *p = rp_str_data(s);
    rp_ssize_t n = rp_str_len(s);
    for (rp_ssize_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || c == '_')) {
            return 0;
        }
    }
    return 1;
}

static void intern_string_constants(RpObject *tuple)
{
    rp_ssize_t n = rp_tuple_len(tuple);
    RpObject **items = rp_tuple_items(tuple);
    for (rp_ssize_t i = 0; i < n; i++) {
        RpObject *v = items[i];
        if (rp_str_check_exact(v)) {
            if (all_name_chars(v)) {
                rp_str_intern_inplace(&items[i]);
            }
        }
        else if (rp_tuple_check_exact(v)) {
            intern_string_constants(v);
        }
    }
}

static void intern_strings(RpObject *tuple)
{
    rp_ssize_t n = rp_tuple_len(tuple);
    RpObject **items = rp_tuple_items(tuple);
    for (rp_ssize_t i = 0; i < n; i++) {
        rp_str_intern_inplace(&items[i]);
    }
}

int rp_code_finish(RpCodeObject *co)
{
    intern_strings(co->co_names);
    intern_strings(co->co_localsplusnames);
    intern_string_constants(co->co_consts);
    co->co_nlocalsplus = (int)rp_tuple_len(co->co_localsplusnames);
    int nlocals = 0, ncells = 0, nfrees = 0;
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        unsigned char k = rp_code_localkind(co, i);
        if (k & RP_CO_FAST_LOCAL) {
            nlocals++;
        }
        if (k & RP_CO_FAST_CELL) {
            ncells++;
        }
        if (k & RP_CO_FAST_FREE) {
            nfrees++;
        }
    }
    co->co_nlocals = nlocals;
    co->co_ncellvars = ncells;
    co->co_nfreevars = nfrees;
    co->co_framesize = co->co_nlocalsplus + co->co_stacksize;
    /* count and number the caches */
    int ncaches = 0;
    rp_ssize_t n = rp_code_len(co);
    for (rp_ssize_t i = 0; i < n; i++) {
        int op = RP_OPCODE(co->co_code[i]);
        int nc = rp_opcode_ncache(op);
        if (nc > 0 && i + 1 < n) {
            co->co_code[i + 1] = RP_MAKE_UNIT(OP_CACHE, ncaches);
            ncaches++;
            i += nc;
        }
    }
    co->co_ncaches = ncaches;
    if (ncaches > 0) {
        co->co_caches = rp_mem_calloc((size_t)ncaches, sizeof(RpInlineCache));
        if (co->co_caches == NULL) {
            rp_err_nomemory();
            return -1;
        }
    }
    return 0;
}

static void code_dealloc(RpObject *self)
{
    RpCodeObject *co = (RpCodeObject *)self;
    RP_XDECREF(co->co_consts);
    RP_XDECREF(co->co_names);
    RP_XDECREF(co->co_localsplusnames);
    RP_XDECREF(co->co_localspluskinds);
    RP_XDECREF(co->co_filename);
    RP_XDECREF(co->co_name);
    RP_XDECREF(co->co_qualname);
    RP_XDECREF(co->co_linetable);
    RP_XDECREF(co->co_exceptiontable);
    if (co->co_caches != NULL) {
        rp_mem_free(co->co_caches);
    }
    rp_object_free(self);
}

static RpObject *code_repr(RpObject *self)
{
    RpCodeObject *co = (RpCodeObject *)self;
    if (co->co_firstlineno != 0) {
        return rp_str_from_format("<code object %U at %p, file \"%U\", line %d>",
                                  co->co_name, (void *)co, co->co_filename,
                                  co->co_firstlineno);
    }
    return rp_str_from_format("<code object %U at %p, file \"%U\">", co->co_name,
                              (void *)co, co->co_filename);
}

/* ---- line table ------------------------------------------------------------ */

static void lt_byte(RpLineTableWriter *w, unsigned char b)
{
    if (w->failed) {
        return;
    }
    if (w->len == w->cap) {
        size_t ncap = w->cap ? w->cap * 2 : 64;
        unsigned char *nb = rp_mem_realloc(w->buf, ncap);
        if (nb == NULL) {
            w->failed = 1;
            return;
        }
        w->buf = nb;
        w->cap = ncap;
    }
    w->buf[w->len++] = b;
}

static void lt_varint(RpLineTableWriter *w, uint64_t v)
{
    while (v >= 0x80) {
        lt_byte(w, (unsigned char)(v | 0x80));
        v >>= 7;
    }
    lt_byte(w, (unsigned char)v);
}

static void lt_svarint(RpLineTableWriter *w, int64_t v)
{
    lt_varint(w, v < 0 ? ((uint64_t)(-(v + 1)) << 1) | 1 : (uint64_t)v << 1);
}

void rp_linetable_init(RpLineTableWriter *w, int firstlineno)
{
    w->buf = NULL;
    w->len = w->cap = 0;
    w->prev_line = firstlineno;
    w->failed = 0;
}

void rp_linetable_add(RpLineTableWriter *w, int n, int line, int end_line, int col,
                      int end_col)
{
    if (n <= 0) {
        return;
    }
    if (line < 0) {
        lt_varint(w, (uint64_t)n << 1);
        return;
    }
    if (end_line < line) {
        end_line = line;
    }
    lt_varint(w, ((uint64_t)n << 1) | 1);
    lt_svarint(w, (int64_t)line - w->prev_line);
    lt_varint(w, (uint64_t)(end_line - line));
    lt_varint(w, (uint64_t)(col < 0 ? 0 : col + 1));
    lt_varint(w, (uint64_t)(end_col < 0 ? 0 : end_col + 1));
    w->prev_line = line;
}

RpObject *rp_linetable_finish(RpLineTableWriter *w)
{
    RpObject *b = NULL;
    if (!w->failed) {
        b = rp_bytes_from_data((const char *)w->buf, (rp_ssize_t)w->len);
    }
    else {
        rp_err_nomemory();
    }
    rp_mem_free(w->buf);
    w->buf = NULL;
    return b;
}

typedef struct {
    const unsigned char *p, *end;
    int start, stop;                 /* code units [start, stop) */
    int line, end_line, col, end_col;
    int prev_line;
} LtReader;

static uint64_t rd_varint(LtReader *r)
{
    uint64_t v = 0;
    int shift = 0;
    while (r->p < r->end) {
        unsigned char b = *r->p++;
        v |= (uint64_t)(b & 0x7F) << shift;
        if (!(b & 0x80)) {
            break;
        }
        shift += 7;
    }
    return v;
}

static int64_t rd_svarint(LtReader *r)
{
    uint64_t v = rd_varint(r);
    return (v & 1) ? -(int64_t)(v >> 1) - 1 : (int64_t)(v >> 1);
}

static void lt_reader_init(LtReader *r, RpCodeObject *co)
{
    r->p = (const unsigned char *)rp_bytes_data(co->co_linetable);
    r->end = r->p + rp_bytes_len(co->co_linetable);
    r->start = r->stop = 0;
    r->prev_line = co->co_firstlineno;
    r->line = r->end_line = r->col = r->end_col = -1;
}

/* advance to the next run; 0 at the end */
static int lt_next(LtReader *r)
{
    if (r->p >= r->end) {
        return 0;
    }
    uint64_t h = rd_varint(r);
    r->start = r->stop;
    r->stop = r->start + (int)(h >> 1);
    if (h & 1) {
        r->line = (int)(r->prev_line + rd_svarint(r));
        r->end_line = r->line + (int)rd_varint(r);
        r->col = (int)rd_varint(r) - 1;
        r->end_col = (int)rd_varint(r) - 1;
        r->prev_line = r->line;
    }
    else {
        r->line = r->end_line = r->col = r->end_col = -1;
    }
    return 1;
}

void rp_code_addr2location(RpCodeObject *co, int offset, int *line, int *end_line,
                           int *col, int *end_col)
{
    LtReader r;
    lt_reader_init(&r, co);
    *line = *end_line = *col = *end_col = -1;
    while (lt_next(&r)) {
        if (offset >= r.start && offset < r.stop) {
            *line = r.line;
            *end_line = r.end_line;
            *col = r.col;
            *end_col = r.end_col;
            return;
        }
    }
}

int rp_code_addr2line(RpCodeObject *co, int offset)
{
    int line, end_line, col, end_col;
    if (offset < 0) {
        return co->co_firstlineno;
    }
    rp_code_addr2location(co, offset, &line, &end_line, &col, &end_col);
    return line;
}

int rp_code_find_handler(RpCodeObject *co, int offset, RpExceptEntry *entry)
{
    int n;
    const RpExceptEntry *t = rp_code_except_entries(co, &n);
    /* entries are sorted by start and do not overlap: binary search */
    int lo = 0, hi = n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if ((uint32_t)offset < t[mid].start) {
            hi = mid;
        }
        else if ((uint32_t)offset >= t[mid].end) {
            lo = mid + 1;
        }
        else {
            *entry = t[mid];
            return 1;
        }
    }
    return 0;
}

/* ---- variable names ---------------------------------------------------------- */

static RpObject *names_of_kind(RpCodeObject *co, int kind)
{
    int n = 0;
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        if (rp_code_localkind(co, i) & kind) {
            n++;
        }
    }
    RpObject *t = rp_tuple_new(n);
    if (t == NULL) {
        return NULL;
    }
    int j = 0;
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        if (rp_code_localkind(co, i) & kind) {
            RpObject *name = rp_tuple_get_borrow(co->co_localsplusnames, i);
            rp_tuple_set_steal(t, j++, rp_newref(name));
        }
    }
    return t;
}

RpObject *rp_code_varnames(RpCodeObject *co) { return names_of_kind(co, RP_CO_FAST_LOCAL); }
RpObject *rp_code_cellvars(RpCodeObject *co) { return names_of_kind(co, RP_CO_FAST_CELL); }
RpObject *rp_code_freevars(RpCodeObject *co) { return names_of_kind(co, RP_CO_FAST_FREE); }

/* ---- Python-level attributes ---------------------------------------------- */

static RpObject *code_get_varnames(RpObject *self, void *c)
{
    return rp_code_varnames((RpCodeObject *)self);
}
static RpObject *code_get_cellvars(RpObject *self, void *c)
{
    return rp_code_cellvars((RpCodeObject *)self);
}
static RpObject *code_get_freevars(RpObject *self, void *c)
{
    return rp_code_freevars((RpCodeObject *)self);
}
static RpObject *code_get_code(RpObject *self, void *c)
{
    RpCodeObject *co = (RpCodeObject *)self;
    return rp_bytes_from_data((const char *)co->co_code,
                              rp_code_len(co) * (rp_ssize_t)sizeof(rp_codeunit));
}
static RpObject *code_get_nlocals(RpObject *self, void *c)
{
    return rp_int_from_long(((RpCodeObject *)self)->co_nlocals);
}

static RpObject *code_lines_or_positions(RpObject *self, int positions)
{
    RpCodeObject *co = (RpCodeObject *)self;
    RpObject *list = rp_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    LtReader r;
    lt_reader_init(&r, co);
    while (lt_next(&r)) {
        RpObject *item;
        RpObject *l = r.line < 0 ? rp_none_new() : rp_int_from_long(r.line);
        if (l == NULL) {
            goto fail;
        }
        if (!positions) {
            RpObject *a = rp_int_from_long((long)r.start * RP_CODEUNIT_PY_BYTES);
            RpObject *b = rp_int_from_long((long)r.stop * RP_CODEUNIT_PY_BYTES);
            item = (a && b) ? rp_tuple_pack(3, a, b, l) : NULL;
            RP_XDECREF(a);
            RP_XDECREF(b);
            RP_DECREF(l);
            if (item == NULL || rp_list_append(list, item) < 0) {
                RP_XDECREF(item);
                goto fail;
            }
            RP_DECREF(item);
            continue;
        }
        RpObject *el = r.end_line < 0 ? rp_none_new() : rp_int_from_long(r.end_line);
        RpObject *c = r.col < 0 ? rp_none_new() : rp_int_from_long(r.col);
        RpObject *ec = r.end_col < 0 ? rp_none_new() : rp_int_from_long(r.end_col);
        item = (el && c && ec) ? rp_tuple_pack(4, l, el, c, ec) : NULL;
        RP_DECREF(l);
        RP_XDECREF(el);
        RP_XDECREF(c);
        RP_XDECREF(ec);
        if (item == NULL) {
            goto fail;
        }
        for (int i = r.start; i < r.stop; i++) {
            if (rp_list_append(list, item) < 0) {
                RP_DECREF(item);
                goto fail;
            }
        }
        RP_DECREF(item);
    }
    RpObject *it = rp_object_get_iter(list);
    RP_DECREF(list);
    return it;
fail:
    RP_DECREF(list);
    return NULL;
}

static RpObject *code_co_lines(RpObject *self, RpObject *unused)
{
    return code_lines_or_positions(self, 0);
}
static RpObject *code_co_positions(RpObject *self, RpObject *unused)
{
    return code_lines_or_positions(self, 1);
}

/* CPython 3.11's code_sizeof: its PyCodeObject (184 bytes) followed by the
 * bytecode, rounded up to a word.  Our bytecode is ours, so the figure
 * agrees with CPython's when co_code has the same length. */
static RpObject *code_sizeof(RpObject *self, RpObject *unused)
{
    rp_ssize_t n = 184 + rp_code_len((RpCodeObject *)self) * (rp_ssize_t)sizeof(rp_codeunit);
    n = (n + (rp_ssize_t)sizeof(void *) - 1) & ~((rp_ssize_t)sizeof(void *) - 1);
    return rp_int_from_ssize_t(n);
}

static RpMethodDef code_methods[] = {
    {"__sizeof__", RP_CFUNC(code_sizeof), RP_METH_NOARGS, NULL},
    {"co_lines", RP_CFUNC(code_co_lines), RP_METH_NOARGS, NULL},
    {"co_positions", RP_CFUNC(code_co_positions), RP_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

#define OFF(f) offsetof(RpCodeObject, f)
static RpMemberDef code_members[] = {
    {"co_argcount", RP_T_INT, OFF(co_argcount), RP_READONLY, NULL},
    {"co_posonlyargcount", RP_T_INT, OFF(co_posonlyargcount), RP_READONLY, NULL},
    {"co_kwonlyargcount", RP_T_INT, OFF(co_kwonlyargcount), RP_READONLY, NULL},
    {"co_stacksize", RP_T_INT, OFF(co_stacksize), RP_READONLY, NULL},
    {"co_flags", RP_T_INT, OFF(co_flags), RP_READONLY, NULL},
    {"co_firstlineno", RP_T_INT, OFF(co_firstlineno), RP_READONLY, NULL},
    {"co_consts", RP_T_OBJECT, OFF(co_consts), RP_READONLY, NULL},
    {"co_names", RP_T_OBJECT, OFF(co_names), RP_READONLY, NULL},
    {"co_filename", RP_T_OBJECT, OFF(co_filename), RP_READONLY, NULL},
    {"co_name", RP_T_OBJECT, OFF(co_name), RP_READONLY, NULL},
    {"co_qualname", RP_T_OBJECT, OFF(co_qualname), RP_READONLY, NULL},
    {"co_linetable", RP_T_OBJECT, OFF(co_linetable), RP_READONLY, NULL},
    {"co_exceptiontable", RP_T_OBJECT, OFF(co_exceptiontable), RP_READONLY, NULL},
    {NULL, 0, 0, 0, NULL}
};
#undef OFF

static RpGetSetDef code_getset[] = {
    {"co_varnames", code_get_varnames, NULL, NULL, NULL},
    {"co_cellvars", code_get_cellvars, NULL, NULL, NULL},
    {"co_freevars", code_get_freevars, NULL, NULL, NULL},
    {"co_code", code_get_code, NULL, NULL, NULL},
    {"co_nlocals", code_get_nlocals, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

RpTypeObject RpCode_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "code",
    .tp_basicsize = offsetof(RpCodeObject, co_code),
    .tp_itemsize = sizeof(rp_codeunit),
    .tp_dealloc = code_dealloc,
    .tp_repr = code_repr,
    .tp_getattro = rp_object_generic_getattr,
    .tp_methods = code_methods,
    .tp_members = code_members,
    .tp_getset = code_getset,
    .tp_free = rp_object_free,
};
