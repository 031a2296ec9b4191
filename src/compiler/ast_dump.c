/* ast_dump.c - see ast_dump.h.  Field order and the omission of optional
 * fields that are None follow Lib/ast.py's dump() and Parser/Python.asdl
 * of CPython 3.11. */
#include "ast_dump.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unitables.h"

typedef struct Out {
    char *s;
    size_t len, cap;
    int oom;
    int attrs;
    int depth;
} Out;

static void put(Out *o, const char *s, size_t n)
{
    if (o->oom)
        return;
    if (o->len + n + 1 > o->cap) {
        size_t nc = o->cap ? o->cap * 2 : 256;
        while (nc < o->len + n + 1)
            nc *= 2;
        char *t = realloc(o->s, nc);
        if (!t) {
            o->oom = 1;
            return;
        }
        o->s = t;
        o->cap = nc;
    }
    memcpy(o->s + o->len, s, n);
    o->len += n;
    o->s[o->len] = '\0';
}

static void puts_(Out *o, const char *s) { put(o, s, strlen(s)); }

static void putf(Out *o, const char *fmt, ...)
{
    char buf[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    if (n > 0)
        put(o, buf, (size_t)n < sizeof(buf) ? (size_t)n : sizeof(buf) - 1);
}

/* ---- repr of constants ------------------------------------------------- */

static uint32_t next_cp(const unsigned char **pp, const unsigned char *e)
{
    const unsigned char *p = *pp;
    unsigned c = *p;
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (p + len > e)
        len = 1;
    uint32_t v = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int i = 1; i < len; i++)
        v = (v << 6) | (p[i] & 0x3F);
    *pp = p + len;
    return v;
}

static void repr_str(Out *o, const char *s, size_t n, int bytes)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    int sq = memchr(s, '\'', n) != NULL, dq = memchr(s, '"', n) != NULL;
    char q = (sq && !dq) ? '"' : '\'';
    if (bytes)
        put(o, "b", 1);
    put(o, &q, 1);
    while (p < e) {
        const unsigned char *start = p;
        uint32_t c = bytes ? *p++ : next_cp(&p, e);
        if (c == (uint32_t)q || c == '\\') {
            put(o, "\\", 1);
            put(o, (const char *)start, 1);
        } else if (c == '\t') {
            puts_(o, "\\t");
        } else if (c == '\n') {
            puts_(o, "\\n");
        } else if (c == '\r') {
            puts_(o, "\\r");
        } else if (c < 0x20 || c == 0x7F) {
            putf(o, "\\x%02x", c);
        } else if (c < 0x7F) {
            put(o, (const char *)start, 1);
        } else if (bytes) {
            putf(o, "\\x%02x", c);
        } else if (rp_unicode_is_printable(c)) {
            put(o, (const char *)start, (size_t)(p - start));
        } else if (c < 0x100) {
            putf(o, "\\x%02x", c);
        } else if (c < 0x10000) {
            putf(o, "\\u%04x", c);
        } else {
            putf(o, "\\U%08x", c);
        }
    }
    put(o, &q, 1);
}

/* decimal value of an int literal ("0x1F", "0o7", "0b1", "123") */
static void repr_int(Out *o, const char *s)
{
    int base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s += 2;
    } else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) {
        base = 8;
        s += 2;
    } else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) {
        base = 2;
        s += 2;
    }
    size_t n = strlen(s);
    /* little-endian limbs of 10^9 */
    size_t cap = n / 2 + 2, len = 1;
    uint32_t *limb = calloc(cap, sizeof(uint32_t));
    if (!limb) {
        o->oom = 1;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        int c = s[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c - 'A' + 10;
        uint64_t carry = (uint64_t)d;
        for (size_t k = 0; k < len; k++) {
            uint64_t v = (uint64_t)limb[k] * (uint64_t)base + carry;
            limb[k] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry && len < cap)
            limb[len++] = (uint32_t)carry;
    }
    while (len > 1 && limb[len - 1] == 0)
        len--;
    putf(o, "%u", limb[len - 1]);
    for (size_t k = len - 1; k-- > 0;)
        putf(o, "%09u", limb[k]);
    free(limb);
}

/* Python's repr(float): the shortest digits that round-trip */
static void repr_double(Out *o, double v, int imag)
{
    if (isinf(v)) {
        puts_(o, v > 0 ? "inf" : "-inf");
        return;
    }
    if (isnan(v)) {
        puts_(o, "nan");
        return;
    }
    char buf[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof(buf), "%.*e", prec - 1, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    /* buf: [-]d.ddde[+-]XX */
    char digits[32];
    int nd = 0, neg = 0;
    const char *q = buf;
    if (*q == '-') {
        neg = 1;
        q++;
    }
    while (*q && *q != 'e') {
        if (*q != '.')
            digits[nd++] = *q;
        q++;
    }
    int exp10 = atoi(q + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = '\0';
    int decpt = exp10 + 1;
    if (neg)
        put(o, "-", 1);
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            puts_(o, "0.");
            for (int i = 0; i < -decpt; i++)
                put(o, "0", 1);
            put(o, digits, (size_t)nd);
        } else if (decpt >= nd) {
            put(o, digits, (size_t)nd);
            for (int i = nd; i < decpt; i++)
                put(o, "0", 1);
            if (!imag)
                puts_(o, ".0");
        } else {
            put(o, digits, (size_t)decpt);
            put(o, ".", 1);
            put(o, digits + decpt, (size_t)(nd - decpt));
        }
    } else {
        put(o, digits, 1);
        if (nd > 1) {
            put(o, ".", 1);
            put(o, digits + 1, (size_t)(nd - 1));
        }
        putf(o, "e%c%02d", exp10 < 0 ? '-' : '+', exp10 < 0 ? -exp10 : exp10);
    }
}

static void repr_const(Out *o, const RpAstConst *c)
{
    switch (c->kind) {
    case RP_CONST_NONE: puts_(o, "None"); break;
    case RP_CONST_TRUE: puts_(o, "True"); break;
    case RP_CONST_FALSE: puts_(o, "False"); break;
    case RP_CONST_ELLIPSIS: puts_(o, "Ellipsis"); break;
    case RP_CONST_INT: repr_int(o, c->data); break;
    case RP_CONST_FLOAT: repr_double(o, strtod(c->data, NULL), 0); break;
    case RP_CONST_IMAG:
        repr_double(o, strtod(c->data, NULL), 1);
        put(o, "j", 1);
        break;
    case RP_CONST_STR: repr_str(o, c->data, c->len, 0); break;
    case RP_CONST_BYTES: repr_str(o, c->data, c->len, 1); break;
    }
}

char *rp_ast_const_repr(const RpAstConst *c)
{
    Out o = {0};
    repr_const(&o, c);
    if (o.oom) {
        free(o.s);
        return NULL;
    }
    return o.s;
}

/* ---- nodes ---------------------------------------------------------------- */

static void expr(Out *o, const RpExpr *e);
static void stmt(Out *o, const RpStmt *s);
static void pattern(Out *o, const RpPattern *p);

typedef void (*ItemFn)(Out *, const void *);

static void seq(Out *o, const RpAstSeq *s, ItemFn fn)
{
    put(o, "[", 1);
    for (int i = 0; i < rp_ast_len(s); i++) {
        if (i)
            puts_(o, ", ");
        if (!s->items[i])
            puts_(o, "None");
        else
            fn(o, s->items[i]);
    }
    put(o, "]", 1);
}

static void expr_item(Out *o, const void *x) { expr(o, x); }
static void stmt_item(Out *o, const void *x) { stmt(o, x); }
static void pattern_item(Out *o, const void *x) { pattern(o, x); }
static void ident_item(Out *o, const void *x) { repr_str(o, x, strlen(x), 0); }

static void ident(Out *o, const char *name, const char *v)
{
    putf(o, "%s=", name);
    repr_str(o, v, strlen(v), 0);
}

static void attrs(Out *o, int l, int c, int el, int ec)
{
    if (o->attrs)
        putf(o, ", lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", l, c, el, ec);
}

static const char *ctx_name(RpExprContext c)
{
    return c == RP_STORE ? "Store()" : c == RP_DEL ? "Del()" : "Load()";
}

static const char *op_name(RpOperator op)
{
    static const char *n[] = {"?", "Add()", "Sub()", "Mult()", "MatMult()", "Div()", "Mod()",
                              "Pow()", "LShift()", "RShift()", "BitOr()", "BitXor()",
                              "BitAnd()", "FloorDiv()"};
    return (op >= 1 && op <= 13) ? n[op] : "?";
}

static const char *cmp_name(RpCmpOp op)
{
    static const char *n[] = {"?", "Eq()", "NotEq()", "Lt()", "LtE()", "Gt()", "GtE()", "Is()",
                              "IsNot()", "In()", "NotIn()"};
    return (op >= 1 && op <= 10) ? n[op] : "?";
}

static void opt_expr(Out *o, const char *name, const RpExpr *e)
{
    if (e) {
        putf(o, ", %s=", name);
        expr(o, e);
    }
}

static void arg_node(Out *o, const void *x)
{
    const RpArg *a = x;
    puts_(o, "arg(");
    ident(o, "arg", a->arg);
    opt_expr(o, "annotation", a->annotation);
    attrs(o, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
    put(o, ")", 1);
}

static void arguments(Out *o, const RpArguments *a)
{
    puts_(o, "arguments(posonlyargs=");
    seq(o, a->posonlyargs, arg_node);
    puts_(o, ", args=");
    seq(o, a->args, arg_node);
    if (a->vararg) {
        puts_(o, ", vararg=");
        arg_node(o, a->vararg);
    }
    puts_(o, ", kwonlyargs=");
    seq(o, a->kwonlyargs, arg_node);
    puts_(o, ", kw_defaults=");
    seq(o, a->kw_defaults, expr_item);
    if (a->kwarg) {
        puts_(o, ", kwarg=");
        arg_node(o, a->kwarg);
    }
    puts_(o, ", defaults=");
    seq(o, a->defaults, expr_item);
    put(o, ")", 1);
}

static void keyword_node(Out *o, const void *x)
{
    const RpKeyword *k = x;
    puts_(o, "keyword(");
    if (k->arg) {
        ident(o, "arg", k->arg);
        puts_(o, ", ");
    }
    puts_(o, "value=");
    expr(o, k->value);
    attrs(o, k->lineno, k->col_offset, k->end_lineno, k->end_col_offset);
    put(o, ")", 1);
}

static void alias_node(Out *o, const void *x)
{
    const RpAlias *a = x;
    puts_(o, "alias(");
    ident(o, "name", a->name);
    if (a->asname) {
        puts_(o, ", ");
        ident(o, "asname", a->asname);
    }
    attrs(o, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
    put(o, ")", 1);
}

static void withitem_node(Out *o, const void *x)
{
    const RpWithItem *w = x;
    puts_(o, "withitem(context_expr=");
    expr(o, w->context_expr);
    opt_expr(o, "optional_vars", w->optional_vars);
    put(o, ")", 1);
}

static void comprehension_node(Out *o, const void *x)
{
    const RpComprehension *c = x;
    puts_(o, "comprehension(target=");
    expr(o, c->target);
    puts_(o, ", iter=");
    expr(o, c->iter);
    puts_(o, ", ifs=");
    seq(o, c->ifs, expr_item);
    putf(o, ", is_async=%d)", c->is_async);
}

static void handler_node(Out *o, const void *x)
{
    const RpExceptHandler *h = x;
    puts_(o, "ExceptHandler(");
    int first = 1;
    if (h->type) {
        puts_(o, "type=");
        expr(o, h->type);
        first = 0;
    }
    if (h->name) {
        if (!first)
            puts_(o, ", ");
        ident(o, "name", h->name);
        first = 0;
    }
    if (!first)
        puts_(o, ", ");
    puts_(o, "body=");
    seq(o, h->body, stmt_item);
    attrs(o, h->lineno, h->col_offset, h->end_lineno, h->end_col_offset);
    put(o, ")", 1);
}

static void match_case_node(Out *o, const void *x)
{
    const RpMatchCase *m = x;
    puts_(o, "match_case(pattern=");
    pattern(o, m->pattern);
    opt_expr(o, "guard", m->guard);
    puts_(o, ", body=");
    seq(o, m->body, stmt_item);
    put(o, ")", 1);
}

static void expr(Out *o, const RpExpr *e)
{
    if (++o->depth > 20000) {
        puts_(o, "...");
        o->depth--;
        return;
    }
    switch (e->kind) {
    case RP_BoolOp_kind:
        putf(o, "BoolOp(op=%s, values=", e->v.BoolOp.op == RP_AND ? "And()" : "Or()");
        seq(o, e->v.BoolOp.values, expr_item);
        break;
    case RP_NamedExpr_kind:
        puts_(o, "NamedExpr(target=");
        expr(o, e->v.NamedExpr.target);
        puts_(o, ", value=");
        expr(o, e->v.NamedExpr.value);
        break;
    case RP_BinOp_kind:
        puts_(o, "BinOp(left=");
        expr(o, e->v.BinOp.left);
        putf(o, ", op=%s, right=", op_name(e->v.BinOp.op));
        expr(o, e->v.BinOp.right);
        break;
    case RP_UnaryOp_kind: {
        static const char *n[] = {"?", "Invert()", "Not()", "UAdd()", "USub()"};
        putf(o, "UnaryOp(op=%s, operand=", n[e->v.UnaryOp.op]);
        expr(o, e->v.UnaryOp.operand);
        break;
    }
    case RP_Lambda_kind:
        puts_(o, "Lambda(args=");
        arguments(o, e->v.Lambda.args);
        puts_(o, ", body=");
        expr(o, e->v.Lambda.body);
        break;
    case RP_IfExp_kind:
        puts_(o, "IfExp(test=");
        expr(o, e->v.IfExp.test);
        puts_(o, ", body=");
        expr(o, e->v.IfExp.body);
        puts_(o, ", orelse=");
        expr(o, e->v.IfExp.orelse);
        break;
    case RP_Dict_kind:
        puts_(o, "Dict(keys=");
        seq(o, e->v.Dict.keys, expr_item);
        puts_(o, ", values=");
        seq(o, e->v.Dict.values, expr_item);
        break;
    case RP_Set_kind:
        puts_(o, "Set(elts=");
        seq(o, e->v.Set.elts, expr_item);
        break;
    case RP_ListComp_kind:
    case RP_SetComp_kind:
    case RP_GeneratorExp_kind:
        puts_(o, e->kind == RP_ListComp_kind ? "ListComp(elt=" :
                 e->kind == RP_SetComp_kind ? "SetComp(elt=" : "GeneratorExp(elt=");
        expr(o, e->v.ListComp.elt);
        puts_(o, ", generators=");
        seq(o, e->v.ListComp.generators, comprehension_node);
        break;
    case RP_DictComp_kind:
        puts_(o, "DictComp(key=");
        expr(o, e->v.DictComp.key);
        puts_(o, ", value=");
        expr(o, e->v.DictComp.value);
        puts_(o, ", generators=");
        seq(o, e->v.DictComp.generators, comprehension_node);
        break;
    case RP_Await_kind:
        puts_(o, "Await(value=");
        expr(o, e->v.Await.value);
        break;
    case RP_Yield_kind:
        puts_(o, "Yield(");
        if (e->v.Yield.value) {
            puts_(o, "value=");
            expr(o, e->v.Yield.value);
            if (o->attrs)
                puts_(o, ", ");
        }
        if (o->attrs)
            putf(o, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d)",
                 e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
        else
            put(o, ")", 1);
        o->depth--;
        return;
    case RP_YieldFrom_kind:
        puts_(o, "YieldFrom(value=");
        expr(o, e->v.YieldFrom.value);
        break;
    case RP_Compare_kind:
        puts_(o, "Compare(left=");
        expr(o, e->v.Compare.left);
        puts_(o, ", ops=[");
        for (int i = 0; i < rp_ast_len(e->v.Compare.ops); i++) {
            if (i)
                puts_(o, ", ");
            puts_(o, cmp_name((RpCmpOp)(intptr_t)e->v.Compare.ops->items[i]));
        }
        puts_(o, "], comparators=");
        seq(o, e->v.Compare.comparators, expr_item);
        break;
    case RP_Call_kind:
        puts_(o, "Call(func=");
        expr(o, e->v.Call.func);
        puts_(o, ", args=");
        seq(o, e->v.Call.args, expr_item);
        puts_(o, ", keywords=");
        seq(o, e->v.Call.keywords, keyword_node);
        break;
    case RP_FormattedValue_kind:
        puts_(o, "FormattedValue(value=");
        expr(o, e->v.FormattedValue.value);
        putf(o, ", conversion=%d", e->v.FormattedValue.conversion);
        opt_expr(o, "format_spec", e->v.FormattedValue.format_spec);
        break;
    case RP_JoinedStr_kind:
        puts_(o, "JoinedStr(values=");
        seq(o, e->v.JoinedStr.values, expr_item);
        break;
    case RP_Constant_kind:
        puts_(o, "Constant(value=");
        repr_const(o, &e->v.Constant);
        if (e->v.Constant.is_u)
            puts_(o, ", kind='u'");
        break;
    case RP_Attribute_kind:
        puts_(o, "Attribute(value=");
        expr(o, e->v.Attribute.value);
        puts_(o, ", ");
        ident(o, "attr", e->v.Attribute.attr);
        putf(o, ", ctx=%s", ctx_name(e->v.Attribute.ctx));
        break;
    case RP_Subscript_kind:
        puts_(o, "Subscript(value=");
        expr(o, e->v.Subscript.value);
        puts_(o, ", slice=");
        expr(o, e->v.Subscript.slice);
        putf(o, ", ctx=%s", ctx_name(e->v.Subscript.ctx));
        break;
    case RP_Starred_kind:
        puts_(o, "Starred(value=");
        expr(o, e->v.Starred.value);
        putf(o, ", ctx=%s", ctx_name(e->v.Starred.ctx));
        break;
    case RP_Name_kind:
        puts_(o, "Name(");
        ident(o, "id", e->v.Name.id);
        putf(o, ", ctx=%s", ctx_name(e->v.Name.ctx));
        break;
    case RP_List_kind:
        puts_(o, "List(elts=");
        seq(o, e->v.List.elts, expr_item);
        putf(o, ", ctx=%s", ctx_name(e->v.List.ctx));
        break;
    case RP_Tuple_kind:
        puts_(o, "Tuple(elts=");
        seq(o, e->v.Tuple.elts, expr_item);
        putf(o, ", ctx=%s", ctx_name(e->v.Tuple.ctx));
        break;
    case RP_Slice_kind: {
        puts_(o, "Slice(");
        int first = 1;
        const RpExpr *parts[3] = {e->v.Slice.lower, e->v.Slice.upper, e->v.Slice.step};
        const char *names[3] = {"lower", "upper", "step"};
        for (int i = 0; i < 3; i++) {
            if (!parts[i])
                continue;
            if (!first)
                puts_(o, ", ");
            putf(o, "%s=", names[i]);
            expr(o, parts[i]);
            first = 0;
        }
        if (o->attrs) {
            if (!first)
                puts_(o, ", ");
            putf(o, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", e->lineno,
                 e->col_offset, e->end_lineno, e->end_col_offset);
        }
        put(o, ")", 1);
        o->depth--;
        return;
    }
    }
    attrs(o, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
    put(o, ")", 1);
    o->depth--;
}

static void bare_attrs(Out *o, int first, int l, int c, int el, int ec)
{
    if (o->attrs) {
        if (!first)
            puts_(o, ", ");
        putf(o, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", l, c, el, ec);
    }
    put(o, ")", 1);
}

static void stmt(Out *o, const RpStmt *s)
{
    if (++o->depth > 20000) {
        puts_(o, "...");
        o->depth--;
        return;
    }
    switch (s->kind) {
    case RP_FunctionDef_kind:
    case RP_AsyncFunctionDef_kind:
        puts_(o, s->kind == RP_FunctionDef_kind ? "FunctionDef(" : "AsyncFunctionDef(");
        ident(o, "name", s->v.FunctionDef.name);
        puts_(o, ", args=");
        arguments(o, s->v.FunctionDef.args);
        puts_(o, ", body=");
        seq(o, s->v.FunctionDef.body, stmt_item);
        puts_(o, ", decorator_list=");
        seq(o, s->v.FunctionDef.decorator_list, expr_item);
        opt_expr(o, "returns", s->v.FunctionDef.returns);
        break;
    case RP_ClassDef_kind:
        puts_(o, "ClassDef(");
        ident(o, "name", s->v.ClassDef.name);
        puts_(o, ", bases=");
        seq(o, s->v.ClassDef.bases, expr_item);
        puts_(o, ", keywords=");
        seq(o, s->v.ClassDef.keywords, keyword_node);
        puts_(o, ", body=");
        seq(o, s->v.ClassDef.body, stmt_item);
        puts_(o, ", decorator_list=");
        seq(o, s->v.ClassDef.decorator_list, expr_item);
        break;
    case RP_Return_kind:
        puts_(o, "Return(");
        if (s->v.Return.value) {
            puts_(o, "value=");
            expr(o, s->v.Return.value);
        }
        bare_attrs(o, !s->v.Return.value, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
        o->depth--;
        return;
    case RP_Delete_kind:
        puts_(o, "Delete(targets=");
        seq(o, s->v.Delete.targets, expr_item);
        break;
    case RP_Assign_kind:
        puts_(o, "Assign(targets=");
        seq(o, s->v.Assign.targets, expr_item);
        puts_(o, ", value=");
        expr(o, s->v.Assign.value);
        break;
    case RP_AugAssign_kind:
        puts_(o, "AugAssign(target=");
        expr(o, s->v.AugAssign.target);
        putf(o, ", op=%s, value=", op_name(s->v.AugAssign.op));
        expr(o, s->v.AugAssign.value);
        break;
    case RP_AnnAssign_kind:
        puts_(o, "AnnAssign(target=");
        expr(o, s->v.AnnAssign.target);
        puts_(o, ", annotation=");
        expr(o, s->v.AnnAssign.annotation);
        opt_expr(o, "value", s->v.AnnAssign.value);
        putf(o, ", simple=%d", s->v.AnnAssign.simple);
        break;
    case RP_For_kind:
    case RP_AsyncFor_kind:
        puts_(o, s->kind == RP_For_kind ? "For(target=" : "AsyncFor(target=");
        expr(o, s->v.For.target);
        puts_(o, ", iter=");
        expr(o, s->v.For.iter);
        puts_(o, ", body=");
        seq(o, s->v.For.body, stmt_item);
        puts_(o, ", orelse=");
        seq(o, s->v.For.orelse, stmt_item);
        break;
    case RP_While_kind:
    case RP_If_kind:
        puts_(o, s->kind == RP_While_kind ? "While(test=" : "If(test=");
        expr(o, s->v.If.test);
        puts_(o, ", body=");
        seq(o, s->v.If.body, stmt_item);
        puts_(o, ", orelse=");
        seq(o, s->v.If.orelse, stmt_item);
        break;
    case RP_With_kind:
    case RP_AsyncWith_kind:
        puts_(o, s->kind == RP_With_kind ? "With(items=" : "AsyncWith(items=");
        seq(o, s->v.With.items, withitem_node);
        puts_(o, ", body=");
        seq(o, s->v.With.body, stmt_item);
        break;
    case RP_Match_kind:
        puts_(o, "Match(subject=");
        expr(o, s->v.Match.subject);
        puts_(o, ", cases=");
        seq(o, s->v.Match.cases, match_case_node);
        break;
    case RP_Raise_kind: {
        puts_(o, "Raise(");
        int first = 1;
        if (s->v.Raise.exc) {
            puts_(o, "exc=");
            expr(o, s->v.Raise.exc);
            first = 0;
        }
        if (s->v.Raise.cause) {
            if (!first)
                puts_(o, ", ");
            puts_(o, "cause=");
            expr(o, s->v.Raise.cause);
            first = 0;
        }
        bare_attrs(o, first, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
        o->depth--;
        return;
    }
    case RP_Try_kind:
    case RP_TryStar_kind:
        puts_(o, s->kind == RP_Try_kind ? "Try(body=" : "TryStar(body=");
        seq(o, s->v.Try.body, stmt_item);
        puts_(o, ", handlers=");
        seq(o, s->v.Try.handlers, handler_node);
        puts_(o, ", orelse=");
        seq(o, s->v.Try.orelse, stmt_item);
        puts_(o, ", finalbody=");
        seq(o, s->v.Try.finalbody, stmt_item);
        break;
    case RP_Assert_kind:
        puts_(o, "Assert(test=");
        expr(o, s->v.Assert.test);
        opt_expr(o, "msg", s->v.Assert.msg);
        break;
    case RP_Import_kind:
        puts_(o, "Import(names=");
        seq(o, s->v.Import.names, alias_node);
        break;
    case RP_ImportFrom_kind:
        puts_(o, "ImportFrom(");
        if (s->v.ImportFrom.module) {
            ident(o, "module", s->v.ImportFrom.module);
            puts_(o, ", ");
        }
        puts_(o, "names=");
        seq(o, s->v.ImportFrom.names, alias_node);
        putf(o, ", level=%d", s->v.ImportFrom.level);
        break;
    case RP_Global_kind:
    case RP_Nonlocal_kind:
        puts_(o, s->kind == RP_Global_kind ? "Global(names=" : "Nonlocal(names=");
        seq(o, s->v.Global.names, ident_item);
        break;
    case RP_Expr_kind:
        puts_(o, "Expr(value=");
        expr(o, s->v.Expr.value);
        break;
    case RP_Pass_kind:
    case RP_Break_kind:
    case RP_Continue_kind:
        puts_(o, s->kind == RP_Pass_kind ? "Pass(" : s->kind == RP_Break_kind ? "Break(" : "Continue(");
        bare_attrs(o, 1, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
        o->depth--;
        return;
    }
    attrs(o, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
    put(o, ")", 1);
    o->depth--;
}

static void pattern(Out *o, const RpPattern *p)
{
    switch (p->kind) {
    case RP_MatchValue_kind:
        puts_(o, "MatchValue(value=");
        expr(o, p->v.MatchValue.value);
        break;
    case RP_MatchSingleton_kind:
        puts_(o, "MatchSingleton(value=");
        puts_(o, p->v.MatchSingleton.value == RP_CONST_NONE ? "None" :
                 p->v.MatchSingleton.value == RP_CONST_TRUE ? "True" : "False");
        break;
    case RP_MatchSequence_kind:
        puts_(o, "MatchSequence(patterns=");
        seq(o, p->v.MatchSequence.patterns, pattern_item);
        break;
    case RP_MatchMapping_kind:
        puts_(o, "MatchMapping(keys=");
        seq(o, p->v.MatchMapping.keys, expr_item);
        puts_(o, ", patterns=");
        seq(o, p->v.MatchMapping.patterns, pattern_item);
        if (p->v.MatchMapping.rest) {
            puts_(o, ", ");
            ident(o, "rest", p->v.MatchMapping.rest);
        }
        break;
    case RP_MatchClass_kind:
        puts_(o, "MatchClass(cls=");
        expr(o, p->v.MatchClass.cls);
        puts_(o, ", patterns=");
        seq(o, p->v.MatchClass.patterns, pattern_item);
        puts_(o, ", kwd_attrs=");
        seq(o, p->v.MatchClass.kwd_attrs, ident_item);
        puts_(o, ", kwd_patterns=");
        seq(o, p->v.MatchClass.kwd_patterns, pattern_item);
        break;
    case RP_MatchStar_kind:
        puts_(o, "MatchStar(");
        if (p->v.MatchStar.name)
            ident(o, "name", p->v.MatchStar.name);
        bare_attrs(o, !p->v.MatchStar.name, p->lineno, p->col_offset, p->end_lineno, p->end_col_offset);
        return;
    case RP_MatchAs_kind: {
        puts_(o, "MatchAs(");
        int first = 1;
        if (p->v.MatchAs.pattern) {
            puts_(o, "pattern=");
            pattern(o, p->v.MatchAs.pattern);
            first = 0;
        }
        if (p->v.MatchAs.name) {
            if (!first)
                puts_(o, ", ");
            ident(o, "name", p->v.MatchAs.name);
            first = 0;
        }
        bare_attrs(o, first, p->lineno, p->col_offset, p->end_lineno, p->end_col_offset);
        return;
    }
    case RP_MatchOr_kind:
        puts_(o, "MatchOr(patterns=");
        seq(o, p->v.MatchOr.patterns, pattern_item);
        break;
    }
    attrs(o, p->lineno, p->col_offset, p->end_lineno, p->end_col_offset);
    put(o, ")", 1);
}

char *rp_ast_dump(const RpModule *mod, int include_attributes)
{
    Out o = {0};
    o.attrs = include_attributes;
    switch (mod->mode) {
    case RP_MODE_EVAL:
        puts_(&o, "Expression(body=");
        expr(&o, mod->expr);
        put(&o, ")", 1);
        break;
    case RP_MODE_SINGLE:
        puts_(&o, "Interactive(body=");
        seq(&o, mod->body, stmt_item);
        put(&o, ")", 1);
        break;
    default:
        puts_(&o, "Module(body=");
        seq(&o, mod->body, stmt_item);
        puts_(&o, ", type_ignores=[])");
        break;
    }
    if (o.oom) {
        free(o.s);
        return NULL;
    }
    return o.s;
}
