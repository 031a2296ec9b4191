/* symtable.h - the symbol table: which scope each name of each block has.
 *
 * Modeled on CPython 3.11's Python/symtable.c (and the future.c pass that
 * runs before it).  Built from the AST in one pass (collect definitions
 * and uses per block) plus an analysis pass (resolve LOCAL / GLOBAL / FREE /
 * CELL, propagate free variables outwards, through class scopes too).
 *
 * Like the parser it creates no Python objects: everything lives in the
 * arena passed to rp_symtable_build and dies with it.  Errors are reported
 * in an RpSyntaxError (type "SyntaxError"), with CPython's message and
 * position.
 *
 * Blocks (CPython's "symbol table entries"):
 *   RP_BLOCK_MODULE    the module; name "top"
 *   RP_BLOCK_CLASS     a class body; name = the class name
 *   RP_BLOCK_FUNCTION  def / async def (name = function name), lambda
 *                      ("lambda"), and, as in 3.11, every comprehension
 *                      ("listcomp", "setcomp", "dictcomp", "genexpr"):
 *                      a comprehension is a function with one parameter
 *                      ".0", the iterator of its FIRST `for`, which is
 *                      evaluated in the enclosing block.
 *   RP_BLOCK_ANNOTATION under `from __future__ import annotations` each
 *                      annotation gets a block of its own ("_annotation")
 *                      so that its names bind nothing (3.11 behaviour).
 *
 * Errors reported HERE (CPython's symtable.c / future.c report them):
 *   "name 'x' is parameter and global" / "... and nonlocal",
 *   "name 'x' is assigned to before global declaration" (and "used prior",
 *   "annotated name 'x' can't be global", same for nonlocal),
 *   "nonlocal declaration not allowed at module level",
 *   "no binding for nonlocal 'x' found", "name 'x' is nonlocal and global",
 *   "duplicate argument 'x' in function definition",
 *   "import * only allowed at module level",
 *   "'yield' inside list comprehension" (and the other kinds, also await),
 *   "assignment expression cannot be used in a comprehension iterable
 *   expression", "assignment expression within a comprehension cannot be
 *   used in a class body", "assignment expression cannot rebind
 *   comprehension iteration variable 'x'", "comprehension inner loop
 *   cannot rebind assignment expression target 'x'",
 *   "future feature X is not defined", "not a chance".
 * Errors NOT reported here (CPython's compile.c reports them, so compile.c
 * must, at the position of the offending statement/expression):
 *   "'return' outside function", "'break' outside loop",
 *   "'continue' not properly in loop", "'yield' outside function",
 *   "'await' outside function", "'await' outside async function",
 *   "'async for' outside async function", "'async with' outside async
 *   function", "'return' with value in async generator",
 *   "asynchronous comprehension outside of an asynchronous function",
 *   "from __future__ imports must occur at the beginning of the file",
 *   "starred assignment target must be in a list or tuple", ...
 */
#ifndef RP_SYMTABLE_H
#define RP_SYMTABLE_H

#include <stddef.h>

#include "arena.h"
#include "ast.h"
#include "parser.h"

/* ---- flags of a symbol in one block (CPython's DEF_* / USE) ---------- */
#define RP_DEF_GLOBAL     0x001   /* global statement */
#define RP_DEF_LOCAL      0x002   /* bound in this block */
#define RP_DEF_PARAM      0x004   /* a parameter */
#define RP_DEF_NONLOCAL   0x008   /* nonlocal statement */
#define RP_USE            0x010   /* used (read) */
#define RP_DEF_FREE       0x020   /* a free variable from an enclosing scope */
#define RP_DEF_FREE_CLASS 0x040   /* free variable of a method, passing
                                     through this CLASS block */
#define RP_DEF_IMPORT     0x080   /* bound by an import */
#define RP_DEF_ANNOT      0x100   /* annotated (x: int) */
#define RP_DEF_COMP_ITER  0x200   /* a comprehension iteration variable */
#define RP_DEF_BOUND (RP_DEF_LOCAL | RP_DEF_PARAM | RP_DEF_IMPORT)

/* ---- the resolved scope of a name (CPython's values) ------------------ */
typedef enum {
    RP_SCOPE_UNKNOWN = 0,         /* the name does not occur in the block */
    RP_SCOPE_LOCAL = 1,
    RP_SCOPE_GLOBAL_EXPLICIT = 2, /* declared `global` */
    RP_SCOPE_GLOBAL_IMPLICIT = 3, /* not bound anywhere up the chain */
    RP_SCOPE_FREE = 4,            /* bound in an enclosing function */
    RP_SCOPE_CELL = 5             /* local, and used by a nested function */
} RpSymScope;

typedef enum {
    RP_BLOCK_FUNCTION = 1, RP_BLOCK_CLASS, RP_BLOCK_MODULE, RP_BLOCK_ANNOTATION
} RpSymBlockType;

typedef enum {
    RP_COMP_NONE = 0, RP_COMP_LIST, RP_COMP_SET, RP_COMP_DICT, RP_COMP_GENEXP
} RpSymCompType;

typedef struct RpSymbol {
    const char *name;             /* mangled, NUL-terminated UTF-8 */
    int flags;                    /* RP_DEF_* | RP_USE */
    RpSymScope scope;
} RpSymbol;

typedef struct RpSymBlock RpSymBlock;
struct RpSymBlock {
    RpSymBlockType type;
    const char *name;             /* "top", class/function name, "lambda",
                                     "listcomp", "setcomp", "dictcomp",
                                     "genexpr", "_annotation" */
    const void *node;             /* the RpModule*, RpStmt* or RpExpr* */
    int lineno, col_offset, end_lineno, end_col_offset;
    RpSymBlock *parent;           /* NULL for the module */

    /* child blocks in source order (the order compile.c meets them) */
    RpSymBlock **children;
    int nchildren;

    /* every name of the block, in order of first appearance */
    RpSymbol *symbols;
    int nsymbols;

    /* parameters, in CPython's ste_varnames order: posonly, regular,
       keyword-only, then *args, then **kwargs (comprehensions: ".0").  These are the
       first co_varnames; compile.c appends other locals in the order its
       code first refers to them (as CPython does). */
    const char **params;
    int nparams;
    int argcount, posonlyargcount, kwonlyargcount;

    /* co_cellvars and co_freevars, already sorted as CPython sorts them
       (by code point).  cellvars of a class include "__class__" when
       needs_class_closure.  freevars include names with RP_DEF_FREE_CLASS. */
    const char **cellvars;
    int ncellvars;
    const char **freevars;
    int nfreevars;

    const char *private_name;     /* name of the enclosing class for
                                     mangling, or NULL */
    RpSymCompType comprehension;  /* kind, when the block is one */
    unsigned is_nested : 1;       /* a function nested in a function */
    unsigned is_generator : 1;    /* contains yield / yield from */
    unsigned is_coroutine : 1;    /* async def, or async comprehension */
    unsigned has_varargs : 1;
    unsigned has_varkeywords : 1;
    unsigned returns_value : 1;   /* has `return <expr>` */
    unsigned has_free : 1;        /* has free variables (ste_free) */
    unsigned child_free : 1;      /* a child block has free variables */
    unsigned needs_class_closure : 1; /* class: a method uses __class__
                                         or super() */

    /* internal: hash index of symbols */
    int *index;
    int index_cap;
    int symbols_cap;
};

/* __future__ features found at the top of the module */
#define RP_FUTURE_ANNOTATIONS   0x1000000   /* CO_FUTURE_ANNOTATIONS */
#define RP_FUTURE_BARRY_AS_BDFL 0x0400000   /* CO_FUTURE_BARRY_AS_BDFL */

typedef struct RpSymTable {
    RpArena *arena;
    const char *filename;
    RpSymBlock *top;              /* the module block */
    int future_features;          /* RP_FUTURE_* */
    /* internal: node -> block map */
    RpSymBlock **map;
    size_t map_cap, map_len;
} RpSymTable;

/* Build the table for a parsed module (any mode).  NULL with *err set on
 * a SyntaxError (or "MemoryError"). */
RpSymTable *rp_symtable_build(RpArena *arena, RpModule *mod,
                              const char *filename, RpSyntaxError *err);
/* The same with CPython's recursion accounting: the depth starts at
 * `starting_depth` and may not pass `limit` (CPython: 3 x the Python
 * depth and 3 x the recursion limit), nor go below the C stack address
 * `c_stack_limit` (if not NULL): RecursionError "maximum recursion depth
 * exceeded during compilation". */
RpSymTable *rp_symtable_build_ex(RpArena *arena, RpModule *mod, const char *filename,
                                 int starting_depth, int limit, const char *c_stack_limit,
                                 RpSyntaxError *err);

/* The block of a node: the RpModule*, a FunctionDef/AsyncFunctionDef/
 * ClassDef RpStmt*, a Lambda/ListComp/SetComp/DictComp/GeneratorExp
 * RpExpr*, or (future annotations) an annotation RpExpr*.  NULL if none. */
RpSymBlock *rp_symtable_lookup(const RpSymTable *st, const void *node);

/* The symbol / scope of a (mangled) name in a block. */
const RpSymbol *rp_symblock_lookup(const RpSymBlock *b, const char *name);
RpSymScope rp_symblock_scope(const RpSymBlock *b, const char *name);

/* CPython's _Py_Mangle: "__x" inside class "C" -> "_C__x".  Returns `name`
 * itself when no mangling applies (privateobj NULL, name not starting with
 * two underscores, ending with two underscores, containing a dot, or the
 * class name being all underscores), else a new string in `arena` (NULL
 * on out of memory). */
const char *rp_symtable_mangle(RpArena *arena, const char *privateobj,
                               const char *name);

#endif /* RP_SYMTABLE_H */
