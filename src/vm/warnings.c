/* warnings.c - issuing warnings from C, through lib/warnings.py. */
#include "warnings.h"

#include <stdarg.h>

#include "../core/refcount.h"
#include "../objects/intobject.h"
#include "../objects/noneobject.h"
#include "../objects/strobject.h"
#include "abstract.h"
#include "errors.h"
#include "import.h"

static RpObject *warnings_func(const char *name)
{
    RpObject *mod = rp_import_module("warnings");
    if (mod == NULL) {
        return NULL;
    }
    RpObject *f = rp_object_getattr_str(mod, name);
    rp_decref(mod);
    return f;
}

int rp_warn(RpTypeObject *category, rp_ssize_t stacklevel, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    RpObject *msg = rp_str_from_vformat(fmt, ap);
    va_end(ap);
    if (msg == NULL) {
        return -1;
    }
    RpObject *warn = warnings_func("warn");
    /* +1: warnings.warn itself is one more frame above the caller */
    RpObject *level = rp_int_from_ssize_t(stacklevel + 1);
    RpObject *res = NULL;
    if (warn != NULL && level != NULL) {
        RpObject *args[3] = { msg, (RpObject *)category, level };
        res = rp_call(warn, args, 3, NULL);
    }
    rp_xdecref(level);
    rp_xdecref(warn);
    rp_decref(msg);
    if (res == NULL) {
        return -1;
    }
    rp_decref(res);
    return 0;
}

int rp_warn_explicit(RpTypeObject *category, RpObject *message, RpObject *filename,
                     int lineno, RpObject *module, RpObject *registry)
{
    RpObject *warn = warnings_func("warn_explicit");
    if (warn == NULL) {
        return -1;
    }
    RpObject *ln = rp_int_from_long(lineno);
    if (ln == NULL) {
        rp_decref(warn);
        return -1;
    }
    RpObject *args[6] = { message, (RpObject *)category, filename, ln,
                          module != NULL ? module : rp_None,
                          registry != NULL ? registry : rp_None };
    RpObject *res = rp_call(warn, args, 6, NULL);
    rp_decref(ln);
    rp_decref(warn);
    if (res == NULL) {
        return -1;
    }
    rp_decref(res);
    return 0;
}
