/* timemodule.c - the time module (the commonly used part of CPython's).
 *
 *   time() time_ns()                 seconds since the epoch (wall clock)
 *   perf_counter() monotonic()       for measuring intervals (+ _ns forms)
 *   process_time()                   CPU time of this process (+ _ns)
 *   sleep(secs)
 *   localtime() gmtime() mktime()    struct_time conversions
 *   strftime() asctime() ctime()
 *   timezone altzone daylight tzname
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../objects/dictobject.h"
#include "../objects/exceptions.h"
#include "../objects/floatobject.h"
#include "../objects/intobject.h"
#include "../objects/moduleobject.h"
#include "../objects/noneobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "modsupport.h"
#include "structseq.h"

static double clock_seconds(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static RpObject *clock_ns(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return rp_int_from_long_long((long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
}

static RpObject *time_time(RpObject *self, RpObject *unused)
{
    return rp_float_from_double(clock_seconds(CLOCK_REALTIME));
}

static RpObject *time_time_ns(RpObject *self, RpObject *unused)
{
    return clock_ns(CLOCK_REALTIME);
}

static RpObject *time_monotonic(RpObject *self, RpObject *unused)
{
    return rp_float_from_double(clock_seconds(CLOCK_MONOTONIC));
}

static RpObject *time_monotonic_ns(RpObject *self, RpObject *unused)
{
    return clock_ns(CLOCK_MONOTONIC);
}

static RpObject *time_process_time(RpObject *self, RpObject *unused)
{
    return rp_float_from_double(clock_seconds(CLOCK_PROCESS_CPUTIME_ID));
}

static RpObject *time_process_time_ns(RpObject *self, RpObject *unused)
{
    return clock_ns(CLOCK_PROCESS_CPUTIME_ID);
}

static RpObject *time_thread_time(RpObject *self, RpObject *unused)
{
    return rp_float_from_double(clock_seconds(CLOCK_THREAD_CPUTIME_ID));
}

/* seconds from an int or float (a float that is nan: ValueError) */
static int seconds_arg(RpObject *o, double *out)
{
    if (rp_float_check(o)) {
        double d = rp_float_value(o);
        if (isnan(d)) {
            rp_err_set_string(&RpExc_ValueError, "Invalid value NaN (not a number)");
            return -1;
        }
        *out = d;
        return 0;
    }
    RpObject *i = rp_number_index(o);
    if (i == NULL) {
        return -1;
    }
    double d = rp_int_as_double(i);
    rp_decref(i);
    if (d == -1.0 && rp_err_occurred()) {
        rp_err_clear();
        rp_err_set_string(&RpExc_OverflowError, "timestamp too large to convert to C _PyTime_t");
        return -1;
    }
    *out = d;
    return 0;
}

static RpObject *time_sleep(RpObject *self, RpObject *arg)
{
    double secs;
    if (seconds_arg(arg, &secs) < 0) {
        return NULL;
    }
    if (secs < 0) {
        return rp_err_set_string(&RpExc_ValueError, "sleep length must be non-negative");
    }
    struct timespec ts;
    ts.tv_sec = (time_t)secs;
    ts.tv_nsec = (long)((secs - (double)ts.tv_sec) * 1e9);
    while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {
    }
    return rp_none_new();
}

/* ---- struct_time ------------------------------------------------------------------------ */

static RpTypeObject StructTime_Type;
static RpMemberDef struct_time_getset[12];

static const RpStructSeqField struct_time_fields[] = {
    { "tm_year", "year, for example, 1993" },
    { "tm_mon", "month of year, range [1, 12]" },
    { "tm_mday", "day of month, range [1, 31]" },
    { "tm_hour", "hours, range [0, 23]" },
    { "tm_min", "minutes, range [0, 59]" },
    { "tm_sec", "seconds, range [0, 61])" },
    { "tm_wday", "day of week, range [0, 6], Monday is 0" },
    { "tm_yday", "day of year, range [1, 366]" },
    { "tm_isdst", "1 if summer time is in effect, 0 if not, and -1 if unknown" },
    { "tm_zone", "abbreviation of timezone name" },
    { "tm_gmtoff", "offset from UTC in seconds" },
    { NULL, NULL }
};

static const RpStructSeqDesc struct_time_desc = {
    "time.struct_time",
    "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
    " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
    " sequence of 9 integers.",
    struct_time_fields, 9
};

static RpObject *tm_to_struct(const struct tm *t)
{
    RpObject *seq = rp_structseq_new(&StructTime_Type);
    if (seq == NULL) {
        return NULL;
    }
    long v[9] = { t->tm_year + 1900L, t->tm_mon + 1L, t->tm_mday, t->tm_hour, t->tm_min,
                  t->tm_sec, (t->tm_wday + 6) % 7, t->tm_yday + 1L, t->tm_isdst };
    for (int i = 0; i < 9; i++) {
        RpObject *o = rp_int_from_long(v[i]);
        if (o == NULL) {
            rp_decref(seq);
            return NULL;
        }
        rp_structseq_set_steal(seq, i, o);
    }
    RpObject *zone = t->tm_zone != NULL ? rp_str_from_cstr(t->tm_zone) : rp_newref(rp_None);
    RpObject *off = rp_int_from_long(t->tm_gmtoff);
    if (zone == NULL || off == NULL) {
        rp_xdecref(zone);
        rp_xdecref(off);
        rp_decref(seq);
        return NULL;
    }
    rp_structseq_set_steal(seq, 9, zone);
    rp_structseq_set_steal(seq, 10, off);
    return seq;
}

/* the seconds argument of gmtime/localtime/ctime: now when absent or None */
static int when_arg(RpObject *const *args, size_t nargs, const char *name, time_t *out)
{
    if (!rp_arg_check_positional(name, nargs, 0, 1)) {
        return -1;
    }
    if (nargs == 0 || args[0] == rp_None) {
        *out = time(NULL);
        return 0;
    }
    double d;
    if (seconds_arg(args[0], &d) < 0) {
        return -1;
    }
    *out = (time_t)floor(d);
    return 0;
}

static RpObject *time_gmtime(RpObject *self, RpObject *const *args, size_t nargs)
{
    time_t when;
    struct tm t;
    if (when_arg(args, nargs, "gmtime", &when) < 0) {
        return NULL;
    }
    if (gmtime_r(&when, &t) == NULL) {
        return rp_err_set_string(&RpExc_OverflowError, "timestamp out of range for platform time_t");
    }
    return tm_to_struct(&t);
}

static RpObject *time_localtime(RpObject *self, RpObject *const *args, size_t nargs)
{
    time_t when;
    struct tm t;
    if (when_arg(args, nargs, "localtime", &when) < 0) {
        return NULL;
    }
    if (localtime_r(&when, &t) == NULL) {
        return rp_err_set_string(&RpExc_OverflowError, "timestamp out of range for platform time_t");
    }
    return tm_to_struct(&t);
}

/* a 9-sequence (tuple or struct_time) to struct tm */
static int tuple_to_tm(RpObject *o, struct tm *t, const char *name)
{
    if (!rp_tuple_check(o)) {
        rp_err_format(&RpExc_TypeError, "Tuple or struct_time argument required");
        return -1;
    }
    if (rp_tuple_len(o) != 9) {
        rp_err_format(&RpExc_TypeError, "%s(): illegal time tuple argument", name);
        return -1;
    }
    long v[9];
    for (int i = 0; i < 9; i++) {
        RpObject *item = rp_tuple_get_borrow(o, i);
        if (!rp_int_check(item)) {
            rp_err_format(&RpExc_TypeError, "'%T' object cannot be interpreted as an integer", item);
            return -1;
        }
        v[i] = rp_int_as_long(item);
        if (v[i] == -1 && rp_err_occurred()) {
            return -1;
        }
    }
    memset(t, 0, sizeof(*t));
    t->tm_year = (int)(v[0] - 1900);
    t->tm_mon = (int)(v[1] - 1);
    t->tm_mday = (int)v[2];
    t->tm_hour = (int)v[3];
    t->tm_min = (int)v[4];
    t->tm_sec = (int)v[5];
    t->tm_wday = (int)((v[6] + 1) % 7);
    t->tm_yday = (int)(v[7] - 1);
    t->tm_isdst = (int)v[8];
    if (rp_type(o) == &StructTime_Type) {
        RpObject *zone = ((RpTupleObject *)o)->ob_item[9];
        RpObject *off = ((RpTupleObject *)o)->ob_item[10];
        if (off != NULL && rp_int_check(off)) {
            t->tm_gmtoff = rp_int_as_long(off);
        }
        if (zone != NULL && rp_str_check(zone)) {
            t->tm_zone = rp_str_as_utf8(zone, NULL);
        }
        rp_err_clear();
    }
    return 0;
}

static RpObject *time_mktime(RpObject *self, RpObject *arg)
{
    struct tm t;
    if (tuple_to_tm(arg, &t, "mktime") < 0) {
        return NULL;
    }
    t.tm_wday = -1;
    time_t r = mktime(&t);
    if (r == (time_t)-1 && t.tm_wday == -1) {
        return rp_err_set_string(&RpExc_OverflowError, "mktime argument out of range");
    }
    return rp_float_from_double((double)r);
}

static RpObject *time_strftime(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("strftime", nargs, 1, 2)) {
        return NULL;
    }
    if (!rp_str_check(args[0])) {
        return rp_err_format(&RpExc_TypeError, "strftime() argument 1 must be str, not %T", args[0]);
    }
    struct tm t;
    if (nargs > 1) {
        if (tuple_to_tm(args[1], &t, "strftime") < 0) {
            return NULL;
        }
    } else {
        time_t now = time(NULL);
        localtime_r(&now, &t);
    }
    const char *fmt = rp_str_as_utf8(args[0], NULL);
    if (fmt == NULL) {
        return NULL;
    }
    if (fmt[0] == '\0') {
        return rp_str_from_cstr("");
    }
    for (size_t cap = 256; cap < (1u << 20); cap *= 2) {
        char *buf = rp_mem_malloc(cap);
        if (buf == NULL) {
            return rp_err_nomemory();
        }
        size_t n = strftime(buf, cap, fmt, &t);
        if (n > 0 || cap > 64 * strlen(fmt)) {
            RpObject *r = rp_str_from_utf8(buf, (rp_ssize_t)n);
            rp_mem_free(buf);
            return r;
        }
        rp_mem_free(buf);
    }
    return rp_str_from_cstr("");
}

/* "Sun Jun 20 23:21:05 1993" */
static RpObject *format_asctime(const struct tm *t)
{
    static const char wday[][4] = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
    static const char mon[][4] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    return rp_str_from_format("%s %s%3d %.2d:%.2d:%.2d %d", wday[(t->tm_wday % 7 + 7) % 7],
                              mon[(t->tm_mon % 12 + 12) % 12], t->tm_mday, t->tm_hour, t->tm_min,
                              t->tm_sec, 1900 + t->tm_year);
}

static RpObject *time_asctime(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("asctime", nargs, 0, 1)) {
        return NULL;
    }
    struct tm t;
    if (nargs > 0) {
        if (tuple_to_tm(args[0], &t, "asctime") < 0) {
            return NULL;
        }
    } else {
        time_t now = time(NULL);
        localtime_r(&now, &t);
    }
    return format_asctime(&t);
}

static RpObject *time_ctime(RpObject *self, RpObject *const *args, size_t nargs)
{
    time_t when;
    struct tm t;
    if (when_arg(args, nargs, "ctime", &when) < 0) {
        return NULL;
    }
    if (localtime_r(&when, &t) == NULL) {
        return rp_err_set_string(&RpExc_OverflowError, "timestamp out of range for platform time_t");
    }
    return format_asctime(&t);
}

#define FAST RP_METH_FASTCALL

static RpMethodDef time_methods[] = {
    { "time", RP_CFUNC(time_time), RP_METH_NOARGS, "Return the current time in seconds since the Epoch." },
    { "time_ns", RP_CFUNC(time_time_ns), RP_METH_NOARGS, "Return the current time in nanoseconds since the Epoch." },
    { "perf_counter", RP_CFUNC(time_monotonic), RP_METH_NOARGS, "Performance counter for benchmarking." },
    { "perf_counter_ns", RP_CFUNC(time_monotonic_ns), RP_METH_NOARGS, "Performance counter for benchmarking as nanoseconds." },
    { "monotonic", RP_CFUNC(time_monotonic), RP_METH_NOARGS, "Monotonic clock, cannot go backward." },
    { "monotonic_ns", RP_CFUNC(time_monotonic_ns), RP_METH_NOARGS, "Monotonic clock, cannot go backward, as nanoseconds." },
    { "process_time", RP_CFUNC(time_process_time), RP_METH_NOARGS, "Process time for profiling: sum of the kernel and user-space CPU time." },
    { "process_time_ns", RP_CFUNC(time_process_time_ns), RP_METH_NOARGS, "Process time for profiling as nanoseconds." },
    { "thread_time", RP_CFUNC(time_thread_time), RP_METH_NOARGS, "Thread time for profiling: sum of the kernel and user-space CPU time." },
    { "sleep", RP_CFUNC(time_sleep), RP_METH_O, "Delay execution for a given number of seconds." },
    { "gmtime", RP_CFUNC(time_gmtime), FAST, "Convert seconds since the Epoch to a time tuple expressing UTC." },
    { "localtime", RP_CFUNC(time_localtime), FAST, "Convert seconds since the Epoch to a time tuple expressing local time." },
    { "mktime", RP_CFUNC(time_mktime), RP_METH_O, "Convert a time tuple in local time to seconds since the Epoch." },
    { "strftime", RP_CFUNC(time_strftime), FAST, "Convert a time tuple to a string according to a format specification." },
    { "asctime", RP_CFUNC(time_asctime), FAST, "Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'." },
    { "ctime", RP_CFUNC(time_ctime), FAST, "Convert a time in seconds since the Epoch to a string in local time." },
    { NULL, NULL, 0, NULL }
};

RpObject *rp_time_module_init(void)
{
    if (!(StructTime_Type.tp_flags & RP_TPFLAGS_READY) &&
        rp_structseq_init_type(&StructTime_Type, &struct_time_desc, struct_time_getset, 1) < 0) {
        return NULL;
    }
    RpObject *m = rp_module_new("time");
    if (m == NULL) {
        return NULL;
    }
    if (rp_module_add_functions(m, time_methods) < 0) {
        rp_decref(m);
        return NULL;
    }
    tzset();
    RpObject *d = rp_module_dict_borrow(m);
    RpObject *names = rp_tuple_new(2);
    RpObject *std = rp_str_from_cstr(tzname[0]);
    RpObject *dst = rp_str_from_cstr(tzname[1]);
    RpObject *tz = rp_int_from_long(timezone);
    RpObject *alt = rp_int_from_long(daylight ? timezone - 3600 : timezone);
    RpObject *dl = rp_int_from_long(daylight);
    int bad = names == NULL || std == NULL || dst == NULL || tz == NULL || alt == NULL || dl == NULL;
    if (!bad) {
        rp_tuple_set_steal(names, 0, std);
        rp_tuple_set_steal(names, 1, dst);
        std = dst = NULL;
        bad = rp_dict_set_cstr(d, "tzname", names) < 0 || rp_dict_set_cstr(d, "timezone", tz) < 0 ||
              rp_dict_set_cstr(d, "altzone", alt) < 0 || rp_dict_set_cstr(d, "daylight", dl) < 0 ||
              rp_dict_set_cstr(d, "struct_time", (RpObject *)&StructTime_Type) < 0;
    }
    rp_xdecref(names);
    rp_xdecref(std);
    rp_xdecref(dst);
    rp_xdecref(tz);
    rp_xdecref(alt);
    rp_xdecref(dl);
    if (bad) {
        rp_decref(m);
        return NULL;
    }
    return m;
}
