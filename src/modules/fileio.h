/* fileio.h - file objects: what open() returns and what sys.stdin,
 * sys.stdout and sys.stderr are.
 *
 * One C structure serves three types, named as CPython's io classes so
 * that repr() and type() look the same:
 *   _io.TextIOWrapper   text mode: str in and out, UTF-8, universal
 *                       newlines when reading ("\r\n" and "\r" read as "\n")
 *   _io.BufferedReader  binary reading ("rb")
 *   _io.BufferedWriter  binary writing ("wb", "ab", "xb")
 *   _io.BufferedRandom  binary reading and writing ("r+b", "w+b" ...)
 * Each keeps its own buffer over a file descriptor.  Output buffering as
 * CPython: block-buffered (8 KiB), line-buffered on a terminal (and always
 * for sys.stderr), or written through at once for sys.stdout/sys.stderr
 * when PYTHONUNBUFFERED is set (python -u).
 */
#ifndef RP_MODULES_FILEIO_H
#define RP_MODULES_FILEIO_H

#include "../core/object.h"

extern RpTypeObject RpTextIO_Type, RpBufferedReader_Type, RpBufferedWriter_Type,
    RpBufferedRandom_Type;

/* builtins.open(file, mode='r', buffering=-1, encoding=None, errors=None,
 * newline=None, closefd=True, opener=None) */
extern RpMethodDef rp_builtin_open_def;

/* A text stream over an open file descriptor (for sys.stdin/stdout/stderr).
 *   name          "<stdout>"
 *   mode          "r" or "w"
 *   line_buffering  flush at each "\n" written
 *   write_through   flush at each write
 *   backslash_errors  encode lone surrogates as \udXXX (stderr) instead of
 *                     raising UnicodeEncodeError */
RpObject *rp_file_from_fd(int fd, const char *name, const char *mode, int line_buffering,
                          int write_through, int backslash_errors);

/* Is o one of our file objects (exact types)? */
int rp_file_check(RpObject *o);
/* Write a str to a text file object of ours (the fast path of print());
 * -1 on error. */
int rp_file_write_str(RpObject *f, RpObject *s);
/* Write ASCII text to a text file object of ours (print's separators). */
int rp_file_write_ascii(RpObject *f, const char *s, size_t n);
/* Flush a file object of ours (0 / -1). */
int rp_file_flush(RpObject *f);

/* Change the buffering of a text stream of ours (python -u). */
void rp_file_set_buffering(RpObject *f, int line_buffering, int write_through);

/* Ready the types (start-up); 0 or -1. */
int rp_fileio_init_types(void);

/* Raise OSError (the subclass for errno `e`, as CPython does) with
 * strerror(e) and an optional filename; returns NULL. */
RpObject *rp_file_set_oserror(int e, RpObject *filename);

#endif
