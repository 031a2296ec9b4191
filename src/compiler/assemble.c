/* assemble.c - from the control-flow graph of a code unit to a code
 * object (CPython 3.11's assemble() and optimize_cfg()).
 *
 * Passes, in order:
 *   1. make sure the code ends with a return;
 *   2. prefix: COPY_FREE_VARS, MAKE_CELL for each cell, RETURN_GENERATOR;
 *      local/cell/free variables get their "localsplus" slots;
 *   3. peephole optimisation inside blocks (constant conditions, tuples of
 *      constants, PUSH_NULL + LOAD_GLOBAL, BUILD_TUPLE + UNPACK_SEQUENCE),
 *      jump threading, NOP removal;
 *   4. unreachable blocks emptied;
 *   5. locations propagated to artificial instructions;
 *   6. stack depth;
 *   7. exception handlers: the SETUP_* / POP_BLOCK pseudo-instructions
 *      give each instruction its handler, then vanish;
 *   8. superinstructions, jumps to the next block removed, offsets;
 *   9. code units, line table, exception table, code object.
 */
#include "compile_internal.h"
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../objects/bytesobject.h"
#include "../objects/codeobject.h"
#include "../objects/dictobject.h"
#include "../objects/exceptions.h"
#include "../objects/intobject.h"
#include "../objects/listobject.h"
#include "../objects/noneobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"

void rp_c_free_blocks(RpCUnit *u)
{
    RpBlock *b = u->blocks;
    while (b != NULL) {
        RpBlock *next = b->b_list;
        rp_mem_free(b->b_instr);
        rp_mem_free(b->b_exceptstack);
        rp_mem_free(b);
        b = next;
    }
    u->blocks = NULL;
}

static int is_block_push(const RpInstr *i)
{
    return i->opcode == OP_SETUP_FINALLY || i->opcode == OP_SETUP_CLEANUP ||
           i->opcode == OP_SETUP_WITH;
}

static int is_jump(const RpInstr *i)
{
    return rp_opcode_is_jump(i->opcode) && !is_block_push(i);
}

static int is_unconditional_jump(int op)
{
    return op == OP_JUMP || op == OP_JUMP_NO_INTERRUPT || op == OP_JUMP_FORWARD ||
           op == OP_JUMP_BACKWARD || op == OP_JUMP_BACKWARD_NO_INTERRUPT;
}

static int is_scope_exit(int op)
{
    return op == OP_RETURN_VALUE || op == OP_RAISE_VARARGS || op == OP_RERAISE;
}

static RpInstr *last_instr(RpBlock *b)
{
    return b->b_iused > 0 ? &b->b_instr[b->b_iused - 1] : NULL;
}

static int has_fallthrough(RpBlock *b)
{
    RpInstr *l = last_instr(b);
    return l == NULL || !(is_unconditional_jump(l->opcode) || is_scope_exit(l->opcode));
}

/* Blocks with an instruction inserted at the front. */
static int insert_instr(RpBlock *b, int pos, RpInstr ins)
{
    if (b->b_iused == b->b_ialloc) {
        int n = b->b_ialloc ? b->b_ialloc * 2 : 16;
        RpInstr *ni = rp_mem_realloc(b->b_instr, (size_t)n * sizeof(RpInstr));
        if (ni == NULL) {
            rp_err_nomemory();
            return -1;
        }
        b->b_instr = ni;
        b->b_ialloc = n;
    }
    memmove(&b->b_instr[pos + 1], &b->b_instr[pos], (size_t)(b->b_iused - pos) * sizeof(RpInstr));
    b->b_instr[pos] = ins;
    b->b_iused++;
    return 0;
}

/* ---- variables ---------------------------------------------------------- */

typedef struct {
    int nlocals, ncells, nfrees, nlocalsplus;
    int *cellfixed;               /* cell index -> slot */
    RpObject *names;              /* tuple */
    RpObject *kinds;              /* bytes */
} Vars;

static int dict_index(RpObject *d, RpObject *k)
{
    RpObject *v = rp_dict_get_borrow(d, k);
    return v ? (int)rp_int_as_long(v) : -1;
}

static int compute_localsplus(RpCUnit *u, Vars *v)
{
    v->nlocals = (int)rp_dict_size(u->varnames);
    v->ncells = (int)rp_dict_size(u->cellvars);
    v->nfrees = (int)rp_dict_size(u->freevars);
    int numdropped = 0;
    rp_ssize_t pos = 0;
    RpObject *k, *val;
    while (rp_dict_next(u->cellvars, &pos, &k, &val)) {
        if (rp_dict_get_borrow(u->varnames, k) != NULL) {
            numdropped++;
        }
    }
    v->nlocalsplus = v->nlocals + v->ncells - numdropped + v->nfrees;
    v->cellfixed = rp_mem_calloc((size_t)(v->ncells + 1), sizeof(int));
    v->names = rp_tuple_new(v->nlocalsplus);
    v->kinds = rp_bytes_new(v->nlocalsplus);
    if (v->cellfixed == NULL || v->names == NULL || v->kinds == NULL) {
        if (v->cellfixed == NULL) {
            rp_err_nomemory();
        }
        return -1;
    }
    char *kinds = rp_bytes_data(v->kinds);
    memset(kinds, 0, (size_t)v->nlocalsplus);
    pos = 0;
    while (rp_dict_next(u->varnames, &pos, &k, &val)) {
        int off = (int)rp_int_as_long(val);
        unsigned char kind = RP_CO_FAST_LOCAL;
        if (rp_dict_get_borrow(u->cellvars, k) != NULL) {
            kind |= RP_CO_FAST_CELL;
        }
        rp_tuple_set_steal(v->names, off, rp_newref(k));
        kinds[off] = (char)kind;
    }
    int dropped = 0;
    pos = 0;
    while (rp_dict_next(u->cellvars, &pos, &k, &val)) {
        int ci = (int)rp_int_as_long(val);
        int vi = dict_index(u->varnames, k);
        if (vi >= 0) {
            v->cellfixed[ci] = vi;
            dropped++;
            continue;
        }
        int off = ci + v->nlocals - dropped;
        v->cellfixed[ci] = off;
        rp_tuple_set_steal(v->names, off, rp_newref(k));
        kinds[off] = (char)RP_CO_FAST_CELL;
    }
    pos = 0;
    while (rp_dict_next(u->freevars, &pos, &k, &val)) {
        int off = (int)rp_int_as_long(val) + v->ncells + v->nlocals - numdropped;
        rp_tuple_set_steal(v->names, off, rp_newref(k));
        kinds[off] = (char)RP_CO_FAST_FREE;
    }
    return 0;
}

static int deref_slot(Vars *v, int oparg, int numdropped)
{
    if (oparg < v->ncells) {
        return v->cellfixed[oparg];
    }
    return oparg + v->nlocals - numdropped;
}

static int is_deref_op(int op)
{
    return op == OP_MAKE_CELL || op == OP_LOAD_CLOSURE || op == OP_LOAD_DEREF ||
           op == OP_STORE_DEREF || op == OP_DELETE_DEREF || op == OP_LOAD_CLASSDEREF;
}

static int compute_flags(RpCompiler *c, RpCUnit *u)
{
    RpSymBlock *ste = u->ste;
    int flags = 0;
    if (ste->type == RP_BLOCK_FUNCTION) {
        flags |= RP_CO_NEWLOCALS | RP_CO_OPTIMIZED;
        if (ste->is_nested) {
            flags |= RP_CO_NESTED;
        }
        if (ste->is_generator && !ste->is_coroutine) {
            flags |= RP_CO_GENERATOR;
        }
        if (!ste->is_generator && ste->is_coroutine) {
            flags |= RP_CO_COROUTINE;
        }
        if (ste->is_generator && ste->is_coroutine) {
            flags |= RP_CO_ASYNC_GENERATOR;
        }
        if (ste->has_varargs) {
            flags |= RP_CO_VARARGS;
        }
        if (ste->has_varkeywords) {
            flags |= RP_CO_VARKEYWORDS;
        }
    }
    flags |= c->future_features & (RP_CO_FUTURE_ANNOTATIONS | RP_CO_FUTURE_BARRY_AS_BDFL);
    return flags;
}

static int insert_prefix(RpCompiler *c, RpCUnit *u, Vars *v, int flags)
{
    RpBlock *entry = u->entry;
    RpLoc loc = { u->firstlineno, u->firstlineno, -1, -1 };
    int pos = 0;
    if (v->nfrees > 0) {
        RpInstr i = { OP_COPY_FREE_VARS, v->nfrees, loc, NULL, NULL };
        if (insert_instr(entry, pos++, i) < 0) {
            return -1;
        }
    }
    /* MAKE_CELL for each cell, in slot order */
    for (int slot = 0; slot < v->nlocalsplus; slot++) {
        if (!(rp_bytes_data(v->kinds)[slot] & RP_CO_FAST_CELL)) {
            continue;
        }
        RpInstr i = { OP_MAKE_CELL, slot, loc, NULL, NULL };
        /* the arg is already a slot: mark it with a negative number so the
           fixing pass leaves it alone */
        i.oparg = -1 - slot;
        if (insert_instr(entry, pos++, i) < 0) {
            return -1;
        }
    }
    if (flags & (RP_CO_GENERATOR | RP_CO_COROUTINE | RP_CO_ASYNC_GENERATOR)) {
        RpInstr g = { OP_RETURN_GENERATOR, 0, loc, NULL, NULL };
        RpInstr p = { OP_POP_TOP, 0, loc, NULL, NULL };
        if (insert_instr(entry, pos++, g) < 0 || insert_instr(entry, pos++, p) < 0) {
            return -1;
        }
    }
    (void)c;
    return 0;
}

static void fix_cell_offsets(RpCUnit *u, Vars *v)
{
    int numdropped = 0;
    rp_ssize_t pos = 0;
    RpObject *k, *val;
    while (rp_dict_next(u->cellvars, &pos, &k, &val)) {
        if (rp_dict_get_borrow(u->varnames, k) != NULL) {
            numdropped++;
        }
    }
    for (RpBlock *b = u->entry; b != NULL; b = b->b_next) {
        for (int i = 0; i < b->b_iused; i++) {
            RpInstr *ins = &b->b_instr[i];
            if (!is_deref_op(ins->opcode)) {
                continue;
            }
            if (ins->oparg < 0) {
                ins->oparg = -1 - ins->oparg;
            }
            else {
                ins->oparg = deref_slot(v, ins->oparg, numdropped);
            }
        }
    }
}

/* ---- optimisation ----------------------------------------------------------- */

typedef struct {
    RpCompiler *c;
    RpObject *consts;       /* list: index -> constant (borrowed view) */
} Opt;

static RpObject *const_at(Opt *o, int i)
{
    return rp_list_get_borrow(o->consts, i);
}

/* add a constant to the unit and to the ordered view; its index */
static int add_const(Opt *o, RpObject *k)
{
    int before = (int)rp_dict_size(o->c->u->consts);
    int idx = rp_c_add_const(o->c, k);
    if (idx < 0) {
        return -1;
    }
    if (idx == before) {
        /* new: find the merged object and append it to the view */
        RpObject *m = rp_c_merge_const(o->c, k);
        if (m == NULL) {
            return -1;
        }
        int r = rp_list_append(o->consts, m);
        RP_DECREF(m);
        if (r < 0) {
            return -1;
        }
    }
    return idx;
}

static int fold_tuple_on_constants(Opt *o, RpInstr *inst, int n)
{
    /* inst[0..n) must all be LOAD_CONST, inst[n] the BUILD_TUPLE */
    for (int i = 0; i < n; i++) {
        if (inst[i].opcode != OP_LOAD_CONST) {
            return 0;
        }
    }
    RpObject *t = rp_tuple_new(n);
    if (t == NULL) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        rp_tuple_set_steal(t, i, rp_newref(const_at(o, inst[i].oparg)));
    }
    int idx = add_const(o, t);
    RP_DECREF(t);
    if (idx < 0) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        inst[i].opcode = OP_NOP;
    }
    inst[n].opcode = OP_LOAD_CONST;
    inst[n].oparg = idx;
    return 0;
}

static int optimize_block(Opt *o, RpBlock *b)
{
    for (int i = 0; i < b->b_iused; i++) {
        RpInstr *inst = &b->b_instr[i];
        int nextop = i + 1 < b->b_iused ? b->b_instr[i + 1].opcode : -1;
        switch (inst->opcode) {
        case OP_LOAD_CONST: {
            if (nextop != OP_POP_JUMP_IF_FALSE && nextop != OP_POP_JUMP_IF_TRUE &&
                nextop != OP_JUMP_IF_FALSE_OR_POP && nextop != OP_JUMP_IF_TRUE_OR_POP) {
                break;
            }
            int t = rp_object_is_true(const_at(o, inst->oparg));
            if (t < 0) {
                return -1;
            }
            RpInstr *nx = &b->b_instr[i + 1];
            if (nextop == OP_POP_JUMP_IF_FALSE || nextop == OP_POP_JUMP_IF_TRUE) {
                inst->opcode = OP_NOP;
                int jump_if_true = nextop == OP_POP_JUMP_IF_TRUE;
                nx->opcode = t == jump_if_true ? OP_JUMP : OP_NOP;
            }
            else {
                int jump_if_true = nextop == OP_JUMP_IF_TRUE_OR_POP;
                if (t == jump_if_true) {
                    nx->opcode = OP_JUMP;
                }
                else {
                    inst->opcode = OP_NOP;
                    nx->opcode = OP_NOP;
                }
            }
            break;
        }
        case OP_BUILD_TUPLE: {
            int n = inst->oparg;
            if (nextop == OP_UNPACK_SEQUENCE && b->b_instr[i + 1].oparg == n) {
                if (n == 1) {
                    inst->opcode = OP_NOP;
                    b->b_instr[i + 1].opcode = OP_NOP;
                    break;
                }
                if (n == 2 || n == 3) {
                    inst->opcode = OP_NOP;
                    b->b_instr[i + 1].opcode = OP_SWAP;
                    break;
                }
            }
            if (i >= n && n > 0 && fold_tuple_on_constants(o, inst - n, n) < 0) {
                return -1;
            }
            break;
        }
        case OP_PUSH_NULL:
            if (nextop == OP_LOAD_GLOBAL && (b->b_instr[i + 1].oparg & 1) == 0) {
                inst->opcode = OP_NOP;
                b->b_instr[i + 1].oparg |= 1;
            }
            break;
        default:
            break;
        }
    }
    return 0;
}

static void remove_nops(RpBlock *b)
{
    int dest = 0;
    for (int i = 0; i < b->b_iused; i++) {
        if (b->b_instr[i].opcode == OP_NOP) {
            continue;
        }
        b->b_instr[dest++] = b->b_instr[i];
    }
    b->b_iused = dest;
}

/* truncate a block after an unconditional jump or a scope exit */
static void trim_after_exit(RpBlock *b)
{
    for (int i = 0; i < b->b_iused; i++) {
        int op = b->b_instr[i].opcode;
        if (is_unconditional_jump(op) || is_scope_exit(op)) {
            b->b_iused = i + 1;
            return;
        }
    }
}

static RpBlock *first_nonempty(RpBlock *b)
{
    while (b != NULL && b->b_iused == 0) {
        b = b->b_next;
    }
    return b;
}

/* retarget jumps whose target is an unconditional jump */
static void thread_jumps(RpBlock *entry)
{
    for (RpBlock *b = entry; b != NULL; b = b->b_next) {
        for (int i = 0; i < b->b_iused; i++) {
            RpInstr *ins = &b->b_instr[i];
            if (!is_jump(ins)) {
                continue;
            }
            for (int hops = 0; hops < 8; hops++) {
                RpBlock *t = first_nonempty(ins->target);
                if (t == NULL || t->b_instr[0].opcode != OP_JUMP || t->b_instr[0].target == ins->target) {
                    break;
                }
                if (ins->opcode == OP_JUMP_NO_INTERRUPT) {
                    break;
                }
                ins->target = t->b_instr[0].target;
            }
        }
    }
}

static int mark_reachable(RpBlock *entry, int nblocks)
{
    RpBlock **stack = rp_mem_malloc(sizeof(RpBlock *) * (size_t)(nblocks + 1));
    if (stack == NULL) {
        rp_err_nomemory();
        return -1;
    }
    for (RpBlock *b = entry; b != NULL; b = b->b_next) {
        b->b_visited = 0;
        b->b_predecessors = 0;
    }
    int sp = 0;
    stack[sp++] = entry;
    entry->b_visited = 1;
    entry->b_predecessors = 1;
    while (sp > 0) {
        RpBlock *b = stack[--sp];
        if (b->b_next != NULL && has_fallthrough(b)) {
            if (!b->b_next->b_visited) {
                b->b_next->b_visited = 1;
                stack[sp++] = b->b_next;
            }
            b->b_next->b_predecessors++;
        }
        for (int i = 0; i < b->b_iused; i++) {
            RpInstr *ins = &b->b_instr[i];
            if (is_jump(ins) || is_block_push(ins)) {
                RpBlock *t = ins->target;
                if (!t->b_visited) {
                    t->b_visited = 1;
                    stack[sp++] = t;
                }
                t->b_predecessors++;
            }
        }
    }
    rp_mem_free(stack);
    for (RpBlock *b = entry; b != NULL; b = b->b_next) {
        if (!b->b_visited) {
            b->b_iused = 0;
        }
    }
    return 0;
}

static void propagate_locations(RpCUnit *u)
{
    RpLoc prev = { u->firstlineno, u->firstlineno, -1, -1 };
    for (RpBlock *b = u->entry; b != NULL; b = b->b_next) {
        for (int i = 0; i < b->b_iused; i++) {
            RpInstr *ins = &b->b_instr[i];
            if (ins->loc.lineno < 0) {
                ins->loc = prev;
            }
            else {
                prev = ins->loc;
            }
        }
    }
}

/* ---- stack depth --------------------------------------------------------------- */

static int stackdepth(RpCUnit *u, int nblocks)
{
    RpBlock **stack = rp_mem_malloc(sizeof(RpBlock *) * (size_t)(nblocks + 1));
    if (stack == NULL) {
        rp_err_nomemory();
        return -1;
    }
    for (RpBlock *b = u->entry; b != NULL; b = b->b_next) {
        b->b_startdepth = INT_MIN;
    }
    int sp = 0, maxdepth = 0;
#define PUSH_BLOCK(blk, d) do { \
        if ((blk)->b_startdepth < (d) && (blk)->b_startdepth == INT_MIN) { \
            (blk)->b_startdepth = (d); stack[sp++] = (blk); } \
    } while (0)
    PUSH_BLOCK(u->entry, 0);
    while (sp > 0) {
        RpBlock *b = stack[--sp];
        int depth = b->b_startdepth;
        RpBlock *next = b->b_next;
        for (int i = 0; i < b->b_iused; i++) {
            RpInstr *ins = &b->b_instr[i];
            int effect = rp_opcode_stack_effect(ins->opcode, ins->oparg, 0);
            int nd = depth + effect;
            if (nd > maxdepth) {
                maxdepth = nd;
            }
            if (is_jump(ins) || is_block_push(ins)) {
                int td = depth + rp_opcode_stack_effect(ins->opcode, ins->oparg, 1);
                if (td > maxdepth) {
                    maxdepth = td;
                }
                PUSH_BLOCK(ins->target, td);
            }
            depth = nd;
            if (is_unconditional_jump(ins->opcode) || is_scope_exit(ins->opcode)) {
                next = NULL;
                break;
            }
        }
        if (next != NULL) {
            PUSH_BLOCK(next, depth);
        }
    }
#undef PUSH_BLOCK
    rp_mem_free(stack);
    return maxdepth;
}

/* ---- exception handlers ------------------------------------------------------------ */

typedef struct {
    int depth;
    RpBlock *handlers[RP_CO_MAXBLOCKS + 2];
} ExceptStack;

static int label_exception_targets(RpCUnit *u, int nblocks)
{
    RpBlock **todo = rp_mem_malloc(sizeof(RpBlock *) * (size_t)(nblocks + 1));
    if (todo == NULL) {
        rp_err_nomemory();
        return -1;
    }
    for (RpBlock *b = u->entry; b != NULL; b = b->b_next) {
        b->b_visited = 0;
    }
    ExceptStack *es = rp_mem_calloc(1, sizeof(ExceptStack));
    if (es == NULL) {
        rp_mem_free(todo);
        rp_err_nomemory();
        return -1;
    }
    int sp = 0;
    todo[sp++] = u->entry;
    u->entry->b_visited = 1;
    u->entry->b_exceptstack = es;
    while (sp > 0) {
        RpBlock *b = todo[--sp];
        es = b->b_exceptstack;
        b->b_exceptstack = NULL;
        RpBlock *handler = es->handlers[es->depth];
        for (int i = 0; i < b->b_iused; i++) {
            RpInstr *ins = &b->b_instr[i];
            if (is_block_push(ins)) {
                if (!ins->target->b_visited) {
                    ExceptStack *copy = rp_mem_malloc(sizeof(ExceptStack));
                    if (copy == NULL) {
                        rp_mem_free(es);
                        rp_mem_free(todo);
                        rp_err_nomemory();
                        return -1;
                    }
                    *copy = *es;
                    ins->target->b_exceptstack = copy;
                    ins->target->b_visited = 1;
                    todo[sp++] = ins->target;
                }
                if (ins->opcode == OP_SETUP_WITH || ins->opcode == OP_SETUP_CLEANUP) {
                    ins->target->b_preserve_lasti = 1;
                }
                ins->target->b_except_handler = 1;
                if (es->depth < RP_CO_MAXBLOCKS + 1) {
                    es->handlers[++es->depth] = ins->target;
                }
                handler = ins->target;
                ins->handler = handler;
            }
            else if (ins->opcode == OP_POP_BLOCK) {
                if (es->depth > 0) {
                    es->depth--;
                }
                handler = es->handlers[es->depth];
                ins->handler = handler;
            }
            else if (is_jump(ins)) {
                ins->handler = handler;
                if (!ins->target->b_visited) {
                    ExceptStack *copy = rp_mem_malloc(sizeof(ExceptStack));
                    if (copy == NULL) {
                        rp_mem_free(es);
                        rp_mem_free(todo);
                        rp_err_nomemory();
                        return -1;
                    }
                    *copy = *es;
                    ins->target->b_exceptstack = copy;
                    ins->target->b_visited = 1;
                    todo[sp++] = ins->target;
                }
            }
            else {
                ins->handler = handler;
            }
        }
        if (b->b_next != NULL && has_fallthrough(b) && !b->b_next->b_visited) {
            b->b_next->b_exceptstack = es;
            b->b_next->b_visited = 1;
            todo[sp++] = b->b_next;
        }
        else {
            rp_mem_free(es);
        }
    }
    rp_mem_free(todo);
    /* the pseudo-instructions have done their job */
    for (RpBlock *b = u->entry; b != NULL; b = b->b_next) {
        for (int i = 0; i < b->b_iused; i++) {
            RpInstr *ins = &b->b_instr[i];
            if (is_block_push(ins) || ins->opcode == OP_POP_BLOCK) {
                ins->opcode = OP_NOP;
            }
        }
        remove_nops(b);
    }
    return 0;
}

/* ---- superinstructions ---------------------------------------------------------- */

static int same_loc(RpLoc a, RpLoc b)
{
    return a.lineno == b.lineno && a.end_lineno == b.end_lineno && a.col == b.col &&
           a.end_col == b.end_col;
}

static void superinstructions(RpCUnit *u)
{
    for (RpBlock *b = u->entry; b != NULL; b = b->b_next) {
        for (int i = 0; i + 1 < b->b_iused; i++) {
            RpInstr *a = &b->b_instr[i], *n = &b->b_instr[i + 1];
            if (a->handler != n->handler || !same_loc(a->loc, n->loc) ||
                a->oparg >= 4096 || n->oparg >= 4096) {
                continue;
            }
            int fused = -1;
            if (a->opcode == OP_LOAD_FAST && n->opcode == OP_LOAD_FAST) {
                fused = OP_LOAD_FAST__LOAD_FAST;
            }
            else if (a->opcode == OP_STORE_FAST && n->opcode == OP_LOAD_FAST) {
                fused = OP_STORE_FAST__LOAD_FAST;
            }
            else if (a->opcode == OP_LOAD_FAST && n->opcode == OP_LOAD_CONST) {
                fused = OP_LOAD_FAST__LOAD_CONST;
            }
            if (fused < 0) {
                continue;
            }
            a->oparg = (a->oparg << 12) | n->oparg;
            a->opcode = fused;
            n->opcode = OP_NOP;
            i++;
        }
        remove_nops(b);
    }
}

/* ---- emission ---------------------------------------------------------------------- */

static int instr_size(const RpInstr *i)
{
    return 1 + rp_opcode_ncache(i->opcode);
}

typedef struct {
    RpExceptEntry *v;
    int n, cap;
} ExcTable;

static int exc_add(ExcTable *t, RpExceptEntry e)
{
    if (t->n == t->cap) {
        int nc = t->cap ? t->cap * 2 : 8;
        RpExceptEntry *nv = rp_mem_realloc(t->v, (size_t)nc * sizeof(RpExceptEntry));
        if (nv == NULL) {
            rp_err_nomemory();
            return -1;
        }
        t->v = nv;
        t->cap = nc;
    }
    t->v[t->n++] = e;
    return 0;
}

/* The cached equal tuple in place of t (stolen); NULL passes through. */
static RpObject *merge_tuple(RpCompiler *c, RpObject *t)
{
    if (t == NULL) {
        return NULL;
    }
    RpObject *m = rp_c_merge_const(c, t);
    RP_DECREF(t);
    return m;
}

static RpObject *dict_keys_inorder(RpObject *d, int is_consts)
{
    rp_ssize_t n = rp_dict_size(d);
    RpObject *t = rp_tuple_new(n);
    if (t == NULL) {
        return NULL;
    }
    rp_ssize_t pos = 0;
    RpObject *k, *v;
    while (rp_dict_next(d, &pos, &k, &v)) {
        rp_ssize_t i = rp_int_as_ssize_t(v);
        RpObject *item = k;
        if (is_consts && rp_tuple_check_exact(k) && rp_tuple_len(k) >= 2) {
            item = rp_tuple_get_borrow(k, 1);
        }
        rp_tuple_set_steal(t, i, rp_newref(item));
    }
    return t;
}

RpObject *rp_c_assemble(RpCompiler *c, int addnone)
{
    RpCUnit *u = c->u;
    RpObject *result = NULL;
    Vars v = { 0 };
    Opt opt = { c, NULL };
    ExcTable et = { NULL, 0, 0 };
    RpLineTableWriter lt;
    int lt_init = 0;

    /* 1. the final return */
    RpInstr *last = last_instr(u->curblock);
    if (last == NULL || !(is_scope_exit(last->opcode) || is_unconditional_jump(last->opcode))) {
        u->loc = RP_NO_LOC;
        if (addnone && rp_c_addop_load_const(c, rp_None) < 0) {
            return NULL;
        }
        if (rp_c_addop(c, OP_RETURN_VALUE) < 0) {
            return NULL;
        }
    }

    /* 2. variables and the prefix */
    int flags = compute_flags(c, u);
    if (compute_localsplus(u, &v) < 0) {
        goto done;
    }
    if (insert_prefix(c, u, &v, flags) < 0) {
        goto done;
    }
    fix_cell_offsets(u, &v);

    /* 3. peephole */
    opt.consts = rp_list_new(0);
    if (opt.consts == NULL) {
        goto done;
    }
    {
        RpObject *ct = dict_keys_inorder(u->consts, 1);
        if (ct == NULL) {
            goto done;
        }
        for (rp_ssize_t i = 0; i < rp_tuple_len(ct); i++) {
            if (rp_list_append(opt.consts, rp_tuple_get_borrow(ct, i)) < 0) {
                RP_DECREF(ct);
                goto done;
            }
        }
        RP_DECREF(ct);
    }
    int nblocks = 0;
    for (RpBlock *b = u->entry; b != NULL; b = b->b_next) {
        nblocks++;
        if (optimize_block(&opt, b) < 0) {
            goto done;
        }
        remove_nops(b);
        trim_after_exit(b);
    }
    thread_jumps(u->entry);

    /* 4. reachability */
    if (mark_reachable(u->entry, nblocks) < 0) {
        goto done;
    }
    /* 5. locations */
    propagate_locations(u);
    /* 6. stack depth */
    int maxdepth = stackdepth(u, nblocks);
    if (maxdepth < 0) {
        goto done;
    }
    /* 7. handlers */
    if (label_exception_targets(u, nblocks) < 0) {
        goto done;
    }
    /* 8. superinstructions, jumps to the next block, offsets */
    superinstructions(u);
    for (RpBlock *b = u->entry; b != NULL; b = b->b_next) {
        RpInstr *l = last_instr(b);
        if (l != NULL && (l->opcode == OP_JUMP || l->opcode == OP_JUMP_NO_INTERRUPT) &&
            first_nonempty(l->target) == first_nonempty(b->b_next) &&
            first_nonempty(b->b_next) != NULL) {
            b->b_iused--;
        }
    }
    int offset = 0;
    for (RpBlock *b = u->entry; b != NULL; b = b->b_next) {
        b->b_offset = offset;
        for (int i = 0; i < b->b_iused; i++) {
            offset += instr_size(&b->b_instr[i]);
        }
    }
    if (offset > RP_MAX_OPARG) {
        rp_err_set_string(&RpExc_SystemError, "code object too large");
        goto done;
    }

    /* 9. emit */
    RpCodeObject *co = rp_code_alloc(offset);
    if (co == NULL) {
        goto done;
    }
    rp_linetable_init(&lt, u->firstlineno);
    lt_init = 1;
    int pc = 0;
    RpLoc run_loc = { -2, -2, -2, -2 };
    int run_len = 0;
    RpBlock *cur_handler = NULL;
    int cur_start = 0;
    for (RpBlock *b = u->entry; b != NULL; b = b->b_next) {
        for (int i = 0; i < b->b_iused; i++) {
            RpInstr *ins = &b->b_instr[i];
            int op = ins->opcode, arg = ins->oparg;
            if (op == OP_JUMP) {
                op = ins->target->b_offset > pc ? OP_JUMP_FORWARD : OP_JUMP_BACKWARD;
            }
            else if (op == OP_JUMP_NO_INTERRUPT) {
                op = ins->target->b_offset > pc ? OP_JUMP_FORWARD : OP_JUMP_BACKWARD_NO_INTERRUPT;
            }
            if (rp_opcode_is_jump(op)) {
                arg = ins->target->b_offset;
            }
            int size = instr_size(ins);
            co->co_code[pc] = RP_MAKE_UNIT(op, arg);
            for (int k = 1; k < size; k++) {
                co->co_code[pc + k] = RP_MAKE_UNIT(OP_CACHE, 0);
            }
            /* line table */
            if (same_loc(ins->loc, run_loc)) {
                run_len += size;
            }
            else {
                if (run_len > 0) {
                    rp_linetable_add(&lt, run_len, run_loc.lineno, run_loc.end_lineno,
                                     run_loc.col, run_loc.end_col);
                }
                run_loc = ins->loc;
                run_len = size;
            }
            /* exception table */
            if (ins->handler != cur_handler) {
                if (cur_handler != NULL && pc > cur_start) {
                    RpExceptEntry e = { (uint32_t)cur_start, (uint32_t)pc,
                                        (uint32_t)cur_handler->b_offset, 0 };
                    int depth = cur_handler->b_startdepth - 1 - cur_handler->b_preserve_lasti;
                    e.depth_lasti = ((uint32_t)depth << 1) | cur_handler->b_preserve_lasti;
                    if (exc_add(&et, e) < 0) {
                        RP_DECREF(co);
                        goto done;
                    }
                }
                cur_handler = ins->handler;
                cur_start = pc;
            }
            pc += size;
        }
    }
    if (cur_handler != NULL && pc > cur_start) {
        RpExceptEntry e = { (uint32_t)cur_start, (uint32_t)pc, (uint32_t)cur_handler->b_offset, 0 };
        int depth = cur_handler->b_startdepth - 1 - cur_handler->b_preserve_lasti;
        e.depth_lasti = ((uint32_t)depth << 1) | cur_handler->b_preserve_lasti;
        if (exc_add(&et, e) < 0) {
            RP_DECREF(co);
            goto done;
        }
    }
    if (run_len > 0) {
        rp_linetable_add(&lt, run_len, run_loc.lineno, run_loc.end_lineno, run_loc.col,
                         run_loc.end_col);
    }
    lt_init = 0;
    co->co_linetable = rp_linetable_finish(&lt);
    co->co_exceptiontable = rp_bytes_from_data((const char *)et.v,
                                               (rp_ssize_t)et.n * (rp_ssize_t)sizeof(RpExceptEntry));
    /* unused constants at the end go (the first stays: the docstring) */
    {
        int max_const = 0;
        for (RpBlock *b = u->entry; b != NULL; b = b->b_next) {
            for (int i = 0; i < b->b_iused; i++) {
                RpInstr *ins = &b->b_instr[i];
                int k = -1;
                if (ins->opcode == OP_LOAD_CONST || ins->opcode == OP_KW_NAMES) {
                    k = ins->oparg;
                }
                else if (ins->opcode == OP_LOAD_FAST__LOAD_CONST) {
                    k = ins->oparg & 0xFFF;
                }
                if (k > max_const) {
                    max_const = k;
                }
            }
        }
        if (max_const + 1 < rp_list_len(opt.consts) &&
            rp_list_set_slice(opt.consts, max_const + 1, rp_list_len(opt.consts), NULL) < 0) {
            RP_DECREF(co);
            goto done;
        }
    }
    /* equal tuples of constants and of names are one object in the whole
       compilation (CPython's merge_const_one in makecode) */
    co->co_consts = merge_tuple(c, rp_list_as_tuple(opt.consts));
    co->co_names = merge_tuple(c, dict_keys_inorder(u->names, 0));
    co->co_localsplusnames = v.names;
    co->co_localspluskinds = v.kinds;
    v.names = v.kinds = NULL;
    co->co_filename = rp_newref(c->filename_obj);
    co->co_name = rp_newref(u->name);
    co->co_qualname = rp_newref(u->qualname);
    co->co_flags = flags;
    co->co_argcount = u->argcount + u->posonlyargcount;
    co->co_posonlyargcount = u->posonlyargcount;
    co->co_kwonlyargcount = u->kwonlyargcount;
    co->co_stacksize = maxdepth;
    co->co_firstlineno = u->firstlineno;
    if (co->co_linetable == NULL || co->co_exceptiontable == NULL || co->co_consts == NULL ||
        co->co_names == NULL || rp_code_finish(co) < 0) {
        RP_DECREF(co);
        goto done;
    }
    result = (RpObject *)co;
    if (u->parent == NULL && getenv("REFPY_DIS") != NULL) {
        rp_code_disassemble(result);
    }
done:
    if (lt_init) {
        rp_mem_free(lt.buf);
    }
    rp_mem_free(et.v);
    rp_mem_free(v.cellfixed);
    RP_XDECREF(v.names);
    RP_XDECREF(v.kinds);
    RP_XDECREF(opt.consts);
    return result;
}

/* ---- disassembly (debugging) ---------------------------------------------------------- */

static void dis_one(RpCodeObject *co)
{
    const char *name = rp_str_as_utf8(co->co_qualname, NULL);
    fprintf(stderr, "Disassembly of <code %s> (stack %d, locals+ %d, flags 0x%x):\n",
            name ? name : "?", co->co_stacksize, co->co_nlocalsplus, co->co_flags);
    rp_ssize_t n = rp_code_len(co);
    int prev_line = -1;
    for (rp_ssize_t i = 0; i < n; i++) {
        int op = RP_OPCODE(co->co_code[i]);
        int arg = RP_OPARG(co->co_code[i]);
        if (op == OP_CACHE) {
            continue;
        }
        int line = rp_code_addr2line(co, (int)i);
        char lbuf[16] = "";
        if (line != prev_line) {
            snprintf(lbuf, sizeof lbuf, "%d", line);
            prev_line = line;
        }
        RpExceptEntry e;
        int h = rp_code_find_handler(co, (int)i, &e);
        fprintf(stderr, "%5s %5d %-28s %6d", lbuf, (int)i, rp_opcode_name(op), arg);
        int kind = rp_opcode_argkind(op);
        RpObject *shown = NULL;
        if (kind == RP_ARG_CONST && arg < rp_tuple_len(co->co_consts)) {
            shown = rp_object_repr(rp_tuple_get_borrow(co->co_consts, arg));
        }
        else if (kind == RP_ARG_NAME && arg < rp_tuple_len(co->co_names)) {
            shown = rp_newref(rp_tuple_get_borrow(co->co_names, arg));
        }
        else if (kind == RP_ARG_GLOBAL && (arg >> 1) < rp_tuple_len(co->co_names)) {
            shown = rp_newref(rp_tuple_get_borrow(co->co_names, arg >> 1));
        }
        else if (kind == RP_ARG_LOCAL && arg < co->co_nlocalsplus) {
            shown = rp_newref(rp_tuple_get_borrow(co->co_localsplusnames, arg));
        }
        if (shown != NULL) {
            const char *s = rp_str_as_utf8(shown, NULL);
            fprintf(stderr, " (%.60s)", s ? s : "?");
            RP_DECREF(shown);
        }
        else {
            rp_err_clear();
        }
        if (h) {
            fprintf(stderr, "   [-> %u d%u%s]", e.target, e.depth_lasti >> 1,
                    (e.depth_lasti & 1) ? " lasti" : "");
        }
        fputc('\n', stderr);
    }
    for (rp_ssize_t i = 0; i < rp_tuple_len(co->co_consts); i++) {
        RpObject *k = rp_tuple_get_borrow(co->co_consts, i);
        if (rp_code_check(k)) {
            dis_one((RpCodeObject *)k);
        }
    }
}

void rp_code_disassemble(RpObject *code)
{
    if (code != NULL && rp_code_check(code)) {
        dis_one((RpCodeObject *)code);
    }
}
