/* compile_internal.h - what the parts of the compiler share.
 *
 *   compile.c       the driver, code units (one per code object), names,
 *                   constants, functions, classes, lambdas, comprehensions
 *   compile_stmt.c  statements (loops, try, with, imports, ...)
 *   compile_expr.c  expressions (calls, operators, f-strings, ...)
 *   compile_match.c the match statement
 *   optimize.c      constant folding on the AST, constant objects
 *   assemble.c      control-flow graph -> code object (exception table,
 *                   stack depth, line table)
 *
 * Code is generated into basic blocks of RpInstr, with jump targets as
 * block pointers; the assembler lays the blocks out.
 */
#ifndef RP_COMPILE_INTERNAL_H
#define RP_COMPILE_INTERNAL_H

#include <stddef.h>

#include "../core/object.h"   /* first: RP_LT / RP_EQ / RP_GT (rich comparisons) */
#include "../vm/abstract.h"
#include "../vm/opcodes.h"
#include "compile.h"

#include "ast_objects.h"        /* the AST, with RP_CMP_EQ/LT/GT */

/* A source range: lines 1-based, columns 0-based UTF-8 byte offsets;
 * lineno < 0 means "no location" (artificial instruction). */
typedef struct RpLoc {
    int lineno, end_lineno, col, end_col;
} RpLoc;

#define RP_NO_LOC ((RpLoc){ -1, -1, -1, -1 })

typedef struct RpBlock RpBlock;

typedef struct RpInstr {
    int opcode;
    int oparg;
    RpLoc loc;
    RpBlock *target;              /* jumps and SETUP_* */
    RpBlock *handler;             /* set by the assembler: the except
                                     handler covering the instruction */
} RpInstr;

struct RpBlock {
    RpBlock *b_list;              /* every block of the unit (for freeing) */
    RpBlock *b_next;              /* the next block in layout order */
    RpInstr *b_instr;
    int b_iused, b_ialloc;
    int b_startdepth;             /* stack depth on entry; -1 unknown */
    int b_offset;                 /* code offset, in units */
    int b_predecessors;
    unsigned b_visited : 1;
    unsigned b_except_handler : 1;   /* target of a SETUP_* */
    unsigned b_preserve_lasti : 1;   /* SETUP_CLEANUP / SETUP_WITH target */
    unsigned b_cold : 1;
    void *b_exceptstack;          /* assembler work data */
};

/* Frame blocks: what a return/break/continue must unwind (CPython's
 * fblockinfo). */
typedef enum {
    RP_FB_WHILE_LOOP, RP_FB_FOR_LOOP, RP_FB_TRY_EXCEPT, RP_FB_FINALLY_TRY,
    RP_FB_FINALLY_END, RP_FB_WITH, RP_FB_ASYNC_WITH, RP_FB_HANDLER_CLEANUP,
    RP_FB_POP_VALUE, RP_FB_EXCEPTION_HANDLER, RP_FB_EXCEPTION_GROUP_HANDLER,
    RP_FB_ASYNC_COMPREHENSION_GENERATOR
} RpFBlockType;

#define RP_CO_MAXBLOCKS 20        /* "too many statically nested blocks" */

typedef struct RpFBlock {
    RpFBlockType type;
    RpBlock *block;
    RpBlock *exit;
    const void *datum;            /* finally body (RpAstSeq*), with stmt, or
                                     handler name (const char*) */
} RpFBlock;

typedef enum {
    RP_SCOPE_MODULE, RP_SCOPE_CLASS, RP_SCOPE_FUNCTION, RP_SCOPE_ASYNC_FUNCTION,
    RP_SCOPE_LAMBDA, RP_SCOPE_COMPREHENSION
} RpScopeType;

/* One code object being compiled. */
typedef struct RpCUnit {
    struct RpCUnit *parent;
    RpSymBlock *ste;
    RpScopeType scope_type;
    RpObject *name;               /* str */
    RpObject *qualname;           /* str */
    const char *private_name;     /* class name for mangling, or NULL */

    RpObject *consts;             /* dict: constant key -> index */
    RpObject *names;              /* dict: name -> index (co_names) */
    RpObject *varnames;           /* dict: name -> index (locals) */
    RpObject *cellvars;           /* dict: name -> index */
    RpObject *freevars;           /* dict: name -> index */

    int argcount, posonlyargcount, kwonlyargcount;
    int firstlineno;

    RpBlock *blocks;              /* allocation list */
    RpBlock *entry;
    RpBlock *curblock;

    RpFBlock fblocks[RP_CO_MAXBLOCKS];
    int nfblocks;

    RpLoc loc;                    /* location of the instructions emitted now */
} RpCUnit;

typedef struct RpCompiler {
    RpArena *arena;
    const char *filename;
    RpObject *filename_obj;
    const char *src;              /* for SyntaxError text (may be NULL) */
    size_t srclen;
    RpSymTable *st;
    RpCUnit *u;
    RpObject *const_cache;        /* dict: constant key -> constant key */
    /* optimize.c: the constant value of each constant or folded expression
       (open addressing, keys RpExpr*, values owned) */
    struct RpFoldEntry *folded;
    size_t folded_cap, folded_len;
    int future_features;
    int optimize;                 /* 0 normally; 1: -O; 2: -OO */
    int interactive;              /* mode single: PRINT_EXPR */
    int nestlevel;
    int depth;                    /* AST recursion depth */
    int depth_limit;              /* RecursionError past it */
    int flags;
} RpCompiler;

/* ---- compile.c ---- */
int rp_c_error(RpCompiler *c, RpLoc loc, const char *fmt, ...);
/* a SyntaxError with message `msg` for a literal the parser would reject:
 * no columns (as CPython's parser reports an int over the digits limit) */
int rp_c_error_literal(RpCompiler *c, RpLoc loc, RpObject *msg);
/* A SyntaxWarning printed as the warnings module does (compile-time
 * warnings have no registry: each is shown); 0, or -1 on error. */
int rp_c_warn(RpCompiler *c, RpLoc loc, const char *fmt, ...);
int rp_c_enter_depth(RpCompiler *c);
static inline void rp_c_leave_depth(RpCompiler *c) { c->depth--; }

RpBlock *rp_c_new_block(RpCompiler *c);
void rp_c_use_block(RpCompiler *c, RpBlock *b);      /* b follows the current block */
void rp_c_use_next_block(RpCompiler *c, RpBlock *b);
int rp_c_next_block(RpCompiler *c);                  /* start a new block */

int rp_c_addop(RpCompiler *c, int op);
int rp_c_addop_i(RpCompiler *c, int op, int arg);
int rp_c_addop_noloc(RpCompiler *c, int op);
int rp_c_addop_jump(RpCompiler *c, int op, RpBlock *target);
int rp_c_addop_jump_noloc(RpCompiler *c, int op, RpBlock *target);
int rp_c_addop_load_const(RpCompiler *c, RpObject *o);          /* borrowed */
int rp_c_addop_load_const_steal(RpCompiler *c, RpObject *o);    /* NULL: error */
int rp_c_addop_name(RpCompiler *c, int op, const char *name, int mangle);
int rp_c_addop_name_obj(RpCompiler *c, int op, RpObject *name);
int rp_c_add_const(RpCompiler *c, RpObject *o);                 /* index or -1 */
int rp_c_nameop(RpCompiler *c, const char *name, RpExprContext ctx);
int rp_c_dict_add(RpObject *dict, RpObject *name);              /* index or -1 */
RpObject *rp_c_mangle(RpCompiler *c, const char *name);          /* new str */
RpObject *rp_c_str(const char *s);                               /* new interned str */

static inline void rp_c_set_loc_expr(RpCompiler *c, const RpExpr *e)
{
    c->u->loc = (RpLoc){ e->lineno, e->end_lineno, e->col_offset, e->end_col_offset };
}
static inline void rp_c_set_loc_stmt(RpCompiler *c, const RpStmt *s)
{
    c->u->loc = (RpLoc){ s->lineno, s->end_lineno, s->col_offset, s->end_col_offset };
}
static inline RpLoc rp_loc_of_expr(const RpExpr *e)
{
    return (RpLoc){ e->lineno, e->end_lineno, e->col_offset, e->end_col_offset };
}
static inline RpLoc rp_loc_of_stmt(const RpStmt *s)
{
    return (RpLoc){ s->lineno, s->end_lineno, s->col_offset, s->end_col_offset };
}

int rp_c_push_fblock(RpCompiler *c, RpFBlockType t, RpBlock *b, RpBlock *exit,
                     const void *datum);
void rp_c_pop_fblock(RpCompiler *c, RpFBlockType t, RpBlock *b);
int rp_c_unwind_fblock(RpCompiler *c, RpFBlock *info, int preserve_tos);
int rp_c_unwind_fblock_stack(RpCompiler *c, int preserve_tos, RpFBlock **loop);

int rp_c_function(RpCompiler *c, RpStmt *s, int is_async);
int rp_c_class(RpCompiler *c, RpStmt *s);
int rp_c_lambda(RpCompiler *c, RpExpr *e);
int rp_c_comprehension(RpCompiler *c, RpExpr *e);
int rp_c_body(RpCompiler *c, RpAstSeq *stmts);
int rp_c_is_top_level_await(RpCompiler *c);

/* ---- compile_stmt.c ---- */
int rp_c_stmt(RpCompiler *c, RpStmt *s);
int rp_c_stmts(RpCompiler *c, RpAstSeq *seq);
int rp_c_call_exit_with_nones(RpCompiler *c);
int rp_c_add_yield_from(RpCompiler *c, int await);
int rp_c_pop_except_and_reraise(RpCompiler *c);

/* ---- compile_expr.c ---- */
int rp_c_expr(RpCompiler *c, RpExpr *e);
int rp_c_jump_if(RpCompiler *c, RpExpr *e, RpBlock *next, int cond);
int rp_c_call_helper(RpCompiler *c, int n, RpAstSeq *args, RpAstSeq *keywords);
int rp_c_check_ann_expr(RpCompiler *c, RpExpr *e);
int rp_c_annotation(RpCompiler *c, RpExpr *annotation);
int rp_c_forbidden_name(RpCompiler *c, const char *name, RpExprContext ctx, RpLoc loc);
int rp_c_unpack_helper(RpCompiler *c, RpAstSeq *elts, RpLoc loc);
int rp_c_assign_sequence(RpCompiler *c, RpAstSeq *elts);

/* ---- compile_match.c ---- */
int rp_c_match(RpCompiler *c, RpStmt *s);

/* ---- optimize.c ---- */
int rp_c_fold_module(RpCompiler *c, RpModule *mod);
void rp_c_fold_free(RpCompiler *c);
RpObject *rp_c_fold_take(RpCompiler *c);   /* the literals as a new list */
/* The constant value of an expression if known at compile time (a
 * Constant node or a folded one): a borrowed object, or NULL. */
RpObject *rp_c_const_value(RpCompiler *c, RpExpr *e);
/* A new constant object for an AST literal. */
RpObject *rp_c_make_literal(RpCompiler *c, const RpAstConst *k, RpLoc loc);
/* Merge a constant into the compilation unit's cache: NEW reference to
 * the one object equal to `o` (tuples merged item by item). */
RpObject *rp_c_merge_const(RpCompiler *c, RpObject *o);
/* The key identifying a constant (CPython's _PyCode_ConstantKey). */
RpObject *rp_c_const_key(RpObject *o);
/* Is the expression a constant whose truth is known? 1 true, 0 false,
 * -1 unknown. */
int rp_c_expr_constant(RpCompiler *c, RpExpr *e);

/* ---- assemble.c ---- */
RpObject *rp_c_assemble(RpCompiler *c, int addnone);
void rp_c_free_blocks(RpCUnit *u);

#endif
