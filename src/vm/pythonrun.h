/* pythonrun.h - the interpreter's life: start-up, running programs,
 * printing uncaught exceptions, shutdown.
 *
 * Models CPython 3.11's Python/pylifecycle.c and Python/pythonrun.c.
 */
#ifndef RP_PYTHONRUN_H
#define RP_PYTHONRUN_H

#include <stddef.h>

#include "../core/object.h"

typedef struct RpConfig {
    int argc;              /* sys.argv */
    char **argv;
    const char *program;   /* argv[0] of the process, for messages */
    int interactive;       /* -i: inspect after running */
    int optimize;          /* -O count */
    int verbose;
    int dont_write_bytecode;
    int safe_path;
    /* more of the command line, for sys.flags: -u -q -I -S -s -E -b -d */
    int unbuffered, quiet, isolated, no_site, no_user_site, ignore_environment,
        bytes_warning, debug;
    int command_line_flags;  /* any of the options above were given */
} RpConfig;

/* Start the interpreter: core state, every static type, builtins, sys,
 * __main__.  Returns 0, or -1 after printing why on stderr. */
int rp_initialize(const RpConfig *config);
/* Shut down: run atexit, clear modules, collect, free everything.  In a
 * debug build, report leaked objects ("refpy: N objects leaked" and a
 * per-type summary) and return non-zero if any.  Returns the exit status
 * adjustment (0 normally). */
int rp_finalize(void);

/* Run a program in __main__; each returns the process exit status (0, 1
 * for an uncaught exception, or SystemExit's code) after printing an
 * uncaught exception. */
int rp_run_file(const char *path);          /* path: as given on the command line */
int rp_run_string(const char *src, const char *filename);   /* -c */
int rp_run_stdin(void);                     /* piped program */
/* the interactive loop; `banner`: first print CPython's greeting */
int rp_run_repl(int banner);

/* Print the current exception as an uncaught one (sys.excepthook), and
 * clear it.  If it is SystemExit, return the exit status it asks for
 * (printing a message if it is a string) instead; *is_exit set to 1. */
int rp_handle_uncaught(int *is_exit);

/* Run a code object in a globals dict (locals = globals): new reference
 * or NULL. (import.h contract) */
RpObject *rp_run_code_in(RpObject *code, RpObject *globals);

/* Write text (a str) to sys.stderr, or to the C stderr if sys.stderr is
 * unusable; errors are swallowed. */
void rp_write_stderr(RpObject *text);
void rp_write_stderr_cstr(const char *utf8);
/* Flush sys.stdout and sys.stderr. */
void rp_flush_std_streams(void);

#endif
