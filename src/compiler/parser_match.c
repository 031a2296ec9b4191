/* parser_match.c - the match statement and its patterns (PEP 634), as in
 * CPython 3.11's grammar ("match_stmt" ... "keyword_pattern").
 * `match`, `case` and `_` are soft keywords: a line starting with `match`
 * is a match statement only if "match subject:" NEWLINE INDENT follows;
 * otherwise it is parsed again as a simple statement.
 */
#include <string.h>

#include "parser_internal.h"

typedef struct { int lineno, col; } Start;

static Start start_of(PToken *t)
{
    Start s = {t->t.lineno, t->t.col_offset};
    return s;
}

static RpPattern *pat_at(Parser *p, RpPatternKind kind, Start s)
{
    PToken *last = rp_p_last_token(p);
    return rp_p_pattern(p, kind, s.lineno, s.col, last->t.end_lineno, last->t.end_col_offset);
}

static RpExpr *expr_at(Parser *p, RpExprKind kind, Start s)
{
    PToken *last = rp_p_last_token(p);
    return rp_p_expr(p, kind, s.lineno, s.col, last->t.end_lineno, last->t.end_col_offset);
}

#define TY(p) (rp_p_peek(p)->t.type)

static RpPattern *pattern(Parser *p);
static RpPattern *closed_pattern(Parser *p);

static int is_imag(PToken *t)
{
    char c = t->t.end[-1];
    return c == 'j' || c == 'J';
}

/* signed_number, or a complex literal (real +/- imaginary); NULL on failure */
static RpExpr *number_value(Parser *p)
{
    PToken *t = rp_p_peek(p);
    Start st = start_of(t);
    int neg = 0;
    if (t->t.type == RP_TOK_MINUS) {
        if (rp_p_peek_at(p, p->pos + 1)->t.type != RP_TOK_NUMBER)
            return NULL;
        rp_p_next(p);
        neg = 1;
    }
    PToken *nt = rp_p_next(p);
    RpExpr *num = rp_p_number(p, nt);
    RpExpr *v = num;
    if (neg) {
        v = expr_at(p, RP_UnaryOp_kind, st);
        v->v.UnaryOp.op = RP_USUB;
        v->v.UnaryOp.operand = num;
    }
    int ty = TY(p);
    if (ty != RP_TOK_PLUS && ty != RP_TOK_MINUS)
        return v;
    /* complex_number: signed_real_number ('+'|'-') imaginary_number */
    if (rp_p_peek_at(p, p->pos + 1)->t.type != RP_TOK_NUMBER)
        return NULL;
    if (is_imag(nt)) {
        rp_p_raise_expr(p, num, "real number required in complex literal");
        return NULL;
    }
    rp_p_next(p);
    PToken *it = rp_p_next(p);
    RpExpr *imag = rp_p_number(p, it);
    if (!is_imag(it)) {
        rp_p_raise_expr(p, imag, "imaginary number required in complex literal");
        return NULL;
    }
    RpExpr *b = expr_at(p, RP_BinOp_kind, st);
    b->v.BinOp.left = v;
    b->v.BinOp.op = ty == RP_TOK_PLUS ? RP_ADD : RP_SUB;
    b->v.BinOp.right = imag;
    return b;
}

/* name_or_attr: NAME ('.' NAME)* as Name / Attribute (Load) */
static RpExpr *name_or_attr(Parser *p)
{
    PToken *t = rp_p_expect(p, RP_TOK_NAME);
    if (!t)
        return NULL;
    Start st = start_of(t);
    RpExpr *e = rp_p_name(p, t, RP_LOAD);
    while (rp_p_check(p, RP_TOK_DOT)) {
        PToken *n = rp_p_peek_at(p, p->pos + 1);
        if (n->t.type != RP_TOK_NAME)
            return NULL;
        p->pos += 2;
        RpExpr *a = expr_at(p, RP_Attribute_kind, st);
        a->v.Attribute.value = e;
        a->v.Attribute.attr = rp_p_name_id(p, n);
        a->v.Attribute.ctx = RP_LOAD;
        e = a;
    }
    return e;
}

/* pattern_capture_target: !"_" NAME !('.' | '(' | '=') */
static const char *capture_target(Parser *p)
{
    PToken *t = rp_p_peek(p);
    if (t->t.type != RP_TOK_NAME || rp_p_is_name(t, "_"))
        return NULL;
    int n = rp_p_peek_at(p, p->pos + 1)->t.type;
    if (n == RP_TOK_DOT || n == RP_TOK_LPAR || n == RP_TOK_EQUAL)
        return NULL;
    rp_p_next(p);
    return rp_p_name_id(p, t);
}

/* maybe_star_pattern: star_pattern | pattern */
static RpPattern *maybe_star_pattern(Parser *p)
{
    PToken *t = rp_p_peek(p);
    if (t->t.type == RP_TOK_STAR) {
        Start st = start_of(t);
        rp_p_next(p);
        PToken *n = rp_p_peek(p);
        const char *name = NULL;
        if (rp_p_is_name(n, "_")) {
            rp_p_next(p);
        } else {
            name = capture_target(p);
            if (!name)
                return NULL;
        }
        RpPattern *s = pat_at(p, RP_MatchStar_kind, st);
        s->v.MatchStar.name = name;
        return s;
    }
    return pattern(p);
}

/* a comma-separated list of maybe_star_pattern until `close`; pushes them */
static int sequence_items(Parser *p, int close)
{
    while (!rp_p_check(p, close)) {
        RpPattern *q = maybe_star_pattern(p);
        if (!q)
            return 0;
        rp_p_push(p, q);
        if (!rp_p_expect(p, RP_TOK_COMMA))
            break;
    }
    return 1;
}

static RpPattern *mapping_pattern(Parser *p)
{
    PToken *lb = rp_p_next(p);
    Start st = start_of(lb);
    long kmark = rp_p_stack_mark(p);
    const char *rest = NULL;
    while (!rp_p_check(p, RP_TOK_RBRACE)) {
        if (rp_p_check(p, RP_TOK_DOUBLESTAR)) {
            rp_p_next(p);
            rest = capture_target(p);
            if (!rest)
                goto fail;
            rp_p_expect(p, RP_TOK_COMMA);
            break;
        }
        /* key: literal_expr | attr */
        PToken *t = rp_p_peek(p);
        RpExpr *key = NULL;
        switch (t->t.type) {
        case RP_TOK_NUMBER:
        case RP_TOK_MINUS:
            key = number_value(p);
            break;
        case RP_TOK_STRING:
            key = rp_p_strings(p);
            break;
        case RP_KW_NONE: case RP_KW_TRUE: case RP_KW_FALSE:
            rp_p_next(p);
            key = rp_p_expr(p, RP_Constant_kind, t->t.lineno, t->t.col_offset, t->t.end_lineno,
                            t->t.end_col_offset);
            key->v.Constant.kind = t->t.type == RP_KW_NONE ? RP_CONST_NONE :
                                   t->t.type == RP_KW_TRUE ? RP_CONST_TRUE : RP_CONST_FALSE;
            break;
        case RP_TOK_NAME: {
            key = name_or_attr(p);
            if (key && key->kind != RP_Attribute_kind)
                key = NULL;
            break;
        }
        }
        if (!key)
            goto fail;
        if (!rp_p_expect(p, RP_TOK_COLON))
            goto fail;
        RpPattern *v = pattern(p);
        if (!v)
            goto fail;
        rp_p_push(p, key);
        rp_p_push(p, v);
        if (!rp_p_expect(p, RP_TOK_COMMA))
            break;
    }
    if (!rp_p_expect(p, RP_TOK_RBRACE))
        goto fail;
    long n = (p->stack_len - kmark) / 2;
    RpAstSeq *keys = n ? rp_p_seq_new(p, (int)n) : NULL;
    RpAstSeq *pats = n ? rp_p_seq_new(p, (int)n) : NULL;
    for (long i = 0; i < n; i++) {
        keys->items[i] = p->stack[kmark + 2 * i];
        pats->items[i] = p->stack[kmark + 2 * i + 1];
    }
    p->stack_len = kmark;
    RpPattern *m = pat_at(p, RP_MatchMapping_kind, st);
    m->v.MatchMapping.keys = keys;
    m->v.MatchMapping.patterns = pats;
    m->v.MatchMapping.rest = rest;
    return m;
fail:
    p->stack_len = kmark;
    return NULL;
}

static RpPattern *class_pattern(Parser *p, RpExpr *cls, Start st)
{
    rp_p_next(p);   /* '(' */
    long pmark = rp_p_stack_mark(p);
    RpAstSeq *patterns = NULL;
    long nkw = 0;
    const char **kwnames = NULL;
    RpPattern **kwpats = NULL;
    long kwcap = 0;
    PToken *first_pos_after_kw = NULL;
    while (!rp_p_check(p, RP_TOK_RPAR)) {
        PToken *t = rp_p_peek(p);
        if (t->t.type == RP_TOK_NAME && rp_p_peek_at(p, p->pos + 1)->t.type == RP_TOK_EQUAL) {
            p->pos += 2;
            RpPattern *v = pattern(p);
            if (!v)
                goto fail;
            if (nkw == kwcap) {
                kwcap = kwcap ? kwcap * 2 : 8;
                const char **n1 = rp_p_alloc(p, (size_t)kwcap * sizeof(char *));
                RpPattern **n2 = rp_p_alloc(p, (size_t)kwcap * sizeof(RpPattern *));
                if (nkw) {
                    memcpy(n1, kwnames, (size_t)nkw * sizeof(char *));
                    memcpy(n2, kwpats, (size_t)nkw * sizeof(RpPattern *));
                }
                kwnames = n1;
                kwpats = n2;
            }
            kwnames[nkw] = rp_p_name_id(p, t);
            kwpats[nkw++] = v;
        } else {
            RpPattern *v = pattern(p);
            if (!v)
                goto fail;
            if (nkw) {
                /* invalid_class_pattern: positional patterns after keywords */
                if (!first_pos_after_kw) {
                    first_pos_after_kw = t;
                    (void)first_pos_after_kw;
                }
                long m2 = rp_p_stack_mark(p);
                rp_p_push(p, v);
                RpPattern *lastp = v;
                RpPattern *firstp = v;
                if (p->invalid_rules) {
                    while (rp_p_check(p, RP_TOK_COMMA)) {
                        long m = p->pos;
                        rp_p_next(p);
                        RpPattern *w = pattern(p);
                        if (!w) {
                            p->pos = m;
                            break;
                        }
                        lastp = w;
                    }
                    if (P_ERR(p))
                        goto fail;
                    p->stack_len = m2;
                    rp_p_raise_range(p, firstp->lineno, firstp->col_offset, lastp->end_lineno,
                                     lastp->end_col_offset, "positional patterns follow keyword patterns");
                }
                goto fail;
            }
            rp_p_push(p, v);
        }
        if (!rp_p_expect(p, RP_TOK_COMMA))
            break;
    }
    if (!rp_p_expect(p, RP_TOK_RPAR))
        goto fail;
    patterns = rp_p_seq_from(p, pmark);
    RpPattern *c = pat_at(p, RP_MatchClass_kind, st);
    c->v.MatchClass.cls = cls;
    c->v.MatchClass.patterns = patterns;
    if (nkw) {
        c->v.MatchClass.kwd_attrs = rp_p_seq_new(p, (int)nkw);
        c->v.MatchClass.kwd_patterns = rp_p_seq_new(p, (int)nkw);
        memcpy(c->v.MatchClass.kwd_attrs->items, kwnames, (size_t)nkw * sizeof(void *));
        memcpy(c->v.MatchClass.kwd_patterns->items, kwpats, (size_t)nkw * sizeof(void *));
    }
    return c;
fail:
    p->stack_len = pmark;
    return NULL;
}

static RpPattern *closed_pattern(Parser *p)
{
    PToken *t = rp_p_peek(p);
    Start st = start_of(t);
    if (!rp_p_enter(p, 10))
        return NULL;
    RpPattern *res = NULL;
    switch (t->t.type) {
    case RP_TOK_NUMBER:
    case RP_TOK_MINUS: {
        RpExpr *v = number_value(p);
        if (!v)
            break;
        res = rp_p_pattern(p, RP_MatchValue_kind, v->lineno, v->col_offset, v->end_lineno,
                           v->end_col_offset);
        res->v.MatchValue.value = v;
        break;
    }
    case RP_TOK_STRING: {
        RpExpr *v = rp_p_strings(p);
        if (!v)
            break;
        res = rp_p_pattern(p, RP_MatchValue_kind, v->lineno, v->col_offset, v->end_lineno,
                           v->end_col_offset);
        res->v.MatchValue.value = v;
        break;
    }
    case RP_KW_NONE: case RP_KW_TRUE: case RP_KW_FALSE:
        rp_p_next(p);
        res = pat_at(p, RP_MatchSingleton_kind, st);
        res->v.MatchSingleton.value = t->t.type == RP_KW_NONE ? RP_CONST_NONE :
                                      t->t.type == RP_KW_TRUE ? RP_CONST_TRUE : RP_CONST_FALSE;
        break;
    case RP_TOK_NAME: {
        if (rp_p_is_name(t, "_")) {
            rp_p_next(p);
            res = pat_at(p, RP_MatchAs_kind, st);
            break;
        }
        const char *cap = capture_target(p);
        if (cap) {
            res = pat_at(p, RP_MatchAs_kind, st);
            res->v.MatchAs.name = cap;
            break;
        }
        RpExpr *v = name_or_attr(p);
        if (!v)
            break;
        if (rp_p_check(p, RP_TOK_LPAR)) {
            res = class_pattern(p, v, st);
            break;
        }
        if (v->kind != RP_Attribute_kind || rp_p_check(p, RP_TOK_EQUAL))
            break;
        res = rp_p_pattern(p, RP_MatchValue_kind, v->lineno, v->col_offset, v->end_lineno,
                           v->end_col_offset);
        res->v.MatchValue.value = v;
        break;
    }
    case RP_TOK_LPAR: {
        rp_p_next(p);
        if (rp_p_expect(p, RP_TOK_RPAR)) {
            res = pat_at(p, RP_MatchSequence_kind, st);
            break;
        }
        long smark = rp_p_stack_mark(p);
        PToken *ft = rp_p_peek(p);
        RpPattern *first = maybe_star_pattern(p);
        if (!first)
            break;
        if (rp_p_check(p, RP_TOK_RPAR) && ft->t.type != RP_TOK_STAR) {
            rp_p_next(p);
            res = first;   /* group_pattern */
            break;
        }
        if (!rp_p_expect(p, RP_TOK_COMMA))
            break;
        rp_p_push(p, first);
        if (!sequence_items(p, RP_TOK_RPAR) || !rp_p_expect(p, RP_TOK_RPAR)) {
            p->stack_len = smark;
            break;
        }
        res = pat_at(p, RP_MatchSequence_kind, st);
        res->v.MatchSequence.patterns = rp_p_seq_from(p, smark);
        break;
    }
    case RP_TOK_LSQB: {
        rp_p_next(p);
        long smark = rp_p_stack_mark(p);
        if (!sequence_items(p, RP_TOK_RSQB) || !rp_p_expect(p, RP_TOK_RSQB)) {
            p->stack_len = smark;
            break;
        }
        res = pat_at(p, RP_MatchSequence_kind, st);
        res->v.MatchSequence.patterns = rp_p_seq_from(p, smark);
        break;
    }
    case RP_TOK_LBRACE:
        res = mapping_pattern(p);
        break;
    }
    rp_p_leave(p, 10);
    return res;
}

/* or_pattern: '|'.closed_pattern+ */
static RpPattern *or_pattern(Parser *p)
{
    Start st = start_of(rp_p_peek(p));
    RpPattern *first = closed_pattern(p);
    if (!first)
        return NULL;
    if (!rp_p_check(p, RP_TOK_VBAR))
        return first;
    long smark = rp_p_stack_mark(p);
    rp_p_push(p, first);
    while (rp_p_expect(p, RP_TOK_VBAR)) {
        RpPattern *q = closed_pattern(p);
        if (!q) {
            p->stack_len = smark;
            return NULL;
        }
        rp_p_push(p, q);
    }
    RpPattern *o = pat_at(p, RP_MatchOr_kind, st);
    o->v.MatchOr.patterns = rp_p_seq_from(p, smark);
    return o;
}

/* pattern: as_pattern | or_pattern */
static RpPattern *pattern(Parser *p)
{
    Start st = start_of(rp_p_peek(p));
    RpPattern *o = or_pattern(p);
    if (!o)
        return NULL;
    if (!rp_p_check(p, RP_KW_AS))
        return o;
    long mark = p->pos;
    rp_p_next(p);
    const char *name = capture_target(p);
    if (!name) {
        if (p->invalid_rules && !P_ERR(p)) {
            PToken *t = rp_p_peek(p);
            if (rp_p_is_name(t, "_")) {
                rp_p_raise_tok(p, t, "cannot use '_' as a target");
                return NULL;
            }
            if (t->t.type != RP_TOK_NAME) {
                int save = p->invalid_rules;
                p->invalid_rules = 0;
                RpExpr *e = rp_p_expression(p);
                p->invalid_rules = save;
                if (e) {
                    rp_p_raise_expr(p, e, "invalid pattern target");
                    return NULL;
                }
            }
        }
        p->pos = mark;
        return o;
    }
    RpPattern *a = pat_at(p, RP_MatchAs_kind, st);
    a->v.MatchAs.pattern = o;
    a->v.MatchAs.name = name;
    return a;
}

/* patterns: open_sequence_pattern | pattern */
static RpPattern *patterns(Parser *p)
{
    Start st = start_of(rp_p_peek(p));
    long smark = rp_p_stack_mark(p);
    RpPattern *first = maybe_star_pattern(p);
    if (!first)
        return NULL;
    if (!rp_p_check(p, RP_TOK_COMMA)) {
        if (first->kind == RP_MatchStar_kind)
            return NULL;
        return first;
    }
    rp_p_next(p);
    rp_p_push(p, first);
    int ty = TY(p);
    if (ty != RP_TOK_COLON && ty != RP_KW_IF) {
        if (!sequence_items(p, RP_TOK_COLON)) {
            p->stack_len = smark;
            return NULL;
        }
    }
    RpPattern *s = pat_at(p, RP_MatchSequence_kind, st);
    s->v.MatchSequence.patterns = rp_p_seq_from(p, smark);
    return s;
}

static RpMatchCase *case_block(Parser *p)
{
    PToken *kw = rp_p_next(p);   /* "case" */
    int kwline = kw->t.lineno;
    RpPattern *pat = patterns(p);
    if (!pat)
        return NULL;
    RpExpr *guard = NULL;
    if (rp_p_expect(p, RP_KW_IF)) {
        guard = rp_p_named_expression(p);
        if (!guard)
            return NULL;
    }
    if (!rp_p_expect(p, RP_TOK_COLON)) {
        if (p->invalid_rules && rp_p_check(p, RP_TOK_NEWLINE))
            rp_p_raise(p, "SyntaxError", "expected ':'");
        return NULL;
    }
    if (p->invalid_rules && rp_p_check(p, RP_TOK_NEWLINE) &&
        rp_p_peek_at(p, p->pos + 1)->t.type != RP_TOK_INDENT && !P_ERR(p)) {
        rp_p_next(p);
        rp_p_peek(p);
        rp_p_raise(p, "IndentationError", "expected an indented block after 'case' statement on line %d",
                   kwline);
        return NULL;
    }
    RpAstSeq *body = rp_p_block(p, NULL, NULL);
    if (!body)
        return NULL;
    RpMatchCase *c = rp_p_alloc(p, sizeof(RpMatchCase));
    c->pattern = pat;
    c->guard = guard;
    c->body = body;
    return c;
}

/* subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
static RpExpr *subject_expr(Parser *p)
{
    PToken *t = rp_p_peek(p);
    Start st = start_of(t);
    RpExpr *first = rp_p_star_named_expression(p);
    if (!first)
        return NULL;
    if (!rp_p_check(p, RP_TOK_COMMA)) {
        if (first->kind == RP_Starred_kind)
            return NULL;
        return first;
    }
    long smark = rp_p_stack_mark(p);
    rp_p_push(p, first);
    while (rp_p_expect(p, RP_TOK_COMMA)) {
        if (rp_p_check(p, RP_TOK_COLON))
            break;
        RpExpr *e = rp_p_star_named_expression(p);
        if (!e) {
            p->stack_len = smark;
            return NULL;
        }
        rp_p_push(p, e);
    }
    RpExpr *tup = expr_at(p, RP_Tuple_kind, st);
    tup->v.Tuple.elts = rp_p_seq_from(p, smark);
    tup->v.Tuple.ctx = RP_LOAD;
    return tup;
}

RpStmt *rp_p_match_stmt(Parser *p)
{
    long mark = p->pos;
    long smark = rp_p_stack_mark(p);
    PToken *kw = rp_p_next(p);
    int kwline = kw->t.lineno;
    Start st = start_of(kw);
    int ty = TY(p);
    if (ty != RP_TOK_STAR && ty != RP_TOK_NAME && ty != RP_TOK_NUMBER && ty != RP_TOK_STRING &&
        ty != RP_TOK_LPAR && ty != RP_TOK_LSQB && ty != RP_TOK_LBRACE && ty != RP_TOK_MINUS &&
        ty != RP_TOK_PLUS && ty != RP_TOK_TILDE && ty != RP_KW_NOT && ty != RP_KW_LAMBDA &&
        ty != RP_KW_AWAIT && ty != RP_KW_NONE && ty != RP_KW_TRUE && ty != RP_KW_FALSE &&
        ty != RP_TOK_ELLIPSIS) {
        p->pos = mark;
        return NULL;
    }
    int save = p->invalid_rules;
    RpExpr *subject = subject_expr(p);
    if (!subject || P_ERR(p)) {
        if (!P_ERR(p))
            p->pos = mark;
        p->stack_len = smark;
        return NULL;
    }
    (void)save;
    if (!rp_p_check(p, RP_TOK_COLON)) {
        if (p->invalid_rules && rp_p_check(p, RP_TOK_NEWLINE)) {
            rp_p_raise(p, "SyntaxError", "expected ':'");
            return NULL;
        }
        p->pos = mark;
        return NULL;
    }
    rp_p_next(p);
    if (!rp_p_check(p, RP_TOK_NEWLINE)) {
        p->pos = mark;
        return NULL;
    }
    if (rp_p_peek_at(p, p->pos + 1)->t.type != RP_TOK_INDENT) {
        if (P_ERR(p))
            return NULL;
        if (p->invalid_rules) {
            rp_p_next(p);
            rp_p_peek(p);
            rp_p_raise(p, "IndentationError",
                       "expected an indented block after 'match' statement on line %d", kwline);
            return NULL;
        }
        p->pos = mark;
        return NULL;
    }
    p->pos += 2;
    long cmark = rp_p_stack_mark(p);
    while (rp_p_is_name(rp_p_peek(p), "case")) {
        RpMatchCase *c = case_block(p);
        if (!c) {
            p->stack_len = cmark;
            return NULL;
        }
        rp_p_push(p, c);
    }
    if (p->stack_len == cmark || !rp_p_expect(p, RP_TOK_DEDENT)) {
        p->stack_len = cmark;
        return NULL;
    }
    RpAstSeq *cases = rp_p_seq_from(p, cmark);
    PToken *last = rp_p_last_token(p);
    RpStmt *s = rp_p_stmt(p, RP_Match_kind, st.lineno, st.col, last->t.end_lineno,
                          last->t.end_col_offset);
    s->v.Match.subject = subject;
    s->v.Match.cases = cases;
    return s;
}
