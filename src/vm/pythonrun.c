/* pythonrun.c - the interpreter's life: start-up, running a program,
 * uncaught exceptions, shutdown.
 *
 * Models CPython 3.11's Python/pylifecycle.c (Py_Initialize,
 * Py_FinalizeEx) and Python/pythonrun.c (PyRun_SimpleFile, the REPL,
 * PyErr_Print with SystemExit handling).
 *
 * Start-up order: the C stack guard, the core (collector, free lists),
 * the intern table and well-known names, every static type, weak
 * references, a MemoryError for hard times, builtins (which registers the
 * exception classes), sys, __main__.
 *
 * Shutdown: flush the standard streams, empty the modules (their globals
 * are released, so __del__ methods run), collect cycles, drop what the
 * runtime holds, and - in a debug build - report every object still
 * alive: "refpy: N objects leaked" and a summary by type on stderr, with
 * a non-zero exit status, when RP_LEAK_CHECK=1 (as `make test-all` and
 * the CI run the debug build).  With RP_LEAK_CHECK=1 the heap checker
 * (debug.h) also runs on the whole heap before the teardown and fails the
 * run the same way when a reference is found that no count accounts for.
 */
#include "pythonrun.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../compiler/ast_objects.h"
#include "../compiler/compile.h"
#include "../core/alloc.h"
#include "../core/debug.h"
#include "../core/freelist.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../core/runtime.h"
#include "../modules/config.h"
#include "../modules/sysmodule.h"
#include "../objects/dictobject.h"
#include "../objects/exceptions.h"
#include "../objects/intobject.h"
#include "../objects/moduleobject.h"
#include "../objects/noneobject.h"
#include "../objects/strobject.h"
#include "../objects/traceback.h"
#include "../objects/tupleobject.h"
#include "../objects/typeobject.h"
#include "../objects/weakrefobject.h"
#include "abstract.h"
#include "ceval.h"
#include "errors.h"
#include "frame.h"
#include "import.h"

#define RP_PROGRAM "refpy"

/* ---- the C stack guard -------------------------------------------------- */

static void set_c_stack_limit(char *base)
{
    struct rlimit rl;
    size_t size = 8u * 1024 * 1024;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur > 0) {
        size = (size_t)rl.rlim_cur;
    }
    /* keep a margin for the C code that runs between two checks and for
       reporting the error itself; sanitizer builds use far more stack */
#ifdef RP_ASAN
    size_t margin = size / 2;
#else
    size_t margin = size / 8 > 256 * 1024 ? size / 8 : 256 * 1024;
#endif
    if (margin >= size) {
        margin = size / 2;
    }
    rp_tstate()->c_stack_limit = base - (size - margin);
}

/* ---- output helpers ------------------------------------------------------- */

void rp_write_stderr(RpObject *text)
{
    RpObject *saved = rp_err_fetch();
    rp_sys_write_stderr_str(text);
    rp_err_clear();
    rp_err_restore(saved);
}

void rp_write_stderr_cstr(const char *utf8)
{
    RpObject *s = rp_str_from_cstr(utf8);
    if (s == NULL) {
        rp_err_clear();
        fputs(utf8, stderr);
        return;
    }
    rp_write_stderr(s);
    RP_DECREF(s);
}

void rp_flush_std_streams(void)
{
    RpObject *saved = rp_err_fetch();
    rp_sys_flush_std_files();
    rp_err_clear();
    rp_err_restore(saved);
}

/* sys.excepthook's work (vm_api.h): the traceback and the exception */
void rp_err_display(RpObject *exc)
{
    RpObject *saved = rp_err_fetch();
    RpObject *text = rp_exception_format(exc, 1);
    if (text != NULL) {
        rp_write_stderr(text);
        RP_DECREF(text);
    }
    else {
        rp_err_clear();
        rp_exception_print(exc, stderr);
    }
    rp_err_clear();
    rp_err_restore(saved);
}

/* -i: until the prompt starts, SystemExit is shown like any exception
   and does not end the process (CPython's _Py_HandleSystemExit) */
static int inspect_pending;

/* ---- start-up -------------------------------------------------------------- */

static RpErrStackItem *base_exc_item(void)
{
    RpErrStackItem *item = rp_mem_calloc(1, sizeof(RpErrStackItem));
    return item;
}

static int init_main_module(void)
{
    RpObject *m = rp_import_add_module("__main__");
    if (m == NULL) {
        return -1;
    }
    RpObject *d = rp_module_dict_borrow(m);
    RpObject *ann = rp_dict_new();
    int r = ann != NULL && rp_dict_set_cstr(d, "__annotations__", ann) == 0 ? 0 : -1;
    RP_XDECREF(ann);
    if (r == 0 && rp_dict_get_cstr_borrow(d, "__builtins__") == NULL) {
        r = rp_dict_set_cstr(d, "__builtins__", rp_runtime.builtins);
    }
    RP_DECREF(m);
    return r;
}

/* an environment variable as CPython reads a flag: unset or empty 0, a
   positive number that number, anything else 1 */
static int env_flag(const char *name)
{
    const char *v = getenv(name);
    if (v == NULL || v[0] == '\0') {
        return 0;
    }
    int n = atoi(v);
    return n > 0 ? n : 1;
}

int rp_initialize(const RpConfig *config)
{
    set_c_stack_limit((char *)__builtin_frame_address(0));
    RpThreadState *ts = rp_tstate();
    ts->recursion_limit = 1000;
    rp_runtime.optimize = config->optimize > 2 ? 2 : config->optimize;
    ts->exc_info = base_exc_item();
    if (ts->exc_info == NULL) {
        fprintf(stderr, "%s: out of memory at start-up\n", RP_PROGRAM);
        return -1;
    }
    rp_debug_configure_from_env();
    rp_gc_init();
    rp_freelists_init();
    /* every static type, then the exception classes (before anything
       derives from them), then weak references */
    if (rp_str_init() < 0 || rp_types_init() < 0 || rp_exceptions_init(NULL) < 0 ||
        rp_weakref_init() < 0) {
        goto fatal;
    }
    /* builtins registers (and readies) the exception classes */
    RpObject *b = rp_builtins_init();
    if (b == NULL) {
        goto fatal;
    }
    RP_DECREF(b);
    rp_runtime.memory_error = rp_exception_new(&RpExc_MemoryError, NULL, 0);
    if (rp_runtime.memory_error == NULL) {
        goto fatal;
    }
    int argc = config->argc;
    char **argv = config->argv;
    char *empty_argv[] = { (char *)"", NULL };
    if (argc == 0) {
        argc = 1;
        argv = empty_argv;
    }
    RpObject *s = rp_sys_init(argc, argv);
    if (s == NULL) {
        goto fatal;
    }
    RP_DECREF(s);
    if (config->optimize || config->verbose || config->interactive ||
        config->dont_write_bytecode || config->command_line_flags) {
        RpSysConfig sc;
        memset(&sc, 0, sizeof(sc));
        int env = !config->ignore_environment;
        sc.optimize = config->optimize ? config->optimize : env ? env_flag("PYTHONOPTIMIZE") : 0;
        sc.verbose = config->verbose ? config->verbose : env ? env_flag("PYTHONVERBOSE") : 0;
        sc.inspect = config->interactive || (env && env_flag("PYTHONINSPECT"));
        sc.interactive = config->interactive;
        sc.dont_write_bytecode = config->dont_write_bytecode ||
                                 (env && env_flag("PYTHONDONTWRITEBYTECODE"));
        sc.unbuffered = config->unbuffered || (env && env_flag("PYTHONUNBUFFERED"));
        sc.quiet = config->quiet;
        sc.isolated = config->isolated;
        sc.no_site = config->no_site;
        sc.no_user_site = config->no_user_site || (env && env_flag("PYTHONNOUSERSITE"));
        sc.ignore_environment = config->ignore_environment;
        sc.bytes_warning = config->bytes_warning;
        sc.debug = config->debug || (env && env_flag("PYTHONDEBUG"));
        sc.safe_path = config->safe_path || (env && env_flag("PYTHONSAFEPATH"));
        if (rp_sys_set_config(&sc) < 0) {
            goto fatal;
        }
    }
    if (init_main_module() < 0) {
        goto fatal;
    }
    rp_debug_alloc_count("start-up");
    inspect_pending = config->interactive;
    return 0;
fatal:
    /* A failure this early (out of memory, in practice) cannot be shown as
       a Python exception: what printing one needs may not be ready, nor
       may freeing it.  Name it and give up (the process exits). */
    {
        RpObject *exc = rp_err_occurred();
        fprintf(stderr, "%s: cannot initialize the interpreter%s%s\n", RP_PROGRAM,
                exc != NULL ? ": " : "", exc != NULL ? RP_TYPE(exc)->tp_name : "");
    }
    return -1;
}

/* ---- uncaught exceptions ----------------------------------------------------- */

static int system_exit_status(RpObject *exc)
{
    RpObject *value = exc;
    RpObject *code = rp_object_getattr(exc, rp_id(code));
    if (code == NULL) {
        rp_err_clear();
        code = rp_newref(value);
    }
    int status = 0;
    if (code == rp_None) {
        status = 0;
    }
    else if (rp_int_check(code)) {
        status = (int)rp_int_as_long(code);
        rp_err_clear();
    }
    else {
        rp_flush_std_streams();
        RpObject *s = rp_object_str(code);
        if (s == NULL) {
            rp_err_clear();
        }
        else {
            rp_write_stderr(s);
            RP_DECREF(s);
        }
        rp_write_stderr_cstr("\n");
        status = 1;
    }
    RP_DECREF(code);
    return status;
}

int rp_handle_uncaught(int *is_exit)
{
    *is_exit = 0;
    RpObject *exc = rp_err_fetch();
    if (exc == NULL) {
        return 0;
    }
    if (rp_type_is_subtype(RP_TYPE(exc), &RpExc_SystemExit) && !inspect_pending) {
        *is_exit = 1;
        int status = system_exit_status(exc);
        RP_DECREF(exc);
        return status;
    }
    /* sys.last_type, last_value, last_traceback */
    RpObject *tb = rp_exception_get_traceback_borrow(exc);
    rp_sys_set_object("last_type", (RpObject *)RP_TYPE(exc));
    rp_sys_set_object("last_value", exc);
    rp_sys_set_object("last_traceback", tb ? tb : rp_None);
    rp_err_clear();
    RpObject *hook = rp_sys_get_object_borrow("excepthook");
    if (hook != NULL && hook != rp_None) {
        RpObject *args[3] = { (RpObject *)RP_TYPE(exc), exc, tb ? tb : rp_None };
        RP_INCREF(hook);
        RpObject *r = rp_call(hook, args, 3, NULL);
        RP_DECREF(hook);
        if (r == NULL) {
            RpObject *hook_exc = rp_err_fetch();
            if (hook_exc != NULL && rp_type_is_subtype(RP_TYPE(hook_exc), &RpExc_SystemExit)) {
                *is_exit = 1;
                int status = system_exit_status(hook_exc);
                RP_DECREF(hook_exc);
                RP_DECREF(exc);
                return status;
            }
            rp_write_stderr_cstr("Error in sys.excepthook:\n");
            if (hook_exc != NULL) {
                rp_err_display(hook_exc);
                RP_DECREF(hook_exc);
            }
            rp_write_stderr_cstr("\nOriginal exception was:\n");
            rp_err_display(exc);
        }
        else {
            RP_DECREF(r);
        }
    }
    else {
        rp_write_stderr_cstr("sys.excepthook is missing\n");
        rp_err_display(exc);
    }
    rp_err_clear();
    /* CPython exits "killed by SIGINT" after an uncaught KeyboardInterrupt */
    int status = rp_type_is_subtype(RP_TYPE(exc), &RpExc_KeyboardInterrupt) ? 130 : 1;
    RP_DECREF(exc);
    return status;
}

/* ---- running code ------------------------------------------------------------------ */

RpObject *rp_run_code_in(RpObject *code, RpObject *globals)
{
    return rp_eval_code(code, globals, globals);
}

static RpObject *main_dict_borrow(void)
{
    RpObject *m = rp_dict_get_cstr_borrow(rp_runtime.modules, "__main__");
    return m ? rp_module_dict_borrow(m) : NULL;
}

/* Compile and run source in __main__; the exit status. */
static int run_source(const char *src, size_t len, const char *filename, int parse_file,
                      int set_file)
{
    RpObject *d = main_dict_borrow();
    if (d == NULL) {
        fprintf(stderr, "%s: no __main__ module\n", RP_PROGRAM);
        return 1;
    }
    int status = 0, is_exit = 0;
    RpObject *fn = NULL;
    /* the program may replace sys.modules['__main__']: keep its namespace
       alive while it runs (CPython holds the module) */
    rp_incref(d);
    if (set_file && rp_dict_get_cstr_borrow(d, "__file__") == NULL) {
        fn = rp_str_from_cstr(filename);
        if (fn == NULL || rp_dict_set_cstr(d, "__file__", fn) < 0 ||
            rp_dict_set_cstr(d, "__cached__", rp_None) < 0) {
            RP_XDECREF(fn);
            status = rp_handle_uncaught(&is_exit);
            rp_decref(d);
            return status;
        }
    }
    /* the literals stay alive while the program runs, as CPython's AST
       arena keeps them (sys.getrefcount(x) after x = 1000 shows it) */
    RpObject *literals = NULL;
    RpObject *code = rp_compile_source_keep(src, len, filename, RP_COMPILE_EXEC,
                                            parse_file ? RP_COMPILE_FLAG_FILE : 0, -1,
                                            &literals);
    if (code != NULL) {
        RpObject *res = rp_eval_code(code, d, d);
        RP_DECREF(code);
        RP_XDECREF(res);
    }
    RP_XDECREF(literals);
    if (rp_err_occurred()) {
        status = rp_handle_uncaught(&is_exit);
    }
    if (fn != NULL) {
        if (rp_dict_del_cstr(d, "__file__") < 0) {
            rp_err_clear();
        }
        if (rp_dict_del_cstr(d, "__cached__") < 0) {
            rp_err_clear();
        }
        RP_DECREF(fn);
    }
    rp_decref(d);
    return status;
}

static char *read_all(FILE *fp, size_t *len)
{
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap + 1);
    if (buf == NULL) {
        return NULL;
    }
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, fp)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap + 1);
            if (nb == NULL) {
                free(buf);
                return NULL;
            }
            buf = nb;
        }
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

static char *absolute_path(const char *path)
{
    if (path[0] == '/') {
        return strdup(path);
    }
    char cwd[PATH_MAX];
    if (getcwd(cwd, sizeof cwd) == NULL) {
        return strdup(path);
    }
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *r = malloc(n);
    if (r != NULL) {
        snprintf(r, n, "%s/%s", cwd, path);
    }
    return r;
}

int rp_run_file(const char *path)
{
    char *abs = absolute_path(path);
    if (abs == NULL) {
        fprintf(stderr, "%s: out of memory\n", RP_PROGRAM);
        return 1;
    }
    struct stat sb;
    if (stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        /* a directory: its __main__.py (CPython runs it through runpy) */
        size_t n = strlen(abs);
        char *main_py = malloc(n + sizeof("/__main__.py"));
        if (main_py == NULL) {
            free(abs);
            fprintf(stderr, "%s: out of memory\n", RP_PROGRAM);
            return 1;
        }
        memcpy(main_py, abs, n);
        memcpy(main_py + n, "/__main__.py", sizeof("/__main__.py"));
        FILE *mf = fopen(main_py, "rb");
        if (mf == NULL) {
            fprintf(stderr, "%s: can't find '__main__' module in '%s'\n", RP_PROGRAM, abs);
            free(main_py);
            free(abs);
            return 1;
        }
        fclose(mf);
        free(abs);
        int status = rp_run_file(main_py);
        free(main_py);
        return status;
    }
    FILE *fp = fopen(path, "rb");
    if (fp == NULL) {
        int e = errno;
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", RP_PROGRAM, abs, e,
                strerror(e));
        free(abs);
        return 2;
    }
    size_t len;
    char *src = read_all(fp, &len);
    int e = ferror(fp) ? errno : 0;
    fclose(fp);
    if (src == NULL || e) {
        if (e == EISDIR || e == 0) {
            e = e ? e : EIO;
        }
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", RP_PROGRAM, abs, e,
                strerror(e));
        free(src);
        free(abs);
        return 2;
    }
    int status = run_source(src, len, abs, 1, 1);
    free(src);
    free(abs);
    return status;
}

int rp_run_string(const char *src, const char *filename)
{
    return run_source(src, strlen(src), filename, 0, 0);
}

int rp_run_stdin(void)
{
    size_t len;
    char *src = read_all(stdin, &len);
    if (src == NULL) {
        fprintf(stderr, "%s: out of memory\n", RP_PROGRAM);
        return 1;
    }
    int status = run_source(src, len, "<stdin>", 1, 1);
    free(src);
    return status;
}

/* ---- the interactive loop ------------------------------------------------------------ */

/* Write sys.ps1 / sys.ps2 (or the default) to stderr, as CPython's
 * interactive reader does. */
static void write_prompt(const char *name, const char *dflt)
{
    RpObject *p = rp_sys_get_object_borrow(name);
    RpObject *s = p ? rp_object_str(p) : NULL;
    const char *u = s ? rp_str_as_utf8(s, NULL) : NULL;
    fputs(u ? u : dflt, stderr);
    fflush(stderr);
    RP_XDECREF(s);
    rp_err_clear();
}

/* Parse `src` in single mode: 1 complete (code in *code or an error set),
 * 0 needs more input. */
static int repl_compile(const char *src, size_t len, RpObject **code, int force)
{
    RpArena *arena = rp_arena_new();
    if (arena == NULL) {
        rp_err_nomemory();
        *code = NULL;
        return 1;
    }
    RpSyntaxError err;
    memset(&err, 0, sizeof(err));
    RpModule *mod = rp_parse(arena, src, len, "<stdin>", RP_MODE_SINGLE, 0, &err);
    if (mod == NULL) {
        if (err.incomplete && !force) {
            rp_arena_free(arena);
            return 0;
        }
        rp_raise_syntax_error(&err, "<stdin>");
        *code = NULL;
    }
    else {
        *code = rp_compile_ast(mod, arena, "<stdin>", src, len, 0, -1);
    }
    rp_arena_free(arena);
    return 1;
}

static int ends_with_colon(const char *line)
{
    size_t n = strlen(line);
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' || line[n - 1] == ' ' ||
                     line[n - 1] == '\t')) {
        n--;
    }
    return n > 0 && line[n - 1] == ':';
}

int rp_run_repl(int banner)
{
    inspect_pending = 0;
    if (banner) {
        RpObject *v = rp_sys_get_object_borrow("version");
        RpObject *vs = v ? rp_object_str(v) : NULL;
        const char *u = vs ? rp_str_as_utf8(vs, NULL) : NULL;
        fprintf(stderr, "Python %s on linux\n"
                "Type \"help\", \"copyright\", \"credits\" or \"license\" for more "
                "information.\n", u ? u : "3.11.7");
        RP_XDECREF(vs);
        rp_err_clear();
    }
    char *buf = NULL;
    size_t len = 0, cap = 0;
    int compound = 0;
    RpObject *d = main_dict_borrow();
    char line[4096];
    for (;;) {
        if (len == 0) {
            write_prompt("ps1", ">>> ");
        }
        else {
            write_prompt("ps2", "... ");
        }
        if (fgets(line, sizeof line, stdin) == NULL) {
            if (len == 0) {
                fputc('\n', stderr);
                break;
            }
            strcpy(line, "\n");
            compound = 0;
        }
        size_t ln = strlen(line);
        if (len + ln + 2 > cap) {
            cap = (len + ln + 2) * 2;
            char *nb = realloc(buf, cap);
            if (nb == NULL) {
                break;
            }
            buf = nb;
        }
        memcpy(buf + len, line, ln);
        len += ln;
        buf[len] = '\0';
        int blank = strspn(line, " \t\r\n") == ln;
        if (len == ln) {
            if (blank) {
                len = 0;
                continue;
            }
            compound = ends_with_colon(line);
        }
        if (compound && !blank) {
            continue;   /* a block ends with an empty line */
        }
        RpObject *code = NULL;
        if (!repl_compile(buf, len, &code, blank)) {
            continue;
        }
        len = 0;
        compound = 0;
        if (code != NULL) {
            RpObject *res = rp_eval_code(code, d, d);
            RP_DECREF(code);
            RP_XDECREF(res);
        }
        if (rp_err_occurred()) {
            int is_exit;
            int status = rp_handle_uncaught(&is_exit);
            if (is_exit) {
                free(buf);
                return status;
            }
        }
        rp_flush_std_streams();
    }
    free(buf);
    return 0;
}

/* ---- shutdown ------------------------------------------------------------------------- */

int rp_finalize(void)
{
    RpThreadState *ts = rp_tstate();
    int status = 0;
    rp_flush_std_streams();
#ifdef RP_DEBUG
    /* the heap checker, on the whole heap before anything is torn down:
       no object may be referenced (as its referrers' tp_traverse see it)
       more often than its count says */
    const char *lc = getenv("RP_LEAK_CHECK");
    int leak_check = lc != NULL && lc[0] != '\0' && strcmp(lc, "0") != 0;
    if (leak_check) {
        rp_ssize_t bad = rp_debug_heap_check(stderr);
        if (bad > 0) {
            fprintf(stderr, "refpy: heap check failed: %ld objects have more references "
                    "than their refcount\n", (long)bad);
            status = 1;
        }
    }
#endif
    rp_gc_dump_shutdown_stats();
    rp_runtime.finalizing = 1;
    rp_import_finalize_modules();
    rp_err_clear();
    rp_gc_collect_at_exit();
    rp_err_clear();
    /* what the runtime holds */
    RP_CLEAR(rp_runtime.modules);
    RP_CLEAR(rp_runtime.sysmod);
    RP_CLEAR(rp_runtime.builtins_dict);
    RP_CLEAR(rp_runtime.builtins);
    RP_CLEAR(rp_runtime.memory_error);
    if (ts->exc_info != NULL) {
        RP_CLEAR(ts->exc_info->exc_value);
    }
    rp_datastack_fini(ts);
    rp_gc_collect_at_exit();
    rp_err_clear();
    rp_types_fini();
    rp_gc_collect_at_exit();
    rp_freelists_clear_all();
    rp_str_fini();
    rp_freelists_clear_all();
#ifdef RP_DEBUG
    if (leak_check) {
        rp_ssize_t leaked = rp_debug_leak_report(stderr);
        if (leaked > 0) {
            status = 1;
        }
    }
#endif
    rp_mem_free(ts->exc_info);
    ts->exc_info = NULL;
    rp_debug_alloc_count("exit");
    return status;
}
