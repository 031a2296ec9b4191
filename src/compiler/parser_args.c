/* parser_args.c - call arguments and parameter lists (python.gram:
 * "ARGUMENTS", "Function parameters", "LAMBDA FUNCTIONS"), with the
 * pass-2 checks of invalid_arguments, invalid_kwarg, invalid_parameters,
 * invalid_star_etc, invalid_kwds, invalid_default and their lambda forms.
 */
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

/* ---- calls ---------------------------------------------------------------- */

static RpKeyword *make_keyword(Parser *p, const char *arg, RpExpr *value, Start st)
{
    RpKeyword *k = rp_p_alloc(p, sizeof(RpKeyword));
    PToken *last = rp_p_last_token(p);
    k->arg = arg;
    k->value = value;
    k->lineno = st.lineno;
    k->col_offset = st.col;
    k->end_lineno = last->t.end_lineno;
    k->end_col_offset = last->t.end_col_offset;
    return k;
}

/* pass 2: does an `args` parse here (at least one argument)?  Then the
 * remaining arguments are read, as CPython does, and 1 is returned. */
static int positional_follows(Parser *p)
{
    int sr = p->invalid_rules;
    p->invalid_rules = 0;
    int n = 0;
    for (;;) {
        int ty = TY(p);
        if (ty == RP_TOK_STAR || ty == RP_TOK_DOUBLESTAR)
            rp_p_next(p);
        else if (ty == RP_TOK_NAME && rp_p_peek_at(p, p->pos + 1)->t.type == RP_TOK_EQUAL)
            p->pos += 2;
        RpExpr *e = rp_p_expression(p);
        if (!e)
            break;
        n++;
        if (rp_p_at_for(p) || !rp_p_check(p, RP_TOK_COMMA))
            break;
        rp_p_next(p);
        if (rp_p_check(p, RP_TOK_RPAR))
            break;
    }
    p->invalid_rules = sr;
    return n > 0 && !P_ERR(p);
}

/* Parse the arguments of a call (or class bases) after '(' up to, not
 * including, ')'.  Returns 1 on success. */
int rp_p_call_args(Parser *p, PToken *lpar, RpAstSeq **args_out, RpAstSeq **keywords_out)
{
    (void)lpar;
    long amark = rp_p_stack_mark(p);
    /* keywords are collected on a second list kept after the args:
       we use two passes over a temporary array */
    RpKeyword **kws = NULL;
    int nkw = 0, kwcap = 0;
    int state = 0;          /* 0 positional, 1 after keyword, 2 after ** */
    int seen_kw_unpack = 0;
    int nargs_total = 0;
    RpExpr *last_positional = NULL;
    for (;;) {
        PToken *t = rp_p_peek(p);
        int ty = t->t.type;
        Start st = start_of(t);
        if (ty == RP_TOK_RPAR)
            break;
        if (ty == RP_TOK_STAR) {
            if (state == 2) {
                if (p->invalid_rules)
                    rp_p_raise_tok(p, t, "iterable argument unpacking follows keyword argument unpacking");
                goto fail;
            }
            RpExpr *e = rp_p_starred_expression(p);
            if (!e)
                goto fail;
            rp_p_push(p, e);
            nargs_total++;
        } else if (ty == RP_TOK_DOUBLESTAR) {
            rp_p_next(p);
            RpExpr *v = rp_p_expression(p);
            if (!v)
                goto fail;
            if (nkw == kwcap) {
                kwcap = kwcap ? kwcap * 2 : 8;
                RpKeyword **n = rp_p_alloc(p, (size_t)kwcap * sizeof(RpKeyword *));
                if (nkw)
                    memcpy(n, kws, (size_t)nkw * sizeof(RpKeyword *));
                kws = n;
            }
            kws[nkw++] = make_keyword(p, NULL, v, st);
            state = 2;
            seen_kw_unpack = 1;
        } else if ((ty == RP_TOK_NAME || ty == RP_KW_TRUE || ty == RP_KW_FALSE || ty == RP_KW_NONE) &&
                   rp_p_peek_at(p, p->pos + 1)->t.type == RP_TOK_EQUAL) {
            PToken *eq = rp_p_peek_at(p, p->pos + 1);
            if (ty != RP_TOK_NAME) {
                if (p->invalid_rules)
                    rp_p_raise_tok_range(p, t, eq, "cannot assign to %.*s",
                                         (int)(t->t.end - t->t.start), t->t.start);
                goto fail;
            }
            rp_p_next(p);
            rp_p_next(p);
            RpExpr *v = rp_p_expression(p);
            if (!v)
                goto fail;
            if (p->invalid_rules && rp_p_at_for(p)) {
                int sr = p->invalid_rules;
                p->invalid_rules = 0;
                RpAstSeq *g = rp_p_for_if_clauses(p);
                p->invalid_rules = sr;
                if (g)
                    rp_p_raise_tok_range(p, t, eq,
                                         "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                goto fail;
            }
            if (nkw == kwcap) {
                kwcap = kwcap ? kwcap * 2 : 8;
                RpKeyword **n = rp_p_alloc(p, (size_t)kwcap * sizeof(RpKeyword *));
                if (nkw)
                    memcpy(n, kws, (size_t)nkw * sizeof(RpKeyword *));
                kws = n;
            }
            kws[nkw++] = make_keyword(p, rp_p_name_id(p, t), v, st);
            if (state == 0)
                state = 1;
        } else {
            /* positional: assignment_expression | expression !':=' */
            RpExpr *e;
            if (state != 0) {
                /* a positional argument after keywords: CPython's pass 1
                   does not even look at it.  Pass 2 first tries it as
                   invalid_kwarg's `!(NAME '=') a=expression b='='` (whose
                   expression has its own checks), then invalid_arguments'
                   `a=args ',' args` (the second args must parse) */
                if (p->invalid_rules) {
                    long m = p->pos;
                    RpExpr *k = rp_p_expression(p);
                    if (P_ERR(p))
                        goto fail;
                    if (k && rp_p_check(p, RP_TOK_EQUAL)) {
                        rp_p_raise_range(p, k->lineno, k->col_offset, rp_p_peek(p)->t.end_lineno,
                                         rp_p_peek(p)->t.end_col_offset,
                                         "expression cannot contain assignment, perhaps you meant \"==\"?");
                        goto fail;
                    }
                    p->pos = m;
                }
                if (p->invalid_rules && positional_follows(p))
                    rp_p_raise(p, "SyntaxError", seen_kw_unpack ?
                               "positional argument follows keyword argument unpacking" :
                               "positional argument follows keyword argument");
                goto fail;
            }
            if (ty == RP_TOK_NAME && rp_p_peek_at(p, p->pos + 1)->t.type == RP_TOK_COLONEQUAL)
                e = rp_p_named_expression(p);
            else {
                e = rp_p_expression(p);
                if (e && rp_p_check(p, RP_TOK_COLONEQUAL))
                    goto fail;      /* expression !':=' */
            }
            if (!e)
                goto fail;
            if (rp_p_check(p, RP_TOK_EQUAL)) {
                /* invalid_kwarg: !(NAME '=') a=expression b='=' */
                if (p->invalid_rules)
                    rp_p_raise_range(p, e->lineno, e->col_offset, rp_p_peek(p)->t.end_lineno,
                                     rp_p_peek(p)->t.end_col_offset,
                                     "expression cannot contain assignment, perhaps you meant \"==\"?");
                goto fail;
            }
            if (rp_p_at_for(p)) {
                /* a generator expression argument */
                PToken *lp = lpar;
                if (nargs_total == 0 && nkw == 0 && !p->no_genexp_arg) {
                    Start gst = start_of(lp);
                    RpAstSeq *gens = rp_p_for_if_clauses(p);
                    if (!gens)
                        goto fail;
                    if (rp_p_check(p, RP_TOK_RPAR)) {
                        /* primary genexp: the GeneratorExp spans the parens */
                        rp_p_next(p);
                        RpExpr *g = node_at(p, RP_GeneratorExp_kind, gst);
                        p->pos--;   /* leave ')' for the caller */
                        g->v.GeneratorExp.elt = e;
                        g->v.GeneratorExp.generators = gens;
                        if (e->kind == RP_Starred_kind)
                            goto fail;
                        rp_p_push(p, g);
                        nargs_total++;
                        break;
                    }
                    if (p->invalid_rules && rp_p_check(p, RP_TOK_COMMA)) {
                        /* a=expression b=for_if_clauses ',' [args | expression for_if_clauses] */
                        RpExpr *li = rp_p_last_comprehension_item(gens->items[gens->len - 1]);
                        rp_p_next(p);
                        positional_follows(p);
                        if (!P_ERR(p))
                            rp_p_raise_range(p, e->lineno, e->col_offset, li->end_lineno,
                                             li->end_col_offset,
                                             "Generator expression must be parenthesized");
                    }
                    goto fail;
                }
                if (p->invalid_rules && nargs_total + nkw > 0) {
                    int sr = p->invalid_rules;
                    p->invalid_rules = 0;
                    RpAstSeq *gens = rp_p_for_if_clauses(p);
                    p->invalid_rules = sr;
                    if (gens) {
                        RpExpr *li = rp_p_last_comprehension_item(gens->items[gens->len - 1]);
                        rp_p_raise_range(p, e->lineno, e->col_offset, li->end_lineno, li->end_col_offset,
                                         "Generator expression must be parenthesized");
                    }
                }
                goto fail;
            }
            if (state != 0) {
                /* not reached in pass 1: see the check before parsing */
                goto fail;
            }
            rp_p_push(p, e);
            nargs_total++;
            last_positional = e;
        }
        if (!rp_p_expect(p, RP_TOK_COMMA))
            break;
    }
    (void)last_positional;
    *args_out = rp_p_seq_from(p, amark);
    if (nkw) {
        RpAstSeq *k = rp_p_seq_new(p, nkw);
        memcpy(k->items, kws, (size_t)nkw * sizeof(void *));
        *keywords_out = k;
    } else {
        *keywords_out = NULL;
    }
    if (!rp_p_check(p, RP_TOK_RPAR)) {
        /* pass 2: invalid_arguments alternatives that need the whole list */
        if (p->invalid_rules && !P_ERR(p) && rp_p_at_for(p) && *args_out && (*args_out)->len > 1 && !nkw) {
            int sr = p->invalid_rules;
            p->invalid_rules = 0;
            RpAstSeq *gens = rp_p_for_if_clauses(p);
            p->invalid_rules = sr;
            if (gens) {
                RpExpr *a = (*args_out)->items[(*args_out)->len - 1];
                RpExpr *li = rp_p_last_comprehension_item(gens->items[gens->len - 1]);
                rp_p_raise_range(p, a->lineno, a->col_offset, li->end_lineno, li->end_col_offset,
                                 "Generator expression must be parenthesized");
            }
        }
        return 0;
    }
    return 1;
fail:
    p->stack_len = amark;
    return 0;
}

/* ---- lambda and parameters ----------------------------------------------- */

RpArguments *rp_p_empty_arguments(Parser *p)
{
    return rp_p_alloc(p, sizeof(RpArguments));
}

static RpArg *make_arg(Parser *p, PToken *name, RpExpr *annotation)
{
    RpArg *a = rp_p_alloc(p, sizeof(RpArg));
    PToken *last = rp_p_last_token(p);
    a->arg = rp_p_name_id(p, name);
    a->annotation = annotation;
    a->lineno = name->t.lineno;
    a->col_offset = name->t.col_offset;
    a->end_lineno = last->t.end_lineno;
    a->end_col_offset = last->t.end_col_offset;
    return a;
}

/* one parameter NAME [':' annotation] */
static RpArg *param(Parser *p, int lambda, int star)
{
    PToken *n = rp_p_expect(p, RP_TOK_NAME);
    if (!n)
        return NULL;
    RpExpr *ann = NULL;
    if (!lambda && rp_p_check(p, RP_TOK_COLON)) {
        rp_p_next(p);
        if (star && rp_p_check(p, RP_TOK_STAR)) {
            /* star_annotation: ':' star_expression */
            ann = rp_p_star_expression(p);
        } else {
            ann = rp_p_expression(p);
        }
        if (!ann)
            return NULL;
    }
    return make_arg(p, n, ann);
}

static int param_end(Parser *p, int lambda)
{
    int ty = TY(p);
    return ty == RP_TOK_COMMA || (lambda ? ty == RP_TOK_COLON : ty == RP_TOK_RPAR);
}

/* params (def) or lambda_params; the closing ')' or ':' is not consumed */
RpArguments *rp_p_params(Parser *p, int lambda)
{
    long smark = rp_p_stack_mark(p);
    /* collect: stack holds RpArg* and defaults in separate phases */
    RpArg **pos = NULL;
    RpExpr **defs = NULL;
    RpArg **kwonly = NULL;
    RpExpr **kwdefs = NULL;
    int npos = 0, ndefs = 0, nkwonly = 0, posonly = -1, cap = 0, kwcap = 0;
    RpArg *vararg = NULL, *kwarg = NULL;
    int seen_star = 0;      /* '*' seen (bare or *args) */
    int bare_star = 0;
    PToken *star_tok = NULL;
    PToken *slash_tok = NULL;
    (void)smark;
    int close = lambda ? RP_TOK_COLON : RP_TOK_RPAR;
    for (;;) {
        PToken *t = rp_p_peek(p);
        int ty = t->t.type;
        if (ty == close)
            break;
        if (kwarg) {
            /* arguments cannot follow var-keyword argument */
            if (p->invalid_rules && (ty == RP_TOK_NAME || ty == RP_TOK_STAR || ty == RP_TOK_DOUBLESTAR ||
                                     ty == RP_TOK_SLASH)) {
                if (ty == RP_TOK_NAME) {
                    RpArg *a = param(p, lambda, 0);
                    if (a)
                        rp_p_raise_range(p, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset,
                                         "arguments cannot follow var-keyword argument");
                } else {
                    rp_p_raise_tok(p, t, "arguments cannot follow var-keyword argument");
                }
            }
            return NULL;
        }
        if (ty == RP_TOK_SLASH) {
            if (posonly >= 0 || seen_star || npos == 0) {
                if (p->invalid_rules) {
                    if (posonly >= 0)
                        rp_p_raise_tok(p, t, "/ may appear only once");
                    else if (seen_star)
                        rp_p_raise_tok(p, t, "/ must be ahead of *");
                    else if (rp_p_peek_at(p, p->pos + 1)->t.type == RP_TOK_COMMA)
                        /* a="/" ',' */
                        rp_p_raise_tok(p, t, "at least one argument must precede /");
                }
                return NULL;
            }
            rp_p_next(p);
            slash_tok = t;
            posonly = npos;
            if (p->invalid_rules && rp_p_check(p, RP_TOK_STAR)) {
                /* param_maybe_default+ '/' a='*' */
                return rp_p_raise_tok(p, rp_p_peek(p), "expected comma between / and *");
            }
        } else if (ty == RP_TOK_STAR) {
            if (seen_star) {
                if (p->invalid_rules)
                    rp_p_raise_tok(p, t, "* argument may appear only once");
                return NULL;
            }
            rp_p_next(p);
            seen_star = 1;
            star_tok = t;
            if (rp_p_check(p, RP_TOK_NAME)) {
                vararg = param(p, lambda, 1);
                if (!vararg)
                    return NULL;
                if (rp_p_check(p, RP_TOK_EQUAL)) {
                    if (p->invalid_rules)
                        rp_p_raise_tok(p, rp_p_peek(p), "var-positional argument cannot have default value");
                    return NULL;
                }
            } else {
                bare_star = 1;
                int nty = TY(p);
                if (nty == close || (nty == RP_TOK_COMMA &&
                    (rp_p_peek_at(p, p->pos + 1)->t.type == close ||
                     rp_p_peek_at(p, p->pos + 1)->t.type == RP_TOK_DOUBLESTAR))) {
                    if (p->invalid_rules) {
                        if (lambda) {
                            /* invalid_lambda_star_etc: RAISE_SYNTAX_ERROR */
                            rp_p_peek_at(p, p->pos + (nty == RP_TOK_COMMA));
                            rp_p_raise(p, "SyntaxError", "named arguments must follow bare *");
                        } else {
                            rp_p_raise_tok(p, t, "named arguments must follow bare *");
                        }
                    }
                    return NULL;
                }
                if (nty != RP_TOK_COMMA)
                    return NULL;
            }
        } else if (ty == RP_TOK_DOUBLESTAR) {
            rp_p_next(p);
            kwarg = param(p, lambda, 0);
            if (!kwarg)
                return NULL;
            if (rp_p_check(p, RP_TOK_EQUAL)) {
                if (p->invalid_rules)
                    rp_p_raise_tok(p, rp_p_peek(p), "var-keyword argument cannot have default value");
                return NULL;
            }
        } else if (ty == RP_TOK_NAME) {
            RpArg *a = param(p, lambda, 0);
            if (!a)
                return NULL;
            RpExpr *def = NULL;
            if (rp_p_check(p, RP_TOK_EQUAL)) {
                PToken *eq = rp_p_next(p);
                int nty = TY(p);
                if (p->invalid_rules && (nty == RP_TOK_RPAR || nty == RP_TOK_COMMA))
                    return rp_p_raise_tok(p, eq, "expected default value expression");
                def = rp_p_expression(p);
                if (!def)
                    return NULL;
            }
            if (!param_end(p, lambda))
                return NULL;
            if (seen_star) {
                if (nkwonly == kwcap) {
                    kwcap = kwcap ? kwcap * 2 : 8;
                    RpArg **n1 = rp_p_alloc(p, (size_t)kwcap * sizeof(RpArg *));
                    RpExpr **n2 = rp_p_alloc(p, (size_t)kwcap * sizeof(RpExpr *));
                    if (nkwonly) {
                        memcpy(n1, kwonly, (size_t)nkwonly * sizeof(RpArg *));
                        memcpy(n2, kwdefs, (size_t)nkwonly * sizeof(RpExpr *));
                    }
                    kwonly = n1;
                    kwdefs = n2;
                }
                kwonly[nkwonly] = a;
                kwdefs[nkwonly++] = def;
            } else {
                if (!def && ndefs > 0) {
                    if (p->invalid_rules)
                        rp_p_raise_range(p, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset,
                                         "non-default argument follows default argument");
                    return NULL;
                }
                if (npos == cap) {
                    cap = cap ? cap * 2 : 8;
                    RpArg **n1 = rp_p_alloc(p, (size_t)cap * sizeof(RpArg *));
                    RpExpr **n2 = rp_p_alloc(p, (size_t)cap * sizeof(RpExpr *));
                    if (npos) {
                        memcpy(n1, pos, (size_t)npos * sizeof(RpArg *));
                        memcpy(n2, defs, (size_t)ndefs * sizeof(RpExpr *));
                    }
                    pos = n1;
                    defs = n2;
                }
                pos[npos++] = a;
                if (def)
                    defs[ndefs++] = def;
            }
        } else if (ty == RP_TOK_LPAR && p->invalid_rules) {
            /* param_no_default* '(' param_no_default+ ','? ')' */
            long m = p->pos;
            rp_p_next(p);
            int ok = 0;
            while (rp_p_check(p, RP_TOK_NAME)) {
                rp_p_next(p);
                ok = 1;
                if (!rp_p_expect(p, RP_TOK_COMMA))
                    break;
            }
            PToken *rp = rp_p_peek(p);
            if (ok && rp->t.type == RP_TOK_RPAR)
                return rp_p_raise_tok_range(p, t, rp, lambda ?
                                            "Lambda expression parameters cannot be parenthesized" :
                                            "Function parameters cannot be parenthesized");
            p->pos = m;
            return NULL;
        } else {
            return NULL;
        }
        if (!rp_p_expect(p, RP_TOK_COMMA))
            break;
    }
    if (!rp_p_check(p, close))
        return NULL;
    (void)bare_star;
    (void)star_tok;
    (void)slash_tok;
    RpArguments *args = rp_p_alloc(p, sizeof(RpArguments));
    int np = posonly >= 0 ? posonly : 0;
    if (np) {
        args->posonlyargs = rp_p_seq_new(p, np);
        memcpy(args->posonlyargs->items, pos, (size_t)np * sizeof(void *));
    }
    if (npos - np > 0) {
        args->args = rp_p_seq_new(p, npos - np);
        memcpy(args->args->items, pos + np, (size_t)(npos - np) * sizeof(void *));
    }
    args->vararg = vararg;
    if (nkwonly) {
        args->kwonlyargs = rp_p_seq_new(p, nkwonly);
        args->kw_defaults = rp_p_seq_new(p, nkwonly);
        memcpy(args->kwonlyargs->items, kwonly, (size_t)nkwonly * sizeof(void *));
        memcpy(args->kw_defaults->items, kwdefs, (size_t)nkwonly * sizeof(void *));
    }
    args->kwarg = kwarg;
    if (ndefs) {
        args->defaults = rp_p_seq_new(p, ndefs);
        memcpy(args->defaults->items, defs, (size_t)ndefs * sizeof(void *));
    }
    return args;
}

RpExpr *rp_p_lambdef(Parser *p)
{
    PToken *kw = rp_p_next(p);
    Start st = start_of(kw);
    RpArguments *args;
    if (rp_p_check(p, RP_TOK_COLON))
        args = rp_p_empty_arguments(p);
    else {
        args = rp_p_params(p, 1);
        if (!args)
            return NULL;
    }
    if (!rp_p_expect(p, RP_TOK_COLON))
        return NULL;
    if (!rp_p_enter(p, 2))
        return NULL;
    RpExpr *body = rp_p_expression(p);
    rp_p_leave(p, 2);
    if (!body)
        return NULL;
    RpExpr *e = node_at(p, RP_Lambda_kind, st);
    e->v.Lambda.args = args;
    e->v.Lambda.body = body;
    return e;
}

