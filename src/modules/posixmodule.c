/* posixmodule.c - the posix module: the operating system calls that
 * lib/os.py builds the os module on (as CPython's os.py builds on its
 * C posix module).  Paths are str (UTF-8) or bytes; errors are OSError
 * subclasses carrying errno, strerror and the file name.
 */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../objects/boolobject.h"
#include "../objects/bytesobject.h"
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
#include "fileio.h"
#include "modsupport.h"
#include "structseq.h"

extern char **environ;

/* os.fspath(p): str and bytes as they are, else p.__fspath__() */
static RpObject *fspath(RpObject *p)
{
    if (rp_str_check(p) || rp_bytes_check(p)) {
        return rp_newref(p);
    }
    int found;
    RpObject *r = rp_call_special(p, rp_id(__fspath__), NULL, 0, &found);
    if (r == NULL) {
        if (!found && !rp_err_occurred()) {
            rp_err_format(&RpExc_TypeError, "expected str, bytes or os.PathLike object, not %T", p);
        }
        return NULL;
    }
    if (!rp_str_check(r) && !rp_bytes_check(r)) {
        rp_err_format(&RpExc_TypeError, "expected %s.__fspath__() to return str or bytes, not %T",
                      rp_type(p)->tp_name, r);
        rp_decref(r);
        return NULL;
    }
    return r;
}

/* A path argument: *obj gets a NEW reference (the str/bytes), the C path
 * points into it. */
static const char *path_arg(RpObject *p, RpObject **obj)
{
    *obj = fspath(p);
    if (*obj == NULL) {
        return NULL;
    }
    const char *c = rp_str_check(*obj) ? rp_str_as_utf8(*obj, NULL) : rp_bytes_data(*obj);
    if (c == NULL) {
        RP_CLEAR(*obj);
        return NULL;
    }
    if (strlen(c) != (size_t)(rp_str_check(*obj) ? (rp_ssize_t)strlen(c) : rp_bytes_len(*obj))) {
        RP_CLEAR(*obj);
        rp_err_set_string(&RpExc_ValueError, "embedded null byte");
        return NULL;
    }
    return c;
}

static RpObject *posix_fspath(RpObject *self, RpObject *p)
{
    return fspath(p);
}

static RpObject *posix_getcwd(RpObject *self, RpObject *unused)
{
    char buf[PATH_MAX];
    if (getcwd(buf, sizeof(buf)) == NULL) {
        return rp_file_set_oserror(errno, NULL);
    }
    return rp_str_from_cstr(buf);
}

/* a call f(path) returning 0/-1 with errno */
static RpObject *path_call(RpObject *const *args, size_t nargs, const char *name,
                           int (*f)(const char *))
{
    if (!rp_arg_check_positional(name, nargs, 1, 1)) {
        return NULL;
    }
    RpObject *obj;
    const char *path = path_arg(args[0], &obj);
    if (path == NULL) {
        return NULL;
    }
    if (f(path) < 0) {
        rp_file_set_oserror(errno, obj);
        rp_decref(obj);
        return NULL;
    }
    rp_decref(obj);
    return rp_none_new();
}

static int do_chdir(const char *p) { return chdir(p); }
static int do_rmdir(const char *p) { return rmdir(p); }
static int do_unlink(const char *p) { return unlink(p); }

static RpObject *posix_chdir(RpObject *self, RpObject *const *args, size_t nargs)
{
    return path_call(args, nargs, "chdir", do_chdir);
}

static RpObject *posix_rmdir(RpObject *self, RpObject *const *args, size_t nargs)
{
    return path_call(args, nargs, "rmdir", do_rmdir);
}

static RpObject *posix_remove(RpObject *self, RpObject *const *args, size_t nargs)
{
    return path_call(args, nargs, "remove", do_unlink);
}

static RpObject *posix_mkdir(RpObject *self, RpObject *const *args, size_t nargs,
                             RpObject *kwnames)
{
    static const char *const kw[] = { "path", "mode", "dir_fd", NULL };
    static const RpArgParser parser = { "mkdir", kw };
    RpObject *a[3];
    if (rp_arg_unpack(&parser, args, nargs, kwnames, 1, 2, 0, a) < 0) {
        return NULL;
    }
    int mode = 0777;
    if (a[1] != NULL) {
        mode = rp_arg_as_int(a[1]);
        if (mode == -1 && rp_err_occurred()) {
            return NULL;
        }
    }
    RpObject *obj;
    const char *path = path_arg(a[0], &obj);
    if (path == NULL) {
        return NULL;
    }
    if (mkdir(path, (mode_t)mode) < 0) {
        rp_file_set_oserror(errno, obj);
        rp_decref(obj);
        return NULL;
    }
    rp_decref(obj);
    return rp_none_new();
}

static RpObject *posix_rename(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("rename", nargs, 2, 2)) {
        return NULL;
    }
    RpObject *o1, *o2;
    const char *src = path_arg(args[0], &o1);
    if (src == NULL) {
        return NULL;
    }
    const char *dst = path_arg(args[1], &o2);
    if (dst == NULL) {
        rp_decref(o1);
        return NULL;
    }
    int r = rename(src, dst);
    if (r < 0) {
        rp_file_set_oserror(errno, o1);
    }
    rp_decref(o1);
    rp_decref(o2);
    return r < 0 ? NULL : rp_none_new();
}

static RpObject *posix_listdir(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("listdir", nargs, 0, 1)) {
        return NULL;
    }
    RpObject *obj = NULL;
    const char *path = ".";
    int as_bytes = 0;
    if (nargs == 1 && args[0] != rp_None) {
        path = path_arg(args[0], &obj);
        if (path == NULL) {
            return NULL;
        }
        as_bytes = rp_bytes_check(obj);
    }
    DIR *dir = opendir(path);
    if (dir == NULL) {
        RpObject *name = obj != NULL ? rp_newref(obj) : rp_str_from_cstr(".");
        rp_file_set_oserror(errno, name);
        rp_xdecref(name);
        rp_xdecref(obj);
        return NULL;
    }
    RpObject *list = rp_list_new(0);
    struct dirent *e;
    while (list != NULL && (e = readdir(dir)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
            continue;
        }
        RpObject *n = as_bytes ? rp_bytes_from_data(e->d_name, (rp_ssize_t)strlen(e->d_name))
                               : rp_str_from_cstr(e->d_name);
        if (n == NULL || rp_list_append(list, n) < 0) {
            rp_xdecref(n);
            RP_CLEAR(list);
            break;
        }
        rp_decref(n);
    }
    closedir(dir);
    rp_xdecref(obj);
    return list;
}

/* ---- stat -------------------------------------------------------------------------- */

static RpTypeObject StatResult_Type;
static RpMemberDef stat_result_members[20];

/* as CPython: the three int times in the sequence share their names with
 * the float attributes (the later member wins the attribute) */
static const RpStructSeqField stat_result_fields[] = {
    { "st_mode", "protection bits" }, { "st_ino", "inode" }, { "st_dev", "device" },
    { "st_nlink", "number of hard links" }, { "st_uid", "user ID of owner" },
    { "st_gid", "group ID of owner" }, { "st_size", "total size, in bytes" },
    { "st_atime", "integer time of last access" }, { "st_mtime", "integer time of last modification" },
    { "st_ctime", "integer time of last change" },
    { "st_atime", "time of last access" }, { "st_mtime", "time of last modification" },
    { "st_ctime", "time of last change" }, { "st_atime_ns", "time of last access in nanoseconds" },
    { "st_mtime_ns", "time of last modification in nanoseconds" },
    { "st_ctime_ns", "time of last change in nanoseconds" },
    { "st_blksize", "blocksize for filesystem I/O" }, { "st_blocks", "number of blocks allocated" },
    { "st_rdev", "device type (if inode device)" }, { NULL, NULL }
};

static const RpStructSeqDesc stat_result_desc = {
    "os.stat_result", "stat_result: Result from stat, fstat, or lstat.", stat_result_fields, 10
};

static RpObject *make_stat(const struct stat *st)
{
    RpObject *r = rp_structseq_new(&StatResult_Type);
    if (r == NULL) {
        return NULL;
    }
    long long ns[3] = {
        (long long)st->st_atim.tv_sec * 1000000000LL + st->st_atim.tv_nsec,
        (long long)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec,
        (long long)st->st_ctim.tv_sec * 1000000000LL + st->st_ctim.tv_nsec,
    };
    RpObject *v[19] = {
        rp_int_from_long(st->st_mode), rp_int_from_unsigned_long_long(st->st_ino),
        rp_int_from_unsigned_long_long(st->st_dev), rp_int_from_long((long)st->st_nlink),
        rp_int_from_long(st->st_uid), rp_int_from_long(st->st_gid),
        rp_int_from_long_long(st->st_size),
        rp_int_from_long_long(st->st_atim.tv_sec), rp_int_from_long_long(st->st_mtim.tv_sec),
        rp_int_from_long_long(st->st_ctim.tv_sec),
        rp_float_from_double((double)st->st_atim.tv_sec + st->st_atim.tv_nsec * 1e-9),
        rp_float_from_double((double)st->st_mtim.tv_sec + st->st_mtim.tv_nsec * 1e-9),
        rp_float_from_double((double)st->st_ctim.tv_sec + st->st_ctim.tv_nsec * 1e-9),
        rp_int_from_long_long(ns[0]), rp_int_from_long_long(ns[1]), rp_int_from_long_long(ns[2]),
        rp_int_from_long(st->st_blksize), rp_int_from_long_long(st->st_blocks),
        rp_int_from_unsigned_long_long(st->st_rdev),
    };
    int bad = 0;
    for (int i = 0; i < 19; i++) {
        if (v[i] == NULL) {
            bad = 1;
            v[i] = rp_newref(rp_None);
        }
        rp_structseq_set_steal(r, i, v[i]);
    }
    if (bad) {
        rp_decref(r);
        return NULL;
    }
    return r;
}

static RpObject *do_stat(RpObject *const *args, size_t nargs, RpObject *kwnames, const char *name,
                         int follow)
{
    static const char *const kw[] = { "path", "dir_fd", "follow_symlinks", NULL };
    RpArgParser parser = { name, kw };
    RpObject *a[3];
    if (rp_arg_unpack(&parser, args, nargs, kwnames, 1, 1, 0, a) < 0) {
        return NULL;
    }
    if (a[2] != NULL) {
        int f = rp_object_is_true(a[2]);
        if (f < 0) {
            return NULL;
        }
        follow = follow && f;
    }
    struct stat st;
    int r;
    RpObject *obj = NULL;
    if (rp_int_check(a[0]) && !rp_bool_check(a[0])) {
        int fd = rp_arg_as_int(a[0]);
        if (fd == -1 && rp_err_occurred()) {
            return NULL;
        }
        r = fstat(fd, &st);
    } else {
        const char *path = path_arg(a[0], &obj);
        if (path == NULL) {
            return NULL;
        }
        r = follow ? stat(path, &st) : lstat(path, &st);
    }
    if (r < 0) {
        rp_file_set_oserror(errno, obj);
        rp_xdecref(obj);
        return NULL;
    }
    rp_xdecref(obj);
    return make_stat(&st);
}

static RpObject *posix_stat(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    return do_stat(args, nargs, kwnames, "stat", 1);
}

static RpObject *posix_lstat(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    return do_stat(args, nargs, kwnames, "lstat", 0);
}

static RpObject *posix_fstat(RpObject *self, RpObject *arg)
{
    int fd = rp_arg_as_int(arg);
    if (fd == -1 && rp_err_occurred()) {
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) < 0) {
        return rp_file_set_oserror(errno, NULL);
    }
    return make_stat(&st);
}

static RpObject *posix_access(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("access", nargs, 2, 2)) {
        return NULL;
    }
    int mode = rp_arg_as_int(args[1]);
    if (mode == -1 && rp_err_occurred()) {
        return NULL;
    }
    RpObject *obj;
    const char *path = path_arg(args[0], &obj);
    if (path == NULL) {
        return NULL;
    }
    int r = access(path, mode);
    rp_decref(obj);
    return rp_bool_from_long(r == 0);
}

/* realpath(3) for posixpath.realpath (a refpy helper) */
static RpObject *posix__realpath(RpObject *self, RpObject *p)
{
    RpObject *obj;
    const char *path = path_arg(p, &obj);
    if (path == NULL) {
        return NULL;
    }
    char *full = realpath(path, NULL);
    RpObject *r;
    if (full == NULL) {
        r = rp_newref(obj);       /* a missing path stays as given */
    } else {
        r = rp_str_from_cstr(full);
        free(full);
    }
    rp_decref(obj);
    return r;
}

static RpObject *posix_readlink(RpObject *self, RpObject *p)
{
    RpObject *obj;
    const char *path = path_arg(p, &obj);
    if (path == NULL) {
        return NULL;
    }
    char buf[PATH_MAX];
    ssize_t n = readlink(path, buf, sizeof(buf) - 1);
    if (n < 0) {
        rp_file_set_oserror(errno, obj);
        rp_decref(obj);
        return NULL;
    }
    rp_decref(obj);
    return rp_str_from_utf8(buf, n);
}

/* ---- file descriptors ------------------------------------------------------------------------ */

static RpObject *posix_open(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames)
{
    static const char *const kw[] = { "path", "flags", "mode", "dir_fd", NULL };
    static const RpArgParser parser = { "open", kw };
    RpObject *a[4];
    if (rp_arg_unpack(&parser, args, nargs, kwnames, 2, 3, 0, a) < 0) {
        return NULL;
    }
    int flags = rp_arg_as_int(a[1]);
    if (flags == -1 && rp_err_occurred()) {
        return NULL;
    }
    int mode = 0777;
    if (a[2] != NULL && (mode = rp_arg_as_int(a[2])) == -1 && rp_err_occurred()) {
        return NULL;
    }
    RpObject *obj;
    const char *path = path_arg(a[0], &obj);
    if (path == NULL) {
        return NULL;
    }
    int fd = open(path, flags | O_CLOEXEC, mode);
    if (fd < 0) {
        rp_file_set_oserror(errno, obj);
        rp_decref(obj);
        return NULL;
    }
    rp_decref(obj);
    return rp_int_from_long(fd);
}

static RpObject *posix_close(RpObject *self, RpObject *arg)
{
    int fd = rp_arg_as_int(arg);
    if (fd == -1 && rp_err_occurred()) {
        return NULL;
    }
    if (close(fd) < 0) {
        return rp_file_set_oserror(errno, NULL);
    }
    return rp_none_new();
}

/* os.dup(fd): a new, non-inheritable descriptor for the same file */
static RpObject *posix_dup(RpObject *self, RpObject *arg)
{
    int fd = rp_arg_as_int(arg);
    if (fd == -1 && rp_err_occurred()) {
        return NULL;
    }
    int r = fcntl(fd, F_DUPFD_CLOEXEC, 0);
    if (r < 0) {
        return rp_file_set_oserror(errno, NULL);
    }
    return rp_int_from_long(r);
}

/* os.dup2(fd, fd2, inheritable=True): make fd2 a copy of fd; returns fd2 */
static RpObject *posix_dup2(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("dup2", nargs, 2, 3)) {
        return NULL;
    }
    int fd = rp_arg_as_int(args[0]);
    if (fd == -1 && rp_err_occurred()) {
        return NULL;
    }
    int fd2 = rp_arg_as_int(args[1]);
    if (fd2 == -1 && rp_err_occurred()) {
        return NULL;
    }
    int inheritable = 1;
    if (nargs == 3) {
        inheritable = rp_object_is_true(args[2]);
        if (inheritable < 0) {
            return NULL;
        }
    }
    int r = inheritable || fd == fd2 ? dup2(fd, fd2) : dup3(fd, fd2, O_CLOEXEC);
    if (r < 0) {
        return rp_file_set_oserror(errno, NULL);
    }
    return rp_int_from_long(r);
}

static RpObject *posix_read(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("read", nargs, 2, 2)) {
        return NULL;
    }
    int fd = rp_arg_as_int(args[0]);
    if (fd == -1 && rp_err_occurred()) {
        return NULL;
    }
    rp_ssize_t n = rp_number_as_ssize_t(args[1], &RpExc_OverflowError);
    if (n == -1 && rp_err_occurred()) {
        return NULL;
    }
    if (n < 0) {
        return rp_file_set_oserror(EINVAL, NULL);
    }
    char *buf = rp_mem_malloc((size_t)n + 1);
    if (buf == NULL) {
        return rp_err_nomemory();
    }
    ssize_t got;
    do {
        got = read(fd, buf, (size_t)n);
    } while (got < 0 && errno == EINTR);
    if (got < 0) {
        int e = errno;
        rp_mem_free(buf);
        return rp_file_set_oserror(e, NULL);
    }
    RpObject *r = rp_bytes_from_data(buf, got);
    rp_mem_free(buf);
    return r;
}

static RpObject *posix_write(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("write", nargs, 2, 2)) {
        return NULL;
    }
    int fd = rp_arg_as_int(args[0]);
    if (fd == -1 && rp_err_occurred()) {
        return NULL;
    }
    if (!rp_bytes_check(args[1])) {
        return rp_err_format(&RpExc_TypeError, "a bytes-like object is required, not '%T'", args[1]);
    }
    ssize_t w;
    do {
        w = write(fd, rp_bytes_data(args[1]), (size_t)rp_bytes_len(args[1]));
    } while (w < 0 && errno == EINTR);
    if (w < 0) {
        return rp_file_set_oserror(errno, NULL);
    }
    return rp_int_from_ssize_t(w);
}

static RpObject *posix_isatty(RpObject *self, RpObject *arg)
{
    int fd = rp_arg_as_int(arg);
    if (fd == -1 && rp_err_occurred()) {
        return NULL;
    }
    return rp_bool_from_long(isatty(fd));
}

/* ---- process --------------------------------------------------------------------------------- */

static RpObject *posix_getpid(RpObject *self, RpObject *unused) { return rp_int_from_long(getpid()); }
static RpObject *posix_getppid(RpObject *self, RpObject *unused) { return rp_int_from_long(getppid()); }
static RpObject *posix_getuid(RpObject *self, RpObject *unused) { return rp_int_from_long(getuid()); }

static RpObject *posix_cpu_count(RpObject *self, RpObject *unused)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? rp_none_new() : rp_int_from_long(n);
}

static RpObject *posix_strerror(RpObject *self, RpObject *arg)
{
    int code = rp_arg_as_int(arg);
    if (code == -1 && rp_err_occurred()) {
        return NULL;
    }
    return rp_str_from_cstr(strerror(code));
}

static RpObject *posix_urandom(RpObject *self, RpObject *arg)
{
    rp_ssize_t n = rp_number_as_ssize_t(arg, &RpExc_OverflowError);
    if (n == -1 && rp_err_occurred()) {
        return NULL;
    }
    if (n < 0) {
        return rp_err_set_string(&RpExc_ValueError, "negative argument not allowed");
    }
    RpObject *b = rp_bytes_new(n);
    if (b == NULL) {
        return NULL;
    }
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    rp_ssize_t got = 0;
    while (fd >= 0 && got < n) {
        ssize_t r = read(fd, rp_bytes_data(b) + got, (size_t)(n - got));
        if (r <= 0) {
            break;
        }
        got += r;
    }
    if (fd >= 0) {
        close(fd);
    }
    if (got < n) {
        rp_decref(b);
        return rp_file_set_oserror(errno ? errno : EIO, NULL);
    }
    return b;
}

static RpObject *env_str(RpObject *o, const char **out, RpObject **keep)
{
    *keep = fspath(o);
    if (*keep == NULL) {
        return NULL;
    }
    *out = rp_str_check(*keep) ? rp_str_as_utf8(*keep, NULL) : rp_bytes_data(*keep);
    return *out == NULL ? NULL : *keep;
}

static RpObject *posix_putenv(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("putenv", nargs, 2, 2)) {
        return NULL;
    }
    const char *k, *v;
    RpObject *ko, *vo;
    if (env_str(args[0], &k, &ko) == NULL) {
        return NULL;
    }
    if (env_str(args[1], &v, &vo) == NULL) {
        rp_decref(ko);
        return NULL;
    }
    int r = k[0] == '\0' || strchr(k, '=') != NULL ? (errno = EINVAL, -1) : setenv(k, v, 1);
    rp_decref(ko);
    rp_decref(vo);
    if (r < 0) {
        return rp_err_set_string(&RpExc_ValueError, "illegal environment variable name");
    }
    return rp_none_new();
}

static RpObject *posix_unsetenv(RpObject *self, RpObject *arg)
{
    const char *k;
    RpObject *ko;
    if (env_str(arg, &k, &ko) == NULL) {
        return NULL;
    }
    int r = unsetenv(k);
    rp_decref(ko);
    if (r < 0) {
        return rp_err_set_string(&RpExc_ValueError, "illegal environment variable name");
    }
    return rp_none_new();
}

static RpObject *posix__exit(RpObject *self, RpObject *arg)
{
    int code = rp_arg_as_int(arg);
    if (code == -1 && rp_err_occurred()) {
        return NULL;
    }
    _exit(code);
}

static RpObject *make_environ(void)
{
    RpObject *d = rp_dict_new();
    if (d == NULL) {
        return NULL;
    }
    for (char **e = environ; e != NULL && *e != NULL; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL) {
            continue;
        }
        RpObject *k = rp_str_from_utf8(*e, (rp_ssize_t)(eq - *e));
        RpObject *v = rp_str_from_cstr(eq + 1);
        if (k == NULL || v == NULL) {
            rp_err_clear();     /* undecodable: skipped */
        } else if (rp_dict_set(d, k, v) < 0) {
            rp_xdecref(k);
            rp_xdecref(v);
            rp_decref(d);
            return NULL;
        }
        rp_xdecref(k);
        rp_xdecref(v);
    }
    return d;
}

#define FAST RP_METH_FASTCALL
#define FASTKW (RP_METH_FASTCALL | RP_METH_KEYWORDS)

static RpMethodDef posix_methods[] = {
    { "fspath", RP_CFUNC(posix_fspath), RP_METH_O, "Return the file system path representation of the object." },
    { "getcwd", RP_CFUNC(posix_getcwd), RP_METH_NOARGS, "Return a unicode string representing the current working directory." },
    { "chdir", RP_CFUNC(posix_chdir), FAST, "Change the current working directory to the specified path." },
    { "listdir", RP_CFUNC(posix_listdir), FAST, "Return a list containing the names of the files in the directory." },
    { "mkdir", RP_CFUNC(posix_mkdir), FASTKW, "Create a directory." },
    { "rmdir", RP_CFUNC(posix_rmdir), FAST, "Remove a directory." },
    { "remove", RP_CFUNC(posix_remove), FAST, "Remove a file (same as unlink())." },
    { "unlink", RP_CFUNC(posix_remove), FAST, "Remove a file (same as remove())." },
    { "rename", RP_CFUNC(posix_rename), FAST, "Rename a file or directory." },
    { "replace", RP_CFUNC(posix_rename), FAST, "Rename a file or directory, overwriting the destination." },
    { "stat", RP_CFUNC(posix_stat), FASTKW, "Perform a stat system call on the given path." },
    { "lstat", RP_CFUNC(posix_lstat), FASTKW, "Perform a stat system call on the given path, without following symbolic links." },
    { "fstat", RP_CFUNC(posix_fstat), RP_METH_O, "Perform a stat system call on the given file descriptor." },
    { "access", RP_CFUNC(posix_access), FAST, "Use the real uid/gid to test for access to a path." },
    { "readlink", RP_CFUNC(posix_readlink), RP_METH_O, "Return a string representing the path to which the symbolic link points." },
    { "_realpath", RP_CFUNC(posix__realpath), RP_METH_O, "realpath(3) (refpy's helper for posixpath.realpath)." },
    { "open", RP_CFUNC(posix_open), FASTKW, "Open a file for low level IO.  Returns a file descriptor (integer)." },
    { "close", RP_CFUNC(posix_close), RP_METH_O, "Close a file descriptor." },
    { "dup", RP_CFUNC(posix_dup), RP_METH_O, "Return a duplicate of a file descriptor." },
    { "dup2", RP_CFUNC(posix_dup2), FAST, "Duplicate file descriptor." },
    { "read", RP_CFUNC(posix_read), FAST, "Read from a file descriptor.  Returns a bytes object." },
    { "write", RP_CFUNC(posix_write), FAST, "Write a bytes object to a file descriptor." },
    { "isatty", RP_CFUNC(posix_isatty), RP_METH_O, "Return True if the fd is connected to a terminal." },
    { "getpid", RP_CFUNC(posix_getpid), RP_METH_NOARGS, "Return the current process id." },
    { "getppid", RP_CFUNC(posix_getppid), RP_METH_NOARGS, "Return the parent's process id." },
    { "getuid", RP_CFUNC(posix_getuid), RP_METH_NOARGS, "Return the current process's user id." },
    { "cpu_count", RP_CFUNC(posix_cpu_count), RP_METH_NOARGS, "Return the number of CPUs in the system; return None if indeterminable." },
    { "strerror", RP_CFUNC(posix_strerror), RP_METH_O, "Translate an error code to a message string." },
    { "urandom", RP_CFUNC(posix_urandom), RP_METH_O, "Return a bytes object containing random bytes suitable for cryptographic use." },
    { "putenv", RP_CFUNC(posix_putenv), FAST, "Change or add an environment variable." },
    { "unsetenv", RP_CFUNC(posix_unsetenv), RP_METH_O, "Delete an environment variable." },
    { "_exit", RP_CFUNC(posix__exit), RP_METH_O, "Exit to the system with specified status, without normal exit processing." },
    { NULL, NULL, 0, NULL }
};

RpObject *rp_posix_module_init(void)
{
    if (!(StatResult_Type.tp_flags & RP_TPFLAGS_READY) &&
        rp_structseq_init_type(&StatResult_Type, &stat_result_desc, stat_result_members, 1) < 0) {
        return NULL;
    }
    RpObject *m = rp_module_new("posix");
    if (m == NULL) {
        return NULL;
    }
    if (rp_module_add_functions(m, posix_methods) < 0) {
        rp_decref(m);
        return NULL;
    }
    RpObject *d = rp_module_dict_borrow(m);
    struct { const char *name; long value; } consts[] = {
        { "F_OK", F_OK }, { "R_OK", R_OK }, { "W_OK", W_OK }, { "X_OK", X_OK },
        { "O_RDONLY", O_RDONLY }, { "O_WRONLY", O_WRONLY }, { "O_RDWR", O_RDWR },
        { "O_APPEND", O_APPEND }, { "O_CREAT", O_CREAT }, { "O_EXCL", O_EXCL },
        { "O_TRUNC", O_TRUNC }, { "O_NONBLOCK", O_NONBLOCK }, { "O_CLOEXEC", O_CLOEXEC },
        { "SEEK_SET", SEEK_SET }, { "SEEK_CUR", SEEK_CUR }, { "SEEK_END", SEEK_END },
    };
    for (size_t i = 0; i < sizeof(consts) / sizeof(consts[0]); i++) {
        RpObject *v = rp_int_from_long(consts[i].value);
        if (v == NULL || rp_dict_set_cstr(d, consts[i].name, v) < 0) {
            rp_xdecref(v);
            rp_decref(m);
            return NULL;
        }
        rp_decref(v);
    }
    RpObject *env = make_environ();
    if (env == NULL || rp_dict_set_cstr(d, "environ", env) < 0 ||
        rp_dict_set_cstr(d, "stat_result", (RpObject *)&StatResult_Type) < 0) {
        rp_xdecref(env);
        rp_decref(m);
        return NULL;
    }
    rp_decref(env);
    return m;
}
