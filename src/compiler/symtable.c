/* symtable.c - the symbol table (see symtable.h), modeled on CPython
 * 3.11's Python/symtable.c and Python/future.c.
 *
 * Pass 1 walks the AST and records, per block, every name with its DEF_*
 * flags (the same visiting order as CPython, so that errors come out in
 * the same order).  Pass 2 (analyze_block) resolves the scope of each
 * name, exactly as CPython does with its sets: `bound` (names bound in
 * enclosing function scopes), `global` (names declared global above),
 * `free` (free names of children, to be resolved here or passed up).
 *
 * All names are interned in a table of the RpSymTable, so that sets and
 * symbol lookups compare pointers.
 */
#include "symtable.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RECURSION_LIMIT 3000      /* CPython: 1000 * COMPILER_STACK_FRAME_SCALE */
#define STARTING_DEPTH 3          /* one Python frame deep */

/* ---- pointer sets (malloc'ed; only live during the analysis) ---- */

#define TOMB ((const char *)1)

typedef struct PSet {
    const char **slots;
    size_t cap, len, used;        /* used counts tombstones too */
} PSet;

static size_t ptr_hash(const void *p)
{
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 17;
    x *= (uintptr_t)0xed5ad4bbU;
    x ^= x >> 11;
    return (size_t)x;
}

static int pset_grow(PSet *s)
{
    size_t ncap = s->cap ? s->cap * 2 : 16;
    while (s->len * 2 >= ncap)
        ncap *= 2;
    const char **n = calloc(ncap, sizeof(char *));
    if (!n)
        return -1;
    for (size_t i = 0; i < s->cap; i++) {
        const char *k = s->slots[i];
        if (!k || k == TOMB)
            continue;
        size_t j = ptr_hash(k) & (ncap - 1);
        while (n[j])
            j = (j + 1) & (ncap - 1);
        n[j] = k;
    }
    free(s->slots);
    s->slots = n;
    s->cap = ncap;
    s->used = s->len;
    return 0;
}

static int pset_contains(const PSet *s, const char *k)
{
    if (!s || !s->cap)
        return 0;
    size_t j = ptr_hash(k) & (s->cap - 1);
    while (s->slots[j]) {
        if (s->slots[j] == k)
            return 1;
        j = (j + 1) & (s->cap - 1);
    }
    return 0;
}

static int pset_add(PSet *s, const char *k)
{
    if (pset_contains(s, k))
        return 0;
    if ((s->used + 1) * 2 >= s->cap && pset_grow(s) < 0)
        return -1;
    size_t j = ptr_hash(k) & (s->cap - 1);
    while (s->slots[j] && s->slots[j] != TOMB)
        j = (j + 1) & (s->cap - 1);
    if (!s->slots[j])
        s->used++;
    s->slots[j] = k;
    s->len++;
    return 0;
}

static int pset_discard(PSet *s, const char *k)
{
    if (!s || !s->cap)
        return 0;
    size_t j = ptr_hash(k) & (s->cap - 1);
    while (s->slots[j]) {
        if (s->slots[j] == k) {
            s->slots[j] = TOMB;
            s->len--;
            return 1;
        }
        j = (j + 1) & (s->cap - 1);
    }
    return 0;
}

static int pset_update(PSet *s, const PSet *o)
{
    if (!o)
        return 0;
    for (size_t i = 0; i < o->cap; i++) {
        const char *k = o->slots[i];
        if (k && k != TOMB && pset_add(s, k) < 0)
            return -1;
    }
    return 0;
}

static void pset_free(PSet *s)
{
    free(s->slots);
    s->slots = NULL;
    s->cap = s->len = s->used = 0;
}

/* ---- the builder's state ---- */

typedef struct Directive {
    const char *name;
    int lineno, col_offset, end_lineno, end_col_offset;
} Directive;

typedef struct St {
    RpSymTable *t;
    RpArena *arena;
    RpSyntaxError *err;
    int error;
    RpSymBlock *cur;
    RpSymBlock **stack;
    int nstack, capstack;
    const char *private_name;
    int depth, limit;
    const char *c_stack_limit;    /* NULL, or the C stack address not to pass */
    int future;
    /* interned names */
    const char **names;
    size_t names_cap, names_len;
    /* global/nonlocal statements, per block (for error positions) */
    struct { RpSymBlock *b; Directive d; } *dirs;
    int ndirs, capdirs;
    const char *id_class, *id_super, *id_dot0, *id_top, *id_lambda, *id_listcomp,
        *id_setcomp, *id_dictcomp, *id_genexpr, *id_annotation;
} St;

static void oom(St *st)
{
    if (st->error)
        return;
    st->error = 1;
    RpSyntaxError *e = st->err;
    memset(e, 0, sizeof(*e));
    e->type = "MemoryError";
}

static void *alloc(St *st, size_t n)
{
    void *p = rp_arena_alloc(st->arena, n);
    if (!p)
        oom(st);
    return p;
}

static size_t str_hash(const char *s, size_t n)
{
    size_t h = 1469598103934665603ULL & SIZE_MAX;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= (size_t)1099511628211ULL;
    }
    return h;
}

/* the interned copy of s[0:n] */
static const char *intern_n(St *st, const char *s, size_t n)
{
    if ((st->names_len + 1) * 2 >= st->names_cap) {
        size_t ncap = st->names_cap ? st->names_cap * 2 : 256;
        const char **nt = calloc(ncap, sizeof(char *));
        if (!nt) {
            oom(st);
            return NULL;
        }
        for (size_t i = 0; i < st->names_cap; i++) {
            const char *k = st->names[i];
            if (!k)
                continue;
            size_t j = str_hash(k, strlen(k)) & (ncap - 1);
            while (nt[j])
                j = (j + 1) & (ncap - 1);
            nt[j] = k;
        }
        free(st->names);
        st->names = nt;
        st->names_cap = ncap;
    }
    size_t j = str_hash(s, n) & (st->names_cap - 1);
    while (st->names[j]) {
        const char *k = st->names[j];
        if (strncmp(k, s, n) == 0 && k[n] == '\0')
            return k;
        j = (j + 1) & (st->names_cap - 1);
    }
    char *c = rp_arena_strndup(st->arena, s, n);
    if (!c) {
        oom(st);
        return NULL;
    }
    st->names[j] = c;
    st->names_len++;
    return c;
}

static const char *intern(St *st, const char *s) { return intern_n(st, s, strlen(s)); }

const char *rp_symtable_mangle(RpArena *arena, const char *privateobj, const char *name)
{
    if (!privateobj || name[0] != '_' || name[1] != '_')
        return name;
    size_t nlen = strlen(name);
    if ((name[nlen - 1] == '_' && name[nlen - 2] == '_') || strchr(name, '.'))
        return name;
    while (*privateobj == '_')
        privateobj++;
    if (!*privateobj)
        return name;
    size_t plen = strlen(privateobj);
    char *r = rp_arena_alloc(arena, 1 + plen + nlen + 1);
    if (!r)
        return NULL;
    r[0] = '_';
    memcpy(r + 1, privateobj, plen);
    memcpy(r + 1 + plen, name, nlen + 1);
    return r;
}

static const char *mangle(St *st, const char *name)
{
    const char *m = rp_symtable_mangle(st->arena, st->private_name, name);
    if (!m) {
        oom(st);
        return NULL;
    }
    return intern(st, m);
}

/* ---- errors ---- */

static void error_at(St *st, int lineno, int col, int end_lineno, int end_col,
                     const char *fmt, ...)
{
    if (st->error)
        return;
    st->error = 1;
    RpSyntaxError *e = st->err;
    memset(e, 0, sizeof(*e));
    e->type = "SyntaxError";
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
    va_end(ap);
    e->lineno = lineno;
    e->offset = col;
    e->end_lineno = end_lineno;
    e->end_offset = end_col;
    e->has_text = 0;    /* CPython reads the line from the file, if any */
}

/* CPython's PyErr_RangedSyntaxLocationObject(filename, l, c + 1, el, ec + 1) */
#define RANGED(st, n) (n)->lineno, (n)->col_offset + 1, (n)->end_lineno, (n)->end_col_offset + 1

/* ---- symbols of a block ---- */

/* the symbol index hashes the names' text, so that compile.c can look up
   any copy of a name (not only our interned pointers) in O(1) */
static size_t name_hash(const char *s)
{
    return str_hash(s, strlen(s));
}

static RpSymbol *block_find(const RpSymBlock *b, const char *name)
{
    if (!b->index_cap)
        return NULL;
    size_t j = name_hash(name) & (size_t)(b->index_cap - 1);
    while (b->index[j] >= 0) {
        RpSymbol *s = &b->symbols[b->index[j]];
        if (s->name == name || strcmp(s->name, name) == 0)
            return s;
        j = (j + 1) & (size_t)(b->index_cap - 1);
    }
    return NULL;
}

static RpSymbol *block_add(St *st, RpSymBlock *b, const char *name)
{
    if (b->nsymbols == b->symbols_cap) {
        int ncap = b->symbols_cap ? b->symbols_cap * 2 : 8;
        RpSymbol *n = alloc(st, (size_t)ncap * sizeof(RpSymbol));
        if (!n)
            return NULL;
        if (b->nsymbols)
            memcpy(n, b->symbols, (size_t)b->nsymbols * sizeof(RpSymbol));
        b->symbols = n;
        b->symbols_cap = ncap;
    }
    if ((b->nsymbols + 1) * 2 > b->index_cap) {
        int ncap = b->index_cap ? b->index_cap * 2 : 16;
        int *idx = alloc(st, (size_t)ncap * sizeof(int));
        if (!idx)
            return NULL;
        for (int i = 0; i < ncap; i++)
            idx[i] = -1;
        for (int i = 0; i < b->nsymbols; i++) {
            size_t j = name_hash(b->symbols[i].name) & (size_t)(ncap - 1);
            while (idx[j] >= 0)
                j = (j + 1) & (size_t)(ncap - 1);
            idx[j] = i;
        }
        b->index = idx;
        b->index_cap = ncap;
    }
    RpSymbol *s = &b->symbols[b->nsymbols];
    s->name = name;
    s->flags = 0;
    s->scope = RP_SCOPE_UNKNOWN;
    size_t j = name_hash(name) & (size_t)(b->index_cap - 1);
    while (b->index[j] >= 0)
        j = (j + 1) & (size_t)(b->index_cap - 1);
    b->index[j] = b->nsymbols++;
    return s;
}

static int block_flags(const RpSymBlock *b, const char *name)
{
    RpSymbol *s = block_find(b, name);
    return s ? s->flags : 0;
}

static int add_param_name(St *st, RpSymBlock *b, const char *name)
{
    if (b->nparams % 8 == 0) {
        const char **n = alloc(st, (size_t)(b->nparams + 8) * sizeof(char *));
        if (!n)
            return 0;
        if (b->nparams)
            memcpy(n, b->params, (size_t)b->nparams * sizeof(char *));
        b->params = n;
    }
    b->params[b->nparams++] = name;
    return 1;
}

typedef struct Loc { int lineno, col_offset, end_lineno, end_col_offset; } Loc;

static int add_def_helper(St *st, const char *name, int flag, RpSymBlock *b, Loc loc,
                          int comp_iter_target)
{
    const char *mangled = mangle(st, name);
    if (!mangled)
        return 0;
    RpSymbol *s = block_find(b, mangled);
    int val;
    if (s) {
        val = s->flags;
        if ((flag & RP_DEF_PARAM) && (val & RP_DEF_PARAM)) {
            error_at(st, loc.lineno, loc.col_offset + 1, loc.end_lineno, loc.end_col_offset + 1,
                     "duplicate argument '%s' in function definition", name);
            return 0;
        }
        val |= flag;
    } else {
        val = flag;
    }
    if (comp_iter_target) {
        if (val & (RP_DEF_GLOBAL | RP_DEF_NONLOCAL)) {
            error_at(st, loc.lineno, loc.col_offset + 1, loc.end_lineno, loc.end_col_offset + 1,
                     "comprehension inner loop cannot rebind assignment expression target '%s'",
                     name);
            return 0;
        }
        val |= RP_DEF_COMP_ITER;
    }
    if (!s) {
        s = block_add(st, b, mangled);
        if (!s)
            return 0;
    }
    s->flags = val;
    if (flag & RP_DEF_PARAM) {
        if (!add_param_name(st, b, mangled))
            return 0;
    } else if (flag & RP_DEF_GLOBAL) {
        /* record the declaration in the module's symbols too */
        RpSymBlock *top = st->t->top;
        RpSymbol *g = block_find(top, mangled);
        if (!g) {
            g = block_add(st, top, mangled);
            if (!g)
                return 0;
        }
        g->flags |= flag;
    }
    return 1;
}

static int add_def(St *st, const char *name, int flag, Loc loc);

static Loc loc_expr(const RpExpr *e)
{
    Loc l = {e->lineno, e->col_offset, e->end_lineno, e->end_col_offset};
    return l;
}

static Loc loc_stmt(const RpStmt *s)
{
    Loc l = {s->lineno, s->col_offset, s->end_lineno, s->end_col_offset};
    return l;
}

/* ---- blocks ---- */

/* comprehension counters live here, indexed like the stack */
typedef struct Frame {
    RpSymBlock *b;
    int comp_iter_target;
    int comp_iter_expr;
} Frame;

static int map_put(St *st, const void *node, RpSymBlock *b)
{
    RpSymTable *t = st->t;
    if ((t->map_len + 1) * 2 >= t->map_cap) {
        size_t ncap = t->map_cap ? t->map_cap * 2 : 64;
        RpSymBlock **n = alloc(st, ncap * sizeof(RpSymBlock *));
        if (!n)
            return 0;
        for (size_t i = 0; i < t->map_cap; i++) {
            RpSymBlock *x = t->map[i];
            if (!x)
                continue;
            size_t j = ptr_hash(x->node) & (ncap - 1);
            while (n[j])
                j = (j + 1) & (ncap - 1);
            n[j] = x;
        }
        t->map = n;
        t->map_cap = ncap;
    }
    size_t j = ptr_hash(node) & (t->map_cap - 1);
    while (t->map[j]) {
        if (t->map[j]->node == node) {
            t->map[j] = b;
            return 1;
        }
        j = (j + 1) & (t->map_cap - 1);
    }
    t->map[j] = b;
    t->map_len++;
    return 1;
}

RpSymBlock *rp_symtable_lookup(const RpSymTable *t, const void *node)
{
    if (!t->map_cap)
        return NULL;
    size_t j = ptr_hash(node) & (t->map_cap - 1);
    while (t->map[j]) {
        if (t->map[j]->node == node)
            return t->map[j];
        j = (j + 1) & (t->map_cap - 1);
    }
    return NULL;
}

static int enter_block(St *st, const char *name, RpSymBlockType type, const void *node, Loc loc)
{
    RpSymBlock *b = alloc(st, sizeof(RpSymBlock));
    if (!b)
        return 0;
    RpSymBlock *prev = st->cur;
    b->type = type;
    b->name = name;
    b->node = node;
    b->lineno = loc.lineno;
    b->col_offset = loc.col_offset;
    b->end_lineno = loc.end_lineno;
    b->end_col_offset = loc.end_col_offset;
    b->parent = prev;
    b->private_name = st->private_name;
    if (prev && (prev->is_nested || prev->type == RP_BLOCK_FUNCTION))
        b->is_nested = 1;
    if (st->nstack == st->capstack) {
        int ncap = st->capstack ? st->capstack * 2 : 16;
        Frame *n = realloc(st->stack, (size_t)ncap * sizeof(Frame));
        if (!n) {
            oom(st);
            return 0;
        }
        st->stack = (RpSymBlock **)(void *)n;
        st->capstack = ncap;
    }
    Frame *fr = &((Frame *)(void *)st->stack)[st->nstack++];
    fr->b = b;
    fr->comp_iter_target = 0;
    /* bpo-37757: no walrus in the outermost iterator, even nested */
    fr->comp_iter_expr = st->nstack > 1 ? fr[-1].comp_iter_expr : 0;
    st->cur = b;
    if (type == RP_BLOCK_ANNOTATION)
        return 1;
    if (type == RP_BLOCK_MODULE)
        st->t->top = b;
    if (prev) {
        if (prev->nchildren % 8 == 0) {
            RpSymBlock **n = alloc(st, (size_t)(prev->nchildren + 8) * sizeof(RpSymBlock *));
            if (!n)
                return 0;
            if (prev->nchildren)
                memcpy(n, prev->children, (size_t)prev->nchildren * sizeof(RpSymBlock *));
            prev->children = n;
        }
        prev->children[prev->nchildren++] = b;
    }
    return map_put(st, node, b);
}

static void exit_block(St *st)
{
    st->nstack--;
    st->cur = st->nstack ? ((Frame *)(void *)st->stack)[st->nstack - 1].b : NULL;
}

static Frame *cur_frame(St *st) { return &((Frame *)(void *)st->stack)[st->nstack - 1]; }

static int add_def(St *st, const char *name, int flag, Loc loc)
{
    return add_def_helper(st, name, flag, st->cur, loc, cur_frame(st)->comp_iter_target);
}

static void record_directive(St *st, const char *name, Loc loc)
{
    const char *m = mangle(st, name);
    if (!m)
        return;
    if (st->ndirs == st->capdirs) {
        int ncap = st->capdirs ? st->capdirs * 2 : 16;
        void *n = realloc(st->dirs, (size_t)ncap * sizeof(st->dirs[0]));
        if (!n) {
            oom(st);
            return;
        }
        st->dirs = n;
        st->capdirs = ncap;
    }
    st->dirs[st->ndirs].b = st->cur;
    st->dirs[st->ndirs].d.name = m;
    st->dirs[st->ndirs].d.lineno = loc.lineno;
    st->dirs[st->ndirs].d.col_offset = loc.col_offset;
    st->dirs[st->ndirs].d.end_lineno = loc.end_lineno;
    st->dirs[st->ndirs].d.end_col_offset = loc.end_col_offset;
    st->ndirs++;
}

static void error_at_directive(St *st, RpSymBlock *b, const char *name)
{
    for (int i = 0; i < st->ndirs; i++) {
        if (st->dirs[i].b == b && st->dirs[i].d.name == name) {
            Directive *d = &st->dirs[i].d;
            st->err->lineno = d->lineno;
            st->err->offset = d->col_offset + 1;
            st->err->end_lineno = d->end_lineno;
            st->err->end_offset = d->end_col_offset + 1;
            return;
        }
    }
}

/* ---- pass 1: visiting ---- */

static int visit_stmt(St *st, const RpStmt *s);
static int visit_expr(St *st, const RpExpr *e);
static int visit_pattern(St *st, const RpPattern *p);

static int visit_stmts(St *st, const RpAstSeq *seq)
{
    for (int i = 0; i < rp_ast_len(seq); i++)
        if (!visit_stmt(st, seq->items[i]))
            return 0;
    return 1;
}

static int visit_exprs(St *st, const RpAstSeq *seq)
{
    for (int i = 0; i < rp_ast_len(seq); i++)
        if (seq->items[i] && !visit_expr(st, seq->items[i]))
            return 0;
    return 1;
}

static int too_deep(St *st)
{
    char here;
    if (++st->depth > st->limit ||
        (st->c_stack_limit != NULL && (const char *)&here < st->c_stack_limit)) {
        if (!st->error) {
            st->error = 1;
            memset(st->err, 0, sizeof(*st->err));
            st->err->type = "RecursionError";
            snprintf(st->err->msg, sizeof(st->err->msg), "%s",
                     "maximum recursion depth exceeded during compilation");
        }
        return 1;
    }
    return 0;
}

static int visit_annotation(St *st, const RpExpr *ann)
{
    int fut = st->future & RP_FUTURE_ANNOTATIONS;
    if (fut && !enter_block(st, st->id_annotation, RP_BLOCK_ANNOTATION, ann, loc_expr(ann)))
        return 0;
    if (!visit_expr(st, ann))
        return 0;
    if (fut)
        exit_block(st);
    return 1;
}

static int visit_argannotations(St *st, const RpAstSeq *args)
{
    for (int i = 0; i < rp_ast_len(args); i++) {
        const RpArg *a = args->items[i];
        if (a->annotation && !visit_expr(st, a->annotation))
            return 0;
    }
    return 1;
}

static int visit_annotations(St *st, const RpStmt *s, const RpArguments *a, const RpExpr *returns)
{
    int fut = st->future & RP_FUTURE_ANNOTATIONS;
    if (fut && !enter_block(st, st->id_annotation, RP_BLOCK_ANNOTATION, s, loc_stmt(s)))
        return 0;
    if (!visit_argannotations(st, a->posonlyargs) || !visit_argannotations(st, a->args))
        return 0;
    if (a->vararg && a->vararg->annotation && !visit_expr(st, a->vararg->annotation))
        return 0;
    if (a->kwarg && a->kwarg->annotation && !visit_expr(st, a->kwarg->annotation))
        return 0;
    if (!visit_argannotations(st, a->kwonlyargs))
        return 0;
    if (fut)
        exit_block(st);
    if (returns && !visit_annotation(st, returns))
        return 0;
    return 1;
}

static int visit_params(St *st, const RpAstSeq *args)
{
    for (int i = 0; i < rp_ast_len(args); i++) {
        const RpArg *a = args->items[i];
        Loc l = {a->lineno, a->col_offset, a->end_lineno, a->end_col_offset};
        if (!add_def(st, a->arg, RP_DEF_PARAM, l))
            return 0;
    }
    return 1;
}

static int visit_arguments(St *st, const RpArguments *a)
{
    if (!visit_params(st, a->posonlyargs) || !visit_params(st, a->args) ||
        !visit_params(st, a->kwonlyargs))
        return 0;
    RpSymBlock *b = st->cur;
    b->posonlyargcount = rp_ast_len(a->posonlyargs);
    b->argcount = rp_ast_len(a->posonlyargs) + rp_ast_len(a->args);
    b->kwonlyargcount = rp_ast_len(a->kwonlyargs);
    if (a->vararg) {
        Loc l = {a->vararg->lineno, a->vararg->col_offset, a->vararg->end_lineno,
                 a->vararg->end_col_offset};
        if (!add_def(st, a->vararg->arg, RP_DEF_PARAM, l))
            return 0;
        b->has_varargs = 1;
    }
    if (a->kwarg) {
        Loc l = {a->kwarg->lineno, a->kwarg->col_offset, a->kwarg->end_lineno,
                 a->kwarg->end_col_offset};
        if (!add_def(st, a->kwarg->arg, RP_DEF_PARAM, l))
            return 0;
        b->has_varkeywords = 1;
    }
    return 1;
}

static int visit_alias(St *st, const RpAlias *a)
{
    const char *name = a->asname ? a->asname : a->name;
    Loc l = {a->lineno, a->col_offset, a->end_lineno, a->end_col_offset};
    if (strcmp(name, "*") == 0) {
        if (st->cur->type != RP_BLOCK_MODULE) {
            error_at(st, a->lineno, a->col_offset + 1, a->end_lineno, a->end_col_offset + 1,
                     "import * only allowed at module level");
            return 0;
        }
        return 1;
    }
    const char *dot = strchr(name, '.');
    const char *store = dot ? intern_n(st, name, (size_t)(dot - name)) : name;
    if (!store)
        return 0;
    return add_def(st, store, RP_DEF_IMPORT, l);
}

static int function_block(St *st, const RpStmt *s, int is_async)
{
    if (!add_def(st, s->v.FunctionDef.name, RP_DEF_LOCAL, loc_stmt(s)))
        return 0;
    const RpArguments *a = s->v.FunctionDef.args;
    if (!visit_exprs(st, a->defaults) || !visit_exprs(st, a->kw_defaults))
        return 0;
    if (!visit_annotations(st, s, a, s->v.FunctionDef.returns))
        return 0;
    if (!visit_exprs(st, s->v.FunctionDef.decorator_list))
        return 0;
    if (!enter_block(st, intern(st, s->v.FunctionDef.name), RP_BLOCK_FUNCTION, s, loc_stmt(s)))
        return 0;
    if (is_async)
        st->cur->is_coroutine = 1;
    if (!visit_arguments(st, a) || !visit_stmts(st, s->v.FunctionDef.body))
        return 0;
    exit_block(st);
    return 1;
}

static int global_or_nonlocal(St *st, const RpStmt *s, int is_global)
{
    const RpAstSeq *names = s->v.Global.names;
    for (int i = 0; i < rp_ast_len(names); i++) {
        const char *name = names->items[i];
        const char *m = mangle(st, name);
        if (!m)
            return 0;
        int cur = block_flags(st->cur, m);
        if (cur & (RP_DEF_PARAM | RP_DEF_LOCAL | RP_USE | RP_DEF_ANNOT)) {
            const char *fmt;
            if (cur & RP_DEF_PARAM)
                fmt = is_global ? "name '%s' is parameter and global" :
                                  "name '%s' is parameter and nonlocal";
            else if (cur & RP_USE)
                fmt = is_global ? "name '%s' is used prior to global declaration" :
                                  "name '%s' is used prior to nonlocal declaration";
            else if (cur & RP_DEF_ANNOT)
                fmt = is_global ? "annotated name '%s' can't be global" :
                                  "annotated name '%s' can't be nonlocal";
            else
                fmt = is_global ? "name '%s' is assigned to before global declaration" :
                                  "name '%s' is assigned to before nonlocal declaration";
            error_at(st, RANGED(st, s), fmt, name);
            return 0;
        }
        if (!add_def(st, name, is_global ? RP_DEF_GLOBAL : RP_DEF_NONLOCAL, loc_stmt(s)))
            return 0;
        record_directive(st, name, loc_stmt(s));
        if (st->error)
            return 0;
    }
    return 1;
}

static int visit_stmt(St *st, const RpStmt *s)
{
    if (too_deep(st))
        return 0;
    int ok = 1;
    switch (s->kind) {
    case RP_FunctionDef_kind:
        ok = function_block(st, s, 0);
        break;
    case RP_AsyncFunctionDef_kind:
        ok = function_block(st, s, 1);
        break;
    case RP_ClassDef_kind: {
        if (!add_def(st, s->v.ClassDef.name, RP_DEF_LOCAL, loc_stmt(s)))
            return 0;
        if (!visit_exprs(st, s->v.ClassDef.bases))
            return 0;
        for (int i = 0; i < rp_ast_len(s->v.ClassDef.keywords); i++) {
            const RpKeyword *k = s->v.ClassDef.keywords->items[i];
            if (!visit_expr(st, k->value))
                return 0;
        }
        if (!visit_exprs(st, s->v.ClassDef.decorator_list))
            return 0;
        const char *name = intern(st, s->v.ClassDef.name);
        if (!name || !enter_block(st, name, RP_BLOCK_CLASS, s, loc_stmt(s)))
            return 0;
        const char *saved = st->private_name;
        st->private_name = name;
        st->cur->private_name = name;
        ok = visit_stmts(st, s->v.ClassDef.body);
        st->private_name = saved;
        if (!ok)
            return 0;
        exit_block(st);
        break;
    }
    case RP_Return_kind:
        if (s->v.Return.value) {
            if (!visit_expr(st, s->v.Return.value))
                return 0;
            st->cur->returns_value = 1;
        }
        break;
    case RP_Delete_kind:
        ok = visit_exprs(st, s->v.Delete.targets);
        break;
    case RP_Assign_kind:
        ok = visit_exprs(st, s->v.Assign.targets) && visit_expr(st, s->v.Assign.value);
        break;
    case RP_AnnAssign_kind: {
        const RpExpr *t = s->v.AnnAssign.target;
        if (t->kind == RP_Name_kind) {
            const char *m = mangle(st, t->v.Name.id);
            if (!m)
                return 0;
            int cur = block_flags(st->cur, m);
            if ((cur & (RP_DEF_GLOBAL | RP_DEF_NONLOCAL)) && st->cur != st->t->top &&
                s->v.AnnAssign.simple) {
                error_at(st, RANGED(st, s),
                         (cur & RP_DEF_GLOBAL) ? "annotated name '%s' can't be global"
                                               : "annotated name '%s' can't be nonlocal",
                         t->v.Name.id);
                return 0;
            }
            if (s->v.AnnAssign.simple) {
                if (!add_def(st, t->v.Name.id, RP_DEF_ANNOT | RP_DEF_LOCAL, loc_expr(t)))
                    return 0;
            } else if (s->v.AnnAssign.value) {
                if (!add_def(st, t->v.Name.id, RP_DEF_LOCAL, loc_expr(t)))
                    return 0;
            }
        } else {
            if (!visit_expr(st, t))
                return 0;
        }
        if (!visit_annotation(st, s->v.AnnAssign.annotation))
            return 0;
        if (s->v.AnnAssign.value && !visit_expr(st, s->v.AnnAssign.value))
            return 0;
        break;
    }
    case RP_AugAssign_kind:
        ok = visit_expr(st, s->v.AugAssign.target) && visit_expr(st, s->v.AugAssign.value);
        break;
    case RP_For_kind:
    case RP_AsyncFor_kind:
        ok = visit_expr(st, s->v.For.target) && visit_expr(st, s->v.For.iter) &&
             visit_stmts(st, s->v.For.body) && visit_stmts(st, s->v.For.orelse);
        break;
    case RP_While_kind:
    case RP_If_kind:
        ok = visit_expr(st, s->v.If.test) && visit_stmts(st, s->v.If.body) &&
             visit_stmts(st, s->v.If.orelse);
        break;
    case RP_Match_kind:
        if (!visit_expr(st, s->v.Match.subject))
            return 0;
        for (int i = 0; i < rp_ast_len(s->v.Match.cases); i++) {
            const RpMatchCase *c = s->v.Match.cases->items[i];
            if (!visit_pattern(st, c->pattern))
                return 0;
            if (c->guard && !visit_expr(st, c->guard))
                return 0;
            if (!visit_stmts(st, c->body))
                return 0;
        }
        break;
    case RP_Raise_kind:
        if (s->v.Raise.exc) {
            if (!visit_expr(st, s->v.Raise.exc))
                return 0;
            if (s->v.Raise.cause && !visit_expr(st, s->v.Raise.cause))
                return 0;
        }
        break;
    case RP_Try_kind:
    case RP_TryStar_kind:
        if (!visit_stmts(st, s->v.Try.body) || !visit_stmts(st, s->v.Try.orelse))
            return 0;
        for (int i = 0; i < rp_ast_len(s->v.Try.handlers); i++) {
            const RpExceptHandler *h = s->v.Try.handlers->items[i];
            if (h->type && !visit_expr(st, h->type))
                return 0;
            if (h->name) {
                Loc l = {h->lineno, h->col_offset, h->end_lineno, h->end_col_offset};
                if (!add_def(st, h->name, RP_DEF_LOCAL, l))
                    return 0;
            }
            if (!visit_stmts(st, h->body))
                return 0;
        }
        ok = visit_stmts(st, s->v.Try.finalbody);
        break;
    case RP_Assert_kind:
        ok = visit_expr(st, s->v.Assert.test) && (!s->v.Assert.msg || visit_expr(st, s->v.Assert.msg));
        break;
    case RP_Import_kind:
    case RP_ImportFrom_kind: {
        const RpAstSeq *names = s->kind == RP_Import_kind ? s->v.Import.names : s->v.ImportFrom.names;
        for (int i = 0; i < rp_ast_len(names); i++)
            if (!visit_alias(st, names->items[i]))
                return 0;
        break;
    }
    case RP_Global_kind:
        ok = global_or_nonlocal(st, s, 1);
        break;
    case RP_Nonlocal_kind:
        ok = global_or_nonlocal(st, s, 0);
        break;
    case RP_Expr_kind:
        ok = visit_expr(st, s->v.Expr.value);
        break;
    case RP_Pass_kind:
    case RP_Break_kind:
    case RP_Continue_kind:
        break;
    case RP_With_kind:
    case RP_AsyncWith_kind:
        for (int i = 0; i < rp_ast_len(s->v.With.items); i++) {
            const RpWithItem *w = s->v.With.items->items[i];
            if (!visit_expr(st, w->context_expr))
                return 0;
            if (w->optional_vars && !visit_expr(st, w->optional_vars))
                return 0;
        }
        ok = visit_stmts(st, s->v.With.body);
        break;
    }
    st->depth--;
    return ok && !st->error;
}

static int raise_if_annotation_block(St *st, const char *what, const RpExpr *e)
{
    if (st->cur->type == RP_BLOCK_ANNOTATION) {
        error_at(st, RANGED(st, e), "'%s' can not be used within an annotation", what);
        return 0;
    }
    return 1;
}

static int raise_if_comprehension_block(St *st, const RpExpr *e)
{
    RpSymCompType t = st->cur->comprehension;
    error_at(st, RANGED(st, e), "%s",
             t == RP_COMP_LIST ? "'yield' inside list comprehension" :
             t == RP_COMP_SET ? "'yield' inside set comprehension" :
             t == RP_COMP_DICT ? "'yield' inside dict comprehension" :
                                 "'yield' inside generator expression");
    return 0;
}

static int extend_namedexpr_scope(St *st, const RpExpr *e)
{
    const char *target = e->v.Name.id;
    Frame *fr = (Frame *)(void *)st->stack;
    for (int i = st->nstack - 1; i >= 0; i--) {
        RpSymBlock *b = fr[i].b;
        if (b->comprehension) {
            const char *m = mangle(st, target);
            if (!m)
                return 0;
            if (block_flags(b, m) & RP_DEF_COMP_ITER) {
                error_at(st, RANGED(st, e),
                         "assignment expression cannot rebind comprehension iteration variable '%s'",
                         target);
                return 0;
            }
            continue;
        }
        if (b->type == RP_BLOCK_FUNCTION) {
            const char *m = mangle(st, target);
            if (!m)
                return 0;
            if (block_flags(b, m) & RP_DEF_GLOBAL) {
                if (!add_def(st, target, RP_DEF_GLOBAL, loc_expr(e)))
                    return 0;
            } else {
                if (!add_def(st, target, RP_DEF_NONLOCAL, loc_expr(e)))
                    return 0;
            }
            record_directive(st, target, loc_expr(e));
            return add_def_helper(st, target, RP_DEF_LOCAL, b, loc_expr(e), fr[i].comp_iter_target);
        }
        if (b->type == RP_BLOCK_MODULE) {
            if (!add_def(st, target, RP_DEF_GLOBAL, loc_expr(e)))
                return 0;
            record_directive(st, target, loc_expr(e));
            return add_def_helper(st, target, RP_DEF_GLOBAL, b, loc_expr(e), fr[i].comp_iter_target);
        }
        if (b->type == RP_BLOCK_CLASS) {
            error_at(st, RANGED(st, e),
                     "assignment expression within a comprehension cannot be used in a class body");
            return 0;
        }
    }
    return 1;
}

static int handle_namedexpr(St *st, const RpExpr *e)
{
    if (cur_frame(st)->comp_iter_expr > 0) {
        error_at(st, RANGED(st, e),
                 "assignment expression cannot be used in a comprehension iterable expression");
        return 0;
    }
    if (st->cur->comprehension && !extend_namedexpr_scope(st, e->v.NamedExpr.target))
        return 0;
    return visit_expr(st, e->v.NamedExpr.value) && visit_expr(st, e->v.NamedExpr.target);
}

static int handle_comprehension(St *st, const RpExpr *e, const char *scope_name,
                                const RpAstSeq *generators, const RpExpr *elt,
                                const RpExpr *value)
{
    int is_generator = e->kind == RP_GeneratorExp_kind;
    const RpComprehension *outermost = generators->items[0];
    cur_frame(st)->comp_iter_expr++;
    if (!visit_expr(st, outermost->iter))
        return 0;
    cur_frame(st)->comp_iter_expr--;
    if (!enter_block(st, scope_name, RP_BLOCK_FUNCTION, e, loc_expr(e)))
        return 0;
    RpSymBlock *b = st->cur;
    b->comprehension = e->kind == RP_ListComp_kind ? RP_COMP_LIST :
                       e->kind == RP_SetComp_kind ? RP_COMP_SET :
                       e->kind == RP_DictComp_kind ? RP_COMP_DICT : RP_COMP_GENEXP;
    if (outermost->is_async)
        b->is_coroutine = 1;
    Loc l = loc_expr(e);
    if (!add_def(st, st->id_dot0, RP_DEF_PARAM, l))
        return 0;
    b->argcount = 1;
    cur_frame(st)->comp_iter_target = 1;
    if (!visit_expr(st, outermost->target))
        return 0;
    cur_frame(st)->comp_iter_target = 0;
    if (!visit_exprs(st, outermost->ifs))
        return 0;
    for (int i = 1; i < generators->len; i++) {
        const RpComprehension *c = generators->items[i];
        cur_frame(st)->comp_iter_target = 1;
        if (!visit_expr(st, c->target))
            return 0;
        cur_frame(st)->comp_iter_target = 0;
        cur_frame(st)->comp_iter_expr++;
        if (!visit_expr(st, c->iter))
            return 0;
        cur_frame(st)->comp_iter_expr--;
        if (!visit_exprs(st, c->ifs))
            return 0;
        if (c->is_async)
            b->is_coroutine = 1;
    }
    if (value && !visit_expr(st, value))
        return 0;
    if (!visit_expr(st, elt))
        return 0;
    b->is_generator = is_generator;
    int is_async = b->is_coroutine && !is_generator;
    exit_block(st);
    if (is_async)
        st->cur->is_coroutine = 1;
    return 1;
}

static int visit_expr(St *st, const RpExpr *e)
{
    if (too_deep(st))
        return 0;
    int ok = 1;
    switch (e->kind) {
    case RP_NamedExpr_kind:
        ok = raise_if_annotation_block(st, "named expression", e) && handle_namedexpr(st, e);
        break;
    case RP_BoolOp_kind:
        ok = visit_exprs(st, e->v.BoolOp.values);
        break;
    case RP_BinOp_kind:
        ok = visit_expr(st, e->v.BinOp.left) && visit_expr(st, e->v.BinOp.right);
        break;
    case RP_UnaryOp_kind:
        ok = visit_expr(st, e->v.UnaryOp.operand);
        break;
    case RP_Lambda_kind: {
        const RpArguments *a = e->v.Lambda.args;
        if (!visit_exprs(st, a->defaults) || !visit_exprs(st, a->kw_defaults))
            return 0;
        if (!enter_block(st, st->id_lambda, RP_BLOCK_FUNCTION, e, loc_expr(e)))
            return 0;
        if (!visit_arguments(st, a) || !visit_expr(st, e->v.Lambda.body))
            return 0;
        exit_block(st);
        break;
    }
    case RP_IfExp_kind:
        ok = visit_expr(st, e->v.IfExp.test) && visit_expr(st, e->v.IfExp.body) &&
             visit_expr(st, e->v.IfExp.orelse);
        break;
    case RP_Dict_kind:
        ok = visit_exprs(st, e->v.Dict.keys) && visit_exprs(st, e->v.Dict.values);
        break;
    case RP_Set_kind:
        ok = visit_exprs(st, e->v.Set.elts);
        break;
    case RP_GeneratorExp_kind:
        ok = handle_comprehension(st, e, st->id_genexpr, e->v.GeneratorExp.generators,
                                  e->v.GeneratorExp.elt, NULL);
        break;
    case RP_ListComp_kind:
        ok = handle_comprehension(st, e, st->id_listcomp, e->v.ListComp.generators,
                                  e->v.ListComp.elt, NULL);
        break;
    case RP_SetComp_kind:
        ok = handle_comprehension(st, e, st->id_setcomp, e->v.SetComp.generators,
                                  e->v.SetComp.elt, NULL);
        break;
    case RP_DictComp_kind:
        ok = handle_comprehension(st, e, st->id_dictcomp, e->v.DictComp.generators,
                                  e->v.DictComp.key, e->v.DictComp.value);
        break;
    case RP_Yield_kind:
    case RP_YieldFrom_kind:
        if (!raise_if_annotation_block(st, "yield expression", e))
            return 0;
        if (e->v.Yield.value && !visit_expr(st, e->v.Yield.value))
            return 0;
        st->cur->is_generator = 1;
        if (st->cur->comprehension)
            ok = raise_if_comprehension_block(st, e);
        break;
    case RP_Await_kind:
        if (!raise_if_annotation_block(st, "await expression", e))
            return 0;
        if (!visit_expr(st, e->v.Await.value))
            return 0;
        st->cur->is_coroutine = 1;
        break;
    case RP_Compare_kind:
        ok = visit_expr(st, e->v.Compare.left) && visit_exprs(st, e->v.Compare.comparators);
        break;
    case RP_Call_kind:
        if (!visit_expr(st, e->v.Call.func) || !visit_exprs(st, e->v.Call.args))
            return 0;
        for (int i = 0; i < rp_ast_len(e->v.Call.keywords); i++) {
            const RpKeyword *k = e->v.Call.keywords->items[i];
            if (!visit_expr(st, k->value))
                return 0;
        }
        break;
    case RP_FormattedValue_kind:
        ok = visit_expr(st, e->v.FormattedValue.value) &&
             (!e->v.FormattedValue.format_spec || visit_expr(st, e->v.FormattedValue.format_spec));
        break;
    case RP_JoinedStr_kind:
        ok = visit_exprs(st, e->v.JoinedStr.values);
        break;
    case RP_Constant_kind:
        break;
    case RP_Attribute_kind:
        ok = visit_expr(st, e->v.Attribute.value);
        break;
    case RP_Subscript_kind:
        ok = visit_expr(st, e->v.Subscript.value) && visit_expr(st, e->v.Subscript.slice);
        break;
    case RP_Starred_kind:
        ok = visit_expr(st, e->v.Starred.value);
        break;
    case RP_Slice_kind:
        ok = (!e->v.Slice.lower || visit_expr(st, e->v.Slice.lower)) &&
             (!e->v.Slice.upper || visit_expr(st, e->v.Slice.upper)) &&
             (!e->v.Slice.step || visit_expr(st, e->v.Slice.step));
        break;
    case RP_Name_kind:
        if (!add_def(st, e->v.Name.id, e->v.Name.ctx == RP_LOAD ? RP_USE : RP_DEF_LOCAL, loc_expr(e)))
            return 0;
        if (e->v.Name.ctx == RP_LOAD && st->cur->type == RP_BLOCK_FUNCTION &&
            strcmp(e->v.Name.id, "super") == 0) {
            if (!add_def(st, st->id_class, RP_USE, loc_expr(e)))
                return 0;
        }
        break;
    case RP_List_kind:
        ok = visit_exprs(st, e->v.List.elts);
        break;
    case RP_Tuple_kind:
        ok = visit_exprs(st, e->v.Tuple.elts);
        break;
    }
    st->depth--;
    return ok && !st->error;
}

static int visit_pattern(St *st, const RpPattern *p)
{
    if (too_deep(st))
        return 0;
    Loc l = {p->lineno, p->col_offset, p->end_lineno, p->end_col_offset};
    int ok = 1;
    switch (p->kind) {
    case RP_MatchValue_kind:
        ok = visit_expr(st, p->v.MatchValue.value);
        break;
    case RP_MatchSingleton_kind:
        break;
    case RP_MatchSequence_kind:
        for (int i = 0; ok && i < rp_ast_len(p->v.MatchSequence.patterns); i++)
            ok = visit_pattern(st, p->v.MatchSequence.patterns->items[i]);
        break;
    case RP_MatchStar_kind:
        if (p->v.MatchStar.name)
            ok = add_def(st, p->v.MatchStar.name, RP_DEF_LOCAL, l);
        break;
    case RP_MatchMapping_kind:
        ok = visit_exprs(st, p->v.MatchMapping.keys);
        for (int i = 0; ok && i < rp_ast_len(p->v.MatchMapping.patterns); i++)
            ok = visit_pattern(st, p->v.MatchMapping.patterns->items[i]);
        if (ok && p->v.MatchMapping.rest)
            ok = add_def(st, p->v.MatchMapping.rest, RP_DEF_LOCAL, l);
        break;
    case RP_MatchClass_kind:
        ok = visit_expr(st, p->v.MatchClass.cls);
        for (int i = 0; ok && i < rp_ast_len(p->v.MatchClass.patterns); i++)
            ok = visit_pattern(st, p->v.MatchClass.patterns->items[i]);
        for (int i = 0; ok && i < rp_ast_len(p->v.MatchClass.kwd_patterns); i++)
            ok = visit_pattern(st, p->v.MatchClass.kwd_patterns->items[i]);
        break;
    case RP_MatchAs_kind:
        if (p->v.MatchAs.pattern)
            ok = visit_pattern(st, p->v.MatchAs.pattern);
        if (ok && p->v.MatchAs.name)
            ok = add_def(st, p->v.MatchAs.name, RP_DEF_LOCAL, l);
        break;
    case RP_MatchOr_kind:
        for (int i = 0; ok && i < rp_ast_len(p->v.MatchOr.patterns); i++)
            ok = visit_pattern(st, p->v.MatchOr.patterns->items[i]);
        break;
    }
    st->depth--;
    return ok && !st->error;
}

/* ---- pass 2: analysis ---- */

static void set_scope(RpSymBlock *b, RpSymbol *s, RpSymScope scope)
{
    (void)b;
    s->scope = scope;
}

static int analyze_name(St *st, RpSymBlock *b, RpSymbol *s, PSet *bound, PSet *local,
                        PSet *free, PSet *global)
{
    const char *name = s->name;
    int flags = s->flags;
    if (flags & RP_DEF_GLOBAL) {
        if (flags & RP_DEF_NONLOCAL) {
            error_at(st, 0, 0, 0, 0, "name '%s' is nonlocal and global", name);
            error_at_directive(st, b, name);
            return 0;
        }
        set_scope(b, s, RP_SCOPE_GLOBAL_EXPLICIT);
        if (pset_add(global, name) < 0)
            return -1;
        if (bound)
            pset_discard(bound, name);
        return 1;
    }
    if (flags & RP_DEF_NONLOCAL) {
        if (!bound) {
            error_at(st, 0, 0, 0, 0, "nonlocal declaration not allowed at module level");
            error_at_directive(st, b, name);
            return 0;
        }
        if (!pset_contains(bound, name)) {
            error_at(st, 0, 0, 0, 0, "no binding for nonlocal '%s' found", name);
            error_at_directive(st, b, name);
            return 0;
        }
        set_scope(b, s, RP_SCOPE_FREE);
        b->has_free = 1;
        return pset_add(free, name) < 0 ? -1 : 1;
    }
    if (flags & RP_DEF_BOUND) {
        set_scope(b, s, RP_SCOPE_LOCAL);
        if (pset_add(local, name) < 0)
            return -1;
        pset_discard(global, name);
        return 1;
    }
    if (bound && pset_contains(bound, name)) {
        set_scope(b, s, RP_SCOPE_FREE);
        b->has_free = 1;
        return pset_add(free, name) < 0 ? -1 : 1;
    }
    if (global && pset_contains(global, name)) {
        set_scope(b, s, RP_SCOPE_GLOBAL_IMPLICIT);
        return 1;
    }
    if (b->is_nested)
        b->has_free = 1;
    set_scope(b, s, RP_SCOPE_GLOBAL_IMPLICIT);
    return 1;
}

static int analyze_block(St *st, RpSymBlock *b, PSet *bound, PSet *free, PSet *global);

static int analyze_child_block(St *st, RpSymBlock *b, PSet *bound, PSet *free, PSet *global,
                               PSet *child_free)
{
    PSet tb = {0}, tf = {0}, tg = {0};
    int r = -1;
    if (pset_update(&tb, bound) < 0 || pset_update(&tf, free) < 0 || pset_update(&tg, global) < 0)
        goto done;
    r = analyze_block(st, b, &tb, &tf, &tg);
    if (r > 0 && pset_update(child_free, &tf) < 0)
        r = -1;
done:
    pset_free(&tb);
    pset_free(&tf);
    pset_free(&tg);
    return r;
}

static int update_symbols(St *st, RpSymBlock *b, PSet *bound, PSet *free, int classflag)
{
    for (size_t i = 0; i < free->cap; i++) {
        const char *name = free->slots[i];
        if (!name || name == TOMB)
            continue;
        RpSymbol *s = block_find(b, name);
        if (s) {
            if (classflag && (s->flags & (RP_DEF_BOUND | RP_DEF_GLOBAL)))
                s->flags |= RP_DEF_FREE_CLASS;
            continue;
        }
        if (bound && !pset_contains(bound, name))
            continue;       /* a global */
        s = block_add(st, b, name);
        if (!s)
            return -1;
        s->flags = 0;
        s->scope = RP_SCOPE_FREE;
    }
    return 1;
}

static int analyze_block(St *st, RpSymBlock *b, PSet *bound, PSet *free, PSet *global)
{
    PSet local = {0}, newglobal = {0}, newfree = {0}, newbound = {0}, allfree = {0};
    int r = -1;
    if (b->type == RP_BLOCK_CLASS) {
        if (pset_update(&newglobal, global) < 0)
            goto done;
        if (bound && pset_update(&newbound, bound) < 0)
            goto done;
    }
    int n = b->nsymbols;
    for (int i = 0; i < n; i++) {
        int k = analyze_name(st, b, &b->symbols[i], bound, &local, free, global);
        if (k <= 0) {
            r = k;
            goto done;
        }
    }
    if (b->type != RP_BLOCK_CLASS) {
        if (b->type == RP_BLOCK_FUNCTION && pset_update(&newbound, &local) < 0)
            goto done;
        if (bound && pset_update(&newbound, bound) < 0)
            goto done;
        if (pset_update(&newglobal, global) < 0)
            goto done;
    } else {
        if (pset_add(&newbound, st->id_class) < 0)
            goto done;
    }
    for (int i = 0; i < b->nchildren; i++) {
        RpSymBlock *c = b->children[i];
        int k = analyze_child_block(st, c, &newbound, &newfree, &newglobal, &allfree);
        if (k <= 0) {
            r = k;
            goto done;
        }
        if (c->has_free || c->child_free)
            b->child_free = 1;
    }
    if (pset_update(&newfree, &allfree) < 0)
        goto done;
    if (b->type == RP_BLOCK_FUNCTION) {
        /* analyze_cells: locals that children need become cells */
        for (int i = 0; i < b->nsymbols; i++) {
            RpSymbol *s = &b->symbols[i];
            if (s->scope != RP_SCOPE_LOCAL || !pset_contains(&newfree, s->name))
                continue;
            s->scope = RP_SCOPE_CELL;
            pset_discard(&newfree, s->name);
        }
    } else if (b->type == RP_BLOCK_CLASS) {
        if (pset_discard(&newfree, st->id_class))
            b->needs_class_closure = 1;
    }
    if (update_symbols(st, b, bound, &newfree, b->type == RP_BLOCK_CLASS) < 0)
        goto done;
    if (pset_update(free, &newfree) < 0)
        goto done;
    r = 1;
done:
    pset_free(&local);
    pset_free(&newglobal);
    pset_free(&newfree);
    pset_free(&newbound);
    pset_free(&allfree);
    return r;
}

/* ---- the lists for the compiler ---- */

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int finish_block(St *st, RpSymBlock *b)
{
    int nc = 0, nf = 0;
    for (int i = 0; i < b->nsymbols; i++) {
        RpSymbol *s = &b->symbols[i];
        if (s->scope == RP_SCOPE_CELL)
            nc++;
        if (s->scope == RP_SCOPE_FREE || (s->flags & RP_DEF_FREE_CLASS))
            nf++;
    }
    if (b->needs_class_closure)
        nc++;
    b->cellvars = alloc(st, (size_t)(nc ? nc : 1) * sizeof(char *));
    b->freevars = alloc(st, (size_t)(nf ? nf : 1) * sizeof(char *));
    if (!b->cellvars || !b->freevars)
        return 0;
    for (int i = 0; i < b->nsymbols; i++) {
        RpSymbol *s = &b->symbols[i];
        if (s->scope == RP_SCOPE_CELL)
            b->cellvars[b->ncellvars++] = s->name;
        if (s->scope == RP_SCOPE_FREE || (s->flags & RP_DEF_FREE_CLASS))
            b->freevars[b->nfreevars++] = s->name;
    }
    if (b->needs_class_closure)
        b->cellvars[b->ncellvars++] = st->id_class;
    qsort(b->cellvars, (size_t)b->ncellvars, sizeof(char *), cmp_str);
    qsort(b->freevars, (size_t)b->nfreevars, sizeof(char *), cmp_str);
    for (int i = 0; i < b->nchildren; i++)
        if (!finish_block(st, b->children[i]))
            return 0;
    return 1;
}

/* ---- lookups ---- */

const RpSymbol *rp_symblock_lookup(const RpSymBlock *b, const char *name)
{
    return block_find(b, name);
}

RpSymScope rp_symblock_scope(const RpSymBlock *b, const char *name)
{
    const RpSymbol *s = rp_symblock_lookup(b, name);
    return s ? s->scope : RP_SCOPE_UNKNOWN;
}

/* ---- __future__ ---- */

static int is_docstring(const RpStmt *s)
{
    return s->kind == RP_Expr_kind && s->v.Expr.value->kind == RP_Constant_kind &&
           s->v.Expr.value->v.Constant.kind == RP_CONST_STR;
}

static int future_parse(St *st, const RpModule *mod)
{
    if (mod->mode == RP_MODE_EVAL)
        return 1;
    const RpAstSeq *body = mod->body;
    int n = rp_ast_len(body);
    if (!n)
        return 1;
    int i = 0, done = 0, prev_line = 0;
    if (is_docstring(body->items[0]))
        i++;
    for (; i < n; i++) {
        const RpStmt *s = body->items[i];
        if (done && s->lineno > prev_line)
            return 1;
        prev_line = s->lineno;
        if (s->kind == RP_ImportFrom_kind && s->v.ImportFrom.module &&
            strcmp(s->v.ImportFrom.module, "__future__") == 0) {
            if (done) {
                error_at(st, s->lineno, s->col_offset, s->lineno, 0,
                         "from __future__ imports must occur at the beginning of the file");
                return 0;
            }
            const RpAstSeq *names = s->v.ImportFrom.names;
            for (int k = 0; k < rp_ast_len(names); k++) {
                const char *f = ((const RpAlias *)names->items[k])->name;
                if (!strcmp(f, "nested_scopes") || !strcmp(f, "generators") ||
                    !strcmp(f, "division") || !strcmp(f, "absolute_import") ||
                    !strcmp(f, "with_statement") || !strcmp(f, "print_function") ||
                    !strcmp(f, "unicode_literals") || !strcmp(f, "generator_stop"))
                    continue;
                if (!strcmp(f, "barry_as_FLUFL")) {
                    st->future |= RP_FUTURE_BARRY_AS_BDFL;
                } else if (!strcmp(f, "annotations")) {
                    st->future |= RP_FUTURE_ANNOTATIONS;
                } else if (!strcmp(f, "braces")) {
                    error_at(st, s->lineno, s->col_offset + 1, s->lineno, 0, "not a chance");
                    return 0;
                } else {
                    error_at(st, s->lineno, s->col_offset + 1, s->lineno, 0,
                             "future feature %.100s is not defined", f);
                    return 0;
                }
            }
        } else {
            done = 1;
        }
    }
    return 1;
}

/* ---- entry point ---- */

RpSymTable *rp_symtable_build(RpArena *arena, RpModule *mod, const char *filename,
                              RpSyntaxError *err)
{
    return rp_symtable_build_ex(arena, mod, filename, STARTING_DEPTH, RECURSION_LIMIT, NULL,
                                err);
}

RpSymTable *rp_symtable_build_ex(RpArena *arena, RpModule *mod, const char *filename,
                                 int starting_depth, int limit, const char *c_stack_limit,
                                 RpSyntaxError *err)
{
    St stt;
    St *st = &stt;
    memset(st, 0, sizeof(*st));
    memset(err, 0, sizeof(*err));
    st->arena = arena;
    st->err = err;
    st->limit = limit;
    st->depth = starting_depth;
    st->c_stack_limit = c_stack_limit;
    RpSymTable *t = rp_arena_alloc(arena, sizeof(RpSymTable));
    RpSymTable *result = NULL;
    if (!t) {
        oom(st);
        goto done;
    }
    st->t = t;
    t->arena = arena;
    t->filename = filename;
    st->id_class = intern(st, "__class__");
    st->id_super = intern(st, "super");
    st->id_dot0 = intern(st, ".0");
    st->id_top = intern(st, "top");
    st->id_lambda = intern(st, "lambda");
    st->id_listcomp = intern(st, "listcomp");
    st->id_setcomp = intern(st, "setcomp");
    st->id_dictcomp = intern(st, "dictcomp");
    st->id_genexpr = intern(st, "genexpr");
    st->id_annotation = intern(st, "_annotation");
    if (st->error)
        goto done;
    if (!future_parse(st, mod))
        goto done;
    t->future_features = st->future;
    Loc l0 = {0, 0, 0, 0};
    if (!enter_block(st, st->id_top, RP_BLOCK_MODULE, mod, l0))
        goto done;
    int ok;
    if (mod->mode == RP_MODE_EVAL)
        ok = visit_expr(st, mod->expr);
    else
        ok = visit_stmts(st, mod->body);
    if (!ok || st->error)
        goto done;
    exit_block(st);
    {
        PSet free = {0}, global = {0};
        int r = analyze_block(st, t->top, NULL, &free, &global);
        pset_free(&free);
        pset_free(&global);
        if (r < 0)
            oom(st);
        if (r <= 0)
            goto done;
    }
    if (!finish_block(st, t->top))
        goto done;
    result = t;
done:
    free(st->names);
    free(st->stack);
    free(st->dirs);
    if (!result && !err->type) {
        err->type = "SyntaxError";
        snprintf(err->msg, sizeof(err->msg), "%s", "invalid syntax");
    }
    return result;
}
