/* compile_expr.c - expressions: operators, calls, displays, f-strings,
 * comparisons, conditional jumps.  Shapes follow CPython 3.11. */
#include <string.h>

#include "compile_internal.h"
#include "../core/refcount.h"
#include "../objects/dictobject.h"
#include "../objects/exceptions.h"
#include "../objects/noneobject.h"
#include "../objects/setobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../objects/boolobject.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "compile_internal.h"

#define CHECK(x) do { if ((x) < 0) return -1; } while (0)
#define ADDOP(op) CHECK(rp_c_addop(c, (op)))
#define ADDOP_I(op, arg) CHECK(rp_c_addop_i(c, (op), (arg)))
#define ADDOP_JUMP(op, b) CHECK(rp_c_addop_jump(c, (op), (b)))
#define ADDOP_JUMP_NOLINE(op, b) CHECK(rp_c_addop_jump_noloc(c, (op), (b)))
#define LOAD_NONE() CHECK(rp_c_addop_load_const(c, rp_None))
#define VISIT(e) CHECK(rp_c_expr(c, (e)))
#define NEW_BLOCK(b) RpBlock *b = rp_c_new_block(c); if (b == NULL) return -1

#define STACK_USE_GUARD 30

static int binop_arg(RpOperator op)
{
    switch (op) {
    case RP_ADD: return RP_NB_ADD;
    case RP_SUB: return RP_NB_SUBTRACT;
    case RP_MULT: return RP_NB_MULTIPLY;
    case RP_MATMULT: return RP_NB_MATRIX_MULTIPLY;
    case RP_DIV: return RP_NB_TRUE_DIVIDE;
    case RP_MOD: return RP_NB_REMAINDER;
    case RP_POW: return RP_NB_POWER;
    case RP_LSHIFT: return RP_NB_LSHIFT;
    case RP_RSHIFT: return RP_NB_RSHIFT;
    case RP_BITOR: return RP_NB_OR;
    case RP_BITXOR: return RP_NB_XOR;
    case RP_BITAND: return RP_NB_AND;
    case RP_FLOORDIV: return RP_NB_FLOOR_DIVIDE;
    }
    return RP_NB_ADD;
}

static int addop_compare(RpCompiler *c, RpCmpOp op)
{
    switch (op) {
    case RP_CMP_EQ: return rp_c_addop_i(c, OP_COMPARE_OP, RP_EQ);
    case RP_NOTEQ: return rp_c_addop_i(c, OP_COMPARE_OP, RP_NE);
    case RP_CMP_LT: return rp_c_addop_i(c, OP_COMPARE_OP, RP_LT);
    case RP_LTE: return rp_c_addop_i(c, OP_COMPARE_OP, RP_LE);
    case RP_CMP_GT: return rp_c_addop_i(c, OP_COMPARE_OP, RP_GT);
    case RP_GTE: return rp_c_addop_i(c, OP_COMPARE_OP, RP_GE);
    case RP_IS: return rp_c_addop_i(c, OP_IS_OP, 0);
    case RP_ISNOT: return rp_c_addop_i(c, OP_IS_OP, 1);
    case RP_IN: return rp_c_addop_i(c, OP_CONTAINS_OP, 0);
    case RP_NOTIN: return rp_c_addop_i(c, OP_CONTAINS_OP, 1);
    }
    return -1;
}

static RpCmpOp cmp_op(RpAstSeq *ops, int i)
{
    return (RpCmpOp)(intptr_t)ops->items[i];
}

/* ---- compile-time warnings ------------------------------------------------ */

static int check_is_arg(RpCompiler *c, RpExpr *e)
{
    if (e->kind != RP_Constant_kind && rp_c_const_value(c, e) == NULL) {
        return 1;
    }
    RpObject *v = rp_c_const_value(c, e);
    return v == rp_None || v == rp_False || v == rp_True || v == rp_Ellipsis;
}

static int check_compare(RpCompiler *c, RpExpr *e)
{
    int left = check_is_arg(c, e->v.Compare.left);
    for (int i = 0; i < rp_ast_len(e->v.Compare.ops); i++) {
        RpCmpOp op = cmp_op(e->v.Compare.ops, i);
        int right = check_is_arg(c, e->v.Compare.comparators->items[i]);
        if (op == RP_IS || op == RP_ISNOT) {
            if (!right || !left) {
                const char *msg = op == RP_IS
                    ? "\"is\" with a literal. Did you mean \"==\"?"
                    : "\"is not\" with a literal. Did you mean \"!=\"?";
                return rp_c_warn(c, c->u->loc, "%s", msg);
            }
        }
        left = right;
    }
    return 0;
}

static const char *infer_type_name(RpCompiler *c, RpExpr *e)
{
    switch (e->kind) {
    case RP_Tuple_kind: return "tuple";
    case RP_List_kind: case RP_ListComp_kind: return "list";
    case RP_Dict_kind: case RP_DictComp_kind: return "dict";
    case RP_Set_kind: case RP_SetComp_kind: return "set";
    case RP_GeneratorExp_kind: return "generator";
    case RP_Lambda_kind: return "function";
    case RP_JoinedStr_kind: case RP_FormattedValue_kind: return "str";
    default: {
        RpObject *v = rp_c_const_value(c, e);
        return v ? RP_TYPE(v)->tp_name : NULL;
    }
    }
}

static int check_caller(RpCompiler *c, RpExpr *e)
{
    switch (e->kind) {
    case RP_Constant_kind: case RP_Tuple_kind: case RP_List_kind: case RP_ListComp_kind:
    case RP_Dict_kind: case RP_DictComp_kind: case RP_Set_kind: case RP_SetComp_kind:
    case RP_GeneratorExp_kind: case RP_JoinedStr_kind: case RP_FormattedValue_kind: {
        const char *t = infer_type_name(c, e);
        if (t == NULL) {
            return 0;
        }
        return rp_c_warn(c, c->u->loc,
                         "'%.200s' object is not callable; perhaps you missed a comma?", t);
    }
    default:
        if (rp_c_const_value(c, e) != NULL) {
            return rp_c_warn(c, c->u->loc,
                             "'%.200s' object is not callable; perhaps you missed a comma?",
                             infer_type_name(c, e));
        }
        return 0;
    }
}

/* ---- conditional jumps ---------------------------------------------------- */

int rp_c_jump_if(RpCompiler *c, RpExpr *e, RpBlock *next, int cond)
{
    CHECK(rp_c_enter_depth(c));
    int r = 0;
    switch (e->kind) {
    case RP_UnaryOp_kind:
        if (e->v.UnaryOp.op == RP_NOT && rp_c_const_value(c, e) == NULL) {
            r = rp_c_jump_if(c, e->v.UnaryOp.operand, next, !cond);
            rp_c_leave_depth(c);
            return r;
        }
        break;
    case RP_BoolOp_kind: {
        RpAstSeq *s = e->v.BoolOp.values;
        int n = s->len - 1;
        int cond2 = e->v.BoolOp.op == RP_OR;
        RpBlock *next2 = next;
        if (!cond2 != !cond) {
            next2 = rp_c_new_block(c);
            if (next2 == NULL) {
                rp_c_leave_depth(c);
                return -1;
            }
        }
        for (int i = 0; r == 0 && i < n; i++) {
            r = rp_c_jump_if(c, s->items[i], next2, cond2);
        }
        if (r == 0) {
            r = rp_c_jump_if(c, s->items[n], next, cond);
        }
        if (r == 0 && next2 != next) {
            rp_c_use_next_block(c, next2);
        }
        rp_c_leave_depth(c);
        return r;
    }
    case RP_IfExp_kind: {
        RpBlock *end = rp_c_new_block(c);
        RpBlock *next2 = rp_c_new_block(c);
        if (end == NULL || next2 == NULL) {
            rp_c_leave_depth(c);
            return -1;
        }
        r = rp_c_jump_if(c, e->v.IfExp.test, next2, 0);
        if (r == 0) {
            r = rp_c_jump_if(c, e->v.IfExp.body, next, cond);
        }
        if (r == 0) {
            r = rp_c_addop_jump_noloc(c, OP_JUMP, end);
        }
        if (r == 0) {
            rp_c_use_next_block(c, next2);
            r = rp_c_jump_if(c, e->v.IfExp.orelse, next, cond);
        }
        if (r == 0) {
            rp_c_use_next_block(c, end);
        }
        rp_c_leave_depth(c);
        return r;
    }
    case RP_Compare_kind: {
        /* as CPython 3.11, the comparison's location stays current after
           the jump (an assert's raise points at its test) */
        rp_c_set_loc_expr(c, e);
        int n = rp_ast_len(e->v.Compare.ops) - 1;
        if (n > 0) {
            rp_c_leave_depth(c);
            CHECK(check_compare(c, e));
            NEW_BLOCK(cleanup);
            VISIT(e->v.Compare.left);
            for (int i = 0; i < n; i++) {
                VISIT(e->v.Compare.comparators->items[i]);
                ADDOP_I(OP_SWAP, 2);
                ADDOP_I(OP_COPY, 2);
                CHECK(addop_compare(c, cmp_op(e->v.Compare.ops, i)));
                ADDOP_JUMP(OP_POP_JUMP_IF_FALSE, cleanup);
            }
            VISIT(e->v.Compare.comparators->items[n]);
            CHECK(addop_compare(c, cmp_op(e->v.Compare.ops, n)));
            ADDOP_JUMP(cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, next);
            NEW_BLOCK(end);
            ADDOP_JUMP_NOLINE(OP_JUMP, end);
            rp_c_use_next_block(c, cleanup);
            ADDOP(OP_POP_TOP);
            if (!cond) {
                ADDOP_JUMP_NOLINE(OP_JUMP, next);
            }
            rp_c_use_next_block(c, end);
            return 0;
        }
        break;
    }
    default:
        break;
    }
    rp_c_leave_depth(c);
    /* the general case */
    VISIT(e);
    ADDOP_JUMP(cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, next);
    return 0;
}

/* ---- operators -------------------------------------------------------------- */

static int c_boolop(RpCompiler *c, RpExpr *e)
{
    int jumpi = e->v.BoolOp.op == RP_AND ? OP_JUMP_IF_FALSE_OR_POP : OP_JUMP_IF_TRUE_OR_POP;
    NEW_BLOCK(end);
    RpAstSeq *s = e->v.BoolOp.values;
    int n = s->len - 1;
    for (int i = 0; i < n; i++) {
        VISIT(s->items[i]);
        ADDOP_JUMP(jumpi, end);
        CHECK(rp_c_next_block(c));
    }
    VISIT(s->items[n]);
    rp_c_use_next_block(c, end);
    return 0;
}

static int c_compare(RpCompiler *c, RpExpr *e)
{
    CHECK(check_compare(c, e));
    int n = rp_ast_len(e->v.Compare.ops) - 1;
    VISIT(e->v.Compare.left);
    if (n == 0) {
        VISIT(e->v.Compare.comparators->items[0]);
        return addop_compare(c, cmp_op(e->v.Compare.ops, 0));
    }
    NEW_BLOCK(cleanup);
    for (int i = 0; i < n; i++) {
        VISIT(e->v.Compare.comparators->items[i]);
        ADDOP_I(OP_SWAP, 2);
        ADDOP_I(OP_COPY, 2);
        CHECK(addop_compare(c, cmp_op(e->v.Compare.ops, i)));
        ADDOP_JUMP(OP_JUMP_IF_FALSE_OR_POP, cleanup);
        CHECK(rp_c_next_block(c));
    }
    VISIT(e->v.Compare.comparators->items[n]);
    CHECK(addop_compare(c, cmp_op(e->v.Compare.ops, n)));
    NEW_BLOCK(end);
    ADDOP_JUMP_NOLINE(OP_JUMP, end);
    rp_c_use_next_block(c, cleanup);
    ADDOP_I(OP_SWAP, 2);
    ADDOP(OP_POP_TOP);
    rp_c_use_next_block(c, end);
    return 0;
}

static int c_ifexp(RpCompiler *c, RpExpr *e)
{
    NEW_BLOCK(end);
    NEW_BLOCK(next);
    CHECK(rp_c_jump_if(c, e->v.IfExp.test, next, 0));
    VISIT(e->v.IfExp.body);
    ADDOP_JUMP_NOLINE(OP_JUMP, end);
    rp_c_use_next_block(c, next);
    VISIT(e->v.IfExp.orelse);
    rp_c_use_next_block(c, end);
    return 0;
}

/* ---- displays ----------------------------------------------------------------- */

static int all_const(RpCompiler *c, RpAstSeq *elts, int begin, int end)
{
    for (int i = begin; i < end; i++) {
        RpExpr *e = elts->items[i];
        if (e == NULL || rp_c_const_value(c, e) == NULL) {
            return 0;
        }
    }
    return 1;
}

static int starunpack_helper(RpCompiler *c, RpAstSeq *elts, int pushed, int build, int add,
                             int extend, int tuple)
{
    int n = rp_ast_len(elts);
    if (n > 2 && all_const(c, elts, 0, n)) {
        RpObject *folded = rp_tuple_new(n);
        if (folded == NULL) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            rp_tuple_set_steal(folded, i, rp_newref(rp_c_const_value(c, elts->items[i])));
        }
        if (tuple && !pushed) {
            return rp_c_addop_load_const_steal(c, folded);
        }
        if (add == OP_SET_ADD) {
            RpObject *fs = rp_frozenset_new(folded);
            RP_DECREF(folded);
            if (fs == NULL) {
                return -1;
            }
            folded = fs;
        }
        ADDOP_I(build, pushed);
        CHECK(rp_c_addop_load_const_steal(c, folded));
        ADDOP_I(extend, 1);
        if (tuple) {
            ADDOP(OP_LIST_TO_TUPLE);
        }
        return 0;
    }
    int big = n + pushed > STACK_USE_GUARD;
    int seen_star = 0;
    for (int i = 0; i < n; i++) {
        if (((RpExpr *)elts->items[i])->kind == RP_Starred_kind) {
            seen_star = 1;
        }
    }
    if (!seen_star && !big) {
        for (int i = 0; i < n; i++) {
            VISIT(elts->items[i]);
        }
        ADDOP_I(tuple ? OP_BUILD_TUPLE : build, n + pushed);
        return 0;
    }
    int built = 0;
    if (big) {
        ADDOP_I(build, pushed);
        built = 1;
    }
    for (int i = 0; i < n; i++) {
        RpExpr *elt = elts->items[i];
        if (elt->kind == RP_Starred_kind) {
            if (!built) {
                ADDOP_I(build, i + pushed);
                built = 1;
            }
            VISIT(elt->v.Starred.value);
            ADDOP_I(extend, 1);
        }
        else {
            VISIT(elt);
            if (built) {
                ADDOP_I(add, 1);
            }
        }
    }
    if (tuple) {
        ADDOP(OP_LIST_TO_TUPLE);
    }
    return 0;
}

int rp_c_unpack_helper(RpCompiler *c, RpAstSeq *elts, RpLoc loc)
{
    int n = rp_ast_len(elts);
    int seen_star = 0;
    for (int i = 0; i < n; i++) {
        RpExpr *elt = elts->items[i];
        if (elt->kind == RP_Starred_kind && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (RP_MAX_OPARG >> 8)) {
                return rp_c_error(c, loc, "too many expressions in star-unpacking assignment");
            }
            ADDOP_I(OP_UNPACK_EX, i + ((n - i - 1) << 8));
            seen_star = 1;
        }
        else if (elt->kind == RP_Starred_kind) {
            return rp_c_error(c, loc, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star) {
        ADDOP_I(OP_UNPACK_SEQUENCE, n);
    }
    return 0;
}

int rp_c_assign_sequence(RpCompiler *c, RpAstSeq *elts)
{
    CHECK(rp_c_unpack_helper(c, elts, c->u->loc));
    for (int i = 0; i < rp_ast_len(elts); i++) {
        RpExpr *elt = elts->items[i];
        VISIT(elt->kind != RP_Starred_kind ? elt : elt->v.Starred.value);
    }
    return 0;
}

static int c_list_or_tuple(RpCompiler *c, RpAstSeq *elts, RpExprContext ctx, int tuple)
{
    if (ctx == RP_STORE) {
        return rp_c_assign_sequence(c, elts);
    }
    if (ctx == RP_LOAD) {
        return starunpack_helper(c, elts, 0, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND,
                                 tuple);
    }
    for (int i = 0; i < rp_ast_len(elts); i++) {
        VISIT(elts->items[i]);
    }
    return 0;
}

static int subdict(RpCompiler *c, RpExpr *e, int begin, int end)
{
    int n = end - begin;
    int big = n * 2 > STACK_USE_GUARD;
    RpAstSeq *keys = e->v.Dict.keys, *values = e->v.Dict.values;
    if (n > 1 && !big && all_const(c, keys, begin, end)) {
        for (int i = begin; i < end; i++) {
            VISIT(values->items[i]);
        }
        RpObject *kt = rp_tuple_new(n);
        if (kt == NULL) {
            return -1;
        }
        for (int i = begin; i < end; i++) {
            rp_tuple_set_steal(kt, i - begin, rp_newref(rp_c_const_value(c, keys->items[i])));
        }
        CHECK(rp_c_addop_load_const_steal(c, kt));
        ADDOP_I(OP_BUILD_CONST_KEY_MAP, n);
        return 0;
    }
    if (big) {
        ADDOP_I(OP_BUILD_MAP, 0);
    }
    for (int i = begin; i < end; i++) {
        VISIT(keys->items[i]);
        VISIT(values->items[i]);
        if (big) {
            ADDOP_I(OP_MAP_ADD, 1);
        }
    }
    if (!big) {
        ADDOP_I(OP_BUILD_MAP, n);
    }
    return 0;
}

static int c_dict(RpCompiler *c, RpExpr *e)
{
    int n = rp_ast_len(e->v.Dict.values);
    int have_dict = 0, elements = 0;
    for (int i = 0; i < n; i++) {
        int is_unpacking = e->v.Dict.keys->items[i] == NULL;
        if (is_unpacking) {
            if (elements) {
                CHECK(subdict(c, e, i - elements, i));
                if (have_dict) {
                    ADDOP_I(OP_DICT_UPDATE, 1);
                }
                have_dict = 1;
                elements = 0;
            }
            if (!have_dict) {
                ADDOP_I(OP_BUILD_MAP, 0);
                have_dict = 1;
            }
            VISIT(e->v.Dict.values->items[i]);
            ADDOP_I(OP_DICT_UPDATE, 1);
        }
        else if (elements * 2 > STACK_USE_GUARD) {
            CHECK(subdict(c, e, i - elements, i + 1));
            if (have_dict) {
                ADDOP_I(OP_DICT_UPDATE, 1);
            }
            have_dict = 1;
            elements = 0;
        }
        else {
            elements++;
        }
    }
    if (elements) {
        CHECK(subdict(c, e, n - elements, n));
        if (have_dict) {
            ADDOP_I(OP_DICT_UPDATE, 1);
        }
        have_dict = 1;
    }
    if (!have_dict) {
        ADDOP_I(OP_BUILD_MAP, 0);
    }
    return 0;
}

/* ---- calls -------------------------------------------------------------------- */

static int validate_keywords(RpCompiler *c, RpAstSeq *keywords)
{
    int n = rp_ast_len(keywords);
    for (int i = 0; i < n; i++) {
        RpKeyword *kw = keywords->items[i];
        RpLoc loc = { kw->lineno, kw->end_lineno, kw->col_offset, kw->end_col_offset };
        if (kw->arg == NULL) {
            continue;
        }
        if (rp_c_forbidden_name(c, kw->arg, RP_STORE, loc)) {
            return -1;
        }
        for (int j = i + 1; j < n; j++) {
            RpKeyword *other = keywords->items[j];
            if (other->arg != NULL && strcmp(kw->arg, other->arg) == 0) {
                RpLoc oloc = { other->lineno, other->end_lineno, other->col_offset,
                               other->end_col_offset };
                return rp_c_error(c, oloc, "keyword argument repeated: %s", kw->arg);
            }
        }
    }
    return 0;
}

static int call_simple_kw_helper(RpCompiler *c, RpAstSeq *keywords, int nkw)
{
    RpObject *names = rp_tuple_new(nkw);
    if (names == NULL) {
        return -1;
    }
    for (int i = 0; i < nkw; i++) {
        RpKeyword *kw = keywords->items[i];
        RpObject *s = rp_c_str(kw->arg);
        if (s == NULL) {
            for (int j = i; j < nkw; j++) {
                rp_tuple_set_steal(names, j, rp_none_new());
            }
            RP_DECREF(names);
            return -1;
        }
        rp_tuple_set_steal(names, i, s);
    }
    int idx = rp_c_add_const(c, names);
    RP_DECREF(names);
    if (idx < 0) {
        return -1;
    }
    ADDOP_I(OP_KW_NAMES, idx);
    return 0;
}

static int subkwargs(RpCompiler *c, RpAstSeq *keywords, int begin, int end)
{
    int n = end - begin;
    int big = n * 2 > STACK_USE_GUARD;
    if (n > 1 && !big) {
        for (int i = begin; i < end; i++) {
            VISIT(((RpKeyword *)keywords->items[i])->value);
        }
        RpObject *keys = rp_tuple_new(n);
        if (keys == NULL) {
            return -1;
        }
        for (int i = begin; i < end; i++) {
            RpObject *s = rp_c_str(((RpKeyword *)keywords->items[i])->arg);
            if (s == NULL) {
                for (int j = i; j < end; j++) {
                    rp_tuple_set_steal(keys, j - begin, rp_none_new());
                }
                RP_DECREF(keys);
                return -1;
            }
            rp_tuple_set_steal(keys, i - begin, s);
        }
        CHECK(rp_c_addop_load_const_steal(c, keys));
        ADDOP_I(OP_BUILD_CONST_KEY_MAP, n);
        return 0;
    }
    if (big) {
        ADDOP_I(OP_BUILD_MAP, 0);
    }
    for (int i = begin; i < end; i++) {
        RpKeyword *kw = keywords->items[i];
        CHECK(rp_c_addop_load_const_steal(c, rp_c_str(kw->arg)));
        VISIT(kw->value);
        if (big) {
            ADDOP_I(OP_MAP_ADD, 1);
        }
    }
    if (!big) {
        ADDOP_I(OP_BUILD_MAP, n);
    }
    return 0;
}

int rp_c_call_helper(RpCompiler *c, int n, RpAstSeq *args, RpAstSeq *keywords)
{
    CHECK(validate_keywords(c, keywords));
    int nelts = rp_ast_len(args);
    int nkwelts = rp_ast_len(keywords);
    RpLoc callloc = c->u->loc;
    if (nelts + nkwelts * 2 > STACK_USE_GUARD) {
        goto ex_call;
    }
    for (int i = 0; i < nelts; i++) {
        if (((RpExpr *)args->items[i])->kind == RP_Starred_kind) {
            goto ex_call;
        }
    }
    for (int i = 0; i < nkwelts; i++) {
        if (((RpKeyword *)keywords->items[i])->arg == NULL) {
            goto ex_call;
        }
    }
    for (int i = 0; i < nelts; i++) {
        VISIT(args->items[i]);
    }
    if (nkwelts) {
        for (int i = 0; i < nkwelts; i++) {
            VISIT(((RpKeyword *)keywords->items[i])->value);
        }
        c->u->loc = callloc;
        CHECK(call_simple_kw_helper(c, keywords, nkwelts));
    }
    c->u->loc = callloc;
    ADDOP_I(OP_CALL, n + nelts + nkwelts);
    return 0;

ex_call:
    if (n == 0 && nelts == 1 && ((RpExpr *)args->items[0])->kind == RP_Starred_kind) {
        VISIT(((RpExpr *)args->items[0])->v.Starred.value);
    }
    else {
        CHECK(starunpack_helper(c, args, n, OP_BUILD_LIST, OP_LIST_APPEND, OP_LIST_EXTEND, 1));
    }
    if (nkwelts) {
        int have_dict = 0, nseen = 0;
        for (int i = 0; i < nkwelts; i++) {
            RpKeyword *kw = keywords->items[i];
            if (kw->arg == NULL) {
                if (nseen) {
                    CHECK(subkwargs(c, keywords, i - nseen, i));
                    if (have_dict) {
                        ADDOP_I(OP_DICT_MERGE, 1);
                    }
                    have_dict = 1;
                    nseen = 0;
                }
                if (!have_dict) {
                    ADDOP_I(OP_BUILD_MAP, 0);
                    have_dict = 1;
                }
                VISIT(kw->value);
                ADDOP_I(OP_DICT_MERGE, 1);
            }
            else {
                nseen++;
            }
        }
        if (nseen) {
            CHECK(subkwargs(c, keywords, nkwelts - nseen, nkwelts));
            if (have_dict) {
                ADDOP_I(OP_DICT_MERGE, 1);
            }
        }
    }
    c->u->loc = callloc;
    ADDOP_I(OP_CALL_FUNCTION_EX, nkwelts > 0);
    return 0;
}

/* o.name(args) -> LOAD_METHOD; returns 1 if done, 0 if not applicable */
static int maybe_optimize_method_call(RpCompiler *c, RpExpr *e)
{
    RpExpr *meth = e->v.Call.func;
    RpAstSeq *args = e->v.Call.args, *kwds = e->v.Call.keywords;
    if (meth->kind != RP_Attribute_kind || meth->v.Attribute.ctx != RP_LOAD) {
        return 0;
    }
    int argsl = rp_ast_len(args), kwdsl = rp_ast_len(kwds);
    if (argsl + kwdsl + (kwdsl != 0) >= STACK_USE_GUARD) {
        return 0;
    }
    for (int i = 0; i < argsl; i++) {
        if (((RpExpr *)args->items[i])->kind == RP_Starred_kind) {
            return 0;
        }
    }
    for (int i = 0; i < kwdsl; i++) {
        if (((RpKeyword *)kwds->items[i])->arg == NULL) {
            return 0;
        }
    }
    CHECK(validate_keywords(c, kwds));
    RpLoc callloc = c->u->loc;
    VISIT(meth->v.Attribute.value);
    rp_c_set_loc_expr(c, meth);
    CHECK(rp_c_addop_name(c, OP_LOAD_METHOD, meth->v.Attribute.attr, 1));
    for (int i = 0; i < argsl; i++) {
        VISIT(args->items[i]);
    }
    if (kwdsl) {
        for (int i = 0; i < kwdsl; i++) {
            VISIT(((RpKeyword *)kwds->items[i])->value);
        }
        c->u->loc = callloc;
        CHECK(call_simple_kw_helper(c, kwds, kwdsl));
    }
    c->u->loc = callloc;
    ADDOP_I(OP_CALL, argsl + kwdsl);
    return 1;
}

static int c_call(RpCompiler *c, RpExpr *e)
{
    int r = maybe_optimize_method_call(c, e);
    if (r != 0) {
        return r < 0 ? -1 : 0;
    }
    CHECK(check_caller(c, e->v.Call.func));
    RpLoc callloc = c->u->loc;
    rp_c_set_loc_expr(c, e->v.Call.func);
    ADDOP(OP_PUSH_NULL);
    c->u->loc = callloc;
    VISIT(e->v.Call.func);
    return rp_c_call_helper(c, 0, e->v.Call.args, e->v.Call.keywords);
}

/* ---- f-strings, subscripts, slices ----------------------------------------- */

static int c_joined_str(RpCompiler *c, RpExpr *e)
{
    int n = rp_ast_len(e->v.JoinedStr.values);
    if (n > STACK_USE_GUARD) {
        CHECK(rp_c_addop_load_const(c, rp_str_empty_borrow()));
        CHECK(rp_c_addop_name(c, OP_LOAD_METHOD, "join", 0));
        ADDOP_I(OP_BUILD_LIST, 0);
        for (int i = 0; i < n; i++) {
            VISIT(e->v.JoinedStr.values->items[i]);
            ADDOP_I(OP_LIST_APPEND, 1);
        }
        ADDOP_I(OP_CALL, 1);
        return 0;
    }
    for (int i = 0; i < n; i++) {
        VISIT(e->v.JoinedStr.values->items[i]);
    }
    if (n != 1) {
        ADDOP_I(OP_BUILD_STRING, n);
    }
    return 0;
}

static int c_formatted_value(RpCompiler *c, RpExpr *e)
{
    VISIT(e->v.FormattedValue.value);
    int oparg;
    switch (e->v.FormattedValue.conversion) {
    case 's': oparg = 1; break;
    case 'r': oparg = 2; break;
    case 'a': oparg = 3; break;
    case -1: oparg = 0; break;
    default:
        rp_err_format(&RpExc_SystemError, "Unrecognized conversion character %d",
                      e->v.FormattedValue.conversion);
        return -1;
    }
    if (e->v.FormattedValue.format_spec != NULL) {
        VISIT(e->v.FormattedValue.format_spec);
        oparg |= 4;
    }
    ADDOP_I(OP_FORMAT_VALUE, oparg);
    return 0;
}

static int c_slice(RpCompiler *c, RpExpr *s)
{
    int n = 2;
    if (s->v.Slice.lower) {
        VISIT(s->v.Slice.lower);
    }
    else {
        LOAD_NONE();
    }
    if (s->v.Slice.upper) {
        VISIT(s->v.Slice.upper);
    }
    else {
        LOAD_NONE();
    }
    if (s->v.Slice.step) {
        n++;
        VISIT(s->v.Slice.step);
    }
    ADDOP_I(OP_BUILD_SLICE, n);
    return 0;
}

static int c_subscript(RpCompiler *c, RpExpr *e)
{
    RpExprContext ctx = e->v.Subscript.ctx;
    int op = ctx == RP_LOAD ? OP_BINARY_SUBSCR : ctx == RP_STORE ? OP_STORE_SUBSCR
             : OP_DELETE_SUBSCR;
    VISIT(e->v.Subscript.value);
    VISIT(e->v.Subscript.slice);
    rp_c_set_loc_expr(c, e);
    ADDOP(op);
    return 0;
}

/* multi-line attribute chains: point at the attribute's line */
static void update_start_location_to_match_attr(RpCompiler *c, RpExpr *attr)
{
    RpLoc *l = &c->u->loc;
    if (l->lineno != attr->end_lineno) {
        l->lineno = attr->end_lineno;
        int len = (int)strlen(attr->v.Attribute.attr);
        if (len <= attr->end_col_offset) {
            l->col = attr->end_col_offset - len;
        }
        else {
            l->col = -1;
            l->end_col = -1;
        }
        if (l->end_lineno < l->lineno) {
            l->end_lineno = l->lineno;
        }
        if (l->lineno == l->end_lineno && l->end_col < l->col) {
            l->end_col = l->col;
        }
    }
}

int rp_c_annotation(RpCompiler *c, RpExpr *annotation)
{
    if (c->future_features & RP_FUTURE_ANNOTATIONS) {
        /* the annotation as a string: its source text */
        RpObject *s = NULL;
        if (c->src != NULL && annotation->lineno == annotation->end_lineno) {
            const char *p = c->src, *end = c->src + c->srclen;
            for (int l = 1; l < annotation->lineno && p < end; l++) {
                const char *nl = memchr(p, '\n', (size_t)(end - p));
                p = nl ? nl + 1 : end;
            }
            if (p + annotation->end_col_offset <= end) {
                s = rp_str_from_utf8(p + annotation->col_offset,
                                     annotation->end_col_offset - annotation->col_offset);
            }
        }
        if (s == NULL) {
            rp_err_clear();
            s = rp_str_from_cstr("...");
        }
        return rp_c_addop_load_const_steal(c, s);
    }
    if (annotation->kind == RP_Starred_kind) {
        VISIT(annotation->v.Starred.value);
        ADDOP_I(OP_UNPACK_SEQUENCE, 1);
        return 0;
    }
    VISIT(annotation);
    return 0;
}

/* ---- the dispatcher ---------------------------------------------------------------- */

static int expr1(RpCompiler *c, RpExpr *e)
{
    RpObject *k = rp_c_const_value(c, e);
    if (k != NULL) {
        return rp_c_addop_load_const(c, k);
    }
    switch (e->kind) {
    case RP_NamedExpr_kind:
        VISIT(e->v.NamedExpr.value);
        ADDOP_I(OP_COPY, 1);
        VISIT(e->v.NamedExpr.target);
        return 0;
    case RP_BoolOp_kind:
        return c_boolop(c, e);
    case RP_BinOp_kind:
        VISIT(e->v.BinOp.left);
        VISIT(e->v.BinOp.right);
        rp_c_set_loc_expr(c, e);
        ADDOP_I(OP_BINARY_OP, binop_arg(e->v.BinOp.op));
        return 0;
    case RP_UnaryOp_kind: {
        VISIT(e->v.UnaryOp.operand);
        rp_c_set_loc_expr(c, e);
        static const int ops[] = {
            [RP_INVERT] = OP_UNARY_INVERT, [RP_NOT] = OP_UNARY_NOT,
            [RP_UADD] = OP_UNARY_POSITIVE, [RP_USUB] = OP_UNARY_NEGATIVE,
        };
        ADDOP(ops[e->v.UnaryOp.op]);
        return 0;
    }
    case RP_Lambda_kind:
        return rp_c_lambda(c, e);
    case RP_IfExp_kind:
        return c_ifexp(c, e);
    case RP_Dict_kind:
        return c_dict(c, e);
    case RP_Set_kind:
        return starunpack_helper(c, e->v.Set.elts, 0, OP_BUILD_SET, OP_SET_ADD, OP_SET_UPDATE, 0);
    case RP_GeneratorExp_kind:
    case RP_ListComp_kind:
    case RP_SetComp_kind:
    case RP_DictComp_kind:
        return rp_c_comprehension(c, e);
    case RP_Yield_kind:
        if (c->u->ste->type != RP_BLOCK_FUNCTION) {
            return rp_c_error(c, rp_loc_of_expr(e), "'yield' outside function");
        }
        if (e->v.Yield.value != NULL) {
            VISIT(e->v.Yield.value);
        }
        else {
            LOAD_NONE();
        }
        rp_c_set_loc_expr(c, e);
        ADDOP_I(OP_YIELD_VALUE, 0);
        return 0;
    case RP_YieldFrom_kind:
        if (c->u->ste->type != RP_BLOCK_FUNCTION) {
            return rp_c_error(c, rp_loc_of_expr(e), "'yield' outside function");
        }
        if (c->u->scope_type == RP_SCOPE_ASYNC_FUNCTION) {
            return rp_c_error(c, rp_loc_of_expr(e), "'yield from' inside async function");
        }
        VISIT(e->v.YieldFrom.value);
        rp_c_set_loc_expr(c, e);
        ADDOP(OP_GET_YIELD_FROM_ITER);
        LOAD_NONE();
        return rp_c_add_yield_from(c, 0);
    case RP_Await_kind:
        if (c->u->ste->type != RP_BLOCK_FUNCTION) {
            return rp_c_error(c, rp_loc_of_expr(e), "'await' outside function");
        }
        if (c->u->scope_type != RP_SCOPE_ASYNC_FUNCTION &&
            c->u->scope_type != RP_SCOPE_COMPREHENSION) {
            return rp_c_error(c, rp_loc_of_expr(e), "'await' outside async function");
        }
        VISIT(e->v.Await.value);
        rp_c_set_loc_expr(c, e);
        ADDOP_I(OP_GET_AWAITABLE, 0);
        LOAD_NONE();
        return rp_c_add_yield_from(c, 1);
    case RP_Compare_kind:
        return c_compare(c, e);
    case RP_Call_kind:
        return c_call(c, e);
    case RP_Constant_kind: {
        RpObject *o = rp_c_make_literal(c, &e->v.Constant, rp_loc_of_expr(e));
        return rp_c_addop_load_const_steal(c, o);
    }
    case RP_JoinedStr_kind:
        return c_joined_str(c, e);
    case RP_FormattedValue_kind:
        return c_formatted_value(c, e);
    case RP_Attribute_kind:
        VISIT(e->v.Attribute.value);
        rp_c_set_loc_expr(c, e);
        update_start_location_to_match_attr(c, e);
        switch (e->v.Attribute.ctx) {
        case RP_LOAD:
            return rp_c_addop_name(c, OP_LOAD_ATTR, e->v.Attribute.attr, 1);
        case RP_STORE:
            if (rp_c_forbidden_name(c, e->v.Attribute.attr, RP_STORE, rp_loc_of_expr(e))) {
                return -1;
            }
            return rp_c_addop_name(c, OP_STORE_ATTR, e->v.Attribute.attr, 1);
        default:
            return rp_c_addop_name(c, OP_DELETE_ATTR, e->v.Attribute.attr, 1);
        }
    case RP_Subscript_kind:
        return c_subscript(c, e);
    case RP_Starred_kind:
        if (e->v.Starred.ctx == RP_STORE) {
            return rp_c_error(c, rp_loc_of_expr(e),
                              "starred assignment target must be in a list or tuple");
        }
        return rp_c_error(c, rp_loc_of_expr(e), "can't use starred expression here");
    case RP_Slice_kind:
        return c_slice(c, e);
    case RP_Name_kind:
        return rp_c_nameop(c, e->v.Name.id, e->v.Name.ctx);
    case RP_List_kind:
        return c_list_or_tuple(c, e->v.List.elts, e->v.List.ctx, 0);
    case RP_Tuple_kind:
        return c_list_or_tuple(c, e->v.Tuple.elts, e->v.Tuple.ctx, 1);
    }
    rp_err_set_string(&RpExc_SystemError, "compiler: unknown expression kind");
    return -1;
}

int rp_c_expr(RpCompiler *c, RpExpr *e)
{
    CHECK(rp_c_enter_depth(c));
    RpLoc saved = c->u->loc;
    rp_c_set_loc_expr(c, e);
    int r = expr1(c, e);
    c->u->loc = saved;
    rp_c_leave_depth(c);
    return r;
}
