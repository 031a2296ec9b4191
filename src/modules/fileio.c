/* fileio.c - file objects (see fileio.h).
 *
 * CPython stacks three layers (FileIO -> BufferedReader/Writer ->
 * TextIOWrapper); refpy folds them into one object per open file that
 * owns a file descriptor, one output buffer and one input buffer.  The
 * binary `buffer` of a text stream (sys.stdout.buffer) is a second object
 * that shares its owner's descriptor and buffers, so text and bytes
 * written through either come out in order.
 *
 * Text is UTF-8.  Reading translates "\r\n" and "\r" to "\n" (universal
 * newlines, open()'s default); writing writes "\n" as is (Linux).
 */
#include "fileio.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/alloc.h"
#include "../core/gc.h"
#include "../core/refcount.h"
#include "../objects/boolobject.h"
#include "../objects/bytesobject.h"
#include "../objects/dictobject.h"
#include "../objects/exceptions.h"
#include "../objects/intobject.h"
#include "../objects/listobject.h"
#include "../objects/noneobject.h"
#include "../objects/strobject.h"
#include "../objects/tupleobject.h"
#include "../objects/typeobject.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "modsupport.h"

#define BUFSIZE 8192

typedef struct RpFileObject {
    RP_OBJECT_HEAD;
    int fd;
    unsigned readable : 1, writable : 1, appending : 1, binary : 1, closefd : 1,
             closed : 1, line_buffering : 1, write_through : 1, backslash : 1,
             pending_cr : 1, eof : 1, std : 1;
    int isatty;                   /* -1 unknown */
    RpObject *name;               /* str or int */
    RpObject *mode;               /* str */
    struct RpFileObject *owner;   /* a `buffer` view: the text file it belongs to */
    RpObject *buffer;             /* text files: the binary view, made on demand */
    char *wbuf;                   /* pending output */
    size_t wlen, wcap;
    char *rbuf;                   /* input read ahead (text: newlines translated) */
    size_t rpos, rlen, rcap;
} RpFileObject;

#define F(o) ((RpFileObject *)(o))

/* the object whose descriptor and buffers an operation uses */
static RpFileObject *io_of(RpObject *o)
{
    RpFileObject *f = F(o);
    return f->owner != NULL ? f->owner : f;
}

/* ---- errors ------------------------------------------------------------------ */

static RpObject *unsupported(const char *msg);

RpObject *rp_file_set_oserror(int e, RpObject *filename)
{
    RpTypeObject *type = &RpExc_OSError;
    switch (e) {
    case ENOENT: type = &RpExc_FileNotFoundError; break;
    case EEXIST: type = &RpExc_FileExistsError; break;
    case EISDIR: type = &RpExc_IsADirectoryError; break;
    case ENOTDIR: type = &RpExc_NotADirectoryError; break;
    case EACCES: case EPERM: type = &RpExc_PermissionError; break;
    case EINTR: type = &RpExc_InterruptedError; break;
    case EAGAIN: type = &RpExc_BlockingIOError; break;
    case EPIPE: type = &RpExc_BrokenPipeError; break;
    case ECONNRESET: type = &RpExc_ConnectionResetError; break;
    case ETIMEDOUT: type = &RpExc_TimeoutError; break;
    default: break;
    }
    RpObject *args[3] = { rp_int_from_long(e), rp_str_from_cstr(strerror(e)),
                          filename != NULL ? rp_newref(filename) : NULL };
    size_t n = filename != NULL ? 3 : 2;
    if (args[0] != NULL && args[1] != NULL) {
        RpObject *exc = rp_exception_new(type, args, n);
        if (exc != NULL) {
            rp_err_set_raised_steal(exc);
        }
    }
    for (int i = 0; i < 3; i++) {
        rp_xdecref(args[i]);
    }
    return NULL;
}

static int check_open(RpFileObject *f)
{
    if (f->closed || (f->owner != NULL && f->owner->closed)) {
        rp_err_set_string(&RpExc_ValueError, "I/O operation on closed file.");
        return -1;
    }
    return 0;
}

static int check_readable(RpObject *o)
{
    if (check_open(F(o)) < 0) {
        return -1;
    }
    if (!io_of(o)->readable) {
        unsupported("not readable");
        return -1;
    }
    return 0;
}

static int check_writable(RpObject *o)
{
    if (check_open(F(o)) < 0) {
        return -1;
    }
    if (!io_of(o)->writable) {
        unsupported("not writable");
        return -1;
    }
    return 0;
}

/* ---- output ------------------------------------------------------------------- */

static int write_all(RpFileObject *f, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(f->fd, p, n);
        if (w < 0) {
            if (errno == EINTR) {
                continue;
            }
            rp_file_set_oserror(errno, NULL);
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static int flush_buffer(RpFileObject *f)
{
    if (f->wlen == 0) {
        return 0;
    }
    size_t n = f->wlen;
    f->wlen = 0;         /* dropped even on error, as a broken pipe would repeat */
    return write_all(f, f->wbuf, n);
}

/* Append bytes to the output buffer, flushing as the buffering mode says. */
static int buffered_write(RpFileObject *f, const char *p, size_t n)
{
    if (f->rlen > f->rpos) {
        /* drop read-ahead so the write lands at the logical position */
        off_t back = -(off_t)(f->rlen - f->rpos);
        if (lseek(f->fd, back, SEEK_CUR) >= 0) {
            f->rpos = f->rlen = 0;
        }
    }
    if (f->wlen + n > f->wcap) {
        if (flush_buffer(f) < 0) {
            return -1;
        }
        if (n >= BUFSIZE) {
            return write_all(f, p, n);
        }
        if (f->wcap < BUFSIZE) {
            char *nb = rp_mem_realloc(f->wbuf, BUFSIZE);
            if (nb == NULL) {
                rp_err_nomemory();
                return -1;
            }
            f->wbuf = nb;
            f->wcap = BUFSIZE;
        }
    }
    memcpy(f->wbuf + f->wlen, p, n);
    f->wlen += n;
    if (f->write_through || (f->line_buffering && memchr(p, '\n', n) != NULL)) {
        return flush_buffer(f);
    }
    return 0;
}

/* UTF-8 of s; lone surrogates: UnicodeEncodeError, or \udXXX for stderr. */
static int write_text(RpFileObject *f, RpObject *s)
{
    rp_ssize_t len;
    const char *u = rp_str_as_utf8(s, &len);
    if (u != NULL) {
        return buffered_write(f, u, (size_t)len);
    }
    if (!f->backslash) {
        return -1;
    }
    rp_err_clear();
    for (rp_ssize_t i = 0; i < rp_str_len(s); i++) {
        uint32_t ch = rp_str_read_char(s, i);
        char buf[12];
        size_t n;
        if (ch >= 0xd800 && ch <= 0xdfff) {
            static const char hex[] = "0123456789abcdef";
            buf[0] = '\\';
            buf[1] = 'u';
            buf[2] = hex[(ch >> 12) & 15];
            buf[3] = hex[(ch >> 8) & 15];
            buf[4] = hex[(ch >> 4) & 15];
            buf[5] = hex[ch & 15];
            n = 6;
        } else if (ch < 0x80) {
            buf[0] = (char)ch;
            n = 1;
        } else if (ch < 0x800) {
            buf[0] = (char)(0xc0 | (ch >> 6));
            buf[1] = (char)(0x80 | (ch & 0x3f));
            n = 2;
        } else if (ch < 0x10000) {
            buf[0] = (char)(0xe0 | (ch >> 12));
            buf[1] = (char)(0x80 | ((ch >> 6) & 0x3f));
            buf[2] = (char)(0x80 | (ch & 0x3f));
            n = 3;
        } else {
            buf[0] = (char)(0xf0 | (ch >> 18));
            buf[1] = (char)(0x80 | ((ch >> 12) & 0x3f));
            buf[2] = (char)(0x80 | ((ch >> 6) & 0x3f));
            buf[3] = (char)(0x80 | (ch & 0x3f));
            n = 4;
        }
        if (buffered_write(f, buf, n) < 0) {
            return -1;
        }
    }
    return 0;
}

int rp_file_check(RpObject *o)
{
    RpTypeObject *t = rp_type(o);
    return t == &RpTextIO_Type || t == &RpBufferedReader_Type || t == &RpBufferedWriter_Type ||
           t == &RpBufferedRandom_Type;
}

int rp_file_write_str(RpObject *o, RpObject *s)
{
    if (check_writable(o) < 0) {
        return -1;
    }
    if (F(o)->binary) {
        rp_err_format(&RpExc_TypeError, "a bytes-like object is required, not '%T'", s);
        return -1;
    }
    return write_text(io_of(o), s);
}

int rp_file_write_ascii(RpObject *o, const char *s, size_t n)
{
    if (check_writable(o) < 0) {
        return -1;
    }
    return buffered_write(io_of(o), s, n);
}

int rp_file_flush(RpObject *o)
{
    if (check_open(F(o)) < 0) {
        return -1;
    }
    return flush_buffer(io_of(o));
}

/* ---- input --------------------------------------------------------------------- */

/* Read more bytes into rbuf (text: translating newlines).  Returns the
 * number added, 0 at end of file, -1 on error. */
static rp_ssize_t fill(RpFileObject *f)
{
    if (f->wlen > 0 && flush_buffer(f) < 0) {
        return -1;
    }
    if (f->rpos > 0) {
        memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
        f->rlen -= f->rpos;
        f->rpos = 0;
    }
    if (f->rcap - f->rlen < BUFSIZE) {
        size_t ncap = f->rcap == 0 ? BUFSIZE * 2 : f->rcap * 2;
        char *nb = rp_mem_realloc(f->rbuf, ncap);
        if (nb == NULL) {
            rp_err_nomemory();
            return -1;
        }
        f->rbuf = nb;
        f->rcap = ncap;
    }
    if (f->eof) {
        return 0;
    }
    ssize_t n;
    do {
        n = read(f->fd, f->rbuf + f->rlen, BUFSIZE);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
        rp_file_set_oserror(errno, NULL);
        return -1;
    }
    if (n == 0) {
        if (f->pending_cr) {
            f->rbuf[f->rlen++] = '\n';
            f->pending_cr = 0;
            return 1;
        }
        /* a terminal may deliver more after an end-of-file */
        if (f->isatty != 1) {
            f->eof = 1;
        }
        return 0;
    }
    if (f->binary) {
        f->rlen += (size_t)n;
        return n;
    }
    /* universal newlines, in place */
    char *src = f->rbuf + f->rlen, *dst = src;
    char *end = src + n;
    if (f->pending_cr) {
        *dst++ = '\n';
        f->pending_cr = 0;
        if (src < end && *src == '\n') {
            src++;
        }
    }
    while (src < end) {
        char c = *src++;
        if (c == '\r') {
            if (src == end) {
                f->pending_cr = 1;
                break;
            }
            if (*src == '\n') {
                src++;
            }
            c = '\n';
        }
        *dst++ = c;
    }
    rp_ssize_t added = dst - (f->rbuf + f->rlen);
    f->rlen += (size_t)added;
    return added == 0 && f->pending_cr ? fill(f) : added;
}

/* bytes [rpos, rpos+n) as str or bytes; consumes them */
static RpObject *take(RpFileObject *f, size_t n, int binary)
{
    const char *p = f->rbuf != NULL ? f->rbuf + f->rpos : "";
    RpObject *r = binary ? rp_bytes_from_data(p, (rp_ssize_t)n) : rp_str_from_utf8(p, (rp_ssize_t)n);
    if (r != NULL) {
        f->rpos += n;
    }
    return r;
}

/* how many bytes hold the first `chars` complete UTF-8 characters of the
 * buffer; *complete is the number of characters found */
static size_t utf8_prefix(const char *p, size_t n, size_t chars, size_t *complete)
{
    size_t i = 0, c = 0;
    while (i < n && c < chars) {
        unsigned char b = (unsigned char)p[i];
        size_t len = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        if (i + len > n) {
            break;
        }
        i += len;
        c++;
    }
    *complete = c;
    return i;
}

static RpObject *do_read(RpObject *self, rp_ssize_t size)
{
    RpFileObject *f = io_of(self);
    int binary = F(self)->binary;
    if (size < 0) {
        for (;;) {
            rp_ssize_t n = fill(f);
            if (n < 0) {
                return NULL;
            }
            if (n == 0) {
                break;
            }
        }
        return take(f, f->rlen - f->rpos, binary);
    }
    for (;;) {
        size_t avail = f->rlen - f->rpos;
        size_t nbytes, chars;
        if (binary) {
            nbytes = avail < (size_t)size ? avail : (size_t)size;
            chars = nbytes;
        } else {
            nbytes = utf8_prefix(f->rbuf ? f->rbuf + f->rpos : "", avail, (size_t)size, &chars);
        }
        if (chars >= (size_t)size) {
            return take(f, nbytes, binary);
        }
        rp_ssize_t n = fill(f);
        if (n < 0) {
            return NULL;
        }
        if (n == 0) {
            return take(f, f->rlen - f->rpos, binary);
        }
    }
}

static RpObject *do_readline(RpObject *self, rp_ssize_t limit)
{
    RpFileObject *f = io_of(self);
    int binary = F(self)->binary;
    size_t scanned = 0;
    for (;;) {
        char *start = f->rbuf != NULL ? f->rbuf + f->rpos : NULL;
        size_t avail = f->rlen - f->rpos;
        if (start != NULL && avail > scanned) {
            char *nl = memchr(start + scanned, '\n', avail - scanned);
            if (nl != NULL) {
                size_t n = (size_t)(nl - start) + 1;
                if (limit >= 0) {
                    size_t chars, nb = binary ? (size_t)limit
                                              : utf8_prefix(start, n, (size_t)limit, &chars);
                    if (nb < n) {
                        return take(f, nb, binary);
                    }
                }
                return take(f, n, binary);
            }
            scanned = avail;
        }
        if (limit >= 0) {
            size_t chars, nb = binary ? (avail < (size_t)limit ? avail : (size_t)limit)
                                      : utf8_prefix(start ? start : "", avail, (size_t)limit, &chars);
            if ((binary && avail >= (size_t)limit) || (!binary && chars >= (size_t)limit)) {
                return take(f, nb, binary);
            }
        }
        size_t before = f->rpos;
        rp_ssize_t n = fill(f);
        if (n < 0) {
            return NULL;
        }
        (void)before;
        if (n == 0) {
            return take(f, f->rlen - f->rpos, binary);
        }
    }
}

/* ---- the type ------------------------------------------------------------------- */

static RpFileObject *file_alloc(RpTypeObject *type)
{
    RpFileObject *f = (RpFileObject *)rp_object_alloc(type);
    if (f == NULL) {
        return NULL;
    }
    memset((char *)f + sizeof(RpObject), 0, sizeof(RpFileObject) - sizeof(RpObject));
    f->fd = -1;
    f->isatty = -1;
    return f;
}

static int do_close(RpFileObject *f)
{
    if (f->closed) {
        return 0;
    }
    if (f->owner != NULL) {
        /* closing the buffer closes the file */
        RpFileObject *o = f->owner;
        f->closed = 1;
        return do_close(o);
    }
    int rc = flush_buffer(f);
    f->closed = 1;
    if (f->closefd && f->fd >= 0) {
        if (close(f->fd) < 0 && rc == 0) {
            rp_file_set_oserror(errno, NULL);
            rc = -1;
        }
    }
    f->fd = -1;
    return rc;
}

static void file_dealloc(RpObject *self)
{
    RpFileObject *f = F(self);
    rp_gc_untrack(self);
    if (f->owner == NULL && !f->closed) {
        RpObject *exc = rp_err_fetch();
        if (do_close(f) < 0) {
            rp_err_write_unraisable(self);
        }
        rp_err_restore(exc);
    }
    rp_mem_free(f->wbuf);
    rp_mem_free(f->rbuf);
    RP_CLEAR(f->name);
    RP_CLEAR(f->mode);
    RP_CLEAR(f->buffer);
    if (f->owner != NULL) {
        RpObject *o = (RpObject *)f->owner;
        f->owner = NULL;
        rp_decref(o);
    }
    rp_object_free(self);
}

static int file_traverse(RpObject *self, rp_visitproc visit, void *arg)
{
    RP_VISIT(F(self)->buffer);
    RP_VISIT(F(self)->owner);
    return 0;
}

static int file_clear(RpObject *self)
{
    RP_CLEAR(F(self)->buffer);
    return 0;
}

static RpObject *file_repr(RpObject *self)
{
    RpFileObject *f = F(self);
    RpObject *name = f->name != NULL ? f->name : (f->owner ? f->owner->name : NULL);
    const char *tn = rp_type(self)->tp_name;
    if (f->binary) {
        if (name == NULL) {
            return rp_str_from_format("<%s>", tn);
        }
        return rp_str_from_format("<%s name=%R>", tn, name);
    }
    const char *enc = f->std ? "utf-8" : "UTF-8";
    return rp_str_from_format("<%s name=%R mode=%R encoding='%s'>", tn, name, f->mode, enc);
}

static RpObject *file_iternext(RpObject *self)
{
    if (check_readable(self) < 0) {
        return NULL;
    }
    RpObject *line = do_readline(self, -1);
    if (line == NULL) {
        return NULL;
    }
    if ((F(self)->binary ? rp_bytes_len(line) : rp_str_len(line)) == 0) {
        rp_decref(line);
        return NULL;
    }
    return line;
}

static RpObject *file_iter(RpObject *self)
{
    if (check_open(F(self)) < 0) {
        return NULL;
    }
    return rp_newref(self);
}

/* ---- methods ---------------------------------------------------------------------- */

static rp_ssize_t size_arg(const char *name, RpObject *const *args, size_t nargs, int *ok)
{
    *ok = 0;
    if (!rp_arg_check_positional(name, nargs, 0, 1)) {
        return 0;
    }
    if (nargs == 0 || args[0] == rp_None) {
        *ok = 1;
        return -1;
    }
    rp_ssize_t n = rp_number_as_ssize_t(args[0], &RpExc_OverflowError);
    if (n == -1 && rp_err_occurred()) {
        return 0;
    }
    *ok = 1;
    return n;
}

static RpObject *file_read(RpObject *self, RpObject *const *args, size_t nargs)
{
    int ok;
    rp_ssize_t size = size_arg("read", args, nargs, &ok);
    if (!ok || check_readable(self) < 0) {
        return NULL;
    }
    return do_read(self, size);
}

static RpObject *file_readline(RpObject *self, RpObject *const *args, size_t nargs)
{
    int ok;
    rp_ssize_t size = size_arg("readline", args, nargs, &ok);
    if (!ok || check_readable(self) < 0) {
        return NULL;
    }
    return do_readline(self, size);
}

static RpObject *file_readlines(RpObject *self, RpObject *const *args, size_t nargs)
{
    int ok;
    rp_ssize_t hint = size_arg("readlines", args, nargs, &ok);
    if (!ok || check_readable(self) < 0) {
        return NULL;
    }
    RpObject *list = rp_list_new(0);
    if (list == NULL) {
        return NULL;
    }
    rp_ssize_t total = 0;
    RpObject *line;
    while ((line = file_iternext(self)) != NULL) {
        total += F(self)->binary ? rp_bytes_len(line) : rp_str_len(line);
        int r = rp_list_append(list, line);
        rp_decref(line);
        if (r < 0) {
            rp_decref(list);
            return NULL;
        }
        if (hint > 0 && total >= hint) {
            break;
        }
    }
    if (rp_err_occurred()) {
        rp_decref(list);
        return NULL;
    }
    return list;
}

static RpObject *file_write(RpObject *self, RpObject *arg)
{
    if (check_writable(self) < 0) {
        return NULL;
    }
    RpFileObject *f = io_of(self);
    if (F(self)->binary) {
        const char *p;
        rp_ssize_t n;
        if (rp_bytes_check(arg)) {
            p = rp_bytes_data(arg);
            n = rp_bytes_len(arg);
        } else if (rp_bytearray_check(arg)) {
            p = ((RpByteArrayObject *)arg)->ob_start;
            n = rp_size(arg);
        } else {
            return rp_err_format(&RpExc_TypeError, "a bytes-like object is required, not '%T'", arg);
        }
        if (buffered_write(f, p != NULL ? p : "", (size_t)n) < 0) {
            return NULL;
        }
        return rp_int_from_ssize_t(n);
    }
    if (!rp_str_check(arg)) {
        return rp_err_format(&RpExc_TypeError, "write() argument must be str, not %T", arg);
    }
    if (write_text(f, arg) < 0) {
        return NULL;
    }
    return rp_int_from_ssize_t(rp_str_len(arg));
}

static RpObject *file_writelines(RpObject *self, RpObject *lines)
{
    if (check_open(F(self)) < 0) {
        return NULL;
    }
    RpObject *it = rp_object_get_iter(lines);
    if (it == NULL) {
        return NULL;
    }
    RpObject *line;
    while ((line = rp_iter_next(it)) != NULL) {
        RpObject *r = file_write(self, line);
        rp_decref(line);
        if (r == NULL) {
            rp_decref(it);
            return NULL;
        }
        rp_decref(r);
    }
    rp_decref(it);
    if (rp_err_occurred()) {
        return NULL;
    }
    return rp_none_new();
}

static RpObject *file_flush(RpObject *self, RpObject *unused)
{
    if (rp_file_flush(self) < 0) {
        return NULL;
    }
    return rp_none_new();
}

static RpObject *file_close(RpObject *self, RpObject *unused)
{
    if (do_close(F(self)) < 0) {
        return NULL;
    }
    return rp_none_new();
}

static RpObject *file_fileno(RpObject *self, RpObject *unused)
{
    if (check_open(F(self)) < 0) {
        return NULL;
    }
    return rp_int_from_long(io_of(self)->fd);
}

static RpObject *file_isatty(RpObject *self, RpObject *unused)
{
    if (check_open(F(self)) < 0) {
        return NULL;
    }
    return rp_bool_from_long(isatty(io_of(self)->fd));
}

static RpObject *file_readable(RpObject *self, RpObject *unused)
{
    if (check_open(F(self)) < 0) {
        return NULL;
    }
    return rp_bool_from_long(io_of(self)->readable);
}

static RpObject *file_writable(RpObject *self, RpObject *unused)
{
    if (check_open(F(self)) < 0) {
        return NULL;
    }
    return rp_bool_from_long(io_of(self)->writable);
}

static RpObject *file_seekable(RpObject *self, RpObject *unused)
{
    if (check_open(F(self)) < 0) {
        return NULL;
    }
    return rp_bool_from_long(lseek(io_of(self)->fd, 0, SEEK_CUR) >= 0);
}

static RpObject *file_tell(RpObject *self, RpObject *unused)
{
    if (check_open(F(self)) < 0) {
        return NULL;
    }
    RpFileObject *f = io_of(self);
    off_t pos = lseek(f->fd, 0, SEEK_CUR);
    if (pos < 0) {
        return rp_file_set_oserror(errno, NULL);
    }
    pos += (off_t)f->wlen;
    pos -= (off_t)(f->rlen - f->rpos);
    return rp_int_from_long_long((long long)pos);
}

static RpObject *file_seek(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("seek", nargs, 1, 2) || check_open(F(self)) < 0) {
        return NULL;
    }
    rp_ssize_t off = rp_number_as_ssize_t(args[0], &RpExc_OverflowError);
    if (off == -1 && rp_err_occurred()) {
        return NULL;
    }
    int whence = nargs > 1 ? rp_arg_as_int(args[1]) : 0;
    if (whence == -1 && rp_err_occurred()) {
        return NULL;
    }
    RpFileObject *f = io_of(self);
    if (!F(self)->binary) {
        if (whence == 1 && off != 0) {
            return unsupported("can't do nonzero cur-relative seeks");
        }
        if (whence == 2 && off != 0) {
            return unsupported("can't do nonzero end-relative seeks");
        }
        if (whence < 0 || whence > 2) {
            return rp_err_format(&RpExc_ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (whence == 0 && off < 0) {
            return rp_err_format(&RpExc_ValueError, "negative seek position %zd", off);
        }
    } else if (whence < 0 || whence > 2) {
        return rp_err_format(&RpExc_ValueError, "whence value %d unsupported", whence);
    }
    if (flush_buffer(f) < 0) {
        return NULL;
    }
    if (whence == 1) {
        off -= (rp_ssize_t)(f->rlen - f->rpos);
    }
    f->rpos = f->rlen = 0;
    f->pending_cr = 0;
    f->eof = 0;
    off_t pos = lseek(f->fd, (off_t)off, whence == 0 ? SEEK_SET : whence == 1 ? SEEK_CUR : SEEK_END);
    if (pos < 0) {
        return rp_file_set_oserror(errno, NULL);
    }
    return rp_int_from_long_long((long long)pos);
}

static RpObject *file_truncate(RpObject *self, RpObject *const *args, size_t nargs)
{
    if (!rp_arg_check_positional("truncate", nargs, 0, 1) || check_writable(self) < 0) {
        return NULL;
    }
    RpFileObject *f = io_of(self);
    if (flush_buffer(f) < 0) {
        return NULL;
    }
    off_t size;
    if (nargs == 0 || args[0] == rp_None) {
        size = lseek(f->fd, 0, SEEK_CUR) - (off_t)(f->rlen - f->rpos);
    } else {
        rp_ssize_t n = rp_number_as_ssize_t(args[0], &RpExc_OverflowError);
        if (n == -1 && rp_err_occurred()) {
            return NULL;
        }
        size = (off_t)n;
    }
    if (ftruncate(f->fd, size) < 0) {
        return rp_file_set_oserror(errno, NULL);
    }
    return rp_int_from_long_long((long long)size);
}

static RpObject *file_enter(RpObject *self, RpObject *unused)
{
    if (check_open(F(self)) < 0) {
        return NULL;
    }
    return rp_newref(self);
}

static RpObject *file_exit(RpObject *self, RpObject *const *args, size_t nargs)
{
    return file_close(self, NULL);
}

static RpObject *file_get_closed(RpObject *self, void *closure)
{
    return rp_bool_from_long(F(self)->closed || (F(self)->owner && F(self)->owner->closed));
}

static RpObject *file_get_name(RpObject *self, void *closure)
{
    RpObject *n = F(self)->name != NULL ? F(self)->name
                                        : (F(self)->owner ? F(self)->owner->name : NULL);
    if (n == NULL) {
        return rp_err_set_string(&RpExc_AttributeError, "name");
    }
    return rp_newref(n);
}

static RpObject *file_get_mode(RpObject *self, void *closure)
{
    if (F(self)->mode == NULL) {
        return rp_err_set_string(&RpExc_AttributeError, "mode");
    }
    return rp_newref(F(self)->mode);
}

static RpObject *file_get_encoding(RpObject *self, void *closure)
{
    return rp_str_from_cstr(F(self)->std ? "utf-8" : "UTF-8");
}

static RpObject *file_get_errors(RpObject *self, void *closure)
{
    RpFileObject *f = F(self);
    if (f->backslash) {
        return rp_str_from_cstr("backslashreplace");
    }
    return rp_str_from_cstr(f->std ? "surrogateescape" : "strict");
}

static RpObject *file_get_line_buffering(RpObject *self, void *closure)
{
    return rp_bool_from_long(F(self)->line_buffering);
}

static RpObject *file_get_newlines(RpObject *self, void *closure)
{
    return rp_none_new();
}

/* text files: the binary stream underneath (sys.stdout.buffer.write(b"..")) */
static RpObject *file_get_buffer(RpObject *self, void *closure)
{
    RpFileObject *f = F(self);
    if (f->buffer == NULL) {
        RpTypeObject *t = f->readable && f->writable ? &RpBufferedRandom_Type
                        : f->readable ? &RpBufferedReader_Type : &RpBufferedWriter_Type;
        RpFileObject *b = file_alloc(t);
        if (b == NULL) {
            return NULL;
        }
        b->binary = 1;
        b->fd = f->fd;
        b->owner = (RpFileObject *)rp_newref(f);
        b->readable = f->readable;
        b->writable = f->writable;
        rp_gc_track(b);
        f->buffer = (RpObject *)b;
    }
    return rp_newref(f->buffer);
}

#define FAST RP_METH_FASTCALL
static RpMethodDef file_methods[] = {
    { "read", RP_CFUNC(file_read), FAST, "Read at most size characters (all if size < 0)." },
    { "readline", RP_CFUNC(file_readline), FAST, "Read until newline or EOF." },
    { "readlines", RP_CFUNC(file_readlines), FAST, "Return a list of lines from the stream." },
    { "write", RP_CFUNC(file_write), RP_METH_O, "Write string or bytes to the stream." },
    { "writelines", RP_CFUNC(file_writelines), RP_METH_O, "Write a list of lines to the stream." },
    { "flush", RP_CFUNC(file_flush), RP_METH_NOARGS, "Flush write buffers, if applicable." },
    { "close", RP_CFUNC(file_close), RP_METH_NOARGS, "Flush and close the IO object." },
    { "fileno", RP_CFUNC(file_fileno), RP_METH_NOARGS, "Returns underlying file descriptor." },
    { "isatty", RP_CFUNC(file_isatty), RP_METH_NOARGS, "Return whether this is an 'interactive' stream." },
    { "readable", RP_CFUNC(file_readable), RP_METH_NOARGS, "Return whether object was opened for reading." },
    { "writable", RP_CFUNC(file_writable), RP_METH_NOARGS, "Return whether object was opened for writing." },
    { "seekable", RP_CFUNC(file_seekable), RP_METH_NOARGS, "Return whether object supports random access." },
    { "seek", RP_CFUNC(file_seek), FAST, "Change the stream position." },
    { "tell", RP_CFUNC(file_tell), RP_METH_NOARGS, "Return current stream position." },
    { "truncate", RP_CFUNC(file_truncate), FAST, "Truncate file to size bytes." },
    { "__enter__", RP_CFUNC(file_enter), RP_METH_NOARGS, NULL },
    { "__exit__", RP_CFUNC(file_exit), FAST, NULL },
    { NULL, NULL, 0, NULL }
};

static RpGetSetDef text_getset[] = {
    { "closed", file_get_closed, NULL, NULL, NULL },
    { "name", file_get_name, NULL, NULL, NULL },
    { "mode", file_get_mode, NULL, NULL, NULL },
    { "encoding", file_get_encoding, NULL, NULL, NULL },
    { "errors", file_get_errors, NULL, NULL, NULL },
    { "line_buffering", file_get_line_buffering, NULL, NULL, NULL },
    { "newlines", file_get_newlines, NULL, NULL, NULL },
    { "buffer", file_get_buffer, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

static RpGetSetDef binary_getset[] = {
    { "closed", file_get_closed, NULL, NULL, NULL },
    { "name", file_get_name, NULL, NULL, NULL },
    { "mode", file_get_mode, NULL, NULL, NULL },
    { NULL, NULL, NULL, NULL, NULL }
};

#define FILE_TYPE(cname, pyname, getset)                          \
    RpTypeObject cname = {                                        \
        .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),     \
        .tp_name = pyname,                                        \
        .tp_basicsize = sizeof(RpFileObject),                     \
        .tp_flags = RP_TPFLAGS_HAVE_GC,                           \
        .tp_dealloc = file_dealloc,                               \
        .tp_traverse = file_traverse,                             \
        .tp_clear = file_clear,                                   \
        .tp_repr = file_repr,                                     \
        .tp_getattro = rp_object_generic_getattr,                 \
        .tp_iter = file_iter,                                     \
        .tp_iternext = file_iternext,                             \
        .tp_free = rp_object_free,                                \
        .tp_methods = file_methods,                               \
        .tp_getset = getset,                                      \
    }

FILE_TYPE(RpTextIO_Type, "_io.TextIOWrapper", text_getset);
FILE_TYPE(RpBufferedReader_Type, "_io.BufferedReader", binary_getset);
FILE_TYPE(RpBufferedWriter_Type, "_io.BufferedWriter", binary_getset);
FILE_TYPE(RpBufferedRandom_Type, "_io.BufferedRandom", binary_getset);

/* io.UnsupportedOperation (CPython's also derives from ValueError) */
static RpTypeObject UnsupportedOperation_Type = {
    .ob_base = RP_STATIC_VAROBJECT_INIT(&RpType_Type, 0),
    .tp_name = "io.UnsupportedOperation",
    .tp_basicsize = sizeof(RpOSErrorObject),
    /* no RP_TPFLAGS_HAVE_GC here: rp_type_ready then inherits it together
       with OSError's tp_traverse and tp_clear (a GC type needs both) */
    .tp_flags = RP_TPFLAGS_BASETYPE | RP_TPFLAGS_BASE_EXC_SUBCLASS,
    .tp_base = &RpExc_OSError,
};

static RpObject *unsupported(const char *msg)
{
    return rp_err_set_string(&UnsupportedOperation_Type, msg);
}

int rp_fileio_init_types(void)
{
    RpTypeObject *types[] = { &RpTextIO_Type, &RpBufferedReader_Type, &RpBufferedWriter_Type,
                              &RpBufferedRandom_Type, &UnsupportedOperation_Type };
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
        if (!(types[i]->tp_flags & RP_TPFLAGS_READY) && rp_type_ready(types[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

RpObject *rp_file_from_fd(int fd, const char *name, const char *mode, int line_buffering,
                          int write_through, int backslash_errors)
{
    RpFileObject *f = file_alloc(&RpTextIO_Type);
    if (f == NULL) {
        return NULL;
    }
    f->fd = fd;
    f->readable = strchr(mode, 'r') != NULL;
    f->writable = strchr(mode, 'w') != NULL;
    f->line_buffering = line_buffering != 0;
    f->write_through = write_through != 0;
    f->backslash = backslash_errors != 0;
    f->std = 1;
    f->isatty = isatty(fd);
    f->name = rp_str_from_cstr(name);
    f->mode = rp_str_from_cstr(mode);
    if (f->name == NULL || f->mode == NULL) {
        rp_decref(f);
        return NULL;
    }
    rp_gc_track(f);
    return (RpObject *)f;
}

void rp_file_set_buffering(RpObject *o, int line_buffering, int write_through)
{
    if (rp_file_check(o)) {
        F(o)->line_buffering = line_buffering != 0;
        F(o)->write_through = write_through != 0;
    }
}

/* ---- open() -------------------------------------------------------------------------- */

static RpObject *builtin_open(RpObject *self, RpObject *const *args, size_t nargs,
                              RpObject *kwnames)
{
    static const char *const kw[] = { "file", "mode", "buffering", "encoding", "errors",
                                      "newline", "closefd", "opener", NULL };
    static const RpArgParser parser = { "open", kw };
    RpObject *a[8];
    if (rp_arg_unpack(&parser, args, nargs, kwnames, 1, 8, 0, a) < 0) {
        return NULL;
    }
    RpObject *file = a[0];
    const char *mode = "r";
    if (a[1] != NULL) {
        if (!rp_str_check(a[1])) {
            return rp_err_format(&RpExc_TypeError, "open() argument 'mode' must be str, not %T", a[1]);
        }
        mode = rp_str_as_utf8(a[1], NULL);
        if (mode == NULL) {
            return NULL;
        }
    }
    int buffering = -1;
    if (a[2] != NULL) {
        buffering = rp_arg_as_int(a[2]);
        if (buffering == -1 && rp_err_occurred()) {
            return NULL;
        }
    }
    RpObject *encoding = a[3] == rp_None ? NULL : a[3];
    RpObject *errors = a[4] == rp_None ? NULL : a[4];
    RpObject *newline = a[5] == rp_None ? NULL : a[5];
    int closefd = rp_arg_as_bool(a[6], 1);
    if (closefd < 0) {
        return NULL;
    }
    if (encoding != NULL && !rp_str_check(encoding)) {
        return rp_err_format(&RpExc_TypeError, "open() argument 'encoding' must be str or None, not %T", encoding);
    }
    if (errors != NULL && !rp_str_check(errors)) {
        return rp_err_format(&RpExc_TypeError, "open() argument 'errors' must be str or None, not %T", errors);
    }
    if (newline != NULL && !rp_str_check(newline)) {
        return rp_err_format(&RpExc_TypeError, "open() argument 'newline' must be str or None, not %T", newline);
    }
    int is_fd = rp_int_check(file) && !rp_bool_check(file);
    if (!is_fd && !rp_str_check(file) && !rp_bytes_check(file)) {
        return rp_err_format(&RpExc_TypeError, "expected str, bytes or os.PathLike object, not %T", file);
    }

    /* the mode, as _io.open checks it */
    int creating = 0, reading = 0, writing = 0, appending = 0, updating = 0, text = 0, binary = 0;
    for (const char *p = mode; *p; p++) {
        int *flag = NULL;
        switch (*p) {
        case 'x': flag = &creating; break;
        case 'r': flag = &reading; break;
        case 'w': flag = &writing; break;
        case 'a': flag = &appending; break;
        case '+': flag = &updating; break;
        case 't': flag = &text; break;
        case 'b': flag = &binary; break;
        default: break;
        }
        if (flag == NULL || *flag) {
            return rp_err_format(&RpExc_ValueError, "invalid mode: '%s'", mode);
        }
        *flag = 1;
    }
    if (text && binary) {
        return rp_err_set_string(&RpExc_ValueError, "can't have text and binary mode at once");
    }
    if (creating + reading + writing + appending != 1) {
        return rp_err_set_string(&RpExc_ValueError,
                                 "must have exactly one of create/read/write/append mode");
    }
    if (binary && encoding != NULL) {
        return rp_err_set_string(&RpExc_ValueError, "binary mode doesn't take an encoding argument");
    }
    if (binary && errors != NULL) {
        return rp_err_set_string(&RpExc_ValueError, "binary mode doesn't take an errors argument");
    }
    if (binary && newline != NULL) {
        return rp_err_set_string(&RpExc_ValueError, "binary mode doesn't take a newline argument");
    }
    if (!binary && buffering == 0) {
        return rp_err_set_string(&RpExc_ValueError, "can't have unbuffered text I/O");
    }
    if (encoding != NULL) {
        const char *e = rp_str_as_utf8(encoding, NULL);
        if (e == NULL) {
            return NULL;
        }
        if (strcasecmp(e, "utf-8") != 0 && strcasecmp(e, "utf8") != 0 &&
            strcasecmp(e, "ascii") != 0 && strcasecmp(e, "utf_8") != 0) {
            return rp_err_format(&RpExc_LookupError, "unknown encoding: %s", e);
        }
    }

    int flags = O_CLOEXEC;
    if (updating) {
        flags |= O_RDWR;
    } else {
        flags |= reading ? O_RDONLY : O_WRONLY;
    }
    if (creating) {
        flags |= O_EXCL | O_CREAT;
    } else if (writing) {
        flags |= O_CREAT | O_TRUNC;
    } else if (appending) {
        flags |= O_APPEND | O_CREAT;
    }
    int fd;
    if (is_fd) {
        fd = (int)rp_int_as_long(file);
        if (fd == -1 && rp_err_occurred()) {
            return NULL;
        }
        if (fd < 0) {
            return rp_err_set_string(&RpExc_ValueError, "negative file descriptor");
        }
    } else {
        if (!closefd) {
            return rp_err_set_string(&RpExc_ValueError, "Cannot use closefd=False with file name");
        }
        const char *path = rp_str_check(file) ? rp_str_as_utf8(file, NULL) : rp_bytes_data(file);
        if (path == NULL) {
            return NULL;
        }
        do {
            fd = open(path, flags, 0666);
        } while (fd < 0 && errno == EINTR);
        if (fd < 0) {
            return rp_file_set_oserror(errno, file);
        }
        struct stat st;
        if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
            close(fd);
            return rp_file_set_oserror(EISDIR, file);
        }
    }
    RpTypeObject *type = !binary ? &RpTextIO_Type
                       : updating ? &RpBufferedRandom_Type
                       : reading ? &RpBufferedReader_Type : &RpBufferedWriter_Type;
    RpFileObject *f = file_alloc(type);
    if (f == NULL) {
        if (closefd) {
            close(fd);
        }
        return NULL;
    }
    f->fd = fd;
    f->binary = binary;
    f->readable = reading || updating;
    f->writable = writing || appending || creating || updating;
    f->appending = appending;
    f->closefd = closefd;
    f->isatty = isatty(fd);
    f->line_buffering = buffering == 1 || (buffering == -1 && !binary && f->isatty == 1);
    f->write_through = buffering == 0;
    f->name = rp_newref(file);
    /* the mode as CPython reports it: text files keep the given string,
       binary ones the canonical "rb", "wb", "ab", "xb" (+ "+") */
    if (binary) {
        char m[4];
        int i = 0;
        m[i++] = creating ? 'x' : reading ? 'r' : writing ? 'w' : 'a';
        if (updating) {
            m[i++] = '+';
        }
        m[i++] = 'b';
        m[i] = '\0';
        if (updating) {      /* CPython: "rb+" */
            m[1] = 'b';
            m[2] = '+';
        }
        f->mode = rp_str_from_cstr(m);
    } else {
        f->mode = rp_newref(a[1] != NULL ? a[1] : rp_None);
        if (a[1] == NULL) {
            RP_SETREF(f->mode, rp_str_from_cstr("r"));
        }
    }
    if (f->mode == NULL) {
        rp_decref(f);
        return NULL;
    }
    if (appending && lseek(fd, 0, SEEK_END) < 0 && errno != ESPIPE) {
        int e = errno;
        rp_decref(f);
        return rp_file_set_oserror(e, file);
    }
    rp_gc_track(f);
    return (RpObject *)f;
}

RpMethodDef rp_builtin_open_def = {
    "open", RP_CFUNC(builtin_open), RP_METH_FASTCALL | RP_METH_KEYWORDS,
    "Open file and return a stream.  Raise OSError upon failure."
};
