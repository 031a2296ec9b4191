/* parser_internal.h - shared state of parser.c, parser_expr.c,
 * parser_string.c and parser_errors.c.  Not a public header.
 *
 * How the parser works (and why):
 *   - It is a hand-written recursive descent parser that follows CPython
 *     3.11's PEG grammar (Grammar/python.gram) rule by rule where it
 *     matters for the AST and for error messages, but it decides
 *     deterministically where the grammar backtracks: an assignment is
 *     parsed as an expression and then turned into targets, a '(' is
 *     parsed once and then classified as group/tuple/genexp, and so on.
 *     The only backtracking is bounded (a `match` or `with (` header is
 *     re-read at most once), so parsing is linear.
 *   - Errors follow CPython's two passes.  Pass 1 parses; a failure is
 *     "soft" (functions return NULL) unless CPython raises right away
 *     (tokenizer errors, forced tokens such as `else` without ':', errors
 *     in literals).  After a soft failure, pass 2 re-parses the failing
 *     top-level statement with `invalid_rules` on: the checks mirroring
 *     CPython's invalid_* rules are active and raise the specialised
 *     messages.  If none fires, the error is "invalid syntax" at the last
 *     token pass 1 had read.  Then, as CPython does, the rest of the source
 *     is tokenized: a tokenizer error found later wins.
 *   - Tokens live in a growable array; indices are absolute (`base` is
 *     the index of tokens[0]).  Between top-level statements the array is
 *     compacted, so memory for tokens stays bounded.
 */
#ifndef RP_PARSER_INTERNAL_H
#define RP_PARSER_INTERNAL_H

#include <setjmp.h>
#include <stddef.h>

#include "ast.h"
#include "parser.h"
#include "tokenizer.h"

typedef struct PToken {
    RpToken t;
    int level;          /* bracket depth after this token (CPython's token->level) */
} PToken;

typedef struct PName {
    const char *s;
    size_t len, hash;
} PName;

typedef struct PMemo {
    long key;           /* position * 8 + kind * 2 + invalid_rules; 0 = empty */
    RpExpr *node;
    long end;
} PMemo;

typedef struct Parser {
    RpArena *arena;
    RpTokenizer tok;
    RpSyntaxError *err;
    RpParseMode mode;
    int flags;
    const char *src;
    size_t srclen;
    const char *filename;

    PToken *tokens;
    long base;          /* absolute index of tokens[0] */
    long fill;          /* absolute index one past the last fetched token */
    long cap;
    long pos;           /* absolute index of the current token */

    int error;          /* an error has been reported in *err */
    int tok_error;      /* ... and it came from the tokenizer */
    int invalid_rules;  /* the invalid_* checks are on (pass 2) */
    int pass2;          /* in pass 2 (expression/disjunction memoized) */
    PMemo *memo;
    size_t memo_cap, memo_len;
    int parsing_started;/* single mode: for the implicit NEWLINE */
    int depth;          /* CPython's rule depth, approximated (MAXSTACK) */
    int in_fstring;     /* parsing an f-string expression */
    int barry;          /* from __future__ import barry_as_FLUFL */
    int fatal;          /* MemoryError: no second pass */
    long stmt_start;    /* first token of the current top-level statement */
    long pass1_fill;    /* tokens pass 1 had read (pass 2 tops up to it) */
    /* pass 2: the Tuple nodes that were written with parentheses */
    const RpExpr **paren_tuples;
    size_t paren_cap, paren_len;
    /* f-string sub-parser: tokens on line fstart_lineno are shifted right
       by fstart_col; errors get the "f-string: " prefix */
    int no_genexp_arg;  /* class bases: no `primary genexp` form */
    int is_fstring;
    int fstart_lineno, fstart_col;

    /* interned identifiers and number texts: equal names share one copy */
    struct PName *names;
    size_t names_cap, names_len;

    /* scratch stack for building sequences (pointers) */
    void **stack;
    long stack_len, stack_cap;

    jmp_buf *oom;       /* where to go on out-of-memory */

} Parser;

/* ---- tokens (parser.c) ---- */

/* tokens live in chunks that never move (pointers stay valid); the chunk
   table is indexed by absolute chunk number.  Chunks freed by the
   compaction are kept for reuse (no new page faults for a big file). */
#define RP_P_CHUNK_BITS 12
#define RP_P_CHUNK_SIZE (1L << RP_P_CHUNK_BITS)
typedef struct TokStore {
    PToken **chunks;
    long nchunks;        /* entries in the table */
    long first_live;     /* chunks before it are freed */
    PToken *spare[8];    /* recycled chunks */
    int nspare;
    long cached;         /* chunk number of `cached_ptr` */
    PToken *cached_ptr;
} TokStore;

PToken *rp_p_slot_slow(Parser *p, long i);
PToken *rp_p_peek_at_slow(Parser *p, long i);

static inline PToken *rp_p_slot(Parser *p, long i)
{
    TokStore *s = (TokStore *)(void *)p->tokens;
    if ((i >> RP_P_CHUNK_BITS) == s->cached && s->cached_ptr)
        return &s->cached_ptr[i & (RP_P_CHUNK_SIZE - 1)];
    return rp_p_slot_slow(p, i);
}

/* token at absolute index i (fetching as needed) */
static inline PToken *rp_p_peek_at(Parser *p, long i)
{
    if (i < p->fill)
        return rp_p_slot(p, i);
    return rp_p_peek_at_slow(p, i);
}

/* token at p->pos */
static inline PToken *rp_p_peek(Parser *p) { return rp_p_peek_at(p, p->pos); }

static inline int rp_p_check(Parser *p, int type) { return rp_p_peek(p)->t.type == type; }

/* consume if type, else NULL */
static inline PToken *rp_p_expect(Parser *p, int type)
{
    PToken *t = rp_p_peek(p);
    if (t->t.type != type)
        return NULL;
    p->pos++;
    return t;
}

PToken *rp_p_next(Parser *p);                 /* consume and return */
PToken *rp_p_last_token(Parser *p);           /* last non-whitespace consumed */
PToken *rp_p_last_fetched(Parser *p);         /* tokens[fill-1] */
int rp_p_is_name(PToken *t, const char *s);   /* NAME with that text */
int rp_p_is_soft_kw(PToken *t);               /* match, case, _ */
const char *rp_p_name_id(Parser *p, PToken *t);   /* identifier for a NAME token */

/* ---- memory ---- */
void *rp_p_alloc(Parser *p, size_t size);     /* zeroed, longjmp on OOM */
char *rp_p_strndup(Parser *p, const char *s, size_t n);
const char *rp_p_intern(Parser *p, const char *s, size_t n);
long rp_p_stack_mark(Parser *p);
void rp_p_push(Parser *p, void *item);
RpAstSeq *rp_p_seq_from(Parser *p, long mark);   /* pops items since mark */
RpAstSeq *rp_p_seq1(Parser *p, void *item);
RpAstSeq *rp_p_seq_new(Parser *p, int n);

/* ---- node constructors ---- */
RpExpr *rp_p_expr(Parser *p, RpExprKind kind, int lineno, int col, int end_lineno, int end_col);
RpStmt *rp_p_stmt(Parser *p, RpStmtKind kind, int lineno, int col, int end_lineno, int end_col);
RpPattern *rp_p_pattern(Parser *p, RpPatternKind kind, int lineno, int col, int end_lineno, int end_col);
/* start position from token, end from the last consumed token */
RpExpr *rp_p_expr_from(Parser *p, RpExprKind kind, PToken *start);
RpStmt *rp_p_stmt_from(Parser *p, RpStmtKind kind, PToken *start);
RpExpr *rp_p_expr_span(Parser *p, RpExprKind kind, const RpExpr *first);  /* first..last token */
RpExpr *rp_p_name(Parser *p, PToken *t, RpExprContext ctx);

/* ---- expressions (parser_expr.c) ---- */
RpExpr *rp_p_expression(Parser *p);           /* expression */
RpExpr *rp_p_named_expression(Parser *p);
RpExpr *rp_p_star_expressions(Parser *p);
RpExpr *rp_p_star_named_expression(Parser *p);
RpExpr *rp_p_star_expression(Parser *p);
RpExpr *rp_p_yield_expr(Parser *p);
RpExpr *rp_p_disjunction(Parser *p);
RpExpr *rp_p_bitwise_or(Parser *p);
RpExpr *rp_p_primary(Parser *p);
RpExpr *rp_p_atom(Parser *p);
RpExpr *rp_p_star_targets(Parser *p);         /* for `for` targets */
RpExpr *rp_p_star_target(Parser *p);          /* one target, not validated */
RpExpr *rp_p_star_expressions_eval(Parser *p);
int rp_p_was_parenthesized_or_display(Parser *p, const RpExpr *e, PToken *start);
void rp_p_note_paren_tuple(Parser *p, const RpExpr *e);
int rp_p_is_paren_tuple(Parser *p, const RpExpr *e);
RpExpr *rp_p_fstring_expr(Parser *p, const char *s, size_t n, PToken *t, const char *brace);
RpExpr *rp_p_slices(Parser *p);
RpExpr *rp_p_starred_expression(Parser *p);  /* '*' expression */
int rp_p_at_for(Parser *p);                   /* at 'for' or 'async' 'for' */
int rp_p_starts_expression(int type);         /* can this token start one? */
RpExpr *rp_p_last_comprehension_item(RpComprehension *c);
/* parser_args.c */
RpExpr *rp_p_lambdef(Parser *p);
RpArguments *rp_p_params(Parser *p, int lambda);
RpArguments *rp_p_empty_arguments(Parser *p);
/* parse call arguments after '(' (the ')' is not consumed) */
int rp_p_call_args(Parser *p, PToken *lpar, RpAstSeq **args, RpAstSeq **keywords);
RpAstSeq *rp_p_for_if_clauses(Parser *p);
/* turn an expression into an assignment/del target (sets ctx); returns
 * 0 if it cannot be one */
int rp_p_set_context(Parser *p, RpExpr *e, RpExprContext ctx);
RpExpr *rp_p_invalid_target(RpExpr *e, int kind);   /* 0 star, 1 del, 2 for */
const char *rp_p_expr_name(const RpExpr *e);

/* ---- strings (parser_string.c) ---- */
RpExpr *rp_p_strings(Parser *p);              /* STRING+ at p->pos */
RpExpr *rp_p_number(Parser *p, PToken *t);

/* ---- statements (parser_stmt.c) ---- */
RpAstSeq *rp_p_block(Parser *p, PToken *kw, const char *what);
RpAstSeq *rp_p_statements(Parser *p, int top);
RpModule *rp_p_file_rule(Parser *p);
RpModule *rp_p_eval_rule(Parser *p);
RpModule *rp_p_interactive_rule(Parser *p);
void rp_p_compact(Parser *p, long keep);      /* parser.c: free old tokens */

/* ---- patterns (parser_match.c) ---- */
RpStmt *rp_p_match_stmt(Parser *p);           /* NULL, pos unchanged, if not a match */

/* ---- errors (parser_errors.c) ---- */
#define RP_CURRENT_POS (-5)
/* CPython's RAISE_SYNTAX_ERROR: at the last fetched token */
void *rp_p_raise(Parser *p, const char *type, const char *fmt, ...);
/* CPython's RAISE_ERROR_KNOWN_LOCATION with byte columns (0-based) */
void *rp_p_raise_at(Parser *p, const char *type, int lineno, int col,
                    int end_lineno, int end_col, const char *fmt, ...);
void *rp_p_raise_expr(Parser *p, const RpExpr *e, const char *fmt, ...);
void *rp_p_raise_range(Parser *p, int l1, int c1, int l2, int c2, const char *fmt, ...);
void *rp_p_raise_tok(Parser *p, PToken *t, const char *fmt, ...);
void *rp_p_raise_tok_range(Parser *p, PToken *a, PToken *b, const char *fmt, ...);
void *rp_p_raise_invalid_target(Parser *p, int kind, RpExpr *e);
void rp_p_nomem(Parser *p);
void rp_p_tokenizer_error(Parser *p, PToken *t);
void rp_p_finish_error(Parser *p);
int rp_p_second_pass(Parser *p);
/* depth accounting for CPython's MAXSTACK (MemoryError) */
int rp_p_enter(Parser *p, int cost);
static inline void rp_p_leave(Parser *p, int cost) { p->depth -= cost; }

#define P_ERR(p) ((p)->error)

#endif /* RP_PARSER_INTERNAL_H */
