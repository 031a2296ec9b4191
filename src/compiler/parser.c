/* parser.c - tokens -> AST: the driver (two passes), token buffer, node
 * helpers and the statement grammar.  Expressions are in parser_expr.c,
 * literals in parser_string.c, match statements in parser_match.c, error
 * reporting in parser_errors.c.  See parser_internal.h for the design.
 */
#include "parser.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser_internal.h"
#include "unitables.h"

/* ---- memory ---------------------------------------------------------------- */

void rp_p_nomem(Parser *p)
{
    RpSyntaxError *err = p->err;
    err->type = "MemoryError";
    err->msg[0] = '\0';
    err->lineno = err->offset = err->end_lineno = err->end_offset = 0;
    err->has_text = 0;
    err->text[0] = '\0';
    err->long_text = NULL;
    p->error = 1;
    if (p->oom)
        longjmp(*p->oom, 1);
}

void *rp_p_alloc(Parser *p, size_t size)
{
    void *m = rp_arena_alloc(p->arena, size);
    if (!m)
        rp_p_nomem(p);
    return m;
}

char *rp_p_strndup(Parser *p, const char *s, size_t n)
{
    char *m = rp_arena_strndup(p->arena, s, n);
    if (!m)
        rp_p_nomem(p);
    return m;
}

/* the one copy of s[0:n] in this parse (FNV-1a hashed) */
const char *rp_p_intern(Parser *p, const char *s, size_t n)
{
    size_t h = (size_t)1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= (size_t)1099511628211ULL;
    }
    if ((p->names_len + 1) * 2 > p->names_cap) {
        size_t ncap = p->names_cap ? p->names_cap * 2 : 1024;
        void *nt = calloc(ncap, sizeof(p->names[0]));
        if (!nt)
            rp_p_nomem(p);
        PName *t = nt;
        for (size_t i = 0; i < p->names_cap; i++) {
            if (!p->names[i].s)
                continue;
            size_t j = p->names[i].hash & (ncap - 1);
            while (t[j].s)
                j = (j + 1) & (ncap - 1);
            t[j] = p->names[i];
        }
        free(p->names);
        p->names = t;
        p->names_cap = ncap;
    }
    size_t j = h & (p->names_cap - 1);
    while (p->names[j].s) {
        if (p->names[j].hash == h && p->names[j].len == n && memcmp(p->names[j].s, s, n) == 0)
            return p->names[j].s;
        j = (j + 1) & (p->names_cap - 1);
    }
    char *c = rp_p_strndup(p, s, n);
    p->names[j].s = c;
    p->names[j].len = n;
    p->names[j].hash = h;
    p->names_len++;
    return c;
}

long rp_p_stack_mark(Parser *p) { return p->stack_len; }

void rp_p_push(Parser *p, void *item)
{
    if (p->stack_len == p->stack_cap) {
        long ncap = p->stack_cap ? p->stack_cap * 2 : 256;
        void **n = realloc(p->stack, (size_t)ncap * sizeof(void *));
        if (!n)
            rp_p_nomem(p);
        p->stack = n;
        p->stack_cap = ncap;
    }
    p->stack[p->stack_len++] = item;
}

RpAstSeq *rp_p_seq_new(Parser *p, int n)
{
    RpAstSeq *s = rp_p_alloc(p, sizeof(RpAstSeq) + (size_t)n * sizeof(void *));
    s->len = n;
    return s;
}

RpAstSeq *rp_p_seq_from(Parser *p, long mark)
{
    long n = p->stack_len - mark;
    if (n <= 0) {
        p->stack_len = mark;
        return NULL;
    }
    RpAstSeq *s = rp_p_seq_new(p, (int)n);
    memcpy(s->items, p->stack + mark, (size_t)n * sizeof(void *));
    p->stack_len = mark;
    return s;
}

RpAstSeq *rp_p_seq1(Parser *p, void *item)
{
    RpAstSeq *s = rp_p_seq_new(p, 1);
    s->items[0] = item;
    return s;
}

/* ---- tokens ------------------------------------------------------------ */

#define CHUNK_SIZE RP_P_CHUNK_SIZE
#define CHUNK_BITS RP_P_CHUNK_BITS
static TokStore *store(Parser *p) { return (TokStore *)(void *)p->tokens; }

PToken *rp_p_slot_slow(Parser *p, long i)
{
    TokStore *s = store(p);
    long c = i >> CHUNK_BITS;
    if (c >= s->nchunks) {
        long n = s->nchunks ? s->nchunks * 2 : 16;
        while (n <= c)
            n *= 2;
        PToken **t = realloc(s->chunks, (size_t)n * sizeof(PToken *));
        if (!t)
            rp_p_nomem(p);
        memset(t + s->nchunks, 0, (size_t)(n - s->nchunks) * sizeof(PToken *));
        s->chunks = t;
        s->nchunks = n;
    }
    if (!s->chunks[c]) {
        if (s->nspare)
            s->chunks[c] = s->spare[--s->nspare];
        else {
            s->chunks[c] = malloc(CHUNK_SIZE * sizeof(PToken));
            if (!s->chunks[c])
                rp_p_nomem(p);
        }
    }
    s->cached = c;
    s->cached_ptr = s->chunks[c];
    return &s->chunks[c][i & (CHUNK_SIZE - 1)];
}

#define slot rp_p_slot

static void free_store(Parser *p)
{
    TokStore *s = store(p);
    if (!s)
        return;
    for (long i = 0; i < s->nchunks; i++)
        free(s->chunks[i]);
    for (int i = 0; i < s->nspare; i++)
        free(s->spare[i]);
    free(s->chunks);
    free(s);
    p->tokens = NULL;
}

/* free chunks entirely before absolute index `keep` */
void rp_p_compact(Parser *p, long keep)
{
    TokStore *s = store(p);
    long c = keep >> CHUNK_BITS;
    for (long i = s->first_live; i < c && i < s->nchunks; i++) {
        if (!s->chunks[i])
            continue;
        if (s->nspare < 8)
            s->spare[s->nspare++] = s->chunks[i];
        else
            free(s->chunks[i]);
        s->chunks[i] = NULL;
        if (s->cached == i)
            s->cached_ptr = NULL;
    }
    if (c > s->first_live)
        s->first_live = c;
    if (keep > p->base)
        p->base = keep;
}

static void fetch(Parser *p)
{
    PToken *pt = slot(p, p->fill);
    int type = rp_tokenizer_next(&p->tok, &pt->t);
    pt->level = p->tok.level;       /* CPython: the depth after the token */
    if (p->is_fstring && p->tok.lineno == p->fstart_lineno) {
        if (pt->t.col_offset >= 0)
            pt->t.col_offset += p->fstart_col;
        if (pt->t.end_col_offset >= 0)
            pt->t.end_col_offset += p->fstart_col;
    }
    if (p->mode == RP_MODE_SINGLE && type == RP_TOK_ENDMARKER && p->parsing_started) {
        pt->t.type = RP_TOK_NEWLINE;
        p->parsing_started = 0;
        if (p->tok.indent) {
            p->tok.pendin = -p->tok.indent;
            p->tok.indent = 0;
        }
    } else {
        p->parsing_started = 1;
    }
    p->fill++;
    if (type == RP_TOK_ERRORTOKEN && !p->error)
        rp_p_tokenizer_error(p, pt);
}

PToken *rp_p_peek_at_slow(Parser *p, long i)
{
    while (i >= p->fill) {
        if (p->fill > p->base && slot(p, p->fill - 1)->t.type == RP_TOK_ERRORTOKEN)
            return slot(p, p->fill - 1);
        fetch(p);
    }
    return slot(p, i);
}


PToken *rp_p_next(Parser *p)
{
    PToken *t = rp_p_peek(p);
    if (t->t.type != RP_TOK_ERRORTOKEN)
        p->pos++;
    return t;
}

PToken *rp_p_last_token(Parser *p)
{
    PToken *t = NULL;
    for (long m = p->pos - 1; m >= p->base; m--) {
        t = slot(p, m);
        int ty = t->t.type;
        if (ty != RP_TOK_ENDMARKER && ty != RP_TOK_NEWLINE && ty != RP_TOK_INDENT &&
            ty != RP_TOK_DEDENT)
            break;
    }
    return t;
}

PToken *rp_p_last_fetched(Parser *p)
{
    if (p->fill == 0)
        return NULL;
    return slot(p, p->fill - 1);
}

int rp_p_is_name(PToken *t, const char *s)
{
    size_t n = strlen(s);
    return t->t.type == RP_TOK_NAME && (size_t)(t->t.end - t->t.start) == n &&
           memcmp(t->t.start, s, n) == 0;
}

int rp_p_is_soft_kw(PToken *t)
{
    return rp_p_is_name(t, "match") || rp_p_is_name(t, "case") || rp_p_is_name(t, "_");
}

/* the identifier of a NAME token: as CPython's _PyPegen_new_identifier,
   a non-ASCII name is NFKC-normalized ("ﬁle" is "file", "µ" is "μ") */
const char *rp_p_name_id(Parser *p, PToken *t)
{
    const unsigned char *s = (const unsigned char *)t->t.start;
    size_t n = (size_t)(t->t.end - t->t.start);
    size_t i = 0;
    while (i < n && s[i] < 0x80)
        i++;
    if (i == n)
        return rp_p_intern(p, t->t.start, n);
    /* decode (the tokenizer checked it is valid UTF-8) */
    uint32_t *cps = malloc(n * sizeof(uint32_t));
    if (!cps)
        rp_p_nomem(p);
    size_t k = 0;
    for (i = 0; i < n;) {
        unsigned c = s[i];
        int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        uint32_t v = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
        for (int j = 1; j < len && i + (size_t)j < n; j++)
            v = (v << 6) | (s[i + (size_t)j] & 0x3F);
        cps[k++] = v;
        i += (size_t)len;
    }
    size_t outn;
    uint32_t *norm = rp_unicode_nfkc(cps, k, &outn);
    free(cps);
    if (!norm)
        rp_p_nomem(p);
    char small[256];
    char *buf = outn * 4 < sizeof(small) ? small : malloc(outn * 4);
    if (!buf) {
        free(norm);
        rp_p_nomem(p);
    }
    size_t o = 0;
    for (size_t j = 0; j < outn; j++) {
        uint32_t c = norm[j];
        if (c < 0x80) {
            buf[o++] = (char)c;
        } else if (c < 0x800) {
            buf[o++] = (char)(0xC0 | (c >> 6));
            buf[o++] = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            buf[o++] = (char)(0xE0 | (c >> 12));
            buf[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
            buf[o++] = (char)(0x80 | (c & 0x3F));
        } else {
            buf[o++] = (char)(0xF0 | (c >> 18));
            buf[o++] = (char)(0x80 | ((c >> 12) & 0x3F));
            buf[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
            buf[o++] = (char)(0x80 | (c & 0x3F));
        }
    }
    free(norm);
    const char *r = rp_p_intern(p, buf, o);
    if (buf != small)
        free(buf);
    return r;
}

/* ---- node constructors ------------------------------------------------ */

RpExpr *rp_p_expr(Parser *p, RpExprKind kind, int lineno, int col, int end_lineno, int end_col)
{
    RpExpr *e = rp_p_alloc(p, sizeof(RpExpr));
    e->kind = kind;
    e->lineno = lineno;
    e->col_offset = col;
    e->end_lineno = end_lineno;
    e->end_col_offset = end_col;
    return e;
}

RpStmt *rp_p_stmt(Parser *p, RpStmtKind kind, int lineno, int col, int end_lineno, int end_col)
{
    RpStmt *s = rp_p_alloc(p, sizeof(RpStmt));
    s->kind = kind;
    s->lineno = lineno;
    s->col_offset = col;
    s->end_lineno = end_lineno;
    s->end_col_offset = end_col;
    return s;
}

RpPattern *rp_p_pattern(Parser *p, RpPatternKind kind, int lineno, int col, int end_lineno,
                        int end_col)
{
    RpPattern *s = rp_p_alloc(p, sizeof(RpPattern));
    s->kind = kind;
    s->lineno = lineno;
    s->col_offset = col;
    s->end_lineno = end_lineno;
    s->end_col_offset = end_col;
    return s;
}

RpExpr *rp_p_expr_from(Parser *p, RpExprKind kind, PToken *start)
{
    PToken *last = rp_p_last_token(p);
    return rp_p_expr(p, kind, start->t.lineno, start->t.col_offset, last->t.end_lineno,
                     last->t.end_col_offset);
}

RpStmt *rp_p_stmt_from(Parser *p, RpStmtKind kind, PToken *start)
{
    PToken *last = rp_p_last_token(p);
    return rp_p_stmt(p, kind, start->t.lineno, start->t.col_offset, last->t.end_lineno,
                     last->t.end_col_offset);
}

RpExpr *rp_p_expr_span(Parser *p, RpExprKind kind, const RpExpr *first)
{
    PToken *last = rp_p_last_token(p);
    return rp_p_expr(p, kind, first->lineno, first->col_offset, last->t.end_lineno,
                     last->t.end_col_offset);
}

RpExpr *rp_p_name(Parser *p, PToken *t, RpExprContext ctx)
{
    RpExpr *e = rp_p_expr(p, RP_Name_kind, t->t.lineno, t->t.col_offset, t->t.end_lineno,
                          t->t.end_col_offset);
    e->v.Name.id = rp_p_name_id(p, t);
    e->v.Name.ctx = ctx;
    return e;
}


/* ---- the driver ------------------------------------------------------------- */

#define RP_MODE_FSTRING ((RpParseMode)100)

static RpModule *run_pass(Parser *p)
{
    p->depth = 0;
    if (p->is_fstring) {
        /* fstring: star_expressions */
        RpExpr *e = rp_p_star_expressions(p);
        if (!e)
            return NULL;
        RpModule *m = rp_p_alloc(p, sizeof(RpModule));
        m->mode = RP_MODE_EVAL;
        m->expr = e;
        return m;
    }
    switch (p->mode) {
    case RP_MODE_EVAL:
        return rp_p_eval_rule(p);
    case RP_MODE_SINGLE:
        return rp_p_interactive_rule(p);
    default:
        return rp_p_file_rule(p);
    }
}

static int start_tokenizer(Parser *p)
{
    int from = (p->flags & RP_PARSE_FLAG_FILE) ? 1 : 0;
    if (p->flags & RP_PARSE_FLAG_IGNORE_COOKIE)
        from |= 2;
    if (p->is_fstring)
        from = 2;
    if (rp_tokenizer_init(&p->tok, p->src, p->srclen, p->mode == RP_MODE_EXEC || p->is_fstring,
                          from, p->filename, p->err) < 0)
        return -1;
    p->tok.exec_input = p->mode == RP_MODE_EXEC && !p->is_fstring;
    if (p->is_fstring) {
        p->tok.has_encoding = 0;
        p->tok.lineno = p->fstart_lineno - 1;
        p->tok.lineno_base = p->fstart_lineno - 1;
    }
    return 0;
}

RpModule *rp_parse(RpArena *arena, const char *src, size_t len, const char *filename,
                   RpParseMode mode, int flags, RpSyntaxError *err)
{
    memset(err, 0, sizeof(*err));
    err->arena = arena;
    Parser pp;
    Parser *p = &pp;
    memset(p, 0, sizeof(*p));
    p->arena = arena;
    p->err = err;
    p->mode = mode;
    p->flags = flags;
    p->src = src;
    p->srclen = len;
    p->filename = filename ? filename : "<string>";
    RpModule *volatile result = NULL;
    jmp_buf oom;
    p->oom = &oom;
    if (setjmp(oom)) {
        result = NULL;
        goto done;
    }
    TokStore *ts = calloc(1, sizeof(TokStore));
    if (!ts) {
        rp_p_nomem(p);
    }
    p->tokens = (PToken *)(void *)ts;
    if (start_tokenizer(p) < 0) {
        p->error = 1;
        goto done;
    }

    result = run_pass(p);
    if (result)
        goto done;
    if (!p->error && !p->tok_error && p->stack_len) {
        p->stack_len = 0;
    }
    rp_p_finish_error(p);

done:
    p->oom = NULL;
    rp_tokenizer_fini(&p->tok);
    free_store(p);
    free(p->stack);
    free(p->names);
    free(p->memo);
    free(p->paren_tuples);
    if (!result && !err->type) {
        err->type = "SyntaxError";
        snprintf(err->msg, sizeof(err->msg), "%s", "invalid syntax");
    }
    return result;
}

/* the second pass: restart the tokenizer and parse again from the start
 * of the statement that failed, with the invalid_* checks on.  Called by
 * rp_p_finish_error (parser_errors.c). */
int rp_p_second_pass(Parser *p)
{
    long target = p->stmt_start;
    rp_tokenizer_fini(&p->tok);
    /* keep the error record clean: the tokenizer writes into it */
    RpSyntaxError saved = *p->err;
    if (start_tokenizer(p) < 0) {
        *p->err = saved;
        return 0;
    }
    free_store(p);
    TokStore *ts = calloc(1, sizeof(TokStore));
    if (!ts)
        rp_p_nomem(p);
    p->tokens = (PToken *)(void *)ts;
    p->base = 0;
    p->fill = 0;
    p->pos = 0;
    p->stack_len = 0;
    p->parsing_started = 0;
    p->invalid_rules = 1;
    p->pass2 = 1;
    p->error = 0;
    p->tok_error = 0;
    p->barry = 0;
    /* fast-forward the tokenizer to the failing statement */
    while (p->fill < target) {
        long before = p->fill;
        rp_p_peek_at(p, p->fill);
        if (p->error || p->fill == before)
            return 0;
        if (p->fill - p->base > 2 * CHUNK_SIZE)
            rp_p_compact(p, p->fill - 1);
    }
    p->pos = target;
    if (p->mode == RP_MODE_EXEC) {
        /* continue the statements loop at top level */
        RpAstSeq *body = rp_p_statements(p, 1);
        if (body && !P_ERR(p))
            rp_p_expect(p, RP_TOK_ENDMARKER);
    } else {
        run_pass(p);
    }
    return 1;
}

/* ---- f-string expressions ------------------------------------------------- */

/* Parse the expression s[0:n] found between '{' (at `brace`, inside token
 * t) and its end, as CPython 3.11's fstring_compile_expr: a sub-parser on
 * "(" + text + ")" whose tokens are moved to where the text is. */
RpExpr *rp_p_fstring_expr(Parser *p, const char *s, size_t n, PToken *t, const char *brace)
{
    const char *tstart = t->t.start;
    int lines = 0, cols = 0;
    for (const char *q = tstart; q < brace; q++)
        if (*q == '\n')
            lines++;
    int newline_after_brace = 1;
    for (const char *q = brace + 1; *q != '}' && *q != '\n'; q++) {
        if (*q != ' ' && *q != '\t' && *q != '\f') {
            newline_after_brace = 0;
            break;
        }
    }
    if (!newline_after_brace) {
        const char *q = brace;
        while (q > tstart && *q != '\n')
            q--;
        cols = (int)(brace - q);
        if (*q == '\n')
            cols -= 1;
    }
    char *buf = malloc(n + 3);
    if (!buf)
        rp_p_nomem(p);
    buf[0] = '(';
    memcpy(buf + 1, s, n);
    buf[n + 1] = ')';
    buf[n + 2] = '\0';

    RpSyntaxError suberr;
    memset(&suberr, 0, sizeof(suberr));
    suberr.arena = p->arena;
    Parser sub;
    memset(&sub, 0, sizeof(sub));
    sub.arena = p->arena;
    sub.err = &suberr;
    sub.mode = RP_MODE_EVAL;
    sub.flags = p->flags;
    sub.src = buf;
    sub.srclen = n + 2;
    sub.filename = p->filename;
    sub.is_fstring = 1;
    sub.barry = p->barry;
    sub.fstart_lineno = t->t.lineno + lines;
    sub.fstart_col = lines != 0 ? cols : t->t.col_offset + cols;
    RpExpr *volatile result = NULL;
    jmp_buf oom;
    sub.oom = &oom;
    if (setjmp(oom)) {
        result = NULL;
        goto done;
    }
    TokStore *ts = calloc(1, sizeof(TokStore));
    if (!ts)
        rp_p_nomem(&sub);
    sub.tokens = (PToken *)(void *)ts;
    if (start_tokenizer(&sub) < 0) {
        sub.error = 1;
        goto done;
    }
    RpModule *m = run_pass(&sub);
    if (m) {
        result = m->expr;
        goto done;
    }
    rp_p_finish_error(&sub);
done:
    sub.oom = NULL;
    rp_tokenizer_fini(&sub.tok);
    free_store(&sub);
    free(sub.stack);
    free(sub.names);
    free(sub.memo);
    free(sub.paren_tuples);
    free(buf);
    if (!result) {
        if (!suberr.type) {
            suberr.type = "SyntaxError";
            snprintf(suberr.msg, sizeof(suberr.msg), "%s", "f-string: invalid syntax");
        }
        *p->err = suberr;
        p->err->incomplete = 0;
        p->error = 1;
        if (sub.fatal)
            p->fatal = 1;
        if (strcmp(suberr.type, "MemoryError") == 0 && !sub.fatal)
            rp_p_nomem(p);
    }
    return result;
}
