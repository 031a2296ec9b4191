/* import.c - the import system (see import.h).
 *
 * CPython 3.11 splits import between C (Python/import.c: the fast path
 * through sys.modules, resolving relative names, the IMPORT_* instructions)
 * and Python (importlib._bootstrap: finders, loaders, specs).  refpy does
 * all of it here in C, keeping the observable behaviour: the order modules
 * are searched, the attributes a module gets, what lands in sys.modules and
 * when, and every error message.
 *
 * Outline of `import a.b`:
 *   import_level("a.b")         resolve a relative name; sys.modules hit?
 *     find_and_load("a.b")      import the parent "a" first; search with the
 *                               parent's __path__; ModuleNotFoundError
 *       find_spec()             built-in table, frozen lib/NAME.py, sys.path
 *       load()                  make the module, sys.modules[name] = module,
 *                               run its code, undo on error
 *       setattr(a, "b", module)
 *   then the top package "a" is returned (no fromlist), or a.b with the
 *   names of the fromlist imported as submodules when missing.
 */
#include "import.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../modules/config.h"
#include "../modules/namespace.h"
#include "../modules/sysmodule.h"
#include "../modules/vm_api.h"
#include "../objects/boolobject.h"
#include "../objects/dictobject.h"
#include "../objects/exceptions.h"
#include "../objects/intobject.h"
#include "../objects/listobject.h"
#include "../objects/methodobject.h"
#include "../objects/moduleobject.h"
#include "../objects/noneobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "abstract.h"
#include "errors.h"
#include "frozen.h"

/* ---- small helpers ----------------------------------------------------------- */

static RpObject *modules_borrow(void)
{
    if (rp_runtime.modules == NULL) {
        rp_err_set_string(&RpExc_RuntimeError, "unable to get sys.modules");
    }
    return rp_runtime.modules;
}

/* sys.modules[name] (borrowed) or NULL (no exception unless one occurred) */
static RpObject *get_module_borrow(RpObject *name)
{
    RpObject *mods = modules_borrow();
    return mods == NULL ? NULL : rp_dict_get_borrow(mods, name);
}

/* Raise ImportError (or a subclass) with msg and the name/path attributes. */
static RpObject *set_import_error(RpTypeObject *type, RpObject *msg, RpObject *name,
                                  RpObject *path)
{
    if (msg == NULL) {
        return NULL;
    }
    RpObject *exc = rp_exception_new(type, &msg, 1);
    rp_decref(msg);
    if (exc == NULL) {
        return NULL;
    }
    RpImportErrorObject *ie = (RpImportErrorObject *)exc;
    RP_XSETREF(ie->name, rp_newref(name != NULL ? name : rp_None));
    RP_XSETREF(ie->path, rp_newref(path != NULL ? path : rp_None));
    rp_err_set_raised_steal(exc);
    return NULL;
}

static RpObject *module_not_found(RpObject *name)
{
    return set_import_error(&RpExc_ModuleNotFoundError,
                            rp_str_from_format("No module named %R", name), name, NULL);
}

/* The part of `s` before the last '.', or NULL when there is none (no
 * exception).  *err is set when an exception was raised. */
static RpObject *str_before_last_dot(RpObject *s, int *err)
{
    *err = 0;
    for (rp_ssize_t i = rp_str_len(s) - 1; i >= 0; i--) {
        if (rp_str_read_char(s, i) == '.') {
            RpObject *r = rp_str_substring(s, 0, i);
            if (r == NULL) {
                *err = 1;
            }
            return r;
        }
    }
    return NULL;
}

static rp_ssize_t str_find_char(RpObject *s, uint32_t ch, rp_ssize_t start, rp_ssize_t end,
                                int backwards)
{
    if (backwards) {
        for (rp_ssize_t i = end - 1; i >= start; i--) {
            if (rp_str_read_char(s, i) == ch) {
                return i;
            }
        }
    } else {
        for (rp_ssize_t i = start; i < end; i++) {
            if (rp_str_read_char(s, i) == ch) {
                return i;
            }
        }
    }
    return -1;
}

static int set_item_cstr(RpObject *d, const char *key, RpObject *value_steal)
{
    if (value_steal == NULL) {
        return -1;
    }
    int r = rp_dict_set_cstr(d, key, value_steal);
    rp_decref(value_steal);
    return r;
}

/* ---- specs --------------------------------------------------------------------- */

enum { KIND_BUILTIN, KIND_FROZEN, KIND_SOURCE, KIND_PACKAGE, KIND_NAMESPACE };

typedef struct Found {
    int kind;
    const RpBuiltinModule *builtin;
    const RpFrozenModule *frozen;
    char *origin;          /* file (rp_mem_malloc'd) for source and packages */
    char *pkgdir;          /* package directory (packages, namespaces) */
} Found;

static void found_clear(Found *f)
{
    rp_mem_free(f->origin);
    rp_mem_free(f->pkgdir);
    f->origin = f->pkgdir = NULL;
}

static char *str_dup(const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = rp_mem_malloc(n);
    if (p == NULL) {
        rp_err_nomemory();
        return NULL;
    }
    memcpy(p, s, n);
    return p;
}

static char *join3(const char *a, const char *b, const char *c)
{
    size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
    char *p = rp_mem_malloc(la + lb + lc + 1);
    if (p == NULL) {
        rp_err_nomemory();
        return NULL;
    }
    memcpy(p, a, la);
    memcpy(p + la, b, lb);
    memcpy(p + la + lb, c, lc + 1);
    return p;
}

static int is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static int is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* A sys.path entry as an absolute directory (as importlib's FileFinder):
 * "" and "." are the current directory, other relative entries are joined
 * to it. */
static char *entry_dir(RpObject *entry)
{
    const char *e = rp_str_as_utf8(entry, NULL);
    if (e == NULL) {
        return NULL;
    }
    if (e[0] == '/') {
        return str_dup(e);
    }
    char cwd[4096];
    if (getcwd(cwd, sizeof(cwd)) == NULL) {
        return str_dup(e);
    }
    if (e[0] == '\0' || strcmp(e, ".") == 0) {
        return str_dup(cwd);
    }
    return join3(cwd, "/", e);
}

/* Search `path` (a list of directories; NULL: sys.path) for the last part
 * `tail` of a module name.  Returns 1 found, 0 not, -1 error. */
static int find_on_path(RpObject *path, const char *tail, Found *f)
{
    RpObject *list = path;
    if (list == NULL) {
        RpObject *sysdict = rp_runtime.sysmod ? rp_module_dict_borrow(rp_runtime.sysmod) : NULL;
        list = sysdict ? rp_dict_get_cstr_borrow(sysdict, "path") : NULL;
        if (list == NULL) {
            if (rp_err_occurred()) {
                return -1;
            }
            return 0;
        }
    }
    RpObject *seq = rp_sequence_fast(list, "path must be a list");
    if (seq == NULL) {
        return -1;
    }
    char *namespace_dir = NULL;
    int result = 0;
    rp_ssize_t n = rp_list_check(seq) ? rp_list_len(seq) : rp_tuple_len(seq);
    for (rp_ssize_t i = 0; i < n; i++) {
        RpObject *entry = rp_list_check(seq) ? rp_list_get_borrow(seq, i)
                                             : rp_tuple_get_borrow(seq, i);
        if (!rp_str_check(entry)) {
            continue;
        }
        char *dir = entry_dir(entry);
        if (dir == NULL) {
            result = -1;
            break;
        }
        char *sub = join3(dir, "/", tail);
        rp_mem_free(dir);
        if (sub == NULL) {
            result = -1;
            break;
        }
        if (is_dir(sub)) {
            char *init = join3(sub, "/", "__init__.py");
            if (init == NULL) {
                rp_mem_free(sub);
                result = -1;
                break;
            }
            if (is_file(init)) {
                f->kind = KIND_PACKAGE;
                f->origin = init;
                f->pkgdir = sub;
                result = 1;
                break;
            }
            rp_mem_free(init);
            if (namespace_dir == NULL) {
                namespace_dir = sub;       /* remembered; a module may follow */
                sub = NULL;
            }
        }
        char *file = sub != NULL ? join3(sub, ".py", "") : NULL;
        if (sub != NULL && file == NULL) {
            rp_mem_free(sub);
            result = -1;
            break;
        }
        rp_mem_free(sub);
        if (file == NULL) {
            /* sub was kept as the namespace candidate: rebuild the name */
            file = join3(namespace_dir, ".py", "");
            if (file == NULL) {
                result = -1;
                break;
            }
        }
        if (is_file(file)) {
            f->kind = KIND_SOURCE;
            f->origin = file;
            result = 1;
            break;
        }
        rp_mem_free(file);
    }
    rp_decref(seq);
    if (result == 0 && namespace_dir != NULL) {
        f->kind = KIND_NAMESPACE;
        f->pkgdir = namespace_dir;
        return 1;
    }
    rp_mem_free(namespace_dir);
    return result;
}

static int frozen_exists(RpObject *name)
{
    const char *cname = rp_str_as_utf8(name, NULL);
    if (cname == NULL) {
        rp_err_clear();
        return 0;
    }
    for (const RpFrozenModule *m = rp_frozen_modules; m->name != NULL; m++) {
        if (strcmp(m->name, cname) == 0) {
            return 1;
        }
    }
    return 0;
}

/* Where is module `name`?  `path` is the parent package's __path__ (NULL
 * for a top-level module). */
static int find_spec(RpObject *name, RpObject *path, Found *f)
{
    memset(f, 0, sizeof(*f));
    const char *cname = rp_str_as_utf8(name, NULL);
    if (cname == NULL) {
        return -1;
    }
    if (path == NULL) {
        for (const RpBuiltinModule *m = rp_builtin_modules; m->name != NULL; m++) {
            if (strcmp(m->name, cname) == 0 && rp_builtin_module_exists(cname)) {
                f->kind = KIND_BUILTIN;
                f->builtin = m;
                return 1;
            }
        }
    }
    /* frozen modules may be dotted ("collections.abc" is lib/collections.abc.py) */
    for (const RpFrozenModule *m = rp_frozen_modules; m->name != NULL; m++) {
        if (strcmp(m->name, cname) == 0) {
            f->kind = KIND_FROZEN;
            f->frozen = m;
            return 1;
        }
    }
    const char *tail = strrchr(cname, '.');
    tail = tail != NULL ? tail + 1 : cname;
    return find_on_path(path, tail, f);
}

/* __cached__ of a source file: DIR/__pycache__/NAME.cpython-311.pyc */
static RpObject *cached_path(const char *file)
{
    const char *slash = strrchr(file, '/');
    const char *base = slash != NULL ? slash + 1 : file;
    size_t dirlen = (size_t)(base - file);
    size_t baselen = strlen(base);
    if (baselen > 3 && strcmp(base + baselen - 3, ".py") == 0) {
        baselen -= 3;
    }
    size_t total = dirlen + baselen + 40;
    char *buf = rp_mem_malloc(total);
    if (buf == NULL) {
        return rp_err_nomemory();
    }
    snprintf(buf, total, "%.*s__pycache__/%.*s.cpython-311.pyc", (int)dirlen, file, (int)baselen,
             base);
    RpObject *r = rp_str_from_cstr(buf);
    rp_mem_free(buf);
    return r;
}

/* A ModuleSpec for what was found. */
static RpObject *make_spec(RpObject *name, const Found *f)
{
    RpObject *spec = rp_namespace_new(&RpModuleSpec_Type, NULL);
    if (spec == NULL) {
        return NULL;
    }
    RpObject *d = rp_namespace_dict_borrow(spec);
    RpObject *origin = NULL, *locations = NULL, *cached = NULL, *parent = NULL;
    int has_location = 0, err = 0;
    switch (f->kind) {
    case KIND_BUILTIN:
        origin = rp_str_from_cstr("built-in");
        break;
    case KIND_FROZEN:
        origin = rp_str_from_cstr("frozen");
        break;
    case KIND_SOURCE:
    case KIND_PACKAGE:
        origin = rp_str_from_cstr(f->origin);
        cached = cached_path(f->origin);
        has_location = 1;
        if (cached == NULL) {
            err = 1;
        }
        break;
    default:
        origin = rp_newref(rp_None);
        break;
    }
    if (origin == NULL) {
        err = 1;
    }
    if (!err && (f->kind == KIND_PACKAGE || f->kind == KIND_NAMESPACE)) {
        RpObject *dir = rp_str_from_cstr(f->pkgdir);
        locations = dir != NULL ? rp_list_from_array(&dir, 1) : NULL;
        rp_xdecref(dir);
        if (locations == NULL) {
            err = 1;
        }
        parent = rp_newref(name);
    } else if (!err) {
        parent = str_before_last_dot(name, &err);
        if (parent == NULL && !err) {
            parent = rp_newref(rp_str_empty_borrow());
        }
    }
    if (err ||
        rp_dict_set_cstr(d, "name", name) < 0 ||
        rp_dict_set_cstr(d, "loader", rp_None) < 0 ||
        rp_dict_set_cstr(d, "origin", origin) < 0 ||
        rp_dict_set_cstr(d, "loader_state", rp_None) < 0 ||
        rp_dict_set_cstr(d, "submodule_search_locations", locations ? locations : rp_None) < 0 ||
        rp_dict_set_cstr(d, "cached", cached ? cached : rp_None) < 0 ||
        rp_dict_set_cstr(d, "parent", parent) < 0 ||
        rp_dict_set_cstr(d, "has_location", has_location ? rp_True : rp_False) < 0) {
        rp_decref(spec);
        spec = NULL;
    }
    rp_xdecref(origin);
    rp_xdecref(locations);
    rp_xdecref(cached);
    rp_xdecref(parent);
    return spec;
}

/* module.__name__/__loader__/__package__/__spec__/__path__/__file__/__cached__
 * as importlib's _init_module_attrs */
static int init_module_attrs(RpObject *module, RpObject *spec)
{
    RpObject *md = rp_module_dict_borrow(module);
    RpObject *sd = rp_namespace_dict_borrow(spec);
    RpObject *locs = rp_dict_get_cstr_borrow(sd, "submodule_search_locations");
    RpObject *origin = rp_dict_get_cstr_borrow(sd, "origin");
    RpObject *has_loc = rp_dict_get_cstr_borrow(sd, "has_location");
    RpObject *cached = rp_dict_get_cstr_borrow(sd, "cached");
    RpObject *name = rp_dict_get_cstr_borrow(sd, "name");
    RpObject *parent = rp_dict_get_cstr_borrow(sd, "parent");
    /* the spec has every key: NULL here means the key string could not be
       made (out of memory) */
    if (locs == NULL || origin == NULL || has_loc == NULL || cached == NULL ||
        name == NULL || parent == NULL) {
        if (!rp_err_occurred()) {
            rp_err_nomemory();
        }
        return -1;
    }
    if (rp_dict_set(md, rp_id(__name__), name) < 0 ||
        rp_dict_set(md, rp_id(__loader__), rp_None) < 0 ||
        rp_dict_set(md, rp_id(__package__), parent) < 0 ||
        rp_dict_set(md, rp_id(__spec__), spec) < 0) {
        return -1;
    }
    if (locs != NULL && locs != rp_None && rp_dict_set(md, rp_id(__path__), locs) < 0) {
        return -1;
    }
    if (has_loc == rp_True) {
        if (rp_dict_set(md, rp_id(__file__), origin) < 0 ||
            rp_dict_set(md, rp_id(__cached__), cached) < 0) {
            return -1;
        }
    }
    return 0;
}

static int spec_set_initializing(RpObject *spec, int on)
{
    return rp_dict_set_cstr(rp_namespace_dict_borrow(spec), "_initializing", on ? rp_True : rp_False);
}

int rp_import_set_builtin_attrs(RpObject *module)
{
    RpObject *name = rp_dict_get_borrow(rp_module_dict_borrow(module), rp_id(__name__));
    if (name == NULL || !rp_str_check(name)) {
        if (!rp_err_occurred()) {
            rp_err_set_string(&RpExc_SystemError, "nameless module");
        }
        return -1;
    }
    Found f;
    memset(&f, 0, sizeof(f));
    f.kind = KIND_BUILTIN;
    rp_incref(name);
    RpObject *spec = make_spec(name, &f);
    int r = spec != NULL ? init_module_attrs(module, spec) : -1;
    rp_xdecref(spec);
    rp_decref(name);
    return r;
}

/* getattr(getattr(module, "__spec__", None), "_initializing", False) */
int rp_import_is_initializing(RpObject *module)
{
    RpObject *spec = NULL, *v = NULL;
    int result = 0;
    if (rp_object_lookup_attr(module, rp_id(__spec__), &spec) > 0 && spec != rp_None) {
        RpObject *key = rp_str_intern_cstr("_initializing");
        if (key != NULL && rp_object_lookup_attr(spec, key, &v) > 0) {
            result = rp_object_is_true(v) > 0;
        }
        rp_xdecref(key);
    }
    rp_xdecref(v);
    rp_xdecref(spec);
    if (rp_err_occurred()) {
        rp_err_clear();
    }
    return result;
}

/* ---- loading ------------------------------------------------------------------- */

/* The contents of a file, NUL-terminated (rp_mem_malloc'd), or NULL with
 * OSError set. */
static char *read_file(const char *path, size_t *len_out)
{
    FILE *fp = fopen(path, "rb");
    if (fp == NULL) {
        int e = errno;
        RpObject *args[3] = { rp_int_from_long(e), rp_str_from_cstr(strerror(e)),
                              rp_str_from_cstr(path) };
        if (args[0] && args[1] && args[2]) {
            RpObject *exc = rp_exception_new(&RpExc_OSError, args, 3);
            if (exc != NULL) {
                rp_err_set_raised_steal(exc);
            }
        }
        for (int i = 0; i < 3; i++) {
            rp_xdecref(args[i]);
        }
        return NULL;
    }
    size_t cap = 8192, len = 0;
    char *buf = rp_mem_malloc(cap);
    while (buf != NULL) {
        size_t got = fread(buf + len, 1, cap - len - 1, fp);
        len += got;
        if (len < cap - 1) {
            break;
        }
        char *nb = rp_mem_realloc(buf, cap * 2);
        if (nb == NULL) {
            rp_mem_free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    fclose(fp);
    if (buf == NULL) {
        rp_err_nomemory();
        return NULL;
    }
    buf[len] = '\0';
    *len_out = len;
    return buf;
}

/* Compile `source` and run it in module's namespace. */
static int exec_in_module(RpObject *module, const char *source, size_t len, const char *filename)
{
    if (memchr(source, '\0', len) != NULL) {
        rp_err_set_string(&RpExc_SyntaxError, "source code cannot contain null bytes");
        return -1;
    }
    RpObject *code = rp_compile_source(source, filename, RP_COMPILE_EXEC);
    if (code == NULL) {
        return -1;
    }
    RpObject *d = rp_module_dict_borrow(module);
    int has = rp_dict_contains(d, rp_id(__builtins__));
    if (has < 0 || (has == 0 && rp_runtime.builtins_dict != NULL &&
                    rp_dict_set(d, rp_id(__builtins__), rp_runtime.builtins_dict) < 0)) {
        rp_decref(code);
        return -1;
    }
    RpObject *r = rp_run_code_in(code, d);
    rp_decref(code);
    if (r == NULL) {
        return -1;
    }
    rp_decref(r);
    return 0;
}

/* Create, register and execute the module described by f and spec.
 * Returns the module sys.modules holds afterwards (it may have replaced
 * itself). */
static RpObject *load(RpObject *name, Found *f, RpObject *spec)
{
    RpObject *module;
    if (f->kind == KIND_BUILTIN) {
        const char *cname = f->builtin->name;
        if (strcmp(cname, "sys") == 0 && rp_runtime.sysmod != NULL) {
            module = rp_newref(rp_runtime.sysmod);
        } else if (strcmp(cname, "builtins") == 0 && rp_runtime.builtins != NULL) {
            module = rp_newref(rp_runtime.builtins);
        } else {
            module = f->builtin->init();
        }
    } else {
        module = rp_module_new_object(name);
    }
    if (module == NULL) {
        return NULL;
    }
    if (init_module_attrs(module, spec) < 0 || spec_set_initializing(spec, 1) < 0) {
        rp_decref(module);
        return NULL;
    }
    RpObject *mods = modules_borrow();
    if (mods == NULL || rp_dict_set(mods, name, module) < 0) {
        rp_decref(module);
        spec_set_initializing(spec, 0);
        return NULL;
    }
    int rc = 0;
    if (f->kind == KIND_FROZEN) {
        char fname[256];
        snprintf(fname, sizeof(fname), "<frozen %s>", f->frozen->name);
        rc = exec_in_module(module, f->frozen->source, f->frozen->size, fname);
    } else if (f->kind == KIND_SOURCE || f->kind == KIND_PACKAGE) {
        size_t len;
        char *src = read_file(f->origin, &len);
        rc = src == NULL ? -1 : exec_in_module(module, src, len, f->origin);
        rp_mem_free(src);
    }
    rp_decref(module);
    if (rc < 0) {
        RpObject *exc = rp_err_fetch();
        RpObject *gone = rp_dict_pop(mods, name);
        rp_xdecref(gone);
        rp_err_restore(exc);
        spec_set_initializing(spec, 0);
        return NULL;
    }
    /* move the module to the end of sys.modules (as importlib does) */
    RpObject *final = rp_dict_pop(mods, name);
    if (final == NULL) {
        spec_set_initializing(spec, 0);
        if (!rp_err_occurred()) {
            rp_err_set_object(&RpExc_KeyError, name);
        }
        return NULL;
    }
    if (rp_dict_set(mods, name, final) < 0) {
        rp_decref(final);
        return NULL;
    }
    if (spec_set_initializing(spec, 0) < 0) {
        rp_decref(final);
        return NULL;
    }
    return final;
}

static RpObject *import_level(RpObject *name, RpObject *globals, RpObject *fromlist, int level);

/* importlib's _find_and_load: `name` is absolute and not (usable) in
 * sys.modules. */
static RpObject *find_and_load(RpObject *name)
{
    RpObject *existing = get_module_borrow(name);
    if (existing == NULL && rp_err_occurred()) {
        return NULL;
    }
    if (existing == rp_None) {
        return set_import_error(&RpExc_ModuleNotFoundError,
                                rp_str_from_format("import of %U halted; None in sys.modules", name),
                                name, NULL);
    }
    int err;
    RpObject *parent = str_before_last_dot(name, &err);
    if (err) {
        return NULL;
    }
    RpObject *path = NULL, *child = NULL;
    if (parent != NULL) {
        RpObject *pm = get_module_borrow(parent);
        if (pm == NULL) {
            if (rp_err_occurred()) {
                goto fail;
            }
            RpObject *r = import_level(parent, NULL, NULL, 0);
            if (r == NULL) {
                goto fail;
            }
            rp_decref(r);
        }
        /* importing the parent may have imported us */
        RpObject *again = get_module_borrow(name);
        if (again != NULL) {
            rp_decref(parent);
            return rp_newref(again);
        }
        if (rp_err_occurred()) {
            goto fail;
        }
        pm = get_module_borrow(parent);
        if (pm == NULL) {
            if (!rp_err_occurred()) {
                rp_err_set_object(&RpExc_KeyError, parent);
            }
            goto fail;
        }
        int r = rp_object_lookup_attr(pm, rp_id(__path__), &path);
        if (r < 0) {
            goto fail;
        }
        if (r == 0 && !frozen_exists(name)) {
            set_import_error(&RpExc_ModuleNotFoundError,
                             rp_str_from_format("No module named %R; %R is not a package", name,
                                                parent),
                             name, NULL);
            goto fail;
        }
        child = rp_str_substring(name, rp_str_len(parent) + 1, rp_str_len(name));
        if (child == NULL) {
            goto fail;
        }
    }
    Found f;
    int r = find_spec(name, path, &f);
    if (r <= 0) {
        if (r == 0) {
            module_not_found(name);
        }
        goto fail;
    }
    RpObject *spec = make_spec(name, &f);
    RpObject *module = spec != NULL ? load(name, &f, spec) : NULL;
    rp_xdecref(spec);
    found_clear(&f);
    if (module == NULL) {
        goto fail;
    }
    if (parent != NULL) {
        RpObject *pm = get_module_borrow(parent);
        if (pm != NULL && rp_object_setattr(pm, child, module) < 0) {
            rp_err_clear();     /* importlib only warns (ImportWarning) */
        }
    }
    rp_xdecref(parent);
    rp_xdecref(path);
    rp_xdecref(child);
    return module;
fail:
    rp_xdecref(parent);
    rp_xdecref(path);
    rp_xdecref(child);
    return NULL;
}

/* ---- relative names -------------------------------------------------------------- */

/* CPython's resolve_name: the absolute name of a relative import */
static RpObject *resolve_name(RpObject *name, RpObject *globals, int level)
{
    if (globals == NULL) {
        RpObject *msg = rp_str_from_cstr("'__name__' not in globals");
        if (msg != NULL) {
            rp_err_set_object(&RpExc_KeyError, msg);
            rp_decref(msg);
        }
        return NULL;
    }
    if (!rp_dict_check(globals)) {
        return rp_err_set_string(&RpExc_TypeError, "globals must be a dict");
    }
    RpObject *package = rp_dict_get_borrow(globals, rp_id(__package__));
    if (package == rp_None) {
        package = NULL;
    } else if (package == NULL && rp_err_occurred()) {
        return NULL;
    }
    RpObject *spec = rp_dict_get_borrow(globals, rp_id(__spec__));
    if (spec == NULL && rp_err_occurred()) {
        return NULL;
    }
    if (package != NULL) {
        rp_incref(package);
        if (!rp_str_check(package)) {
            rp_decref(package);
            return rp_err_set_string(&RpExc_TypeError, "package must be a string");
        }
    } else if (spec != NULL && spec != rp_None) {
        package = rp_object_getattr_str(spec, "parent");
        if (package == NULL) {
            return NULL;
        }
        if (!rp_str_check(package)) {
            rp_decref(package);
            return rp_err_set_string(&RpExc_TypeError, "__spec__.parent must be a string");
        }
    } else {
        package = rp_dict_get_borrow(globals, rp_id(__name__));
        if (package == NULL) {
            if (!rp_err_occurred()) {
                RpObject *msg = rp_str_from_cstr("'__name__' not in globals");
                if (msg != NULL) {
                    rp_err_set_object(&RpExc_KeyError, msg);
                    rp_decref(msg);
                }
            }
            return NULL;
        }
        rp_incref(package);
        if (!rp_str_check(package)) {
            rp_decref(package);
            return rp_err_set_string(&RpExc_TypeError, "__name__ must be a string");
        }
        int haspath = rp_dict_contains(globals, rp_id(__path__));
        if (haspath < 0) {
            rp_decref(package);
            return NULL;
        }
        if (!haspath) {
            rp_ssize_t dot = str_find_char(package, '.', 0, rp_str_len(package), 1);
            if (dot < 0) {
                rp_decref(package);
                goto no_parent;
            }
            RpObject *sub = rp_str_substring(package, 0, dot);
            rp_decref(package);
            if (sub == NULL) {
                return NULL;
            }
            package = sub;
        }
    }
    rp_ssize_t last_dot = rp_str_len(package);
    if (last_dot == 0) {
        rp_decref(package);
        goto no_parent;
    }
    for (int up = 1; up < level; up++) {
        last_dot = str_find_char(package, '.', 0, last_dot, 1);
        if (last_dot < 0) {
            rp_decref(package);
            return rp_err_set_string(&RpExc_ImportError,
                                     "attempted relative import beyond top-level package");
        }
    }
    RpObject *base = rp_str_substring(package, 0, last_dot);
    rp_decref(package);
    if (base == NULL || rp_str_len(name) == 0) {
        return base;
    }
    RpObject *abs = rp_str_from_format("%U.%U", base, name);
    rp_decref(base);
    return abs;
no_parent:
    return rp_err_set_string(&RpExc_ImportError,
                             "attempted relative import with no known parent package");
}

/* ---- __import__ -------------------------------------------------------------------- */

/* importlib's _handle_fromlist: import the submodules named in fromlist
 * that the package does not have as attributes. */
static int handle_fromlist(RpObject *module, RpObject *fromlist, int recursive)
{
    RpObject *it = rp_object_get_iter(fromlist);
    if (it == NULL) {
        return -1;
    }
    RpObject *x;
    int rc = 0;
    while (rc == 0 && (x = rp_iter_next(it)) != NULL) {
        if (!rp_str_check(x)) {
            if (recursive) {
                RpObject *modname = rp_object_getattr(module, rp_id(__name__));
                if (modname != NULL) {
                    rp_err_format(&RpExc_TypeError, "Item in %S.__all__ must be str, not %s",
                                  modname, rp_object_type_name(x));
                    rp_decref(modname);
                }
            } else {
                rp_err_format(&RpExc_TypeError, "Item in ``from list'' must be str, not %s",
                              rp_object_type_name(x));
            }
            rc = -1;
        } else if (rp_str_eq_cstr(x, "*")) {
            if (!recursive) {
                RpObject *all;
                int r = rp_object_lookup_attr(module, rp_id(__all__), &all);
                if (r < 0) {
                    rc = -1;
                } else if (r > 0) {
                    rc = handle_fromlist(module, all, 1);
                    rp_decref(all);
                }
            }
        } else {
            RpObject *attr;
            int r = rp_object_lookup_attr(module, x, &attr);
            if (r < 0) {
                rc = -1;
            } else if (r > 0) {
                rp_decref(attr);
            } else {
                RpObject *modname = rp_object_getattr(module, rp_id(__name__));
                RpObject *from_name = modname ? rp_str_from_format("%S.%U", modname, x) : NULL;
                rp_xdecref(modname);
                if (from_name == NULL) {
                    rc = -1;
                } else {
                    RpObject *sub = import_level(from_name, NULL, NULL, 0);
                    if (sub != NULL) {
                        rp_decref(sub);
                    } else if (rp_err_matches(&RpExc_ModuleNotFoundError)) {
                        /* a missing submodule is not an error here: the
                           from-import will report the missing name */
                        RpObject *exc = rp_err_fetch();
                        RpObject *ename = ((RpImportErrorObject *)exc)->name;
                        int same = ename != NULL && rp_str_check(ename) && rp_str_eq(ename, from_name);
                        RpObject *in_mods = same ? get_module_borrow(from_name) : NULL;
                        if (same && in_mods != rp_None && !rp_err_occurred()) {
                            rp_decref(exc);
                        } else {
                            rp_err_restore(exc);
                            rc = -1;
                        }
                    } else {
                        rc = -1;
                    }
                    rp_decref(from_name);
                }
            }
        }
        rp_decref(x);
    }
    rp_decref(it);
    if (rc == 0 && rp_err_occurred()) {
        rc = -1;
    }
    return rc;
}

/* PyImport_ImportModuleLevelObject */
static RpObject *import_level(RpObject *name, RpObject *globals, RpObject *fromlist, int level)
{
    if (name == NULL) {
        return rp_err_set_string(&RpExc_ValueError, "Empty module name");
    }
    if (!rp_str_check(name)) {
        return rp_err_set_string(&RpExc_TypeError, "module name must be a string");
    }
    if (level < 0) {
        return rp_err_set_string(&RpExc_ValueError, "level must be >= 0");
    }
    RpObject *abs_name;
    if (level > 0) {
        abs_name = resolve_name(name, globals, level);
        if (abs_name == NULL) {
            return NULL;
        }
    } else {
        if (rp_str_len(name) == 0) {
            return rp_err_set_string(&RpExc_ValueError, "Empty module name");
        }
        abs_name = rp_newref(name);
    }
    RpObject *mod = get_module_borrow(abs_name);
    if (mod != NULL && mod != rp_None) {
        rp_incref(mod);
    } else if (rp_err_occurred()) {
        rp_decref(abs_name);
        return NULL;
    } else {
        mod = find_and_load(abs_name);
        if (mod == NULL) {
            rp_decref(abs_name);
            return NULL;
        }
    }

    int has_from = 0;
    if (fromlist != NULL && fromlist != rp_None) {
        has_from = rp_object_is_true(fromlist);
        if (has_from < 0) {
            goto error;
        }
    }
    RpObject *final;
    if (!has_from) {
        rp_ssize_t len = rp_str_len(name);
        if (level == 0 || len > 0) {
            rp_ssize_t dot = str_find_char(name, '.', 0, len, 0);
            if (dot < 0) {
                final = rp_newref(mod);
            } else if (level == 0) {
                RpObject *front = rp_str_substring(name, 0, dot);
                if (front == NULL) {
                    goto error;
                }
                final = import_level(front, NULL, NULL, 0);
                rp_decref(front);
            } else {
                rp_ssize_t cut = len - dot;
                RpObject *to_return = rp_str_substring(abs_name, 0, rp_str_len(abs_name) - cut);
                if (to_return == NULL) {
                    goto error;
                }
                final = get_module_borrow(to_return);
                if (final != NULL) {
                    rp_incref(final);
                } else if (!rp_err_occurred()) {
                    RpObject *msg = rp_str_from_format("%R not in sys.modules as expected", to_return);
                    if (msg != NULL) {
                        rp_err_set_object(&RpExc_KeyError, msg);
                        rp_decref(msg);
                    }
                }
                rp_decref(to_return);
            }
        } else {
            final = rp_newref(mod);
        }
    } else {
        RpObject *path;
        int r = rp_object_lookup_attr(mod, rp_id(__path__), &path);
        if (r < 0) {
            goto error;
        }
        if (r > 0) {
            rp_decref(path);
            final = handle_fromlist(mod, fromlist, 0) < 0 ? NULL : rp_newref(mod);
        } else {
            final = rp_newref(mod);
        }
    }
    rp_decref(mod);
    rp_decref(abs_name);
    return final;
error:
    rp_decref(mod);
    rp_decref(abs_name);
    return NULL;
}

RpObject *rp_import_import_name(RpObject *name, RpObject *globals, RpObject *locals,
                                RpObject *fromlist, int level)
{
    (void)locals;
    return import_level(name, globals, fromlist, level);
}

RpObject *rp_import_module_object(RpObject *name)
{
    RpObject *top = import_level(name, NULL, NULL, 0);
    if (top == NULL) {
        return NULL;
    }
    rp_decref(top);
    RpObject *m = get_module_borrow(name);
    if (m == NULL) {
        if (!rp_err_occurred()) {
            rp_err_set_object(&RpExc_KeyError, name);
        }
        return NULL;
    }
    return rp_newref(m);
}

RpObject *rp_import_module(const char *name)
{
    RpObject *n = rp_str_from_cstr(name);
    if (n == NULL) {
        return NULL;
    }
    RpObject *m = rp_import_module_object(n);
    rp_decref(n);
    return m;
}

/* builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0) */
static RpObject *builtin___import__(RpObject *self, RpObject *const *args, size_t nargs,
                                    RpObject *kwnames);

RpMethodDef rp_import_builtin_def = {
    "__import__", RP_CFUNC(builtin___import__), RP_METH_FASTCALL | RP_METH_KEYWORDS,
    "__import__(name, globals=None, locals=None, fromlist=(), level=0) -> module\n\n"
    "Import a module. Because this function is meant for use by the Python\n"
    "interpreter and not for general use, it is better to use\n"
    "importlib.import_module() to programmatically import a module."
};

#include "../modules/modsupport.h"

static RpObject *builtin___import__(RpObject *self, RpObject *const *args, size_t nargs,
                                    RpObject *kwnames)
{
    static const char *const kw[] = { "name", "globals", "locals", "fromlist", "level", NULL };
    static const RpArgParser parser = { "__import__", kw };
    RpObject *a[5];
    if (rp_arg_unpack(&parser, args, nargs, kwnames, 1, 5, 0, a) < 0) {
        return NULL;
    }
    int level = 0;
    if (a[4] != NULL) {
        level = rp_arg_as_int(a[4]);
        if (level == -1 && rp_err_occurred()) {
            return NULL;
        }
    }
    return import_level(a[0], a[1], a[3], level);
}

RpObject *rp_import_name_op(RpObject *builtins, RpObject *globals, RpObject *locals,
                            RpObject *name, RpObject *fromlist, RpObject *level)
{
    RpObject *func = rp_dict_get_borrow(builtins, rp_id(__import__));
    if (func == NULL) {
        if (!rp_err_occurred()) {
            rp_err_set_string(&RpExc_ImportError, "__import__ not found");
        }
        return NULL;
    }
    /* the fast path when the program did not replace __import__ */
    if (rp_type(func) == &RpCFunction_Type &&
        ((RpCFunctionObject *)func)->m_ml == &rp_import_builtin_def) {
        int ilevel = rp_arg_as_int(level);
        if (ilevel == -1 && rp_err_occurred()) {
            return NULL;
        }
        return import_level(name, globals, fromlist, ilevel);
    }
    RpObject *stack[5] = { name, globals, locals != NULL ? locals : rp_None, fromlist, level };
    rp_incref(func);
    RpObject *r = rp_call(func, stack, 5, NULL);
    rp_decref(func);
    return r;
}

/* ---- from-imports ------------------------------------------------------------------ */

RpObject *rp_import_from(RpObject *module, RpObject *name)
{
    RpObject *x;
    int r = rp_object_lookup_attr(module, name, &x);
    if (r != 0) {
        return r > 0 ? x : NULL;
    }
    /* a circular relative import may have the submodule in sys.modules
       before it is set as an attribute of its package */
    RpObject *pkgname = rp_object_getattr(module, rp_id(__name__));
    if (pkgname == NULL) {
        rp_err_clear();
    } else if (!rp_str_check(pkgname)) {
        RP_CLEAR(pkgname);
    } else {
        RpObject *full = rp_str_from_format("%U.%U", pkgname, name);
        if (full == NULL) {
            rp_decref(pkgname);
            return NULL;
        }
        x = get_module_borrow(full);
        rp_decref(full);
        if (x != NULL) {
            rp_decref(pkgname);
            return rp_newref(x);
        }
        if (rp_err_occurred()) {
            rp_decref(pkgname);
            return NULL;
        }
    }

    RpObject *pkgpath = NULL;
    if (rp_module_check(module)) {
        pkgpath = rp_dict_get_borrow(rp_module_dict_borrow(module), rp_id(__file__));
        rp_err_clear();
        rp_xincref(pkgpath);
    }
    RpObject *shown = pkgname != NULL ? rp_newref(pkgname) : rp_str_from_cstr("<unknown module name>");
    if (shown == NULL) {
        rp_xdecref(pkgpath);
        rp_xdecref(pkgname);
        return NULL;
    }
    if (pkgpath == NULL || !rp_str_check(pkgpath)) {
        set_import_error(&RpExc_ImportError,
                         rp_str_from_format("cannot import name %R from %R (unknown location)",
                                            name, shown),
                         pkgname, NULL);
    } else {
        const char *fmt = rp_import_is_initializing(module)
            ? "cannot import name %R from partially initialized module %R "
              "(most likely due to a circular import) (%S)"
            : "cannot import name %R from %R (%S)";
        set_import_error(&RpExc_ImportError, rp_str_from_format(fmt, name, shown, pkgpath),
                         pkgname, pkgpath);
    }
    rp_decref(shown);
    rp_xdecref(pkgpath);
    rp_xdecref(pkgname);
    return NULL;
}

int rp_import_star(RpObject *module, RpObject *locals)
{
    RpObject *all;
    int skip_underscores = 0;
    int r = rp_object_lookup_attr(module, rp_id(__all__), &all);
    if (r < 0) {
        return -1;
    }
    if (r == 0) {
        RpObject *dict;
        r = rp_object_lookup_attr(module, rp_id(__dict__), &dict);
        if (r < 0) {
            return -1;
        }
        if (r == 0) {
            rp_err_set_string(&RpExc_ImportError,
                              "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = rp_dict_check(dict) ? rp_dict_keys_list(dict) : rp_call_method_str(dict, "keys", NULL, 0);
        rp_decref(dict);
        if (all == NULL) {
            return -1;
        }
        skip_underscores = 1;
    }
    int err = 0;
    for (rp_ssize_t pos = 0;; pos++) {
        RpObject *name = rp_sequence_getitem(all, pos);
        if (name == NULL) {
            if (rp_err_matches(&RpExc_IndexError)) {
                rp_err_clear();
            } else {
                err = -1;
            }
            break;
        }
        if (!rp_str_check(name)) {
            RpObject *modname = rp_object_getattr(module, rp_id(__name__));
            if (modname != NULL) {
                if (!rp_str_check(modname)) {
                    rp_err_format(&RpExc_TypeError, "module __name__ must be a string, not %s",
                                  rp_object_type_name(modname));
                } else {
                    rp_err_format(&RpExc_TypeError, "%s in %U.%s must be str, not %s",
                                  skip_underscores ? "Key" : "Item", modname,
                                  skip_underscores ? "__dict__" : "__all__",
                                  rp_object_type_name(name));
                }
                rp_decref(modname);
            }
            rp_decref(name);
            err = -1;
            break;
        }
        if (skip_underscores && rp_str_len(name) > 0 && rp_str_read_char(name, 0) == '_') {
            rp_decref(name);
            continue;
        }
        RpObject *value = rp_object_getattr(module, name);
        if (value == NULL) {
            err = -1;
        } else if (rp_dict_check_exact(locals)) {
            err = rp_dict_set(locals, name, value);
        } else {
            err = rp_object_setitem(locals, name, value);
        }
        rp_decref(name);
        rp_xdecref(value);
        if (err != 0) {
            break;
        }
    }
    rp_decref(all);
    return err;
}

/* ---- for the driver --------------------------------------------------------------------- */

RpObject *rp_import_add_module(const char *name)
{
    RpObject *mods = modules_borrow();
    if (mods == NULL) {
        return NULL;
    }
    RpObject *m = rp_dict_get_cstr_borrow(mods, name);
    if (m != NULL && rp_module_check(m)) {
        return rp_newref(m);
    }
    if (rp_err_occurred()) {
        return NULL;
    }
    m = rp_module_new(name);
    if (m == NULL) {
        return NULL;
    }
    if (rp_dict_set_cstr(mods, name, m) < 0) {
        rp_decref(m);
        return NULL;
    }
    return m;
}

/* an absolute, normalised form of a script path ("." and ".." removed),
 * as CPython gives __main__.__file__; rp_mem_malloc'd */
static char *abs_path(const char *path)
{
    char cwd[4096];
    char *joined = path[0] == '/' || getcwd(cwd, sizeof(cwd)) == NULL
        ? str_dup(path) : join3(cwd, "/", path);
    if (joined == NULL) {
        return NULL;
    }
    size_t n = strlen(joined);
    char *out = rp_mem_malloc(n + 2);
    if (out == NULL) {
        rp_mem_free(joined);
        rp_err_nomemory();
        return NULL;
    }
    size_t o = 0;
    const char *p = joined;
    while (*p) {
        while (*p == '/') {
            p++;
        }
        const char *seg = p;
        while (*p && *p != '/') {
            p++;
        }
        size_t len = (size_t)(p - seg);
        if (len == 0 || (len == 1 && seg[0] == '.')) {
            continue;
        }
        if (len == 2 && seg[0] == '.' && seg[1] == '.') {
            while (o > 0 && out[o - 1] != '/') {
                o--;
            }
            if (o > 0) {
                o--;
            }
            continue;
        }
        out[o++] = '/';
        memcpy(out + o, seg, len);
        o += len;
    }
    if (o == 0) {
        out[o++] = '/';
    }
    out[o] = '\0';
    rp_mem_free(joined);
    return out;
}

RpObject *rp_import_init_main_module(const char *filename)
{
    RpObject *m = rp_import_add_module("__main__");
    if (m == NULL) {
        return NULL;
    }
    RpObject *d = rp_module_dict_borrow(m);
    RpObject *ann = rp_dict_new();
    int bad = ann == NULL || rp_dict_set(d, rp_id(__annotations__), ann) < 0 ||
              (rp_runtime.builtins != NULL &&
               rp_dict_set(d, rp_id(__builtins__), rp_runtime.builtins) < 0);
    rp_xdecref(ann);
    if (!bad && filename != NULL) {
        RpObject *file;
        if (filename[0] == '<') {
            file = rp_str_from_cstr(filename);
        } else {
            char *full = abs_path(filename);
            file = full != NULL ? rp_str_from_cstr(full) : NULL;
            rp_mem_free(full);
        }
        bad = file == NULL || rp_dict_set(d, rp_id(__file__), file) < 0 ||
              rp_dict_set(d, rp_id(__cached__), rp_None) < 0;
        rp_xdecref(file);
    }
    if (bad) {
        rp_decref(m);
        return NULL;
    }
    return m;
}

RpObject *rp_import_exec_source(const char *name, const char *source, const char *filename)
{
    RpObject *mods = modules_borrow();
    RpObject *n = mods != NULL ? rp_str_from_cstr(name) : NULL;
    if (n == NULL) {
        return NULL;
    }
    RpObject *m = rp_module_new_object(n);
    if (m == NULL || rp_dict_set(mods, n, m) < 0 ||
        set_item_cstr(rp_module_dict_borrow(m), "__file__", rp_str_from_cstr(filename)) < 0 ||
        exec_in_module(m, source, strlen(source), filename) < 0) {
        RpObject *exc = rp_err_fetch();
        RpObject *gone = rp_dict_pop(mods, n);
        rp_xdecref(gone);
        rp_err_restore(exc);
        rp_xdecref(m);
        rp_decref(n);
        return NULL;
    }
    rp_decref(n);
    return m;
}

/* ---- _imp: what importlib needs from the import system ---------------------------- */

/* _imp.get_frozen_source(name): the source text of a frozen lib/ module, or None */
static RpObject *imp_get_frozen_source(RpObject *self, RpObject *name)
{
    if (!rp_str_check(name)) {
        return rp_err_format(&RpExc_TypeError, "expected str, not %T", name);
    }
    const char *cname = rp_str_as_utf8(name, NULL);
    if (cname == NULL) {
        return NULL;
    }
    for (const RpFrozenModule *m = rp_frozen_modules; m->name != NULL; m++) {
        if (strcmp(m->name, cname) == 0) {
            return rp_str_from_utf8(m->source, (rp_ssize_t)m->size);
        }
    }
    return rp_none_new();
}

static RpObject *imp_is_builtin(RpObject *self, RpObject *name)
{
    if (!rp_str_check(name)) {
        return rp_err_format(&RpExc_TypeError, "expected str, not %T", name);
    }
    const char *cname = rp_str_as_utf8(name, NULL);
    if (cname == NULL) {
        return NULL;
    }
    return rp_int_from_long(rp_builtin_module_exists(cname));
}

static RpObject *imp_is_frozen(RpObject *self, RpObject *name)
{
    if (!rp_str_check(name)) {
        return rp_err_format(&RpExc_TypeError, "expected str, not %T", name);
    }
    return rp_bool_from_long(frozen_exists(name));
}

static RpMethodDef imp_methods[] = {
    { "get_frozen_source", RP_CFUNC(imp_get_frozen_source), RP_METH_O,
      "The source text of a frozen module, or None." },
    { "is_builtin", RP_CFUNC(imp_is_builtin), RP_METH_O,
      "Returns True if the module name corresponds to a built-in module." },
    { "is_frozen", RP_CFUNC(imp_is_frozen), RP_METH_O,
      "Returns True if the module name corresponds to a frozen module." },
    { NULL, NULL, 0, NULL }
};

RpObject *rp_imp_module_init(void)
{
    RpObject *m = rp_module_new("_imp");
    if (m != NULL && rp_module_add_functions(m, imp_methods) < 0) {
        RP_CLEAR(m);
    }
    return m;
}

/* ---- shutdown ------------------------------------------------------------------------------ */

/* CPython's _PyModule_ClearDict: set every global to None, first the names
 * with one leading underscore, then all others except __builtins__. */
static void clear_module_dict(RpObject *d)
{
    for (int pass = 0; pass < 2; pass++) {
        rp_ssize_t pos = 0;
        RpObject *key, *value;
        while (rp_dict_next(d, &pos, &key, &value)) {
            if (value == rp_None || !rp_str_check(key)) {
                continue;
            }
            rp_ssize_t len = rp_str_len(key);
            uint32_t c0 = len > 0 ? rp_str_read_char(key, 0) : 0;
            uint32_t c1 = len > 1 ? rp_str_read_char(key, 1) : 0;
            int single = c0 == '_' && c1 != '_';
            if (pass == 0 ? single : (c0 != '_' || !rp_str_eq_cstr(key, "__builtins__"))) {
                if (rp_dict_set(d, key, rp_None) < 0) {
                    rp_err_write_unraisable(NULL);
                }
            }
        }
    }
}

void rp_import_finalize_modules(void)
{
    /* as Py_FinalizeEx: the atexit callbacks first, then the streams are
       flushed, then the modules go */
    rp_atexit_run();
    rp_sys_flush_std_files();
    /* then, as Py_FinalizeEx's PyGC_Collect(), a full collection while
       every module is still in place (only when gc is enabled, with the
       gc.callbacks): it frees the program's cyclic garbage and, as a side
       effect, leaves the survivors in the order the shutdown collection
       below finalizes them in (a module's values before their contents) */
    if (rp_runtime.gc.enabled) {
        if (rp_gc_collect(RP_GC_NUM_GENERATIONS - 1) < 0) {
            rp_err_clear();
        }
    }
    RpObject *mods = rp_runtime.modules;
    if (mods == NULL) {
        return;
    }
    RpObject *sysdict = rp_runtime.sysmod ? rp_module_dict_borrow(rp_runtime.sysmod) : NULL;
    /* sys attributes that would keep objects alive */
    if (sysdict != NULL) {
        static const char *const names[] = { "path", "argv", "ps1", "ps2", "last_type",
                                             "last_value", "last_traceback", "path_hooks",
                                             "path_importer_cache", "meta_path",
                                             "__interactivehook__", NULL };
        for (int i = 0; names[i] != NULL; i++) {
            if (rp_dict_set_cstr(sysdict, names[i], rp_None) < 0) {
                rp_err_clear();
            }
        }
        static const char *const std[] = { "stdin", "__stdin__", "stdout", "__stdout__",
                                           "stderr", "__stderr__", NULL };
        for (int i = 0; std[i] != NULL; i += 2) {
            RpObject *orig = rp_dict_get_cstr_borrow(sysdict, std[i + 1]);
            if (orig != NULL && rp_dict_set_cstr(sysdict, std[i], orig) < 0) {
                rp_err_clear();
            }
        }
    }
    /* Replace every module of sys.modules by None, in import order.  CPython
       keeps weak references to them; without weak references refpy keeps
       strong ones and drops each as soon as it alone holds the module, which
       frees the modules at the same moments. */
    RpObject *keep = rp_list_new(0);
    RpObject *names = keep != NULL ? rp_dict_keys_list(mods) : NULL;
    if (names == NULL) {
        /* out of memory: no ordered teardown, but the rest of the
           shutdown must still run (it drops what the runtime holds) */
        rp_err_clear();
        RP_CLEAR(keep);
        keep = rp_list_new(0);
        rp_err_clear();
    }
    for (rp_ssize_t i = 0; names != NULL && i < rp_list_len(names); i++) {
        RpObject *name = rp_list_get_borrow(names, i);
        RpObject *m = rp_dict_get_borrow(mods, name);
        if (m == NULL || !rp_module_check(m)) {
            continue;
        }
        rp_incref(m);
        if (rp_dict_set(mods, name, rp_None) < 0) {
            rp_err_clear();
        }
        if (rp_refcnt(m) > 1 && rp_list_append(keep, m) < 0) {
            rp_err_clear();
        }
        rp_decref(m);       /* the last reference: the module goes now */
    }
    rp_xdecref(names);
    rp_dict_clear(mods);
    rp_gc_collect(RP_GC_NUM_GENERATIONS - 1);
    rp_err_clear();
    /* wipe the modules still alive, the most recently imported first */
    for (rp_ssize_t i = keep != NULL ? rp_list_len(keep) - 1 : -1; i >= 0; i--) {
        RpObject *m = rp_list_get_borrow(keep, i);
        if (rp_refcnt(m) == 1) {
            /* only we hold it: in CPython it is gone already */
            rp_list_set_steal(keep, i, rp_newref(rp_None));
            continue;
        }
        RpObject *d = rp_module_dict_borrow(m);
        if (m == rp_runtime.builtins || m == rp_runtime.sysmod ||
            d == rp_runtime.builtins_dict) {
            continue;
        }
        clear_module_dict(d);
    }
    rp_xdecref(keep);
    if (sysdict != NULL) {
        clear_module_dict(sysdict);
    }
    if (rp_runtime.builtins_dict != NULL) {
        clear_module_dict(rp_runtime.builtins_dict);
    }
    rp_err_clear();
    /* the runtime's own references (CPython's finalize_interp_clear) */
    RP_CLEAR(rp_runtime.atexit_callbacks);
    RP_CLEAR(rp_runtime.gc.garbage);
    RP_CLEAR(rp_runtime.gc.callbacks);
    rp_runtime.gc.save_garbage = NULL;
    rp_runtime.gc.invoke_callbacks = NULL;
    rp_runtime.gc.debug_write = NULL;
    RP_CLEAR(rp_runtime.modules);
    RP_CLEAR(rp_runtime.sysmod);
    RP_CLEAR(rp_runtime.builtins);
    RP_CLEAR(rp_runtime.builtins_dict);
    rp_err_clear();
}
