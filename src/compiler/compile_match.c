/* compile_match.c - the match statement (PEP 634).
 *
 * Models CPython 3.11's compiler_match and compiler_pattern_*.  Each case
 * matches its pattern against the subject on the stack; the names a
 * pattern captures are kept on the stack (under whatever the pattern is
 * still working on) and stored only when the whole pattern matched.  A
 * failing test jumps to fail_pop[n], a chain of blocks that pops the n
 * items pushed so far.
 */
#include "compile_internal.h"

#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../objects/exceptions.h"
#include "../objects/intobject.h"
#include "../objects/listobject.h"
#include "../objects/noneobject.h"
#include "../objects/setobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../objects/boolobject.h"
#include "../vm/errors.h"

#define CHECK(x) do { if ((x) < 0) return -1; } while (0)
#define ADDOP(op) CHECK(rp_c_addop(c, (op)))
#define ADDOP_I(op, arg) CHECK(rp_c_addop_i(c, (op), (arg)))

typedef struct {
    RpObject *stores;        /* list of str: the names captured so far */
    int allow_irrefutable;   /* 0: a capture of the whole subject is an error */
    RpBlock **fail_pop;      /* fail_pop[i] pops i items, then falls through */
    int fail_pop_size;
    int on_top;              /* items above the captures, popped on failure */
} PatternContext;

#define WILDCARD_CHECK(p) ((p)->kind == RP_MatchAs_kind && (p)->v.MatchAs.name == NULL && \
                           (p)->v.MatchAs.pattern == NULL)
#define WILDCARD_STAR_CHECK(p) ((p)->kind == RP_MatchStar_kind && (p)->v.MatchStar.name == NULL)

static int pattern(RpCompiler *c, RpPattern *p, PatternContext *pc);

static RpLoc loc_of_pattern(const RpPattern *p)
{
    return (RpLoc){ p->lineno, p->end_lineno, p->col_offset, p->end_col_offset };
}

static int ensure_fail_pop(RpCompiler *c, PatternContext *pc, int n)
{
    int size = n + 1;
    if (size <= pc->fail_pop_size) {
        return 0;
    }
    RpBlock **r = rp_mem_realloc(pc->fail_pop, sizeof(RpBlock *) * (size_t)size);
    if (r == NULL) {
        rp_err_nomemory();
        return -1;
    }
    pc->fail_pop = r;
    while (pc->fail_pop_size < size) {
        RpBlock *b = rp_c_new_block(c);
        if (b == NULL) {
            return -1;
        }
        pc->fail_pop[pc->fail_pop_size++] = b;
    }
    return 0;
}

static int jump_to_fail_pop(RpCompiler *c, PatternContext *pc, int op)
{
    int pops = pc->on_top + (int)rp_list_len(pc->stores);
    CHECK(ensure_fail_pop(c, pc, pops));
    return rp_c_addop_jump(c, op, pc->fail_pop[pops]);
}

static int emit_and_reset_fail_pop(RpCompiler *c, PatternContext *pc)
{
    if (pc->fail_pop_size == 0) {
        return 0;
    }
    while (--pc->fail_pop_size) {
        rp_c_use_next_block(c, pc->fail_pop[pc->fail_pop_size]);
        if (rp_c_addop(c, OP_POP_TOP) < 0) {
            pc->fail_pop_size = 0;
            rp_mem_free(pc->fail_pop);
            pc->fail_pop = NULL;
            return -1;
        }
    }
    rp_c_use_next_block(c, pc->fail_pop[0]);
    rp_mem_free(pc->fail_pop);
    pc->fail_pop = NULL;
    return 0;
}

static int pattern_helper_rotate(RpCompiler *c, int count)
{
    while (1 < count) {
        ADDOP_I(OP_SWAP, count--);
    }
    return 0;
}

static int list_contains_name(RpObject *list, RpObject *name)
{
    for (rp_ssize_t i = 0; i < rp_list_len(list); i++) {
        if (rp_str_eq(rp_list_get_borrow(list, i), name)) {
            return 1;
        }
    }
    return 0;
}

static rp_ssize_t list_index_of(RpObject *list, RpObject *name)
{
    for (rp_ssize_t i = 0; i < rp_list_len(list); i++) {
        if (rp_str_eq(rp_list_get_borrow(list, i), name)) {
            return i;
        }
    }
    return -1;
}

static int store_name(RpCompiler *c, const char *n, PatternContext *pc)
{
    if (n == NULL) {
        ADDOP(OP_POP_TOP);
        return 0;
    }
    if (rp_c_forbidden_name(c, n, RP_STORE, c->u->loc)) {
        return -1;
    }
    RpObject *name = rp_c_str(n);
    if (name == NULL) {
        return -1;
    }
    if (list_contains_name(pc->stores, name)) {
        RP_DECREF(name);
        return rp_c_error(c, c->u->loc, "multiple assignments to name '%s' in pattern", n);
    }
    int rotations = pc->on_top + (int)rp_list_len(pc->stores) + 1;
    int r = pattern_helper_rotate(c, rotations);
    if (r == 0) {
        r = rp_list_append(pc->stores, name);
    }
    RP_DECREF(name);
    return r;
}

static int subpattern(RpCompiler *c, RpPattern *p, PatternContext *pc)
{
    int allow = pc->allow_irrefutable;
    pc->allow_irrefutable = 1;
    CHECK(pattern(c, p, pc));
    pc->allow_irrefutable = allow;
    return 0;
}

static int unpack_helper(RpCompiler *c, RpAstSeq *elts)
{
    int n = rp_ast_len(elts);
    int seen_star = 0;
    for (int i = 0; i < n; i++) {
        RpPattern *elt = elts->items[i];
        if (elt->kind == RP_MatchStar_kind && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (RP_MAX_OPARG >> 8)) {
                return rp_c_error(c, c->u->loc,
                                  "too many expressions in star-unpacking sequence pattern");
            }
            ADDOP_I(OP_UNPACK_EX, i + ((n - i - 1) << 8));
            seen_star = 1;
        }
        else if (elt->kind == RP_MatchStar_kind) {
            return rp_c_error(c, c->u->loc, "multiple starred expressions in sequence pattern");
        }
    }
    if (!seen_star) {
        ADDOP_I(OP_UNPACK_SEQUENCE, n);
    }
    return 0;
}

static int sequence_unpack(RpCompiler *c, RpAstSeq *patterns, PatternContext *pc)
{
    CHECK(unpack_helper(c, patterns));
    int size = rp_ast_len(patterns);
    pc->on_top += size;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        CHECK(subpattern(c, patterns->items[i], pc));
    }
    return 0;
}

static int sequence_subscr(RpCompiler *c, RpAstSeq *patterns, int star, PatternContext *pc)
{
    pc->on_top++;
    int size = rp_ast_len(patterns);
    for (int i = 0; i < size; i++) {
        RpPattern *p = patterns->items[i];
        if (WILDCARD_CHECK(p) || i == star) {
            continue;
        }
        ADDOP_I(OP_COPY, 1);
        if (i < star) {
            CHECK(rp_c_addop_load_const_steal(c, rp_int_from_long(i)));
        }
        else {
            ADDOP(OP_GET_LEN);
            CHECK(rp_c_addop_load_const_steal(c, rp_int_from_long(size - i)));
            ADDOP_I(OP_BINARY_OP, RP_NB_SUBTRACT);
        }
        ADDOP(OP_BINARY_SUBSCR);
        CHECK(subpattern(c, p, pc));
    }
    pc->on_top--;
    ADDOP(OP_POP_TOP);
    return 0;
}

static int pattern_as(RpCompiler *c, RpPattern *p, PatternContext *pc)
{
    if (p->v.MatchAs.pattern == NULL) {
        if (!pc->allow_irrefutable) {
            if (p->v.MatchAs.name != NULL) {
                return rp_c_error(c, loc_of_pattern(p),
                                  "name capture '%s' makes remaining patterns unreachable",
                                  p->v.MatchAs.name);
            }
            return rp_c_error(c, loc_of_pattern(p),
                              "wildcard makes remaining patterns unreachable");
        }
        return store_name(c, p->v.MatchAs.name, pc);
    }
    pc->on_top++;
    ADDOP_I(OP_COPY, 1);
    CHECK(pattern(c, p->v.MatchAs.pattern, pc));
    pc->on_top--;
    return store_name(c, p->v.MatchAs.name, pc);
}

static int pattern_class(RpCompiler *c, RpPattern *p, PatternContext *pc)
{
    RpAstSeq *patterns = p->v.MatchClass.patterns;
    RpAstSeq *kwd_attrs = p->v.MatchClass.kwd_attrs;
    RpAstSeq *kwd_patterns = p->v.MatchClass.kwd_patterns;
    int nargs = rp_ast_len(patterns);
    int nattrs = rp_ast_len(kwd_attrs);
    if (nattrs != rp_ast_len(kwd_patterns)) {
        return rp_c_error(c, loc_of_pattern(p),
                          "kwd_attrs (%d) / kwd_patterns (%d) length mismatch in class pattern",
                          nattrs, rp_ast_len(kwd_patterns));
    }
    for (int i = 0; i < nattrs; i++) {
        const char *attr = kwd_attrs->items[i];
        RpLoc l = loc_of_pattern(kwd_patterns->items[i]);
        if (rp_c_forbidden_name(c, attr, RP_STORE, l)) {
            return -1;
        }
        for (int j = i + 1; j < nattrs; j++) {
            if (strcmp(attr, (const char *)kwd_attrs->items[j]) == 0) {
                return rp_c_error(c, loc_of_pattern(kwd_patterns->items[j]),
                                  "attribute name repeated in class pattern: %s", attr);
            }
        }
    }
    c->u->loc = loc_of_pattern(p);
    CHECK(rp_c_expr(c, p->v.MatchClass.cls));
    RpObject *names = rp_tuple_new(nattrs);
    if (names == NULL) {
        return -1;
    }
    for (int i = 0; i < nattrs; i++) {
        RpObject *s = rp_c_str(kwd_attrs->items[i]);
        if (s == NULL) {
            for (int j = i; j < nattrs; j++) {
                rp_tuple_set_steal(names, j, rp_none_new());
            }
            RP_DECREF(names);
            return -1;
        }
        rp_tuple_set_steal(names, i, s);
    }
    CHECK(rp_c_addop_load_const_steal(c, names));
    ADDOP_I(OP_MATCH_CLASS, nargs);
    ADDOP_I(OP_COPY, 1);
    CHECK(rp_c_addop_load_const(c, rp_None));
    ADDOP_I(OP_IS_OP, 1);
    pc->on_top++;
    CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    ADDOP_I(OP_UNPACK_SEQUENCE, nargs + nattrs);
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        RpPattern *sub = i < nargs ? patterns->items[i] : kwd_patterns->items[i - nargs];
        if (WILDCARD_CHECK(sub)) {
            ADDOP(OP_POP_TOP);
            continue;
        }
        CHECK(subpattern(c, sub, pc));
    }
    return 0;
}

static int pattern_mapping(RpCompiler *c, RpPattern *p, PatternContext *pc)
{
    RpAstSeq *keys = p->v.MatchMapping.keys;
    RpAstSeq *patterns = p->v.MatchMapping.patterns;
    int size = rp_ast_len(keys);
    if (size != rp_ast_len(patterns)) {
        return rp_c_error(c, loc_of_pattern(p),
                          "keys (%d) / patterns (%d) length mismatch in mapping pattern", size,
                          rp_ast_len(patterns));
    }
    const char *star_target = p->v.MatchMapping.rest;
    pc->on_top++;
    ADDOP(OP_MATCH_MAPPING);
    CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    if (size == 0 && star_target == NULL) {
        pc->on_top--;
        ADDOP(OP_POP_TOP);
        return 0;
    }
    if (size) {
        ADDOP(OP_GET_LEN);
        CHECK(rp_c_addop_load_const_steal(c, rp_int_from_long(size)));
        ADDOP_I(OP_COMPARE_OP, RP_GE);
        CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    }
    RpObject *seen = rp_set_new(NULL);
    if (seen == NULL) {
        return -1;
    }
    for (int i = 0; i < size; i++) {
        RpExpr *key = keys->items[i];
        if (key == NULL) {
            rp_c_error(c, loc_of_pattern(patterns->items[i]),
                       "can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
            goto error;
        }
        RpObject *k = rp_c_const_value(c, key);
        if (k != NULL) {
            int in_seen = rp_set_contains(seen, k);
            if (in_seen < 0) {
                goto error;
            }
            if (in_seen) {
                rp_c_error(c, c->u->loc, "mapping pattern checks duplicate key (%R)", k);
                goto error;
            }
            if (rp_set_add(seen, k) < 0) {
                goto error;
            }
        }
        else if (key->kind != RP_Attribute_kind) {
            rp_c_error(c, c->u->loc,
                       "mapping pattern keys may only match literals and attribute lookups");
            goto error;
        }
        if (rp_c_expr(c, key) < 0) {
            goto error;
        }
    }
    RP_DECREF(seen);
    ADDOP_I(OP_BUILD_TUPLE, size);
    ADDOP(OP_MATCH_KEYS);
    pc->on_top += 2;
    ADDOP_I(OP_COPY, 1);
    CHECK(rp_c_addop_load_const(c, rp_None));
    ADDOP_I(OP_IS_OP, 1);
    CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    ADDOP_I(OP_UNPACK_SEQUENCE, size);
    pc->on_top += size - 1;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        CHECK(subpattern(c, patterns->items[i], pc));
    }
    pc->on_top -= 2;
    if (star_target != NULL) {
        /* rest = dict(subject); del rest[key] for each key */
        ADDOP_I(OP_BUILD_MAP, 0);
        ADDOP_I(OP_SWAP, 3);
        ADDOP_I(OP_DICT_UPDATE, 2);
        ADDOP_I(OP_UNPACK_SEQUENCE, size);
        while (size) {
            ADDOP_I(OP_COPY, 1 + size--);
            ADDOP_I(OP_SWAP, 2);
            ADDOP(OP_DELETE_SUBSCR);
        }
        return store_name(c, star_target, pc);
    }
    ADDOP(OP_POP_TOP);   /* the keys */
    ADDOP(OP_POP_TOP);   /* the subject */
    return 0;
error:
    RP_DECREF(seen);
    return -1;
}

static int pattern_or(RpCompiler *c, RpPattern *p, PatternContext *pc)
{
    RpBlock *end = rp_c_new_block(c);
    if (end == NULL) {
        return -1;
    }
    int size = rp_ast_len(p->v.MatchOr.patterns);
    PatternContext old_pc = *pc;
    RP_INCREF(pc->stores);
    RpObject *control = NULL;
    for (int i = 0; i < size; i++) {
        RpPattern *alt = p->v.MatchOr.patterns->items[i];
        c->u->loc = loc_of_pattern(alt);
        RpObject *stores = rp_list_new(0);
        if (stores == NULL) {
            goto error;
        }
        RP_SETREF(pc->stores, stores);
        pc->allow_irrefutable = (i == size - 1) && old_pc.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        if (rp_c_addop_i(c, OP_COPY, 1) < 0 || pattern(c, alt, pc) < 0) {
            goto error;
        }
        rp_ssize_t nstores = rp_list_len(pc->stores);
        if (i == 0) {
            control = rp_newref(pc->stores);
        }
        else if (nstores != rp_list_len(control)) {
            goto diff;
        }
        else if (nstores) {
            rp_ssize_t icontrol = nstores;
            while (icontrol--) {
                RpObject *name = rp_list_get_borrow(control, icontrol);
                rp_ssize_t istores = list_index_of(pc->stores, name);
                if (istores < 0) {
                    goto diff;
                }
                if (icontrol != istores) {
                    /* reorder the names (and the stack) like control */
                    rp_ssize_t rotations = istores + 1;
                    RpObject *rotated = rp_list_slice(pc->stores, 0, rotations);
                    if (rotated == NULL ||
                        rp_list_set_slice(pc->stores, 0, rotations, NULL) < 0 ||
                        rp_list_set_slice(pc->stores, icontrol - istores, icontrol - istores,
                                          rotated) < 0) {
                        RP_XDECREF(rotated);
                        goto error;
                    }
                    RP_DECREF(rotated);
                    while (rotations--) {
                        if (pattern_helper_rotate(c, (int)icontrol + 1) < 0) {
                            goto error;
                        }
                    }
                }
            }
        }
        if (rp_c_addop_jump(c, OP_JUMP, end) < 0 || emit_and_reset_fail_pop(c, pc) < 0) {
            goto error;
        }
    }
    RP_DECREF(pc->stores);
    *pc = old_pc;
    RP_INCREF(pc->stores);
    old_pc.fail_pop = NULL;
    /* no alternative matched: pop the copy of the subject and fail */
    if (rp_c_addop(c, OP_POP_TOP) < 0 || jump_to_fail_pop(c, pc, OP_JUMP) < 0) {
        goto error;
    }
    rp_c_use_next_block(c, end);
    rp_ssize_t nstores = rp_list_len(control);
    int nrots = (int)nstores + 1 + pc->on_top + (int)rp_list_len(pc->stores);
    for (rp_ssize_t i = 0; i < nstores; i++) {
        if (pattern_helper_rotate(c, nrots) < 0) {
            goto error;
        }
        RpObject *name = rp_list_get_borrow(control, i);
        if (list_contains_name(pc->stores, name)) {
            const char *n = rp_str_as_utf8(name, NULL);
            rp_c_error(c, c->u->loc, "multiple assignments to name '%s' in pattern", n ? n : "?");
            goto error;
        }
        if (rp_list_append(pc->stores, name) < 0) {
            goto error;
        }
    }
    RP_DECREF(old_pc.stores);
    RP_DECREF(control);
    ADDOP(OP_POP_TOP);   /* the copy of the subject */
    return 0;
diff:
    rp_c_error(c, c->u->loc, "alternative patterns bind different names");
error:
    rp_mem_free(old_pc.fail_pop);
    RP_DECREF(old_pc.stores);
    RP_XDECREF(control);
    return -1;
}

static int pattern_sequence(RpCompiler *c, RpPattern *p, PatternContext *pc)
{
    RpAstSeq *patterns = p->v.MatchSequence.patterns;
    int size = rp_ast_len(patterns);
    int star = -1, only_wildcard = 1, star_wildcard = 0;
    for (int i = 0; i < size; i++) {
        RpPattern *sub = patterns->items[i];
        if (sub->kind == RP_MatchStar_kind) {
            if (star >= 0) {
                return rp_c_error(c, loc_of_pattern(p),
                                  "multiple starred names in sequence pattern");
            }
            star_wildcard = WILDCARD_STAR_CHECK(sub);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= WILDCARD_CHECK(sub);
    }
    pc->on_top++;
    ADDOP(OP_MATCH_SEQUENCE);
    CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    if (star < 0) {
        ADDOP(OP_GET_LEN);
        CHECK(rp_c_addop_load_const_steal(c, rp_int_from_long(size)));
        ADDOP_I(OP_COMPARE_OP, RP_EQ);
        CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    }
    else if (size > 1) {
        ADDOP(OP_GET_LEN);
        CHECK(rp_c_addop_load_const_steal(c, rp_int_from_long(size - 1)));
        ADDOP_I(OP_COMPARE_OP, RP_GE);
        CHECK(jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard) {
        ADDOP(OP_POP_TOP);
        return 0;
    }
    if (star_wildcard) {
        return sequence_subscr(c, patterns, star, pc);
    }
    return sequence_unpack(c, patterns, pc);
}

static int pattern_value(RpCompiler *c, RpPattern *p, PatternContext *pc)
{
    RpExpr *value = p->v.MatchValue.value;
    if (rp_c_const_value(c, value) == NULL && value->kind != RP_Attribute_kind) {
        return rp_c_error(c, loc_of_pattern(p),
                          "patterns may only match literals and attribute lookups");
    }
    CHECK(rp_c_expr(c, value));
    ADDOP_I(OP_COMPARE_OP, RP_EQ);
    return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

static int pattern_singleton(RpCompiler *c, RpPattern *p, PatternContext *pc)
{
    RpObject *v = p->v.MatchSingleton.value == RP_CONST_TRUE ? rp_True
                  : p->v.MatchSingleton.value == RP_CONST_FALSE ? rp_False : rp_None;
    CHECK(rp_c_addop_load_const(c, v));
    ADDOP_I(OP_IS_OP, 0);
    return jump_to_fail_pop(c, pc, OP_POP_JUMP_IF_FALSE);
}

static int pattern(RpCompiler *c, RpPattern *p, PatternContext *pc)
{
    CHECK(rp_c_enter_depth(c));
    c->u->loc = loc_of_pattern(p);
    int r;
    switch (p->kind) {
    case RP_MatchValue_kind: r = pattern_value(c, p, pc); break;
    case RP_MatchSingleton_kind: r = pattern_singleton(c, p, pc); break;
    case RP_MatchSequence_kind: r = pattern_sequence(c, p, pc); break;
    case RP_MatchMapping_kind: r = pattern_mapping(c, p, pc); break;
    case RP_MatchClass_kind: r = pattern_class(c, p, pc); break;
    case RP_MatchStar_kind: r = store_name(c, p->v.MatchStar.name, pc); break;
    case RP_MatchAs_kind: r = pattern_as(c, p, pc); break;
    case RP_MatchOr_kind: r = pattern_or(c, p, pc); break;
    default:
        r = rp_c_error(c, loc_of_pattern(p), "invalid match pattern node in AST (kind=%d)",
                       (int)p->kind);
    }
    rp_c_leave_depth(c);
    return r;
}

static int match_inner(RpCompiler *c, RpStmt *s, PatternContext *pc)
{
    CHECK(rp_c_expr(c, s->v.Match.subject));
    RpBlock *end = rp_c_new_block(c);
    if (end == NULL) {
        return -1;
    }
    int cases = rp_ast_len(s->v.Match.cases);
    RpMatchCase *m = s->v.Match.cases->items[cases - 1];
    int has_default = WILDCARD_CHECK(m->pattern) && 1 < cases;
    for (int i = 0; i < cases - has_default; i++) {
        m = s->v.Match.cases->items[i];
        c->u->loc = loc_of_pattern(m->pattern);
        if (i != cases - has_default - 1) {
            ADDOP_I(OP_COPY, 1);
        }
        pc->stores = rp_list_new(0);
        if (pc->stores == NULL) {
            return -1;
        }
        pc->allow_irrefutable = m->guard != NULL || i == cases - 1;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        if (pattern(c, m->pattern, pc) < 0) {
            RP_CLEAR(pc->stores);
            return -1;
        }
        /* a match: store the captured names */
        for (rp_ssize_t n = 0; n < rp_list_len(pc->stores); n++) {
            const char *name = rp_str_as_utf8(rp_list_get_borrow(pc->stores, n), NULL);
            if (name == NULL || rp_c_nameop(c, name, RP_STORE) < 0) {
                RP_CLEAR(pc->stores);
                return -1;
            }
        }
        RP_CLEAR(pc->stores);
        if (m->guard != NULL) {
            CHECK(ensure_fail_pop(c, pc, 0));
            CHECK(rp_c_jump_if(c, m->guard, pc->fail_pop[0], 0));
        }
        if (i != cases - has_default - 1) {
            ADDOP(OP_POP_TOP);
        }
        CHECK(rp_c_stmts(c, m->body));
        CHECK(rp_c_addop_jump(c, OP_JUMP, end));
        c->u->loc = loc_of_pattern(m->pattern);
        CHECK(emit_and_reset_fail_pop(c, pc));
    }
    if (has_default) {
        m = s->v.Match.cases->items[cases - 1];
        c->u->loc = loc_of_pattern(m->pattern);
        if (cases == 1) {
            ADDOP(OP_POP_TOP);
        }
        else {
            ADDOP(OP_NOP);
        }
        if (m->guard != NULL) {
            CHECK(rp_c_jump_if(c, m->guard, end, 0));
        }
        CHECK(rp_c_stmts(c, m->body));
    }
    rp_c_use_next_block(c, end);
    return 0;
}

int rp_c_match(RpCompiler *c, RpStmt *s)
{
    PatternContext pc;
    memset(&pc, 0, sizeof(pc));
    int r = match_inner(c, s, &pc);
    rp_mem_free(pc.fail_pop);
    RP_XDECREF(pc.stores);
    return r;
}
