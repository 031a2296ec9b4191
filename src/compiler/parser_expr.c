/* parser_expr.c - the expression grammar of CPython 3.11 (python.gram,
 * "EXPRESSIONS" and "ARGUMENTS" and "TARGETS"), deterministic version.
 *
 * Every rule takes the position of its first token on entry (CPython's
 * EXTRA: a node spans from the first token of its rule to the last
 * non-whitespace token consumed), which is why a parenthesized operand
 * makes the enclosing BinOp start at the '('.
 *
 * In pass 2 (p->invalid_rules) the checks of CPython's invalid_* rules
 * that belong to expressions run here: invalid_expression,
 * invalid_named_expression, invalid_arguments, invalid_kwarg,
 * invalid_group, invalid_comprehension, invalid_dict_comprehension,
 * invalid_double_starred_kvpairs, invalid_parameters and friends.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parser_internal.h"

typedef struct { int lineno, col; } Start;

static Start start_of(PToken *t)
{
    Start s = {t->t.lineno, t->t.col_offset};
    return s;
}

static RpExpr *node_at(Parser *p, RpExprKind kind, Start s)
{
    PToken *last = rp_p_last_token(p);
    return rp_p_expr(p, kind, s.lineno, s.col, last->t.end_lineno, last->t.end_col_offset);
}

#define TY(p) (rp_p_peek(p)->t.type)

static RpExpr *expression_inner(Parser *p);
static RpExpr *factor(Parser *p);
static RpExpr *star_named_expression_inner(Parser *p, int check_named);

/* tokens that can start an expression */
int rp_p_starts_expression(int ty)
{
    switch (ty) {
    case RP_TOK_NAME: case RP_TOK_NUMBER: case RP_TOK_STRING: case RP_TOK_LPAR:
    case RP_TOK_LSQB: case RP_TOK_LBRACE: case RP_TOK_MINUS: case RP_TOK_PLUS:
    case RP_TOK_TILDE: case RP_TOK_ELLIPSIS: case RP_KW_NOT: case RP_KW_LAMBDA:
    case RP_KW_AWAIT: case RP_KW_NONE: case RP_KW_TRUE: case RP_KW_FALSE:
        return 1;
    }
    return 0;
}

/* ---- targets ------------------------------------------------------------ */

int rp_p_set_context(Parser *p, RpExpr *e, RpExprContext ctx)
{
    switch (e->kind) {
    case RP_Name_kind:
        e->v.Name.ctx = ctx;
        return 1;
    case RP_Attribute_kind:
        e->v.Attribute.ctx = ctx;
        return 1;
    case RP_Subscript_kind:
        e->v.Subscript.ctx = ctx;
        return 1;
    case RP_Starred_kind:
        if (ctx == RP_DEL)
            return 0;
        e->v.Starred.ctx = ctx;
        return rp_p_set_context(p, e->v.Starred.value, ctx);
    case RP_Tuple_kind:
    case RP_List_kind: {
        RpAstSeq *elts = e->kind == RP_List_kind ? e->v.List.elts : e->v.Tuple.elts;
        if (e->kind == RP_List_kind)
            e->v.List.ctx = ctx;
        else
            e->v.Tuple.ctx = ctx;
        for (int i = 0; i < rp_ast_len(elts); i++)
            if (!rp_p_set_context(p, elts->items[i], ctx))
                return 0;
        return 1;
    }
    default:
        return 0;
    }
}

static size_t paren_hash(const RpExpr *e)
{
    return ((size_t)(uintptr_t)e >> 3) * 0x9E3779B97F4A7C15ULL;
}

void rp_p_note_paren_tuple(Parser *p, const RpExpr *e)
{
    if (!p->pass2)
        return;
    if ((p->paren_len + 1) * 2 > p->paren_cap) {
        size_t ncap = p->paren_cap ? p->paren_cap * 2 : 64;
        const RpExpr **n = calloc(ncap, sizeof(RpExpr *));
        if (!n)
            rp_p_nomem(p);
        for (size_t i = 0; i < p->paren_cap; i++) {
            if (!p->paren_tuples[i])
                continue;
            size_t j = paren_hash(p->paren_tuples[i]) & (ncap - 1);
            while (n[j])
                j = (j + 1) & (ncap - 1);
            n[j] = p->paren_tuples[i];
        }
        free(p->paren_tuples);
        p->paren_tuples = n;
        p->paren_cap = ncap;
    }
    size_t j = paren_hash(e) & (p->paren_cap - 1);
    while (p->paren_tuples[j] && p->paren_tuples[j] != e)
        j = (j + 1) & (p->paren_cap - 1);
    if (!p->paren_tuples[j]) {
        p->paren_tuples[j] = e;
        p->paren_len++;
    }
}

int rp_p_is_paren_tuple(Parser *p, const RpExpr *e)
{
    if (e->kind != RP_Tuple_kind || !p->paren_cap)
        return 0;
    size_t j = paren_hash(e) & (p->paren_cap - 1);
    while (p->paren_tuples[j]) {
        if (p->paren_tuples[j] == e)
            return 1;
        j = (j + 1) & (p->paren_cap - 1);
    }
    return 0;
}

int rp_p_was_parenthesized_or_display(Parser *p, const RpExpr *e, PToken *start)
{
    (void)start;
    return e->kind == RP_List_kind || rp_p_is_paren_tuple(p, e);
}

/* star_target: '*' (!'*' star_target) | target_with_star_atom.  We parse
 * a primary (atoms and trailers) and let the caller validate it. */
RpExpr *rp_p_star_target(Parser *p)
{
    PToken *t = rp_p_peek(p);
    if (t->t.type == RP_TOK_STAR) {
        Start st = start_of(t);
        rp_p_next(p);
        if (rp_p_check(p, RP_TOK_STAR))
            return NULL;
        RpExpr *v = rp_p_star_target(p);
        if (!v)
            return NULL;
        RpExpr *e = node_at(p, RP_Starred_kind, st);
        e->v.Starred.value = v;
        e->v.Starred.ctx = RP_STORE;
        return e;
    }
    return rp_p_primary(p);
}

/* star_targets: star_target !',' | star_target (',' star_target)* [','] */
RpExpr *rp_p_star_targets(Parser *p)
{
    PToken *t = rp_p_peek(p);
    Start st = start_of(t);
    RpExpr *first = rp_p_star_target(p);
    if (!first)
        return NULL;
    if (!rp_p_check(p, RP_TOK_COMMA)) {
        if (!rp_p_set_context(p, first, RP_STORE))
            return NULL;
        return first;
    }
    long smark = rp_p_stack_mark(p);
    rp_p_push(p, first);
    while (rp_p_check(p, RP_TOK_COMMA)) {
        rp_p_next(p);
        int ty = TY(p);
        if (ty != RP_TOK_STAR && !rp_p_starts_expression(ty))
            break;
        long m = p->pos;
        RpExpr *e = rp_p_star_target(p);
        if (!e) {
            if (P_ERR(p))
                return NULL;
            p->pos = m;
            break;
        }
        rp_p_push(p, e);
    }
    RpExpr *tup = node_at(p, RP_Tuple_kind, st);
    tup->v.Tuple.elts = rp_p_seq_from(p, smark);
    if (!rp_p_set_context(p, tup, RP_STORE))
        return NULL;
    return tup;
}

/* ---- comprehensions --------------------------------------------------- */

RpExpr *rp_p_last_comprehension_item(RpComprehension *c)
{
    if (rp_ast_len(c->ifs))
        return c->ifs->items[c->ifs->len - 1];
    return c->iter;
}

int rp_p_at_for(Parser *p)
{
    int ty = TY(p);
    if (ty == RP_KW_FOR)
        return 1;
    return ty == RP_KW_ASYNC && rp_p_peek_at(p, p->pos + 1)->t.type == RP_KW_FOR;
}

/* for_if_clauses */
RpAstSeq *rp_p_for_if_clauses(Parser *p)
{
    long smark = rp_p_stack_mark(p);
    while (rp_p_at_for(p)) {
        int is_async = 0;
        if (rp_p_check(p, RP_KW_ASYNC)) {
            rp_p_next(p);
            is_async = 1;
        }
        rp_p_next(p);   /* for */
        long after_for = p->pos;
        RpExpr *target = rp_p_star_targets(p);
        if (!target || !rp_p_check(p, RP_KW_IN)) {
            if (p->invalid_rules && !P_ERR(p)) {
                /* invalid_for_target */
                p->pos = after_for;
                int save = p->invalid_rules;
                RpExpr *a = rp_p_star_expressions(p);
                p->invalid_rules = save;
                if (a)
                    rp_p_raise_invalid_target(p, 2, a);
            }
            p->stack_len = smark;
            return NULL;
        }
        rp_p_next(p);
        RpExpr *iter = rp_p_disjunction(p);
        if (!iter) {
            p->stack_len = smark;
            return NULL;
        }
        long imark = rp_p_stack_mark(p);
        while (rp_p_check(p, RP_KW_IF)) {
            rp_p_next(p);
            RpExpr *c = rp_p_disjunction(p);
            if (!c) {
                p->stack_len = smark;
                return NULL;
            }
            rp_p_push(p, c);
        }
        RpComprehension *comp = rp_p_alloc(p, sizeof(RpComprehension));
        comp->target = target;
        comp->iter = iter;
        comp->ifs = rp_p_seq_from(p, imark);
        comp->is_async = is_async;
        rp_p_push(p, comp);
    }
    return rp_p_seq_from(p, smark);
}

/* ---- atoms ------------------------------------------------------------- */

static RpExpr *constant(Parser *p, PToken *t, RpAstConstKind kind)
{
    RpExpr *e = rp_p_expr(p, RP_Constant_kind, t->t.lineno, t->t.col_offset, t->t.end_lineno,
                          t->t.end_col_offset);
    e->v.Constant.kind = kind;
    return e;
}

/* the element of a genexp / listcomp / setcomp: named_expression, but a
 * starred one is an error in pass 2 (invalid_comprehension) */
static RpExpr *comprehension_of(Parser *p, RpExprKind kind, Start st, RpExpr *elt)
{
    if (elt->kind == RP_Starred_kind) {
        if (p->invalid_rules)
            return rp_p_raise_expr(p, elt, "iterable unpacking cannot be used in comprehension");
        return NULL;
    }
    RpAstSeq *gens = rp_p_for_if_clauses(p);
    if (!gens)
        return NULL;
    int close = kind == RP_ListComp_kind ? RP_TOK_RSQB :
                kind == RP_GeneratorExp_kind ? RP_TOK_RPAR : RP_TOK_RBRACE;
    if (!rp_p_expect(p, close))
        return NULL;
    RpExpr *e = node_at(p, kind, st);
    e->v.ListComp.elt = elt;
    e->v.ListComp.generators = gens;
    return e;
}

/* pass 2, after the first element of a [ or { display failed to continue:
 * invalid_comprehension alternatives 2 and 3 */
static void *invalid_comprehension_tail(Parser *p, RpExpr *first, long after_first)
{
    /* ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
       ('[' | '{') a=star_named_expression b=',' for_if_clauses */
    long save = p->pos;
    p->pos = after_first;
    if (!rp_p_expect(p, RP_TOK_COMMA)) {
        p->pos = save;
        return NULL;
    }
    PToken *comma = rp_p_peek_at(p, p->pos - 1);
    if (rp_p_at_for(p)) {
        if (rp_p_for_if_clauses(p))
            return rp_p_raise_range(p, first->lineno, first->col_offset, comma->t.end_lineno,
                                    comma->t.end_col_offset,
                                    "did you forget parentheses around the comprehension target?");
        p->pos = save;
        return NULL;
    }
    RpExpr *last = NULL;
    int ok = 0;
    int saved_rules = p->invalid_rules;
    p->invalid_rules = 0;
    for (;;) {
        RpExpr *e = star_named_expression_inner(p, 0);
        if (!e)
            break;
        last = e;
        ok = 1;
        if (!rp_p_check(p, RP_TOK_COMMA))
            break;
        long m = p->pos;
        rp_p_next(p);
        if (!rp_p_starts_expression(TY(p)) && TY(p) != RP_TOK_STAR) {
            (void)m;
            break;
        }
    }
    p->invalid_rules = saved_rules;
    if (P_ERR(p))
        return NULL;
    if (ok && rp_p_at_for(p)) {
        int sr = p->invalid_rules;
        p->invalid_rules = 0;
        RpAstSeq *g = rp_p_for_if_clauses(p);
        p->invalid_rules = sr;
        if (g)
            return rp_p_raise_range(p, first->lineno, first->col_offset, last->end_lineno,
                                    last->end_col_offset,
                                    "did you forget parentheses around the comprehension target?");
    }
    if (!P_ERR(p))
        p->pos = save;
    return NULL;
}

static RpExpr *paren_atom(Parser *p)
{
    PToken *lp = rp_p_next(p);
    Start st = start_of(lp);
    if (!rp_p_enter(p, 18))
        return NULL;
    RpExpr *res = NULL;
    int ty = TY(p);
    if (ty == RP_TOK_RPAR) {
        rp_p_next(p);
        res = node_at(p, RP_Tuple_kind, st);
        res->v.Tuple.ctx = RP_LOAD;
        rp_p_note_paren_tuple(p, res);
        goto out;
    }
    if (ty == RP_KW_YIELD) {
        RpExpr *y = rp_p_yield_expr(p);
        if (!y)
            goto out;
        if (!rp_p_expect(p, RP_TOK_RPAR))
            goto out;
        res = y;
        goto out;
    }
    if (ty == RP_TOK_DOUBLESTAR) {
        if (p->invalid_rules) {
            /* invalid_group: '(' a='**' expression ')' */
            PToken *ds = rp_p_next(p);
            RpExpr *e = rp_p_expression(p);
            if (e && rp_p_check(p, RP_TOK_RPAR))
                rp_p_raise_tok(p, ds, "cannot use double starred expression here");
        }
        goto out;
    }
    {
        long first_pos = p->pos;
        RpExpr *first = rp_p_star_named_expression(p);
        if (!first)
            goto out;
        ty = TY(p);
        if (ty == RP_TOK_RPAR) {
            if (first->kind == RP_Starred_kind) {
                if (p->invalid_rules)
                    rp_p_raise_expr(p, first, "cannot use starred expression here");
                goto out;
            }
            rp_p_next(p);
            res = first;
            goto out;
        }
        if (rp_p_at_for(p)) {
            /* genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')' */
            res = comprehension_of(p, RP_GeneratorExp_kind, st, first);
            goto out;
        }
        if (ty == RP_TOK_COMMA) {
            long smark = rp_p_stack_mark(p);
            rp_p_push(p, first);
            while (rp_p_check(p, RP_TOK_COMMA)) {
                rp_p_next(p);
                if (rp_p_check(p, RP_TOK_RPAR))
                    break;
                RpExpr *e = rp_p_star_named_expression(p);
                if (!e) {
                    p->stack_len = smark;
                    goto out;
                }
                rp_p_push(p, e);
            }
            if (!rp_p_expect(p, RP_TOK_RPAR)) {
                p->stack_len = smark;
                goto out;
            }
            res = node_at(p, RP_Tuple_kind, st);
            res->v.Tuple.elts = rp_p_seq_from(p, smark);
            res->v.Tuple.ctx = RP_LOAD;
            rp_p_note_paren_tuple(p, res);
            goto out;
        }
        (void)first_pos;
    }
out:
    rp_p_leave(p, 18);
    return res;
}

static RpExpr *list_atom(Parser *p)
{
    PToken *lb = rp_p_next(p);
    Start st = start_of(lb);
    if (!rp_p_enter(p, 18))
        return NULL;
    RpExpr *res = NULL;
    if (rp_p_check(p, RP_TOK_RSQB)) {
        rp_p_next(p);
        res = node_at(p, RP_List_kind, st);
        res->v.List.ctx = RP_LOAD;
        goto out;
    }
    {
        RpExpr *first = rp_p_star_named_expression(p);
        if (!first)
            goto out;
        long after_first = p->pos;
        if (rp_p_at_for(p)) {
            res = comprehension_of(p, RP_ListComp_kind, st, first);
            goto out;
        }
        long smark = rp_p_stack_mark(p);
        rp_p_push(p, first);
        while (rp_p_check(p, RP_TOK_COMMA)) {
            rp_p_next(p);
            if (rp_p_check(p, RP_TOK_RSQB))
                break;
            RpExpr *e = rp_p_star_named_expression(p);
            if (!e) {
                p->stack_len = smark;
                goto fail;
            }
            rp_p_push(p, e);
        }
        if (!rp_p_expect(p, RP_TOK_RSQB)) {
            p->stack_len = smark;
            goto fail;
        }
        res = node_at(p, RP_List_kind, st);
        res->v.List.elts = rp_p_seq_from(p, smark);
        res->v.List.ctx = RP_LOAD;
        goto out;
    fail:
        if (p->invalid_rules && !P_ERR(p))
            invalid_comprehension_tail(p, first, after_first);
    }
out:
    rp_p_leave(p, 18);
    return res;
}

/* a dict value after ':' (pass 2: invalid_kvpair messages) */
static RpExpr *dict_value(Parser *p, RpExpr *key, PToken *colon)
{
    if (p->invalid_rules) {
        if (rp_p_check(p, RP_TOK_STAR)) {
            PToken *star = rp_p_next(p);
            RpExpr *b = rp_p_bitwise_or(p);
            if (b)  /* RAISE_SYNTAX_ERROR_STARTING_FROM(a) */
                return rp_p_raise_at(p, "SyntaxError", star->t.lineno, star->t.col_offset,
                                     RP_CURRENT_POS, RP_CURRENT_POS,
                                     "cannot use a starred expression in a dictionary value");
            return NULL;
        }
        int ty = TY(p);
        if (ty == RP_TOK_RBRACE || ty == RP_TOK_COMMA) {
            /* expression ':' &('}'|',') */
            return rp_p_raise_tok(p, colon, "expression expected after dictionary key and ':'");
        }
    }
    (void)key;
    return rp_p_expression(p);
}

static RpExpr *brace_atom(Parser *p)
{
    PToken *lb = rp_p_next(p);
    Start st = start_of(lb);
    if (!rp_p_enter(p, 18))
        return NULL;
    RpExpr *res = NULL;
    long smark = rp_p_stack_mark(p);
    if (rp_p_check(p, RP_TOK_RBRACE)) {
        rp_p_next(p);
        res = node_at(p, RP_Dict_kind, st);
        goto out;
    }
    if (rp_p_check(p, RP_TOK_DOUBLESTAR) ||
        0) {
        goto dict;
    }
    {
        PToken *ft = rp_p_peek(p);
        RpExpr *first = rp_p_star_named_expression(p);
        if (!first)
            goto out;
        long after_first = p->pos;
        int ty = TY(p);
        int bare_walrus = first->kind == RP_NamedExpr_kind && ft->t.type == RP_TOK_NAME;
        if (ty == RP_TOK_COLON && first->kind != RP_Starred_kind && !bare_walrus) {
            /* a dict (or dict comprehension) */
            PToken *colon = rp_p_next(p);
            RpExpr *v = dict_value(p, first, colon);
            if (!v)
                goto out;
            if (rp_p_at_for(p)) {
                RpAstSeq *gens = rp_p_for_if_clauses(p);
                if (!gens || !rp_p_expect(p, RP_TOK_RBRACE))
                    goto out;
                res = node_at(p, RP_DictComp_kind, st);
                res->v.DictComp.key = first;
                res->v.DictComp.value = v;
                res->v.DictComp.generators = gens;
                goto out;
            }
            rp_p_push(p, first);
            rp_p_push(p, v);
            if (rp_p_expect(p, RP_TOK_COMMA))
                goto dict;
            goto dict_end;
        }
        if (rp_p_at_for(p)) {
            res = comprehension_of(p, RP_SetComp_kind, st, first);
            goto out;
        }
        /* a set */
        rp_p_push(p, first);
        while (rp_p_check(p, RP_TOK_COMMA)) {
            rp_p_next(p);
            if (rp_p_check(p, RP_TOK_RBRACE))
                break;
            RpExpr *e = rp_p_star_named_expression(p);
            if (!e) {
                p->stack_len = smark;
                goto out;
            }
            rp_p_push(p, e);
        }
        if (!rp_p_expect(p, RP_TOK_RBRACE)) {
            p->stack_len = smark;
            if (p->invalid_rules && !P_ERR(p))
                invalid_comprehension_tail(p, first, after_first);
            goto out;
        }
        res = node_at(p, RP_Set_kind, st);
        res->v.Set.elts = rp_p_seq_from(p, smark);
        goto out;
    }

dict:
    /* double_starred_kvpair (',' double_starred_kvpair)* [','] '}' */
    while (!rp_p_check(p, RP_TOK_RBRACE)) {
        if (rp_p_check(p, RP_TOK_DOUBLESTAR)) {
            PToken *ds = rp_p_next(p);
            RpExpr *v = rp_p_bitwise_or(p);
            if (!v)
                goto dict_fail;
            if (p->stack_len == smark && rp_p_at_for(p)) {
                /* invalid_dict_comprehension */
                if (p->invalid_rules) {
                    int sr = p->invalid_rules;
                    p->invalid_rules = 0;
                    RpAstSeq *g = rp_p_for_if_clauses(p);
                    p->invalid_rules = sr;
                    if (g && rp_p_check(p, RP_TOK_RBRACE))
                        rp_p_raise_tok(p, ds, "dict unpacking cannot be used in dict comprehension");
                }
                goto dict_fail;
            }
            rp_p_push(p, NULL);
            rp_p_push(p, v);
        } else {
            /* CPython 3.11 (observed): a key after a complete pair does not
               get the invalid_expression messages ("{1: 2, a b}" is "':'
               expected after dictionary key", not "forgot a comma") */
            int save_rules = p->invalid_rules;
            if (p->stack_len > smark)
                p->invalid_rules = 0;
            RpExpr *k = rp_p_expression(p);
            p->invalid_rules = save_rules;
            if (!k)
                goto dict_fail;
            if (!rp_p_check(p, RP_TOK_COLON)) {
                if (p->invalid_rules && !P_ERR(p) && p->stack_len > smark) {
                    /* ','.double_starred_kvpair+ ',' invalid_kvpair, with
                       invalid_kvpair: a=expression !(':') */
                    rp_p_raise_at(p, "SyntaxError", k->lineno, k->end_col_offset - 1,
                                  k->end_lineno, -1, "':' expected after dictionary key");
                }
                goto dict_fail;
            }
            PToken *colon = rp_p_next(p);
            RpExpr *v = dict_value(p, k, colon);
            if (!v)
                goto dict_fail;
            rp_p_push(p, k);
            rp_p_push(p, v);
        }
        if (!rp_p_expect(p, RP_TOK_COMMA))
            break;
    }
dict_end:
    if (!rp_p_expect(p, RP_TOK_RBRACE))
        goto dict_fail;
    {
        long n = (p->stack_len - smark) / 2;
        RpAstSeq *keys = rp_p_seq_new(p, (int)n);
        RpAstSeq *values = rp_p_seq_new(p, (int)n);
        for (long i = 0; i < n; i++) {
            keys->items[i] = p->stack[smark + 2 * i];
            values->items[i] = p->stack[smark + 2 * i + 1];
        }
        p->stack_len = smark;
        res = node_at(p, RP_Dict_kind, st);
        res->v.Dict.keys = n ? keys : NULL;
        res->v.Dict.values = n ? values : NULL;
        goto out;
    }
dict_fail:
    p->stack_len = smark;
out:
    rp_p_leave(p, 18);
    return res;
}

RpExpr *rp_p_atom(Parser *p)
{
    PToken *t = rp_p_peek(p);
    switch (t->t.type) {
    case RP_TOK_NAME:
        rp_p_next(p);
        return rp_p_name(p, t, RP_LOAD);
    case RP_KW_TRUE:
        rp_p_next(p);
        return constant(p, t, RP_CONST_TRUE);
    case RP_KW_FALSE:
        rp_p_next(p);
        return constant(p, t, RP_CONST_FALSE);
    case RP_KW_NONE:
        rp_p_next(p);
        return constant(p, t, RP_CONST_NONE);
    case RP_TOK_ELLIPSIS:
        rp_p_next(p);
        return constant(p, t, RP_CONST_ELLIPSIS);
    case RP_TOK_NUMBER:
        rp_p_next(p);
        return rp_p_number(p, t);
    case RP_TOK_STRING:
        return rp_p_strings(p);
    case RP_TOK_LPAR:
        return paren_atom(p);
    case RP_TOK_LSQB:
        return list_atom(p);
    case RP_TOK_LBRACE:
        return brace_atom(p);
    }
    return NULL;
}

/* ---- slices ------------------------------------------------------------- */

static RpExpr *slice(Parser *p)
{
    PToken *t = rp_p_peek(p);
    Start st = start_of(t);
    long mark = p->pos;
    RpExpr *lower = NULL;
    if (t->t.type != RP_TOK_COLON) {
        /* [expression] ':' ... | named_expression */
        lower = rp_p_expression(p);
        if (!lower) {
            if (P_ERR(p))
                return NULL;
            p->pos = mark;
            return rp_p_named_expression(p);
        }
        if (!rp_p_check(p, RP_TOK_COLON)) {
            p->pos = mark;
            return rp_p_named_expression(p);
        }
    }
    rp_p_next(p);   /* ':' */
    RpExpr *upper = NULL, *step = NULL;
    int ty = TY(p);
    if (ty != RP_TOK_COLON && ty != RP_TOK_COMMA && ty != RP_TOK_RSQB) {
        upper = rp_p_expression(p);
        if (!upper)
            return NULL;
    }
    if (rp_p_expect(p, RP_TOK_COLON)) {
        ty = TY(p);
        if (ty != RP_TOK_COMMA && ty != RP_TOK_RSQB) {
            step = rp_p_expression(p);
            if (!step)
                return NULL;
        }
    }
    RpExpr *e = node_at(p, RP_Slice_kind, st);
    e->v.Slice.lower = lower;
    e->v.Slice.upper = upper;
    e->v.Slice.step = step;
    return e;
}

RpExpr *rp_p_starred_expression(Parser *p)
{
    PToken *star = rp_p_next(p);
    Start st = start_of(star);
    RpExpr *v = rp_p_expression(p);
    if (!v)
        return NULL;
    RpExpr *e = node_at(p, RP_Starred_kind, st);
    e->v.Starred.value = v;
    e->v.Starred.ctx = RP_LOAD;
    return e;
}

/* slices: slice !',' | ','.(slice | starred_expression)+ [','] */
RpExpr *rp_p_slices(Parser *p)
{
    PToken *t = rp_p_peek(p);
    Start st = start_of(t);
    RpExpr *first = t->t.type == RP_TOK_STAR ? rp_p_starred_expression(p) : slice(p);
    if (!first)
        return NULL;
    if (!rp_p_check(p, RP_TOK_COMMA) && first->kind != RP_Starred_kind)
        return first;
    long smark = rp_p_stack_mark(p);
    rp_p_push(p, first);
    while (rp_p_check(p, RP_TOK_COMMA)) {
        rp_p_next(p);
        if (rp_p_check(p, RP_TOK_RSQB))
            break;
        RpExpr *e = rp_p_check(p, RP_TOK_STAR) ? rp_p_starred_expression(p) : slice(p);
        if (!e) {
            p->stack_len = smark;
            return NULL;
        }
        rp_p_push(p, e);
    }
    RpExpr *tup = node_at(p, RP_Tuple_kind, st);
    tup->v.Tuple.elts = rp_p_seq_from(p, smark);
    tup->v.Tuple.ctx = RP_LOAD;
    return tup;
}

/* ---- primary ---------------------------------------------------------- */

RpExpr *rp_p_primary(Parser *p)
{
    PToken *t = rp_p_peek(p);
    Start st = start_of(t);
    RpExpr *e = rp_p_atom(p);
    if (!e)
        return NULL;
    for (;;) {
        int ty = TY(p);
        long tmark = p->pos;
        if (ty == RP_TOK_DOT) {
            rp_p_next(p);
            PToken *n = rp_p_expect(p, RP_TOK_NAME);
            if (!n) {
                p->pos = tmark;
                break;
            }
            RpExpr *a = node_at(p, RP_Attribute_kind, st);
            a->v.Attribute.value = e;
            a->v.Attribute.attr = rp_p_name_id(p, n);
            a->v.Attribute.ctx = RP_LOAD;
            e = a;
        } else if (ty == RP_TOK_LPAR) {
            PToken *lp = rp_p_next(p);
            if (!rp_p_enter(p, 18))
                return NULL;
            RpAstSeq *args = NULL, *keywords = NULL;
            if (!rp_p_check(p, RP_TOK_RPAR)) {
                if (!rp_p_call_args(p, lp, &args, &keywords)) {
                    rp_p_leave(p, 18);
                    if (P_ERR(p))
                        return NULL;
                    p->pos = tmark;
                    break;
                }
            }
            rp_p_leave(p, 18);
            if (!rp_p_expect(p, RP_TOK_RPAR)) {
                p->pos = tmark;
                break;
            }
            RpExpr *c = node_at(p, RP_Call_kind, st);
            c->v.Call.func = e;
            c->v.Call.args = args;
            c->v.Call.keywords = keywords;
            e = c;
        } else if (ty == RP_TOK_LSQB) {
            rp_p_next(p);
            if (!rp_p_enter(p, 18))
                return NULL;
            RpExpr *s = rp_p_slices(p);
            rp_p_leave(p, 18);
            if (!s || !rp_p_expect(p, RP_TOK_RSQB)) {
                if (P_ERR(p))
                    return NULL;
                p->pos = tmark;
                break;
            }
            RpExpr *sub = node_at(p, RP_Subscript_kind, st);
            sub->v.Subscript.value = e;
            sub->v.Subscript.slice = s;
            sub->v.Subscript.ctx = RP_LOAD;
            e = sub;
        } else {
            break;
        }
    }
    return e;
}

/* ---- operators ------------------------------------------------------------ */

static RpExpr *await_primary(Parser *p)
{
    PToken *t = rp_p_peek(p);
    if (t->t.type == RP_KW_AWAIT) {
        Start st = start_of(t);
        rp_p_next(p);
        RpExpr *v = rp_p_primary(p);
        if (!v)
            return NULL;
        RpExpr *e = node_at(p, RP_Await_kind, st);
        e->v.Await.value = v;
        return e;
    }
    return rp_p_primary(p);
}

/* power: await_primary '**' factor | await_primary */
static RpExpr *power(Parser *p)
{
    Start st = start_of(rp_p_peek(p));
    RpExpr *left = await_primary(p);
    if (!left)
        return NULL;
    if (!rp_p_check(p, RP_TOK_DOUBLESTAR))
        return left;
    long mark = p->pos;
    rp_p_next(p);
    if (!rp_p_enter(p, 2))
        return NULL;
    RpExpr *right = factor(p);
    rp_p_leave(p, 2);
    if (!right) {
        if (P_ERR(p))
            return NULL;
        p->pos = mark;      /* PEG: the shorter alternative */
        return left;
    }
    RpExpr *e = node_at(p, RP_BinOp_kind, st);
    e->v.BinOp.left = left;
    e->v.BinOp.op = RP_POW;
    e->v.BinOp.right = right;
    return e;
}

/* factor: ('+' | '-' | '~') factor | power */
static RpExpr *factor(Parser *p)
{
    PToken *t = rp_p_peek(p);
    RpUnaryOp op;
    switch (t->t.type) {
    case RP_TOK_PLUS: op = RP_UADD; break;
    case RP_TOK_MINUS: op = RP_USUB; break;
    case RP_TOK_TILDE: op = RP_INVERT; break;
    default:
        return power(p);
    }
    Start st = start_of(t);
    rp_p_next(p);
    if (!rp_p_enter(p, 1))
        return NULL;
    RpExpr *v = factor(p);
    rp_p_leave(p, 1);
    if (!v)
        return NULL;
    RpExpr *e = node_at(p, RP_UnaryOp_kind, st);
    e->v.UnaryOp.op = op;
    e->v.UnaryOp.operand = v;
    return e;
}

static RpOperator binop_of(int ty, int *level)
{
    switch (ty) {
    case RP_TOK_VBAR: *level = 1; return RP_BITOR;
    case RP_TOK_CIRCUMFLEX: *level = 2; return RP_BITXOR;
    case RP_TOK_AMPER: *level = 3; return RP_BITAND;
    case RP_TOK_LEFTSHIFT: *level = 4; return RP_LSHIFT;
    case RP_TOK_RIGHTSHIFT: *level = 4; return RP_RSHIFT;
    case RP_TOK_PLUS: *level = 5; return RP_ADD;
    case RP_TOK_MINUS: *level = 5; return RP_SUB;
    case RP_TOK_STAR: *level = 6; return RP_MULT;
    case RP_TOK_SLASH: *level = 6; return RP_DIV;
    case RP_TOK_DOUBLESLASH: *level = 6; return RP_FLOORDIV;
    case RP_TOK_PERCENT: *level = 6; return RP_MOD;
    case RP_TOK_AT: *level = 6; return RP_MATMULT;
    }
    return 0;
}

static RpExpr *binary(Parser *p, int min_level)
{
    Start st = start_of(rp_p_peek(p));
    RpExpr *left = factor(p);
    if (!left)
        return NULL;
    for (;;) {
        int level;
        RpOperator op = binop_of(TY(p), &level);
        if (!op || level < min_level)
            break;
        long mark = p->pos;
        rp_p_next(p);
        RpExpr *right = binary(p, level + 1);
        if (!right) {
            if (P_ERR(p))
                return NULL;
            p->pos = mark;
            break;
        }
        RpExpr *e = node_at(p, RP_BinOp_kind, st);
        e->v.BinOp.left = left;
        e->v.BinOp.op = op;
        e->v.BinOp.right = right;
        left = e;
    }
    return left;
}

RpExpr *rp_p_bitwise_or(Parser *p) { return binary(p, 1); }

static int cmp_op(Parser *p, RpCmpOp *op)
{
    PToken *t = rp_p_peek(p);
    switch (t->t.type) {
    case RP_TOK_EQEQUAL: *op = RP_EQ; rp_p_next(p); return 1;
    case RP_TOK_NOTEQUAL:
        /* '<>' is only '!=' with barry_as_FLUFL, and then '!=' is not */
        if ((t->t.end - t->t.start == 2 && t->t.start[0] == '<') != (p->barry != 0))
            return 0;
        *op = RP_NOTEQ;
        rp_p_next(p);
        return 1;
    case RP_TOK_LESSEQUAL: *op = RP_LTE; rp_p_next(p); return 1;
    case RP_TOK_LESS: *op = RP_LT; rp_p_next(p); return 1;
    case RP_TOK_GREATEREQUAL: *op = RP_GTE; rp_p_next(p); return 1;
    case RP_TOK_GREATER: *op = RP_GT; rp_p_next(p); return 1;
    case RP_KW_IN: *op = RP_IN; rp_p_next(p); return 1;
    case RP_KW_NOT:
        if (rp_p_peek_at(p, p->pos + 1)->t.type == RP_KW_IN) {
            p->pos += 2;
            *op = RP_NOTIN;
            return 1;
        }
        return 0;
    case RP_KW_IS:
        rp_p_next(p);
        if (rp_p_check(p, RP_KW_NOT)) {
            rp_p_next(p);
            *op = RP_ISNOT;
        } else {
            *op = RP_IS;
        }
        return 1;
    }
    return 0;
}

static RpExpr *comparison(Parser *p)
{
    Start st = start_of(rp_p_peek(p));
    RpExpr *left = rp_p_bitwise_or(p);
    if (!left)
        return NULL;
    long omark = rp_p_stack_mark(p);
    RpCmpOp op;
    long before = p->pos;
    if (!cmp_op(p, &op))
        return left;
    long smark = rp_p_stack_mark(p);
    (void)omark;
    for (;;) {
        RpExpr *right = rp_p_bitwise_or(p);
        if (!right) {
            if (P_ERR(p)) {
                p->stack_len = smark;
                return NULL;
            }
            p->pos = before;    /* PEG: stop before this operator */
            if (p->stack_len == smark)
                return left;
            break;
        }
        rp_p_push(p, (void *)(intptr_t)op);
        rp_p_push(p, right);
        before = p->pos;
        if (!cmp_op(p, &op))
            break;
    }
    long n = (p->stack_len - smark) / 2;
    RpAstSeq *ops = rp_p_seq_new(p, (int)n);
    RpAstSeq *comps = rp_p_seq_new(p, (int)n);
    for (long i = 0; i < n; i++) {
        ops->items[i] = p->stack[smark + 2 * i];
        comps->items[i] = p->stack[smark + 2 * i + 1];
    }
    p->stack_len = smark;
    RpExpr *e = node_at(p, RP_Compare_kind, st);
    e->v.Compare.left = left;
    e->v.Compare.ops = ops;
    e->v.Compare.comparators = comps;
    return e;
}

/* inversion: 'not' inversion | comparison */
static RpExpr *inversion(Parser *p)
{
    PToken *t = rp_p_peek(p);
    if (t->t.type != RP_KW_NOT)
        return comparison(p);
    Start st = start_of(t);
    rp_p_next(p);
    if (!rp_p_enter(p, 1))
        return NULL;
    RpExpr *v = inversion(p);
    rp_p_leave(p, 1);
    if (!v)
        return NULL;
    RpExpr *e = node_at(p, RP_UnaryOp_kind, st);
    e->v.UnaryOp.op = RP_NOT;
    e->v.UnaryOp.operand = v;
    return e;
}

static RpExpr *boolop(Parser *p, int is_or)
{
    Start st = start_of(rp_p_peek(p));
    RpExpr *first = is_or ? boolop(p, 0) : inversion(p);
    if (!first)
        return NULL;
    int kw = is_or ? RP_KW_OR : RP_KW_AND;
    if (!rp_p_check(p, kw))
        return first;
    long smark = rp_p_stack_mark(p);
    rp_p_push(p, first);
    while (rp_p_check(p, kw)) {
        long mark = p->pos;
        rp_p_next(p);
        RpExpr *e = is_or ? boolop(p, 0) : inversion(p);
        if (!e) {
            if (P_ERR(p)) {
                p->stack_len = smark;
                return NULL;
            }
            p->pos = mark;
            break;
        }
        rp_p_push(p, e);
    }
    if (p->stack_len - smark == 1) {
        p->stack_len = smark;
        return first;
    }
    RpExpr *e = node_at(p, RP_BoolOp_kind, st);
    e->v.BoolOp.op = is_or ? RP_OR : RP_AND;
    e->v.BoolOp.values = rp_p_seq_from(p, smark);
    return e;
}

/* pass 2 memo (CPython memoizes `expression` and `disjunction`): without
   it the invalid_* alternatives would re-parse nested expressions an
   exponential number of times */
enum { MEMO_EXPRESSION = 1, MEMO_DISJUNCTION = 2 };

static size_t memo_hash(long key)
{
    uint64_t x = (uint64_t)key;
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return (size_t)x;
}

static int memo_get(Parser *p, int kind, RpExpr **out)
{
    if (!p->memo_cap)
        return 0;
    long key = p->pos * 8 + kind * 2 + (p->invalid_rules ? 1 : 0);
    size_t j = memo_hash(key) & (p->memo_cap - 1);
    while (p->memo[j].key) {
        if (p->memo[j].key == key) {
            *out = p->memo[j].node;
            p->pos = p->memo[j].end;
            return 1;
        }
        j = (j + 1) & (p->memo_cap - 1);
    }
    return 0;
}

static void memo_put(Parser *p, int kind, long start, RpExpr *node)
{
    if ((p->memo_len + 1) * 2 > p->memo_cap) {
        size_t ncap = p->memo_cap ? p->memo_cap * 2 : 256;
        PMemo *n = calloc(ncap, sizeof(PMemo));
        if (!n)
            rp_p_nomem(p);
        for (size_t i = 0; i < p->memo_cap; i++) {
            if (!p->memo[i].key)
                continue;
            size_t j = memo_hash(p->memo[i].key) & (ncap - 1);
            while (n[j].key)
                j = (j + 1) & (ncap - 1);
            n[j] = p->memo[i];
        }
        free(p->memo);
        p->memo = n;
        p->memo_cap = ncap;
    }
    long key = start * 8 + kind * 2 + (p->invalid_rules ? 1 : 0);
    size_t j = memo_hash(key) & (p->memo_cap - 1);
    while (p->memo[j].key && p->memo[j].key != key)
        j = (j + 1) & (p->memo_cap - 1);
    if (!p->memo[j].key)
        p->memo_len++;
    p->memo[j].key = key;
    p->memo[j].node = node;
    p->memo[j].end = node ? p->pos : start;
}

RpExpr *rp_p_disjunction(Parser *p)
{
    if (!p->pass2)
        return boolop(p, 1);
    RpExpr *r;
    if (memo_get(p, MEMO_DISJUNCTION, &r))
        return r;
    long start = p->pos;
    r = boolop(p, 1);
    if (P_ERR(p))
        return NULL;
    memo_put(p, MEMO_DISJUNCTION, start, r);
    if (!r)
        p->pos = start;
    return r;
}

/* ---- expression ------------------------------------------------------------ */

static int is_legacy(const RpExpr *e)
{
    return e->kind == RP_Name_kind &&
           (strcmp(e->v.Name.id, "print") == 0 || strcmp(e->v.Name.id, "exec") == 0);
}

/* pass 2: the invalid_expression / invalid_legacy_expression alternatives
 * of `expression`, tried at position `start`.  Raises or leaves p->pos at
 * start. */
static void invalid_expression(Parser *p, long start)
{
    /* CPython runs these alternatives with the invalid rules on, except
       inside expression_without_invalid (b of the first one).  Repeated
       parses at one position are memoized (rp_p_disjunction and
       rp_p_expression keep a memo in pass 2), as CPython's are. */
    PToken *t0 = rp_p_peek_at(p, start);
    PToken *t1 = t0->t.type == RP_TOK_NAME ? rp_p_peek_at(p, start + 1) : t0;
    if (P_ERR(p))
        return;
    /* !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid */
    if (!((t0->t.type == RP_TOK_NAME && t1->t.type == RP_TOK_STRING) || rp_p_is_soft_kw(t0))) {
        p->pos = start;
        RpExpr *a = rp_p_disjunction(p);
        if (P_ERR(p))
            return;
        if (a && rp_p_starts_expression(TY(p))) {
            p->invalid_rules = 0;
            RpExpr *b = expression_inner(p);
            p->invalid_rules = 1;
            if (P_ERR(p))
                return;
            if (b && !is_legacy(a)) {
                PToken *lastb = rp_p_peek_at(p, p->pos - 1);
                if (lastb->level != 0) {
                    rp_p_raise_range(p, a->lineno, a->col_offset, b->end_lineno, b->end_col_offset,
                                     "invalid syntax. Perhaps you forgot a comma?");
                    return;
                }
            }
        }
    }
    /* a=disjunction 'if' b=disjunction !('else'|':') */
    p->pos = start;
    {
        RpExpr *a = rp_p_disjunction(p);
        if (P_ERR(p))
            return;
        if (a && rp_p_check(p, RP_KW_IF)) {
            rp_p_next(p);
            RpExpr *b = rp_p_disjunction(p);
            if (P_ERR(p))
                return;
            if (b && !rp_p_check(p, RP_KW_ELSE) && !rp_p_check(p, RP_TOK_COLON)) {
                rp_p_raise_range(p, a->lineno, a->col_offset, b->end_lineno, b->end_col_offset,
                                 "expected 'else' after 'if' expression");
                return;
            }
        }
    }
    /* invalid_legacy_expression: a=NAME !'(' b=star_expressions */
    p->pos = start;
    if (t0->t.type == RP_TOK_NAME && t1->t.type != RP_TOK_LPAR &&
        (t1->t.type == RP_TOK_STAR || rp_p_starts_expression(t1->t.type))) {
        /* the star_expressions are parsed (with the invalid rules) whatever
           the name, and may raise; the message is only for print and exec */
        p->pos = start + 1;
        if (!rp_p_enter(p, 1))
            return;
        RpExpr *b = rp_p_star_expressions(p);
        rp_p_leave(p, 1);
        if (P_ERR(p))
            return;
        if (b && (rp_p_is_name(t0, "print") || rp_p_is_name(t0, "exec"))) {
            int n = (int)(t0->t.end - t0->t.start);
            rp_p_raise_range(p, t0->t.lineno, t0->t.col_offset, b->end_lineno, b->end_col_offset,
                             "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                             n, t0->t.start, n, t0->t.start);
            return;
        }
    }
    p->pos = start;
}

/* expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
static RpExpr *expression_inner(Parser *p)
{
    PToken *t = rp_p_peek(p);
    if (t->t.type == RP_KW_LAMBDA)
        return rp_p_lambdef(p);
    Start st = start_of(t);
    RpExpr *body = rp_p_disjunction(p);
    if (!body)
        return NULL;
    if (!rp_p_check(p, RP_KW_IF))
        return body;
    long mark = p->pos;
    rp_p_next(p);
    RpExpr *test = rp_p_disjunction(p);
    if (!test || !rp_p_check(p, RP_KW_ELSE)) {
        if (P_ERR(p))
            return NULL;
        p->pos = mark;
        return body;
    }
    rp_p_next(p);
    if (!rp_p_enter(p, 1))
        return NULL;
    RpExpr *orelse = rp_p_expression(p);
    rp_p_leave(p, 1);
    if (!orelse) {
        if (P_ERR(p))
            return NULL;
        p->pos = mark;
        return body;
    }
    RpExpr *e = node_at(p, RP_IfExp_kind, st);
    e->v.IfExp.test = test;
    e->v.IfExp.body = body;
    e->v.IfExp.orelse = orelse;
    return e;
}

RpExpr *rp_p_expression(Parser *p)
{
    if (!p->pass2)
        return expression_inner(p);
    RpExpr *r;
    if (memo_get(p, MEMO_EXPRESSION, &r))
        return r;
    long start = p->pos;
    if (p->invalid_rules) {
        invalid_expression(p, start);
        if (P_ERR(p))
            return NULL;
        p->pos = start;
    }
    r = expression_inner(p);
    if (P_ERR(p))
        return NULL;
    memo_put(p, MEMO_EXPRESSION, start, r);
    if (!r)
        p->pos = start;
    return r;
}

/* ---- named expressions, star expressions ----------------------------------- */

/* pass 2: invalid_named_expression at the current position (which is
 * restored when nothing is raised) */
static void invalid_named_expression(Parser *p)
{
    long start = p->pos;
    PToken *t0 = rp_p_peek(p);
    p->invalid_rules = 0;
    /* a=expression ':=' expression */
    RpExpr *a = expression_inner(p);
    if (a && rp_p_check(p, RP_TOK_COLONEQUAL)) {
        rp_p_next(p);
        if (expression_inner(p)) {
            p->invalid_rules = 1;
            rp_p_raise_expr(p, a, "cannot use assignment expressions with %s", rp_p_expr_name(a));
            return;
        }
    }
    if (P_ERR(p))
        goto done;
    /* a=NAME '=' b=bitwise_or !('='|':=') */
    p->pos = start;
    if (t0->t.type == RP_TOK_NAME && rp_p_peek_at(p, start + 1)->t.type == RP_TOK_EQUAL) {
        p->pos = start + 2;
        RpExpr *b = rp_p_bitwise_or(p);
        if (b && !rp_p_check(p, RP_TOK_EQUAL) && !rp_p_check(p, RP_TOK_COLONEQUAL)) {
            p->invalid_rules = 1;
            rp_p_raise_range(p, t0->t.lineno, t0->t.col_offset, b->end_lineno, b->end_col_offset,
                             "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            return;
        }
        if (P_ERR(p))
            goto done;
    }
    /* !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=') */
    p->pos = start;
    {
        int excluded = 0;
        int ty = t0->t.type;
        if (ty == RP_KW_TRUE || ty == RP_KW_NONE || ty == RP_KW_FALSE)
            excluded = 1;
        else if (ty == RP_TOK_LSQB || ty == RP_TOK_LPAR) {
            /* list / tuple / genexp atom at the start */
            RpExpr *at = rp_p_atom(p);
            if (at && (at->kind == RP_List_kind || at->kind == RP_ListComp_kind ||
                       rp_p_is_paren_tuple(p, at) ||
                       at->kind == RP_GeneratorExp_kind))
                excluded = at->kind != RP_ListComp_kind;
            if (P_ERR(p))
                goto done;
            p->pos = start;
        }
        if (!excluded) {
            RpExpr *a2 = rp_p_bitwise_or(p);
            if (a2 && rp_p_check(p, RP_TOK_EQUAL)) {
                rp_p_next(p);
                RpExpr *b = rp_p_bitwise_or(p);
                if (b && !rp_p_check(p, RP_TOK_EQUAL) && !rp_p_check(p, RP_TOK_COLONEQUAL)) {
                    p->invalid_rules = 1;
                    rp_p_raise_expr(p, a2, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                                    rp_p_expr_name(a2));
                    return;
                }
            }
        }
    }
done:
    p->invalid_rules = 1;
    if (!P_ERR(p))
        p->pos = start;
}

/* named_expression: assignment_expression | invalid_named_expression | expression !':=' */
RpExpr *rp_p_named_expression(Parser *p)
{
    PToken *t = rp_p_peek(p);
    if (t->t.type == RP_TOK_NAME && rp_p_peek_at(p, p->pos + 1)->t.type == RP_TOK_COLONEQUAL) {
        Start st = start_of(t);
        rp_p_next(p);
        rp_p_next(p);
        RpExpr *v = rp_p_expression(p);
        if (!v)
            return NULL;
        RpExpr *e = node_at(p, RP_NamedExpr_kind, st);
        e->v.NamedExpr.target = rp_p_name(p, t, RP_STORE);
        e->v.NamedExpr.value = v;
        return e;
    }
    if (p->invalid_rules) {
        invalid_named_expression(p);
        if (P_ERR(p))
            return NULL;
    }
    RpExpr *e = rp_p_expression(p);
    if (!e)
        return NULL;
    if (rp_p_check(p, RP_TOK_COLONEQUAL))
        return NULL;
    return e;
}

static RpExpr *star_named_expression_inner(Parser *p, int check_named)
{
    PToken *t = rp_p_peek(p);
    if (t->t.type == RP_TOK_STAR) {
        Start st = start_of(t);
        rp_p_next(p);
        RpExpr *v = rp_p_bitwise_or(p);
        if (!v)
            return NULL;
        RpExpr *e = node_at(p, RP_Starred_kind, st);
        e->v.Starred.value = v;
        e->v.Starred.ctx = RP_LOAD;
        return e;
    }
    (void)check_named;
    return rp_p_named_expression(p);
}

/* star_named_expression: '*' bitwise_or | named_expression */
RpExpr *rp_p_star_named_expression(Parser *p)
{
    return star_named_expression_inner(p, 1);
}

/* star_expression: '*' bitwise_or | expression */
RpExpr *rp_p_star_expression(Parser *p)
{
    PToken *t = rp_p_peek(p);
    if (t->t.type == RP_TOK_STAR) {
        Start st = start_of(t);
        rp_p_next(p);
        RpExpr *v = rp_p_bitwise_or(p);
        if (!v)
            return NULL;
        RpExpr *e = node_at(p, RP_Starred_kind, st);
        e->v.Starred.value = v;
        e->v.Starred.ctx = RP_LOAD;
        return e;
    }
    return rp_p_expression(p);
}

/* star_expressions: star_expression (',' star_expression)* [','] */
static RpExpr *star_expressions_gen(Parser *p, RpExpr *(*item)(Parser *))
{
    PToken *t = rp_p_peek(p);
    Start st = start_of(t);
    RpExpr *first = item(p);
    if (!first)
        return NULL;
    if (!rp_p_check(p, RP_TOK_COMMA))
        return first;
    long smark = rp_p_stack_mark(p);
    rp_p_push(p, first);
    while (rp_p_check(p, RP_TOK_COMMA)) {
        rp_p_next(p);
        int ty = TY(p);
        if (ty != RP_TOK_STAR && !rp_p_starts_expression(ty))
            break;
        long m = p->pos;
        RpExpr *e = item(p);
        if (!e) {
            if (P_ERR(p)) {
                p->stack_len = smark;
                return NULL;
            }
            p->pos = m;     /* PEG: the comma is a trailing one */
            break;
        }
        rp_p_push(p, e);
    }
    RpExpr *tup = node_at(p, RP_Tuple_kind, st);
    tup->v.Tuple.elts = rp_p_seq_from(p, smark);
    tup->v.Tuple.ctx = RP_LOAD;
    return tup;
}

RpExpr *rp_p_star_expressions(Parser *p)
{
    return star_expressions_gen(p, rp_p_star_expression);
}

/* eval: expressions NEWLINE* ENDMARKER; expressions: expression (',' expression)* [','] */
RpExpr *rp_p_star_expressions_eval(Parser *p)
{
    return star_expressions_gen(p, rp_p_expression);
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
RpExpr *rp_p_yield_expr(Parser *p)
{
    PToken *t = rp_p_next(p);
    Start st = start_of(t);
    if (rp_p_check(p, RP_KW_FROM)) {
        rp_p_next(p);
        RpExpr *v = rp_p_expression(p);
        if (!v)
            return NULL;
        RpExpr *e = node_at(p, RP_YieldFrom_kind, st);
        e->v.YieldFrom.value = v;
        return e;
    }
    RpExpr *v = NULL;
    int ty = TY(p);
    if (ty == RP_TOK_STAR || rp_p_starts_expression(ty)) {
        v = rp_p_star_expressions(p);
        if (!v)
            return NULL;
    }
    RpExpr *e = node_at(p, RP_Yield_kind, st);
    e->v.Yield.value = v;
    return e;
}
