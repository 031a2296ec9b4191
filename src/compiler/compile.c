/* compile.c - the compiler's driver: code units, names, constants, and
 * the constructs that make code objects (modules, functions, classes,
 * lambdas, comprehensions).  See compile.h and compile_internal.h.
 *
 * Conventions inside the compiler: functions return 0 on success and -1
 * with an exception set; the ADDOP-style helpers below propagate -1.
 */
#include "compile_internal.h"
#include "compile.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../objects/codeobject.h"
#include "../objects/dictobject.h"
#include "../objects/exceptions.h"
#include "../objects/intobject.h"
#include "../objects/listobject.h"
#include "../objects/noneobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../vm/abstract.h"
#include "../objects/setobject.h"
#include "../vm/errors.h"
#include "../vm/warnings.h"
#include "../vm/pythonrun.h"
#include "parser.h"
#include "symtable.h"
#include "tokenizer.h"


/* ---- errors ------------------------------------------------------------ */

/* The text of line `lineno` of the source, as a str (or None): as
   CPython's compiler and symbol table, read again from the file named
   like the code (nothing for "<string>" and the like), strictly UTF-8. */
static RpObject *program_text(const char *filename, int lineno)
{
    char *raw = rp_program_text(filename, lineno);
    if (raw == NULL) {
        return rp_none_new();
    }
    RpObject *s = rp_str_from_utf8(raw, (rp_ssize_t)strlen(raw));
    free(raw);
    if (s == NULL) {
        rp_err_clear();
        return rp_none_new();
    }
    return s;
}

static RpObject *source_line(RpCompiler *c, int lineno)
{
    return program_text(c->filename, lineno);
}

static RpObject *make_syntax_error(RpTypeObject *type, RpObject *msg, RpObject *filename,
                                   int lineno, int offset, RpObject *text, int end_lineno,
                                   int end_offset)
{
    RpObject *l = rp_int_from_long(lineno);
    RpObject *o = rp_int_from_long(offset);
    RpObject *el = rp_int_from_long(end_lineno);
    RpObject *eo = rp_int_from_long(end_offset);
    RpObject *details = NULL, *exc = NULL;
    if (l && o && el && eo) {
        details = rp_tuple_pack(6, filename, l, o, text, el, eo);
    }
    if (details != NULL) {
        RpObject *args[2] = { msg, details };
        exc = rp_exception_new(type, args, 2);
    }
    RP_XDECREF(l);
    RP_XDECREF(o);
    RP_XDECREF(el);
    RP_XDECREF(eo);
    RP_XDECREF(details);
    return exc;
}

/* the error of a literal CPython's parser rejects (an int over the
   max-str-digits limit): no columns, the line as the parser finds it
   (from the file, else from the source) */
int rp_c_error_literal(RpCompiler *c, RpLoc loc, RpObject *msg)
{
    RpObject *text = source_line(c, loc.lineno);
    if (text == rp_None && c->src != NULL && loc.lineno >= 1) {
        const char *p = c->src, *end = c->src + c->srclen;
        for (int l = 1; l < loc.lineno && p < end; l++) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            p = nl ? nl + 1 : end;
        }
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl + 1 - p) : (size_t)(end - p);
        int valid;
        char *fixed = rp_utf8_replace(p, n, &valid);
        if (fixed != NULL) {
            RpObject *t = rp_str_from_utf8(fixed, (rp_ssize_t)strlen(fixed));
            free(fixed);
            if (t != NULL) {
                RP_DECREF(text);
                text = t;
            }
            else {
                rp_err_clear();
            }
        }
    }
    RpObject *exc = make_syntax_error(&RpExc_SyntaxError, msg, c->filename_obj, loc.lineno, 0,
                                      text, loc.end_lineno, 0);
    RP_DECREF(text);
    if (exc != NULL) {
        rp_err_set_raised_steal(exc);
    }
    return -1;
}

int rp_c_error(RpCompiler *c, RpLoc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    RpObject *msg = rp_str_from_vformat(fmt, ap);
    va_end(ap);
    if (msg == NULL) {
        return -1;
    }
    RpObject *text = source_line(c, loc.lineno);
    RpObject *exc = make_syntax_error(&RpExc_SyntaxError, msg, c->filename_obj,
                                      loc.lineno, loc.col + 1, text, loc.end_lineno,
                                      loc.end_col + 1);
    RP_DECREF(msg);
    RP_DECREF(text);
    if (exc != NULL) {
        rp_err_set_raised_steal(exc);
    }
    return -1;
}

/* the SyntaxError of *err with `text` (stolen; NULL: from err) */
static RpObject *raise_syntax_error_text(const RpSyntaxError *err, const char *filename,
                                         RpObject *text)
{
    const char *t = err->type ? err->type : "SyntaxError";
    if (strcmp(t, "MemoryError") == 0) {
        RP_XDECREF(text);
        return rp_err_nomemory();
    }
    if (strcmp(t, "RecursionError") == 0) {
        RP_XDECREF(text);
        return rp_err_set_string(&RpExc_RecursionError, err->msg);
    }
    if (strcmp(t, "ValueError") == 0) {
        RP_XDECREF(text);
        return rp_err_set_string(&RpExc_ValueError, err->msg);
    }
    if (strcmp(t, "OverflowError") == 0) {
        RP_XDECREF(text);
        return rp_err_set_string(&RpExc_OverflowError, err->msg);
    }
    RpTypeObject *type = &RpExc_SyntaxError;
    if (strcmp(t, "IndentationError") == 0) {
        type = &RpExc_IndentationError;
    }
    else if (strcmp(t, "TabError") == 0) {
        type = &RpExc_TabError;
    }
    RpObject *msg = rp_str_from_utf8_surrogatepass(err->msg, (rp_ssize_t)strlen(err->msg));
    if (msg != NULL && err->no_location) {
        RP_XDECREF(text);
        RpObject *exc = rp_exception_new(type, &msg, 1);
        RP_DECREF(msg);
        if (exc != NULL) {
            rp_err_set_raised_steal(exc);
        }
        return NULL;
    }
    RpObject *fn = rp_str_from_cstr(filename);
    if (msg == NULL || fn == NULL) {
        RP_XDECREF(msg);
        RP_XDECREF(fn);
        RP_XDECREF(text);
        return NULL;
    }
    if (text == NULL && err->has_text) {
        /* decoded with errors="replace", as CPython's parser does */
        const char *line = rp_syntax_error_text(err);
        int valid;
        char *fixed = rp_utf8_replace(line, strlen(line), &valid);
        if (fixed != NULL) {
            text = rp_str_from_utf8(fixed, (rp_ssize_t)strlen(fixed));
            free(fixed);
        }
        if (text == NULL) {
            rp_err_clear();
        }
    }
    if (text == NULL) {
        text = rp_none_new();
    }
    RpObject *exc = make_syntax_error(type, msg, fn, err->lineno, err->offset, text,
                                      err->end_lineno, err->end_offset);
    RP_DECREF(msg);
    RP_DECREF(fn);
    RP_DECREF(text);
    if (exc != NULL) {
        rp_err_set_raised_steal(exc);
    }
    return NULL;
}

RpObject *rp_raise_syntax_error(const RpSyntaxError *err, const char *filename)
{
    return raise_syntax_error_text(err, filename, NULL);
}

int rp_c_warn(RpCompiler *c, RpLoc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    RpObject *msg = rp_str_from_vformat(fmt, ap);
    va_end(ap);
    if (msg == NULL) {
        return -1;
    }
    /* as CPython's compiler_warn: through the warnings module, with no
       registry (so every occurrence is shown); a warning turned into an
       error by the filters becomes a SyntaxError */
    if (rp_warn_explicit(&RpExc_SyntaxWarning, msg, c->filename_obj, loc.lineno, NULL,
                         NULL) < 0) {
        if (rp_err_matches(&RpExc_SyntaxWarning)) {
            rp_err_clear();
            rp_c_error(c, loc, "%U", msg);
        }
        RP_DECREF(msg);
        return -1;
    }
    RP_DECREF(msg);
    return 0;
}

/* CPython's recursion accounting of the compiler stages (AST optimizer,
   symbol table): 3 per Python frame, up to 3 x the recursion limit */
static int rp_compile_starting_depth(const RpThreadState *ts)
{
    /* compile()/exec()/eval() count as a call too (CPython's
       _Py_EnterRecursiveCall around builtin calls) */
    int d = ts->recursion_depth > 0 ? ts->recursion_depth + 1 : 0;
    return d < INT_MAX / 3 ? d * 3 : d;
}

static int rp_compile_depth_limit(const RpThreadState *ts)
{
    int l = ts->recursion_limit;
    return l < INT_MAX / 3 ? l * 3 : l;
}

int rp_c_enter_depth(RpCompiler *c)
{
    if (++c->depth > c->depth_limit) {
        rp_err_set_string(&RpExc_RecursionError,
                          "maximum recursion depth exceeded during compilation");
        return -1;
    }
    return rp_check_c_stack(" during compilation");
}

/* ---- strings ---------------------------------------------------------------- */

RpObject *rp_c_str(const char *s)
{
    RpObject *o = rp_str_from_utf8_surrogatepass(s, (rp_ssize_t)strlen(s));
    if (o != NULL) {
        rp_str_intern_inplace(&o);
    }
    return o;
}

RpObject *rp_c_mangle(RpCompiler *c, const char *name)
{
    const char *m = rp_symtable_mangle(c->arena, c->u->private_name, name);
    if (m == NULL) {
        return rp_err_nomemory();
    }
    return rp_c_str(m);
}

/* ---- blocks and instructions -------------------------------------------------- */

RpBlock *rp_c_new_block(RpCompiler *c)
{
    RpBlock *b = rp_mem_calloc(1, sizeof(RpBlock));
    if (b == NULL) {
        rp_err_nomemory();
        return NULL;
    }
    b->b_list = c->u->blocks;
    c->u->blocks = b;
    b->b_startdepth = -1;
    return b;
}

void rp_c_use_block(RpCompiler *c, RpBlock *b)
{
    c->u->curblock = b;
}

void rp_c_use_next_block(RpCompiler *c, RpBlock *b)
{
    c->u->curblock->b_next = b;
    c->u->curblock = b;
}

int rp_c_next_block(RpCompiler *c)
{
    RpBlock *b = rp_c_new_block(c);
    if (b == NULL) {
        return -1;
    }
    rp_c_use_next_block(c, b);
    return 0;
}

/* Does an instruction end its basic block?  (Jumps and exits do: code
 * after them starts a new block, so a jump is always the last
 * instruction of its block.) */
static int ends_block(const RpInstr *i)
{
    int op = i->opcode;
    if (op == OP_SETUP_FINALLY || op == OP_SETUP_CLEANUP || op == OP_SETUP_WITH) {
        return 0;
    }
    return rp_opcode_is_jump(op) || op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS ||
           op == OP_RERAISE;
}

static RpInstr *next_instr(RpCompiler *c)
{
    RpBlock *b = c->u->curblock;
    if (b->b_iused > 0 && ends_block(&b->b_instr[b->b_iused - 1])) {
        if (rp_c_next_block(c) < 0) {
            return NULL;
        }
        b = c->u->curblock;
    }
    if (b->b_iused == b->b_ialloc) {
        int n = b->b_ialloc ? b->b_ialloc * 2 : 16;
        RpInstr *ni = rp_mem_realloc(b->b_instr, (size_t)n * sizeof(RpInstr));
        if (ni == NULL) {
            rp_err_nomemory();
            return NULL;
        }
        b->b_instr = ni;
        b->b_ialloc = n;
    }
    RpInstr *i = &b->b_instr[b->b_iused++];
    memset(i, 0, sizeof(*i));
    return i;
}

static int addop_full(RpCompiler *c, int op, int arg, RpBlock *target, RpLoc loc)
{
    if (arg < 0 || arg > RP_MAX_OPARG) {
        rp_err_set_string(&RpExc_SystemError, "compiler: argument out of range");
        return -1;
    }
    RpInstr *i = next_instr(c);
    if (i == NULL) {
        return -1;
    }
    i->opcode = op;
    i->oparg = arg;
    i->target = target;
    i->loc = loc;
    return 0;
}

int rp_c_addop(RpCompiler *c, int op) { return addop_full(c, op, 0, NULL, c->u->loc); }
int rp_c_addop_i(RpCompiler *c, int op, int arg) { return addop_full(c, op, arg, NULL, c->u->loc); }
int rp_c_addop_noloc(RpCompiler *c, int op) { return addop_full(c, op, 0, NULL, RP_NO_LOC); }
int rp_c_addop_jump(RpCompiler *c, int op, RpBlock *t) { return addop_full(c, op, 0, t, c->u->loc); }
int rp_c_addop_jump_noloc(RpCompiler *c, int op, RpBlock *t)
{
    return addop_full(c, op, 0, t, RP_NO_LOC);
}

int rp_c_dict_add(RpObject *dict, RpObject *name)
{
    RpObject *v = rp_dict_get_borrow(dict, name);
    if (v != NULL) {
        return (int)rp_int_as_long(v);
    }
    if (rp_err_occurred()) {
        return -1;
    }
    rp_ssize_t n = rp_dict_size(dict);
    RpObject *idx = rp_int_from_ssize_t(n);
    if (idx == NULL) {
        return -1;
    }
    int r = rp_dict_set(dict, name, idx);
    RP_DECREF(idx);
    return r < 0 ? -1 : (int)n;
}

int rp_c_add_const(RpCompiler *c, RpObject *o)
{
    RpObject *merged = rp_c_merge_const(c, o);
    if (merged == NULL) {
        return -1;
    }
    RpObject *key = rp_c_const_key(merged);
    RP_DECREF(merged);
    if (key == NULL) {
        return -1;
    }
    int r = rp_c_dict_add(c->u->consts, key);
    RP_DECREF(key);
    return r;
}

int rp_c_addop_load_const(RpCompiler *c, RpObject *o)
{
    int i = rp_c_add_const(c, o);
    if (i < 0) {
        return -1;
    }
    return rp_c_addop_i(c, OP_LOAD_CONST, i);
}

int rp_c_addop_load_const_steal(RpCompiler *c, RpObject *o)
{
    if (o == NULL) {
        return -1;
    }
    int r = rp_c_addop_load_const(c, o);
    RP_DECREF(o);
    return r;
}

int rp_c_addop_name_obj(RpCompiler *c, int op, RpObject *name)
{
    int i = rp_c_dict_add(c->u->names, name);
    if (i < 0) {
        return -1;
    }
    return rp_c_addop_i(c, op, i);
}

int rp_c_addop_name(RpCompiler *c, int op, const char *name, int mangle)
{
    RpObject *o = mangle ? rp_c_mangle(c, name) : rp_c_str(name);
    if (o == NULL) {
        return -1;
    }
    int r = rp_c_addop_name_obj(c, op, o);
    RP_DECREF(o);
    return r;
}

/* ---- names ---------------------------------------------------------------------- */

int rp_c_forbidden_name(RpCompiler *c, const char *name, RpExprContext ctx, RpLoc loc)
{
    if (ctx == RP_STORE && strcmp(name, "__debug__") == 0) {
        rp_c_error(c, loc, "cannot assign to __debug__");
        return 1;
    }
    if (ctx == RP_DEL && strcmp(name, "__debug__") == 0) {
        rp_c_error(c, loc, "cannot delete __debug__");
        return 1;
    }
    return 0;
}

int rp_c_nameop(RpCompiler *c, const char *name, RpExprContext ctx)
{
    RpCUnit *u = c->u;
    if (rp_c_forbidden_name(c, name, ctx, u->loc)) {
        return -1;
    }
    const char *mangled = rp_symtable_mangle(c->arena, u->private_name, name);
    if (mangled == NULL) {
        rp_err_nomemory();
        return -1;
    }
    enum { OP_FAST_, OP_GLOBAL_, OP_DEREF_, OP_NAME_ } optype = OP_NAME_;
    RpObject *dict = u->names;
    RpSymScope scope = rp_symblock_scope(u->ste, mangled);
    int is_function = u->ste->type == RP_BLOCK_FUNCTION;
    int deref_base = 0;
    switch (scope) {
    case RP_SCOPE_FREE:
        dict = u->freevars;
        optype = OP_DEREF_;
        deref_base = (int)rp_dict_size(u->cellvars);
        break;
    case RP_SCOPE_CELL:
        dict = u->cellvars;
        optype = OP_DEREF_;
        break;
    case RP_SCOPE_LOCAL:
        if (is_function) {
            optype = OP_FAST_;
        }
        break;
    case RP_SCOPE_GLOBAL_IMPLICIT:
        if (is_function) {
            optype = OP_GLOBAL_;
        }
        break;
    case RP_SCOPE_GLOBAL_EXPLICIT:
        optype = OP_GLOBAL_;
        break;
    default:
        break;
    }
    RpObject *mname = rp_c_str(mangled);
    if (mname == NULL) {
        return -1;
    }
    int op = 0, r;
    switch (optype) {
    case OP_DEREF_:
        op = ctx == RP_LOAD ? (u->ste->type == RP_BLOCK_CLASS ? OP_LOAD_CLASSDEREF : OP_LOAD_DEREF)
           : ctx == RP_STORE ? OP_STORE_DEREF : OP_DELETE_DEREF;
        break;
    case OP_FAST_:
        op = ctx == RP_LOAD ? OP_LOAD_FAST : ctx == RP_STORE ? OP_STORE_FAST : OP_DELETE_FAST;
        r = rp_c_dict_add(u->varnames, mname);
        RP_DECREF(mname);
        return r < 0 ? -1 : rp_c_addop_i(c, op, r);
    case OP_GLOBAL_:
        op = ctx == RP_LOAD ? OP_LOAD_GLOBAL : ctx == RP_STORE ? OP_STORE_GLOBAL
           : OP_DELETE_GLOBAL;
        break;
    case OP_NAME_:
        op = ctx == RP_LOAD ? OP_LOAD_NAME : ctx == RP_STORE ? OP_STORE_NAME : OP_DELETE_NAME;
        break;
    }
    r = rp_c_dict_add(dict, mname);
    RP_DECREF(mname);
    if (r < 0) {
        return -1;
    }
    r += deref_base;
    if (op == OP_LOAD_GLOBAL) {
        r <<= 1;
    }
    return rp_c_addop_i(c, op, r);
}

/* ---- frame blocks ---------------------------------------------------------------- */

int rp_c_push_fblock(RpCompiler *c, RpFBlockType t, RpBlock *b, RpBlock *exit,
                     const void *datum)
{
    RpCUnit *u = c->u;
    if (u->nfblocks >= RP_CO_MAXBLOCKS) {
        return rp_c_error(c, u->loc, "too many statically nested blocks");
    }
    RpFBlock *f = &u->fblocks[u->nfblocks++];
    f->type = t;
    f->block = b;
    f->exit = exit;
    f->datum = datum;
    return 0;
}

void rp_c_pop_fblock(RpCompiler *c, RpFBlockType t, RpBlock *b)
{
    RpCUnit *u = c->u;
    (void)t;
    (void)b;
    u->nfblocks--;
}

int rp_c_call_exit_with_nones(RpCompiler *c)
{
    if (rp_c_addop_load_const(c, rp_None) < 0 || rp_c_addop_load_const(c, rp_None) < 0 ||
        rp_c_addop_load_const(c, rp_None) < 0) {
        return -1;
    }
    return rp_c_addop_i(c, OP_CALL, 2);
}

int rp_c_pop_except_and_reraise(RpCompiler *c)
{
    /* stack: [exc_info, lasti, exc] -> restore exc_info, re-raise exc */
    if (rp_c_addop_i(c, OP_COPY, 3) < 0 || rp_c_addop(c, OP_POP_EXCEPT) < 0) {
        return -1;
    }
    return rp_c_addop_i(c, OP_RERAISE, 1);
}

/* Emit what leaving a frame block requires (CPython's
 * compiler_unwind_fblock). preserve_tos: keep the value on top. */
int rp_c_unwind_fblock(RpCompiler *c, RpFBlock *info, int preserve_tos)
{
    switch (info->type) {
    case RP_FB_WHILE_LOOP:
    case RP_FB_EXCEPTION_HANDLER:
    case RP_FB_EXCEPTION_GROUP_HANDLER:
    case RP_FB_ASYNC_COMPREHENSION_GENERATOR:
        return 0;
    case RP_FB_FOR_LOOP:
        /* pop the iterator */
        if (preserve_tos && rp_c_addop_i(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        return rp_c_addop(c, OP_POP_TOP);
    case RP_FB_TRY_EXCEPT:
        return rp_c_addop(c, OP_POP_BLOCK);
    case RP_FB_FINALLY_TRY:
        /* this POP_BLOCK gets the line number of the unwinding statement */
        if (rp_c_addop(c, OP_POP_BLOCK) < 0) {
            return -1;
        }
        if (preserve_tos && rp_c_push_fblock(c, RP_FB_POP_VALUE, NULL, NULL, NULL) < 0) {
            return -1;
        }
        /* emit the finally block */
        if (rp_c_stmts(c, (RpAstSeq *)info->datum) < 0) {
            return -1;
        }
        if (preserve_tos) {
            rp_c_pop_fblock(c, RP_FB_POP_VALUE, NULL);
        }
        /* the finally block appears to execute after the statement
           causing the unwinding: make what follows artificial */
        c->u->loc = RP_NO_LOC;
        return 0;
    case RP_FB_FINALLY_END:
        if (preserve_tos && rp_c_addop_i(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        if (rp_c_addop(c, OP_POP_TOP) < 0) {   /* exc_value */
            return -1;
        }
        if (preserve_tos && rp_c_addop_i(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        if (rp_c_addop(c, OP_POP_BLOCK) < 0) {
            return -1;
        }
        return rp_c_addop(c, OP_POP_EXCEPT);
    case RP_FB_WITH:
    case RP_FB_ASYNC_WITH:
        rp_c_set_loc_stmt(c, (const RpStmt *)info->datum);
        if (rp_c_addop(c, OP_POP_BLOCK) < 0) {
            return -1;
        }
        if (preserve_tos && rp_c_addop_i(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        if (rp_c_call_exit_with_nones(c) < 0) {
            return -1;
        }
        if (info->type == RP_FB_ASYNC_WITH) {
            if (rp_c_addop_i(c, OP_GET_AWAITABLE, 2) < 0 ||
                rp_c_addop_load_const(c, rp_None) < 0 || rp_c_add_yield_from(c, 1) < 0) {
                return -1;
            }
        }
        if (rp_c_addop(c, OP_POP_TOP) < 0) {
            return -1;
        }
        c->u->loc = RP_NO_LOC;
        return 0;
    case RP_FB_HANDLER_CLEANUP:
        if (info->datum != NULL && rp_c_addop(c, OP_POP_BLOCK) < 0) {
            return -1;
        }
        if (preserve_tos && rp_c_addop_i(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        if (rp_c_addop(c, OP_POP_BLOCK) < 0 || rp_c_addop(c, OP_POP_EXCEPT) < 0) {
            return -1;
        }
        if (info->datum != NULL) {
            const char *name = info->datum;
            if (rp_c_addop_load_const(c, rp_None) < 0 || rp_c_nameop(c, name, RP_STORE) < 0 ||
                rp_c_nameop(c, name, RP_DEL) < 0) {
                return -1;
            }
        }
        return 0;
    case RP_FB_POP_VALUE:
        if (preserve_tos && rp_c_addop_i(c, OP_SWAP, 2) < 0) {
            return -1;
        }
        return rp_c_addop(c, OP_POP_TOP);
    }
    return 0;
}

int rp_c_unwind_fblock_stack(RpCompiler *c, int preserve_tos, RpFBlock **loop)
{
    RpCUnit *u = c->u;
    if (u->nfblocks == 0) {
        return 0;
    }
    RpFBlock *top = &u->fblocks[u->nfblocks - 1];
    if (top->type == RP_FB_EXCEPTION_GROUP_HANDLER) {
        return rp_c_error(c, u->loc,
                          "'break', 'continue' and 'return' cannot appear in an except* block");
    }
    if (loop != NULL && (top->type == RP_FB_WHILE_LOOP || top->type == RP_FB_FOR_LOOP)) {
        *loop = top;
        return 0;
    }
    RpFBlock copy = *top;
    u->nfblocks--;
    if (rp_c_unwind_fblock(c, &copy, preserve_tos) < 0) {
        return -1;
    }
    if (rp_c_unwind_fblock_stack(c, preserve_tos, loop) < 0) {
        return -1;
    }
    u->fblocks[u->nfblocks] = copy;
    u->nfblocks++;
    return 0;
}

/* ---- code units ------------------------------------------------------------------- */

static RpObject *dict_from_names(const char **names, int n)
{
    RpObject *d = rp_dict_new();
    if (d == NULL) {
        return NULL;
    }
    for (int i = 0; i < n; i++) {
        RpObject *s = rp_c_str(names[i]);
        if (s == NULL || rp_c_dict_add(d, s) < 0) {
            RP_XDECREF(s);
            RP_DECREF(d);
            return NULL;
        }
        RP_DECREF(s);
    }
    return d;
}

static void unit_free(RpCUnit *u)
{
    rp_c_free_blocks(u);
    RP_XDECREF(u->name);
    RP_XDECREF(u->qualname);
    RP_XDECREF(u->consts);
    RP_XDECREF(u->names);
    RP_XDECREF(u->varnames);
    RP_XDECREF(u->cellvars);
    RP_XDECREF(u->freevars);
    rp_mem_free(u);
}

static int set_qualname(RpCompiler *c)
{
    RpCUnit *u = c->u, *parent = u->parent;
    RpObject *base = NULL;
    if (parent != NULL && parent->parent != NULL) {
        int force_global = 0;
        if (u->scope_type == RP_SCOPE_FUNCTION || u->scope_type == RP_SCOPE_ASYNC_FUNCTION ||
            u->scope_type == RP_SCOPE_CLASS) {
            const char *n = rp_str_as_utf8(u->name, NULL);
            if (n == NULL) {
                return -1;
            }
            const char *m = rp_symtable_mangle(c->arena, parent->private_name, n);
            if (m == NULL) {
                rp_err_nomemory();
                return -1;
            }
            if (rp_symblock_scope(parent->ste, m) == RP_SCOPE_GLOBAL_EXPLICIT) {
                force_global = 1;
            }
        }
        if (!force_global) {
            if (parent->scope_type == RP_SCOPE_FUNCTION ||
                parent->scope_type == RP_SCOPE_ASYNC_FUNCTION ||
                parent->scope_type == RP_SCOPE_LAMBDA) {
                base = rp_str_from_format("%U.<locals>", parent->qualname);
            }
            else {
                base = rp_newref(parent->qualname);
            }
            if (base == NULL) {
                return -1;
            }
        }
    }
    if (base != NULL) {
        u->qualname = rp_str_from_format("%U.%U", base, u->name);
        RP_DECREF(base);
        return u->qualname == NULL ? -1 : 0;
    }
    u->qualname = rp_newref(u->name);
    return 0;
}

static int enter_scope(RpCompiler *c, const char *name, RpScopeType type, const void *key,
                       int lineno)
{
    RpCUnit *u = rp_mem_calloc(1, sizeof(RpCUnit));
    if (u == NULL) {
        rp_err_nomemory();
        return -1;
    }
    u->parent = c->u;
    u->scope_type = type;
    u->ste = rp_symtable_lookup(c->st, key);
    if (u->ste == NULL) {
        rp_mem_free(u);
        rp_err_set_string(&RpExc_SystemError, "compiler: no symbol table for block");
        return -1;
    }
    u->name = rp_c_str(name);
    u->consts = rp_dict_new();
    u->names = rp_dict_new();
    u->varnames = dict_from_names(u->ste->params, u->ste->nparams);
    u->cellvars = dict_from_names(u->ste->cellvars, u->ste->ncellvars);
    u->freevars = dict_from_names(u->ste->freevars, u->ste->nfreevars);
    u->firstlineno = lineno;
    u->loc = (RpLoc){ lineno, lineno, -1, -1 };
    if (type == RP_SCOPE_CLASS) {
        u->private_name = name;
    }
    else if (c->u != NULL) {
        u->private_name = c->u->private_name;
    }
    c->u = u;
    if (u->name == NULL || u->consts == NULL || u->names == NULL || u->varnames == NULL ||
        u->cellvars == NULL || u->freevars == NULL) {
        c->u = u->parent;
        unit_free(u);
        return -1;
    }
    if (type != RP_SCOPE_MODULE && set_qualname(c) < 0) {
        c->u = u->parent;
        unit_free(u);
        return -1;
    }
    if (type == RP_SCOPE_MODULE) {
        u->qualname = rp_newref(u->name);
    }
    RpBlock *b = rp_c_new_block(c);
    if (b == NULL) {
        c->u = u->parent;
        unit_free(u);
        return -1;
    }
    u->entry = b;
    u->curblock = b;
    c->nestlevel++;
    return 0;
}

static void exit_scope(RpCompiler *c)
{
    RpCUnit *u = c->u;
    c->u = u->parent;
    c->nestlevel--;
    unit_free(u);
}

int rp_c_is_top_level_await(RpCompiler *c)
{
    (void)c;
    return 0;   /* PyCF_ALLOW_TOP_LEVEL_AWAIT is not supported */
}

/* ---- bodies and docstrings ---------------------------------------------------------- */

static RpExpr *get_docstring_expr(RpAstSeq *body)
{
    if (rp_ast_len(body) == 0) {
        return NULL;
    }
    RpStmt *st = body->items[0];
    if (st->kind != RP_Expr_kind) {
        return NULL;
    }
    RpExpr *e = st->v.Expr.value;
    if (e->kind == RP_Constant_kind && e->v.Constant.kind == RP_CONST_STR) {
        return e;
    }
    return NULL;
}

/* Does the block contain an annotated assignment at this level (not in
 * nested functions or classes)? */
static int find_ann(RpAstSeq *stmts)
{
    for (int i = 0; i < rp_ast_len(stmts); i++) {
        RpStmt *st = stmts->items[i];
        int res = 0;
        switch (st->kind) {
        case RP_AnnAssign_kind:
            return 1;
        case RP_For_kind:
        case RP_AsyncFor_kind:
            res = find_ann(st->v.For.body) || find_ann(st->v.For.orelse);
            break;
        case RP_While_kind:
            res = find_ann(st->v.While.body) || find_ann(st->v.While.orelse);
            break;
        case RP_If_kind:
            res = find_ann(st->v.If.body) || find_ann(st->v.If.orelse);
            break;
        case RP_With_kind:
        case RP_AsyncWith_kind:
            res = find_ann(st->v.With.body);
            break;
        case RP_Try_kind:
        case RP_TryStar_kind:
            for (int j = 0; j < rp_ast_len(st->v.Try.handlers); j++) {
                RpExceptHandler *h = st->v.Try.handlers->items[j];
                if (find_ann(h->body)) {
                    return 1;
                }
            }
            res = find_ann(st->v.Try.body) || find_ann(st->v.Try.finalbody) ||
                  find_ann(st->v.Try.orelse);
            break;
        case RP_Match_kind:
            for (int j = 0; j < rp_ast_len(st->v.Match.cases); j++) {
                RpMatchCase *mc = st->v.Match.cases->items[j];
                if (find_ann(mc->body)) {
                    return 1;
                }
            }
            break;
        default:
            break;
        }
        if (res) {
            return 1;
        }
    }
    return 0;
}

int rp_c_body(RpCompiler *c, RpAstSeq *stmts)
{
    int i = 0;
    if (c->u->scope_type == RP_SCOPE_MODULE && rp_ast_len(stmts) > 0) {
        rp_c_set_loc_stmt(c, stmts->items[0]);
    }
    if (find_ann(stmts) && rp_c_addop(c, OP_SETUP_ANNOTATIONS) < 0) {
        return -1;
    }
    if (rp_ast_len(stmts) == 0) {
        return 0;
    }
    if (c->optimize < 2) {
        RpExpr *doc = get_docstring_expr(stmts);
        if (doc != NULL) {
            i = 1;
            rp_c_set_loc_stmt(c, stmts->items[0]);
            if (rp_c_expr(c, doc) < 0) {
                return -1;
            }
            c->u->loc = RP_NO_LOC;
            if (rp_c_nameop(c, "__doc__", RP_STORE) < 0) {
                return -1;
            }
        }
    }
    for (; i < stmts->len; i++) {
        if (rp_c_stmt(c, stmts->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

/* ---- closures ------------------------------------------------------------------------ */

static int make_closure(RpCompiler *c, RpCodeObject *co, int flags)
{
    if (co->co_nfreevars > 0) {
        for (int i = co->co_nlocalsplus - co->co_nfreevars; i < co->co_nlocalsplus; i++) {
            RpObject *name = rp_tuple_get_borrow(co->co_localsplusnames, i);
            const char *n = rp_str_as_utf8(name, NULL);
            if (n == NULL) {
                return -1;
            }
            int is_cell;
            if (c->u->scope_type == RP_SCOPE_CLASS && strcmp(n, "__class__") == 0) {
                is_cell = 1;
            }
            else {
                RpSymScope sc = rp_symblock_scope(c->u->ste, n);
                if (sc == RP_SCOPE_UNKNOWN) {
                    rp_err_format(&RpExc_SystemError, "compiler: unknown scope for %s in %U",
                                  n, c->u->name);
                    return -1;
                }
                is_cell = sc == RP_SCOPE_CELL;
            }
            RpObject *d = is_cell ? c->u->cellvars : c->u->freevars;
            RpObject *v = rp_dict_get_borrow(d, name);
            if (v == NULL) {
                rp_err_format(&RpExc_SystemError,
                              "compiler: lookup %R in %U failed", name, c->u->name);
                return -1;
            }
            int arg = (int)rp_int_as_long(v);
            if (!is_cell) {
                arg += (int)rp_dict_size(c->u->cellvars);
            }
            if (rp_c_addop_i(c, OP_LOAD_CLOSURE, arg) < 0) {
                return -1;
            }
        }
        flags |= 0x08;
        if (rp_c_addop_i(c, OP_BUILD_TUPLE, co->co_nfreevars) < 0) {
            return -1;
        }
    }
    if (rp_c_addop_load_const(c, (RpObject *)co) < 0) {
        return -1;
    }
    return rp_c_addop_i(c, OP_MAKE_FUNCTION, flags);
}

/* ---- functions ------------------------------------------------------------------------ */

static int kwonly_defaults(RpCompiler *c, RpAstSeq *kwonlyargs, RpAstSeq *kw_defaults)
{
    RpObject *keys = NULL;
    for (int i = 0; i < rp_ast_len(kwonlyargs); i++) {
        RpArg *arg = kwonlyargs->items[i];
        RpExpr *dflt = i < rp_ast_len(kw_defaults) ? kw_defaults->items[i] : NULL;
        if (dflt == NULL) {
            continue;
        }
        RpObject *mangled = rp_c_mangle(c, arg->arg);
        if (mangled == NULL) {
            goto error;
        }
        if (keys == NULL) {
            keys = rp_list_new(0);
            if (keys == NULL) {
                RP_DECREF(mangled);
                goto error;
            }
        }
        int r = rp_list_append(keys, mangled);
        RP_DECREF(mangled);
        if (r < 0 || rp_c_expr(c, dflt) < 0) {
            goto error;
        }
    }
    if (keys != NULL) {
        int n = (int)rp_list_len(keys);
        RpObject *t = rp_list_as_tuple(keys);
        RP_DECREF(keys);
        if (rp_c_addop_load_const_steal(c, t) < 0) {
            return -1;
        }
        if (rp_c_addop_i(c, OP_BUILD_CONST_KEY_MAP, n) < 0) {
            return -1;
        }
        return 1;
    }
    return 0;
error:
    RP_XDECREF(keys);
    return -1;
}

/* Push defaults and keyword-only defaults; returns the MAKE_FUNCTION
 * flags, or -1. */
static int default_arguments(RpCompiler *c, RpArguments *args)
{
    int flags = 0;
    if (rp_ast_len(args->defaults) > 0) {
        for (int i = 0; i < args->defaults->len; i++) {
            if (rp_c_expr(c, args->defaults->items[i]) < 0) {
                return -1;
            }
        }
        if (rp_c_addop_i(c, OP_BUILD_TUPLE, args->defaults->len) < 0) {
            return -1;
        }
        flags |= 0x01;
    }
    if (rp_ast_len(args->kwonlyargs) > 0) {
        int r = kwonly_defaults(c, args->kwonlyargs, args->kw_defaults);
        if (r < 0) {
            return -1;
        }
        if (r > 0) {
            flags |= 0x02;
        }
    }
    return flags;
}

static int argannotation(RpCompiler *c, const char *id, RpExpr *annotation, int *len)
{
    if (annotation == NULL) {
        return 0;
    }
    RpObject *mangled = rp_c_mangle(c, id);
    if (rp_c_addop_load_const_steal(c, mangled) < 0) {
        return -1;
    }
    if (rp_c_annotation(c, annotation) < 0) {
        return -1;
    }
    *len += 2;
    return 0;
}

static int argannotations(RpCompiler *c, RpAstSeq *args, int *len)
{
    for (int i = 0; i < rp_ast_len(args); i++) {
        RpArg *a = args->items[i];
        if (argannotation(c, a->arg, a->annotation, len) < 0) {
            return -1;
        }
    }
    return 0;
}

/* 1 if an annotations tuple was pushed, 0 if none, -1 on error */
static int visit_annotations(RpCompiler *c, RpArguments *args, RpExpr *returns)
{
    int len = 0;
    if (argannotations(c, args->args, &len) < 0 ||
        argannotations(c, args->posonlyargs, &len) < 0) {
        return -1;
    }
    if (args->vararg && args->vararg->annotation &&
        argannotation(c, args->vararg->arg, args->vararg->annotation, &len) < 0) {
        return -1;
    }
    if (argannotations(c, args->kwonlyargs, &len) < 0) {
        return -1;
    }
    if (args->kwarg && args->kwarg->annotation &&
        argannotation(c, args->kwarg->arg, args->kwarg->annotation, &len) < 0) {
        return -1;
    }
    if (argannotation(c, "return", returns, &len) < 0) {
        return -1;
    }
    if (len > 0) {
        if (rp_c_addop_i(c, OP_BUILD_TUPLE, len) < 0) {
            return -1;
        }
        return 1;
    }
    return 0;
}

static int decorators(RpCompiler *c, RpAstSeq *decos)
{
    for (int i = 0; i < rp_ast_len(decos); i++) {
        RpExpr *d = decos->items[i];
        rp_c_set_loc_expr(c, d);
        if (rp_c_expr(c, d) < 0) {
            return -1;
        }
    }
    return 0;
}

static int apply_decorators(RpCompiler *c, RpAstSeq *decos)
{
    for (int i = rp_ast_len(decos) - 1; i >= 0; i--) {
        rp_c_set_loc_expr(c, decos->items[i]);
        if (rp_c_addop_i(c, OP_CALL, 0) < 0) {
            return -1;
        }
    }
    return 0;
}

static void set_arg_counts(RpCompiler *c, RpArguments *args)
{
    c->u->argcount = rp_ast_len(args->args);
    c->u->posonlyargcount = rp_ast_len(args->posonlyargs);
    c->u->kwonlyargcount = rp_ast_len(args->kwonlyargs);
}

int rp_c_function(RpCompiler *c, RpStmt *s, int is_async)
{
    RpArguments *args = s->v.FunctionDef.args;
    RpAstSeq *decos = s->v.FunctionDef.decorator_list;
    RpAstSeq *body = s->v.FunctionDef.body;

    if (decorators(c, decos) < 0) {
        return -1;
    }
    int firstlineno = s->lineno;
    if (rp_ast_len(decos) > 0) {
        firstlineno = ((RpExpr *)decos->items[0])->lineno;
    }
    rp_c_set_loc_stmt(c, s);
    int flags = default_arguments(c, args);
    if (flags < 0) {
        return -1;
    }
    int ann = visit_annotations(c, args, s->v.FunctionDef.returns);
    if (ann < 0) {
        return -1;
    }
    if (ann > 0) {
        flags |= 0x04;
    }
    if (enter_scope(c, s->v.FunctionDef.name,
                    is_async ? RP_SCOPE_ASYNC_FUNCTION : RP_SCOPE_FUNCTION, s, firstlineno) < 0) {
        return -1;
    }
    RpExpr *doc = c->optimize < 2 ? get_docstring_expr(body) : NULL;
    RpObject *docobj = NULL;
    if (doc != NULL) {
        docobj = rp_c_make_literal(c, &doc->v.Constant, rp_loc_of_expr(doc));
        if (docobj == NULL) {
            exit_scope(c);
            return -1;
        }
    }
    int r = rp_c_add_const(c, docobj ? docobj : rp_None);
    RP_XDECREF(docobj);
    if (r < 0) {
        exit_scope(c);
        return -1;
    }
    set_arg_counts(c, args);
    for (int i = doc ? 1 : 0; i < rp_ast_len(body); i++) {
        if (rp_c_stmt(c, body->items[i]) < 0) {
            exit_scope(c);
            return -1;
        }
    }
    RpObject *co = rp_c_assemble(c, 1);
    exit_scope(c);
    if (co == NULL) {
        return -1;
    }
    rp_c_set_loc_stmt(c, s);
    r = make_closure(c, (RpCodeObject *)co, flags);
    RP_DECREF(co);
    if (r < 0 || apply_decorators(c, decos) < 0) {
        return -1;
    }
    rp_c_set_loc_stmt(c, s);
    return rp_c_nameop(c, s->v.FunctionDef.name, RP_STORE);
}

int rp_c_class(RpCompiler *c, RpStmt *s)
{
    RpAstSeq *decos = s->v.ClassDef.decorator_list;
    if (decorators(c, decos) < 0) {
        return -1;
    }
    int firstlineno = s->lineno;
    if (rp_ast_len(decos) > 0) {
        firstlineno = ((RpExpr *)decos->items[0])->lineno;
    }
    rp_c_set_loc_stmt(c, s);
    /* 1. the class body as a function mutating its locals */
    if (enter_scope(c, s->v.ClassDef.name, RP_SCOPE_CLASS, s, firstlineno) < 0) {
        return -1;
    }
    RpObject *co = NULL;
    c->u->loc = rp_loc_of_stmt(s);
    if (rp_c_nameop(c, "__name__", RP_LOAD) < 0 || rp_c_nameop(c, "__module__", RP_STORE) < 0 ||
        rp_c_addop_load_const(c, c->u->qualname) < 0 ||
        rp_c_nameop(c, "__qualname__", RP_STORE) < 0 || rp_c_body(c, s->v.ClassDef.body) < 0) {
        exit_scope(c);
        return -1;
    }
    c->u->loc = RP_NO_LOC;
    if (c->u->ste->needs_class_closure) {
        RpObject *name = rp_c_str("__class__");
        RpObject *v = name ? rp_dict_get_borrow(c->u->cellvars, name) : NULL;
        RP_XDECREF(name);
        if (v == NULL) {
            if (!rp_err_occurred()) {
                rp_err_set_string(&RpExc_SystemError, "compiler: no __class__ cell");
            }
            exit_scope(c);
            return -1;
        }
        if (rp_c_addop_i(c, OP_LOAD_CLOSURE, (int)rp_int_as_long(v)) < 0 ||
            rp_c_addop_i(c, OP_COPY, 1) < 0 || rp_c_nameop(c, "__classcell__", RP_STORE) < 0) {
            exit_scope(c);
            return -1;
        }
    }
    else if (rp_c_addop_load_const(c, rp_None) < 0) {
        exit_scope(c);
        return -1;
    }
    if (rp_c_addop(c, OP_RETURN_VALUE) < 0) {
        exit_scope(c);
        return -1;
    }
    co = rp_c_assemble(c, 1);
    exit_scope(c);
    if (co == NULL) {
        return -1;
    }
    rp_c_set_loc_stmt(c, s);
    /* 2. __build_class__ */
    int r = rp_c_addop(c, OP_PUSH_NULL);
    if (r == 0) {
        r = rp_c_addop(c, OP_LOAD_BUILD_CLASS);
    }
    /* 3. the body function */
    if (r == 0) {
        r = make_closure(c, (RpCodeObject *)co, 0);
    }
    RP_DECREF(co);
    if (r < 0) {
        return -1;
    }
    /* 4. the name */
    if (rp_c_addop_load_const_steal(c, rp_c_str(s->v.ClassDef.name)) < 0) {
        return -1;
    }
    /* 5. bases and keywords */
    if (rp_c_call_helper(c, 2, s->v.ClassDef.bases, s->v.ClassDef.keywords) < 0) {
        return -1;
    }
    /* 6. decorators */
    if (apply_decorators(c, decos) < 0) {
        return -1;
    }
    rp_c_set_loc_stmt(c, s);
    return rp_c_nameop(c, s->v.ClassDef.name, RP_STORE);
}

int rp_c_lambda(RpCompiler *c, RpExpr *e)
{
    RpArguments *args = e->v.Lambda.args;
    int flags = default_arguments(c, args);
    if (flags < 0) {
        return -1;
    }
    if (enter_scope(c, "<lambda>", RP_SCOPE_LAMBDA, e, e->lineno) < 0) {
        return -1;
    }
    /* None first, so a lambda has no docstring */
    if (rp_c_add_const(c, rp_None) < 0) {
        exit_scope(c);
        return -1;
    }
    set_arg_counts(c, args);
    rp_c_set_loc_expr(c, e->v.Lambda.body);
    if (rp_c_expr(c, e->v.Lambda.body) < 0) {
        exit_scope(c);
        return -1;
    }
    RpObject *co;
    if (c->u->ste->is_generator) {
        co = rp_c_assemble(c, 0);
    }
    else {
        if (rp_c_addop(c, OP_RETURN_VALUE) < 0) {
            exit_scope(c);
            return -1;
        }
        co = rp_c_assemble(c, 1);
    }
    exit_scope(c);
    if (co == NULL) {
        return -1;
    }
    rp_c_set_loc_expr(c, e);
    int r = make_closure(c, (RpCodeObject *)co, flags);
    RP_DECREF(co);
    return r;
}

/* ---- comprehensions --------------------------------------------------------------------- */

static int comprehension_generator(RpCompiler *c, RpAstSeq *generators, int gen_index,
                                   int depth, RpExpr *elt, RpExpr *val, RpSymCompType type);

static int sync_comprehension_generator(RpCompiler *c, RpAstSeq *generators, int gen_index,
                                        int depth, RpExpr *elt, RpExpr *val,
                                        RpSymCompType type)
{
    RpBlock *start = rp_c_new_block(c);
    RpBlock *if_cleanup = rp_c_new_block(c);
    RpBlock *anchor = rp_c_new_block(c);
    if (start == NULL || if_cleanup == NULL || anchor == NULL) {
        return -1;
    }
    RpComprehension *gen = generators->items[gen_index];
    if (gen_index == 0) {
        /* the outermost iterator is the implicit argument .0 */
        c->u->argcount = 1;
        if (rp_c_addop_i(c, OP_LOAD_FAST, 0) < 0) {
            return -1;
        }
    }
    else {
        /* fast path for the temporary variable idiom: for y in [f(x)] */
        RpAstSeq *elts = NULL;
        if (gen->iter->kind == RP_List_kind) {
            elts = gen->iter->v.List.elts;
        }
        else if (gen->iter->kind == RP_Tuple_kind) {
            elts = gen->iter->v.Tuple.elts;
        }
        if (rp_ast_len(elts) == 1 && rp_c_const_value(c, gen->iter) == NULL) {
            RpExpr *one = elts->items[0];
            if (one->kind != RP_Starred_kind) {
                if (rp_c_expr(c, one) < 0) {
                    return -1;
                }
                start = NULL;
            }
        }
        if (start != NULL) {
            if (rp_c_expr(c, gen->iter) < 0 || rp_c_addop(c, OP_GET_ITER) < 0) {
                return -1;
            }
        }
    }
    if (start != NULL) {
        depth++;
        rp_c_use_next_block(c, start);
        if (rp_c_addop_jump(c, OP_FOR_ITER, anchor) < 0) {
            return -1;
        }
    }
    if (rp_c_expr(c, gen->target) < 0) {
        return -1;
    }
    for (int i = 0; i < rp_ast_len(gen->ifs); i++) {
        if (rp_c_jump_if(c, gen->ifs->items[i], if_cleanup, 0) < 0) {
            return -1;
        }
    }
    if (++gen_index < generators->len) {
        if (comprehension_generator(c, generators, gen_index, depth, elt, val, type) < 0) {
            return -1;
        }
    }
    if (gen_index >= generators->len) {
        switch (type) {
        case RP_COMP_GENEXP:
            if (rp_c_expr(c, elt) < 0 || rp_c_addop_i(c, OP_YIELD_VALUE, 0) < 0 ||
                rp_c_addop(c, OP_POP_TOP) < 0) {
                return -1;
            }
            break;
        case RP_COMP_LIST:
            if (rp_c_expr(c, elt) < 0 || rp_c_addop_i(c, OP_LIST_APPEND, depth + 1) < 0) {
                return -1;
            }
            break;
        case RP_COMP_SET:
            if (rp_c_expr(c, elt) < 0 || rp_c_addop_i(c, OP_SET_ADD, depth + 1) < 0) {
                return -1;
            }
            break;
        case RP_COMP_DICT:
            if (rp_c_expr(c, elt) < 0 || rp_c_expr(c, val) < 0 ||
                rp_c_addop_i(c, OP_MAP_ADD, depth + 1) < 0) {
                return -1;
            }
            break;
        default:
            return -1;
        }
    }
    rp_c_use_next_block(c, if_cleanup);
    if (start != NULL) {
        if (rp_c_addop_jump(c, OP_JUMP, start) < 0) {
            return -1;
        }
        rp_c_use_next_block(c, anchor);
    }
    return 0;
}

static int async_comprehension_generator(RpCompiler *c, RpAstSeq *generators, int gen_index,
                                         int depth, RpExpr *elt, RpExpr *val,
                                         RpSymCompType type)
{
    RpBlock *start = rp_c_new_block(c);
    RpBlock *except = rp_c_new_block(c);
    RpBlock *if_cleanup = rp_c_new_block(c);
    if (start == NULL || except == NULL || if_cleanup == NULL) {
        return -1;
    }
    RpComprehension *gen = generators->items[gen_index];
    if (gen_index == 0) {
        c->u->argcount = 1;
        if (rp_c_addop_i(c, OP_LOAD_FAST, 0) < 0) {
            return -1;
        }
    }
    else {
        if (rp_c_expr(c, gen->iter) < 0 || rp_c_addop(c, OP_GET_AITER) < 0) {
            return -1;
        }
    }
    rp_c_use_next_block(c, start);
    /* runtime will push a block here */
    if (rp_c_addop_jump(c, OP_SETUP_FINALLY, except) < 0 ||
        rp_c_addop(c, OP_GET_ANEXT) < 0 || rp_c_addop_load_const(c, rp_None) < 0 ||
        rp_c_add_yield_from(c, 1) < 0 || rp_c_addop(c, OP_POP_BLOCK) < 0 ||
        rp_c_expr(c, gen->target) < 0) {
        return -1;
    }
    for (int i = 0; i < rp_ast_len(gen->ifs); i++) {
        if (rp_c_jump_if(c, gen->ifs->items[i], if_cleanup, 0) < 0) {
            return -1;
        }
    }
    depth++;
    if (++gen_index < generators->len) {
        if (comprehension_generator(c, generators, gen_index, depth, elt, val, type) < 0) {
            return -1;
        }
    }
    if (gen_index >= generators->len) {
        switch (type) {
        case RP_COMP_GENEXP:
            if (rp_c_expr(c, elt) < 0 || rp_c_addop_i(c, OP_YIELD_VALUE, 0) < 0 ||
                rp_c_addop(c, OP_POP_TOP) < 0) {
                return -1;
            }
            break;
        case RP_COMP_LIST:
            if (rp_c_expr(c, elt) < 0 || rp_c_addop_i(c, OP_LIST_APPEND, depth + 1) < 0) {
                return -1;
            }
            break;
        case RP_COMP_SET:
            if (rp_c_expr(c, elt) < 0 || rp_c_addop_i(c, OP_SET_ADD, depth + 1) < 0) {
                return -1;
            }
            break;
        case RP_COMP_DICT:
            if (rp_c_expr(c, elt) < 0 || rp_c_expr(c, val) < 0 ||
                rp_c_addop_i(c, OP_MAP_ADD, depth + 1) < 0) {
                return -1;
            }
            break;
        default:
            return -1;
        }
    }
    rp_c_use_next_block(c, if_cleanup);
    if (rp_c_addop_jump(c, OP_JUMP, start) < 0) {
        return -1;
    }
    rp_c_use_next_block(c, except);
    return rp_c_addop(c, OP_END_ASYNC_FOR);
}

static int comprehension_generator(RpCompiler *c, RpAstSeq *generators, int gen_index,
                                   int depth, RpExpr *elt, RpExpr *val, RpSymCompType type)
{
    RpComprehension *gen = generators->items[gen_index];
    if (gen->is_async) {
        return async_comprehension_generator(c, generators, gen_index, depth, elt, val, type);
    }
    return sync_comprehension_generator(c, generators, gen_index, depth, elt, val, type);
}

int rp_c_comprehension(RpCompiler *c, RpExpr *e)
{
    RpSymCompType type;
    const char *name;
    RpAstSeq *generators;
    RpExpr *elt, *val = NULL;
    switch (e->kind) {
    case RP_ListComp_kind:
        type = RP_COMP_LIST;
        name = "<listcomp>";
        generators = e->v.ListComp.generators;
        elt = e->v.ListComp.elt;
        break;
    case RP_SetComp_kind:
        type = RP_COMP_SET;
        name = "<setcomp>";
        generators = e->v.SetComp.generators;
        elt = e->v.SetComp.elt;
        break;
    case RP_DictComp_kind:
        type = RP_COMP_DICT;
        name = "<dictcomp>";
        generators = e->v.DictComp.generators;
        elt = e->v.DictComp.key;
        val = e->v.DictComp.value;
        break;
    default:
        type = RP_COMP_GENEXP;
        name = "<genexpr>";
        generators = e->v.GeneratorExp.generators;
        elt = e->v.GeneratorExp.elt;
        break;
    }
    RpComprehension *outermost = generators->items[0];
    RpScopeType outer_scope = c->u->scope_type;
    if (enter_scope(c, name, RP_SCOPE_COMPREHENSION, e, e->lineno) < 0) {
        return -1;
    }
    rp_c_set_loc_expr(c, e);
    int is_async_generator = c->u->ste->is_coroutine;
    if (is_async_generator && type != RP_COMP_GENEXP && outer_scope != RP_SCOPE_ASYNC_FUNCTION &&
        outer_scope != RP_SCOPE_COMPREHENSION) {
        rp_c_error(c, c->u->loc,
                   "asynchronous comprehension outside of an asynchronous function");
        exit_scope(c);
        return -1;
    }
    if (type != RP_COMP_GENEXP) {
        int op = type == RP_COMP_LIST ? OP_BUILD_LIST : type == RP_COMP_SET ? OP_BUILD_SET
                 : OP_BUILD_MAP;
        if (rp_c_addop_i(c, op, 0) < 0) {
            exit_scope(c);
            return -1;
        }
    }
    if (comprehension_generator(c, generators, 0, 0, elt, val, type) < 0) {
        exit_scope(c);
        return -1;
    }
    if (type != RP_COMP_GENEXP && rp_c_addop(c, OP_RETURN_VALUE) < 0) {
        exit_scope(c);
        return -1;
    }
    RpObject *co = rp_c_assemble(c, 1);
    exit_scope(c);
    if (co == NULL) {
        return -1;
    }
    rp_c_set_loc_expr(c, e);
    int r = make_closure(c, (RpCodeObject *)co, 0);
    RP_DECREF(co);
    if (r < 0) {
        return -1;
    }
    if (rp_c_expr(c, outermost->iter) < 0) {
        return -1;
    }
    rp_c_set_loc_expr(c, e);
    if (rp_c_addop(c, outermost->is_async ? OP_GET_AITER : OP_GET_ITER) < 0 ||
        rp_c_addop_i(c, OP_CALL, 0) < 0) {
        return -1;
    }
    if (is_async_generator && type != RP_COMP_GENEXP) {
        if (rp_c_addop_i(c, OP_GET_AWAITABLE, 0) < 0 || rp_c_addop_load_const(c, rp_None) < 0 ||
            rp_c_add_yield_from(c, 1) < 0) {
            return -1;
        }
    }
    return 0;
}

/* ---- modules ---------------------------------------------------------------------------- */

static RpObject *compile_mod(RpCompiler *c, RpModule *mod)
{
    if (enter_scope(c, "<module>", RP_SCOPE_MODULE, mod, 1) < 0) {
        return NULL;
    }
    int addnone = 1;
    int r = 0;
    switch (mod->mode) {
    case RP_MODE_EXEC:
        r = rp_c_body(c, mod->body);
        break;
    case RP_MODE_SINGLE:
        c->interactive = 1;
        if (find_ann(mod->body) && rp_c_addop(c, OP_SETUP_ANNOTATIONS) < 0) {
            r = -1;
            break;
        }
        r = rp_c_stmts(c, mod->body);
        break;
    case RP_MODE_EVAL:
        rp_c_set_loc_expr(c, mod->expr);
        r = rp_c_expr(c, mod->expr);
        addnone = 0;
        break;
    }
    RpObject *co = NULL;
    if (r == 0) {
        co = rp_c_assemble(c, addnone);
    }
    exit_scope(c);
    return co;
}

static RpObject *compile_ast(RpModule *mod, RpArena *arena, const char *filename,
                             const char *src, size_t srclen, int flags, int optimize,
                             RpObject **literals);

RpObject *rp_compile_ast(RpModule *mod, RpArena *arena, const char *filename,
                         const char *src, size_t srclen, int flags, int optimize)
{
    return compile_ast(mod, arena, filename, src, srclen, flags, optimize, NULL);
}

static RpObject *compile_ast(RpModule *mod, RpArena *arena, const char *filename,
                             const char *src, size_t srclen, int flags, int optimize,
                             RpObject **literals)
{
    RpCompiler c;
    memset(&c, 0, sizeof(c));
    c.arena = arena;
    c.filename = filename;
    c.src = src;
    c.srclen = srclen;
    c.flags = flags;
    c.optimize = optimize < 0 ? rp_runtime.optimize : optimize;
    c.filename_obj = rp_str_from_cstr(filename);
    if (c.filename_obj == NULL) {
        return NULL;
    }
    RpSyntaxError err;
    memset(&err, 0, sizeof(err));
    RpThreadState *ts = rp_tstate();
    c.depth_limit = rp_compile_depth_limit(ts);
    c.depth = rp_compile_starting_depth(ts);
    c.st = rp_symtable_build_ex(arena, mod, filename, c.depth, c.depth_limit,
                                ts->c_stack_limit, &err);
    if (c.st == NULL) {
        RP_DECREF(c.filename_obj);
        if (err.type != NULL && strcmp(err.type, "SyntaxError") != 0) {
            return rp_raise_syntax_error(&err, filename);
        }
        /* the symbol table reports no source line: CPython reads it from
           the file (nothing for "<string>" and the like) */
        RpObject *text = program_text(filename, err.lineno);
        return raise_syntax_error_text(&err, filename, text);
    }
    c.future_features = c.st->future_features;
    c.const_cache = rp_dict_new();
    RpObject *co = NULL;
    if (c.const_cache != NULL && rp_c_fold_module(&c, mod) == 0) {
        co = compile_mod(&c, mod);
    }
    if (co != NULL && literals != NULL) {
        *literals = rp_c_fold_take(&c);
        if (*literals == NULL) {
            RP_CLEAR(co);
        }
    }
    rp_c_fold_free(&c);
    RP_XDECREF(c.const_cache);
    RP_DECREF(c.filename_obj);
    return co;
}

static RpParseMode parse_mode(int mode)
{
    switch (mode) {
    case RP_COMPILE_EVAL: return RP_MODE_EVAL;
    case RP_COMPILE_SINGLE: return RP_MODE_SINGLE;
    default: return RP_MODE_EXEC;
    }
}

RpObject *rp_compile_source_ex(const char *src, size_t len, const char *filename, int mode,
                               int flags, int optimize)
{
    return rp_compile_source_keep(src, len, filename, mode, flags, optimize, NULL);
}

RpObject *rp_compile_source_keep(const char *src, size_t len, const char *filename, int mode,
                                 int flags, int optimize, RpObject **literals)
{
    if (literals != NULL) {
        *literals = NULL;
    }
    RpArena *arena = rp_arena_new();
    if (arena == NULL) {
        return rp_err_nomemory();
    }
    RpSyntaxError err;
    memset(&err, 0, sizeof(err));
    int pflags = (flags & RP_COMPILE_FLAG_FILE)    ? RP_PARSE_FLAG_FILE
                 : (flags & RP_COMPILE_FLAG_BYTES) ? RP_PARSE_FLAG_NONE
                                                   : RP_PARSE_FLAG_IGNORE_COOKIE;
    RpModule *mod = rp_parse(arena, src, len, filename, parse_mode(mode), pflags, &err);
    RpObject *co;
    if (mod == NULL) {
        co = rp_raise_syntax_error(&err, filename);
    }
    else {
        co = compile_ast(mod, arena, filename, src, len, flags, optimize, literals);
    }
    rp_arena_free(arena);
    return co;
}

RpObject *rp_compile_source(const char *src, const char *filename, int mode)
{
    return rp_compile_source_ex(src, strlen(src), filename, mode, 0, -1);
}
