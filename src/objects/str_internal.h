/* str_internal.h - helpers shared by the text and bytes files
 * (strobject.c, strmethods.c, strformat.c, strpercent.c, codecs.c,
 * bytesobject.c, bytearrayobject.c, formatspec.c).  Not a public API.
 */
#ifndef RP_STR_INTERNAL_H
#define RP_STR_INTERNAL_H

#include <stdint.h>
#include <string.h>

#include "../core/object.h"
#include "strobject.h"

/* ---- str representation ---------------------------------------------- */

/* An upper bound of the largest code point, from the kind alone. */
static inline uint32_t rp_str_kind_maxchar(RpObject *s)
{
    if (rp_str_is_ascii(s)) {
        return 0x7f;
    }
    switch (rp_str_kind(s)) {
    case RP_STR_1BYTE: return 0xff;
    case RP_STR_2BYTE: return 0xffff;
    default: return 0x10ffff;
    }
}
static inline int rp_str_kind_for(uint32_t maxchar)
{
    return maxchar < 0x100 ? RP_STR_1BYTE : maxchar < 0x10000 ? RP_STR_2BYTE : RP_STR_4BYTE;
}
static inline void rp_str_write(int kind, void *data, rp_ssize_t i, uint32_t ch)
{
    if (kind == RP_STR_1BYTE) {
        ((uint8_t *)data)[i] = (uint8_t)ch;
    } else if (kind == RP_STR_2BYTE) {
        ((uint16_t *)data)[i] = (uint16_t)ch;
    } else {
        ((uint32_t *)data)[i] = ch;
    }
}
/* The exact largest code point of data[start:end]. */
uint32_t rp_str_find_maxchar(int kind, const void *data, rp_ssize_t start, rp_ssize_t end);
/* Copy n code points between buffers of possibly different kinds (the
 * destination must be wide enough). */
void rp_str_copy_chars(void *dst, int dkind, rp_ssize_t dpos,
                       const void *src, int skind, rp_ssize_t spos, rp_ssize_t n);
/* Fill n positions with ch. */
void rp_str_fill(void *dst, int kind, rp_ssize_t pos, rp_ssize_t n, uint32_t ch);
/* s's data widened to `kind` (a new rp_mem block the caller frees), or
 * s's own data when it already has that kind (*owned = 0). NULL on
 * memory error (MemoryError set). */
void *rp_str_as_kind(RpObject *s, int kind, int *owned);
/* A new exact str with s's contents (s may be a subclass instance); s
 * itself (new ref) when it is exact. */
RpObject *rp_str_exact_copy(RpObject *s);
/* The substring s[start:end] (bounds already valid); s itself when it is
 * the whole of an exact str; shares the singletons. */
RpObject *rp_str_sub(RpObject *s, rp_ssize_t start, rp_ssize_t end);
/* A new string made of `data` (of `kind`) whose largest code point is
 * maxchar, which MUST be exact (the caller knows it). */
RpObject *rp_str_from_kind_data_max(int kind, const void *data, rp_ssize_t len,
                                    uint32_t maxchar);

/* The hash of str data and bytes (strobject.c). */
rp_hash_t rp_hash_bytes(const void *p, size_t n);

/* rp_strwriter_write_char with the common case inline (room left, the
 * character fits the current kind). */
static inline int rp_strwriter_put(RpStrWriter *w, uint32_t ch)
{
    if (RP_LIKELY(w->readonly == NULL && w->len < w->cap) &&
        (ch < 0x100 || w->kind == RP_STR_4BYTE || (w->kind == RP_STR_2BYTE && ch < 0x10000))) {
        rp_str_write(w->kind, w->buf, w->len++, ch);
        if (ch > w->maxchar) {
            w->maxchar = ch;
        }
        return 0;
    }
    return rp_strwriter_write_char(w, ch);
}

/* Write s by copying, never keeping it by reference: what CPython does
 * for the text of numbers it formats straight into its writer (so
 * '%s' % 5 and '{}'.format(5) give the '5' singleton). */
static inline int rp_strwriter_write_str_copy(RpStrWriter *w, RpObject *s)
{
    int save = w->overallocate;
    w->overallocate = 1;
    int r = rp_strwriter_write_str(w, s);
    w->overallocate = save;
    return r;
}
/* rp_strwriter_finish without the 1-character singleton (strobject.c) */
RpObject *rp_strwriter_finish_fresh(RpStrWriter *w);
/* s itself, or the latin-1 singleton when s is one latin-1 character
 * (CPython's unicode_result); steals s */
RpObject *rp_str_result_steal(RpObject *s);

/* ---- searching (strsearch.c) ------------------------------------------ */

enum { RP_FAST_SEARCH = 1, RP_FAST_RSEARCH = 2, RP_FAST_COUNT = 0 };
/* Find/rfind (index or -1) or count (number of non-overlapping matches,
 * at most maxcount) of the needle in the haystack, both of `kind`. */
rp_ssize_t rp_fastsearch(int kind, const void *s, rp_ssize_t n,
                         const void *p, rp_ssize_t m, rp_ssize_t maxcount, int mode);
/* The list a split starts with, as CPython's stringlib: room for
 * maxcount + 1 items, at most 12 (PREALLOC_SIZE), then appends past that;
 * sys.getsizeof shows it ("a b".split() is 152 bytes).  Shared by str and
 * bytes/bytearray. */
RpObject *rp_split_list_new(rp_ssize_t maxcount);
/* All the matches at once (positions in an rp_mem block); -1 on error. */
rp_ssize_t rp_fastsearch_all(int kind, const void *s, rp_ssize_t n, const void *p, rp_ssize_t m,
                             rp_ssize_t maxcount, rp_ssize_t **out);
/* Same over bytes. */
rp_ssize_t rp_fastsearch_bytes(const char *s, rp_ssize_t n, const char *p, rp_ssize_t m,
                               rp_ssize_t maxcount, int mode);
/* Search/count a str needle in str haystack[start:end] (any kinds).
 * Returns the index / count, or -1 when absent; -2 on memory error. */
rp_ssize_t rp_str_search(RpObject *hay, RpObject *needle, rp_ssize_t start, rp_ssize_t end,
                         int mode, rp_ssize_t maxcount);

/* ---- argument checking with CPython 3.11's messages (strargs.c) ------- */

/* "center expected at least 1 argument, got 0" (_PyArg_CheckPositional) */
int rp_strarg_check_positional(const char *name, size_t nargs, size_t min, size_t max);
/* "count() takes at least 1 argument (0 given)" (PyArg_ParseTuple) */
int rp_strarg_check_old(const char *name, size_t nargs, size_t min, size_t max);
/* Argument Clinic with keywords (_PyArg_UnpackKeywords): kwlist names
 * the parameters after the `posonly` positional-only ones (NULL ends the
 * list); minpos are required.  out[] receives borrowed references or
 * NULL for absent ones.  Messages: "split() takes at most 2 arguments
 * (3 given)", "'zz' is an invalid keyword argument for split()",
 * "argument for split() given by name ('sep') and position (1)",
 * "split() missing required argument 'sep' (pos 1)". */
int rp_strarg_unpack(const char *fname, RpObject *const *args, size_t nargs,
                     RpObject *kwnames, const char *const *kwlist, size_t posonly,
                     size_t minpos, size_t maxpos, RpObject **out);
/* An index argument for slices of find/count/startswith ...: None or an
 * object with __index__ (clamped); TypeError "slice indices must be
 * integers or None or have an __index__ method". */
int rp_strarg_slice_index(RpObject *o, rp_ssize_t *out);
/* The arguments (sub[, start[, end]]) of find/count/index...: */
int rp_strarg_parse_finds(const char *name, RpObject *const *args, size_t nargs,
                          RpObject **sub, rp_ssize_t *start, rp_ssize_t *end);
/* Normalise [start, end) against len as slices do (may give start > end). */
static inline void rp_str_adjust_indices(rp_ssize_t len, rp_ssize_t *start, rp_ssize_t *end)
{
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) {
            *end = 0;
        }
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) {
            *start = 0;
        }
    }
}
/* An int argument as rp_ssize_t: TypeError "'float' object cannot be
 * interpreted as an integer" / OverflowError, as CPython's clinic. */
int rp_strarg_ssize(RpObject *o, rp_ssize_t *out);
/* The type name for Argument Clinic's "must be X, not Y" messages:
 * "None" for None (CPython's _PyArg_BadArgument), else the type's name. */
const char *rp_strarg_type_name(RpObject *o);
/* A str argument: TypeError "<fname>() argument <n> must be str, not
 * int" (n = 0 omits the position: "argument must be str, not int"). */
int rp_strarg_str(const char *fname, int argnum, RpObject *o);
/* A C string (UTF-8, no NULs) argument, as clinic's `str` converter
 * ("encode() argument 'encoding' must be str, not int",
 * "embedded null character"). argname is used in messages. */
const char *rp_strarg_cstr(const char *fname, const char *argname, RpObject *o);

/* ---- str pieces used by several files --------------------------------- */
RpObject *rp_str_iter_new(RpObject *s);
RpObject *rp_str_getitem(RpObject *s, RpObject *key);
RpObject *rp_str_repeat(RpObject *s, rp_ssize_t n);
RpObject *rp_str_richcompare(RpObject *a, RpObject *b, int op);
int rp_str_contains(RpObject *s, RpObject *sub);
/* str methods table (strmethods.c) */
extern RpMethodDef rp_str_methods[];
/* str.format / format_map (strformat.c) */
RpObject *rp_str_format_method(RpObject *self, RpObject *const *args, size_t nargs,
                               RpObject *kwnames);
RpObject *rp_str_format_map_method(RpObject *self, RpObject *mapping);
RpObject *rp_str_mod(RpObject *a, RpObject *b);   /* nb_remainder */
/* ascii(): repr with every non-ASCII escaped */
RpObject *rp_str_ascii_repr(RpObject *s);
/* Escape non-ASCII characters of a str as \x.. \u.... \U........ */
RpObject *rp_str_ascii_escape(RpObject *s);

/* ---- codecs (codecs.c) ------------------------------------------------- */

/* Error handler ids (the names CPython's codecs accept). */
enum {
    RP_ERR_STRICT, RP_ERR_IGNORE, RP_ERR_REPLACE, RP_ERR_BACKSLASHREPLACE,
    RP_ERR_SURROGATEESCAPE, RP_ERR_SURROGATEPASS, RP_ERR_XMLCHARREFREPLACE,
    RP_ERR_NAMEREPLACE, RP_ERR_UNKNOWN
};
int rp_codec_error_handler(const char *errors);
/* The codec name normalised ("utf-8", "latin-1", ...), or NULL with
 * LookupError "unknown encoding: foo". */
/* str.encode / bytes.decode / str(b, encoding, errors) */
RpObject *rp_str_encode(RpObject *s, const char *encoding, const char *errors);
RpObject *rp_str_decode(const char *data, rp_ssize_t len, const char *encoding,
                        const char *errors);
/* The UTF-8 encoder behind rp_str_as_utf8 and encode('utf-8'): a new
 * bytes object, or NULL with UnicodeEncodeError. */
RpObject *rp_utf8_encode(RpObject *s, int handler);
RpObject *rp_utf8_decode(const char *s, rp_ssize_t len, int handler);

/* ---- bytes helpers (bytesobject.c) ------------------------------------ */
/* Growing byte buffer */
typedef struct RpByteBuf {
    char *buf;
    rp_ssize_t len, cap;
} RpByteBuf;
int rp_bytebuf_init(RpByteBuf *b, rp_ssize_t cap);
int rp_bytebuf_append(RpByteBuf *b, const void *data, rp_ssize_t n);
int rp_bytebuf_append_char(RpByteBuf *b, char c);
int rp_bytebuf_reserve(RpByteBuf *b, rp_ssize_t extra);
RpObject *rp_bytebuf_finish(RpByteBuf *b);   /* a bytes; frees the buffer */
void rp_bytebuf_discard(RpByteBuf *b);
/* bytes % args (strpercent.c, with the str machinery in bytes mode) */
RpObject *rp_bytes_percent_format(const char *data, rp_ssize_t len, RpObject *args);

#endif
