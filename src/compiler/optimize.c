/* optimize.c - constants: literals, folding, and the constant cache.
 *
 * Models CPython 3.11's Python/ast_opt.c and the constant merging of
 * compile.c.  The AST carries literals in decoded form (ast.h); the fold
 * pass, run once over the whole module before code generation, turns
 * every literal into its object and folds what CPython folds, keeping the
 * result in a side table keyed by the expression node (the AST itself is
 * only rewritten where CPython rewrites node kinds: `for x in [..]`
 * becomes a tuple, `not (a is b)` becomes `a is not b`).
 *
 * Folding limits (CPython's safe_multiply / safe_power / safe_lshift /
 * safe_mod): ints of at most 128 bits, collections of at most 256 items,
 * strings of at most 4096 characters; `%` is not folded on str/bytes.
 */
#include "compile_internal.h"
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../objects/boolobject.h"
#include "../objects/bytesobject.h"
#include "../objects/dictobject.h"
#include "../objects/complexobject.h"
#include "../objects/floatobject.h"
#include "../objects/intobject.h"
#include "../objects/listobject.h"
#include "../objects/noneobject.h"
#include "../objects/setobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../objects/exceptions.h"
#include "../objects/codeobject.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"

#define MAX_INT_SIZE 128          /* bits */
#define MAX_COLLECTION_SIZE 256   /* items */
#define MAX_STR_SIZE 4096         /* characters */
#define MAX_TOTAL_ITEMS 1024      /* including nested collections */

typedef struct RpFoldEntry {
    const RpExpr *key;
    RpObject *value;
} RpFoldEntry;

/* ---- the side table ---------------------------------------------------- */

static size_t hash_ptr(const void *p)
{
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 17;
    x *= (uintptr_t)0x9E3779B97F4A7C15ull;
    x ^= x >> 29;
    return (size_t)x;
}

RpObject *rp_c_const_value(RpCompiler *c, RpExpr *e)
{
    if (c->folded_cap == 0 || e == NULL) {
        return NULL;
    }
    size_t mask = c->folded_cap - 1;
    size_t i = hash_ptr(e) & mask;
    while (c->folded[i].key != NULL) {
        if (c->folded[i].key == e) {
            return c->folded[i].value;
        }
        i = (i + 1) & mask;
    }
    return NULL;
}

static int table_put(RpCompiler *c, const RpExpr *e, RpObject *value_steal)
{
    if ((c->folded_len + 1) * 2 > c->folded_cap) {
        size_t ncap = c->folded_cap ? c->folded_cap * 2 : 256;
        RpFoldEntry *nt = rp_mem_calloc(ncap, sizeof(RpFoldEntry));
        if (nt == NULL) {
            RP_DECREF(value_steal);
            rp_err_nomemory();
            return -1;
        }
        for (size_t j = 0; j < c->folded_cap; j++) {
            if (c->folded[j].key != NULL) {
                size_t k = hash_ptr(c->folded[j].key) & (ncap - 1);
                while (nt[k].key != NULL) {
                    k = (k + 1) & (ncap - 1);
                }
                nt[k] = c->folded[j];
            }
        }
        rp_mem_free(c->folded);
        c->folded = nt;
        c->folded_cap = ncap;
    }
    size_t mask = c->folded_cap - 1;
    size_t i = hash_ptr(e) & mask;
    while (c->folded[i].key != NULL) {
        if (c->folded[i].key == e) {
            RP_SETREF(c->folded[i].value, value_steal);
            return 0;
        }
        i = (i + 1) & mask;
    }
    c->folded[i].key = e;
    c->folded[i].value = value_steal;
    c->folded_len++;
    return 0;
}

/* The literal objects, moved into a new list (the table is emptied): what
   CPython's AST arena keeps alive while a program read as text runs. */
RpObject *rp_c_fold_take(RpCompiler *c)
{
    RpObject *list = rp_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    for (size_t j = 0; j < c->folded_cap; j++) {
        if (c->folded[j].key != NULL) {
            if (rp_list_append(list, c->folded[j].value) < 0) {
                RP_DECREF(list);
                return NULL;
            }
        }
    }
    rp_c_fold_free(c);
    return list;
}

void rp_c_fold_free(RpCompiler *c)
{
    for (size_t j = 0; j < c->folded_cap; j++) {
        if (c->folded[j].key != NULL) {
            RP_DECREF(c->folded[j].value);
        }
    }
    rp_mem_free(c->folded);
    c->folded = NULL;
    c->folded_cap = c->folded_len = 0;
}

/* ---- literals ------------------------------------------------------------ */

RpObject *rp_c_make_literal(RpCompiler *c, const RpAstConst *k, RpLoc loc)
{
    switch (k->kind) {
    case RP_CONST_NONE:
        return rp_none_new();
    case RP_CONST_TRUE:
        return rp_newref(rp_True);
    case RP_CONST_FALSE:
        return rp_newref(rp_False);
    case RP_CONST_ELLIPSIS:
        return rp_newref(rp_Ellipsis);
    case RP_CONST_INT: {
        RpObject *v = rp_int_from_string(k->data, (rp_ssize_t)k->len, 0);
        if (v == NULL && c != NULL && rp_err_matches(&RpExc_ValueError)) {
            /* the int max-str-digits limit: a SyntaxError at the literal */
            RpObject *exc = rp_err_fetch();
            RpObject *msg = rp_object_str(exc);
            RP_DECREF(exc);
            RpObject *full = msg ? rp_str_from_format("%U - Consider hexadecimal for huge "
                                                      "integer literals to avoid decimal "
                                                      "conversion limits.", msg)
                                 : NULL;
            RP_XDECREF(msg);
            if (full != NULL) {
                rp_c_error_literal(c, loc, full);
                RP_DECREF(full);
            }
        }
        return v;
    }
    case RP_CONST_FLOAT:
        return rp_float_from_string(k->data, (rp_ssize_t)k->len);
    case RP_CONST_IMAG: {
        RpObject *f = rp_float_from_string(k->data, (rp_ssize_t)k->len);
        if (f == NULL) {
            return NULL;
        }
        RpObject *z = rp_complex_from_doubles(0.0, rp_float_value(f));
        RP_DECREF(f);
        return z;
    }
    case RP_CONST_STR:
        return rp_str_from_utf8_surrogatepass(k->data, (rp_ssize_t)k->len);
    case RP_CONST_BYTES:
        return rp_bytes_from_data(k->data, (rp_ssize_t)k->len);
    }
    return rp_err_set_string(&RpExc_SystemError, "unknown constant kind");
}

/* ---- the constant cache ------------------------------------------------------ */

RpObject *rp_c_const_key(RpObject *o)
{
    if (o == rp_None || o == rp_Ellipsis || rp_int_check_exact(o) || rp_str_check_exact(o) ||
        rp_code_check(o)) {
        return rp_newref(o);
    }
    if (rp_bool_check(o) || (RP_TYPE(o) == &RpBytes_Type)) {
        return rp_tuple_pack(2, (RpObject *)RP_TYPE(o), o);
    }
    if (rp_float_check_exact(o)) {
        double d = rp_float_value(o);
        if (d == 0.0 && signbit(d)) {
            return rp_tuple_pack(3, (RpObject *)RP_TYPE(o), o, rp_None);
        }
        return rp_tuple_pack(2, (RpObject *)RP_TYPE(o), o);
    }
    if (rp_complex_check_exact(o)) {
        /* the four complex zeros must stay apart (CPython's tags) */
        RpComplex z = rp_complex_value(o);
        int rneg = z.real == 0.0 && signbit(z.real);
        int ineg = z.imag == 0.0 && signbit(z.imag);
        if (rneg && ineg) {
            return rp_tuple_pack(3, (RpObject *)RP_TYPE(o), o, rp_True);
        }
        if (ineg) {
            return rp_tuple_pack(3, (RpObject *)RP_TYPE(o), o, rp_False);
        }
        if (rneg) {
            return rp_tuple_pack(3, (RpObject *)RP_TYPE(o), o, rp_None);
        }
        return rp_tuple_pack(2, (RpObject *)RP_TYPE(o), o);
    }
    if (rp_tuple_check_exact(o)) {
        rp_ssize_t n = rp_tuple_len(o);
        RpObject *t = rp_tuple_new(n);
        if (t == NULL) {
            return NULL;
        }
        for (rp_ssize_t i = 0; i < n; i++) {
            RpObject *k = rp_c_const_key(rp_tuple_get_borrow(o, i));
            if (k == NULL) {
                for (rp_ssize_t j = i; j < n; j++) {
                    rp_tuple_set_steal(t, j, rp_none_new());
                }
                RP_DECREF(t);
                return NULL;
            }
            rp_tuple_set_steal(t, i, k);
        }
        RpObject *key = rp_tuple_pack(2, t, o);
        RP_DECREF(t);
        return key;
    }
    if (RP_TYPE(o) == &RpFrozenSet_Type) {
        RpObject *s = rp_set_new(NULL);
        if (s == NULL) {
            return NULL;
        }
        rp_ssize_t pos = 0;
        RpObject *item;
        rp_hash_t h;
        while (rp_set_next(o, &pos, &item, &h)) {
            RpObject *k = rp_c_const_key(item);
            if (k == NULL || rp_set_add(s, k) < 0) {
                RP_XDECREF(k);
                RP_DECREF(s);
                return NULL;
            }
            RP_DECREF(k);
        }
        RpObject *fs = rp_frozenset_new(s);
        RP_DECREF(s);
        if (fs == NULL) {
            return NULL;
        }
        RpObject *key = rp_tuple_pack(2, fs, o);
        RP_DECREF(fs);
        return key;
    }
    /* other objects are all different: key on identity */
    RpObject *id = rp_int_from_unsigned_long_long((unsigned long long)(uintptr_t)o);
    if (id == NULL) {
        return NULL;
    }
    RpObject *key = rp_tuple_pack(2, id, o);
    RP_DECREF(id);
    return key;
}

/* The constant a key stands for. */
static RpObject *key_value_borrow(RpObject *key)
{
    if (rp_tuple_check_exact(key) && rp_tuple_len(key) >= 2) {
        return rp_tuple_get_borrow(key, 1);
    }
    return key;
}

RpObject *rp_c_merge_const(RpCompiler *c, RpObject *o)
{
    RpObject *key = rp_c_const_key(o);
    if (key == NULL) {
        return NULL;
    }
    RpObject *t = rp_dict_setdefault_borrow(c->const_cache, key, key);
    if (t == NULL) {
        RP_DECREF(key);
        return NULL;
    }
    int is_new = t == key;
    RP_DECREF(key);
    RpObject *v = key_value_borrow(t);
    /* a new tuple: merge its items too, so that they are the cached ones */
    if (is_new && rp_tuple_check_exact(v)) {
        rp_ssize_t n = rp_tuple_len(v);
        for (rp_ssize_t i = 0; i < n; i++) {
            RpObject *item = rp_tuple_get_borrow(v, i);
            RpObject *u = rp_c_merge_const(c, item);
            if (u == NULL) {
                return NULL;
            }
            if (u != item) {
                rp_tuple_items(v)[i] = u;
                RP_DECREF(item);
            }
            else {
                RP_DECREF(u);
            }
        }
    }
    /* a new frozenset: as CPython's merge_consts_recursive, rebuild it from
       its items (merged) in iteration order and keep the rebuilt one in the
       key.  The table layout, and so the order a {c1, c2, c3} display
       prints in, is the rebuilt set's. */
    if (is_new && rp_type(v) == &RpFrozenSet_Type && rp_set_len(v) > 0) {
        RpObject *items = rp_tuple_new(rp_set_len(v));
        if (items == NULL) {
            return NULL;
        }
        rp_ssize_t pos = 0, i = 0;
        RpObject *item;
        while (rp_set_next(v, &pos, &item, NULL)) {
            RpObject *u = rp_c_merge_const(c, item);
            if (u == NULL) {
                RP_DECREF(items);
                return NULL;
            }
            rp_tuple_set_steal(items, i++, u);
        }
        RpObject *fs = rp_frozenset_new(items);
        RP_DECREF(items);
        if (fs == NULL) {
            return NULL;
        }
        if (rp_tuple_check_exact(t) && rp_tuple_len(t) >= 2 && rp_tuple_get_borrow(t, 1) == v) {
            rp_tuple_items(t)[1] = fs;
            RP_DECREF(v);
            v = fs;
        }
        else {
            RP_DECREF(fs);
        }
    }
    return rp_newref(v);
}

/* ---- folding ------------------------------------------------------------------ */

static int fold_expr(RpCompiler *c, RpExpr *e);
static int fold_stmts(RpCompiler *c, RpAstSeq *s);

static int fold_exprs(RpCompiler *c, RpAstSeq *s)
{
    for (int i = 0; i < rp_ast_len(s); i++) {
        if (s->items[i] != NULL && fold_expr(c, s->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

/* Store a folded value, or forget a failure (a folding that raised is
 * simply not done; the error happens at run time). */
static int make_const(RpCompiler *c, RpExpr *e, RpObject *val)
{
    if (val == NULL) {
        if (rp_err_matches(&RpExc_KeyboardInterrupt)) {
            return -1;
        }
        rp_err_clear();
        return 0;
    }
    return table_put(c, e, val);
}

static int64_t num_bits(RpObject *v)
{
    return rp_int_bit_length(v);
}

/* does a collection of constants hold more than `limit` items in total? */
static rp_ssize_t check_complexity(RpObject *obj, rp_ssize_t limit)
{
    if (rp_tuple_check(obj)) {
        limit -= rp_tuple_len(obj);
        for (rp_ssize_t i = 0; limit >= 0 && i < rp_tuple_len(obj); i++) {
            limit = check_complexity(rp_tuple_get_borrow(obj, i), limit);
        }
        return limit;
    }
    if (RP_TYPE(obj) == &RpFrozenSet_Type) {
        rp_ssize_t pos = 0;
        RpObject *item;
        rp_hash_t h;
        limit -= rp_set_len(obj);
        while (limit >= 0 && rp_set_next(obj, &pos, &item, &h)) {
            limit = check_complexity(item, limit);
        }
    }
    return limit;
}

static RpObject *safe_multiply(RpObject *v, RpObject *w)
{
    if (rp_int_check(v) && rp_int_check(w) && rp_int_sign(v) && rp_int_sign(w)) {
        if (num_bits(v) + num_bits(w) > MAX_INT_SIZE) {
            return NULL;
        }
    }
    else if (rp_int_check(v) && (rp_tuple_check(w) || RP_TYPE(w) == &RpFrozenSet_Type)) {
        rp_ssize_t size = rp_tuple_check(w) ? rp_tuple_len(w) : rp_set_len(w);
        if (size) {
            long n = rp_int_as_long(v);
            if (n == -1 && rp_err_occurred()) {
                return NULL;
            }
            if (n < 0 || n > MAX_COLLECTION_SIZE / size) {
                return NULL;
            }
            if (n && check_complexity(w, MAX_TOTAL_ITEMS / n) < 0) {
                return NULL;
            }
        }
    }
    else if (rp_int_check(v) && (rp_str_check(w) || rp_bytes_check(w))) {
        rp_ssize_t size = rp_str_check(w) ? rp_str_len(w) : rp_bytes_len(w);
        if (size) {
            long n = rp_int_as_long(v);
            if (n == -1 && rp_err_occurred()) {
                return NULL;
            }
            if (n < 0 || n > MAX_STR_SIZE / size) {
                return NULL;
            }
        }
    }
    else if (rp_int_check(w) && (rp_tuple_check(v) || RP_TYPE(v) == &RpFrozenSet_Type ||
                                 rp_str_check(v) || rp_bytes_check(v))) {
        return safe_multiply(w, v);
    }
    return rp_number_multiply(v, w);
}

static RpObject *safe_power(RpObject *v, RpObject *w)
{
    if (rp_int_check(v) && rp_int_check(w) && rp_int_sign(v) && rp_int_sign(w) > 0) {
        int64_t vbits = num_bits(v);
        rp_ssize_t wbits = rp_int_as_ssize_t(w);
        if (wbits == -1 && rp_err_occurred()) {
            return NULL;
        }
        if (vbits > MAX_INT_SIZE / wbits) {
            return NULL;
        }
    }
    return rp_number_power(v, w, rp_None);
}

static RpObject *safe_lshift(RpObject *v, RpObject *w)
{
    if (rp_int_check(v) && rp_int_check(w) && rp_int_sign(v) && rp_int_sign(w)) {
        int64_t vbits = num_bits(v);
        rp_ssize_t wbits = rp_int_as_ssize_t(w);
        if (wbits == -1 && rp_err_occurred()) {
            return NULL;
        }
        if (wbits < 0) {
            return NULL;
        }
        if (wbits > MAX_INT_SIZE || vbits > MAX_INT_SIZE - wbits) {
            return NULL;
        }
    }
    return rp_number_lshift(v, w);
}

static RpObject *safe_mod(RpObject *v, RpObject *w)
{
    if (rp_str_check(v) || rp_bytes_check(v)) {
        return NULL;
    }
    return rp_number_remainder(v, w);
}

static int fold_binop(RpCompiler *c, RpExpr *e)
{
    RpObject *lv = rp_c_const_value(c, e->v.BinOp.left);
    RpObject *rv = rp_c_const_value(c, e->v.BinOp.right);
    if (lv == NULL || rv == NULL) {
        return 0;
    }
    RpObject *nv = NULL;
    switch (e->v.BinOp.op) {
    case RP_ADD: nv = rp_number_add(lv, rv); break;
    case RP_SUB: nv = rp_number_subtract(lv, rv); break;
    case RP_MULT: nv = safe_multiply(lv, rv); break;
    case RP_DIV: nv = rp_number_true_divide(lv, rv); break;
    case RP_FLOORDIV: nv = rp_number_floor_divide(lv, rv); break;
    case RP_MOD: nv = safe_mod(lv, rv); break;
    case RP_POW: nv = safe_power(lv, rv); break;
    case RP_LSHIFT: nv = safe_lshift(lv, rv); break;
    case RP_RSHIFT: nv = rp_number_rshift(lv, rv); break;
    case RP_BITOR: nv = rp_number_or(lv, rv); break;
    case RP_BITXOR: nv = rp_number_xor(lv, rv); break;
    case RP_BITAND: nv = rp_number_and(lv, rv); break;
    case RP_MATMULT: return 0;
    }
    return make_const(c, e, nv);
}

static int fold_unaryop(RpCompiler *c, RpExpr *e)
{
    RpExpr *arg = e->v.UnaryOp.operand;
    RpObject *v = rp_c_const_value(c, arg);
    if (v == NULL) {
        /* fold `not` into a comparison: not (a is b) -> a is not b */
        if (e->v.UnaryOp.op == RP_NOT && arg->kind == RP_Compare_kind &&
            rp_ast_len(arg->v.Compare.ops) == 1) {
            RpCmpOp op = (RpCmpOp)(intptr_t)arg->v.Compare.ops->items[0];
            RpCmpOp nop = 0;
            switch (op) {
            case RP_IS: nop = RP_ISNOT; break;
            case RP_ISNOT: nop = RP_IS; break;
            case RP_IN: nop = RP_NOTIN; break;
            case RP_NOTIN: nop = RP_IN; break;
            default: break;
            }
            if (nop) {
                arg->v.Compare.ops->items[0] = (void *)(intptr_t)nop;
                int lineno = e->lineno, col = e->col_offset;
                int end_lineno = e->end_lineno, end_col = e->end_col_offset;
                *e = *arg;
                e->lineno = lineno;
                e->col_offset = col;
                e->end_lineno = end_lineno;
                e->end_col_offset = end_col;
            }
        }
        return 0;
    }
    RpObject *nv = NULL;
    switch (e->v.UnaryOp.op) {
    case RP_INVERT: nv = rp_number_invert(v); break;
    case RP_NOT: {
        int t = rp_object_not(v);
        nv = t < 0 ? NULL : rp_bool_from_long(t);
        break;
    }
    case RP_UADD: nv = rp_number_positive(v); break;
    case RP_USUB: nv = rp_number_negative(v); break;
    }
    return make_const(c, e, nv);
}

static RpObject *make_const_tuple(RpCompiler *c, RpAstSeq *elts)
{
    int n = rp_ast_len(elts);
    for (int i = 0; i < n; i++) {
        if (rp_c_const_value(c, elts->items[i]) == NULL) {
            return NULL;
        }
    }
    RpObject *t = rp_tuple_new(n);
    if (t == NULL) {
        return NULL;
    }
    for (int i = 0; i < n; i++) {
        rp_tuple_set_steal(t, i, rp_newref(rp_c_const_value(c, elts->items[i])));
    }
    return t;
}

static int has_starred(RpAstSeq *elts)
{
    for (int i = 0; i < rp_ast_len(elts); i++) {
        if (((RpExpr *)elts->items[i])->kind == RP_Starred_kind) {
            return 1;
        }
    }
    return 0;
}

/* the iterable of a for loop or an `in` test */
static int fold_iter(RpCompiler *c, RpExpr *arg)
{
    RpObject *nv;
    if (arg->kind == RP_List_kind) {
        RpAstSeq *elts = arg->v.List.elts;
        if (has_starred(elts)) {
            return 0;
        }
        RpExprContext ctx = arg->v.List.ctx;
        arg->kind = RP_Tuple_kind;
        arg->v.Tuple.elts = elts;
        arg->v.Tuple.ctx = ctx;
        nv = make_const_tuple(c, elts);
        if (nv == NULL && rp_err_occurred()) {
            return -1;
        }
    }
    else if (arg->kind == RP_Set_kind) {
        nv = make_const_tuple(c, arg->v.Set.elts);
        if (nv != NULL) {
            RpObject *fs = rp_frozenset_new(nv);
            RP_DECREF(nv);
            nv = fs;
        }
        else if (rp_err_occurred()) {
            return -1;
        }
    }
    else {
        return 0;
    }
    if (nv == NULL) {
        return 0;
    }
    return make_const(c, arg, nv);
}

static int fold_arguments(RpCompiler *c, RpArguments *a)
{
    if (a == NULL) {
        return 0;
    }
    if (fold_exprs(c, a->defaults) < 0 || fold_exprs(c, a->kw_defaults) < 0) {
        return -1;
    }
    RpAstSeq *lists[] = { a->posonlyargs, a->args, a->kwonlyargs };
    for (int l = 0; l < 3; l++) {
        for (int i = 0; i < rp_ast_len(lists[l]); i++) {
            RpArg *arg = lists[l]->items[i];
            if (arg->annotation && fold_expr(c, arg->annotation) < 0) {
                return -1;
            }
        }
    }
    if (a->vararg && a->vararg->annotation && fold_expr(c, a->vararg->annotation) < 0) {
        return -1;
    }
    if (a->kwarg && a->kwarg->annotation && fold_expr(c, a->kwarg->annotation) < 0) {
        return -1;
    }
    return 0;
}

static int fold_comprehensions(RpCompiler *c, RpAstSeq *gens)
{
    for (int i = 0; i < rp_ast_len(gens); i++) {
        RpComprehension *g = gens->items[i];
        if (fold_expr(c, g->target) < 0 || fold_expr(c, g->iter) < 0 ||
            fold_exprs(c, g->ifs) < 0 || fold_iter(c, g->iter) < 0) {
            return -1;
        }
    }
    return 0;
}

static int fold_expr(RpCompiler *c, RpExpr *e)
{
    if (rp_c_enter_depth(c) < 0) {
        return -1;
    }
    int r = 0;
    switch (e->kind) {
    case RP_BoolOp_kind:
        r = fold_exprs(c, e->v.BoolOp.values);
        break;
    case RP_BinOp_kind:
        r = fold_expr(c, e->v.BinOp.left);
        if (r == 0) {
            r = fold_expr(c, e->v.BinOp.right);
        }
        if (r == 0) {
            r = fold_binop(c, e);
        }
        break;
    case RP_UnaryOp_kind:
        r = fold_expr(c, e->v.UnaryOp.operand);
        if (r == 0) {
            r = fold_unaryop(c, e);
        }
        break;
    case RP_Lambda_kind:
        r = fold_arguments(c, e->v.Lambda.args);
        if (r == 0) {
            r = fold_expr(c, e->v.Lambda.body);
        }
        break;
    case RP_IfExp_kind:
        r = fold_expr(c, e->v.IfExp.test);
        if (r == 0) {
            r = fold_expr(c, e->v.IfExp.body);
        }
        if (r == 0) {
            r = fold_expr(c, e->v.IfExp.orelse);
        }
        break;
    case RP_Dict_kind:
        r = fold_exprs(c, e->v.Dict.keys);
        if (r == 0) {
            r = fold_exprs(c, e->v.Dict.values);
        }
        break;
    case RP_Set_kind:
        r = fold_exprs(c, e->v.Set.elts);
        break;
    case RP_ListComp_kind:
        r = fold_expr(c, e->v.ListComp.elt);
        if (r == 0) {
            r = fold_comprehensions(c, e->v.ListComp.generators);
        }
        break;
    case RP_SetComp_kind:
        r = fold_expr(c, e->v.SetComp.elt);
        if (r == 0) {
            r = fold_comprehensions(c, e->v.SetComp.generators);
        }
        break;
    case RP_DictComp_kind:
        r = fold_expr(c, e->v.DictComp.key);
        if (r == 0) {
            r = fold_expr(c, e->v.DictComp.value);
        }
        if (r == 0) {
            r = fold_comprehensions(c, e->v.DictComp.generators);
        }
        break;
    case RP_GeneratorExp_kind:
        r = fold_expr(c, e->v.GeneratorExp.elt);
        if (r == 0) {
            r = fold_comprehensions(c, e->v.GeneratorExp.generators);
        }
        break;
    case RP_Await_kind:
        r = fold_expr(c, e->v.Await.value);
        break;
    case RP_Yield_kind:
        if (e->v.Yield.value) {
            r = fold_expr(c, e->v.Yield.value);
        }
        break;
    case RP_YieldFrom_kind:
        r = fold_expr(c, e->v.YieldFrom.value);
        break;
    case RP_Compare_kind:
        r = fold_expr(c, e->v.Compare.left);
        if (r == 0) {
            r = fold_exprs(c, e->v.Compare.comparators);
        }
        if (r == 0) {
            int n = rp_ast_len(e->v.Compare.ops);
            RpCmpOp last = (RpCmpOp)(intptr_t)e->v.Compare.ops->items[n - 1];
            if (last == RP_IN || last == RP_NOTIN) {
                r = fold_iter(c, e->v.Compare.comparators->items[n - 1]);
            }
        }
        break;
    case RP_Call_kind:
        r = fold_expr(c, e->v.Call.func);
        if (r == 0) {
            r = fold_exprs(c, e->v.Call.args);
        }
        for (int i = 0; r == 0 && i < rp_ast_len(e->v.Call.keywords); i++) {
            RpKeyword *kw = e->v.Call.keywords->items[i];
            r = fold_expr(c, kw->value);
        }
        break;
    case RP_FormattedValue_kind:
        r = fold_expr(c, e->v.FormattedValue.value);
        if (r == 0 && e->v.FormattedValue.format_spec) {
            r = fold_expr(c, e->v.FormattedValue.format_spec);
        }
        break;
    case RP_JoinedStr_kind:
        r = fold_exprs(c, e->v.JoinedStr.values);
        break;
    case RP_Constant_kind: {
        RpObject *v = rp_c_make_literal(c, &e->v.Constant, rp_loc_of_expr(e));
        if (v == NULL) {
            r = -1;
            break;
        }
        r = table_put(c, e, v);
        break;
    }
    case RP_Attribute_kind:
        r = fold_expr(c, e->v.Attribute.value);
        break;
    case RP_Subscript_kind:
        r = fold_expr(c, e->v.Subscript.value);
        if (r == 0) {
            r = fold_expr(c, e->v.Subscript.slice);
        }
        if (r == 0 && e->v.Subscript.ctx == RP_LOAD) {
            RpObject *a = rp_c_const_value(c, e->v.Subscript.value);
            RpObject *b = rp_c_const_value(c, e->v.Subscript.slice);
            if (a != NULL && b != NULL) {
                r = make_const(c, e, rp_object_getitem(a, b));
            }
        }
        break;
    case RP_Starred_kind:
        r = fold_expr(c, e->v.Starred.value);
        break;
    case RP_Slice_kind:
        if (e->v.Slice.lower) {
            r = fold_expr(c, e->v.Slice.lower);
        }
        if (r == 0 && e->v.Slice.upper) {
            r = fold_expr(c, e->v.Slice.upper);
        }
        if (r == 0 && e->v.Slice.step) {
            r = fold_expr(c, e->v.Slice.step);
        }
        break;
    case RP_List_kind:
        r = fold_exprs(c, e->v.List.elts);
        break;
    case RP_Tuple_kind:
        r = fold_exprs(c, e->v.Tuple.elts);
        if (r == 0 && e->v.Tuple.ctx == RP_LOAD) {
            RpObject *t = make_const_tuple(c, e->v.Tuple.elts);
            if (t != NULL) {
                r = table_put(c, e, t);
            }
            else if (rp_err_occurred()) {
                r = -1;
            }
        }
        break;
    case RP_Name_kind:
        if (e->v.Name.ctx == RP_LOAD && strcmp(e->v.Name.id, "__debug__") == 0) {
            r = table_put(c, e, rp_bool_from_long(!c->optimize));
        }
        break;
    case RP_NamedExpr_kind:
        r = fold_expr(c, e->v.NamedExpr.value);
        break;
    }
    rp_c_leave_depth(c);
    return r;
}

static int fold_pattern(RpCompiler *c, RpPattern *p)
{
    if (p == NULL) {
        return 0;
    }
    switch (p->kind) {
    case RP_MatchValue_kind:
        return fold_expr(c, p->v.MatchValue.value);
    case RP_MatchSingleton_kind:
    case RP_MatchStar_kind:
        return 0;
    case RP_MatchSequence_kind:
        for (int i = 0; i < rp_ast_len(p->v.MatchSequence.patterns); i++) {
            if (fold_pattern(c, p->v.MatchSequence.patterns->items[i]) < 0) {
                return -1;
            }
        }
        return 0;
    case RP_MatchMapping_kind:
        if (fold_exprs(c, p->v.MatchMapping.keys) < 0) {
            return -1;
        }
        for (int i = 0; i < rp_ast_len(p->v.MatchMapping.patterns); i++) {
            if (fold_pattern(c, p->v.MatchMapping.patterns->items[i]) < 0) {
                return -1;
            }
        }
        return 0;
    case RP_MatchClass_kind:
        if (fold_expr(c, p->v.MatchClass.cls) < 0) {
            return -1;
        }
        for (int i = 0; i < rp_ast_len(p->v.MatchClass.patterns); i++) {
            if (fold_pattern(c, p->v.MatchClass.patterns->items[i]) < 0) {
                return -1;
            }
        }
        for (int i = 0; i < rp_ast_len(p->v.MatchClass.kwd_patterns); i++) {
            if (fold_pattern(c, p->v.MatchClass.kwd_patterns->items[i]) < 0) {
                return -1;
            }
        }
        return 0;
    case RP_MatchAs_kind:
        return fold_pattern(c, p->v.MatchAs.pattern);
    case RP_MatchOr_kind:
        for (int i = 0; i < rp_ast_len(p->v.MatchOr.patterns); i++) {
            if (fold_pattern(c, p->v.MatchOr.patterns->items[i]) < 0) {
                return -1;
            }
        }
        return 0;
    }
    return 0;
}

static int fold_stmt(RpCompiler *c, RpStmt *s)
{
    if (rp_c_enter_depth(c) < 0) {
        return -1;
    }
    int r = 0;
    switch (s->kind) {
    case RP_FunctionDef_kind:
    case RP_AsyncFunctionDef_kind:
        r = fold_arguments(c, s->v.FunctionDef.args);
        if (r == 0) {
            r = fold_stmts(c, s->v.FunctionDef.body);
        }
        if (r == 0) {
            r = fold_exprs(c, s->v.FunctionDef.decorator_list);
        }
        if (r == 0 && s->v.FunctionDef.returns) {
            r = fold_expr(c, s->v.FunctionDef.returns);
        }
        break;
    case RP_ClassDef_kind:
        r = fold_exprs(c, s->v.ClassDef.bases);
        for (int i = 0; r == 0 && i < rp_ast_len(s->v.ClassDef.keywords); i++) {
            r = fold_expr(c, ((RpKeyword *)s->v.ClassDef.keywords->items[i])->value);
        }
        if (r == 0) {
            r = fold_stmts(c, s->v.ClassDef.body);
        }
        if (r == 0) {
            r = fold_exprs(c, s->v.ClassDef.decorator_list);
        }
        break;
    case RP_Return_kind:
        if (s->v.Return.value) {
            r = fold_expr(c, s->v.Return.value);
        }
        break;
    case RP_Delete_kind:
        r = fold_exprs(c, s->v.Delete.targets);
        break;
    case RP_Assign_kind:
        r = fold_exprs(c, s->v.Assign.targets);
        if (r == 0) {
            r = fold_expr(c, s->v.Assign.value);
        }
        break;
    case RP_AugAssign_kind:
        r = fold_expr(c, s->v.AugAssign.target);
        if (r == 0) {
            r = fold_expr(c, s->v.AugAssign.value);
        }
        break;
    case RP_AnnAssign_kind:
        r = fold_expr(c, s->v.AnnAssign.target);
        if (r == 0) {
            r = fold_expr(c, s->v.AnnAssign.annotation);
        }
        if (r == 0 && s->v.AnnAssign.value) {
            r = fold_expr(c, s->v.AnnAssign.value);
        }
        break;
    case RP_For_kind:
    case RP_AsyncFor_kind:
        r = fold_expr(c, s->v.For.target);
        if (r == 0) {
            r = fold_expr(c, s->v.For.iter);
        }
        if (r == 0) {
            r = fold_stmts(c, s->v.For.body);
        }
        if (r == 0) {
            r = fold_stmts(c, s->v.For.orelse);
        }
        if (r == 0) {
            r = fold_iter(c, s->v.For.iter);
        }
        break;
    case RP_While_kind:
    case RP_If_kind:
        r = fold_expr(c, s->v.If.test);
        if (r == 0) {
            r = fold_stmts(c, s->v.If.body);
        }
        if (r == 0) {
            r = fold_stmts(c, s->v.If.orelse);
        }
        break;
    case RP_With_kind:
    case RP_AsyncWith_kind:
        for (int i = 0; r == 0 && i < rp_ast_len(s->v.With.items); i++) {
            RpWithItem *it = s->v.With.items->items[i];
            r = fold_expr(c, it->context_expr);
            if (r == 0 && it->optional_vars) {
                r = fold_expr(c, it->optional_vars);
            }
        }
        if (r == 0) {
            r = fold_stmts(c, s->v.With.body);
        }
        break;
    case RP_Match_kind:
        r = fold_expr(c, s->v.Match.subject);
        for (int i = 0; r == 0 && i < rp_ast_len(s->v.Match.cases); i++) {
            RpMatchCase *mc = s->v.Match.cases->items[i];
            r = fold_pattern(c, mc->pattern);
            if (r == 0 && mc->guard) {
                r = fold_expr(c, mc->guard);
            }
            if (r == 0) {
                r = fold_stmts(c, mc->body);
            }
        }
        break;
    case RP_Raise_kind:
        if (s->v.Raise.exc) {
            r = fold_expr(c, s->v.Raise.exc);
        }
        if (r == 0 && s->v.Raise.cause) {
            r = fold_expr(c, s->v.Raise.cause);
        }
        break;
    case RP_Try_kind:
    case RP_TryStar_kind:
        r = fold_stmts(c, s->v.Try.body);
        for (int i = 0; r == 0 && i < rp_ast_len(s->v.Try.handlers); i++) {
            RpExceptHandler *h = s->v.Try.handlers->items[i];
            if (h->type) {
                r = fold_expr(c, h->type);
            }
            if (r == 0) {
                r = fold_stmts(c, h->body);
            }
        }
        if (r == 0) {
            r = fold_stmts(c, s->v.Try.orelse);
        }
        if (r == 0) {
            r = fold_stmts(c, s->v.Try.finalbody);
        }
        break;
    case RP_Assert_kind:
        r = fold_expr(c, s->v.Assert.test);
        if (r == 0 && s->v.Assert.msg) {
            r = fold_expr(c, s->v.Assert.msg);
        }
        break;
    case RP_Expr_kind:
        r = fold_expr(c, s->v.Expr.value);
        break;
    default:
        break;
    }
    rp_c_leave_depth(c);
    return r;
}

static int fold_stmts(RpCompiler *c, RpAstSeq *s)
{
    for (int i = 0; i < rp_ast_len(s); i++) {
        if (fold_stmt(c, s->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

int rp_c_fold_module(RpCompiler *c, RpModule *mod)
{
    if (mod->mode == RP_MODE_EVAL) {
        return fold_expr(c, mod->expr);
    }
    return fold_stmts(c, mod->body);
}

int rp_c_expr_constant(RpCompiler *c, RpExpr *e)
{
    RpObject *v = rp_c_const_value(c, e);
    if (v == NULL) {
        return -1;
    }
    int t = rp_object_is_true(v);
    if (t < 0) {
        rp_err_clear();
        return -1;
    }
    return t;
}
