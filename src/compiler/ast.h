/* ast.h - the abstract syntax tree: the contract between parser.c and
 * symtable.c/compile.c.
 *
 * It mirrors CPython 3.11's Parser/Python.asdl node for node, so that
 * CPython's documentation of the `ast` module describes it.  Differences:
 *   - nodes live in an arena (RpArena) and are freed all at once;
 *   - the parser does not create Python objects: a Constant carries its
 *     literal in decoded form (see RpAstConstKind) and the compiler turns
 *     it into an object (so the front end depends on nothing but libc);
 *   - identifiers are NUL-terminated UTF-8 C strings owned by the arena.
 *
 * Positions: lineno/end_lineno are 1-based, col_offset/end_col_offset are
 * 0-based UTF-8 byte offsets, exactly as in CPython's AST.
 */
#ifndef RP_AST_H
#define RP_AST_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/* A sequence of nodes (or of identifiers, for Global/Nonlocal).  A NULL
 * pointer stands for an empty sequence. */
typedef struct RpAstSeq {
    int len;
    void *items[];
} RpAstSeq;

static inline int rp_ast_len(const RpAstSeq *s) { return s ? s->len : 0; }

typedef struct RpExpr RpExpr;
typedef struct RpStmt RpStmt;
typedef struct RpPattern RpPattern;

typedef enum { RP_LOAD = 1, RP_STORE, RP_DEL } RpExprContext;

typedef enum { RP_AND = 1, RP_OR } RpBoolOp;

/* The order of RpOperator matches CPython's ast.operator and is used by
 * compile.c to pick the BINARY_OP argument (see opcodes.def). */
typedef enum {
    RP_ADD = 1, RP_SUB, RP_MULT, RP_MATMULT, RP_DIV, RP_MOD, RP_POW,
    RP_LSHIFT, RP_RSHIFT, RP_BITOR, RP_BITXOR, RP_BITAND, RP_FLOORDIV
} RpOperator;

typedef enum { RP_INVERT = 1, RP_NOT, RP_UADD, RP_USUB } RpUnaryOp;

typedef enum {
    RP_EQ = 1, RP_NOTEQ, RP_LT, RP_LTE, RP_GT, RP_GTE,
    RP_IS, RP_ISNOT, RP_IN, RP_NOTIN
} RpCmpOp;

/* ---- constants ------------------------------------------------------- */

typedef enum {
    RP_CONST_NONE = 1,
    RP_CONST_TRUE,
    RP_CONST_FALSE,
    RP_CONST_ELLIPSIS,
    RP_CONST_INT,      /* text: the literal as written, underscores removed,
                          with its 0x/0o/0b prefix kept ("0x1F", "10") */
    RP_CONST_FLOAT,    /* text: as written, underscores removed ("1e3", ".5") */
    RP_CONST_IMAG,     /* text: without the trailing j/J ("2.5" for 2.5j) */
    RP_CONST_STR,      /* data/len: the decoded value in UTF-8 (escapes
                          applied, implicit concatenation done); may
                          contain NUL bytes and lone surrogates encoded
                          as 3-byte sequences (as in CPython's "surrogatepass") */
    RP_CONST_BYTES     /* data/len: the decoded bytes */
} RpAstConstKind;

typedef struct RpAstConst {
    RpAstConstKind kind;
    const char *data;   /* text or decoded value, NUL-terminated too */
    size_t len;         /* length of data in bytes (without the final NUL) */
    int is_u;           /* the literal had a u prefix (Constant.kind == 'u') */
} RpAstConst;

/* ---- small records ----------------------------------------------------- */

typedef struct RpArg {
    const char *arg;
    RpExpr *annotation;              /* may be NULL */
    int lineno, col_offset, end_lineno, end_col_offset;
} RpArg;

typedef struct RpArguments {
    RpAstSeq *posonlyargs;           /* RpArg* */
    RpAstSeq *args;                  /* RpArg* */
    RpArg *vararg;                   /* may be NULL */
    RpAstSeq *kwonlyargs;            /* RpArg* */
    RpAstSeq *kw_defaults;           /* RpExpr*, a NULL item = no default;
                                        same length as kwonlyargs */
    RpArg *kwarg;                    /* may be NULL */
    RpAstSeq *defaults;              /* RpExpr*, for the LAST positional
                                        parameters (posonly + args) */
} RpArguments;

typedef struct RpKeyword {
    const char *arg;                 /* NULL for **expr */
    RpExpr *value;
    int lineno, col_offset, end_lineno, end_col_offset;
} RpKeyword;

typedef struct RpAlias {
    const char *name;                /* dotted name, or "*" */
    const char *asname;              /* may be NULL */
    int lineno, col_offset, end_lineno, end_col_offset;
} RpAlias;

typedef struct RpWithItem {
    RpExpr *context_expr;
    RpExpr *optional_vars;           /* may be NULL */
} RpWithItem;

typedef struct RpComprehension {
    RpExpr *target;
    RpExpr *iter;
    RpAstSeq *ifs;                   /* RpExpr* */
    int is_async;
} RpComprehension;

typedef struct RpExceptHandler {
    RpExpr *type;                    /* may be NULL */
    const char *name;                /* may be NULL */
    RpAstSeq *body;                  /* RpStmt* */
    int lineno, col_offset, end_lineno, end_col_offset;
} RpExceptHandler;

typedef struct RpMatchCase {
    RpPattern *pattern;
    RpExpr *guard;                   /* may be NULL */
    RpAstSeq *body;                  /* RpStmt* */
} RpMatchCase;

/* ---- expressions ------------------------------------------------------- */

typedef enum {
    RP_BoolOp_kind = 1, RP_NamedExpr_kind, RP_BinOp_kind, RP_UnaryOp_kind,
    RP_Lambda_kind, RP_IfExp_kind, RP_Dict_kind, RP_Set_kind,
    RP_ListComp_kind, RP_SetComp_kind, RP_DictComp_kind,
    RP_GeneratorExp_kind, RP_Await_kind, RP_Yield_kind, RP_YieldFrom_kind,
    RP_Compare_kind, RP_Call_kind, RP_FormattedValue_kind,
    RP_JoinedStr_kind, RP_Constant_kind, RP_Attribute_kind,
    RP_Subscript_kind, RP_Starred_kind, RP_Name_kind, RP_List_kind,
    RP_Tuple_kind, RP_Slice_kind
} RpExprKind;

struct RpExpr {
    RpExprKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        struct { RpBoolOp op; RpAstSeq *values; } BoolOp;
        struct { RpExpr *target; RpExpr *value; } NamedExpr;
        struct { RpExpr *left; RpOperator op; RpExpr *right; } BinOp;
        struct { RpUnaryOp op; RpExpr *operand; } UnaryOp;
        struct { RpArguments *args; RpExpr *body; } Lambda;
        struct { RpExpr *test; RpExpr *body; RpExpr *orelse; } IfExp;
        /* keys[i] == NULL means values[i] is a **mapping */
        struct { RpAstSeq *keys; RpAstSeq *values; } Dict;
        struct { RpAstSeq *elts; } Set;
        struct { RpExpr *elt; RpAstSeq *generators; } ListComp;
        struct { RpExpr *elt; RpAstSeq *generators; } SetComp;
        struct { RpExpr *key; RpExpr *value; RpAstSeq *generators; } DictComp;
        struct { RpExpr *elt; RpAstSeq *generators; } GeneratorExp;
        struct { RpExpr *value; } Await;
        struct { RpExpr *value; } Yield;          /* value may be NULL */
        struct { RpExpr *value; } YieldFrom;
        /* ops is a sequence of (intptr_t)RpCmpOp stored in items[] */
        struct { RpExpr *left; RpAstSeq *ops; RpAstSeq *comparators; } Compare;
        struct { RpExpr *func; RpAstSeq *args; RpAstSeq *keywords; } Call;
        /* conversion: -1 none, 's', 'r', 'a'; format_spec may be NULL
           (else a JoinedStr) */
        struct { RpExpr *value; int conversion; RpExpr *format_spec; } FormattedValue;
        struct { RpAstSeq *values; } JoinedStr;
        RpAstConst Constant;
        struct { RpExpr *value; const char *attr; RpExprContext ctx; } Attribute;
        struct { RpExpr *value; RpExpr *slice; RpExprContext ctx; } Subscript;
        struct { RpExpr *value; RpExprContext ctx; } Starred;
        struct { const char *id; RpExprContext ctx; } Name;
        struct { RpAstSeq *elts; RpExprContext ctx; } List;
        struct { RpAstSeq *elts; RpExprContext ctx; } Tuple;
        struct { RpExpr *lower; RpExpr *upper; RpExpr *step; } Slice;
    } v;
};

/* ---- statements -------------------------------------------------------- */

typedef enum {
    RP_FunctionDef_kind = 1, RP_AsyncFunctionDef_kind, RP_ClassDef_kind,
    RP_Return_kind, RP_Delete_kind, RP_Assign_kind, RP_AugAssign_kind,
    RP_AnnAssign_kind, RP_For_kind, RP_AsyncFor_kind, RP_While_kind,
    RP_If_kind, RP_With_kind, RP_AsyncWith_kind, RP_Match_kind,
    RP_Raise_kind, RP_Try_kind, RP_TryStar_kind, RP_Assert_kind,
    RP_Import_kind, RP_ImportFrom_kind, RP_Global_kind, RP_Nonlocal_kind,
    RP_Expr_kind, RP_Pass_kind, RP_Break_kind, RP_Continue_kind
} RpStmtKind;

struct RpStmt {
    RpStmtKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        /* also used for AsyncFunctionDef */
        struct { const char *name; RpArguments *args; RpAstSeq *body;
                 RpAstSeq *decorator_list; RpExpr *returns; } FunctionDef;
        struct { const char *name; RpAstSeq *bases; RpAstSeq *keywords;
                 RpAstSeq *body; RpAstSeq *decorator_list; } ClassDef;
        struct { RpExpr *value; } Return;                /* value may be NULL */
        struct { RpAstSeq *targets; } Delete;
        struct { RpAstSeq *targets; RpExpr *value; } Assign;
        struct { RpExpr *target; RpOperator op; RpExpr *value; } AugAssign;
        struct { RpExpr *target; RpExpr *annotation; RpExpr *value;
                 int simple; } AnnAssign;
        /* also used for AsyncFor */
        struct { RpExpr *target; RpExpr *iter; RpAstSeq *body;
                 RpAstSeq *orelse; } For;
        struct { RpExpr *test; RpAstSeq *body; RpAstSeq *orelse; } While;
        struct { RpExpr *test; RpAstSeq *body; RpAstSeq *orelse; } If;
        /* also used for AsyncWith; items are RpWithItem* */
        struct { RpAstSeq *items; RpAstSeq *body; } With;
        struct { RpExpr *subject; RpAstSeq *cases; } Match;
        struct { RpExpr *exc; RpExpr *cause; } Raise;
        /* also used for TryStar; handlers are RpExceptHandler* */
        struct { RpAstSeq *body; RpAstSeq *handlers; RpAstSeq *orelse;
                 RpAstSeq *finalbody; } Try;
        struct { RpExpr *test; RpExpr *msg; } Assert;
        struct { RpAstSeq *names; } Import;              /* RpAlias* */
        struct { const char *module; RpAstSeq *names; int level; } ImportFrom;
        struct { RpAstSeq *names; } Global;              /* const char* */
        struct { RpAstSeq *names; } Nonlocal;            /* const char* */
        struct { RpExpr *value; } Expr;
    } v;
};

/* ---- patterns (match statement) --------------------------------------- */

typedef enum {
    RP_MatchValue_kind = 1, RP_MatchSingleton_kind, RP_MatchSequence_kind,
    RP_MatchMapping_kind, RP_MatchClass_kind, RP_MatchStar_kind,
    RP_MatchAs_kind, RP_MatchOr_kind
} RpPatternKind;

struct RpPattern {
    RpPatternKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        struct { RpExpr *value; } MatchValue;
        struct { RpAstConstKind value; } MatchSingleton; /* NONE/TRUE/FALSE */
        struct { RpAstSeq *patterns; } MatchSequence;
        struct { RpAstSeq *keys; RpAstSeq *patterns; const char *rest; } MatchMapping;
        struct { RpExpr *cls; RpAstSeq *patterns; RpAstSeq *kwd_attrs;
                 RpAstSeq *kwd_patterns; } MatchClass;
        struct { const char *name; } MatchStar;          /* name may be NULL */
        struct { RpPattern *pattern; const char *name; } MatchAs;
        struct { RpAstSeq *patterns; } MatchOr;
    } v;
};

/* ---- modules ----------------------------------------------------------- */

typedef enum { RP_MODE_EXEC = 1, RP_MODE_EVAL, RP_MODE_SINGLE } RpParseMode;

typedef struct RpModule {
    RpParseMode mode;
    RpAstSeq *body;         /* RpStmt*, for EXEC and SINGLE */
    RpExpr *expr;           /* for EVAL */
} RpModule;

#endif /* RP_AST_H */
