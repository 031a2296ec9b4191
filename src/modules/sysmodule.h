/* sysmodule.h - the sys module, seen from C.
 *
 * The driver and the VM use these to reach sys.stdout and friends the
 * way CPython's PySys_* functions do: always through the *current* value
 * of the sys attribute (a program may replace sys.stdout). */
#ifndef RP_MODULES_SYSMODULE_H
#define RP_MODULES_SYSMODULE_H

#include "../core/object.h"

/* sys.<name> (borrowed), or NULL without an exception when missing. */
RpObject *rp_sys_get_object_borrow(const char *name);
/* sys.<name> = value (value NULL: delete); 0 or -1. */
int rp_sys_set_object(const char *name, RpObject *value);

/* Write to sys.stderr / sys.stdout (through their write method, falling
 * back to the C stream when the attribute is missing or None).  The
 * format is rp_str_from_format's.  Errors are cleared (PySys_FormatStderr). */
void rp_sys_format_stderr(const char *fmt, ...);
void rp_sys_format_stdout(const char *fmt, ...);
void rp_sys_write_stderr_str(RpObject *s);

/* Flush sys.stdout and sys.stderr (at exit, and before the interpreter
 * prints a traceback).  Returns 0, or -1 when flushing stdout failed (the
 * error was reported; CPython then exits with status 120). */
int rp_sys_flush_std_files(void);

/* The flags of the command line that sys.flags reports. */
typedef struct RpSysConfig {
    int inspect, interactive, optimize, verbose, quiet, isolated, no_site,
        ignore_environment, dont_write_bytecode, unbuffered, bytes_warning;
    int debug, no_user_site, safe_path;
} RpSysConfig;
/* Optional, after rp_sys_init: set sys.flags from the command line (-i,
 * -O, -v, -q, -I, -S, -E, -B, -u, -b); -u also makes sys.stdout and
 * sys.stderr write through.  (Without it the environment variables
 * PYTHONUNBUFFERED, PYTHONDONTWRITEBYTECODE, ... are honoured.)  0/-1. */
int rp_sys_set_config(const RpSysConfig *config);

#endif
