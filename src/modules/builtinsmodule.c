/* builtinsmodule.c - the builtins module: what every program can name
 * without importing anything.
 *
 * Models CPython 3.11's Python/bltinmodule.c.  This file holds the module
 * itself (rp_builtins_init) and the built-ins that need the interpreter's
 * state: print, input, globals, locals, vars, dir, exec, eval, compile,
 * __build_class__, and exit/quit.  The computing ones (len, min, sum ...)
 * are in builtins_functions.c, open() in fileio.c, __import__ in
 * vm/import.c.
 */
#include "builtins.h"

#include <string.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../objects/boolobject.h"
#include "../objects/bytesobject.h"
#include "../objects/descrobject.h"
#include "../objects/dictobject.h"
#include "../objects/enumobject.h"
#include "../objects/exceptions.h"
#include "../objects/floatobject.h"
#include "../objects/intobject.h"
#include "../objects/iterobject.h"
#include "../objects/listobject.h"
#include "../objects/methodobject.h"
#include "../objects/moduleobject.h"
#include "../objects/noneobject.h"
#include "../objects/rangeobject.h"
#include "../objects/setobject.h"
#include "../objects/sliceobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../objects/typeobject.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "config.h"
#include "fileio.h"
#include "modsupport.h"
#include "vm_api.h"

/* Types other areas define that may not be linked in yet: declared weak,
 * so a missing one is left out of builtins instead of breaking the link.
 * These are the names the builtins expect. */
#if defined(__GNUC__) || defined(__clang__)
#define RP_WEAK __attribute__((weak))
#else
#define RP_WEAK
#endif
extern RpTypeObject RpComplex_Type RP_WEAK;      /* numbers */
extern RpTypeObject RpMemoryView_Type RP_WEAK;   /* strings: memoryview */


/* sys.<name> (borrowed) or NULL without exception */
static RpObject *sys_get_borrow(RpObject *name)
{
    if (rp_runtime.sysmod == NULL) {
        return NULL;
    }
    return rp_dict_get_borrow(rp_module_dict_borrow(rp_runtime.sysmod), name);
}

/* ---- print --------------------------------------------------------------------- */

/* PyFile_WriteObject(v, file, Py_PRINT_RAW): file.write(str(v)) */
static int file_write_object(RpObject *v, RpObject *file)
{
    if (rp_file_check(file)) {
        RpObject *s = rp_str_check_exact(v) ? rp_newref(v) : rp_object_str(v);
        if (s == NULL) {
            return -1;
        }
        int r = rp_file_write_str(file, s);
        rp_decref(s);
        return r;
    }
    RpObject *writer = rp_object_getattr(file, rp_id(write));
    if (writer == NULL) {
        return -1;
    }
    RpObject *s = rp_object_str(v);
    if (s == NULL) {
        rp_decref(writer);
        return -1;
    }
    RpObject *r = rp_call_one(writer, s);
    rp_decref(s);
    rp_decref(writer);
    if (r == NULL) {
        return -1;
    }
    rp_decref(r);
    return 0;
}

/* a one-character separator (" " or "\n") */
static int file_write_char(char c, RpObject *file)
{
    if (rp_file_check(file)) {
        if (rp_type(file) != &RpTextIO_Type) {
            RpObject *s = rp_str_from_char((uint32_t)(unsigned char)c);
            int r = s == NULL ? -1 : rp_file_write_str(file, s);
            rp_xdecref(s);
            return r;
        }
        return rp_file_write_ascii(file, &c, 1);
    }
    RpObject *s = rp_str_from_char((uint32_t)(unsigned char)c);   /* cached */
    if (s == NULL) {
        return -1;
    }
    int r = file_write_object(s, file);
    rp_decref(s);
    return r;
}

static RpObject *builtin_print(RpObject *self, RpObject *const *args, size_t nargs,
                               RpObject *kwnames)
{
    RpObject *sep = NULL, *end = NULL, *file = NULL, *flush = NULL;
    rp_ssize_t nkw = (rp_ssize_t)rp_arg_nkw(kwnames);
    for (rp_ssize_t i = 0; i < nkw; i++) {
        RpObject *k = rp_tuple_get_borrow(kwnames, i);
        RpObject *v = args[nargs + (size_t)i];
        if (!rp_str_check(k)) {
            return rp_err_set_string(&RpExc_TypeError, "keywords must be strings");
        }
        if (k == rp_id(sep) || rp_str_eq_cstr(k, "sep")) {
            sep = v;
        } else if (k == rp_id(end) || rp_str_eq_cstr(k, "end")) {
            end = v;
        } else if (k == rp_id(file) || rp_str_eq_cstr(k, "file")) {
            file = v;
        } else if (k == rp_id(flush) || rp_str_eq_cstr(k, "flush")) {
            flush = v;
        } else {
            return rp_err_format(&RpExc_TypeError,
                                 "'%U' is an invalid keyword argument for print()", k);
        }
    }
    if (file == NULL || file == rp_None) {
        file = sys_get_borrow(rp_id(stdout));
        if (file == NULL) {
            return rp_err_occurred() ? NULL
                                     : rp_err_set_string(&RpExc_RuntimeError, "lost sys.stdout");
        }
        if (file == rp_None) {
            return rp_none_new();    /* no stdout: print does nothing */
        }
    }
    if (sep == rp_None) {
        sep = NULL;
    } else if (sep != NULL && !rp_str_check(sep)) {
        return rp_err_format(&RpExc_TypeError, "sep must be None or a string, not %s",
                             rp_type(sep)->tp_name);
    }
    if (end == rp_None) {
        end = NULL;
    } else if (end != NULL && !rp_str_check(end)) {
        return rp_err_format(&RpExc_TypeError, "end must be None or a string, not %s",
                             rp_type(end)->tp_name);
    }
    rp_incref(file);     /* a write may replace sys.stdout */
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0 && (sep == NULL ? file_write_char(' ', file) : file_write_object(sep, file)) < 0) {
            goto error;
        }
        if (file_write_object(args[i], file) < 0) {
            goto error;
        }
    }
    if ((end == NULL ? file_write_char('\n', file) : file_write_object(end, file)) < 0) {
        goto error;
    }
    if (flush != NULL) {
        int f = rp_object_is_true(flush);
        if (f < 0) {
            goto error;
        }
        if (f) {
            RpObject *r = rp_call_method(file, rp_id(flush), NULL, 0);
            if (r == NULL) {
                goto error;
            }
            rp_decref(r);
        }
    }
    rp_decref(file);
    return rp_none_new();
error:
    rp_decref(file);
    return NULL;
}

/* ---- input --------------------------------------------------------------------- */

static RpObject *builtin_input(RpObject *self, RpObject *const *args, size_t nargs,
                               RpObject *kwnames)
{
    if (!rp_arg_no_kwnames("input", kwnames) || !rp_arg_check_positional("input", nargs, 0, 1)) {
        return NULL;
    }
    RpObject *fin = sys_get_borrow(rp_id(stdin));
    RpObject *fout = sys_get_borrow(rp_id(stdout));
    RpObject *ferr = sys_get_borrow(rp_id(stderr));
    if (fin == NULL || fin == rp_None) {
        return rp_err_occurred() ? NULL
                                 : rp_err_set_string(&RpExc_RuntimeError, "input(): lost sys.stdin");
    }
    if (fout == NULL || fout == rp_None) {
        return rp_err_occurred() ? NULL
                                 : rp_err_set_string(&RpExc_RuntimeError, "input(): lost sys.stdout");
    }
    if (ferr == NULL || ferr == rp_None) {
        return rp_err_occurred() ? NULL
                                 : rp_err_set_string(&RpExc_RuntimeError, "input(): lost sys.stderr");
    }
    rp_incref(fin);
    rp_incref(fout);
    RpObject *tmp = rp_call_method(ferr, rp_id(flush), NULL, 0);
    if (tmp == NULL) {
        rp_err_clear();
    }
    rp_xdecref(tmp);
    RpObject *line = NULL;
    if (nargs > 0 && file_write_object(args[0], fout) < 0) {
        goto done;
    }
    tmp = rp_call_method(fout, rp_id(flush), NULL, 0);
    if (tmp == NULL) {
        rp_err_clear();
    }
    rp_xdecref(tmp);
    line = rp_call_method(fin, rp_id(readline), NULL, 0);
    if (line == NULL) {
        goto done;
    }
    if (!rp_str_check(line)) {
        RP_CLEAR(line);
        rp_err_set_string(&RpExc_TypeError, "object.readline() returned non-string");
        goto done;
    }
    rp_ssize_t n = rp_str_len(line);
    if (n == 0) {
        RP_CLEAR(line);
        rp_err_set_string(&RpExc_EOFError, "EOF when reading a line");
        goto done;
    }
    if (rp_str_read_char(line, n - 1) == '\n') {
        RpObject *cut = rp_str_substring(line, 0, n - 1);
        rp_decref(line);
        line = cut;
    }
done:
    rp_decref(fin);
    rp_decref(fout);
    return line;
}

/* ---- frames: globals, locals, vars, dir -------------------------------------------------- */

static RpObject *builtin_globals(RpObject *self, RpObject *unused)
{
    RpObject *g = rp_eval_get_globals_borrow();
    return rp_newref(g != NULL ? g : rp_None);
}

static RpObject *builtin_locals(RpObject *self, RpObject *unused)
{
    return rp_eval_get_locals();
}

static RpObject *builtin_vars(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("vars", nargs, 0, 1)) {
        return NULL;
    }
    if (nargs == 0) {
        return rp_eval_get_locals();
    }
    RpObject *d;
    int r = rp_object_lookup_attr(args[0], rp_id(__dict__), &d);
    if (r == 0) {
        return rp_err_set_string(&RpExc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return r < 0 ? NULL : d;
}

static RpObject *builtin_dir(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("dir", nargs, 0, 1)) {
        return NULL;
    }
    if (nargs == 1) {
        return rp_object_dir(args[0]);
    }
    RpObject *locals = rp_eval_get_locals();
    if (locals == NULL) {
        return NULL;
    }
    RpObject *names = rp_dict_check(locals) ? rp_dict_keys_list(locals)
                                            : rp_call_method(locals, rp_id(keys), NULL, 0);
    rp_decref(locals);
    if (names == NULL) {
        return NULL;
    }
    if (!rp_list_check(names)) {
        rp_err_format(&RpExc_TypeError, "dir(): expected keys() of locals to be a list, not '%T'",
                      names);
        rp_decref(names);
        return NULL;
    }
    if (rp_list_sort(names) < 0) {
        rp_decref(names);
        return NULL;
    }
    return names;
}

/* ---- exec, eval, compile ------------------------------------------------------------------------ */

static int is_mapping(RpObject *o)
{
    return rp_type(o)->mp_subscript != NULL;
}

/* str / bytes / bytearray source as a UTF-8 C string (borrowed from the
 * object); NULL with "FUNC() arg 1 must be a string, bytes or WHAT object". */
static const char *source_as_string(RpObject *src, const char *func, const char *what)
{
    const char *s;
    rp_ssize_t len;
    if (rp_str_check(src)) {
        s = rp_str_as_utf8_cached(src, &len);
        if (s == NULL) {
            return NULL;
        }
    } else if (rp_bytes_check(src)) {
        s = rp_bytes_data(src);
        len = rp_bytes_len(src);
    } else if (rp_bytearray_check(src)) {
        s = ((RpByteArrayObject *)src)->ob_start;
        len = rp_size(src);
        if (s == NULL) {
            s = "";
        }
    } else {
        rp_err_format(&RpExc_TypeError, "%s() arg 1 must be a %s object", func, what);
        return NULL;
    }
    if ((rp_ssize_t)strlen(s) != len) {
        rp_err_set_string(&RpExc_SyntaxError, "source code string cannot contain null bytes");
        return NULL;
    }
    return s;
}

/* globals['__builtins__'] = the current builtins, if missing */
static int ensure_builtins(RpObject *globals)
{
    int r = rp_dict_contains(globals, rp_id(__builtins__));
    if (r != 0) {
        return r < 0 ? -1 : 0;
    }
    RpObject *b = rp_eval_get_builtins_borrow();
    if (b == NULL) {
        b = rp_runtime.builtins_dict;
    }
    return b == NULL ? 0 : rp_dict_set(globals, rp_id(__builtins__), b);
}

static RpObject *builtin_exec(RpObject *self, RpObject *const *args, size_t nargs,
                              RpObject *kwnames)
{
    static const char *const kw[] = { "", "", "", "closure", NULL };
    static const RpArgParser parser = { "exec", kw };
    RpObject *a[4];
    if (rp_arg_unpack(&parser, args, nargs, kwnames, 1, 3, 0, a) < 0) {
        return NULL;
    }
    RpObject *source = a[0];
    RpObject *globals = a[1] != NULL ? a[1] : rp_None;
    RpObject *locals = a[2] != NULL ? a[2] : rp_None;
    RpObject *closure = a[3] == rp_None ? NULL : a[3];
    RpObject *own_locals = NULL;
    if (globals == rp_None) {
        globals = rp_eval_get_globals_borrow();
        if (locals == rp_None) {
            own_locals = rp_eval_get_locals();
            if (own_locals == NULL) {
                return NULL;
            }
            locals = own_locals;
        }
        if (globals == NULL) {
            rp_xdecref(own_locals);
            return rp_err_set_string(&RpExc_SystemError, "globals and locals cannot be NULL");
        }
    } else if (locals == rp_None) {
        locals = globals;
    }
    RpObject *result = NULL;
    if (!rp_dict_check(globals)) {
        rp_err_format(&RpExc_TypeError, "exec() globals must be a dict, not %s",
                      rp_type(globals)->tp_name);
        goto done;
    }
    if (!is_mapping(locals)) {
        rp_err_format(&RpExc_TypeError, "locals must be a mapping or None, not %s",
                      rp_type(locals)->tp_name);
        goto done;
    }
    if (ensure_builtins(globals) < 0) {
        goto done;
    }
    RpObject *v;
    if (rp_code_check(source)) {
        if (closure != NULL) {
            rp_err_set_string(&RpExc_TypeError, "cannot use a closure with this code object");
            goto done;
        }
        v = rp_eval_code(source, globals, locals);
    } else {
        if (closure != NULL) {
            rp_err_set_string(&RpExc_TypeError,
                              "closure can only be used when source is a code object");
            goto done;
        }
        const char *s = source_as_string(source, "exec", "string, bytes or code");
        if (s == NULL) {
            goto done;
        }
        /* the literals live while the code runs, as in CPython's arena */
        RpObject *literals = NULL;
        RpObject *code = rp_compile_source_keep(s, strlen(s), "<string>", RP_COMPILE_EXEC,
                                                rp_str_check(source) ? 0 : RP_COMPILE_FLAG_BYTES,
                                                -1, &literals);
        if (code == NULL) {
            goto done;
        }
        v = rp_eval_code(code, globals, locals);
        rp_decref(code);
        rp_xdecref(literals);
    }
    if (v != NULL) {
        rp_decref(v);
        result = rp_none_new();
    }
done:
    rp_xdecref(own_locals);
    return result;
}

static RpObject *builtin_eval(RpObject *self, RpObject *const *args, size_t nargs,
                              RpObject *kwnames)
{
    if (!rp_arg_no_kwnames("eval", kwnames) || !rp_arg_check_positional("eval", nargs, 1, 3)) {
        return NULL;
    }
    RpObject *source = args[0];
    RpObject *globals = nargs > 1 ? args[1] : rp_None;
    RpObject *locals = nargs > 2 ? args[2] : rp_None;
    if (locals != rp_None && !is_mapping(locals)) {
        return rp_err_set_string(&RpExc_TypeError, "locals must be a mapping");
    }
    if (globals != rp_None && !rp_dict_check(globals)) {
        return rp_err_set_string(&RpExc_TypeError,
                                 is_mapping(globals)
                                     ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                     : "globals must be a dict");
    }
    RpObject *own_locals = NULL;
    if (globals == rp_None) {
        globals = rp_eval_get_globals_borrow();
        if (locals == rp_None) {
            own_locals = rp_eval_get_locals();
            if (own_locals == NULL) {
                return NULL;
            }
            locals = own_locals;
        }
    } else if (locals == rp_None) {
        locals = globals;
    }
    RpObject *result = NULL;
    if (globals == NULL || locals == NULL) {
        rp_err_set_string(&RpExc_TypeError,
                          "eval must be given globals and locals when called without a frame");
        goto done;
    }
    if (ensure_builtins(globals) < 0) {
        goto done;
    }
    if (rp_code_check(source)) {
        result = rp_eval_code(source, globals, locals);
        goto done;
    }
    const char *s = source_as_string(source, "eval", "string, bytes or code");
    if (s == NULL) {
        goto done;
    }
    while (*s == ' ' || *s == '\t') {
        s++;
    }
    RpObject *literals = NULL;
    RpObject *code = rp_compile_source_keep(s, strlen(s), "<string>", RP_COMPILE_EVAL,
                                            rp_str_check(source) ? 0 : RP_COMPILE_FLAG_BYTES, -1,
                                            &literals);
    if (code != NULL) {
        result = rp_eval_code(code, globals, locals);
        rp_decref(code);
        rp_xdecref(literals);
    }
done:
    rp_xdecref(own_locals);
    return result;
}

#define RP_PYCF_KNOWN_FLAGS 0x7fe00   /* CPython's PyCF_MASK | PyCF_MASK_OBSOLETE | compile flags */

static RpObject *builtin_compile(RpObject *self, RpObject *const *args, size_t nargs,
                                 RpObject *kwnames)
{
    static const char *const kw[] = { "source", "filename", "mode", "flags", "dont_inherit",
                                      "optimize", "_feature_version", NULL };
    static const RpArgParser parser = { "compile", kw };
    RpObject *a[7];
    if (rp_arg_unpack(&parser, args, nargs, kwnames, 3, 6, 0, a) < 0) {
        return NULL;
    }
    const char *filename;
    if (rp_str_check(a[1])) {
        filename = rp_str_as_utf8(a[1], NULL);
        if (filename == NULL) {
            return NULL;
        }
    } else if (rp_bytes_check(a[1])) {
        filename = rp_bytes_data(a[1]);
    } else {
        return rp_err_format(&RpExc_TypeError,
                             "expected str, bytes or os.PathLike object, not %T", a[1]);
    }
    int flags = a[3] != NULL ? rp_arg_as_int(a[3]) : 0;
    if (flags == -1 && rp_err_occurred()) {
        return NULL;
    }
    if (a[4] != NULL && rp_object_is_true(a[4]) < 0) {
        return NULL;
    }
    int optimize = a[5] != NULL ? rp_arg_as_int(a[5]) : -1;
    if (optimize == -1 && rp_err_occurred()) {
        return NULL;
    }
    if (flags & ~RP_PYCF_KNOWN_FLAGS) {
        return rp_err_set_string(&RpExc_ValueError, "compile(): unrecognised flags");
    }
    if (optimize < -1 || optimize > 2) {
        return rp_err_set_string(&RpExc_ValueError, "compile(): invalid optimize value");
    }
    if (!rp_str_check(a[2])) {
        return rp_err_format(&RpExc_TypeError,
                             "compile() argument 'mode' must be str, not %T", a[2]);
    }
    int mode;
    if (rp_str_eq_cstr(a[2], "exec")) {
        mode = RP_COMPILE_EXEC;
    } else if (rp_str_eq_cstr(a[2], "eval")) {
        mode = RP_COMPILE_EVAL;
    } else if (rp_str_eq_cstr(a[2], "single")) {
        mode = RP_COMPILE_SINGLE;
    } else {
        return rp_err_set_string(&RpExc_ValueError,
                                 "compile() mode must be 'exec', 'eval' or 'single'");
    }
    if (flags & 0x400) {   /* PyCF_ONLY_AST */
        return rp_err_set_string(&RpExc_ValueError, "compile(): ast objects are not supported");
    }
    const char *s = source_as_string(a[0], "compile", "string, bytes or AST");
    if (s == NULL) {
        return NULL;
    }
    return rp_compile_source_ex(s, strlen(s), filename, mode,
                                rp_str_check(a[0]) ? 0 : RP_COMPILE_FLAG_BYTES, optimize);
}

/* ---- __build_class__ ------------------------------------------------------------------------------ */

/* Replace bases that define __mro_entries__ (PEP 560).  Returns a NEW tuple
 * (bases itself when nothing changed). */
static RpObject *update_bases(RpObject *bases)
{
    rp_ssize_t n = rp_tuple_len(bases);
    RpObject *list = NULL;
    for (rp_ssize_t i = 0; i < n; i++) {
        RpObject *base = rp_tuple_get_borrow(bases, i);
        if (rp_type_check(base)) {
            if (list != NULL && rp_list_append(list, base) < 0) {
                goto error;
            }
            continue;
        }
        RpObject *meth;
        int r = rp_object_lookup_attr(base, rp_id(__mro_entries__), &meth);
        if (r < 0) {
            goto error;
        }
        if (r == 0) {
            if (list != NULL && rp_list_append(list, base) < 0) {
                goto error;
            }
            continue;
        }
        RpObject *new_base = rp_call_one(meth, bases);
        rp_decref(meth);
        if (new_base == NULL) {
            goto error;
        }
        if (!rp_tuple_check(new_base)) {
            rp_decref(new_base);
            rp_err_set_string(&RpExc_TypeError, "__mro_entries__ must return a tuple");
            goto error;
        }
        if (list == NULL) {
            list = rp_list_new(0);
            if (list == NULL) {
                rp_decref(new_base);
                goto error;
            }
            for (rp_ssize_t j = 0; j < i; j++) {
                if (rp_list_append(list, rp_tuple_get_borrow(bases, j)) < 0) {
                    rp_decref(new_base);
                    goto error;
                }
            }
        }
        for (rp_ssize_t j = 0; j < rp_tuple_len(new_base); j++) {
            if (rp_list_append(list, rp_tuple_get_borrow(new_base, j)) < 0) {
                rp_decref(new_base);
                goto error;
            }
        }
        rp_decref(new_base);
    }
    if (list == NULL) {
        return rp_newref(bases);
    }
    RpObject *t = rp_list_as_tuple(list);
    rp_decref(list);
    return t;
error:
    rp_xdecref(list);
    return NULL;
}

/* the most derived metaclass of meta and the bases' types */
static RpObject *calculate_metaclass(RpObject *meta, RpObject *bases)
{
    RpTypeObject *winner = (RpTypeObject *)meta;
    for (rp_ssize_t i = 0; i < rp_tuple_len(bases); i++) {
        RpTypeObject *t = rp_type(rp_tuple_get_borrow(bases, i));
        if (rp_type_is_subtype(winner, t)) {
            continue;
        }
        if (rp_type_is_subtype(t, winner)) {
            winner = t;
            continue;
        }
        return rp_err_set_string(&RpExc_TypeError,
                                 "metaclass conflict: the metaclass of a derived class must be a "
                                 "(non-strict) subclass of the metaclasses of all its bases");
    }
    return rp_newref(winner);
}

/* the keyword arguments of a call as a new dict */
static RpObject *kwargs_dict(RpObject *const *kwvalues, RpObject *kwnames)
{
    RpObject *d = rp_dict_new();
    if (d == NULL) {
        return NULL;
    }
    for (rp_ssize_t i = 0; i < (rp_ssize_t)rp_arg_nkw(kwnames); i++) {
        if (rp_dict_set(d, rp_tuple_get_borrow(kwnames, i), kwvalues[i]) < 0) {
            rp_decref(d);
            return NULL;
        }
    }
    return d;
}

static RpObject *builtin___build_class__(RpObject *self, RpObject *const *args, size_t nargs,
                                         RpObject *kwnames)
{
    if (nargs < 2) {
        return rp_err_set_string(&RpExc_TypeError, "__build_class__: not enough arguments");
    }
    RpObject *func = args[0], *name = args[1];
    if (!rp_function_check(func)) {
        return rp_err_set_string(&RpExc_TypeError, "__build_class__: func must be a function");
    }
    if (!rp_str_check(name)) {
        return rp_err_set_string(&RpExc_TypeError, "__build_class__: name is not a string");
    }
    RpObject *orig_bases = rp_tuple_from_array(args + 2, (rp_ssize_t)nargs - 2);
    if (orig_bases == NULL) {
        return NULL;
    }
    RpObject *bases = NULL, *meta = NULL, *mkw = NULL, *ns = NULL, *cell = NULL, *cls = NULL;
    bases = update_bases(orig_bases);
    if (bases == NULL) {
        goto done;
    }
    mkw = kwargs_dict(args + nargs, kwnames);
    if (mkw == NULL) {
        goto done;
    }
    int is_class = 0;
    RpObject *metakey = rp_str_intern_cstr("metaclass");
    if (metakey == NULL) {
        goto done;
    }
    meta = rp_dict_pop(mkw, metakey);
    rp_decref(metakey);
    if (meta == NULL && rp_err_occurred()) {
        goto done;
    }
    if (meta != NULL) {
        is_class = rp_type_check(meta);
    } else {
        meta = rp_newref(rp_tuple_len(bases) == 0 ? (RpObject *)&RpType_Type
                                                  : (RpObject *)rp_type(rp_tuple_get_borrow(bases, 0)));
        is_class = 1;
    }
    if (is_class) {
        RpObject *winner = calculate_metaclass(meta, bases);
        if (winner == NULL) {
            goto done;
        }
        RP_SETREF(meta, winner);
    }
    /* ns = meta.__prepare__(name, bases, **kwds), or {} */
    RpObject *prep;
    int r = rp_object_lookup_attr(meta, rp_id(__prepare__), &prep);
    if (r < 0) {
        goto done;
    }
    if (r == 0) {
        ns = rp_dict_new();
    } else {
        RpObject *pargs = rp_tuple_pack(2, name, bases);
        ns = pargs != NULL ? rp_call_tuple_dict(prep, pargs, mkw) : NULL;
        rp_xdecref(pargs);
        rp_decref(prep);
    }
    if (ns == NULL) {
        goto done;
    }
    if (!is_mapping(ns)) {
        rp_err_format(&RpExc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                      is_class ? rp_type_name((RpTypeObject *)meta) : "<metaclass>",
                      rp_type(ns)->tp_name);
        goto done;
    }
    cell = rp_eval_class_body(func, ns);
    if (cell == NULL) {
        goto done;
    }
    if (bases != orig_bases && rp_object_setitem(ns, rp_id(__orig_bases__), orig_bases) < 0) {
        goto done;
    }
    RpObject *margs = rp_tuple_pack(3, name, bases, ns);
    if (margs == NULL) {
        goto done;
    }
    cls = rp_call_tuple_dict(meta, margs, mkw);
    rp_decref(margs);
    if (cls != NULL && rp_type_check(cls) && rp_cell_check(cell)) {
        RpObject *cell_cls = rp_cell_get_borrow(cell);
        if (cell_cls != cls) {
            if (cell_cls == NULL) {
                rp_err_format(&RpExc_RuntimeError,
                              "__class__ not set defining %R as %R. "
                              "Was __classcell__ propagated to type.__new__?",
                              name, cls);
            } else {
                rp_err_format(&RpExc_TypeError, "__class__ set to %R defining %R as %R",
                              cell_cls, name, cls);
            }
            RP_CLEAR(cls);
        }
    }
done:
    rp_xdecref(cell);
    rp_xdecref(ns);
    rp_xdecref(meta);
    rp_xdecref(mkw);
    rp_xdecref(bases);
    rp_decref(orig_bases);
    return cls;
}

/* breakpoint(*args, **kws): sys.breakpointhook(*args, **kws) */
static RpObject *builtin_breakpoint(RpObject *self, RpObject *const *args, size_t nargs,
                                    RpObject *kwnames)
{
    RpObject *hook = rp_runtime.sysmod != NULL
        ? rp_dict_get_cstr_borrow(rp_module_dict_borrow(rp_runtime.sysmod), "breakpointhook")
        : NULL;
    if (hook == NULL) {
        return rp_err_occurred() ? NULL
                                 : rp_err_set_string(&RpExc_RuntimeError, "lost sys.breakpointhook");
    }
    rp_incref(hook);
    RpObject *r = rp_call(hook, args, nargs, kwnames);
    rp_decref(hook);
    return r;
}

/* ---- exit and quit (CPython's site adds them as _sitebuiltins.Quitter) ------------------------ */

typedef struct {
    RP_OBJECT_HEAD;
    const char *name;
} QuitterObject;

static RpObject *quitter_repr(RpObject *self)
{
    return rp_str_from_format("Use %s() or Ctrl-D (i.e. EOF) to exit", ((QuitterObject *)self)->name);
}

static RpObject *quitter_call(RpObject *self, RpObject *const *args, size_t nargs,
                              RpObject *kwnames)
{
    static const char *const kw[] = { "code", NULL };
    static const RpArgParser parser = { "__call__", kw };
    RpObject *a[1];
    if (rp_arg_unpack(&parser, args, nargs, kwnames, 0, 1, 0, a) < 0) {
        return NULL;
    }
    /* shells like IDLE notice that stdin was closed */
    RpObject *fin = sys_get_borrow(rp_id(stdin));
    if (fin != NULL && fin != rp_None) {
        RpObject *r = rp_call_method(fin, rp_id(close), NULL, 0);
        rp_xdecref(r);
    }
    rp_err_clear();
    RpObject *code = a[0] != NULL ? a[0] : rp_None;
    RpObject *exc = rp_exception_new(&RpExc_SystemExit, &code, 1);
    if (exc != NULL) {
        rp_err_set_raised_steal(exc);
    }
    return NULL;
}

static RpTypeObject Quitter_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "_sitebuiltins.Quitter",
    .tp_basicsize = sizeof(QuitterObject),
    .tp_repr = quitter_repr,
    .tp_str = quitter_repr,
    .tp_call = quitter_call,
    .tp_getattro = rp_object_generic_getattr,
};

static QuitterObject exit_quitter = { RP_STATIC_OBJECT_INIT(&Quitter_Type), "exit" };
static QuitterObject quit_quitter = { RP_STATIC_OBJECT_INIT(&Quitter_Type), "quit" };

/* ---- copyright, credits, license, help (CPython's site adds them) -------------------- */

typedef struct {
    RP_OBJECT_HEAD;
    const char *repr_text;      /* what the object's repr shows */
    const char *full_text;      /* what calling it prints */
} PrinterObject;

static RpObject *printer_repr(RpObject *self)
{
    return rp_str_from_cstr(((PrinterObject *)self)->repr_text);
}

static RpObject *printer_call(RpObject *self, RpObject *const *args, size_t nargs,
                              RpObject *kwnames)
{
    if (!rp_arg_no_kwnames("__call__", kwnames) || !rp_arg_check_positional("__call__", nargs, 0, 0)) {
        return NULL;
    }
    RpObject *out = sys_get_borrow(rp_id(stdout));
    if (out == NULL || out == rp_None) {
        return rp_none_new();
    }
    rp_incref(out);
    RpObject *text = rp_str_from_format("%s\n", ((PrinterObject *)self)->full_text);
    int r = text == NULL ? -1 : file_write_object(text, out);
    rp_xdecref(text);
    rp_decref(out);
    return r < 0 ? NULL : rp_none_new();
}

static RpTypeObject Printer_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "_sitebuiltins._Printer",
    .tp_basicsize = sizeof(PrinterObject),
    .tp_repr = printer_repr,
    .tp_str = printer_repr,
    .tp_call = printer_call,
    .tp_getattro = rp_object_generic_getattr,
};

#define COPYRIGHT_TEXT "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n" \
    "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n" \
    "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n" \
    "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."
#define CREDITS_TEXT "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n" \
    "    for supporting Python development.  See www.python.org for more information."

static PrinterObject copyright_printer = { RP_STATIC_OBJECT_INIT(&Printer_Type), COPYRIGHT_TEXT,
                                           COPYRIGHT_TEXT };
static PrinterObject credits_printer = { RP_STATIC_OBJECT_INIT(&Printer_Type), CREDITS_TEXT,
                                         CREDITS_TEXT };
static PrinterObject license_printer = {
    RP_STATIC_OBJECT_INIT(&Printer_Type), "Type license() to see the full license text",
    "refpy is distributed under the terms of its own license; the Python language and\n"
    "the behaviour it reproduces are those of CPython 3.11, see https://docs.python.org/3/license.html"
};

/* help(obj): the object's documentation (a short form of pydoc's) */
static RpObject *helper_call(RpObject *self, RpObject *const *args, size_t nargs,
                             RpObject *kwnames)
{
    if (!rp_arg_no_kwnames("__call__", kwnames) || !rp_arg_check_positional("__call__", nargs, 0, 1)) {
        return NULL;
    }
    RpObject *out = sys_get_borrow(rp_id(stdout));
    if (out == NULL || out == rp_None) {
        return rp_none_new();
    }
    rp_incref(out);
    RpObject *text;
    if (nargs == 0) {
        text = rp_str_from_cstr("\nrefpy has no interactive help utility; use help(object).\n");
    } else {
        RpObject *obj = args[0];
        RpObject *name = NULL, *doc = NULL;
        if (rp_object_lookup_attr(obj, rp_id(__name__), &name) < 0 ||
            rp_object_lookup_attr(obj, rp_id(__doc__), &doc) < 0) {
            rp_xdecref(name);
            rp_decref(out);
            return NULL;
        }
        if (name == NULL || !rp_str_check(name)) {
            RP_XSETREF(name, rp_newref(rp_type(obj)->ht_name ? rp_type(obj)->ht_name : rp_None));
            if (name == rp_None) {
                RP_SETREF(name, rp_str_from_cstr(rp_type_name(rp_type(obj))));
            }
        }
        text = name == NULL ? NULL
             : rp_str_from_format("Help on %s %S:\n\n%S\n", rp_type_name(rp_type(obj)), name,
                                  doc != NULL && doc != rp_None ? doc : rp_str_empty_borrow());
        rp_xdecref(name);
        rp_xdecref(doc);
    }
    int r = text == NULL ? -1 : file_write_object(text, out);
    rp_xdecref(text);
    rp_decref(out);
    return r < 0 ? NULL : rp_none_new();
}

static RpTypeObject Helper_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "_sitebuiltins._Helper",
    .tp_basicsize = sizeof(PrinterObject),
    .tp_repr = printer_repr,
    .tp_str = printer_repr,
    .tp_call = helper_call,
    .tp_getattro = rp_object_generic_getattr,
};

static PrinterObject help_helper = {
    RP_STATIC_OBJECT_INIT(&Helper_Type),
    "Type help() for interactive help, or help(object) for help about object.", ""
};

/* ---- the module --------------------------------------------------------------------------------- */

#define FASTKW (RP_METH_FASTCALL | RP_METH_KEYWORDS)

static RpMethodDef builtin_methods[] = {
    { "__build_class__", RP_CFUNC(builtin___build_class__), FASTKW,
      "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\n"
      "Internal helper function used by the class statement." },
    { "breakpoint", RP_CFUNC(builtin_breakpoint), FASTKW,
      "Call sys.breakpointhook(*args, **kws)." },
    { "compile", RP_CFUNC(builtin_compile), FASTKW,
      "Compile source into a code object that can be executed by exec() or eval()." },
    { "dir", RP_CFUNC(builtin_dir), RP_METH_FASTCALL,
      "dir([object]) -> list of strings\n\n"
      "If called without an argument, return the names in the current scope." },
    { "eval", RP_CFUNC(builtin_eval), FASTKW,
      "Evaluate the given source in the context of globals and locals." },
    { "exec", RP_CFUNC(builtin_exec), FASTKW,
      "Execute the given source in the context of globals and locals." },
    { "globals", RP_CFUNC(builtin_globals), RP_METH_NOARGS,
      "Return the dictionary containing the current scope's global variables." },
    { "input", RP_CFUNC(builtin_input), FASTKW,
      "Read a string from standard input.  The trailing newline is stripped." },
    { "locals", RP_CFUNC(builtin_locals), RP_METH_NOARGS,
      "Return a dictionary containing the current scope's local variables." },
    { "print", RP_CFUNC(builtin_print), FASTKW,
      "Prints the values to a stream, or to sys.stdout by default." },
    { "vars", RP_CFUNC(builtin_vars), RP_METH_FASTCALL,
      "vars([object]) -> dictionary\n\n"
      "Without arguments, equivalent to locals().\n"
      "With an argument, equivalent to object.__dict__." },
    { NULL, NULL, 0, NULL }
};

static const char builtins_doc[] =
    "Built-in functions, exceptions, and other objects.\n\n"
    "Noteworthy: None is the `nil' object; Ellipsis represents `...' in slices.";

static int add_object(RpObject *d, const char *name, RpObject *o)
{
    return rp_dict_set_cstr(d, name, o);
}

/* Add a built-in function made from one RpMethodDef. */
static int add_def(RpObject *module, RpMethodDef *def)
{
    RpObject *modname = rp_str_from_cstr("builtins");
    RpObject *f = modname != NULL ? rp_cfunction_new(def, module, modname) : NULL;
    rp_xdecref(modname);
    if (f == NULL) {
        return -1;
    }
    int r = rp_dict_set_cstr(rp_module_dict_borrow(module), def->ml_name, f);
    rp_decref(f);
    return r;
}

RpObject *rp_builtins_init(void)
{
    if (rp_runtime.builtins != NULL) {
        return rp_newref(rp_runtime.builtins);
    }
    if (rp_type_ready(&Quitter_Type) < 0 || rp_type_ready(&Printer_Type) < 0 ||
        rp_type_ready(&Helper_Type) < 0) {
        return NULL;
    }
    RpObject *m = rp_module_new("builtins");
    if (m == NULL) {
        return NULL;
    }
    RpObject *d = rp_module_dict_borrow(m);
    RpObject *doc = rp_str_from_cstr(builtins_doc);
    if (doc == NULL || rp_dict_set(d, rp_id(__doc__), doc) < 0) {
        rp_xdecref(doc);
        goto error;
    }
    rp_decref(doc);
    if (rp_module_add_functions(m, builtin_methods) < 0 ||
        rp_module_add_functions(m, rp_builtin_functions_compute) < 0 ||
        add_def(m, &rp_import_builtin_def) < 0 ||
        add_def(m, &rp_builtin_open_def) < 0) {
        goto error;
    }
    struct { const char *name; RpObject *obj; } objects[] = {
        { "None", rp_None },
        { "Ellipsis", rp_Ellipsis },
        { "NotImplemented", rp_NotImplemented },
        { "False", rp_False },
        { "True", rp_True },
        { "bool", (RpObject *)&RpBool_Type },
        { "memoryview", (RpObject *)&RpMemoryView_Type },
        { "bytearray", (RpObject *)&RpByteArray_Type },
        { "bytes", (RpObject *)&RpBytes_Type },
        { "classmethod", (RpObject *)&RpClassMethod_Type },
        { "complex", (RpObject *)&RpComplex_Type },
        { "dict", (RpObject *)&RpDict_Type },
        { "enumerate", (RpObject *)&RpEnum_Type },
        { "filter", (RpObject *)&RpFilter_Type },
        { "float", (RpObject *)&RpFloat_Type },
        { "frozenset", (RpObject *)&RpFrozenSet_Type },
        { "property", (RpObject *)&RpProperty_Type },
        { "int", (RpObject *)&RpLong_Type },
        { "list", (RpObject *)&RpList_Type },
        { "map", (RpObject *)&RpMap_Type },
        { "object", (RpObject *)&RpBaseObject_Type },
        { "range", (RpObject *)&RpRange_Type },
        { "reversed", (RpObject *)&RpReversed_Type },
        { "set", (RpObject *)&RpSet_Type },
        { "slice", (RpObject *)&RpSlice_Type },
        { "staticmethod", (RpObject *)&RpStaticMethod_Type },
        { "str", (RpObject *)&RpStr_Type },
        { "super", (RpObject *)&RpSuper_Type },
        { "tuple", (RpObject *)&RpTuple_Type },
        { "type", (RpObject *)&RpType_Type },
        { "zip", (RpObject *)&RpZip_Type },
        { "__debug__", rp_True },
        { "exit", (RpObject *)&exit_quitter },
        { "quit", (RpObject *)&quit_quitter },
        { "copyright", (RpObject *)&copyright_printer },
        { "credits", (RpObject *)&credits_printer },
        { "license", (RpObject *)&license_printer },
        { "help", (RpObject *)&help_helper },
    };
    for (size_t i = 0; i < sizeof(objects) / sizeof(objects[0]); i++) {
        if (objects[i].obj == NULL) {
            continue;      /* a type not linked in (yet) */
        }
        if (add_object(d, objects[i].name, objects[i].obj) < 0) {
            goto error;
        }
    }
    /* the file types after the exceptions (io.UnsupportedOperation
       derives from OSError) */
    if (rp_exceptions_init(d) < 0 || rp_fileio_init_types() < 0) {
        goto error;
    }
    rp_runtime.builtins = rp_newref(m);
    rp_runtime.builtins_dict = rp_newref(d);
    return m;
error:
    rp_decref(m);
    return NULL;
}
