/* parser_stmt.c - the statement grammar of CPython 3.11 (python.gram,
 * "STATEMENTS" and "COMPOUND STATEMENTS") and the start rules (file,
 * eval, interactive).  See parser_internal.h for how the parser works.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser_internal.h"

/* a start position copied out of a token (tokens may be freed by the
   compaction between top-level statements, never inside one) */
typedef struct { int lineno, col; } Start;

static Start start_of(PToken *t)
{
    Start s = {t->t.lineno, t->t.col_offset};
    return s;
}

static RpStmt *stmt_at(Parser *p, RpStmtKind kind, Start s)
{
    PToken *last = rp_p_last_token(p);
    return rp_p_stmt(p, kind, s.lineno, s.col, last->t.end_lineno, last->t.end_col_offset);
}

/* ---- statements --------------------------------------------------------- */


static RpStmt *compound_stmt(Parser *p);
static int simple_stmts(Parser *p);       /* pushes statements */

static int at_stmt_end(Parser *p)
{
    int t = rp_p_peek(p)->t.type;
    return t == RP_TOK_NEWLINE || t == RP_TOK_SEMI;
}

static RpOperator augassign_op(int type)
{
    switch (type) {
    case RP_TOK_PLUSEQUAL: return RP_ADD;
    case RP_TOK_MINEQUAL: return RP_SUB;
    case RP_TOK_STAREQUAL: return RP_MULT;
    case RP_TOK_ATEQUAL: return RP_MATMULT;
    case RP_TOK_SLASHEQUAL: return RP_DIV;
    case RP_TOK_PERCENTEQUAL: return RP_MOD;
    case RP_TOK_AMPEREQUAL: return RP_BITAND;
    case RP_TOK_VBAREQUAL: return RP_BITOR;
    case RP_TOK_CIRCUMFLEXEQUAL: return RP_BITXOR;
    case RP_TOK_LEFTSHIFTEQUAL: return RP_LSHIFT;
    case RP_TOK_RIGHTSHIFTEQUAL: return RP_RSHIFT;
    case RP_TOK_DOUBLESTAREQUAL: return RP_POW;
    case RP_TOK_DOUBLESLASHEQUAL: return RP_FLOORDIV;
    }
    return 0;
}

static RpExpr *annotated_rhs(Parser *p)
{
    if (rp_p_check(p, RP_KW_YIELD))
        return rp_p_yield_expr(p);
    return rp_p_star_expressions(p);
}

/* is e a single_target (Name, Attribute, Subscript, or one of those in
   parentheses)? */
static int is_single_target(const RpExpr *e)
{
    return e->kind == RP_Name_kind || e->kind == RP_Attribute_kind ||
           e->kind == RP_Subscript_kind;
}

/* (star_targets '=')* : skip as many "targets =" as possible */
static void skip_star_targets_eq(Parser *p)
{
    int save = p->invalid_rules;
    p->invalid_rules = 0;
    for (;;) {
        long m = p->pos;
        RpExpr *t = rp_p_star_targets(p);
        if (!t || !rp_p_check(p, RP_TOK_EQUAL)) {
            if (!P_ERR(p))
                p->pos = m;
            break;
        }
        rp_p_next(p);
    }
    p->invalid_rules = save;
}

/* pass 2: CPython's invalid_assignment, tried at the start of a simple
 * statement that did not parse as an assignment (or as anything). */
static void invalid_assignment(Parser *p, long start)
{
    /* 1: a=invalid_ann_assign_target ':' expression
          invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
    p->pos = start;
    {
        int ty = rp_p_peek(p)->t.type;
        if (ty == RP_TOK_LSQB || ty == RP_TOK_LPAR) {
            int save = p->invalid_rules;
            p->invalid_rules = 0;
            RpExpr *a = rp_p_atom(p);
            p->invalid_rules = save;
            if (P_ERR(p))
                return;
            if (a && (a->kind == RP_List_kind || rp_p_is_paren_tuple(p, a)) &&
                rp_p_expect(p, RP_TOK_COLON)) {
                if (rp_p_expression(p)) {
                    rp_p_raise_expr(p, a, "only single target (not %s) can be annotated",
                                    a->kind == RP_Tuple_kind ? "tuple" : "list");
                    return;
                }
            }
            if (P_ERR(p))
                return;
        }
    }
    /* 2: a=star_named_expression ',' star_named_expressions* ':' expression
          (the invalid_named_expression checks run on each element) */
    p->pos = start;
    {
        RpExpr *a = rp_p_star_named_expression(p);
        if (P_ERR(p))
            return;
        if (a && rp_p_expect(p, RP_TOK_COMMA)) {
            for (;;) {
                int ty = rp_p_peek(p)->t.type;
                if (ty == RP_TOK_COLON || ty == RP_TOK_NEWLINE || ty == RP_TOK_SEMI)
                    break;
                RpExpr *e = rp_p_star_named_expression(p);
                if (P_ERR(p))
                    return;
                if (!e || !rp_p_expect(p, RP_TOK_COMMA))
                    break;
            }
            if (rp_p_expect(p, RP_TOK_COLON) && rp_p_expression(p)) {
                rp_p_raise_expr(p, a, "only single target (not tuple) can be annotated");
                return;
            }
            if (P_ERR(p))
                return;
        }
    }
    /* 3: a=expression ':' expression */
    p->pos = start;
    {
        RpExpr *a = rp_p_expression(p);
        if (P_ERR(p))
            return;
        if (a && rp_p_expect(p, RP_TOK_COLON) && rp_p_expression(p)) {
            rp_p_raise_expr(p, a, "illegal target for annotation");
            return;
        }
        if (P_ERR(p))
            return;
    }
    /* 4: (star_targets '=')* a=star_expressions '='
       5: (star_targets '=')* a=yield_expr '=' */
    p->pos = start;
    skip_star_targets_eq(p);
    if (P_ERR(p))
        return;
    {
        long m = p->pos;
        RpExpr *a = rp_p_star_expressions(p);
        if (P_ERR(p))
            return;
        if (a && rp_p_check(p, RP_TOK_EQUAL)) {
            rp_p_raise_invalid_target(p, 0, a);
            if (P_ERR(p))
                return;
        }
        p->pos = m;
        if (rp_p_check(p, RP_KW_YIELD)) {
            RpExpr *y = rp_p_yield_expr(p);
            if (P_ERR(p))
                return;
            if (y && rp_p_check(p, RP_TOK_EQUAL)) {
                rp_p_raise_expr(p, y, "assignment to yield expression not possible");
                return;
            }
        }
    }
    /* 6: a=star_expressions augassign (yield_expr | star_expressions) */
    p->pos = start;
    {
        RpExpr *a = rp_p_star_expressions(p);
        if (P_ERR(p))
            return;
        if (a && augassign_op(rp_p_peek(p)->t.type)) {
            rp_p_next(p);
            if (annotated_rhs(p)) {
                rp_p_raise_expr(p, a, "'%s' is an illegal expression for augmented assignment",
                                rp_p_expr_name(a));
                return;
            }
        }
    }
}

static RpStmt *expr_or_assign_inner(Parser *p)
{
    PToken *start = rp_p_peek(p);
    Start st = start_of(start);
    long mark = p->pos;
    RpExpr *e;
    int is_yield = start->t.type == RP_KW_YIELD;
    e = is_yield ? rp_p_yield_expr(p) : rp_p_star_expressions(p);
    if (!e)
        return NULL;
    PToken *t = rp_p_peek(p);
    int type = t->t.type;

    if (type == RP_TOK_COLON && !is_yield) {
        /* annotated assignment: NAME ':' ... (simple) or a single target */
        if (!is_single_target(e))
            return NULL;
        int simple = e->kind == RP_Name_kind && start->t.type == RP_TOK_NAME && p->pos == mark + 1;
        rp_p_next(p);
        RpExpr *ann = rp_p_expression(p);
        if (!ann)
            return NULL;
        RpExpr *value = NULL;
        long vmark = p->pos;
        if (rp_p_expect(p, RP_TOK_EQUAL)) {
            value = annotated_rhs(p);
            if (!value) {
                if (P_ERR(p))
                    return NULL;
                p->pos = vmark;     /* PEG: ['=' annotated_rhs] is optional */
            }
        }
        rp_p_set_context(p, e, RP_STORE);
        RpStmt *s = stmt_at(p, RP_AnnAssign_kind, st);
        s->v.AnnAssign.target = e;
        s->v.AnnAssign.annotation = ann;
        s->v.AnnAssign.value = value;
        s->v.AnnAssign.simple = simple;
        return s;
    }

    if (type == RP_TOK_EQUAL) {
        long smark = rp_p_stack_mark(p);
        RpExpr *value = e;
        int value_is_yield = is_yield;
        while (rp_p_check(p, RP_TOK_EQUAL)) {
            if (value_is_yield || !rp_p_set_context(p, value, RP_STORE)) {
                p->stack_len = smark;
                return NULL;
            }
            rp_p_push(p, value);
            rp_p_next(p);
            PToken *vt = rp_p_peek(p);
            value_is_yield = vt->t.type == RP_KW_YIELD;
            value = value_is_yield ? rp_p_yield_expr(p) : rp_p_star_expressions(p);
            if (!value) {
                p->stack_len = smark;
                return NULL;
            }
        }
        RpAstSeq *targets = rp_p_seq_from(p, smark);
        RpStmt *s = stmt_at(p, RP_Assign_kind, st);
        s->v.Assign.targets = targets;
        s->v.Assign.value = value;
        return s;
    }

    RpOperator aug = augassign_op(type);
    if (aug) {
        if (is_yield || !is_single_target(e))
            return NULL;
        rp_p_next(p);
        RpExpr *value = annotated_rhs(p);
        if (!value)
            return NULL;
        rp_p_set_context(p, e, RP_STORE);
        RpStmt *s = stmt_at(p, RP_AugAssign_kind, st);
        s->v.AugAssign.target = e;
        s->v.AugAssign.op = aug;
        s->v.AugAssign.value = value;
        return s;
    }

    if (!at_stmt_end(p))
        return NULL;
    RpStmt *s = stmt_at(p, RP_Expr_kind, st);
    s->v.Expr.value = e;
    return s;
}

static RpStmt *expr_or_assign_stmt(Parser *p)
{
    long start = p->pos;
    RpStmt *s = expr_or_assign_inner(p);
    if (!s && p->invalid_rules && !P_ERR(p)) {
        long failed_at = p->pos;
        invalid_assignment(p, start);
        if (!P_ERR(p))
            p->pos = failed_at;
    }
    return s;
}

static const char *dotted_name(Parser *p)
{
    PToken *t = rp_p_expect(p, RP_TOK_NAME);
    if (!t)
        return NULL;
    long mark = p->pos;
    int parts = 1;
    while (rp_p_check(p, RP_TOK_DOT) && rp_p_peek_at(p, p->pos + 1)->t.type == RP_TOK_NAME) {
        p->pos += 2;
        parts++;
    }
    if (parts == 1)
        return rp_p_name_id(p, t);
    /* join the (normalized) names with dots, whatever was between them */
    size_t total = 0;
    for (long i = mark - 1; i < p->pos; i += 2)
        total += strlen(rp_p_name_id(p, rp_p_peek_at(p, i))) + 1;
    char *buf = rp_p_alloc(p, total);
    char *o = buf;
    for (long i = mark - 1; i < p->pos; i += 2) {
        const char *id = rp_p_name_id(p, rp_p_peek_at(p, i));
        size_t l = strlen(id);
        if (o != buf)
            *o++ = '.';
        memcpy(o, id, l);
        o += l;
    }
    *o = '\0';
    return buf;
}

static RpAlias *make_alias(Parser *p, const char *name, const char *asname, PToken *start)
{
    RpAlias *a = rp_p_alloc(p, sizeof(RpAlias));
    PToken *last = rp_p_last_token(p);
    a->name = name;
    a->asname = asname;
    a->lineno = start->t.lineno;
    a->col_offset = start->t.col_offset;
    a->end_lineno = last->t.end_lineno;
    a->end_col_offset = last->t.end_col_offset;
    return a;
}

static RpStmt *import_name(Parser *p)
{
    PToken *kw = rp_p_next(p);
    long smark = rp_p_stack_mark(p);
    for (;;) {
        PToken *start = rp_p_peek(p);
        const char *name = dotted_name(p);
        if (!name)
            return NULL;
        const char *asname = NULL;
        if (rp_p_expect(p, RP_KW_AS)) {
            PToken *n = rp_p_expect(p, RP_TOK_NAME);
            if (!n)
                return NULL;
            asname = rp_p_name_id(p, n);
        }
        rp_p_push(p, make_alias(p, name, asname, start));
        if (!rp_p_expect(p, RP_TOK_COMMA))
            break;
    }
    RpStmt *s = rp_p_stmt_from(p, RP_Import_kind, kw);
    s->v.Import.names = rp_p_seq_from(p, smark);
    return s;
}

static RpStmt *import_from(Parser *p)
{
    PToken *kw = rp_p_next(p);
    int level = 0;
    for (;;) {
        if (rp_p_expect(p, RP_TOK_DOT))
            level += 1;
        else if (rp_p_expect(p, RP_TOK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    const char *module = NULL;
    if (!rp_p_check(p, RP_KW_IMPORT) || level == 0) {
        module = dotted_name(p);
        if (!module)
            return NULL;
    }
    if (!rp_p_expect(p, RP_KW_IMPORT))
        return NULL;
    long smark = rp_p_stack_mark(p);
    PToken *t = rp_p_peek(p);
    if (t->t.type == RP_TOK_STAR) {
        rp_p_next(p);
        rp_p_push(p, make_alias(p, rp_p_strndup(p, "*", 1), NULL, t));
    } else {
        int paren = rp_p_expect(p, RP_TOK_LPAR) != NULL;
        for (;;) {
            PToken *n = rp_p_expect(p, RP_TOK_NAME);
            if (!n)
                return NULL;
            const char *asname = NULL;
            if (rp_p_expect(p, RP_KW_AS)) {
                PToken *a = rp_p_expect(p, RP_TOK_NAME);
                if (!a)
                    return NULL;
                asname = rp_p_name_id(p, a);
            }
            rp_p_push(p, make_alias(p, rp_p_name_id(p, n), asname, n));
            if (!rp_p_check(p, RP_TOK_COMMA))
                break;
            rp_p_next(p);
            if (paren && rp_p_check(p, RP_TOK_RPAR))
                break;
            if (!paren && rp_p_check(p, RP_TOK_NEWLINE)) {
                if (p->invalid_rules)
                    return rp_p_raise(p, "SyntaxError",
                                      "trailing comma not allowed without surrounding parentheses");
                return NULL;
            }
        }
        if (paren && !rp_p_expect(p, RP_TOK_RPAR))
            return NULL;
    }
    RpStmt *s = rp_p_stmt_from(p, RP_ImportFrom_kind, kw);
    s->v.ImportFrom.module = module;
    s->v.ImportFrom.names = rp_p_seq_from(p, smark);
    s->v.ImportFrom.level = level;
    if (module && strcmp(module, "__future__") == 0 && level == 0) {
        RpAstSeq *names = s->v.ImportFrom.names;
        for (int i = 0; i < rp_ast_len(names); i++) {
            RpAlias *a = names->items[i];
            if (strcmp(a->name, "barry_as_FLUFL") == 0)
                p->barry = 1;
        }
    }
    return s;
}

static RpStmt *del_stmt(Parser *p)
{
    PToken *kw = rp_p_next(p);
    long smark = rp_p_stack_mark(p);
    long after_kw = p->pos;
    int ok = 1;
    for (;;) {
        RpExpr *e = rp_p_bitwise_or(p);
        if (!e) {
            if (P_ERR(p))
                return NULL;
            ok = 0;
            break;
        }
        rp_p_push(p, e);
        if (!rp_p_expect(p, RP_TOK_COMMA))
            break;
        int ty = rp_p_peek(p)->t.type;
        if (ty == RP_TOK_NEWLINE || ty == RP_TOK_SEMI)
            break;
    }
    RpAstSeq *targets = rp_p_seq_from(p, smark);
    if (ok) {
        for (int i = 0; i < rp_ast_len(targets); i++)
            if (!rp_p_set_context(p, targets->items[i], RP_DEL))
                ok = 0;
    }
    if (ok && !at_stmt_end(p))
        ok = 0;
    if (!ok) {
        if (p->invalid_rules && !P_ERR(p)) {
            /* invalid_del_stmt: 'del' a=star_expressions */
            p->pos = after_kw;
            RpExpr *a = rp_p_star_expressions(p);
            if (a)
                rp_p_raise_invalid_target(p, 1, a);
        }
        return NULL;
    }
    RpStmt *s = rp_p_stmt_from(p, RP_Delete_kind, kw);
    s->v.Delete.targets = targets;
    return s;
}

static RpStmt *global_stmt(Parser *p, RpStmtKind kind)
{
    PToken *kw = rp_p_next(p);
    long smark = rp_p_stack_mark(p);
    for (;;) {
        PToken *n = rp_p_expect(p, RP_TOK_NAME);
        if (!n)
            return NULL;
        rp_p_push(p, (void *)rp_p_name_id(p, n));
        if (!rp_p_expect(p, RP_TOK_COMMA))
            break;
    }
    RpStmt *s = rp_p_stmt_from(p, kind, kw);
    s->v.Global.names = rp_p_seq_from(p, smark);
    return s;
}

static RpStmt *simple_stmt(Parser *p)
{
    PToken *t = rp_p_peek(p);
    RpStmt *s;
    switch (t->t.type) {
    case RP_KW_RETURN: {
        rp_p_next(p);
        RpExpr *v = NULL;
        if (!at_stmt_end(p)) {
            v = rp_p_star_expressions(p);
            if (!v)
                return NULL;
        }
        s = rp_p_stmt_from(p, RP_Return_kind, t);
        s->v.Return.value = v;
        return s;
    }
    case RP_KW_IMPORT:
        return import_name(p);
    case RP_KW_FROM:
        return import_from(p);
    case RP_KW_RAISE: {
        rp_p_next(p);
        RpExpr *exc = NULL, *cause = NULL;
        if (!at_stmt_end(p)) {
            exc = rp_p_expression(p);
            if (!exc)
                return NULL;
            if (rp_p_expect(p, RP_KW_FROM)) {
                cause = rp_p_expression(p);
                if (!cause)
                    return NULL;
            }
        }
        s = rp_p_stmt_from(p, RP_Raise_kind, t);
        s->v.Raise.exc = exc;
        s->v.Raise.cause = cause;
        return s;
    }
    case RP_KW_PASS:
        rp_p_next(p);
        return rp_p_stmt_from(p, RP_Pass_kind, t);
    case RP_KW_BREAK:
        rp_p_next(p);
        return rp_p_stmt_from(p, RP_Break_kind, t);
    case RP_KW_CONTINUE:
        rp_p_next(p);
        return rp_p_stmt_from(p, RP_Continue_kind, t);
    case RP_KW_DEL:
        return del_stmt(p);
    case RP_KW_ASSERT: {
        rp_p_next(p);
        RpExpr *test = rp_p_expression(p);
        if (!test)
            return NULL;
        RpExpr *msg = NULL;
        if (rp_p_expect(p, RP_TOK_COMMA)) {
            msg = rp_p_expression(p);
            if (!msg)
                return NULL;
        }
        s = rp_p_stmt_from(p, RP_Assert_kind, t);
        s->v.Assert.test = test;
        s->v.Assert.msg = msg;
        return s;
    }
    case RP_KW_GLOBAL:
        return global_stmt(p, RP_Global_kind);
    case RP_KW_NONLOCAL:
        return global_stmt(p, RP_Nonlocal_kind);
    default:
        return expr_or_assign_stmt(p);
    }
}

/* simple_stmts: pushes the statements, returns 1 on success */
static int simple_stmts(Parser *p)
{
    for (;;) {
        RpStmt *s = simple_stmt(p);
        if (!s)
            return 0;
        rp_p_push(p, s);
        if (rp_p_expect(p, RP_TOK_SEMI)) {
            if (rp_p_check(p, RP_TOK_NEWLINE))
                break;
            continue;
        }
        break;
    }
    if (!rp_p_expect(p, RP_TOK_NEWLINE))
        return 0;
    return 1;
}

/* block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
RpAstSeq *rp_p_block(Parser *p, PToken *kw, const char *what)
{
    (void)kw;
    (void)what;
    if (rp_p_check(p, RP_TOK_NEWLINE)) {
        rp_p_next(p);
        if (!rp_p_expect(p, RP_TOK_INDENT))
            return NULL;
        RpAstSeq *body = rp_p_statements(p, 0);
        if (!body)
            return NULL;
        if (!rp_p_expect(p, RP_TOK_DEDENT))
            return NULL;
        return body;
    }
    long smark = rp_p_stack_mark(p);
    if (!simple_stmts(p)) {
        p->stack_len = smark;
        return NULL;
    }
    return rp_p_seq_from(p, smark);
}

/* CPython's "expected ':'" forced token (&&':') */
static PToken *forced_colon(Parser *p)
{
    PToken *t = rp_p_peek(p);
    if (t->t.type == RP_TOK_COLON)
        return rp_p_next(p);
    if (!P_ERR(p))
        rp_p_raise_tok(p, t, "expected ':'");
    return NULL;
}

/* the pass-2 checks shared by compound statements: after the header
 * (`kw` ... up to where ':' is expected).  Returns NULL always. */
static void *invalid_colon(Parser *p)
{
    /* e.g. invalid_if_stmt: 'if' named_expression NEWLINE -> "expected ':'" */
    if (p->invalid_rules && rp_p_check(p, RP_TOK_NEWLINE))
        return rp_p_raise(p, "SyntaxError", "expected ':'");
    return NULL;
}

/* after ':' - the block, with CPython's "expected an indented block" */
static RpAstSeq *block_after(Parser *p, int kw_lineno, const char *fmt)
{
    if (p->invalid_rules && rp_p_check(p, RP_TOK_NEWLINE) &&
        rp_p_peek_at(p, p->pos + 1)->t.type != RP_TOK_INDENT && !P_ERR(p)) {
        rp_p_next(p);
        rp_p_peek(p);   /* CPython reads the token after NEWLINE (!INDENT) */
        if (P_ERR(p))
            return NULL;
        return rp_p_raise(p, "IndentationError", fmt, kw_lineno);
    }
    return rp_p_block(p, NULL, NULL);
}

static RpAstSeq *else_block(Parser *p, int *err)
{
    *err = 0;
    PToken *t = rp_p_peek(p);
    if (t->t.type != RP_KW_ELSE)
        return NULL;
    rp_p_next(p);
    if (!forced_colon(p)) {
        *err = 1;
        return NULL;
    }
    RpAstSeq *b = block_after(p, t->t.lineno, "expected an indented block after 'else' statement on line %d");
    if (!b)
        *err = 1;
    return b;
}

static RpStmt *if_stmt(Parser *p, int is_elif)
{
    PToken *kw = rp_p_next(p);
    Start st = start_of(kw);
    int kwline = kw->t.lineno;
    RpExpr *test = rp_p_named_expression(p);
    if (!test)
        return NULL;
    if (!rp_p_expect(p, RP_TOK_COLON))
        return invalid_colon(p);
    RpAstSeq *body = block_after(p, kwline, is_elif ?
        "expected an indented block after 'elif' statement on line %d" :
        "expected an indented block after 'if' statement on line %d");
    if (!body)
        return NULL;
    RpAstSeq *orelse = NULL;
    if (rp_p_check(p, RP_KW_ELIF)) {
        /* CPython's elif_stmt recurses: MemoryError past its MAXSTACK
           (34 levels below the first elif of a module-level if) */
        int cost = is_elif ? 1 : 34;
        if (!rp_p_enter(p, cost))
            return NULL;
        RpStmt *e = if_stmt(p, 1);
        rp_p_leave(p, cost);
        if (!e)
            return NULL;
        orelse = rp_p_seq1(p, e);
    } else {
        int err;
        orelse = else_block(p, &err);
        if (err)
            return NULL;
    }
    RpStmt *s = stmt_at(p, RP_If_kind, st);
    s->v.If.test = test;
    s->v.If.body = body;
    s->v.If.orelse = orelse;
    return s;
}

static RpStmt *while_stmt(Parser *p)
{
    PToken *kw = rp_p_next(p);
    Start st = start_of(kw);
    int kwline = kw->t.lineno;
    RpExpr *test = rp_p_named_expression(p);
    if (!test)
        return NULL;
    if (!rp_p_expect(p, RP_TOK_COLON))
        return invalid_colon(p);
    RpAstSeq *body = block_after(p, kwline, "expected an indented block after 'while' statement on line %d");
    if (!body)
        return NULL;
    int err;
    RpAstSeq *orelse = else_block(p, &err);
    if (err)
        return NULL;
    RpStmt *s = stmt_at(p, RP_While_kind, st);
    s->v.While.test = test;
    s->v.While.body = body;
    s->v.While.orelse = orelse;
    return s;
}

static RpStmt *for_stmt(Parser *p, PToken *async_tok)
{
    PToken *kw = rp_p_next(p);
    Start st = start_of(async_tok ? async_tok : kw);
    int kwline = kw->t.lineno;
    long after_kw = p->pos;
    RpExpr *target = rp_p_star_targets(p);
    if (!target || !rp_p_check(p, RP_KW_IN)) {
        if (p->invalid_rules && !P_ERR(p)) {
            /* invalid_for_target: ASYNC? 'for' a=star_expressions */
            p->pos = after_kw;
            RpExpr *a = rp_p_star_expressions(p);
            if (a)
                rp_p_raise_invalid_target(p, 2, a);
        }
        return NULL;
    }
    rp_p_next(p);
    RpExpr *iter = rp_p_star_expressions(p);
    if (!iter)
        return NULL;
    if (!rp_p_expect(p, RP_TOK_COLON))
        return invalid_colon(p);
    RpAstSeq *body = block_after(p, kwline, "expected an indented block after 'for' statement on line %d");
    if (!body)
        return NULL;
    int err;
    RpAstSeq *orelse = else_block(p, &err);
    if (err)
        return NULL;
    RpStmt *s = stmt_at(p, async_tok ? RP_AsyncFor_kind : RP_For_kind, st);
    s->v.For.target = target;
    s->v.For.iter = iter;
    s->v.For.body = body;
    s->v.For.orelse = orelse;
    return s;
}

/* with_item: expression 'as' star_target &(',' | ')' | ':') | expression */
static RpWithItem *with_item(Parser *p)
{
    RpExpr *e = rp_p_expression(p);
    if (!e)
        return NULL;
    RpExpr *vars = NULL;
    if (rp_p_check(p, RP_KW_AS)) {
        long mark = p->pos;
        rp_p_next(p);
        RpExpr *t = rp_p_star_target(p);
        int ty = rp_p_peek(p)->t.type;
        if (t && rp_p_set_context(p, t, RP_STORE) &&
            (ty == RP_TOK_COMMA || ty == RP_TOK_RPAR || ty == RP_TOK_COLON)) {
            vars = t;
        } else {
            if (P_ERR(p))
                return NULL;
            if (p->invalid_rules) {
                /* invalid_with_item: expression 'as' a=expression &(',' | ')' | ':') */
                p->pos = mark + 1;
                RpExpr *a = rp_p_expression(p);
                if (a) {
                    int ty2 = rp_p_peek(p)->t.type;
                    if (ty2 == RP_TOK_COMMA || ty2 == RP_TOK_RPAR || ty2 == RP_TOK_COLON)
                        return rp_p_raise_invalid_target(p, 0, a);
                }
                if (P_ERR(p))
                    return NULL;
            }
            p->pos = mark;
            return NULL;
        }
    }
    RpWithItem *w = rp_p_alloc(p, sizeof(RpWithItem));
    w->context_expr = e;
    w->optional_vars = vars;
    return w;
}

static RpStmt *with_stmt(Parser *p, PToken *async_tok)
{
    PToken *kw = rp_p_next(p);
    Start st = start_of(async_tok ? async_tok : kw);
    int kwline = kw->t.lineno;
    long smark = rp_p_stack_mark(p);
    long mark = p->pos;
    int done = 0;
    if (rp_p_check(p, RP_TOK_LPAR)) {
        /* 'with' '(' ','.with_item+ ','? ')' ':' */
        rp_p_next(p);
        for (;;) {
            RpWithItem *w = with_item(p);
            if (!w)
                break;
            rp_p_push(p, w);
            if (!rp_p_expect(p, RP_TOK_COMMA))
                break;
            if (rp_p_check(p, RP_TOK_RPAR))
                break;
        }
        if (!P_ERR(p) && p->stack_len > smark && rp_p_expect(p, RP_TOK_RPAR) &&
            rp_p_check(p, RP_TOK_COLON))
            done = 1;
        if (P_ERR(p))
            return NULL;
        if (!done) {
            p->stack_len = smark;
            p->pos = mark;
        }
    }
    if (!done) {
        for (;;) {
            RpWithItem *w = with_item(p);
            if (!w)
                goto fail;
            rp_p_push(p, w);
            if (!rp_p_expect(p, RP_TOK_COMMA))
                break;
        }
    }
    RpAstSeq *items = rp_p_seq_from(p, smark);
    if (!rp_p_expect(p, RP_TOK_COLON))
        return invalid_colon(p);
    goto body;
fail:
    if (p->invalid_rules && !P_ERR(p)) {
        /* invalid_with_stmt: [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
           | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE */
        int save = p->invalid_rules;
        p->invalid_rules = 0;
        for (int paren = 0; paren < 2 && !P_ERR(p); paren++) {
            p->pos = mark;
            if (paren && !rp_p_expect(p, RP_TOK_LPAR))
                break;
            int ok = 1;
            for (;;) {
                RpExpr *e = paren ? rp_p_star_expressions_eval(p) : rp_p_expression(p);
                if (!e) {
                    ok = 0;
                    break;
                }
                if (rp_p_expect(p, RP_KW_AS)) {
                    RpExpr *t = rp_p_star_target(p);
                    if (!t || !rp_p_set_context(p, t, RP_STORE)) {
                        ok = 0;
                        break;
                    }
                }
                if (!rp_p_expect(p, RP_TOK_COMMA))
                    break;
                if (paren && rp_p_check(p, RP_TOK_RPAR))
                    break;
            }
            if (ok && paren)
                ok = rp_p_expect(p, RP_TOK_RPAR) != NULL;
            if (ok && rp_p_check(p, RP_TOK_NEWLINE)) {
                p->invalid_rules = save;
                return rp_p_raise(p, "SyntaxError", "expected ':'");
            }
        }
        p->invalid_rules = save;
    }
    return NULL;
body:;
    RpAstSeq *body = block_after(p, kwline, "expected an indented block after 'with' statement on line %d");
    if (!body)
        return NULL;
    RpStmt *s = stmt_at(p, async_tok ? RP_AsyncWith_kind : RP_With_kind, st);
    s->v.With.items = items;
    s->v.With.body = body;
    return s;
}

static RpStmt *try_stmt(Parser *p)
{
    PToken *kw = rp_p_next(p);
    Start st = start_of(kw);
    int kwline = kw->t.lineno;
    if (!forced_colon(p))
        return NULL;
    RpAstSeq *body = block_after(p, kwline, "expected an indented block after 'try' statement on line %d");
    if (!body)
        return NULL;
    long smark = rp_p_stack_mark(p);
    int star = -1;   /* -1 unknown, 0 except, 1 except* */
    while (rp_p_check(p, RP_KW_EXCEPT)) {
        PToken *ex = rp_p_next(p);
        Start est = start_of(ex);
        int exline = ex->t.lineno;
        int this_star = 0;
        PToken *star_tok = NULL;
        if (rp_p_check(p, RP_TOK_STAR)) {
            star_tok = rp_p_next(p);
            this_star = 1;
        }
        if (this_star && p->invalid_rules &&
            (rp_p_check(p, RP_TOK_NEWLINE) || rp_p_check(p, RP_TOK_COLON))) {
            /* invalid_except_stmt: 'except' '*' (NEWLINE | ':') */
            return rp_p_raise(p, "SyntaxError", "expected one or more exception types");
        }
        if (star >= 0 && this_star != star) {
            if (p->invalid_rules) {
                /* except_block+ a='except' b='*': the range a..b;
                   except_star_block+ a='except' ...: a only */
                PToken *end = star_tok ? star_tok : ex;
                return rp_p_raise_range(p, est.lineno, est.col, end->t.end_lineno, end->t.end_col_offset,
                                        "cannot have both 'except' and 'except*' on the same 'try'");
            }
            return NULL;
        }
        star = this_star;
        RpExpr *type = NULL;
        const char *name = NULL;
        if ((!rp_p_check(p, RP_TOK_COLON) && !rp_p_check(p, RP_TOK_NEWLINE)) || this_star) {
            type = rp_p_expression(p);
            if (!type)
                return NULL;
            if (rp_p_expect(p, RP_KW_AS)) {
                PToken *n = rp_p_expect(p, RP_TOK_NAME);
                if (!n)
                    return NULL;
                name = rp_p_name_id(p, n);
            }
        }
        if (!rp_p_expect(p, RP_TOK_COLON)) {
            if (p->invalid_rules && rp_p_check(p, RP_TOK_COMMA) && type && !name) {
                /* 'except' a=expression ',' expressions ['as' NAME] ':'
                   -> RAISE_SYNTAX_ERROR_STARTING_FROM(a) */
                long m = p->pos;
                rp_p_next(p);
                int save = p->invalid_rules;
                p->invalid_rules = 0;
                RpExpr *more = rp_p_star_expressions_eval(p);
                p->invalid_rules = save;
                int ok = more != NULL;
                if (ok && rp_p_expect(p, RP_KW_AS))
                    ok = rp_p_expect(p, RP_TOK_NAME) != NULL;
                if (ok && rp_p_expect(p, RP_TOK_COLON))
                    return rp_p_raise_at(p, "SyntaxError", type->lineno, type->col_offset,
                                         RP_CURRENT_POS, RP_CURRENT_POS,
                                         "multiple exception types must be parenthesized");
                if (P_ERR(p))
                    return NULL;
                p->pos = m;
            }
            return invalid_colon(p);
        }
        RpAstSeq *hbody = block_after(p, exline, this_star ?
            "expected an indented block after 'except*' statement on line %d" :
            "expected an indented block after 'except' statement on line %d");
        if (!hbody)
            return NULL;
        RpExceptHandler *h = rp_p_alloc(p, sizeof(RpExceptHandler));
        PToken *last = rp_p_last_token(p);
        h->type = type;
        h->name = name;
        h->body = hbody;
        h->lineno = est.lineno;
        h->col_offset = est.col;
        h->end_lineno = last->t.end_lineno;
        h->end_col_offset = last->t.end_col_offset;
        rp_p_push(p, h);
    }
    RpAstSeq *handlers = rp_p_seq_from(p, smark);
    RpAstSeq *orelse = NULL, *finalbody = NULL;
    if (handlers) {
        int err;
        orelse = else_block(p, &err);
        if (err)
            return NULL;
    }
    if (rp_p_check(p, RP_KW_FINALLY)) {
        PToken *f = rp_p_next(p);
        int fline = f->t.lineno;
        if (!forced_colon(p))
            return NULL;
        finalbody = block_after(p, fline, "expected an indented block after 'finally' statement on line %d");
        if (!finalbody)
            return NULL;
    }
    if (!handlers && !finalbody) {
        if (p->invalid_rules && !P_ERR(p))
            return rp_p_raise(p, "SyntaxError", "expected 'except' or 'finally' block");
        return NULL;
    }
    RpStmt *s = stmt_at(p, star == 1 ? RP_TryStar_kind : RP_Try_kind, st);
    s->v.Try.body = body;
    s->v.Try.handlers = handlers;
    s->v.Try.orelse = orelse;
    s->v.Try.finalbody = finalbody;
    return s;
}

static RpStmt *funcdef(Parser *p, PToken *async_tok, RpAstSeq *decorators)
{
    PToken *kw = rp_p_next(p);
    Start st = start_of(async_tok ? async_tok : kw);
    int kwline = kw->t.lineno;
    PToken *n = rp_p_expect(p, RP_TOK_NAME);
    if (!n)
        return NULL;
    const char *name = rp_p_name_id(p, n);
    PToken *lp = rp_p_peek(p);
    if (lp->t.type != RP_TOK_LPAR) {
        if (!P_ERR(p))
            rp_p_raise_tok(p, lp, "expected '('");
        return NULL;
    }
    rp_p_next(p);
    RpArguments *args;
    if (rp_p_check(p, RP_TOK_RPAR))
        args = rp_p_empty_arguments(p);
    else {
        args = rp_p_params(p, 0);
        if (!args)
            return NULL;
    }
    if (!rp_p_expect(p, RP_TOK_RPAR))
        return NULL;
    RpExpr *returns = NULL;
    if (rp_p_expect(p, RP_TOK_RARROW)) {
        returns = rp_p_expression(p);
        if (!returns)
            return NULL;
    }
    if (!forced_colon(p))
        return NULL;
    RpAstSeq *body = block_after(p, kwline, "expected an indented block after function definition on line %d");
    if (!body)
        return NULL;
    RpStmt *s = stmt_at(p, async_tok ? RP_AsyncFunctionDef_kind : RP_FunctionDef_kind, st);
    s->v.FunctionDef.name = name;
    s->v.FunctionDef.args = args;
    s->v.FunctionDef.body = body;
    s->v.FunctionDef.decorator_list = decorators;
    s->v.FunctionDef.returns = returns;
    return s;
}

static RpStmt *classdef(Parser *p, RpAstSeq *decorators)
{
    PToken *kw = rp_p_next(p);
    Start st = start_of(kw);
    int kwline = kw->t.lineno;
    PToken *n = rp_p_expect(p, RP_TOK_NAME);
    if (!n)
        return NULL;
    const char *name = rp_p_name_id(p, n);
    RpAstSeq *bases = NULL, *keywords = NULL;
    PToken *lp = rp_p_expect(p, RP_TOK_LPAR);
    if (lp) {
        if (!rp_p_check(p, RP_TOK_RPAR)) {
            p->no_genexp_arg = 1;
            int ok = rp_p_call_args(p, lp, &bases, &keywords);
            p->no_genexp_arg = 0;
            if (!ok)
                return NULL;
        }
        if (!rp_p_expect(p, RP_TOK_RPAR))
            return NULL;
    }
    if (!rp_p_check(p, RP_TOK_COLON))
        return invalid_colon(p);
    rp_p_next(p);
    RpAstSeq *body = block_after(p, kwline, "expected an indented block after class definition on line %d");
    if (!body)
        return NULL;
    RpStmt *s = stmt_at(p, RP_ClassDef_kind, st);
    s->v.ClassDef.name = name;
    s->v.ClassDef.bases = bases;
    s->v.ClassDef.keywords = keywords;
    s->v.ClassDef.body = body;
    s->v.ClassDef.decorator_list = decorators;
    return s;
}

static RpStmt *decorated(Parser *p)
{
    long smark = rp_p_stack_mark(p);
    while (rp_p_check(p, RP_TOK_AT)) {
        rp_p_next(p);
        RpExpr *e = rp_p_named_expression(p);
        if (!e)
            return NULL;
        if (!rp_p_expect(p, RP_TOK_NEWLINE))
            return NULL;
        rp_p_push(p, e);
    }
    RpAstSeq *decos = rp_p_seq_from(p, smark);
    PToken *t = rp_p_peek(p);
    if (t->t.type == RP_KW_DEF)
        return funcdef(p, NULL, decos);
    if (t->t.type == RP_KW_ASYNC && rp_p_peek_at(p, p->pos + 1)->t.type == RP_KW_DEF) {
        rp_p_next(p);
        return funcdef(p, t, decos);
    }
    if (t->t.type == RP_KW_CLASS)
        return classdef(p, decos);
    return NULL;
}

static RpStmt *compound_stmt(Parser *p)
{
    PToken *t = rp_p_peek(p);
    switch (t->t.type) {
    case RP_KW_DEF:
        return funcdef(p, NULL, NULL);
    case RP_TOK_AT:
        return decorated(p);
    case RP_KW_CLASS:
        return classdef(p, NULL);
    case RP_KW_IF:
        return if_stmt(p, 0);
    case RP_KW_WHILE:
        return while_stmt(p);
    case RP_KW_FOR:
        return for_stmt(p, NULL);
    case RP_KW_WITH:
        return with_stmt(p, NULL);
    case RP_KW_TRY:
        return try_stmt(p);
    case RP_KW_ASYNC: {
        PToken *n = rp_p_peek_at(p, p->pos + 1);
        rp_p_next(p);
        if (n->t.type == RP_KW_DEF)
            return funcdef(p, t, NULL);
        if (n->t.type == RP_KW_FOR)
            return for_stmt(p, t);
        if (n->t.type == RP_KW_WITH)
            return with_stmt(p, t);
        return NULL;
    }
    default:
        return NULL;
    }
}

static int is_compound_start(Parser *p, PToken *t)
{
    switch (t->t.type) {
    case RP_KW_DEF: case RP_TOK_AT: case RP_KW_CLASS: case RP_KW_IF:
    case RP_KW_WHILE: case RP_KW_FOR: case RP_KW_WITH: case RP_KW_TRY:
        return 1;
    case RP_KW_ASYNC: {
        int n = rp_p_peek_at(p, p->pos + 1)->t.type;
        return n == RP_KW_DEF || n == RP_KW_FOR || n == RP_KW_WITH;
    }
    }
    return 0;
}

/* statement: compound_stmt | simple_stmts; pushes the statements */
static int statement(Parser *p)
{
    PToken *t = rp_p_peek(p);
    if (P_ERR(p))
        return 0;
    if (is_compound_start(p, t)) {
        RpStmt *s = compound_stmt(p);
        if (!s)
            return 0;
        rp_p_push(p, s);
        return 1;
    }
    if (rp_p_is_name(t, "match")) {
        long mark = p->pos;
        RpStmt *s = rp_p_match_stmt(p);
        if (s) {
            rp_p_push(p, s);
            return 1;
        }
        if (P_ERR(p) || p->pos != mark)
            return 0;
    }
    return simple_stmts(p);
}

static int stmt_can_start(Parser *p)
{
    int ty = rp_p_peek(p)->t.type;
    return !(ty == RP_TOK_DEDENT || ty == RP_TOK_ENDMARKER || ty == RP_TOK_ERRORTOKEN);
}

/* statements: statement+ (in a block: until DEDENT) */
RpAstSeq *rp_p_statements(Parser *p, int top)
{
    long smark = rp_p_stack_mark(p);
    int n = 0;
    for (;;) {
        if (!stmt_can_start(p))
            break;
        long start = p->pos;
        if (top) {
            /* free tokens of finished top-level statements */
            if (start - p->base > 4 * RP_P_CHUNK_SIZE) {
                long keep = start;
                while (keep > p->base) {
                    int ty = rp_p_peek_at(p, keep - 1)->t.type;
                    if (ty != RP_TOK_NEWLINE && ty != RP_TOK_INDENT && ty != RP_TOK_DEDENT)
                        break;
                    keep--;
                }
                if (keep > p->base)
                    keep--;
                rp_p_compact(p, keep);
            }
            p->stmt_start = start;
        }
        if (!statement(p)) {
            p->stack_len = smark;
            return NULL;
        }
        n++;
    }
    if (n == 0)
        return NULL;
    return rp_p_seq_from(p, smark);
}

/* ---- start rules --------------------------------------------------------- */

RpModule *rp_p_file_rule(Parser *p)
{
    RpAstSeq *body = NULL;
    if (!rp_p_check(p, RP_TOK_ENDMARKER)) {
        body = rp_p_statements(p, 1);
        if (!body)
            return NULL;
    }
    if (!rp_p_expect(p, RP_TOK_ENDMARKER))
        return NULL;
    RpModule *m = rp_p_alloc(p, sizeof(RpModule));
    m->mode = RP_MODE_EXEC;
    m->body = body;
    return m;
}

RpModule *rp_p_eval_rule(Parser *p)
{
    p->stmt_start = p->pos;
    RpExpr *e = rp_p_star_expressions_eval(p);
    if (!e)
        return NULL;
    while (rp_p_expect(p, RP_TOK_NEWLINE))
        ;
    if (!rp_p_expect(p, RP_TOK_ENDMARKER))
        return NULL;
    RpModule *m = rp_p_alloc(p, sizeof(RpModule));
    m->mode = RP_MODE_EVAL;
    m->expr = e;
    return m;
}

RpModule *rp_p_interactive_rule(Parser *p)
{
    /* statement_newline: compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER */
    p->stmt_start = p->pos;
    RpModule *m = rp_p_alloc(p, sizeof(RpModule));
    m->mode = RP_MODE_SINGLE;
    PToken *t = rp_p_peek(p);
    if (P_ERR(p))
        return NULL;
    if (t->t.type == RP_TOK_NEWLINE) {
        rp_p_next(p);
        RpStmt *s = rp_p_stmt(p, RP_Pass_kind, t->t.lineno, t->t.col_offset, t->t.end_lineno,
                              t->t.end_col_offset);
        m->body = rp_p_seq1(p, s);
        return m;
    }
    if (t->t.type == RP_TOK_ENDMARKER) {
        /* CPython: _PyPegen_interactive_exit, a failure without message
           (so "invalid syntax" at the ENDMARKER) */
        return NULL;
    }
    long smark = rp_p_stack_mark(p);
    if (is_compound_start(p, t) || rp_p_is_name(t, "match")) {
        RpStmt *s = NULL;
        if (is_compound_start(p, t))
            s = compound_stmt(p);
        else
            s = rp_p_match_stmt(p);
        if (s) {
            if (!rp_p_expect(p, RP_TOK_NEWLINE))
                return NULL;
            m->body = rp_p_seq1(p, s);
            return m;
        }
        if (P_ERR(p) || is_compound_start(p, t))
            return NULL;
    }
    if (!simple_stmts(p))
        return NULL;
    m->body = rp_p_seq_from(p, smark);
    return m;
}

