/* compile_stmt.c - statements.
 *
 * The shapes of the generated code follow CPython 3.11's compile.c
 * closely (the same instructions in the same order), so that reference
 * counts, evaluation order and tracebacks are the same.  Exception
 * handling uses SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH and POP_BLOCK
 * pseudo-instructions; the assembler turns them into the exception table.
 */
#include "compile_internal.h"
#include <string.h>

#include "../core/refcount.h"
#include "../objects/exceptions.h"
#include "../objects/intobject.h"
#include "../objects/listobject.h"
#include "../objects/noneobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../vm/errors.h"

#define CHECK(x) do { if ((x) < 0) return -1; } while (0)
#define ADDOP(op) CHECK(rp_c_addop(c, (op)))
#define ADDOP_I(op, arg) CHECK(rp_c_addop_i(c, (op), (arg)))
#define ADDOP_JUMP(op, b) CHECK(rp_c_addop_jump(c, (op), (b)))
#define ADDOP_JUMP_NOLINE(op, b) CHECK(rp_c_addop_jump_noloc(c, (op), (b)))
#define ADDOP_NOLINE(op) CHECK(rp_c_addop_noloc(c, (op)))
#define LOAD_NONE() CHECK(rp_c_addop_load_const(c, rp_None))
#define VISIT(e) CHECK(rp_c_expr(c, (e)))
#define VISIT_SEQ(seq) CHECK(rp_c_stmts(c, (seq)))
#define NEW_BLOCK(b) RpBlock *b = rp_c_new_block(c); if (b == NULL) return -1
#define UNSET_LOC() (c->u->loc = RP_NO_LOC)

int rp_c_stmts(RpCompiler *c, RpAstSeq *seq)
{
    for (int i = 0; i < rp_ast_len(seq); i++) {
        CHECK(rp_c_stmt(c, seq->items[i]));
    }
    return 0;
}

/* 3.11's ADD_YIELD_FROM:  SEND exit; YIELD_VALUE 1; JUMP_NO_INTERRUPT start */
int rp_c_add_yield_from(RpCompiler *c, int await)
{
    (void)await;
    NEW_BLOCK(start);
    NEW_BLOCK(resume);
    NEW_BLOCK(exit);
    rp_c_use_next_block(c, start);
    ADDOP_JUMP(OP_SEND, exit);
    rp_c_use_next_block(c, resume);
    ADDOP_I(OP_YIELD_VALUE, 1);
    ADDOP_JUMP(OP_JUMP_NO_INTERRUPT, start);
    rp_c_use_next_block(c, exit);
    return 0;
}

/* ---- simple statements ------------------------------------------------- */

static int c_return(RpCompiler *c, RpStmt *s)
{
    RpExpr *value = s->v.Return.value;
    int preserve_tos = value != NULL && rp_c_const_value(c, value) == NULL;
    if (c->u->ste->type != RP_BLOCK_FUNCTION) {
        return rp_c_error(c, rp_loc_of_stmt(s), "'return' outside function");
    }
    if (value != NULL && c->u->ste->is_coroutine && c->u->ste->is_generator) {
        return rp_c_error(c, rp_loc_of_stmt(s), "'return' with value in async generator");
    }
    if (preserve_tos) {
        VISIT(value);
    }
    else if (value != NULL) {
        rp_c_set_loc_expr(c, value);
        ADDOP(OP_NOP);
    }
    if (value == NULL || value->lineno != s->lineno) {
        rp_c_set_loc_stmt(c, s);
        ADDOP(OP_NOP);
    }
    CHECK(rp_c_unwind_fblock_stack(c, preserve_tos, NULL));
    if (value == NULL) {
        LOAD_NONE();
    }
    else if (!preserve_tos) {
        CHECK(rp_c_addop_load_const(c, rp_c_const_value(c, value)));
    }
    ADDOP(OP_RETURN_VALUE);
    return rp_c_next_block(c);
}

static int c_break(RpCompiler *c, RpStmt *s)
{
    RpFBlock *loop = NULL;
    ADDOP(OP_NOP);
    CHECK(rp_c_unwind_fblock_stack(c, 0, &loop));
    if (loop == NULL) {
        return rp_c_error(c, rp_loc_of_stmt(s), "'break' outside loop");
    }
    CHECK(rp_c_unwind_fblock(c, loop, 0));
    ADDOP_JUMP(OP_JUMP, loop->exit);
    return rp_c_next_block(c);
}

static int c_continue(RpCompiler *c, RpStmt *s)
{
    RpFBlock *loop = NULL;
    ADDOP(OP_NOP);
    CHECK(rp_c_unwind_fblock_stack(c, 0, &loop));
    if (loop == NULL) {
        return rp_c_error(c, rp_loc_of_stmt(s), "'continue' not properly in loop");
    }
    ADDOP_JUMP(OP_JUMP, loop->block);
    return rp_c_next_block(c);
}

static int c_stmt_expr(RpCompiler *c, RpExpr *value)
{
    if (c->interactive && c->nestlevel <= 1) {
        VISIT(value);
        ADDOP(OP_PRINT_EXPR);
        return 0;
    }
    if (value->kind == RP_Constant_kind) {
        ADDOP(OP_NOP);   /* a constant statement does nothing */
        return 0;
    }
    VISIT(value);
    UNSET_LOC();
    ADDOP(OP_POP_TOP);
    return 0;
}

static int c_if(RpCompiler *c, RpStmt *s)
{
    NEW_BLOCK(end);
    RpBlock *next = end;
    if (rp_ast_len(s->v.If.orelse) > 0) {
        next = rp_c_new_block(c);
        if (next == NULL) {
            return -1;
        }
    }
    CHECK(rp_c_jump_if(c, s->v.If.test, next, 0));
    VISIT_SEQ(s->v.If.body);
    if (rp_ast_len(s->v.If.orelse) > 0) {
        ADDOP_JUMP_NOLINE(OP_JUMP, end);
        rp_c_use_next_block(c, next);
        VISIT_SEQ(s->v.If.orelse);
    }
    rp_c_use_next_block(c, end);
    return 0;
}

static int c_for(RpCompiler *c, RpStmt *s)
{
    NEW_BLOCK(start);
    NEW_BLOCK(body);
    NEW_BLOCK(cleanup);
    NEW_BLOCK(end);
    CHECK(rp_c_push_fblock(c, RP_FB_FOR_LOOP, start, end, NULL));
    VISIT(s->v.For.iter);
    ADDOP(OP_GET_ITER);
    rp_c_use_next_block(c, start);
    ADDOP_JUMP(OP_FOR_ITER, cleanup);
    rp_c_use_next_block(c, body);
    VISIT(s->v.For.target);
    VISIT_SEQ(s->v.For.body);
    UNSET_LOC();
    ADDOP_JUMP(OP_JUMP, start);
    rp_c_use_next_block(c, cleanup);
    rp_c_pop_fblock(c, RP_FB_FOR_LOOP, start);
    VISIT_SEQ(s->v.For.orelse);
    rp_c_use_next_block(c, end);
    return 0;
}

static int c_async_for(RpCompiler *c, RpStmt *s)
{
    if (c->u->scope_type != RP_SCOPE_ASYNC_FUNCTION) {
        return rp_c_error(c, rp_loc_of_stmt(s), "'async for' outside async function");
    }
    NEW_BLOCK(start);
    NEW_BLOCK(except);
    NEW_BLOCK(end);
    VISIT(s->v.For.iter);
    ADDOP(OP_GET_AITER);
    rp_c_use_next_block(c, start);
    CHECK(rp_c_push_fblock(c, RP_FB_FOR_LOOP, start, end, NULL));
    ADDOP_JUMP(OP_SETUP_FINALLY, except);
    ADDOP(OP_GET_ANEXT);
    LOAD_NONE();
    CHECK(rp_c_add_yield_from(c, 1));
    ADDOP(OP_POP_BLOCK);
    VISIT(s->v.For.target);
    VISIT_SEQ(s->v.For.body);
    UNSET_LOC();
    ADDOP_JUMP(OP_JUMP, start);
    rp_c_pop_fblock(c, RP_FB_FOR_LOOP, start);
    rp_c_use_next_block(c, except);
    rp_c_set_loc_expr(c, s->v.For.iter);
    ADDOP(OP_END_ASYNC_FOR);
    VISIT_SEQ(s->v.For.orelse);
    rp_c_use_next_block(c, end);
    return 0;
}

static int c_while(RpCompiler *c, RpStmt *s)
{
    NEW_BLOCK(loop);
    NEW_BLOCK(body);
    NEW_BLOCK(anchor);
    NEW_BLOCK(end);
    rp_c_use_next_block(c, loop);
    CHECK(rp_c_push_fblock(c, RP_FB_WHILE_LOOP, loop, end, NULL));
    CHECK(rp_c_jump_if(c, s->v.While.test, anchor, 0));
    rp_c_use_next_block(c, body);
    VISIT_SEQ(s->v.While.body);
    rp_c_set_loc_stmt(c, s);
    CHECK(rp_c_jump_if(c, s->v.While.test, body, 1));
    rp_c_pop_fblock(c, RP_FB_WHILE_LOOP, loop);
    rp_c_use_next_block(c, anchor);
    VISIT_SEQ(s->v.While.orelse);
    rp_c_use_next_block(c, end);
    return 0;
}

/* ---- try --------------------------------------------------------------- */

static int c_try_except(RpCompiler *c, RpStmt *s)
{
    NEW_BLOCK(body);
    NEW_BLOCK(except);
    NEW_BLOCK(end);
    NEW_BLOCK(cleanup);
    ADDOP_JUMP(OP_SETUP_FINALLY, except);
    rp_c_use_next_block(c, body);
    CHECK(rp_c_push_fblock(c, RP_FB_TRY_EXCEPT, body, NULL, NULL));
    VISIT_SEQ(s->v.Try.body);
    rp_c_pop_fblock(c, RP_FB_TRY_EXCEPT, body);
    ADDOP_NOLINE(OP_POP_BLOCK);
    VISIT_SEQ(s->v.Try.orelse);
    ADDOP_JUMP_NOLINE(OP_JUMP, end);
    int n = rp_ast_len(s->v.Try.handlers);
    rp_c_use_next_block(c, except);

    UNSET_LOC();
    ADDOP_JUMP(OP_SETUP_CLEANUP, cleanup);
    ADDOP(OP_PUSH_EXC_INFO);
    /* the runtime pushes a block here */
    CHECK(rp_c_push_fblock(c, RP_FB_EXCEPTION_HANDLER, NULL, NULL, NULL));
    for (int i = 0; i < n; i++) {
        RpExceptHandler *h = s->v.Try.handlers->items[i];
        RpLoc hloc = { h->lineno, h->end_lineno, h->col_offset, h->end_col_offset };
        c->u->loc = hloc;
        if (h->type == NULL && i < n - 1) {
            return rp_c_error(c, hloc, "default 'except:' must be last");
        }
        except = rp_c_new_block(c);
        if (except == NULL) {
            return -1;
        }
        if (h->type != NULL) {
            VISIT(h->type);
            ADDOP(OP_CHECK_EXC_MATCH);
            ADDOP_JUMP(OP_POP_JUMP_IF_FALSE, except);
        }
        if (h->name != NULL) {
            NEW_BLOCK(cleanup_end);
            NEW_BLOCK(cleanup_body);
            CHECK(rp_c_nameop(c, h->name, RP_STORE));
            /*  try: body  finally: name = None; del name  */
            ADDOP_JUMP(OP_SETUP_CLEANUP, cleanup_end);
            rp_c_use_next_block(c, cleanup_body);
            CHECK(rp_c_push_fblock(c, RP_FB_HANDLER_CLEANUP, cleanup_body, NULL, h->name));
            VISIT_SEQ(h->body);
            rp_c_pop_fblock(c, RP_FB_HANDLER_CLEANUP, cleanup_body);
            UNSET_LOC();
            ADDOP(OP_POP_BLOCK);
            ADDOP(OP_POP_BLOCK);
            ADDOP(OP_POP_EXCEPT);
            LOAD_NONE();
            CHECK(rp_c_nameop(c, h->name, RP_STORE));
            CHECK(rp_c_nameop(c, h->name, RP_DEL));
            ADDOP_JUMP(OP_JUMP, end);
            /* except: */
            rp_c_use_next_block(c, cleanup_end);
            UNSET_LOC();
            LOAD_NONE();
            CHECK(rp_c_nameop(c, h->name, RP_STORE));
            CHECK(rp_c_nameop(c, h->name, RP_DEL));
            ADDOP_I(OP_RERAISE, 1);
        }
        else {
            NEW_BLOCK(cleanup_body);
            ADDOP(OP_POP_TOP);   /* exc_value */
            rp_c_use_next_block(c, cleanup_body);
            CHECK(rp_c_push_fblock(c, RP_FB_HANDLER_CLEANUP, cleanup_body, NULL, NULL));
            VISIT_SEQ(h->body);
            rp_c_pop_fblock(c, RP_FB_HANDLER_CLEANUP, cleanup_body);
            UNSET_LOC();
            ADDOP(OP_POP_BLOCK);
            ADDOP(OP_POP_EXCEPT);
            ADDOP_JUMP(OP_JUMP, end);
        }
        rp_c_use_next_block(c, except);
    }
    UNSET_LOC();
    rp_c_pop_fblock(c, RP_FB_EXCEPTION_HANDLER, NULL);
    ADDOP_I(OP_RERAISE, 0);
    rp_c_use_next_block(c, cleanup);
    CHECK(rp_c_pop_except_and_reraise(c));
    rp_c_use_next_block(c, end);
    return 0;
}

static int c_try_star_except(RpCompiler *c, RpStmt *s)
{
    NEW_BLOCK(body);
    NEW_BLOCK(except);
    NEW_BLOCK(orelse);
    NEW_BLOCK(end);
    NEW_BLOCK(cleanup);
    NEW_BLOCK(reraise_star);
    ADDOP_JUMP(OP_SETUP_FINALLY, except);
    rp_c_use_next_block(c, body);
    CHECK(rp_c_push_fblock(c, RP_FB_TRY_EXCEPT, body, NULL, NULL));
    VISIT_SEQ(s->v.Try.body);
    rp_c_pop_fblock(c, RP_FB_TRY_EXCEPT, body);
    ADDOP_NOLINE(OP_POP_BLOCK);
    ADDOP_JUMP_NOLINE(OP_JUMP, orelse);
    int n = rp_ast_len(s->v.Try.handlers);
    rp_c_use_next_block(c, except);

    UNSET_LOC();
    ADDOP_JUMP(OP_SETUP_CLEANUP, cleanup);
    ADDOP(OP_PUSH_EXC_INFO);
    CHECK(rp_c_push_fblock(c, RP_FB_EXCEPTION_GROUP_HANDLER, NULL, NULL, "except handler"));
    for (int i = 0; i < n; i++) {
        RpExceptHandler *h = s->v.Try.handlers->items[i];
        RpLoc hloc = { h->lineno, h->end_lineno, h->col_offset, h->end_col_offset };
        c->u->loc = hloc;
        except = rp_c_new_block(c);
        NEW_BLOCK(except_with_error);
        NEW_BLOCK(no_match);
        if (except == NULL) {
            return -1;
        }
        if (i == 0) {
            /* [exc] -> [orig, [], exc] */
            ADDOP_I(OP_COPY, 1);
            ADDOP_I(OP_BUILD_LIST, 0);
            ADDOP_I(OP_SWAP, 2);
        }
        if (h->type != NULL) {
            VISIT(h->type);
            ADDOP(OP_CHECK_EG_MATCH);
            ADDOP_I(OP_COPY, 1);
            ADDOP_JUMP(OP_POP_JUMP_IF_NONE, no_match);
        }
        NEW_BLOCK(cleanup_end);
        NEW_BLOCK(cleanup_body);
        if (h->name != NULL) {
            CHECK(rp_c_nameop(c, h->name, RP_STORE));
        }
        else {
            ADDOP(OP_POP_TOP);   /* match */
        }
        ADDOP_JUMP(OP_SETUP_CLEANUP, cleanup_end);
        rp_c_use_next_block(c, cleanup_body);
        CHECK(rp_c_push_fblock(c, RP_FB_HANDLER_CLEANUP, cleanup_body, NULL, h->name));
        VISIT_SEQ(h->body);
        rp_c_pop_fblock(c, RP_FB_HANDLER_CLEANUP, cleanup_body);
        ADDOP(OP_POP_BLOCK);
        if (h->name != NULL) {
            LOAD_NONE();
            CHECK(rp_c_nameop(c, h->name, RP_STORE));
            CHECK(rp_c_nameop(c, h->name, RP_DEL));
        }
        ADDOP_JUMP(OP_JUMP, except);
        rp_c_use_next_block(c, cleanup_end);
        if (h->name != NULL) {
            LOAD_NONE();
            CHECK(rp_c_nameop(c, h->name, RP_STORE));
            CHECK(rp_c_nameop(c, h->name, RP_DEL));
        }
        /* add the exception raised to the result list */
        ADDOP_I(OP_LIST_APPEND, 3);
        ADDOP(OP_POP_TOP);   /* lasti */
        ADDOP_JUMP(OP_JUMP, except_with_error);
        rp_c_use_next_block(c, except);
        ADDOP(OP_NOP);
        ADDOP_JUMP(OP_JUMP, except_with_error);
        rp_c_use_next_block(c, no_match);
        ADDOP(OP_POP_TOP);   /* match (None) */
        rp_c_use_next_block(c, except_with_error);
        if (i == n - 1) {
            /* add exc (the unhandled rest, or None) to the list */
            ADDOP_I(OP_LIST_APPEND, 1);
            ADDOP_JUMP(OP_JUMP, reraise_star);
        }
    }
    UNSET_LOC();
    rp_c_pop_fblock(c, RP_FB_EXCEPTION_GROUP_HANDLER, NULL);
    NEW_BLOCK(reraise);
    rp_c_use_next_block(c, reraise_star);
    ADDOP(OP_PREP_RERAISE_STAR);
    ADDOP_I(OP_COPY, 1);
    ADDOP_JUMP(OP_POP_JUMP_IF_NOT_NONE, reraise);
    /* nothing to re-raise */
    ADDOP(OP_POP_TOP);
    ADDOP(OP_POP_BLOCK);
    ADDOP(OP_POP_EXCEPT);
    ADDOP_JUMP(OP_JUMP, end);
    rp_c_use_next_block(c, reraise);
    ADDOP(OP_POP_BLOCK);
    ADDOP_I(OP_SWAP, 2);
    ADDOP(OP_POP_EXCEPT);
    ADDOP_I(OP_RERAISE, 0);
    rp_c_use_next_block(c, cleanup);
    CHECK(rp_c_pop_except_and_reraise(c));
    rp_c_use_next_block(c, orelse);
    VISIT_SEQ(s->v.Try.orelse);
    rp_c_use_next_block(c, end);
    return 0;
}

static int c_try_finally(RpCompiler *c, RpStmt *s, int star)
{
    NEW_BLOCK(body);
    NEW_BLOCK(end);
    NEW_BLOCK(exit);
    NEW_BLOCK(cleanup);
    /* the try block */
    ADDOP_JUMP(OP_SETUP_FINALLY, end);
    rp_c_use_next_block(c, body);
    CHECK(rp_c_push_fblock(c, RP_FB_FINALLY_TRY, body, end, s->v.Try.finalbody));
    if (rp_ast_len(s->v.Try.handlers) > 0) {
        CHECK(star ? c_try_star_except(c, s) : c_try_except(c, s));
    }
    else {
        VISIT_SEQ(s->v.Try.body);
    }
    ADDOP_NOLINE(OP_POP_BLOCK);
    rp_c_pop_fblock(c, RP_FB_FINALLY_TRY, body);
    VISIT_SEQ(s->v.Try.finalbody);
    ADDOP_JUMP_NOLINE(OP_JUMP, exit);
    /* the finally block, when an exception is raised */
    rp_c_use_next_block(c, end);
    UNSET_LOC();
    ADDOP_JUMP(OP_SETUP_CLEANUP, cleanup);
    ADDOP(OP_PUSH_EXC_INFO);
    CHECK(rp_c_push_fblock(c, RP_FB_FINALLY_END, end, NULL, NULL));
    VISIT_SEQ(s->v.Try.finalbody);
    rp_c_pop_fblock(c, RP_FB_FINALLY_END, end);
    ADDOP_I(OP_RERAISE, 0);
    rp_c_use_next_block(c, cleanup);
    CHECK(rp_c_pop_except_and_reraise(c));
    rp_c_use_next_block(c, exit);
    return 0;
}

static int c_try(RpCompiler *c, RpStmt *s, int star)
{
    if (rp_ast_len(s->v.Try.finalbody) > 0) {
        return c_try_finally(c, s, star);
    }
    return star ? c_try_star_except(c, s) : c_try_except(c, s);
}

/* ---- with -------------------------------------------------------------- */

static int with_except_finish(RpCompiler *c, RpBlock *cleanup)
{
    NEW_BLOCK(exit);
    ADDOP_JUMP(OP_POP_JUMP_IF_TRUE, exit);
    ADDOP_I(OP_RERAISE, 2);
    rp_c_use_next_block(c, cleanup);
    CHECK(rp_c_pop_except_and_reraise(c));
    rp_c_use_next_block(c, exit);
    ADDOP(OP_POP_TOP);    /* exc_value */
    ADDOP(OP_POP_BLOCK);
    ADDOP(OP_POP_EXCEPT);
    ADDOP(OP_POP_TOP);
    ADDOP(OP_POP_TOP);
    return 0;
}

static int c_with(RpCompiler *c, RpStmt *s, int pos)
{
    RpWithItem *item = s->v.With.items->items[pos];
    NEW_BLOCK(block);
    NEW_BLOCK(final);
    NEW_BLOCK(exit);
    NEW_BLOCK(cleanup);
    /* evaluate EXPR */
    VISIT(item->context_expr);
    rp_c_set_loc_stmt(c, s);
    ADDOP(OP_BEFORE_WITH);
    ADDOP_JUMP(OP_SETUP_WITH, final);
    rp_c_use_next_block(c, block);
    CHECK(rp_c_push_fblock(c, RP_FB_WITH, block, final, s));
    if (item->optional_vars != NULL) {
        VISIT(item->optional_vars);
    }
    else {
        ADDOP(OP_POP_TOP);   /* discard __enter__()'s result */
    }
    pos++;
    if (pos == s->v.With.items->len) {
        VISIT_SEQ(s->v.With.body);
    }
    else {
        CHECK(c_with(c, s, pos));
    }
    UNSET_LOC();
    ADDOP(OP_POP_BLOCK);
    rp_c_pop_fblock(c, RP_FB_WITH, block);
    /* success: __exit__(None, None, None) */
    rp_c_set_loc_stmt(c, s);
    CHECK(rp_c_call_exit_with_nones(c));
    ADDOP(OP_POP_TOP);
    ADDOP_JUMP(OP_JUMP, exit);
    /* exception */
    rp_c_use_next_block(c, final);
    ADDOP_JUMP(OP_SETUP_CLEANUP, cleanup);
    ADDOP(OP_PUSH_EXC_INFO);
    ADDOP(OP_WITH_EXCEPT_START);
    CHECK(with_except_finish(c, cleanup));
    rp_c_use_next_block(c, exit);
    return 0;
}

static int c_async_with(RpCompiler *c, RpStmt *s, int pos)
{
    if (c->u->scope_type != RP_SCOPE_ASYNC_FUNCTION) {
        return rp_c_error(c, rp_loc_of_stmt(s), "'async with' outside async function");
    }
    RpWithItem *item = s->v.With.items->items[pos];
    NEW_BLOCK(block);
    NEW_BLOCK(final);
    NEW_BLOCK(exit);
    NEW_BLOCK(cleanup);
    VISIT(item->context_expr);
    rp_c_set_loc_stmt(c, s);
    ADDOP(OP_BEFORE_ASYNC_WITH);
    ADDOP_I(OP_GET_AWAITABLE, 1);
    LOAD_NONE();
    CHECK(rp_c_add_yield_from(c, 1));
    ADDOP_JUMP(OP_SETUP_WITH, final);
    rp_c_use_next_block(c, block);
    CHECK(rp_c_push_fblock(c, RP_FB_ASYNC_WITH, block, final, s));
    if (item->optional_vars != NULL) {
        VISIT(item->optional_vars);
    }
    else {
        ADDOP(OP_POP_TOP);
    }
    pos++;
    if (pos == s->v.With.items->len) {
        VISIT_SEQ(s->v.With.body);
    }
    else {
        CHECK(c_async_with(c, s, pos));
    }
    rp_c_pop_fblock(c, RP_FB_ASYNC_WITH, block);
    ADDOP(OP_POP_BLOCK);
    rp_c_set_loc_stmt(c, s);
    CHECK(rp_c_call_exit_with_nones(c));
    ADDOP_I(OP_GET_AWAITABLE, 2);
    LOAD_NONE();
    CHECK(rp_c_add_yield_from(c, 1));
    ADDOP(OP_POP_TOP);
    ADDOP_JUMP(OP_JUMP, exit);
    rp_c_use_next_block(c, final);
    ADDOP_JUMP(OP_SETUP_CLEANUP, cleanup);
    ADDOP(OP_PUSH_EXC_INFO);
    ADDOP(OP_WITH_EXCEPT_START);
    ADDOP_I(OP_GET_AWAITABLE, 2);
    LOAD_NONE();
    CHECK(rp_c_add_yield_from(c, 1));
    CHECK(with_except_finish(c, cleanup));
    rp_c_use_next_block(c, exit);
    return 0;
}

/* ---- assert, raise, assignments ---------------------------------------- */

static int c_assert(RpCompiler *c, RpStmt *s)
{
    /* always warned, even under -O, as CPython */
    if (s->v.Assert.test->kind == RP_Tuple_kind &&
        rp_ast_len(s->v.Assert.test->v.Tuple.elts) > 0) {
        CHECK(rp_c_warn(c, c->u->loc, "assertion is always true, perhaps remove parentheses?"));
    }
    if (c->optimize) {
        return 0;
    }
    NEW_BLOCK(end);
    CHECK(rp_c_jump_if(c, s->v.Assert.test, end, 1));
    ADDOP(OP_LOAD_ASSERTION_ERROR);
    if (s->v.Assert.msg != NULL) {
        VISIT(s->v.Assert.msg);
        ADDOP_I(OP_CALL, 0);
    }
    ADDOP_I(OP_RAISE_VARARGS, 1);
    rp_c_use_next_block(c, end);
    return 0;
}

int rp_c_check_ann_expr(RpCompiler *c, RpExpr *e)
{
    VISIT(e);
    ADDOP(OP_POP_TOP);
    return 0;
}

static int check_ann_subscr(RpCompiler *c, RpExpr *e)
{
    switch (e->kind) {
    case RP_Slice_kind:
        if (e->v.Slice.lower && rp_c_check_ann_expr(c, e->v.Slice.lower) < 0) {
            return -1;
        }
        if (e->v.Slice.upper && rp_c_check_ann_expr(c, e->v.Slice.upper) < 0) {
            return -1;
        }
        if (e->v.Slice.step && rp_c_check_ann_expr(c, e->v.Slice.step) < 0) {
            return -1;
        }
        return 0;
    case RP_Tuple_kind:
        for (int i = 0; i < rp_ast_len(e->v.Tuple.elts); i++) {
            CHECK(check_ann_subscr(c, e->v.Tuple.elts->items[i]));
        }
        return 0;
    default:
        return rp_c_check_ann_expr(c, e);
    }
}

static int c_annassign(RpCompiler *c, RpStmt *s)
{
    RpExpr *targ = s->v.AnnAssign.target;
    if (s->v.AnnAssign.value != NULL) {
        VISIT(s->v.AnnAssign.value);
        VISIT(targ);
    }
    switch (targ->kind) {
    case RP_Name_kind:
        if (rp_c_forbidden_name(c, targ->v.Name.id, RP_STORE, rp_loc_of_expr(targ))) {
            return -1;
        }
        if (s->v.AnnAssign.simple &&
            (c->u->scope_type == RP_SCOPE_MODULE || c->u->scope_type == RP_SCOPE_CLASS)) {
            CHECK(rp_c_annotation(c, s->v.AnnAssign.annotation));
            CHECK(rp_c_addop_name(c, OP_LOAD_NAME, "__annotations__", 0));
            CHECK(rp_c_addop_load_const_steal(c, rp_c_mangle(c, targ->v.Name.id)));
            ADDOP(OP_STORE_SUBSCR);
        }
        break;
    case RP_Attribute_kind:
        if (rp_c_forbidden_name(c, targ->v.Attribute.attr, RP_STORE, rp_loc_of_expr(targ))) {
            return -1;
        }
        if (s->v.AnnAssign.value == NULL) {
            CHECK(rp_c_check_ann_expr(c, targ->v.Attribute.value));
        }
        break;
    case RP_Subscript_kind:
        if (s->v.AnnAssign.value == NULL) {
            CHECK(rp_c_check_ann_expr(c, targ->v.Subscript.value));
            CHECK(check_ann_subscr(c, targ->v.Subscript.slice));
        }
        break;
    default:
        rp_err_format(&RpExc_SystemError, "invalid node type (%d) for annotated assignment",
                      (int)targ->kind);
        return -1;
    }
    if (!s->v.AnnAssign.simple && !(c->future_features & RP_FUTURE_ANNOTATIONS) &&
        (c->u->scope_type == RP_SCOPE_MODULE || c->u->scope_type == RP_SCOPE_CLASS)) {
        CHECK(rp_c_check_ann_expr(c, s->v.AnnAssign.annotation));
    }
    return 0;
}

static int c_augassign(RpCompiler *c, RpStmt *s)
{
    static const int inplace[] = {
        [RP_ADD] = RP_NB_INPLACE_ADD, [RP_SUB] = RP_NB_INPLACE_SUBTRACT,
        [RP_MULT] = RP_NB_INPLACE_MULTIPLY, [RP_MATMULT] = RP_NB_INPLACE_MATRIX_MULTIPLY,
        [RP_DIV] = RP_NB_INPLACE_TRUE_DIVIDE, [RP_MOD] = RP_NB_INPLACE_REMAINDER,
        [RP_POW] = RP_NB_INPLACE_POWER, [RP_LSHIFT] = RP_NB_INPLACE_LSHIFT,
        [RP_RSHIFT] = RP_NB_INPLACE_RSHIFT, [RP_BITOR] = RP_NB_INPLACE_OR,
        [RP_BITXOR] = RP_NB_INPLACE_XOR, [RP_BITAND] = RP_NB_INPLACE_AND,
        [RP_FLOORDIV] = RP_NB_INPLACE_FLOOR_DIVIDE,
    };
    RpExpr *e = s->v.AugAssign.target;
    RpLoc stloc = c->u->loc;
    switch (e->kind) {
    case RP_Attribute_kind:
        VISIT(e->v.Attribute.value);
        ADDOP_I(OP_COPY, 1);
        rp_c_set_loc_expr(c, e);
        CHECK(rp_c_addop_name(c, OP_LOAD_ATTR, e->v.Attribute.attr, 1));
        break;
    case RP_Subscript_kind:
        VISIT(e->v.Subscript.value);
        VISIT(e->v.Subscript.slice);
        ADDOP_I(OP_COPY, 2);
        ADDOP_I(OP_COPY, 2);
        rp_c_set_loc_expr(c, e);
        ADDOP(OP_BINARY_SUBSCR);
        break;
    case RP_Name_kind:
        CHECK(rp_c_nameop(c, e->v.Name.id, RP_LOAD));
        break;
    default:
        rp_err_format(&RpExc_SystemError, "invalid node type (%d) for augmented assignment",
                      (int)e->kind);
        return -1;
    }
    c->u->loc = stloc;
    VISIT(s->v.AugAssign.value);
    c->u->loc = stloc;
    ADDOP_I(OP_BINARY_OP, inplace[s->v.AugAssign.op]);
    rp_c_set_loc_expr(c, e);
    switch (e->kind) {
    case RP_Attribute_kind:
        ADDOP_I(OP_SWAP, 2);
        return rp_c_addop_name(c, OP_STORE_ATTR, e->v.Attribute.attr, 1);
    case RP_Subscript_kind:
        ADDOP_I(OP_SWAP, 3);
        ADDOP_I(OP_SWAP, 2);
        ADDOP(OP_STORE_SUBSCR);
        return 0;
    default:
        return rp_c_nameop(c, e->v.Name.id, RP_STORE);
    }
}

/* ---- imports ------------------------------------------------------------- */

static int import_as(RpCompiler *c, const char *name, const char *asname)
{
    /* IMPORT_NAME was generated; bind the result, walking a dotted name
       with IMPORT_FROM for each component after the first */
    const char *dot = strchr(name, '.');
    if (dot != NULL) {
        while (1) {
            const char *start = dot + 1;
            dot = strchr(start, '.');
            size_t n = dot ? (size_t)(dot - start) : strlen(start);
            char *attr = rp_arena_strndup(c->arena, start, n);
            if (attr == NULL) {
                rp_err_nomemory();
                return -1;
            }
            CHECK(rp_c_addop_name(c, OP_IMPORT_FROM, attr, 0));
            if (dot == NULL) {
                break;
            }
            ADDOP_I(OP_SWAP, 2);
            ADDOP(OP_POP_TOP);
        }
        CHECK(rp_c_nameop(c, asname, RP_STORE));
        ADDOP(OP_POP_TOP);
        return 0;
    }
    return rp_c_nameop(c, asname, RP_STORE);
}

static int c_import(RpCompiler *c, RpStmt *s)
{
    for (int i = 0; i < rp_ast_len(s->v.Import.names); i++) {
        RpAlias *a = s->v.Import.names->items[i];
        CHECK(rp_c_addop_load_const(c, rp_small_int_borrow(0)));
        CHECK(rp_c_addop_load_const(c, rp_None));
        CHECK(rp_c_addop_name(c, OP_IMPORT_NAME, a->name, 0));
        if (a->asname != NULL) {
            CHECK(import_as(c, a->name, a->asname));
        }
        else {
            const char *dot = strchr(a->name, '.');
            const char *store = a->name;
            if (dot != NULL) {
                store = rp_arena_strndup(c->arena, a->name, (size_t)(dot - a->name));
                if (store == NULL) {
                    rp_err_nomemory();
                    return -1;
                }
            }
            CHECK(rp_c_nameop(c, store, RP_STORE));
        }
    }
    return 0;
}

static int c_from_import(RpCompiler *c, RpStmt *s)
{
    int n = rp_ast_len(s->v.ImportFrom.names);
    CHECK(rp_c_addop_load_const_steal(c, rp_int_from_long(s->v.ImportFrom.level)));
    RpObject *names = rp_tuple_new(n);
    if (names == NULL) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        RpAlias *a = s->v.ImportFrom.names->items[i];
        RpObject *nm = rp_c_str(a->name);
        if (nm == NULL) {
            for (int j = i; j < n; j++) {
                rp_tuple_set_steal(names, j, rp_none_new());
            }
            RP_DECREF(names);
            return -1;
        }
        rp_tuple_set_steal(names, i, nm);
    }
    CHECK(rp_c_addop_load_const_steal(c, names));
    CHECK(rp_c_addop_name(c, OP_IMPORT_NAME,
                          s->v.ImportFrom.module ? s->v.ImportFrom.module : "", 0));
    for (int i = 0; i < n; i++) {
        RpAlias *a = s->v.ImportFrom.names->items[i];
        if (i == 0 && a->name[0] == '*') {
            ADDOP(OP_IMPORT_STAR);
            return 0;
        }
        CHECK(rp_c_addop_name(c, OP_IMPORT_FROM, a->name, 0));
        CHECK(rp_c_nameop(c, a->asname ? a->asname : a->name, RP_STORE));
    }
    ADDOP(OP_POP_TOP);   /* the module */
    return 0;
}

static int is_future_import(RpStmt *s)
{
    return s->kind == RP_ImportFrom_kind && s->v.ImportFrom.module != NULL &&
           strcmp(s->v.ImportFrom.module, "__future__") == 0;
}

/* "from __future__ imports must occur at the beginning of the file" is
 * reported by the compiler in CPython: a future import is only allowed
 * after the docstring and other future imports. */
static int check_future_position(RpCompiler *c, RpStmt *s)
{
    if (c->u->scope_type != RP_SCOPE_MODULE || c->nestlevel > 1) {
        return rp_c_error(c, rp_loc_of_stmt(s),
                          "from __future__ imports must occur at the beginning of the file");
    }
    RpAstSeq *body = NULL;
    const RpModule *mod = c->st->top->node;
    body = mod->body;
    for (int i = 0; i < rp_ast_len(body); i++) {
        RpStmt *st = body->items[i];
        if (st == s) {
            return 0;
        }
        if (i == 0 && st->kind == RP_Expr_kind && st->v.Expr.value->kind == RP_Constant_kind &&
            st->v.Expr.value->v.Constant.kind == RP_CONST_STR) {
            continue;   /* the docstring */
        }
        if (!is_future_import(st)) {
            break;
        }
    }
    return rp_c_error(c, rp_loc_of_stmt(s),
                      "from __future__ imports must occur at the beginning of the file");
}

/* ---- the dispatcher ---------------------------------------------------- */

int rp_c_stmt(RpCompiler *c, RpStmt *s)
{
    CHECK(rp_c_enter_depth(c));
    rp_c_set_loc_stmt(c, s);
    int r = 0;
    switch (s->kind) {
    case RP_FunctionDef_kind:
        r = rp_c_function(c, s, 0);
        break;
    case RP_AsyncFunctionDef_kind:
        r = rp_c_function(c, s, 1);
        break;
    case RP_ClassDef_kind:
        r = rp_c_class(c, s);
        break;
    case RP_Return_kind:
        r = c_return(c, s);
        break;
    case RP_Delete_kind:
        for (int i = 0; r == 0 && i < rp_ast_len(s->v.Delete.targets); i++) {
            r = rp_c_expr(c, s->v.Delete.targets->items[i]);
        }
        break;
    case RP_Assign_kind: {
        int n = rp_ast_len(s->v.Assign.targets);
        r = rp_c_expr(c, s->v.Assign.value);
        for (int i = 0; r == 0 && i < n; i++) {
            if (i < n - 1) {
                r = rp_c_addop_i(c, OP_COPY, 1);
            }
            if (r == 0) {
                r = rp_c_expr(c, s->v.Assign.targets->items[i]);
            }
        }
        break;
    }
    case RP_AugAssign_kind:
        r = c_augassign(c, s);
        break;
    case RP_AnnAssign_kind:
        r = c_annassign(c, s);
        break;
    case RP_For_kind:
        r = c_for(c, s);
        break;
    case RP_AsyncFor_kind:
        r = c_async_for(c, s);
        break;
    case RP_While_kind:
        r = c_while(c, s);
        break;
    case RP_If_kind:
        r = c_if(c, s);
        break;
    case RP_Match_kind:
        r = rp_c_match(c, s);
        break;
    case RP_Raise_kind: {
        int n = 0;
        if (s->v.Raise.exc != NULL) {
            r = rp_c_expr(c, s->v.Raise.exc);
            n++;
            if (r == 0 && s->v.Raise.cause != NULL) {
                r = rp_c_expr(c, s->v.Raise.cause);
                n++;
            }
        }
        if (r == 0) {
            rp_c_set_loc_stmt(c, s);
            r = rp_c_addop_i(c, OP_RAISE_VARARGS, n);
        }
        if (r == 0) {
            r = rp_c_next_block(c);
        }
        break;
    }
    case RP_Try_kind:
        r = c_try(c, s, 0);
        break;
    case RP_TryStar_kind:
        r = c_try(c, s, 1);
        break;
    case RP_Assert_kind:
        r = c_assert(c, s);
        break;
    case RP_Import_kind:
        r = c_import(c, s);
        break;
    case RP_ImportFrom_kind:
        if (is_future_import(s)) {
            r = check_future_position(c, s);
        }
        if (r == 0) {
            r = c_from_import(c, s);
        }
        break;
    case RP_Global_kind:
    case RP_Nonlocal_kind:
        break;
    case RP_Expr_kind:
        r = c_stmt_expr(c, s->v.Expr.value);
        break;
    case RP_Pass_kind:
        r = rp_c_addop(c, OP_NOP);
        break;
    case RP_Break_kind:
        r = c_break(c, s);
        break;
    case RP_Continue_kind:
        r = c_continue(c, s);
        break;
    case RP_With_kind:
        r = c_with(c, s, 0);
        break;
    case RP_AsyncWith_kind:
        r = c_async_with(c, s, 0);
        break;
    }
    rp_c_leave_depth(c);
    return r;
}
