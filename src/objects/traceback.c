/* traceback.c - traceback objects and the text of an uncaught exception.
 *
 * Models CPython 3.11's Python/traceback.c (traceback objects,
 * tb_printinternal, tb_displayline with the ^^^ / ~~~^^^~~~ markers),
 * the exception printing of Python/pythonrun.c (print_exception,
 * chained exceptions, SyntaxError's source line and carets) and
 * Python/suggestions.c ("Did you mean: 'x'?").
 *
 * Everything is formatted into a str; the caller writes it to
 * sys.stderr (pythonrun.c).
 */
#include "traceback.h"

#include <stdio.h>
#include <stdint.h>
#include <string.h>

#include "../compiler/ast_objects.h"
#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "codeobject.h"
#include "dictobject.h"
#include "exceptions.h"
#include "frameobject.h"
#include "intobject.h"
#include "listobject.h"
#include "noneobject.h"
#include "strobject.h"
#include "tupleobject.h"
#include "typeobject.h"

#define TB_RECURSIVE_CUTOFF 3

/* ---- traceback objects ------------------------------------------------------ */

static RpObject *tb_new(RpTracebackObject *next, RpObject *frame, int lasti, int lineno)
{
    RpTracebackObject *tb = (RpTracebackObject *)rp_object_alloc(&RpTraceBack_Type);
    if (tb == NULL) {
        return NULL;
    }
    tb->tb_next = (RpTracebackObject *)rp_xnewref(next);
    tb->tb_frame = rp_newref(frame);
    tb->tb_lasti = lasti;
    tb->tb_lineno = lineno;
    rp_gc_track(tb);
    return (RpObject *)tb;
}

int rp_traceback_here(RpIFrame *f)
{
    RpObject *exc = rp_err_occurred();
    if (exc == NULL || !rp_exception_check(exc)) {
        return 0;
    }
    RpFrameObject *fo = rp_iframe_get_frame_object(f);
    if (fo == NULL) {
        return -1;
    }
    RpObject *old = rp_exception_get_traceback_borrow(exc);
    RpTracebackObject *next = (old != NULL && rp_traceback_check(old)) ? (RpTracebackObject *)old
                                                                       : NULL;
    int lasti = rp_iframe_lasti(f);
    RpObject *saved = rp_err_fetch();
    RpObject *tb = tb_new(next, (RpObject *)fo, lasti, rp_iframe_get_lineno(f));
    if (tb == NULL) {
        RP_DECREF(saved);   /* the MemoryError replaces it */
        return -1;
    }
    rp_exception_set_traceback(saved, tb);
    rp_err_restore(saved);
    return 0;
}

int rp_traceback_lineno(RpTracebackObject *tb)
{
    return tb->tb_lineno;
}

static void tb_dealloc(RpObject *self)
{
    RpTracebackObject *tb = (RpTracebackObject *)self;
    rp_gc_untrack(self);
    RP_CLEAR(tb->tb_next);
    RP_CLEAR(tb->tb_frame);
    rp_object_free(self);
}

static int tb_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RpTracebackObject *tb = (RpTracebackObject *)self;
    RP_VISIT(tb->tb_next);
    RP_VISIT(tb->tb_frame);
    return 0;
}

static int tb_clear(RpObject *self)
{
    RpTracebackObject *tb = (RpTracebackObject *)self;
    RP_CLEAR(tb->tb_next);
    RP_CLEAR(tb->tb_frame);
    return 0;
}

static RpObject *tb_get_next(RpObject *self, void *c)
{
    RpObject *n = (RpObject *)((RpTracebackObject *)self)->tb_next;
    return rp_newref(n ? n : rp_None);
}

static int tb_set_next(RpObject *self, RpObject *v, void *c)
{
    if (v == NULL) {
        rp_err_set_string(&RpExc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (v == rp_None) {
        v = NULL;
    }
    else if (!rp_traceback_check(v)) {
        rp_err_format(&RpExc_TypeError, "expected traceback object or None, got '%s'",
                      RP_TYPE(v)->tp_name);
        return -1;
    }
    for (RpTracebackObject *c2 = (RpTracebackObject *)v; c2 != NULL; c2 = c2->tb_next) {
        if ((RpObject *)c2 == self) {
            rp_err_set_string(&RpExc_ValueError, "traceback loop detected");
            return -1;
        }
    }
    RP_XSETREF(((RpTracebackObject *)self)->tb_next, (RpTracebackObject *)rp_xnewref(v));
    return 0;
}

static RpObject *tb_get_frame(RpObject *self, void *c)
{
    return rp_newref(((RpTracebackObject *)self)->tb_frame);
}

static RpObject *tb_get_lasti(RpObject *self, void *c)
{
    return rp_int_from_long((long)((RpTracebackObject *)self)->tb_lasti * RP_CODEUNIT_PY_BYTES);
}

static RpObject *tb_get_lineno(RpObject *self, void *c)
{
    return rp_int_from_long(((RpTracebackObject *)self)->tb_lineno);
}

static RpGetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static RpObject *tb_type_new(RpTypeObject *type, RpObject *const *args, size_t nargs,
                             RpObject *kwnames)
{
    if ((kwnames != NULL && rp_tuple_len(kwnames) > 0) || nargs != 4) {
        return rp_err_set_string(&RpExc_TypeError,
                                 "traceback() takes exactly 4 positional arguments");
    }
    RpObject *next = args[0];
    if (next != rp_None && !rp_traceback_check(next)) {
        return rp_err_format(&RpExc_TypeError, "expected traceback object or None, got '%s'",
                             RP_TYPE(next)->tp_name);
    }
    if (!rp_frame_check(args[1])) {
        return rp_err_format(&RpExc_TypeError,
                             "TracebackType() argument 'tb_frame' must be frame, not %s",
                             RP_TYPE(args[1])->tp_name);
    }
    long lasti = rp_int_as_long(args[2]);
    long lineno = rp_int_as_long(args[3]);
    if (rp_err_occurred()) {
        return NULL;
    }
    return tb_new(next == rp_None ? NULL : (RpTracebackObject *)next, args[1],
                  (int)(lasti / RP_CODEUNIT_PY_BYTES), (int)lineno);
}

RpTypeObject RpTraceBack_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "traceback",
    .tp_basicsize = sizeof(RpTracebackObject),
    .tp_flags = RP_TPFLAGS_HAVE_GC,
    .tp_dealloc = tb_dealloc,
    .tp_traverse = tb_traverse,
    .tp_clear = tb_clear,
    .tp_getattro = rp_object_generic_getattr,
    .tp_getset = tb_getset,
    .tp_new = tb_type_new,
    .tp_free = rp_object_free,
};

/* ---- source lines ------------------------------------------------------------------ */

/* Line `lineno` of a file (without its newline), as a str, or NULL (no
 * exception) when it cannot be read. */
static RpObject *read_source_line(RpObject *filename, int lineno)
{
    if (filename == NULL || !rp_str_check(filename) || lineno < 1) {
        return NULL;
    }
    rp_ssize_t flen = rp_str_len(filename);
    if (flen > 0 && rp_str_read_char(filename, 0) == '<' &&
        rp_str_read_char(filename, flen - 1) == '>') {
        return NULL;
    }
    const char *path = rp_str_as_utf8(filename, NULL);
    if (path == NULL) {
        rp_err_clear();
        return NULL;
    }
    FILE *fp = fopen(path, "rb");
    if (fp == NULL) {
        return NULL;
    }
    char *buf = NULL;
    size_t cap = 0, len = 0;
    int line = 1, c;
    while ((c = fgetc(fp)) != EOF) {
        if (line == lineno) {
            if (c == '\n') {
                break;
            }
            if (len + 1 >= cap) {
                size_t ncap = cap ? cap * 2 : 128;
                char *nb = rp_mem_realloc(buf, ncap);
                if (nb == NULL) {
                    break;
                }
                buf = nb;
                cap = ncap;
            }
            buf[len++] = (char)c;
        }
        else if (c == '\n') {
            line++;
        }
    }
    fclose(fp);
    if (line != lineno) {
        rp_mem_free(buf);
        return NULL;
    }
    /* a UTF-8 BOM on the first line */
    const char *start = buf ? buf : "";
    if (lineno == 1 && len >= 3 && (unsigned char)start[0] == 0xEF &&
        (unsigned char)start[1] == 0xBB && (unsigned char)start[2] == 0xBF) {
        start += 3;
        len -= 3;
    }
    RpObject *s = rp_str_from_utf8(start, (rp_ssize_t)len);
    rp_mem_free(buf);
    if (s == NULL) {
        rp_err_clear();
    }
    return s;
}

static int is_ws(uint32_t ch)
{
    return ch == ' ' || ch == '\t' || ch == '\f';
}

int rp_traceback_display_line(FILE *out, RpObject *filename, int lineno, int indent)
{
    RpObject *line = read_source_line(filename, lineno);
    if (line == NULL) {
        return -1;
    }
    rp_ssize_t i = 0, n = rp_str_len(line);
    while (i < n && is_ws(rp_str_read_char(line, i))) {
        i++;
    }
    RpObject *stripped = rp_str_substring(line, i, n);
    const char *s = stripped ? rp_str_as_utf8(stripped, NULL) : NULL;
    if (s != NULL) {
        fprintf(out, "%*s%s\n", indent, "", s);
    }
    RP_XDECREF(stripped);
    RP_DECREF(line);
    rp_err_clear();
    return 0;
}

/* the character offset of a UTF-8 byte offset in a str */
static rp_ssize_t byte_to_char_offset(RpObject *s, rp_ssize_t byte_offset)
{
    if (rp_str_is_ascii(s)) {
        return byte_offset < rp_str_len(s) ? byte_offset : rp_str_len(s);
    }
    rp_ssize_t n = rp_str_len(s), bytes = 0, i;
    for (i = 0; i < n && bytes < byte_offset; i++) {
        uint32_t ch = rp_str_read_char(s, i);
        bytes += ch < 0x80 ? 1 : ch < 0x800 ? 2 : ch < 0x10000 ? 3 : 4;
    }
    return i;
}

/* The anchors of the ~~~^^^~~~ markers: parse the segment and find a
 * binary operator or a subscript (CPython's extract_anchors_from_line).
 * Offsets in characters relative to the segment; 1 if found. */
int rp_traceback_anchors(RpObject *segment, rp_ssize_t *left, rp_ssize_t *right)
{
    rp_ssize_t blen;
    const char *src = rp_str_as_utf8(segment, &blen);
    if (src == NULL) {
        rp_err_clear();
        return 0;
    }
    RpArena *arena = rp_arena_new();
    if (arena == NULL) {
        return 0;
    }
    RpSyntaxError err;
    memset(&err, 0, sizeof(err));
    RpModule *mod = rp_parse(arena, src, (size_t)blen, "<string>", RP_MODE_EXEC, 0, &err);
    int found = 0;
    if (mod != NULL && rp_ast_len(mod->body) == 1) {
        RpStmt *st = mod->body->items[0];
        if (st->kind == RP_Expr_kind) {
            RpExpr *e = st->v.Expr.value;
            if (e->kind == RP_BinOp_kind) {
                rp_ssize_t i = e->v.BinOp.left->end_col_offset;
                rp_ssize_t stop = e->v.BinOp.right->col_offset;
                for (; i < stop; i++) {
                    char ch = src[i];
                    if (ch == ' ' || ch == '\t' || ch == '\f' || ch == '\n' || ch == '\r') {
                        continue;
                    }
                    *left = i;
                    *right = i + 1;
                    if (i + 1 < stop && !(src[i + 1] == ' ' || src[i + 1] == '\t' ||
                                          src[i + 1] == '\f' || src[i + 1] == '\n')) {
                        (*right)++;
                    }
                    if (i + 1 < stop && ch == ')') {
                        continue;
                    }
                    found = 1;
                    break;
                }
                if (found) {
                    *left = byte_to_char_offset(segment, *left);
                    *right = byte_to_char_offset(segment, *right);
                }
            }
            else if (e->kind == RP_Subscript_kind) {
                rp_ssize_t l = e->v.Subscript.value->end_col_offset;
                rp_ssize_t r = e->v.Subscript.slice->end_col_offset + 1;
                while (l < blen && src[l] != '[') {
                    l++;
                }
                while (r < blen && src[r] != ']') {
                    r++;
                }
                if (r < blen) {
                    r++;
                }
                *left = byte_to_char_offset(segment, l);
                *right = byte_to_char_offset(segment, r);
                found = 1;
            }
        }
    }
    rp_arena_free(arena);
    return found;
}

static int w_ascii(RpStrWriter *w, const char *s)
{
    return rp_strwriter_write_ascii(w, s, (rp_ssize_t)strlen(s));
}

static int w_repeat(RpStrWriter *w, uint32_t ch, rp_ssize_t n)
{
    for (rp_ssize_t i = 0; i < n; i++) {
        if (rp_strwriter_write_char(w, ch) < 0) {
            return -1;
        }
    }
    return 0;
}

static int w_format(RpStrWriter *w, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    RpObject *s = rp_str_from_vformat(fmt, ap);
    va_end(ap);
    if (s == NULL) {
        return -1;
    }
    int r = rp_strwriter_write_str(w, s);
    RP_DECREF(s);
    return r;
}

/* One "  File ..., line N, in f" entry with its source line and markers. */
static int display_line(RpStrWriter *w, RpTracebackObject *tb, RpCodeObject *co)
{
    if (w_format(w, "  File \"%U\", line %d, in %U\n", co->co_filename, tb->tb_lineno,
                 co->co_name) < 0) {
        return -1;
    }
    RpObject *line = read_source_line(co->co_filename, tb->tb_lineno);
    if (line == NULL) {
        return 0;
    }
    rp_ssize_t len = rp_str_len(line), i = 0;
    while (i < len && is_ws(rp_str_read_char(line, i))) {
        i++;
    }
    if (w_ascii(w, "    ") < 0 || rp_strwriter_write_substr(w, line, i, len) < 0 ||
        w_ascii(w, "\n") < 0) {
        RP_DECREF(line);
        return -1;
    }
    int sl, el, sc, ec;
    rp_code_addr2location(co, tb->tb_lasti, &sl, &el, &sc, &ec);
    if (sl < 0 || el < 0 || sc < 0 || ec < 0 || sl != tb->tb_lineno) {
        RP_DECREF(line);
        return 0;
    }
    rp_ssize_t start = byte_to_char_offset(line, sc);
    rp_ssize_t end = byte_to_char_offset(line, ec);
    rp_ssize_t left = -1, right = -1;
    if (sl == el) {
        if (end > start) {
            RpObject *segment = rp_str_substring(line, start, end);
            if (segment != NULL) {
                if (rp_traceback_anchors(segment, &left, &right)) {
                    left += start;
                    right += start;
                }
                else {
                    left = right = -1;
                }
                RP_DECREF(segment);
            }
            rp_err_clear();
        }
    }
    else {
        /* a multi-line expression: mark up to the last non-blank character */
        rp_ssize_t k = len;
        while (--k >= 0) {
            uint32_t ch = rp_str_read_char(line, k);
            if (!(is_ws(ch) || ch == '\n' || ch == '\r')) {
                break;
            }
        }
        end = k + 1;
    }
    rp_ssize_t stripped_len = len - i;
    int special = left != -1 || right != -1;
    if (end - start == stripped_len && !special) {
        RP_DECREF(line);
        return 0;
    }
    /* the caret line: 4 spaces of indent, then the markers */
    rp_ssize_t offset = i - 4;
    while (++offset <= end) {
        uint32_t ch;
        if (offset <= start) {
            ch = ' ';
        }
        else if (special && left < offset && offset <= right) {
            ch = '^';
        }
        else {
            ch = special ? '~' : '^';
        }
        if (rp_strwriter_write_char(w, ch) < 0) {
            RP_DECREF(line);
            return -1;
        }
    }
    RP_DECREF(line);
    return w_ascii(w, "\n");
}

static int write_repeated(RpStrWriter *w, long cnt)
{
    cnt -= TB_RECURSIVE_CUTOFF;
    return w_format(w, cnt > 1 ? "  [Previous line repeated %ld more times]\n"
                               : "  [Previous line repeated %ld more time]\n", cnt);
}

static int format_tb(RpStrWriter *w, RpTracebackObject *tb)
{
    if (w_ascii(w, "Traceback (most recent call last):\n") < 0) {
        return -1;
    }
    long limit = 1000;
    rp_ssize_t depth = 0;
    for (RpTracebackObject *t = tb; t != NULL; t = t->tb_next) {
        depth++;
    }
    while (tb != NULL && depth > limit) {
        depth--;
        tb = tb->tb_next;
    }
    RpObject *last_file = NULL, *last_name = NULL;
    int last_line = -1;
    long cnt = 0;
    for (; tb != NULL; tb = tb->tb_next) {
        RpFrameObject *fo = (RpFrameObject *)tb->tb_frame;
        RpCodeObject *co = fo->f_frame->f_code;
        if (co == NULL) {
            continue;
        }
        if (last_file == NULL || co->co_filename != last_file || last_line == -1 ||
            tb->tb_lineno != last_line || last_name == NULL || co->co_name != last_name) {
            if (cnt > TB_RECURSIVE_CUTOFF && write_repeated(w, cnt) < 0) {
                return -1;
            }
            last_file = co->co_filename;
            last_line = tb->tb_lineno;
            last_name = co->co_name;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF && display_line(w, tb, co) < 0) {
            return -1;
        }
    }
    if (cnt > TB_RECURSIVE_CUTOFF && write_repeated(w, cnt) < 0) {
        return -1;
    }
    return 0;
}

int rp_traceback_print(RpObject *tb, FILE *out)
{
    RpStrWriter w;
    rp_strwriter_init(&w);
    if (!rp_traceback_check(tb) || format_tb(&w, (RpTracebackObject *)tb) < 0) {
        rp_strwriter_discard(&w);
        return -1;
    }
    RpObject *s = rp_strwriter_finish(&w);
    const char *u = s ? rp_str_as_utf8(s, NULL) : NULL;
    if (u != NULL) {
        fputs(u, out);
    }
    RP_XDECREF(s);
    return 0;
}

/* ---- suggestions (Python/suggestions.c) --------------------------------------------- */

#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1
#define LEAST_FIVE_BITS(n) ((n) & 31)

static size_t substitution_cost(char a, char b)
{
    if (LEAST_FIVE_BITS(a) != LEAST_FIVE_BITS(b)) {
        return MOVE_COST;
    }
    if (a == b) {
        return 0;
    }
    if ('A' <= a && a <= 'Z') {
        a += 'a' - 'A';
    }
    if ('A' <= b && b <= 'Z') {
        b += 'a' - 'A';
    }
    return a == b ? CASE_COST : MOVE_COST;
}

static size_t levenshtein_distance(const char *a, size_t a_size, const char *b, size_t b_size,
                                   size_t max_cost)
{
    size_t buffer[MAX_STRING_SIZE];
    if (a == b) {
        return 0;
    }
    while (a_size && b_size && a[0] == b[0]) {
        a++;
        a_size--;
        b++;
        b_size--;
    }
    while (a_size && b_size && a[a_size - 1] == b[b_size - 1]) {
        a_size--;
        b_size--;
    }
    if (a_size == 0 || b_size == 0) {
        return (a_size + b_size) * MOVE_COST;
    }
    if (a_size > MAX_STRING_SIZE || b_size > MAX_STRING_SIZE) {
        return max_cost + 1;
    }
    if (b_size < a_size) {
        const char *t = a;
        a = b;
        b = t;
        size_t ts = a_size;
        a_size = b_size;
        b_size = ts;
    }
    if ((b_size - a_size) * MOVE_COST > max_cost) {
        return max_cost + 1;
    }
    size_t tmp = MOVE_COST;
    for (size_t i = 0; i < a_size; i++) {
        buffer[i] = tmp;
        tmp += MOVE_COST;
    }
    size_t result = 0;
    for (size_t b_index = 0; b_index < b_size; b_index++) {
        char code = b[b_index];
        size_t distance = result = b_index * MOVE_COST;
        size_t minimum = SIZE_MAX;
        for (size_t index = 0; index < a_size; index++) {
            size_t substitute = distance + substitution_cost(code, a[index]);
            distance = buffer[index];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[index] = result;
            if (result < minimum) {
                minimum = result;
            }
        }
        if (minimum > max_cost) {
            return max_cost + 1;
        }
    }
    return result;
}

static RpObject *calculate_suggestions(RpObject *dir, RpObject *name)
{
    rp_ssize_t dir_size = rp_list_len(dir);
    if (dir_size >= MAX_CANDIDATE_ITEMS) {
        return NULL;
    }
    rp_ssize_t name_size;
    const char *name_str = rp_str_as_utf8(name, &name_size);
    if (name_str == NULL) {
        return NULL;
    }
    rp_ssize_t suggestion_distance = RP_SSIZE_T_MAX;
    RpObject *suggestion = NULL;
    for (rp_ssize_t i = 0; i < dir_size; i++) {
        RpObject *item = rp_list_get_borrow(dir, i);
        if (!rp_str_check(item)) {
            continue;
        }
        rp_ssize_t item_size;
        const char *item_str = rp_str_as_utf8(item, &item_size);
        if (item_str == NULL) {
            return NULL;
        }
        if (rp_str_eq(name, item)) {
            continue;
        }
        rp_ssize_t max_distance = (name_size + item_size + 3) * MOVE_COST / 6;
        if (suggestion_distance - 1 < max_distance) {
            max_distance = suggestion_distance - 1;
        }
        rp_ssize_t d = (rp_ssize_t)levenshtein_distance(name_str, (size_t)name_size, item_str,
                                                        (size_t)item_size, (size_t)max_distance);
        if (d > max_distance) {
            continue;
        }
        if (suggestion == NULL || d < suggestion_distance) {
            suggestion = item;
            suggestion_distance = d;
        }
    }
    return rp_xnewref(suggestion);
}

static RpObject *suggest_from(RpObject *list, RpObject *name)
{
    if (list == NULL) {
        return NULL;
    }
    RpObject *s = calculate_suggestions(list, name);
    RP_DECREF(list);
    return s;
}

RpObject *rp_exception_suggestion(RpObject *exc)
{
    RpObject *result = NULL;
    RpObject *saved = rp_err_fetch();
    if (RP_TYPE(exc) == &RpExc_AttributeError) {
        RpAttributeErrorObject *ae = (RpAttributeErrorObject *)exc;
        if (ae->name != NULL && ae->obj != NULL && rp_str_check_exact(ae->name)) {
            result = suggest_from(rp_object_dir(ae->obj), ae->name);
        }
    }
    else if (RP_TYPE(exc) == &RpExc_NameError) {
        RpNameErrorObject *ne = (RpNameErrorObject *)exc;
        RpObject *tbo = rp_exception_get_traceback_borrow(exc);
        if (ne->name != NULL && rp_str_check_exact(ne->name) && tbo != NULL &&
            rp_traceback_check(tbo)) {
            RpTracebackObject *tb = (RpTracebackObject *)tbo;
            while (tb->tb_next != NULL) {
                tb = tb->tb_next;
            }
            RpIFrame *f = ((RpFrameObject *)tb->tb_frame)->f_frame;
            if (f->f_code != NULL) {
                RpObject *varnames = rp_code_varnames(f->f_code);
                RpObject *l = varnames ? rp_sequence_list(varnames) : NULL;
                RP_XDECREF(varnames);
                result = suggest_from(l, ne->name);
                if (result == NULL && f->f_globals != NULL) {
                    result = suggest_from(rp_dict_keys_list(f->f_globals), ne->name);
                }
                if (result == NULL && f->f_builtins != NULL) {
                    result = suggest_from(rp_dict_keys_list(f->f_builtins), ne->name);
                }
            }
        }
    }
    rp_err_clear();
    rp_err_restore(saved);
    return result;
}

/* ---- printing exceptions ---------------------------------------------------------------- */

/* "SyntaxError: msg" preceded by the file, the line and the carets */
static int format_syntax_error_location(RpStrWriter *w, RpObject *exc)
{
    RpSyntaxErrorObject *se = (RpSyntaxErrorObject *)exc;
    if (se->lineno != NULL && se->lineno != rp_None) {
        long lineno = rp_int_as_long(se->lineno);
        if (lineno == -1 && rp_err_occurred()) {
            return -1;
        }
        RpObject *fn = se->filename && se->filename != rp_None ? se->filename : NULL;
        if (fn != NULL) {
            if (w_format(w, "  File \"%S\", line %ld\n", fn, lineno) < 0) {
                return -1;
            }
        }
        else if (w_format(w, "  File \"<string>\", line %ld\n", lineno) < 0) {
            return -1;
        }
    }
    RpObject *text = se->text;
    if (text == NULL || text == rp_None || !rp_str_check(text)) {
        return 0;
    }
    long offset = -1, end_offset = -1, lineno = 0, end_lineno = 0;
    if (se->offset != NULL && se->offset != rp_None) {
        offset = rp_int_as_long(se->offset);
    }
    if (se->end_offset != NULL && se->end_offset != rp_None) {
        end_offset = rp_int_as_long(se->end_offset);
    }
    if (se->lineno != NULL && se->lineno != rp_None) {
        lineno = rp_int_as_long(se->lineno);
    }
    if (se->end_lineno != NULL && se->end_lineno != rp_None) {
        end_lineno = rp_int_as_long(se->end_lineno);
    }
    rp_err_clear();
    /* CPython 3.11's print_exception / print_error_text: the clamps and
       the line splitting work on the UTF-8 bytes of the text, the carets
       count the offsets as given; an IndentationError gets one caret */
    rp_ssize_t nbytes;
    const char *u = rp_str_as_utf8(text, &nbytes);
    if (u == NULL) {
        rp_err_clear();
        return 0;
    }
    long line_size = (long)strlen(u);
    if (end_lineno > lineno) {
        end_offset = line_size;
    }
    if (end_offset > line_size + 1) {
        end_offset = line_size + 1;
    }
    long ncarets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    if (rp_type_is_subtype(RP_TYPE(exc), &RpExc_IndentationError)) {
        ncarets = 1;
    }
    const char *t = u;
    long off = offset - 1;
    while (*t == ' ' || *t == '\t' || *t == '\f') {
        t++;
        off--;
    }
    long len = (long)strlen(t);
    if (len > 0 && t[len - 1] == '\n') {
        len--;
    }
    if (off > len) {
        off = len;
    }
    /* skip past newlines embedded in the text */
    for (;;) {
        const char *nl = strchr(t, '\n');
        if (nl == NULL || nl - t >= off) {
            break;
        }
        long inl = (long)(nl - t) + 1;
        t += inl;
        len -= inl;
        off -= inl;
    }
    RpObject *shown = rp_str_from_utf8(t, (rp_ssize_t)strlen(t));
    if (shown == NULL) {
        rp_err_clear();
        return 0;
    }
    int r = w_ascii(w, "    ") < 0 || rp_strwriter_write_str(w, shown) < 0 ? -1 : 0;
    RP_DECREF(shown);
    if (r < 0 || (t[len] != '\n' && w_ascii(w, "\n") < 0)) {
        return -1;
    }
    if (off < 0) {
        return 0;
    }
    if (w_ascii(w, "    ") < 0 || w_repeat(w, ' ', off) < 0 || w_repeat(w, '^', ncarets) < 0 ||
        w_ascii(w, "\n") < 0) {
        return -1;
    }
    return 0;
}

/* the last line: "module.Type: message. Did you mean: 'x'?" */
static int format_exception_only(RpStrWriter *w, RpObject *exc)
{
    RpTypeObject *type = RP_TYPE(exc);
    RpObject *value_str_src = exc;
    int is_syntax = rp_type_is_subtype(type, &RpExc_SyntaxError);
    if (is_syntax) {
        if (format_syntax_error_location(w, exc) < 0) {
            return -1;
        }
        RpObject *msg = ((RpSyntaxErrorObject *)exc)->msg;
        if (msg != NULL) {
            value_str_src = msg;
        }
    }
    const char *class_name = type->tp_name;
    const char *dot = strrchr(class_name, '.');
    if (dot != NULL) {
        class_name = dot + 1;
    }
    RpObject *module = rp_type_module(type);
    if (module == NULL) {
        rp_err_clear();
        if (w_ascii(w, "<unknown>") < 0) {
            return -1;
        }
    }
    else {
        if (rp_str_check(module) && !rp_str_eq_cstr(module, "builtins") &&
            !rp_str_eq_cstr(module, "__main__")) {
            if (rp_strwriter_write_str(w, module) < 0 || w_ascii(w, ".") < 0) {
                RP_DECREF(module);
                return -1;
            }
        }
        RP_DECREF(module);
    }
    if (type->ht_name != NULL && rp_str_check(type->ht_name)) {
        if (rp_strwriter_write_str(w, type->ht_name) < 0) {
            return -1;
        }
    }
    else if (rp_strwriter_write_utf8(w, class_name, (rp_ssize_t)strlen(class_name)) < 0) {
        return -1;
    }
    RpObject *s = rp_object_str(value_str_src);
    if (s == NULL) {
        rp_err_clear();
        if (w_ascii(w, ": <exception str() failed>") < 0) {
            return -1;
        }
    }
    else {
        if (rp_str_len(s) != 0 && w_ascii(w, ": ") < 0) {
            RP_DECREF(s);
            return -1;
        }
        int r = rp_strwriter_write_str(w, s);
        RP_DECREF(s);
        if (r < 0) {
            return -1;
        }
    }
    RpObject *sugg = rp_exception_suggestion(exc);
    if (sugg != NULL) {
        int r = w_ascii(w, ". Did you mean: '");
        if (r == 0) {
            r = rp_strwriter_write_str(w, sugg);
        }
        if (r == 0) {
            r = w_ascii(w, "'?");
        }
        RP_DECREF(sugg);
        if (r < 0) {
            return -1;
        }
    }
    if (w_ascii(w, "\n") < 0) {
        return -1;
    }
    /* __notes__ */
    RpObject *notes = ((RpBaseExceptionObject *)exc)->notes;
    if (notes != NULL && (rp_list_check(notes) || rp_tuple_check(notes))) {
        RpObject *seq = rp_sequence_list(notes);
        if (seq != NULL) {
            for (rp_ssize_t i = 0; i < rp_list_len(seq); i++) {
                RpObject *n = rp_object_str(rp_list_get_borrow(seq, i));
                if (n == NULL) {
                    rp_err_clear();
                    continue;
                }
                rp_strwriter_write_str(w, n);
                w_ascii(w, "\n");
                RP_DECREF(n);
            }
            RP_DECREF(seq);
        }
        rp_err_clear();
    }
    return 0;
}

static int format_one(RpStrWriter *w, RpObject *exc)
{
    RpObject *tb = rp_exception_get_traceback_borrow(exc);
    if (tb != NULL && rp_traceback_check(tb)) {
        if (format_tb(w, (RpTracebackObject *)tb) < 0) {
            return -1;
        }
    }
    return format_exception_only(w, exc);
}

static int seen_contains(RpObject **seen, int nseen, RpObject *e)
{
    for (int i = 0; i < nseen; i++) {
        if (seen[i] == e) {
            return 1;
        }
    }
    return 0;
}

#define MAX_CHAIN 100

static int format_chain(RpStrWriter *w, RpObject *exc)
{
    /* walk the chain to its oldest exception, then print back to exc */
    RpObject *chain[MAX_CHAIN];
    const char *msgs[MAX_CHAIN];
    int n = 0;
    RpObject *e = exc;
    while (e != NULL && n < MAX_CHAIN) {
        if (seen_contains(chain, n, e)) {
            break;
        }
        chain[n] = e;
        msgs[n] = NULL;
        if (!rp_exception_check(e)) {
            n++;
            break;
        }
        RpObject *cause = rp_exception_get_cause_borrow(e);
        RpObject *next = NULL;
        if (cause != NULL && cause != rp_None) {
            next = cause;
            msgs[n] = "\nThe above exception was the direct cause of the following exception:\n\n";
        }
        else if (!((RpBaseExceptionObject *)e)->suppress_context) {
            RpObject *ctx = rp_exception_get_context_borrow(e);
            if (ctx != NULL && ctx != rp_None) {
                next = ctx;
                msgs[n] = "\nDuring handling of the above exception, another exception occurred:\n\n";
            }
        }
        n++;
        if (next != NULL && seen_contains(chain, n, next)) {
            msgs[n - 1] = NULL;
            break;
        }
        e = next;
    }
    for (int i = n - 1; i >= 0; i--) {
        if (!rp_exception_check(chain[i])) {
            if (w_format(w, "TypeError: print_exception(): Exception expected for value, %s found\n",
                         RP_TYPE(chain[i])->tp_name) < 0) {
                return -1;
            }
            continue;
        }
        if (format_one(w, chain[i]) < 0) {
            return -1;
        }
        if (i > 0 && msgs[i - 1] != NULL) {
            if (w_ascii(w, msgs[i - 1]) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

RpObject *rp_exception_format(RpObject *exc, int chain)
{
    RpStrWriter w;
    rp_strwriter_init(&w);
    RpObject *saved = rp_err_fetch();
    int r = chain ? format_chain(&w, exc) : format_one(&w, exc);
    rp_err_clear();
    rp_err_restore(saved);
    if (r < 0) {
        rp_strwriter_discard(&w);
        return NULL;
    }
    return rp_strwriter_finish(&w);
}

void rp_exception_print(RpObject *exc, FILE *out)
{
    RpObject *s = rp_exception_format(exc, 1);
    const char *u = s ? rp_str_as_utf8(s, NULL) : NULL;
    if (u != NULL) {
        fputs(u, out);
    }
    RP_XDECREF(s);
    rp_err_clear();
}

RpObject *rp_exception_format_unraisable(RpObject *head, RpObject *exc)
{
    RpStrWriter w;
    rp_strwriter_init(&w);
    if (head != NULL && rp_strwriter_write_str(&w, head) < 0) {
        goto fail;
    }
    if (!rp_exception_check(exc)) {
        goto fail;
    }
    RpObject *tb = rp_exception_get_traceback_borrow(exc);
    if (tb != NULL && rp_traceback_check(tb) && format_tb(&w, (RpTracebackObject *)tb) < 0) {
        rp_err_clear();
    }
    RpTypeObject *type = RP_TYPE(exc);
    RpObject *module = rp_type_module(type);
    if (module == NULL || !rp_str_check(module)) {
        RP_XDECREF(module);
        rp_err_clear();
        if (w_ascii(&w, "<unknown>") < 0) {
            goto fail;
        }
    }
    else {
        if (!rp_str_eq_cstr(module, "builtins") && !rp_str_eq_cstr(module, "__main__")) {
            if (rp_strwriter_write_str(&w, module) < 0 || w_ascii(&w, ".") < 0) {
                RP_DECREF(module);
                goto fail;
            }
        }
        RP_DECREF(module);
    }
    RpObject *qualname = rp_type_qualname(type);
    if (qualname == NULL) {
        rp_err_clear();
        if (w_ascii(&w, "<unknown>") < 0) {
            goto fail;
        }
    }
    else {
        int r = rp_strwriter_write_str(&w, qualname);
        RP_DECREF(qualname);
        if (r < 0) {
            goto fail;
        }
    }
    if (w_ascii(&w, ": ") < 0) {
        goto fail;
    }
    RpObject *s = rp_object_str(exc);
    if (s == NULL) {
        rp_err_clear();
        if (w_ascii(&w, "<exception str() failed>") < 0) {
            goto fail;
        }
    }
    else {
        int r = rp_strwriter_write_str(&w, s);
        RP_DECREF(s);
        if (r < 0) {
            goto fail;
        }
    }
    if (w_ascii(&w, "\n") < 0) {
        goto fail;
    }
    return rp_strwriter_finish(&w);
fail:
    rp_strwriter_discard(&w);
    return NULL;
}
