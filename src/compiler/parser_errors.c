/* parser_errors.c - how the parser reports errors, following CPython
 * 3.11's Parser/pegen_errors.c: where each kind of error is located, which
 * source line goes with it, and the end-of-parse logic that picks between
 * the first pass, the second pass and a later tokenizer error.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser_internal.h"

#define MAXSTACK 6000

/* characters in the first `col` bytes of `line` (CPython's
   _PyPegen_byte_offset_to_character_offset, col being 1-based) */
static int byte_to_char(const char *line, int col)
{
    if (col <= 0)
        return col;
    size_t len = strlen(line);
    if ((size_t)col > len + 1)
        col = (int)len + 1;
    if ((size_t)col > len)
        return rp_utf8_chars(line, len) + 1;
    return rp_utf8_chars(line, (size_t)col);
}

static void set_error_line(Parser *p, int lineno)
{
    RpSyntaxError *err = p->err;
    RpTokenizer *tok = &p->tok;
    if (rp_tokenizer_text_from_file(tok, err, lineno))
        return;
    if (tok->lineno <= lineno && tok->inp > tok->bufline) {
        rp_syntax_error_set_text(err, tok->bufline, (size_t)(tok->inp - tok->bufline));
        return;
    }
    rp_tokenizer_set_error_text(tok, err, lineno);
}

/* CPython's _PyPegen_raise_error_known_location; col_offset and
   end_col_offset are already 1-based byte columns (or RP_CURRENT_POS) */
static void raise_known(Parser *p, const char *type, int lineno, int col_offset,
                        int end_lineno, int end_col_offset, const char *fmt, va_list ap)
{
    RpSyntaxError *err = p->err;
    RpTokenizer *tok = &p->tok;
    if (p->error)
        return;
    p->error = 1;
    if (end_lineno == RP_CURRENT_POS)
        end_lineno = tok->lineno;
    if (end_col_offset == RP_CURRENT_POS)
        end_col_offset = (int)(tok->cur - tok->line_start);
    if (p->is_fstring) {
        char tmp[sizeof(err->msg) - 16];
        vsnprintf(tmp, sizeof(tmp), fmt, ap);
        snprintf(err->msg, sizeof(err->msg), "f-string: %s", tmp);
        if (col_offset != RP_CURRENT_POS)
            col_offset -= p->fstart_col;
        end_col_offset -= p->fstart_col;
    } else {
        vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
    }
    err->type = type;
    set_error_line(p, lineno);
    int col_number = col_offset, end_col_number = end_col_offset;
    if (tok->has_encoding) {
        col_number = byte_to_char(rp_syntax_error_text(err), col_offset);
        if (end_col_number > 0)
            end_col_number = byte_to_char(rp_syntax_error_text(err), end_col_number);
    }
    err->lineno = lineno;
    err->offset = col_number;
    err->end_lineno = end_lineno;
    err->end_offset = end_col_number;
    /* the input ended too early: the REPL asks for more */
    PToken *last = rp_p_last_fetched(p);
    if (tok->done == RP_E_EOF && last && last->t.start == NULL)
        err->incomplete = 1;
}

/* in pass 2, CPython's token array still holds what pass 1 read */
static void top_up(Parser *p)
{
    while (p->invalid_rules && p->fill < p->pass1_fill) {
        long before = p->fill;
        rp_p_peek_at(p, p->fill);
        if (p->fill == before)
            break;
    }
}

void *rp_p_raise(Parser *p, const char *type, const char *fmt, ...)
{
    if (p->error)
        return NULL;
    top_up(p);
    if (p->error)
        return NULL;
    PToken *t = rp_p_last_fetched(p);
    va_list ap;
    va_start(ap, fmt);
    if (!t) {
        raise_known(p, type, 0, 0, 0, -1, fmt, ap);
        va_end(ap);
        return NULL;
    }
    int col, end_col = -1;
    if (t->t.col_offset == -1) {
        RpTokenizer *tok = &p->tok;
        /* CPython's file tokenizer empties its buffer at the end of the
           input: tok->cur == tok->buf there too */
        col = tok->cur == tok->buf || (tok->from_file && tok->cur >= tok->end)
                  ? 0 : (int)(tok->cur - tok->line_start);
    } else {
        col = t->t.col_offset + 1;
    }
    if (t->t.end_col_offset != -1)
        end_col = t->t.end_col_offset + 1;
    raise_known(p, type, t->t.lineno, col, t->t.end_lineno, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *rp_p_raise_at(Parser *p, const char *type, int lineno, int col, int end_lineno,
                    int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_known(p, type, lineno, col == RP_CURRENT_POS ? col : col + 1, end_lineno,
                end_col == RP_CURRENT_POS ? end_col : end_col + 1, fmt, ap);
    va_end(ap);
    return NULL;
}

void *rp_p_raise_expr(Parser *p, const RpExpr *e, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_known(p, "SyntaxError", e->lineno, e->col_offset + 1, e->end_lineno,
                e->end_col_offset + 1, fmt, ap);
    va_end(ap);
    return NULL;
}

void *rp_p_raise_range(Parser *p, int l1, int c1, int l2, int c2, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_known(p, "SyntaxError", l1, c1 + 1, l2, c2 + 1, fmt, ap);
    va_end(ap);
    return NULL;
}

void *rp_p_raise_tok(Parser *p, PToken *t, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_known(p, "SyntaxError", t->t.lineno, t->t.col_offset + 1, t->t.end_lineno,
                t->t.end_col_offset + 1, fmt, ap);
    va_end(ap);
    return NULL;
}

void *rp_p_raise_tok_range(Parser *p, PToken *a, PToken *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    raise_known(p, "SyntaxError", a->t.lineno, a->t.col_offset + 1, b->t.end_lineno,
                b->t.end_col_offset + 1, fmt, ap);
    va_end(ap);
    return NULL;
}

const char *rp_p_expr_name(const RpExpr *e)
{
    switch (e->kind) {
    case RP_Attribute_kind: return "attribute";
    case RP_Subscript_kind: return "subscript";
    case RP_Starred_kind: return "starred";
    case RP_Name_kind: return "name";
    case RP_List_kind: return "list";
    case RP_Tuple_kind: return "tuple";
    case RP_Lambda_kind: return "lambda";
    case RP_Call_kind: return "function call";
    case RP_BoolOp_kind: case RP_BinOp_kind: case RP_UnaryOp_kind: return "expression";
    case RP_GeneratorExp_kind: return "generator expression";
    case RP_Yield_kind: case RP_YieldFrom_kind: return "yield expression";
    case RP_Await_kind: return "await expression";
    case RP_ListComp_kind: return "list comprehension";
    case RP_SetComp_kind: return "set comprehension";
    case RP_DictComp_kind: return "dict comprehension";
    case RP_Dict_kind: return "dict literal";
    case RP_Set_kind: return "set display";
    case RP_JoinedStr_kind: case RP_FormattedValue_kind: return "f-string expression";
    case RP_Constant_kind:
        switch (e->v.Constant.kind) {
        case RP_CONST_NONE: return "None";
        case RP_CONST_FALSE: return "False";
        case RP_CONST_TRUE: return "True";
        case RP_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case RP_Compare_kind: return "comparison";
    case RP_IfExp_kind: return "conditional expression";
    case RP_NamedExpr_kind: return "named expression";
    default: return "expression";
    }
}

/* CPython's _PyPegen_get_invalid_target; kind 0 star targets, 1 del, 2 for */
RpExpr *rp_p_invalid_target(RpExpr *e, int kind)
{
    if (!e)
        return NULL;
    switch (e->kind) {
    case RP_List_kind:
    case RP_Tuple_kind: {
        RpAstSeq *elts = e->kind == RP_List_kind ? e->v.List.elts : e->v.Tuple.elts;
        for (int i = 0; i < rp_ast_len(elts); i++) {
            RpExpr *c = rp_p_invalid_target(elts->items[i], kind);
            if (c)
                return c;
        }
        return NULL;
    }
    case RP_Starred_kind:
        if (kind == 1)
            return e;
        return rp_p_invalid_target(e->v.Starred.value, kind);
    case RP_Compare_kind:
        if (kind == 2) {
            if ((RpCmpOp)(intptr_t)e->v.Compare.ops->items[0] == RP_IN)
                return rp_p_invalid_target(e->v.Compare.left, kind);
            return NULL;
        }
        return e;
    case RP_Name_kind:
    case RP_Subscript_kind:
    case RP_Attribute_kind:
        return NULL;
    default:
        return e;
    }
}

void *rp_p_raise_invalid_target(Parser *p, int kind, RpExpr *e)
{
    RpExpr *t = rp_p_invalid_target(e, kind);
    if (!t)
        return NULL;
    return rp_p_raise_expr(p, t, kind == 1 ? "cannot delete %s" : "cannot assign to %s",
                           rp_p_expr_name(t));
}

int rp_p_enter(Parser *p, int cost)
{
    p->depth += cost;
    if (p->depth >= MAXSTACK && !p->error) {
        RpSyntaxError *err = p->err;
        err->type = "MemoryError";
        err->msg[0] = '\0';
        err->lineno = err->offset = err->end_lineno = err->end_offset = 0;
        err->has_text = 0;
        err->text[0] = '\0';
        err->long_text = NULL;
        p->error = 1;
        p->fatal = 1;
    }
    return !p->error;
}

static void unclosed_paren(Parser *p)
{
    RpTokenizer *tok = &p->tok;
    int lineno = tok->parenlinenostack[tok->level - 1];
    int col = tok->parencolstack[tok->level - 1];
    rp_p_raise_at(p, "SyntaxError", lineno, col, lineno, -1, "'%c' was never closed",
                  tok->parenstack[tok->level - 1]);
    p->err->incomplete = 1;
}

void rp_p_tokenizer_error(Parser *p, PToken *t)
{
    RpTokenizer *tok = &p->tok;
    if (p->error)
        return;
    if (tok->has_error) {
        p->error = 1;
        p->tok_error = 1;
        return;
    }
    if (tok->done == RP_E_EOF && tok->level) {
        unclosed_paren(p);
        p->tok_error = 1;
        return;
    }
    rp_tokenizer_error_from_done(tok, &t->t);
    p->error = 1;
    p->tok_error = 1;
}

/* CPython's _PyPegen_tokenize_full_source_to_check_for_errors */
static void full_source_check(Parser *p)
{
    RpTokenizer *tok = &p->tok;
    if (tok->done != RP_E_OK && tok->done != RP_E_EOF)
        return;
    PToken *last = rp_p_last_fetched(p);
    int current_err_line = last ? last->t.lineno : 0;
    RpSyntaxError saved = *p->err;
    RpSyntaxError tmp;
    memset(&tmp, 0, sizeof(tmp));
    tmp.arena = p->err->arena;
    tok->err = &tmp;
    int override = 0;
    for (;;) {
        RpToken t;
        int type = rp_tokenizer_next(tok, &t);
        if (type == RP_TOK_ERRORTOKEN) {
            if (tok->has_error) {
                override = 1;
            } else if (tok->level != 0) {
                int error_lineno = tok->parenlinenostack[tok->level - 1];
                if (current_err_line > error_lineno) {
                    tok->err = p->err;
                    p->error = 0;
                    unclosed_paren(p);
                    return;
                }
            }
            break;
        }
        if (type == RP_TOK_ENDMARKER)
            break;
    }
    tok->err = p->err;
    if (override)
        *p->err = tmp;
    else
        *p->err = saved;
}

int rp_p_second_pass(Parser *p);

/* the first pass failed: CPython's _PyPegen_run_parser error path */
void rp_p_finish_error(Parser *p)
{
    if (p->fatal)
        return;
    if (p->error) {
        if (!p->tok_error)
            full_source_check(p);
        return;
    }
    /* remember the last token of pass 1 */
    PToken *lt = rp_p_last_fetched(p);
    PToken last = lt ? *lt : (PToken){{0}, 0};
    int have_last = lt != NULL;
    p->pass1_fill = p->fill;

    rp_p_second_pass(p);
    if (p->fatal)
        return;
    if (p->error) {
        if (!p->tok_error)
            full_source_check(p);
        return;
    }
    top_up(p);
    if (p->error)
        return;
    if (!have_last) {
        rp_p_raise(p, "SyntaxError", "error at start before reading any input");
        return;
    }
    if (last.t.type == RP_TOK_INDENT || last.t.type == RP_TOK_DEDENT) {
        rp_p_raise(p, "IndentationError",
                   last.t.type == RP_TOK_INDENT ? "unexpected indent" : "unexpected unindent");
        return;
    }
    rp_p_raise_at(p, "SyntaxError", last.t.lineno, last.t.col_offset, last.t.end_lineno,
                  last.t.end_col_offset, "invalid syntax");
    full_source_check(p);
}
