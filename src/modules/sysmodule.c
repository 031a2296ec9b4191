/* sysmodule.c - the sys module.
 *
 * Models CPython 3.11's Python/sysmodule.c.  The parts a learner meets
 * first are the memory model's windows:
 *
 *   sys.getrefcount(x)  x's reference count as the call sees it: the
 *                       argument itself holds one reference, so a fresh
 *                       `x = []` at module level reports 2
 *   sys.getsizeof(x)    x.__sizeof__() plus the 16-byte GC head of
 *                       container types (and the 16-byte pre-header of
 *                       instances with a managed __dict__), as 3.11
 *   sys.intern(s)       the one shared copy of an equal string
 *
 * and the rest is what programs commonly read: argv, path, modules,
 * version_info, maxsize, stdout/stderr, exit, recursion limits...
 */
#include "sysmodule.h"

#include <errno.h>
#include <fcntl.h>
#include <float.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/alloc.h"
#include "../core/freelist.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../objects/boolobject.h"
#include "../objects/dictobject.h"
#include "../objects/exceptions.h"
#include "../objects/floatobject.h"
#include "../objects/intobject.h"
#include "../objects/listobject.h"
#include "../objects/moduleobject.h"
#include "../objects/noneobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../objects/typeobject.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "../vm/import.h"
#include "config.h"
#include "fileio.h"
#include "modsupport.h"
#include "namespace.h"
#include "structseq.h"
#include "vm_api.h"

#define RP_VERSION "3.11.7"
#define RP_HEXVERSION 0x030B07F0

static RpObject *sysdict(void)
{
    return rp_runtime.sysmod != NULL ? rp_module_dict_borrow(rp_runtime.sysmod) : NULL;
}

RpObject *rp_sys_get_object_borrow(const char *name)
{
    RpObject *d = sysdict();
    if (d == NULL) {
        return NULL;
    }
    RpObject *v = rp_dict_get_cstr_borrow(d, name);
    if (v == NULL) {
        rp_err_clear();
    }
    return v;
}

int rp_sys_set_object(const char *name, RpObject *value)
{
    RpObject *d = sysdict();
    if (d == NULL) {
        rp_err_set_string(&RpExc_RuntimeError, "no sys module");
        return -1;
    }
    if (value == NULL) {
        return rp_dict_del_cstr(d, name);
    }
    return rp_dict_set_cstr(d, name, value);
}

/* ---- writing to the standard streams from C ------------------------------------ */

static void write_to(const char *stream, FILE *fallback, RpObject *s)
{
    RpObject *exc = rp_err_fetch();
    RpObject *file = rp_sys_get_object_borrow(stream);
    int done = 0;
    if (file != NULL && file != rp_None) {
        rp_incref(file);
        if (rp_file_check(file)) {
            done = rp_file_write_str(file, s) == 0;
        } else {
            RpObject *r = rp_call_method(file, rp_id(write), &s, 1);
            done = r != NULL;
            rp_xdecref(r);
        }
        rp_decref(file);
        rp_err_clear();
    }
    if (!done) {
        rp_ssize_t len;
        const char *u = rp_str_as_utf8(s, &len);
        if (u != NULL) {
            fwrite(u, 1, (size_t)len, fallback);
        }
        rp_err_clear();
    }
    rp_err_restore(exc);
}

void rp_sys_write_stderr_str(RpObject *s)
{
    write_to("stderr", stderr, s);
}

void rp_sys_format_stderr(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    RpObject *exc = rp_err_fetch();
    RpObject *s = rp_str_from_vformat(fmt, ap);
    va_end(ap);
    if (s != NULL) {
        write_to("stderr", stderr, s);
        rp_decref(s);
    }
    rp_err_clear();
    rp_err_restore(exc);
}

void rp_sys_format_stdout(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    RpObject *exc = rp_err_fetch();
    RpObject *s = rp_str_from_vformat(fmt, ap);
    va_end(ap);
    if (s != NULL) {
        write_to("stdout", stdout, s);
        rp_decref(s);
    }
    rp_err_clear();
    rp_err_restore(exc);
}

/* flush one stream unless it is None or closed; -1 if that failed */
static int flush_stream(const char *name)
{
    RpObject *f = rp_sys_get_object_borrow(name);
    if (f == NULL || f == rp_None) {
        return 0;
    }
    rp_incref(f);
    RpObject *closed = rp_object_getattr_str(f, "closed");
    int is_closed = closed != NULL ? rp_object_is_true(closed) : 0;
    rp_xdecref(closed);
    rp_err_clear();
    int rc = 0;
    if (is_closed <= 0) {
        RpObject *r = rp_call_method(f, rp_id(flush), NULL, 0);
        if (r == NULL) {
            rp_err_write_unraisable(f);    /* "Exception ignored in: <...'<stdout>'...>" */
            rc = -1;
        }
        rp_xdecref(r);
    }
    rp_decref(f);
    return rc;
}

int rp_sys_flush_std_files(void)
{
    RpObject *exc = rp_err_fetch();
    int rc = flush_stream("stdout");
    if (flush_stream("stderr") < 0) {
        rp_err_clear();
    }
    rp_err_restore(exc);
    return rc;
}

/* ---- the memory model's windows ------------------------------------------------- */

static RpObject *sys_getrefcount(RpObject *self, RpObject *o)
{
    return rp_int_from_ssize_t(rp_refcnt(o));
}

/* CPython's _PyType_PreHeaderSize: what sits in front of an object */
static rp_ssize_t preheader_size(RpTypeObject *t)
{
    rp_ssize_t n = 0;
    if (rp_type_is_gc(t)) {
        n += 16;                      /* the GC head */
    }
    if (t->tp_flags & RP_TPFLAGS_MANAGED_DICT) {
        n += 2 * (rp_ssize_t)sizeof(RpObject *);
    }
    return n;
}

static RpObject *sys_getsizeof(RpObject *self, RpObject *const *args, size_t nargs,
                               RpObject *kwnames)
{
    static const char *const kw[] = { "object", "default", NULL };
    static const RpArgParser parser = { "getsizeof", kw };
    RpObject *a[2];
    if (rp_arg_unpack(&parser, args, nargs, kwnames, 1, 2, 0, a) < 0) {
        return NULL;
    }
    RpObject *o = a[0], *dflt = a[1];
    RpTypeObject *t = rp_type(o);
    int found;
    RpObject *res = rp_call_special(o, rp_id(__sizeof__), NULL, 0, &found);
    if (res == NULL && !found && !rp_err_occurred()) {
        rp_err_format(&RpExc_TypeError, "Type %s doesn't define __sizeof__", t->tp_name);
    }
    rp_ssize_t size = -1;
    if (res != NULL) {
        if (!rp_int_check(res)) {
            rp_err_set_string(&RpExc_TypeError, "an integer is required");
        } else {
            size = rp_int_as_ssize_t(res);
        }
        rp_decref(res);
        if (!(size == -1 && rp_err_occurred()) && size < 0) {
            rp_err_set_string(&RpExc_ValueError, "__sizeof__() should return >= 0");
        }
    }
    if (rp_err_occurred()) {
        if (dflt != NULL && rp_err_matches(&RpExc_TypeError)) {
            rp_err_clear();
            return rp_newref(dflt);
        }
        return NULL;
    }
    return rp_int_from_ssize_t(size + preheader_size(t));
}

static RpObject *sys_intern(RpObject *self, RpObject *s)
{
    if (!rp_str_check(s)) {
        return rp_err_format(&RpExc_TypeError, "intern() argument must be str, not %T", s);
    }
    if (!rp_str_check_exact(s)) {
        return rp_err_format(&RpExc_TypeError, "can't intern %s", rp_type(s)->tp_name);
    }
    rp_incref(s);
    rp_str_intern_inplace(&s);
    return s;
}

static RpObject *sys_getallocatedblocks(RpObject *self, RpObject *unused)
{
    size_t narenas, maxarenas, alloc_total, reclaimed, blocks[64];
    int nclasses = 0;
    rp_mem_stats(&narenas, &maxarenas, &alloc_total, &reclaimed, blocks, &nclasses);
    size_t total = 0;
    for (int i = 0; i < nclasses && i < 64; i++) {
        total += blocks[i];
    }
    return rp_int_from_size_t(total);
}

/* sys._debugmallocstats(): the allocator's statistics, then the free
 * lists', on stderr in CPython 3.11's layout (the numbers are refpy's). */
static RpObject *sys_debugmallocstats(RpObject *self, RpObject *unused)
{
    rp_sys_flush_std_files();
    if (rp_mem_debug_stats(stderr)) {
        fputc('\n', stderr);
    }
    rp_freelists_debug_stats(stderr);
    fflush(stderr);
    return rp_none_new();
}

/* ---- recursion ----------------------------------------------------------------------- */

static RpObject *sys_getrecursionlimit(RpObject *self, RpObject *unused)
{
    return rp_int_from_long(rp_tstate()->recursion_limit);
}

static RpObject *sys_setrecursionlimit(RpObject *self, RpObject *arg)
{
    int limit = rp_arg_as_int(arg);
    if (limit == -1 && rp_err_occurred()) {
        return NULL;
    }
    if (limit < 1) {
        return rp_err_set_string(&RpExc_ValueError, "recursion limit must be greater or equal than 1");
    }
    int depth = rp_tstate()->recursion_depth;
    if (depth >= limit) {
        return rp_err_format(&RpExc_RecursionError,
                             "cannot set the recursion limit to %d at the recursion depth %d: "
                             "the limit is too low",
                             limit, depth);
    }
    rp_tstate()->recursion_limit = limit;
    return rp_none_new();
}

/* ---- exceptions and frames ---------------------------------------------------------------- */

static RpObject *sys_exc_info(RpObject *self, RpObject *unused)
{
    RpObject *exc = rp_err_get_handled();
    if (exc == NULL || exc == rp_None) {
        return rp_tuple_pack(3, rp_None, rp_None, rp_None);
    }
    RpObject *tb = rp_exception_get_traceback_borrow(exc);
    return rp_tuple_pack(3, (RpObject *)rp_type(exc), exc, tb != NULL ? tb : rp_None);
}

static RpObject *sys_exception(RpObject *self, RpObject *unused)
{
    RpObject *exc = rp_err_get_handled();
    return rp_newref(exc != NULL ? exc : rp_None);
}

static RpObject *sys__getframe(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("_getframe", nargs, 0, 1)) {
        return NULL;
    }
    int depth = nargs > 0 ? rp_arg_as_int(args[0]) : 0;
    if (depth == -1 && rp_err_occurred()) {
        return NULL;
    }
    RpObject *f = rp_eval_get_frame(depth < 0 ? 0 : depth);
    if (f == NULL && !rp_err_occurred()) {
        rp_err_set_string(&RpExc_ValueError, "call stack is not deep enough");
    }
    return f;
}

static RpObject *sys_exit(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("exit", nargs, 0, 1)) {
        return NULL;
    }
    RpObject *status = nargs > 0 ? args[0] : rp_None;
    RpObject *exc;
    if (status == rp_None) {
        exc = rp_exception_new(&RpExc_SystemExit, NULL, 0);
    } else if (rp_tuple_check(status)) {
        exc = rp_exception_new(&RpExc_SystemExit, rp_tuple_items(status), (size_t)rp_tuple_len(status));
    } else {
        exc = rp_exception_new(&RpExc_SystemExit, &status, 1);
    }
    if (exc != NULL) {
        rp_err_set_raised_steal(exc);
    }
    return NULL;
}

static RpObject *sys_displayhook(RpObject *self, RpObject *o)
{
    if (o == rp_None) {
        return rp_none_new();
    }
    RpObject *builtins = rp_runtime.builtins_dict;
    RpObject *underscore = rp_str_intern_cstr("_");
    if (underscore == NULL) {
        return NULL;
    }
    if (builtins == NULL || rp_dict_set(builtins, underscore, rp_None) < 0) {
        rp_decref(underscore);
        return rp_err_occurred() ? NULL : rp_err_set_string(&RpExc_RuntimeError, "lost builtins module");
    }
    RpObject *out = rp_sys_get_object_borrow("stdout");
    if (out == NULL || out == rp_None) {
        rp_decref(underscore);
        return rp_err_set_string(&RpExc_RuntimeError, "lost sys.stdout");
    }
    rp_incref(out);
    RpObject *r = rp_object_repr(o);
    RpObject *nl = rp_str_from_cstr("\n");
    int ok = r != NULL && nl != NULL;
    if (ok) {
        RpObject *w1 = rp_call_method(out, rp_id(write), &r, 1);
        RpObject *w2 = w1 != NULL ? rp_call_method(out, rp_id(write), &nl, 1) : NULL;
        ok = w2 != NULL;
        rp_xdecref(w1);
        rp_xdecref(w2);
    }
    rp_xdecref(r);
    rp_xdecref(nl);
    rp_decref(out);
    if (ok && rp_dict_set(builtins, underscore, o) < 0) {
        ok = 0;
    }
    rp_decref(underscore);
    return ok ? rp_none_new() : NULL;
}

/* ---- printing an uncaught exception (when the VM provides no printer) ---- */

/* getattr(o, name) or NULL (errors cleared) */
static RpObject *attr_or_null(RpObject *o, const char *name)
{
    RpObject *v = rp_object_getattr_str(o, name);
    if (v == NULL) {
        rp_err_clear();
    }
    return v;
}

/* "    <line N of file, stripped>\n" */
static void print_source_line(RpObject *filename, long lineno)
{
    const char *path = rp_str_check(filename) ? rp_str_as_utf8(filename, NULL) : NULL;
    if (path == NULL) {
        rp_err_clear();
        return;
    }
    FILE *fp = fopen(path, "rb");
    if (fp == NULL) {
        return;
    }
    char buf[4096];
    long n = 0;
    while (fgets(buf, sizeof(buf), fp) != NULL) {
        size_t len = strlen(buf);
        if (++n == lineno) {
            while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r')) {
                buf[--len] = '\0';
            }
            char *p = buf;
            while (*p == ' ' || *p == '\t' || *p == '\f') {
                p++;
            }
            if (*p != '\0') {
                rp_sys_format_stderr("    %s\n", p);
            }
            break;
        }
        /* a line longer than the buffer: skip its rest */
        while (len > 0 && buf[len - 1] != '\n' && fgets(buf, sizeof(buf), fp) != NULL) {
            len = strlen(buf);
        }
    }
    fclose(fp);
}

static void print_traceback(RpObject *tb)
{
    rp_sys_format_stderr("Traceback (most recent call last):\n");
    RpObject *last_file = NULL, *last_name = NULL;
    long last_line = -1, repeat = 0;
    rp_xincref(tb);
    while (tb != NULL && tb != rp_None) {
        RpObject *frame = attr_or_null(tb, "tb_frame");
        RpObject *code = frame != NULL ? attr_or_null(frame, "f_code") : NULL;
        RpObject *file = code != NULL ? attr_or_null(code, "co_filename") : NULL;
        RpObject *name = code != NULL ? attr_or_null(code, "co_name") : NULL;
        RpObject *lno = attr_or_null(tb, "tb_lineno");
        long line = lno != NULL && rp_int_check(lno) ? rp_int_as_long(lno) : -1;
        rp_err_clear();
        int same = last_file != NULL && file != NULL && name != NULL && line == last_line &&
                   rp_str_check(file) && rp_str_check(last_file) && rp_str_eq(file, last_file) &&
                   rp_str_check(name) && rp_str_check(last_name) && rp_str_eq(name, last_name);
        if (same) {
            repeat++;
        } else {
            if (repeat > 3) {
                rp_sys_format_stderr("  [Previous line repeated %ld more time%s]\n", repeat - 3,
                                     repeat - 3 == 1 ? "" : "s");
            }
            repeat = 1;
        }
        if (repeat <= 3 && file != NULL && name != NULL) {
            rp_sys_format_stderr("  File \"%S\", line %ld, in %S\n", file, line, name);
            print_source_line(file, line);
        }
        RP_XSETREF(last_file, rp_xnewref(file));
        RP_XSETREF(last_name, rp_xnewref(name));
        last_line = line;
        RpObject *next = attr_or_null(tb, "tb_next");
        rp_xdecref(frame);
        rp_xdecref(code);
        rp_xdecref(file);
        rp_xdecref(name);
        rp_xdecref(lno);
        rp_decref(tb);
        tb = next;
    }
    if (repeat > 3) {
        rp_sys_format_stderr("  [Previous line repeated %ld more time%s]\n", repeat - 3,
                             repeat - 3 == 1 ? "" : "s");
    }
    rp_xdecref(tb);
    rp_xdecref(last_file);
    rp_xdecref(last_name);
}

/* "ValueError: message" (module-qualified unless builtins/__main__) */
static void print_exception_only(RpObject *exc)
{
    RpTypeObject *t = rp_type(exc);
    RpObject *qual = attr_or_null((RpObject *)t, "__qualname__");
    RpObject *mod = attr_or_null((RpObject *)t, "__module__");
    RpObject *stype;
    if (qual == NULL) {
        stype = rp_str_from_cstr(rp_type_name(t));
    } else if (mod != NULL && rp_str_check(mod) && !rp_str_eq_cstr(mod, "builtins") &&
               !rp_str_eq_cstr(mod, "__main__")) {
        stype = rp_str_from_format("%U.%S", mod, qual);
    } else {
        stype = rp_newref(qual);
    }
    rp_xdecref(qual);
    rp_xdecref(mod);
    if (stype == NULL) {
        rp_err_clear();
        return;
    }
    if (rp_type_is_subtype(t, &RpExc_SyntaxError)) {
        RpSyntaxErrorObject *se = (RpSyntaxErrorObject *)exc;
        RpObject *file = se->filename, *text = se->text;
        long lineno = se->lineno != NULL && rp_int_check(se->lineno) ? rp_int_as_long(se->lineno) : -1;
        long offset = se->offset != NULL && rp_int_check(se->offset) ? rp_int_as_long(se->offset) : -1;
        long end = se->end_offset != NULL && rp_int_check(se->end_offset)
                       ? rp_int_as_long(se->end_offset) : -1;
        rp_err_clear();
        if (lineno >= 0) {
            rp_sys_format_stderr("  File \"%S\", line %ld\n",
                                 file != NULL && file != rp_None ? file : rp_str_empty_borrow(), lineno);
        }
        if (text != NULL && rp_str_check(text)) {
            rp_ssize_t n = rp_str_len(text), startc = 0;
            while (n > 0 && rp_str_read_char(text, n - 1) == '\n') {
                n--;
            }
            while (startc < n) {
                uint32_t c = rp_str_read_char(text, startc);
                if (c != ' ' && c != '\n' && c != '\f') {
                    break;
                }
                startc++;
            }
            RpObject *lt = rp_str_substring(text, startc, n);
            if (lt != NULL) {
                rp_sys_format_stderr("    %U\n", lt);
                if (offset > 0) {
                    if (end <= 0 || end == offset || end == -1) {
                        end = offset + 1;
                    }
                    long col = offset - 1 - (long)startc, endcol = end - 1 - (long)startc;
                    if (col >= 0 && endcol > col && col <= rp_str_len(lt)) {
                        RpStrWriter w;
                        rp_strwriter_init(&w);
                        for (long i = 0; i < col; i++) {
                            uint32_t c = rp_str_read_char(lt, i);
                            rp_strwriter_write_char(&w, c == '\t' || c == '\f' ? c : ' ');
                        }
                        for (long i = col; i < endcol; i++) {
                            rp_strwriter_write_char(&w, '^');
                        }
                        RpObject *caret = rp_strwriter_finish(&w);
                        if (caret != NULL) {
                            rp_sys_format_stderr("    %U\n", caret);
                            rp_decref(caret);
                        }
                    }
                }
                rp_decref(lt);
            }
            rp_err_clear();
        }
        RpObject *msg = se->msg != NULL && se->msg != rp_None ? rp_object_str(se->msg) : NULL;
        rp_err_clear();
        if (msg != NULL) {
            rp_sys_format_stderr("%U: %U\n", stype, msg);
            rp_decref(msg);
        } else {
            rp_sys_format_stderr("%U: <no detail available>\n", stype);
        }
    } else {
        RpObject *str = rp_object_str(exc);
        if (str == NULL) {
            rp_err_clear();
            rp_sys_format_stderr("%U: <exception str() failed>\n", stype);
        } else {
            if (rp_str_len(str) == 0) {
                rp_sys_format_stderr("%U\n", stype);
            } else {
                rp_sys_format_stderr("%U: %U\n", stype, str);
            }
            rp_decref(str);
        }
    }
    rp_decref(stype);
    /* __notes__ */
    RpObject *notes = attr_or_null(exc, "__notes__");
    if (notes != NULL && (rp_list_check(notes) || rp_tuple_check(notes))) {
        rp_ssize_t n = rp_list_check(notes) ? rp_list_len(notes) : rp_tuple_len(notes);
        for (rp_ssize_t i = 0; i < n; i++) {
            RpObject *note = rp_list_check(notes) ? rp_list_get_borrow(notes, i)
                                                  : rp_tuple_get_borrow(notes, i);
            if (rp_str_check(note)) {
                rp_sys_format_stderr("%U\n", note);
            } else {
                RpObject *r = rp_object_str(note);
                if (r != NULL) {
                    rp_sys_format_stderr("%U\n", r);
                    rp_decref(r);
                }
                rp_err_clear();
            }
        }
    }
    rp_xdecref(notes);
}

static int seen_contains(RpObject *seen, RpObject *o)
{
    for (rp_ssize_t i = 0; i < rp_list_len(seen); i++) {
        if (rp_list_get_borrow(seen, i) == o) {
            return 1;
        }
    }
    return 0;
}

/* CPython's print_exception_recursive: causes and contexts first */
static void print_exception_recursive(RpObject *exc, RpObject *seen, int depth)
{
    if (rp_list_append(seen, exc) < 0) {
        rp_err_clear();
        return;
    }
    RpObject *cause = rp_exception_get_cause_borrow(exc);
    RpObject *context = rp_exception_get_context_borrow(exc);
    int suppress = ((RpBaseExceptionObject *)exc)->suppress_context;
    if (depth < 100) {
        if (cause != NULL && cause != rp_None && rp_exception_check(cause)) {
            if (!seen_contains(seen, cause)) {
                print_exception_recursive(cause, seen, depth + 1);
                rp_sys_format_stderr("\nThe above exception was the direct cause "
                                     "of the following exception:\n\n");
            }
        } else if (context != NULL && context != rp_None && rp_exception_check(context) &&
                   !suppress && !seen_contains(seen, context)) {
            print_exception_recursive(context, seen, depth + 1);
            rp_sys_format_stderr("\nDuring handling of the above exception, "
                                 "another exception occurred:\n\n");
        }
    }
    RpObject *tb = rp_exception_get_traceback_borrow(exc);
    if (tb != NULL && tb != rp_None) {
        print_traceback(tb);
    }
    print_exception_only(exc);
}

static void display_exception(RpObject *exc)
{
    if (rp_err_display != NULL) {
        rp_err_display(exc);
        return;
    }
    RpObject *saved = rp_err_fetch();
    RpObject *seen = rp_list_new(0);
    if (seen != NULL) {
        print_exception_recursive(exc, seen, 0);
        rp_decref(seen);
    }
    RpObject *err = rp_sys_get_object_borrow("stderr");
    if (err != NULL && err != rp_None) {
        rp_incref(err);
        RpObject *r = rp_call_method(err, rp_id(flush), NULL, 0);
        rp_xdecref(r);
        rp_decref(err);
    }
    rp_err_clear();
    rp_err_restore(saved);
}

static RpObject *sys_excepthook(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("excepthook", nargs, 3, 3)) {
        return NULL;
    }
    RpObject *value = args[1];
    if (!rp_exception_check(value)) {
        /* CPython prints "TypeError: print_exception(): Exception expected
           for value, NoneType found" in this case */
        rp_sys_format_stderr("TypeError: print_exception(): Exception expected for value, %s found\n",
                             rp_type(value)->tp_name);
        return rp_none_new();
    }
    if (args[2] != rp_None && rp_exception_get_traceback_borrow(value) != args[2]) {
        rp_exception_set_traceback(value, rp_newref(args[2]));
    }
    display_exception(value);
    return rp_none_new();
}

/* ---- small queries -------------------------------------------------------------------------- */

static RpObject *sys_getdefaultencoding(RpObject *self, RpObject *unused)
{
    return rp_str_from_cstr("utf-8");
}

static RpObject *sys_getfilesystemencodeerrors(RpObject *self, RpObject *unused)
{
    return rp_str_from_cstr("surrogateescape");
}

static RpObject *sys_get_int_max_str_digits(RpObject *self, RpObject *unused)
{
    return rp_int_from_long(rp_runtime.int_max_str_digits);
}

static RpObject *sys_set_int_max_str_digits(RpObject *self, RpObject *const *args, size_t nargs,
                                            RpObject *kwnames)
{
    static const char *const kw[] = { "maxdigits", NULL };
    static const RpArgParser parser = { "set_int_max_str_digits", kw };
    RpObject *a[1];
    if (rp_arg_unpack(&parser, args, nargs, kwnames, 1, 1, 0, a) < 0) {
        return NULL;
    }
    int n = rp_arg_as_int(a[0]);
    if (n == -1 && rp_err_occurred()) {
        return NULL;
    }
    if (n != 0 && n < 640) {
        return rp_err_format(&RpExc_ValueError, "maxdigits must be 0 or larger than %d", 640);
    }
    rp_runtime.int_max_str_digits = n;
    return rp_none_new();
}

static RpObject *sys_is_finalizing(RpObject *self, RpObject *unused)
{
    return rp_bool_from_long(rp_runtime.finalizing);
}

static RpObject *sys_getswitchinterval(RpObject *self, RpObject *unused)
{
    return rp_float_from_double(0.005);
}

static RpObject *sys_setswitchinterval(RpObject *self, RpObject *arg)
{
    double d = rp_float_as_double(arg);
    if (d == -1.0 && rp_err_occurred()) {
        return NULL;
    }
    if (d <= 0.0) {
        return rp_err_set_string(&RpExc_ValueError, "switch interval must be strictly positive");
    }
    return rp_none_new();
}

/* tracing and profiling hooks are accepted and ignored: refpy calls none */
static RpObject *sys_settrace(RpObject *self, RpObject *arg)
{
    return rp_none_new();
}

static RpObject *sys_gettrace(RpObject *self, RpObject *unused)
{
    return rp_none_new();
}

static RpObject *sys_audit(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (nargs == 0) {
        return rp_err_set_string(&RpExc_TypeError, "audit() missing 1 required positional argument: 'event'");
    }
    if (!rp_str_check(args[0])) {
        return rp_err_format(&RpExc_TypeError, "expected str for argument 'event', not %T", args[0]);
    }
    return rp_none_new();
}

static RpObject *sys_call_tracing(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("call_tracing", nargs, 2, 2)) {
        return NULL;
    }
    if (!rp_tuple_check(args[1])) {
        return rp_err_format(&RpExc_TypeError, "call_tracing() argument 2 must be tuple, not %T",
                             args[1]);
    }
    return rp_call_tuple_dict(args[0], args[1], NULL);
}

static RpObject *sys_getdlopenflags(RpObject *self, RpObject *unused)
{
    return rp_int_from_long(2);    /* RTLD_NOW */
}

static RpObject *sys_setdlopenflags(RpObject *self, RpObject *arg)
{
    int v = rp_arg_as_int(arg);
    if (v == -1 && rp_err_occurred()) {
        return NULL;
    }
    return rp_none_new();
}

static RpObject *sys_get_coroutine_origin_tracking_depth(RpObject *self, RpObject *unused)
{
    return rp_int_from_long(0);
}

static RpObject *sys_set_coroutine_origin_tracking_depth(RpObject *self, RpObject *const *args,
                                                         size_t nargs, RpObject *kwnames)
{
    static const char *const kw[] = { "depth", NULL };
    static const RpArgParser parser = { "set_coroutine_origin_tracking_depth", kw };
    RpObject *a[1];
    if (rp_arg_unpack(&parser, args, nargs, kwnames, 1, 1, 0, a) < 0) {
        return NULL;
    }
    int depth = rp_arg_as_int(a[0]);
    if (depth == -1 && rp_err_occurred()) {
        return NULL;
    }
    if (depth < 0) {
        return rp_err_set_string(&RpExc_ValueError, "depth must be >= 0");
    }
    return rp_none_new();
}

/* sys.breakpointhook: refpy has no debugger (pdb); like CPython when the
 * hook cannot be imported, nothing happens */
static RpObject *sys_breakpointhook(RpObject *self, RpObject *const *args, size_t nargs,
                                    RpObject *kwnames)
{
    return rp_none_new();
}

static RpObject *sys_addaudithook(RpObject *self, RpObject *arg)
{
    return rp_none_new();
}

static RpObject *sys_clear_type_cache(RpObject *self, RpObject *unused)
{
    return rp_none_new();
}

#define FAST RP_METH_FASTCALL
#define FASTKW (RP_METH_FASTCALL | RP_METH_KEYWORDS)

static RpMethodDef sys_methods[] = {
    { "addaudithook", RP_CFUNC(sys_addaudithook), RP_METH_O, "Adds a new audit hook callback." },
    { "breakpointhook", RP_CFUNC(sys_breakpointhook), FASTKW, "Called by the built-in breakpoint()." },
    { "call_tracing", RP_CFUNC(sys_call_tracing), FAST, "Call func(*args), while tracing is enabled." },
    { "getdlopenflags", RP_CFUNC(sys_getdlopenflags), RP_METH_NOARGS, "Return the current value of the flags that are used for dlopen calls." },
    { "setdlopenflags", RP_CFUNC(sys_setdlopenflags), RP_METH_O, "Set the flags used by the interpreter for dlopen calls." },
    { "get_coroutine_origin_tracking_depth", RP_CFUNC(sys_get_coroutine_origin_tracking_depth), RP_METH_NOARGS, "Check status of origin tracking for coroutine objects in this thread." },
    { "set_coroutine_origin_tracking_depth", RP_CFUNC(sys_set_coroutine_origin_tracking_depth), FASTKW, "Enable or disable origin tracking for coroutine objects in this thread." },
    { "audit", RP_CFUNC(sys_audit), FAST, "Passes the event to any audit hooks that are attached." },
    { "displayhook", RP_CFUNC(sys_displayhook), RP_METH_O, "Print an object to sys.stdout and also save it in builtins._" },
    { "excepthook", RP_CFUNC(sys_excepthook), FAST, "Handle an exception by displaying it with a traceback on sys.stderr." },
    { "exc_info", RP_CFUNC(sys_exc_info), RP_METH_NOARGS, "Return current exception information: (type, value, traceback)." },
    { "exception", RP_CFUNC(sys_exception), RP_METH_NOARGS, "Return the current exception." },
    { "exit", RP_CFUNC(sys_exit), FAST, "Exit the interpreter by raising SystemExit(status)." },
    { "getdefaultencoding", RP_CFUNC(sys_getdefaultencoding), RP_METH_NOARGS, "Return the current default encoding used by the Unicode implementation." },
    { "getfilesystemencoding", RP_CFUNC(sys_getdefaultencoding), RP_METH_NOARGS, "Return the encoding used to convert Unicode filenames to OS filenames." },
    { "getfilesystemencodeerrors", RP_CFUNC(sys_getfilesystemencodeerrors), RP_METH_NOARGS, "Return the error mode used Unicode to OS filename conversion." },
    { "getrefcount", RP_CFUNC(sys_getrefcount), RP_METH_O, "Return the reference count of object.\n\nThe count returned is generally one higher than you might expect,\nbecause it includes the (temporary) reference as an argument to\ngetrefcount()." },
    { "getsizeof", RP_CFUNC(sys_getsizeof), FASTKW, "getsizeof(object [, default]) -> int\n\nReturn the size of object in bytes." },
    { "getallocatedblocks", RP_CFUNC(sys_getallocatedblocks), RP_METH_NOARGS, "Return the number of memory blocks currently allocated." },
    { "_debugmallocstats", RP_CFUNC(sys_debugmallocstats), RP_METH_NOARGS, "Print summary info to stderr about the state of the object allocator." },
    { "getrecursionlimit", RP_CFUNC(sys_getrecursionlimit), RP_METH_NOARGS, "Return the current value of the recursion limit." },
    { "setrecursionlimit", RP_CFUNC(sys_setrecursionlimit), RP_METH_O, "Set the maximum depth of the Python interpreter stack to n." },
    { "intern", RP_CFUNC(sys_intern), RP_METH_O, "``Intern'' the given string." },
    { "_getframe", RP_CFUNC(sys__getframe), FAST, "Return a frame object from the call stack." },
    { "get_int_max_str_digits", RP_CFUNC(sys_get_int_max_str_digits), RP_METH_NOARGS, "Return the maximum string digits limit for non-binary int<->str conversions." },
    { "set_int_max_str_digits", RP_CFUNC(sys_set_int_max_str_digits), FASTKW, "Set the maximum string digits limit for non-binary int<->str conversions." },
    { "is_finalizing", RP_CFUNC(sys_is_finalizing), RP_METH_NOARGS, "Return True if Python is exiting." },
    { "getswitchinterval", RP_CFUNC(sys_getswitchinterval), RP_METH_NOARGS, "Return the current thread switch interval; see sys.setswitchinterval()." },
    { "setswitchinterval", RP_CFUNC(sys_setswitchinterval), RP_METH_O, "Set the ideal thread switching delay inside the Python interpreter." },
    { "settrace", RP_CFUNC(sys_settrace), RP_METH_O, "Set the global debug tracing function." },
    { "gettrace", RP_CFUNC(sys_gettrace), RP_METH_NOARGS, "Return the global debug tracing function set with sys.settrace." },
    { "setprofile", RP_CFUNC(sys_settrace), RP_METH_O, "Set the profiling function." },
    { "getprofile", RP_CFUNC(sys_gettrace), RP_METH_NOARGS, "Return the profiling function set with sys.setprofile." },
    { "_clear_type_cache", RP_CFUNC(sys_clear_type_cache), RP_METH_NOARGS, "Clear the internal type lookup cache." },
    { NULL, NULL, 0, NULL }
};

/* ---- named tuples: version_info, flags, float_info, int_info, hash_info --------------------- */

static RpTypeObject VersionInfo_Type, Flags_Type, FloatInfo_Type, IntInfo_Type, HashInfo_Type;

static const RpStructSeqField version_info_fields[] = {
    { "major", "Major release number" }, { "minor", "Minor release number" },
    { "micro", "Patch release number" }, { "releaselevel", "'alpha', 'beta', 'candidate', or 'final'" },
    { "serial", "Serial release number" }, { NULL, NULL }
};
static const RpStructSeqDesc version_info_desc = {
    "sys.version_info", "sys.version_info\n\nVersion information as a named tuple.",
    version_info_fields, 5
};

static const RpStructSeqField flags_fields[] = {
    { "debug", "-d" }, { "inspect", "-i" }, { "interactive", "-i" }, { "optimize", "-O or -OO" },
    { "dont_write_bytecode", "-B" }, { "no_user_site", "-s" }, { "no_site", "-S" },
    { "ignore_environment", "-E" }, { "verbose", "-v" }, { "bytes_warning", "-b" },
    { "quiet", "-q" }, { "hash_randomization", "-R" }, { "isolated", "-I" },
    { "dev_mode", "-X dev" }, { "utf8_mode", "-X utf8" },
    { "warn_default_encoding", "-X warn_default_encoding" }, { "safe_path", "-P" },
    { "int_max_str_digits", "-X int_max_str_digits" }, { NULL, NULL }
};
static const RpStructSeqDesc flags_desc = {
    "sys.flags", "sys.flags\n\nFlags provided through command line arguments or environment vars.",
    flags_fields, 18
};

static const RpStructSeqField float_info_fields[] = {
    { "max", "DBL_MAX -- maximum representable finite float" },
    { "max_exp", "DBL_MAX_EXP -- maximum int e such that radix**(e-1) is representable" },
    { "max_10_exp", "DBL_MAX_10_EXP -- maximum int e such that 10**e is representable" },
    { "min", "DBL_MIN -- Minimum positive normalized float" },
    { "min_exp", "DBL_MIN_EXP -- minimum int e such that radix**(e-1) is a normalized float" },
    { "min_10_exp", "DBL_MIN_10_EXP -- minimum int e such that 10**e is a normalized float" },
    { "dig", "DBL_DIG -- maximum number of decimal digits that can be faithfully represented in a float" },
    { "mant_dig", "DBL_MANT_DIG -- mantissa digits" },
    { "epsilon", "DBL_EPSILON -- Difference between 1 and the next representable float" },
    { "radix", "FLT_RADIX -- radix of exponent" },
    { "rounds", "FLT_ROUNDS -- rounding mode used for arithmetic operations" },
    { NULL, NULL }
};
static const RpStructSeqDesc float_info_desc = {
    "sys.float_info", "sys.float_info\n\nA named tuple holding information about the float type.",
    float_info_fields, 11
};

static const RpStructSeqField int_info_fields[] = {
    { "bits_per_digit", "size of a digit in bits" },
    { "sizeof_digit", "size in bytes of the C type used to represent a digit" },
    { "default_max_str_digits", "maximum string conversion digits limitation" },
    { "str_digits_check_threshold", "minimum positive value for int_max_str_digits" },
    { NULL, NULL }
};
static const RpStructSeqDesc int_info_desc = {
    "sys.int_info", "sys.int_info\n\nA named tuple that holds information about Python's\n"
    "internal representation of integers.", int_info_fields, 4
};

static const RpStructSeqField hash_info_fields[] = {
    { "width", "width of the type used for hashing, in bits" },
    { "modulus", "prime number giving the modulus on which the hash function is based" },
    { "inf", "value to be used for hash of a positive infinity" },
    { "nan", "value to be used for hash of a nan" },
    { "imag", "multiplier used for the imaginary part of a complex number" },
    { "algorithm", "name of the algorithm for hashing of str, bytes and memoryviews" },
    { "hash_bits", "internal output size of hash algorithm" },
    { "seed_bits", "seed size of hash algorithm" },
    { "cutoff", "small string optimization cutoff" },
    { NULL, NULL }
};
static const RpStructSeqDesc hash_info_desc = {
    "sys.hash_info", "hash_info\n\nA named tuple providing parameters used for computing\n"
    "hashes. The attributes are read only.", hash_info_fields, 9
};

static const RpStructSeqField thread_info_fields[] = {
    { "name", "name of the thread implementation" },
    { "lock", "name of the lock implementation" },
    { "version", "name and version of the thread library" }, { NULL, NULL }
};
static const RpStructSeqDesc thread_info_desc = {
    "sys.thread_info", "sys.thread_info\n\nA named tuple holding information about the thread implementation.",
    thread_info_fields, 3
};
static RpTypeObject ThreadInfo_Type;

static RpMemberDef version_info_getset[6], flags_getset[19], float_info_getset[12],
    int_info_getset[5], hash_info_getset[10], thread_info_getset[4];

/* Build a structseq from a format of values: 'i' long, 'd' double, 's' C
 * string, 'b' bool (int), 'O' object (borrowed). */
static RpObject *make_seq(RpTypeObject *type, const char *fmt, ...)
{
    RpObject *seq = rp_structseq_new(type);
    if (seq == NULL) {
        return NULL;
    }
    va_list ap;
    va_start(ap, fmt);
    rp_ssize_t i = 0;
    int ok = 1;
    for (const char *p = fmt; *p; p++, i++) {
        RpObject *v = NULL;
        switch (*p) {
        case 'i': v = rp_int_from_long(va_arg(ap, long)); break;
        case 'd': v = rp_float_from_double(va_arg(ap, double)); break;
        case 's': v = rp_str_from_cstr(va_arg(ap, const char *)); break;
        case 'b': v = rp_bool_from_long(va_arg(ap, int)); break;
        case 'O': v = rp_newref(va_arg(ap, RpObject *)); break;
        default: break;
        }
        if (v == NULL) {
            ok = 0;
            v = rp_newref(rp_None);
        }
        rp_structseq_set_steal(seq, i, v);
    }
    va_end(ap);
    if (!ok) {
        rp_decref(seq);
        return NULL;
    }
    return seq;
}

static int init_seq_types(void)
{
    if (VersionInfo_Type.tp_flags & RP_TPFLAGS_READY) {
        return 0;
    }
    if (rp_structseq_init_type(&VersionInfo_Type, &version_info_desc, version_info_getset, 0) < 0 ||
        rp_structseq_init_type(&Flags_Type, &flags_desc, flags_getset, 0) < 0 ||
        rp_structseq_init_type(&FloatInfo_Type, &float_info_desc, float_info_getset, 0) < 0 ||
        rp_structseq_init_type(&IntInfo_Type, &int_info_desc, int_info_getset, 0) < 0 ||
        rp_structseq_init_type(&HashInfo_Type, &hash_info_desc, hash_info_getset, 0) < 0 ||
        rp_structseq_init_type(&ThreadInfo_Type, &thread_info_desc, thread_info_getset, 0) < 0) {
        return -1;
    }
    return 0;
}

static int env_flag(const char *name)
{
    const char *v = getenv(name);
    if (v == NULL || v[0] == '\0') {
        return 0;
    }
    int n = atoi(v);
    return n > 0 ? n : 1;
}

static RpObject *make_flags(const RpSysConfig *c)
{
    return make_seq(&Flags_Type, "iiiiiiiiiiiiibiibi",
                    (long)c->debug, (long)c->inspect, (long)c->interactive,
                    (long)c->optimize, (long)c->dont_write_bytecode, (long)c->no_user_site,
                    (long)c->no_site, (long)c->ignore_environment, (long)c->verbose,
                    (long)c->bytes_warning, (long)c->quiet, 1L, (long)c->isolated, 0, 0L, 0L,
                    c->safe_path, -1L);
}

int rp_sys_set_config(const RpSysConfig *config)
{
    RpObject *flags = make_flags(config);
    if (flags == NULL) {
        return -1;
    }
    int r = rp_sys_set_object("flags", flags);
    rp_decref(flags);
    if (r == 0) {
        r = rp_sys_set_object("dont_write_bytecode", config->dont_write_bytecode ? rp_True : rp_False);
    }
    if (r == 0) {
        /* -u (or PYTHONUNBUFFERED without -E): write through; else stdout
           line buffered on a terminal only */
        RpObject *out = rp_sys_get_object_borrow("stdout");
        RpObject *err = rp_sys_get_object_borrow("stderr");
        int u = config->unbuffered != 0;
        if (out != NULL) {
            rp_file_set_buffering(out, !u && isatty(1), u);
        }
        if (err != NULL) {
            rp_file_set_buffering(err, 1, u);
        }
    }
    return r;
}

/* ---- start-up ----------------------------------------------------------------------------------------- */

static int set_steal(RpObject *d, const char *name, RpObject *v)
{
    if (v == NULL) {
        return -1;
    }
    int r = rp_dict_set_cstr(d, name, v);
    rp_decref(v);
    return r;
}

/* a standard stream, or None when the descriptor is not open */
static RpObject *std_stream(int fd, const char *name, const char *mode, int line, int through,
                            int backslash)
{
    if (fcntl(fd, F_GETFD) < 0) {
        return rp_newref(rp_None);
    }
    return rp_file_from_fd(fd, name, mode, line, through, backslash);
}

static RpObject *make_path(const char *argv0)
{
    RpObject *path = rp_list_new(0);
    if (path == NULL) {
        return NULL;
    }
    RpObject *first = NULL;
    if (argv0 == NULL || argv0[0] == '\0' || strcmp(argv0, "-c") == 0 || strcmp(argv0, "-") == 0) {
        first = rp_str_from_cstr("");
    } else if (strcmp(argv0, "-m") == 0) {
        char cwd[4096];
        first = rp_str_from_cstr(getcwd(cwd, sizeof(cwd)) != NULL ? cwd : "");
    } else {
        char *full = realpath(argv0, NULL);
        const char *p = full != NULL ? full : argv0;
        const char *slash = strrchr(p, '/');
        struct stat sb;
        if (full != NULL && stat(full, &sb) == 0 && S_ISDIR(sb.st_mode)) {
            /* a directory run as a program (its __main__.py) */
            first = rp_str_from_cstr(full);
        } else if (slash == NULL) {
            char cwd[4096];
            first = rp_str_from_cstr(getcwd(cwd, sizeof(cwd)) != NULL ? cwd : "");
        } else if (slash == p) {
            first = rp_str_from_cstr("/");
        } else {
            first = rp_str_from_utf8(p, (rp_ssize_t)(slash - p));
        }
        free(full);
    }
    if (first == NULL || rp_list_append(path, first) < 0) {
        rp_xdecref(first);
        rp_decref(path);
        return NULL;
    }
    rp_decref(first);
    const char *pp = getenv("PYTHONPATH");
    while (pp != NULL && *pp) {
        const char *colon = strchr(pp, ':');
        size_t n = colon != NULL ? (size_t)(colon - pp) : strlen(pp);
        if (n > 0) {
            RpObject *e = rp_str_from_utf8(pp, (rp_ssize_t)n);
            if (e == NULL || rp_list_append(path, e) < 0) {
                rp_xdecref(e);
                rp_decref(path);
                return NULL;
            }
            rp_decref(e);
        }
        pp = colon != NULL ? colon + 1 : NULL;
    }
    return path;
}

/* a list of exactly n strings (CPython's PyList_New(n): sys.getsizeof
 * of sys.argv shows no over-allocation) */
static RpObject *str_list(int n, char **items)
{
    RpObject *list = rp_list_new(n);
    if (list == NULL) {
        return NULL;
    }
    for (int i = 0; i < n; i++) {
        RpObject *s = rp_str_from_cstr(items[i]);
        if (s == NULL) {
            s = rp_str_from_utf8_surrogatepass(items[i], (rp_ssize_t)strlen(items[i]));
            rp_err_clear();
        }
        if (s == NULL) {
            rp_decref(list);
            return NULL;
        }
        rp_list_set_steal(list, i, s);
    }
    return list;
}

static RpObject *builtin_module_names(void)
{
    RpObject *list = rp_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    for (const RpBuiltinModule *m = rp_builtin_modules; m->name != NULL; m++) {
        if (!rp_builtin_module_exists(m->name)) {
            continue;
        }
        RpObject *s = rp_str_from_cstr(m->name);
        if (s == NULL || rp_list_append(list, s) < 0) {
            rp_xdecref(s);
            rp_decref(list);
            return NULL;
        }
        rp_decref(s);
    }
    if (rp_list_sort(list) < 0) {
        rp_decref(list);
        return NULL;
    }
    RpObject *t = rp_list_as_tuple(list);
    rp_decref(list);
    return t;
}

static RpObject *executable(void)
{
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);
    if (n < 0) {
        return rp_str_from_cstr("");
    }
    buf[n] = '\0';
    return rp_str_from_cstr(buf);
}

static int fill_sys(RpObject *m, int argc, char **argv)
{
    RpObject *d = rp_module_dict_borrow(m);
    const char *compiler =
#if defined(__clang__)
        "[Clang " __clang_version__ "]";
#elif defined(__GNUC__)
        "[GCC " __VERSION__ "]";
#else
        "[C]";
#endif
    RpObject *version_info = make_seq(&VersionInfo_Type, "iiisi", 3L, 11L, 7L, "final", 0L);
    if (version_info == NULL) {
        return -1;
    }
    RpObject *impl_kw = rp_dict_new();
    int r = impl_kw == NULL ||
            set_steal(impl_kw, "name", rp_str_from_cstr("refpy")) < 0 ||
            rp_dict_set_cstr(impl_kw, "cache_tag", rp_None) < 0 ||
            rp_dict_set_cstr(impl_kw, "version", version_info) < 0 ||
            set_steal(impl_kw, "hexversion", rp_int_from_long(RP_HEXVERSION)) < 0 ||
            set_steal(impl_kw, "_multiarch", rp_str_from_cstr("x86_64-linux-gnu")) < 0;
    RpObject *impl = r ? NULL : rp_namespace_new(&RpNamespace_Type, impl_kw);
    rp_xdecref(impl_kw);
    if (impl == NULL) {
        rp_decref(version_info);
        return -1;
    }

    RpSysConfig cfg = { 0 };
    cfg.dont_write_bytecode = env_flag("PYTHONDONTWRITEBYTECODE");
    cfg.optimize = env_flag("PYTHONOPTIMIZE");
    cfg.verbose = env_flag("PYTHONVERBOSE");
    cfg.inspect = env_flag("PYTHONINSPECT");
    cfg.unbuffered = env_flag("PYTHONUNBUFFERED");
    int buffered = !cfg.unbuffered;

    union { uint16_t u; char c[2]; } endian = { 1 };
    const char *argv0 = argc > 0 ? argv[0] : "";

    if (set_steal(d, "version", rp_str_from_format("%s (refpy) %s", RP_VERSION, compiler)) < 0 ||
        set_steal(d, "version_info", version_info) < 0 ||
        set_steal(d, "hexversion", rp_int_from_long(RP_HEXVERSION)) < 0 ||
        set_steal(d, "api_version", rp_int_from_long(1013)) < 0 ||
        set_steal(d, "implementation", impl) < 0 ||
        set_steal(d, "platform", rp_str_from_cstr("linux")) < 0 ||
        set_steal(d, "byteorder", rp_str_from_cstr(endian.c[0] ? "little" : "big")) < 0 ||
        set_steal(d, "maxsize", rp_int_from_ssize_t(RP_SSIZE_T_MAX)) < 0 ||
        set_steal(d, "maxunicode", rp_int_from_long(0x10ffff)) < 0 ||
        set_steal(d, "executable", executable()) < 0 ||
        set_steal(d, "_base_executable", executable()) < 0 ||
        set_steal(d, "prefix", rp_str_from_cstr("/usr/local")) < 0 ||
        set_steal(d, "base_prefix", rp_str_from_cstr("/usr/local")) < 0 ||
        set_steal(d, "exec_prefix", rp_str_from_cstr("/usr/local")) < 0 ||
        set_steal(d, "base_exec_prefix", rp_str_from_cstr("/usr/local")) < 0 ||
        set_steal(d, "platlibdir", rp_str_from_cstr("lib")) < 0 ||
        rp_dict_set_cstr(d, "pycache_prefix", rp_None) < 0 ||
        set_steal(d, "abiflags", rp_str_from_cstr("")) < 0 ||
        set_steal(d, "float_repr_style", rp_str_from_cstr("short")) < 0 ||
        set_steal(d, "copyright", rp_str_from_cstr(
            "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
            "refpy: a Python 3.11 interpreter written in C.")) < 0 ||
        set_steal(d, "argv", str_list(argc, argv)) < 0 ||
        set_steal(d, "orig_argv", str_list(argc, argv)) < 0 ||
        set_steal(d, "path", make_path(argv0)) < 0 ||
        set_steal(d, "meta_path", rp_list_new(0)) < 0 ||
        set_steal(d, "path_hooks", rp_list_new(0)) < 0 ||
        set_steal(d, "path_importer_cache", rp_dict_new()) < 0 ||
        set_steal(d, "warnoptions", rp_list_new(0)) < 0 ||
        set_steal(d, "_xoptions", rp_dict_new()) < 0 ||
        rp_dict_set_cstr(d, "modules", rp_runtime.modules) < 0 ||
        set_steal(d, "builtin_module_names", builtin_module_names()) < 0 ||
        set_steal(d, "flags", make_flags(&cfg)) < 0 ||
        set_steal(d, "float_info", make_seq(&FloatInfo_Type, "diidiiiidii", DBL_MAX,
                                             (long)DBL_MAX_EXP, (long)DBL_MAX_10_EXP, DBL_MIN,
                                             (long)DBL_MIN_EXP, (long)DBL_MIN_10_EXP, (long)DBL_DIG,
                                             (long)DBL_MANT_DIG, DBL_EPSILON, (long)FLT_RADIX,
                                             1L)) < 0 ||
        set_steal(d, "int_info", make_seq(&IntInfo_Type, "iiii", 30L, 4L, 4300L, 640L)) < 0 ||
        set_steal(d, "thread_info", make_seq(&ThreadInfo_Type, "sss", "pthread", "semaphore",
                                             "NPTL 2.36")) < 0 ||
        set_steal(d, "dont_write_bytecode", rp_bool_from_long(cfg.dont_write_bytecode)) < 0 ||
        set_steal(d, "hash_info", make_seq(&HashInfo_Type, "iiiiisiii", 64L,
                                            2305843009213693951L, 314159L, 0L, 1000003L,
                                            "siphash13", 64L, 128L, 0L)) < 0) {
        return -1;
    }

    /* the standard streams (CPython: line buffered on a terminal, block
       buffered otherwise; stderr always line buffered; PYTHONUNBUFFERED
       writes through) */
    RpObject *in = std_stream(0, "<stdin>", "r", 0, 0, 0);
    RpObject *out = std_stream(1, "<stdout>", "w", buffered && isatty(1), !buffered, 0);
    RpObject *err = std_stream(2, "<stderr>", "w", 1, !buffered, 1);
    int bad = in == NULL || out == NULL || err == NULL ||
              rp_dict_set_cstr(d, "stdin", in) < 0 || rp_dict_set_cstr(d, "__stdin__", in) < 0 ||
              rp_dict_set_cstr(d, "stdout", out) < 0 || rp_dict_set_cstr(d, "__stdout__", out) < 0 ||
              rp_dict_set_cstr(d, "stderr", err) < 0 || rp_dict_set_cstr(d, "__stderr__", err) < 0;
    rp_xdecref(in);
    rp_xdecref(out);
    rp_xdecref(err);
    if (bad) {
        return -1;
    }

    if (rp_module_add_functions(m, sys_methods) < 0) {
        return -1;
    }
    /* the original hooks, kept as __displayhook__ / __excepthook__ */
    RpObject *dh = rp_dict_get_cstr_borrow(d, "displayhook");
    RpObject *eh = rp_dict_get_cstr_borrow(d, "excepthook");
    RpObject *bh = rp_dict_get_cstr_borrow(d, "breakpointhook");
    if (bh == NULL || rp_dict_set_cstr(d, "__breakpointhook__", bh) < 0) {
        return -1;
    }
    if (dh == NULL || eh == NULL || rp_dict_set_cstr(d, "__displayhook__", dh) < 0 ||
        rp_dict_set_cstr(d, "__excepthook__", eh) < 0) {
        return -1;
    }
    return 0;
}

static const char sys_doc[] =
    "This module provides access to some objects used or maintained by the\n"
    "interpreter and to functions that interact strongly with the interpreter.";

RpObject *rp_sys_init(int argc, char **argv)
{
    if (rp_runtime.sysmod != NULL) {
        return rp_newref(rp_runtime.sysmod);
    }
    if (rp_namespace_init_types() < 0 || init_seq_types() < 0 || rp_fileio_init_types() < 0) {
        return NULL;
    }
    /* as CPython's start-up: a write to a closed pipe is an EPIPE error
       (BrokenPipeError), not a fatal signal */
    signal(SIGPIPE, SIG_IGN);
#ifdef SIGXFSZ
    signal(SIGXFSZ, SIG_IGN);
#endif
    if (rp_tstate()->recursion_limit == 0) {
        rp_tstate()->recursion_limit = 1000;
    }
    const char *digits = getenv("PYTHONINTMAXSTRDIGITS");
    rp_runtime.int_max_str_digits = digits != NULL && digits[0] ? atoi(digits) : 4300;
    if (rp_runtime.modules == NULL) {
        rp_runtime.modules = rp_dict_new();
        if (rp_runtime.modules == NULL) {
            return NULL;
        }
    }
    RpObject *m = rp_module_new("sys");
    if (m == NULL) {
        return NULL;
    }
    RpObject *doc = rp_str_from_cstr(sys_doc);
    if (doc == NULL || rp_dict_set(rp_module_dict_borrow(m), rp_id(__doc__), doc) < 0) {
        rp_xdecref(doc);
        rp_decref(m);
        return NULL;
    }
    rp_decref(doc);
    rp_runtime.sysmod = rp_newref(m);
    RpObject *builtins = rp_runtime.builtins;
    if (fill_sys(m, argc, argv) < 0 ||
        rp_dict_set_cstr(rp_runtime.modules, "sys", m) < 0 ||
        (builtins != NULL && rp_dict_set_cstr(rp_runtime.modules, "builtins", builtins) < 0) ||
        rp_import_set_builtin_attrs(m) < 0 ||
        (builtins != NULL && rp_import_set_builtin_attrs(builtins) < 0)) {
        RP_CLEAR(rp_runtime.sysmod);
        rp_decref(m);
        return NULL;
    }
    return m;
}
