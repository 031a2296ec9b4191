/* test_symtable.c - the symbol table against CPython 3.11's.
 *
 * Each case of tests/c/parser/expected_symtable.txt (recorded from
 * python3's `symtable` module by tests/c/parser/gen_symtable.py) is parsed
 * and its symbol table dumped in the same format: per block (children in
 * order) its type, name, line, nested flag and parameters, then each
 * symbol (sorted) with its scope and DEF_* flags; or the error.
 * Plus checks of the API used by compile.c (lookup by node, cellvars,
 * freevars, mangling).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/parser.h"
#include "compiler/symtable.h"

static int passes, failures;

static void check(int cond, const char *what)
{
    if (cond)
        passes++;
    else {
        failures++;
        printf("FAIL %s\n", what);
    }
}

typedef struct Out {
    char *s;
    size_t len, cap;
} Out;

static void put(Out *o, const char *s)
{
    size_t n = strlen(s);
    if (o->len + n + 1 > o->cap) {
        o->cap = (o->len + n + 1) * 2;
        o->s = realloc(o->s, o->cap);
    }
    memcpy(o->s + o->len, s, n + 1);
    o->len += n;
}

static int cmp_sym(const void *a, const void *b)
{
    const RpSymbol *x = *(const RpSymbol *const *)a, *y = *(const RpSymbol *const *)b;
    return strcmp(x->name, y->name);
}

static void dump_block(Out *o, const RpSymBlock *b)
{
    char line[1024];
    const char *type = b->type == RP_BLOCK_MODULE ? "module" :
                       b->type == RP_BLOCK_CLASS ? "class" : "function";
    snprintf(line, sizeof(line), "%sB %s %s %d %d ", o->len ? "\n" : "", type, b->name,
             b->lineno, b->is_nested);
    put(o, line);
    for (int i = 0; i < b->nparams; i++) {
        if (i)
            put(o, ",");
        put(o, b->params[i]);
    }
    const RpSymbol **syms = malloc(sizeof(RpSymbol *) * (size_t)(b->nsymbols + 1));
    for (int i = 0; i < b->nsymbols; i++)
        syms[i] = &b->symbols[i];
    qsort(syms, (size_t)b->nsymbols, sizeof(RpSymbol *), cmp_sym);
    for (int i = 0; i < b->nsymbols; i++) {
        snprintf(line, sizeof(line), "\nS %s %d %d", syms[i]->name, syms[i]->scope, syms[i]->flags);
        put(o, line);
    }
    free(syms);
    for (int i = 0; i < b->nchildren; i++)
        dump_block(o, b->children[i]);
}

static char *result_of(const char *src, size_t len)
{
    RpArena *arena = rp_arena_new();
    RpSyntaxError err;
    Out o = {0};
    put(&o, "");
    RpModule *m = rp_parse(arena, src, len, "<s>", RP_MODE_EXEC, 0, &err);
    if (!m) {
        char buf[800];
        snprintf(buf, sizeof(buf), "PARSE ERR %s|%s", err.type, err.msg);
        put(&o, buf);
    } else {
        RpSymTable *st = rp_symtable_build(arena, m, "<s>", &err);
        if (!st) {
            char buf[800];
            snprintf(buf, sizeof(buf), "ERR %s|%s|%d|%d|%d|%d", err.type, err.msg, err.lineno,
                     err.offset, err.end_lineno, err.end_offset);
            put(&o, buf);
        } else {
            dump_block(&o, st->top);
        }
    }
    rp_arena_free(arena);
    return o.s;
}

static char *unescape(const char *s, size_t *outlen)
{
    size_t n = strlen(s);
    char *o = malloc(n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '\\') {
            o[k++] = s[i];
            continue;
        }
        i++;
        switch (s[i]) {
        case 'n': o[k++] = '\n'; break;
        case 'r': o[k++] = '\r'; break;
        case 't': o[k++] = '\t'; break;
        case '\\': o[k++] = '\\'; break;
        case 'x': {
            char hex[3] = {s[i + 1], s[i + 2], 0};
            o[k++] = (char)strtol(hex, NULL, 16);
            i += 2;
            break;
        }
        default: o[k++] = s[i];
        }
    }
    o[k] = '\0';
    *outlen = k;
    return o;
}

static void run_expected(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        printf("FAIL cannot read %s\n", path);
        failures++;
        return;
    }
    static char l1[1 << 16], l2[1 << 16];
    int caseno = 0, lf = 0, lp = 0;
    while (fgets(l1, sizeof(l1), f) && fgets(l2, sizeof(l2), f)) {
        l1[strcspn(l1, "\n")] = 0;
        l2[strcspn(l2, "\n")] = 0;
        caseno++;
        size_t srclen, explen;
        char *src = unescape(l1, &srclen);
        char *exp = unescape(l2, &explen);
        char *got = result_of(src, srclen);
        if (strcmp(got, exp) == 0)
            lp++;
        else {
            lf++;
            printf("FAIL %s case %d: %s\n--- want:\n%s\n--- got:\n%s\n", path, caseno, l1, exp, got);
        }
        free(src);
        free(exp);
        free(got);
    }
    fclose(f);
    printf("%s: %d passed, %d failed\n", path, lp, lf);
    passes += lp;
    failures += lf;
}

static const RpStmt *find_def(const RpAstSeq *body, const char *name)
{
    for (int i = 0; i < rp_ast_len(body); i++) {
        const RpStmt *s = body->items[i];
        if ((s->kind == RP_FunctionDef_kind || s->kind == RP_ClassDef_kind) &&
            strcmp(s->v.FunctionDef.name, name) == 0)
            return s;
    }
    return NULL;
}

static void api_checks(void)
{
    RpArena *a = rp_arena_new();
    RpSyntaxError err;
    const char *src =
        "def f(a, *b, c, **d):\n"
        "    e = 1\n"
        "    def g():\n"
        "        return a + e\n"
        "    return g\n"
        "class C:\n"
        "    def m(self):\n"
        "        return super().m()\n";
    RpModule *m = rp_parse(a, src, strlen(src), "<s>", RP_MODE_EXEC, 0, &err);
    check(m != NULL, "api source parses");
    if (!m)
        return;
    RpSymTable *st = rp_symtable_build(a, m, "<s>", &err);
    check(st != NULL, "api symtable builds");
    if (!st)
        return;
    check(rp_symtable_lookup(st, m) == st->top, "lookup module");
    const RpStmt *f = find_def(m->body, "f");
    RpSymBlock *bf = rp_symtable_lookup(st, f);
    check(bf && strcmp(bf->name, "f") == 0, "lookup function f");
    if (bf) {
        check(bf->nparams == 4 && strcmp(bf->params[0], "a") == 0 &&
              strcmp(bf->params[1], "c") == 0 && strcmp(bf->params[2], "b") == 0 &&
              strcmp(bf->params[3], "d") == 0, "params in co_varnames order a,c,b,d");
        check(bf->argcount == 1 && bf->kwonlyargcount == 1 && bf->has_varargs && bf->has_varkeywords,
              "argument counts");
        check(bf->ncellvars == 2 && strcmp(bf->cellvars[0], "a") == 0 &&
              strcmp(bf->cellvars[1], "e") == 0, "cellvars of f are (a, e)");
        check(rp_symblock_scope(bf, "e") == RP_SCOPE_CELL, "e is CELL in f");
        check(rp_symblock_scope(bf, "g") == RP_SCOPE_LOCAL, "g is LOCAL in f");
        char copy[8];
        snprintf(copy, sizeof(copy), "%s", "e");
        check(rp_symblock_scope(bf, copy) == RP_SCOPE_CELL, "lookup by a copy of the name");
        check(rp_symblock_scope(bf, "nope") == RP_SCOPE_UNKNOWN, "unknown name");
        check(bf->nchildren == 1, "f has one child");
        if (bf->nchildren == 1) {
            RpSymBlock *bg = bf->children[0];
            check(bg->nfreevars == 2 && strcmp(bg->freevars[0], "a") == 0 &&
                  strcmp(bg->freevars[1], "e") == 0, "freevars of g are (a, e)");
            check(bg->is_nested, "g is nested");
        }
    }
    const RpStmt *c = find_def(m->body, "C");
    RpSymBlock *bc = rp_symtable_lookup(st, c);
    check(bc && bc->needs_class_closure, "C needs __class__ cell");
    if (bc)
        check(bc->ncellvars == 1 && strcmp(bc->cellvars[0], "__class__") == 0,
              "cellvars of C are (__class__,)");
    check(strcmp(rp_symtable_mangle(a, "C", "__x"), "_C__x") == 0, "mangle __x");
    check(strcmp(rp_symtable_mangle(a, "_C", "__x"), "_C__x") == 0, "mangle strips _");
    check(strcmp(rp_symtable_mangle(a, "C", "__x__"), "__x__") == 0, "no mangle dunder");
    check(strcmp(rp_symtable_mangle(a, "__", "__x"), "__x") == 0, "no mangle for _ class");
    check(strcmp(rp_symtable_mangle(a, "C", "_x"), "_x") == 0, "no mangle single _");
    check(strcmp(rp_symtable_mangle(a, NULL, "__x"), "__x") == 0, "no mangle outside class");
    rp_arena_free(a);

    /* deep expressions: RecursionError from the symtable, not a crash */
    a = rp_arena_new();
    size_t n = 3500;
    char *s = malloc(n * 2 + 8);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        s[k++] = '1';
        s[k++] = '+';
    }
    s[k++] = '1';
    s[k++] = '\n';
    m = rp_parse(a, s, k, "<s>", RP_MODE_EXEC, 0, &err);
    check(m != NULL, "3500 additions parse");
    if (m) {
        st = rp_symtable_build(a, m, "<s>", &err);
        check(!st && strcmp(err.type, "RecursionError") == 0, "3500 additions -> RecursionError");
    }
    free(s);
    rp_arena_free(a);
}

int main(void)
{
    run_expected("tests/c/parser/expected_symtable.txt");
    api_checks();
    printf("test_symtable: %d passed, %d failed\n", passes, failures);
    return failures ? 1 : 0;
}
