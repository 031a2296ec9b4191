/* codecs.c - the built-in text encodings: UTF-8 (and utf-8-sig), ASCII,
 * latin-1, UTF-16 and UTF-32 (with BOM handling and the -le/-be forms),
 * with the error handlers strict, ignore, replace, backslashreplace,
 * surrogateescape, surrogatepass and xmlcharrefreplace, and CPython
 * 3.11's UnicodeDecodeError / UnicodeEncodeError positions and reasons.
 *
 * Models Objects/unicodeobject.c (the decoders and encoders written in C)
 * and Python/codecs.c (the standard error handlers).  Encoding names are
 * normalised as encodings.normalize_encoding does ("UTF-8" -> "utf_8")
 * and looked up in the aliases of the codecs we have.
 */
#include <stdio.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../vm/errors.h"
#include "bytesobject.h"
#include "exceptions.h"
#include "intobject.h"
#include "str_internal.h"
#include "unicodetype.h"

/* ---- names ---------------------------------------------------------------- */

enum {
    CODEC_UTF8, CODEC_UTF8_SIG, CODEC_ASCII, CODEC_LATIN1,
    CODEC_UTF16, CODEC_UTF16LE, CODEC_UTF16BE,
    CODEC_UTF32, CODEC_UTF32LE, CODEC_UTF32BE, CODEC_UNKNOWN,
    CODEC_CHARMAP   /* + index in charmaps[] (charmaps_db.h) */
};

#include "charmaps_db.h"

static const char *const codec_display[] = {
    "utf-8", "utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be",
    "utf-32", "utf-32-le", "utf-32-be"
};

static const struct { const char *alias; int codec; } aliases[] = {
    {"utf_8", CODEC_UTF8}, {"utf8", CODEC_UTF8}, {"u8", CODEC_UTF8}, {"utf", CODEC_UTF8},
    {"cp65001", CODEC_UTF8}, {"utf8_ucs2", CODEC_UTF8}, {"utf8_ucs4", CODEC_UTF8},
    {"utf_8_sig", CODEC_UTF8_SIG},
    {"ascii", CODEC_ASCII}, {"646", CODEC_ASCII}, {"ansi_x3.4_1968", CODEC_ASCII},
    {"ansi_x3.4_1986", CODEC_ASCII}, {"ansi_x3_4_1968", CODEC_ASCII}, {"cp367", CODEC_ASCII},
    {"csascii", CODEC_ASCII}, {"ibm367", CODEC_ASCII}, {"iso646_us", CODEC_ASCII},
    {"iso_646.irv_1991", CODEC_ASCII}, {"iso_ir_6", CODEC_ASCII}, {"us", CODEC_ASCII},
    {"us_ascii", CODEC_ASCII},
    {"latin_1", CODEC_LATIN1}, {"8859", CODEC_LATIN1}, {"cp819", CODEC_LATIN1},
    {"csisolatin1", CODEC_LATIN1}, {"ibm819", CODEC_LATIN1}, {"iso8859", CODEC_LATIN1},
    {"iso8859_1", CODEC_LATIN1}, {"iso_8859_1", CODEC_LATIN1}, {"iso_8859_1_1987", CODEC_LATIN1},
    {"iso_ir_100", CODEC_LATIN1}, {"l1", CODEC_LATIN1}, {"latin", CODEC_LATIN1},
    {"latin1", CODEC_LATIN1},
    {"utf_16", CODEC_UTF16}, {"u16", CODEC_UTF16}, {"utf16", CODEC_UTF16},
    {"utf_16_le", CODEC_UTF16LE}, {"utf_16le", CODEC_UTF16LE},
    {"unicodelittleunmarked", CODEC_UTF16LE},
    {"utf_16_be", CODEC_UTF16BE}, {"utf_16be", CODEC_UTF16BE},
    {"unicodebigunmarked", CODEC_UTF16BE},
    {"utf_32", CODEC_UTF32}, {"u32", CODEC_UTF32}, {"utf32", CODEC_UTF32},
    {"utf_32_le", CODEC_UTF32LE}, {"utf_32le", CODEC_UTF32LE},
    {"utf_32_be", CODEC_UTF32BE}, {"utf_32be", CODEC_UTF32BE},
};

static int lookup_codec(const char *encoding)
{
    /* the common spellings first, without normalising */
    if (strcmp(encoding, "utf-8") == 0 || strcmp(encoding, "utf8") == 0) {
        return CODEC_UTF8;
    }
    char norm[64];
    size_t n = 0;
    int pending_sep = 0;
    for (const char *p = encoding; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '.' || c >= 0x80) {
            if (pending_sep && n > 0) {
                if (n + 1 >= sizeof(norm)) {
                    return CODEC_UNKNOWN;
                }
                norm[n++] = '_';
            }
            pending_sep = 0;
            if (n + 1 >= sizeof(norm)) {
                return CODEC_UNKNOWN;
            }
            norm[n++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
        } else {
            pending_sep = 1;
        }
    }
    norm[n] = '\0';
    for (size_t i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++) {
        if (strcmp(norm, aliases[i].alias) == 0) {
            return aliases[i].codec;
        }
    }
    for (size_t i = 0; i < sizeof(charmap_aliases) / sizeof(charmap_aliases[0]); i++) {
        if (strcmp(norm, charmap_aliases[i].alias) == 0) {
            return CODEC_CHARMAP + charmap_aliases[i].index;
        }
    }
    return CODEC_UNKNOWN;
}

int rp_codec_error_handler(const char *errors)
{
    if (errors == NULL || strcmp(errors, "strict") == 0) return RP_ERR_STRICT;
    if (strcmp(errors, "ignore") == 0) return RP_ERR_IGNORE;
    if (strcmp(errors, "replace") == 0) return RP_ERR_REPLACE;
    if (strcmp(errors, "backslashreplace") == 0) return RP_ERR_BACKSLASHREPLACE;
    if (strcmp(errors, "surrogateescape") == 0) return RP_ERR_SURROGATEESCAPE;
    if (strcmp(errors, "surrogatepass") == 0) return RP_ERR_SURROGATEPASS;
    if (strcmp(errors, "xmlcharrefreplace") == 0) return RP_ERR_XMLCHARREFREPLACE;
    if (strcmp(errors, "namereplace") == 0) return RP_ERR_NAMEREPLACE;
    return RP_ERR_UNKNOWN;
}

/* ---- raising ---------------------------------------------------------------- */

static void raise_unicode_error(RpTypeObject *type, const char *encoding, RpObject *object,
                                rp_ssize_t start, rp_ssize_t end, const char *reason)
{
    RpObject *args[5] = {NULL, NULL, NULL, NULL, NULL};
    args[0] = rp_str_from_cstr(encoding);
    args[1] = rp_newref(object);
    args[2] = rp_int_from_ssize_t(start);
    args[3] = rp_int_from_ssize_t(end);
    args[4] = rp_str_from_cstr(reason);
    if (args[0] && args[2] && args[3] && args[4]) {
        RpObject *exc = rp_exception_new(type, args, 5);
        if (exc != NULL) {
            rp_err_set_raised_steal(exc);
        }
    }
    for (int i = 0; i < 5; i++) {
        rp_xdecref(args[i]);
    }
}

static void raise_decode_error(const char *encoding, const char *data, rp_ssize_t len,
                               rp_ssize_t start, rp_ssize_t end, const char *reason)
{
    RpObject *b = rp_bytes_from_data(data, len);
    if (b == NULL) {
        return;
    }
    raise_unicode_error(&RpExc_UnicodeDecodeError, encoding, b, start, end, reason);
    rp_decref(b);
}

static void raise_encode_error(const char *encoding, RpObject *s, rp_ssize_t start,
                               rp_ssize_t end, const char *reason)
{
    raise_unicode_error(&RpExc_UnicodeEncodeError, encoding, s, start, end, reason);
}

static void raise_unknown_handler(const char *errors)
{
    rp_err_format(&RpExc_LookupError, "unknown error handler name '%.400s'", errors);
}

/* ---- decoding errors ------------------------------------------------------------ */

typedef struct {
    int handler;
    const char *errors;       /* the name, for "unknown error handler" */
    const char *encoding;     /* for the exception */
    const char *data;         /* the whole input */
    rp_ssize_t len;
} DecodeCtx;

/* Apply the handler to the error data[start:end].  Returns the position
 * to continue from, or -1 with an exception. */
static rp_ssize_t decode_error(DecodeCtx *c, RpStrWriter *w, rp_ssize_t start,
                               rp_ssize_t end, const char *reason)
{
    rp_ssize_t i;
    switch (c->handler) {
    case RP_ERR_IGNORE:
        return end;
    case RP_ERR_REPLACE:
        return rp_strwriter_write_char(w, 0xfffd) < 0 ? -1 : end;
    case RP_ERR_BACKSLASHREPLACE:
        for (i = start; i < end; i++) {
            static const char hex[] = "0123456789abcdef";
            unsigned char b = (unsigned char)c->data[i];
            char buf[4] = {'\\', 'x', hex[b >> 4], hex[b & 15]};
            if (rp_strwriter_write_ascii(w, buf, 4) < 0) {
                return -1;
            }
        }
        return end;
    case RP_ERR_SURROGATEESCAPE:
        for (i = start; i < end && i < start + 4; i++) {
            if ((unsigned char)c->data[i] < 128) {
                break;
            }
        }
        if (i == start || i < end) {
            break;   /* an ASCII byte cannot be escaped: raise */
        }
        for (i = start; i < end; i++) {
            if (rp_strwriter_write_char(w, 0xdc00 + (unsigned char)c->data[i]) < 0) {
                return -1;
            }
        }
        return end;
    case RP_ERR_XMLCHARREFREPLACE:
    case RP_ERR_NAMEREPLACE:
        /* encoding-only handlers */
        rp_err_set_string(&RpExc_TypeError,
                          "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    case RP_ERR_UNKNOWN:
        raise_unknown_handler(c->errors);
        return -1;
    default:
        break;
    }
    raise_decode_error(c->encoding, c->data, c->len, start, end, reason);
    return -1;
}

/* ---- UTF-8 ------------------------------------------------------------------------ */

static inline int is_cont(unsigned char b) { return (b & 0xc0) == 0x80; }

/* Decode one sequence at s[i] (s[i] >= 0x80).  Returns the code point and
 * sets *n to its length, or returns -1 and sets *n to the length of the
 * error range and *reason. */
static int32_t utf8_decode_one(const unsigned char *s, rp_ssize_t len, rp_ssize_t i,
                               rp_ssize_t *n, const char **reason)
{
    unsigned char b = s[i];
    rp_ssize_t avail = len - i;
    if (b < 0xc2 || b > 0xf4) {
        *n = 1;
        *reason = "invalid start byte";
        return -1;
    }
    if (b < 0xe0) {
        if (avail < 2) {
            *n = 1;
            *reason = "unexpected end of data";
            return -1;
        }
        if (!is_cont(s[i + 1])) {
            *n = 1;
            *reason = "invalid continuation byte";
            return -1;
        }
        *n = 2;
        return ((b & 0x1f) << 6) | (s[i + 1] & 0x3f);
    }
    /* the valid range of the second byte */
    unsigned char lo = 0x80, hi = 0xbf;
    if (b == 0xe0) lo = 0xa0;
    else if (b == 0xed) hi = 0x9f;
    else if (b == 0xf0) lo = 0x90;
    else if (b == 0xf4) hi = 0x8f;
    int need = b < 0xf0 ? 3 : 4;
    /* count the valid prefix */
    rp_ssize_t k = 1;
    if (k < avail && s[i + 1] >= lo && s[i + 1] <= hi) {
        k = 2;
        while (k < need && k < avail && is_cont(s[i + k])) {
            k++;
        }
    }
    if (k < need) {
        *n = k;
        *reason = (i + k >= len) ? "unexpected end of data" : "invalid continuation byte";
        return -1;
    }
    *n = need;
    if (need == 3) {
        return ((b & 0x0f) << 12) | ((s[i + 1] & 0x3f) << 6) | (s[i + 2] & 0x3f);
    }
    return ((b & 0x07) << 18) | ((s[i + 1] & 0x3f) << 12) | ((s[i + 2] & 0x3f) << 6) |
           (s[i + 3] & 0x3f);
}

/* The slow path: any errors, with the handler. */
static RpObject *utf8_decode_slow(DecodeCtx *c, rp_ssize_t i0, RpStrWriter *w)
{
    const unsigned char *s = (const unsigned char *)c->data;
    rp_ssize_t i = i0, len = c->len;
    while (i < len) {
        rp_ssize_t j = i;
        while (j < len && s[j] < 0x80) {
            j++;
        }
        if (j > i && rp_strwriter_write_ascii(w, (const char *)s + i, j - i) < 0) {
            goto fail;
        }
        i = j;
        if (i >= len) {
            break;
        }
        rp_ssize_t n;
        const char *reason;
        int32_t ch = utf8_decode_one(s, len, i, &n, &reason);
        if (ch >= 0) {
            if (rp_strwriter_write_char(w, (uint32_t)ch) < 0) {
                goto fail;
            }
            i += n;
            continue;
        }
        if (c->handler == RP_ERR_SURROGATEPASS && s[i] == 0xed && i + 2 < len &&
            s[i + 1] >= 0xa0 && s[i + 1] <= 0xbf && is_cont(s[i + 2])) {
            uint32_t sur = ((uint32_t)(s[i] & 0x0f) << 12) | ((uint32_t)(s[i + 1] & 0x3f) << 6) |
                           (s[i + 2] & 0x3f);
            if (rp_strwriter_write_char(w, sur) < 0) {
                goto fail;
            }
            i += 3;
            continue;
        }
        i = decode_error(c, w, i, i + n, reason);
        if (i < 0) {
            goto fail;
        }
    }
    return rp_strwriter_finish(w);
fail:
    rp_strwriter_discard(w);
    return NULL;
}

static RpObject *utf8_decode_ctx(DecodeCtx *c)
{
    const unsigned char *s = (const unsigned char *)c->data;
    rp_ssize_t len = c->len, i = 0, nchars = 0;
    uint32_t maxchar = 0;
    /* pass 1: validate, count, find the widest character */
    while (i < len) {
        unsigned char b = s[i];
        if (b < 0x80) {
            i++;
            nchars++;
            continue;
        }
        rp_ssize_t n;
        const char *reason;
        int32_t ch = utf8_decode_one(s, len, i, &n, &reason);
        if (ch < 0) {
            /* errors: decode with the handler from the start */
            RpStrWriter w;
            rp_strwriter_init(&w);
            w.overallocate = 1;
            return utf8_decode_slow(c, 0, &w);
        }
        if ((uint32_t)ch > maxchar) {
            maxchar = (uint32_t)ch;
        }
        i += n;
        nchars++;
    }
    if (nchars == 0) {
        return rp_str_new(0, 0);
    }
    if (nchars == 1 && maxchar < 256) {
        uint32_t ch = s[0];
        if (ch >= 0x80) {
            ch = ((ch & 0x1f) << 6) | (s[1] & 0x3f);
        }
        return rp_str_from_char(ch);
    }
    RpObject *r = rp_str_new(nchars, maxchar);
    if (r == NULL) {
        return NULL;
    }
    int kind = rp_str_kind(r);
    void *d = rp_str_data(r);
    if (maxchar < 0x80) {
        memcpy(d, s, (size_t)len);
        return r;
    }
    /* pass 2: the input is valid, decode without checks */
#define DECODE_INTO(T)                                                              \
    do {                                                                            \
        T *o = (T *)d;                                                              \
        for (i = 0; i < len;) {                                                     \
            uint32_t b0 = s[i];                                                     \
            if (b0 < 0x80) {                                                        \
                *o++ = (T)b0;                                                       \
                i++;                                                                \
            } else if (b0 < 0xe0) {                                                 \
                *o++ = (T)(((b0 & 0x1f) << 6) | (s[i + 1] & 0x3f));                 \
                i += 2;                                                             \
            } else if (b0 < 0xf0) {                                                 \
                *o++ = (T)(((b0 & 0x0f) << 12) | ((uint32_t)(s[i + 1] & 0x3f) << 6) | \
                           (s[i + 2] & 0x3f));                                      \
                i += 3;                                                             \
            } else {                                                                \
                *o++ = (T)(((b0 & 0x07) << 18) | ((uint32_t)(s[i + 1] & 0x3f) << 12) | \
                           ((uint32_t)(s[i + 2] & 0x3f) << 6) | (s[i + 3] & 0x3f));   \
                i += 4;                                                             \
            }                                                                       \
        }                                                                           \
    } while (0)
    if (kind == RP_STR_1BYTE) {
        DECODE_INTO(uint8_t);
    } else if (kind == RP_STR_2BYTE) {
        DECODE_INTO(uint16_t);
    } else {
        DECODE_INTO(uint32_t);
    }
#undef DECODE_INTO
    return r;
}

RpObject *rp_utf8_decode(const char *s, rp_ssize_t len, int handler)
{
    DecodeCtx c = {handler, NULL, "utf-8", s, len};
    return utf8_decode_ctx(&c);
}

/* ---- encoding errors ------------------------------------------------------------ */

typedef struct {
    int handler;
    const char *errors;
    const char *encoding;
    RpObject *str;
    int codec;               /* for surrogatepass */
    int little;              /* utf-16/32 byte order */
} EncodeCtx;

static int put_utf16_unit(RpByteBuf *b, uint32_t u, int little)
{
    char x[2];
    if (little) {
        x[0] = (char)(u & 0xff), x[1] = (char)(u >> 8);
    } else {
        x[0] = (char)(u >> 8), x[1] = (char)(u & 0xff);
    }
    return rp_bytebuf_append(b, x, 2);
}

static int put_utf32_unit(RpByteBuf *b, uint32_t u, int little)
{
    char x[4];
    for (int k = 0; k < 4; k++) {
        x[little ? k : 3 - k] = (char)((u >> (8 * k)) & 0xff);
    }
    return rp_bytebuf_append(b, x, 4);
}

/* The unencodable characters s[start:end]: apply the handler.  Returns
 * 0, or -1 with an exception. */
static int encode_error(EncodeCtx *c, RpByteBuf *b, rp_ssize_t start, rp_ssize_t end,
                        const char *reason)
{
    int kind = rp_str_kind(c->str);
    const void *data = rp_str_data(c->str);
    rp_ssize_t i;
    char buf[32];
    switch (c->handler) {
    case RP_ERR_IGNORE:
        return 0;
    case RP_ERR_REPLACE:
        for (i = start; i < end; i++) {
            int r;
            if (c->codec == CODEC_UTF16 || c->codec == CODEC_UTF16LE || c->codec == CODEC_UTF16BE) {
                r = put_utf16_unit(b, '?', c->little);
            } else if (c->codec == CODEC_UTF32 || c->codec == CODEC_UTF32LE ||
                       c->codec == CODEC_UTF32BE) {
                r = put_utf32_unit(b, '?', c->little);
            } else {
                r = rp_bytebuf_append_char(b, '?');
            }
            if (r < 0) {
                return -1;
            }
        }
        return 0;
    case RP_ERR_BACKSLASHREPLACE:
    case RP_ERR_NAMEREPLACE:
    case RP_ERR_XMLCHARREFREPLACE:
        for (i = start; i < end; i++) {
            uint32_t ch = rp_str_read(kind, data, i);
            int n;
            if (c->handler == RP_ERR_XMLCHARREFREPLACE) {
                n = snprintf(buf, sizeof(buf), "&#%u;", (unsigned)ch);
            } else if (ch < 0x100) {
                n = snprintf(buf, sizeof(buf), "\\x%02x", (unsigned)ch);
            } else if (ch < 0x10000) {
                n = snprintf(buf, sizeof(buf), "\\u%04x", (unsigned)ch);
            } else {
                n = snprintf(buf, sizeof(buf), "\\U%08x", (unsigned)ch);
            }
            int r = 0;
            if (c->codec == CODEC_UTF16 || c->codec == CODEC_UTF16LE || c->codec == CODEC_UTF16BE) {
                for (int k = 0; k < n && r == 0; k++) r = put_utf16_unit(b, (unsigned char)buf[k], c->little);
            } else if (c->codec == CODEC_UTF32 || c->codec == CODEC_UTF32LE ||
                       c->codec == CODEC_UTF32BE) {
                for (int k = 0; k < n && r == 0; k++) r = put_utf32_unit(b, (unsigned char)buf[k], c->little);
            } else {
                r = rp_bytebuf_append(b, buf, n);
            }
            if (r < 0) {
                return -1;
            }
        }
        return 0;
    case RP_ERR_SURROGATEESCAPE:
        for (i = start; i < end; i++) {
            uint32_t ch = rp_str_read(kind, data, i);
            if (ch < 0xdc80 || ch > 0xdcff) {
                break;
            }
            if (c->codec == CODEC_UTF16 || c->codec == CODEC_UTF16LE || c->codec == CODEC_UTF16BE ||
                c->codec == CODEC_UTF32 || c->codec == CODEC_UTF32LE || c->codec == CODEC_UTF32BE) {
                break;   /* only byte-oriented codecs can take escaped bytes */
            }
            if (rp_bytebuf_append_char(b, (char)(ch - 0xdc00)) < 0) {
                return -1;
            }
        }
        if (i >= end) {
            return 0;
        }
        start = i;
        break;
    case RP_ERR_SURROGATEPASS:
        /* only the UTF codecs can carry a surrogate; the others raise */
        if (c->codec == CODEC_ASCII || c->codec == CODEC_LATIN1 || c->codec >= CODEC_CHARMAP) {
            break;
        }
        for (i = start; i < end; i++) {
            uint32_t ch = rp_str_read(kind, data, i);
            if (ch < 0xd800 || ch > 0xdfff) {
                break;
            }
            int r;
            if (c->codec == CODEC_UTF8 || c->codec == CODEC_UTF8_SIG) {
                char x[3] = {(char)(0xe0 | (ch >> 12)), (char)(0x80 | ((ch >> 6) & 0x3f)),
                             (char)(0x80 | (ch & 0x3f))};
                r = rp_bytebuf_append(b, x, 3);
            } else if (c->codec == CODEC_UTF16 || c->codec == CODEC_UTF16LE ||
                       c->codec == CODEC_UTF16BE) {
                r = put_utf16_unit(b, ch, c->little);
            } else {
                r = put_utf32_unit(b, ch, c->little);
            }
            if (r < 0) {
                return -1;
            }
        }
        if (i >= end) {
            return 0;
        }
        start = i;
        break;
    case RP_ERR_UNKNOWN:
        raise_unknown_handler(c->errors);
        return -1;
    default:
        break;
    }
    raise_encode_error(c->encoding, c->str, start, end, reason);
    return -1;
}

/* ---- UTF-8 encoding ---------------------------------------------------------------- */

/* The common case: no surrogates.  Size first, then write straight into
 * the bytes object.  Returns NULL without an exception when a surrogate
 * is found (the caller takes the slow path with the error handler). */
static RpObject *utf8_encode_fast(RpObject *s)
{
    rp_ssize_t len = rp_str_len(s), i, size = 0;
    int kind = rp_str_kind(s);
    const void *data = rp_str_data(s);
    if (kind == RP_STR_1BYTE) {
        const uint8_t *p = data;
        for (i = 0; i < len; i++) {
            size += 1 + (p[i] >> 7);
        }
    } else if (kind == RP_STR_2BYTE) {
        const uint16_t *p = data;
        for (i = 0; i < len; i++) {
            uint32_t ch = p[i];
            if (ch < 0x80) size += 1;
            else if (ch < 0x800) size += 2;
            else if (ch >= 0xd800 && ch <= 0xdfff) return NULL;
            else size += 3;
        }
    } else {
        const uint32_t *p = data;
        for (i = 0; i < len; i++) {
            uint32_t ch = p[i];
            if (ch < 0x80) size += 1;
            else if (ch < 0x800) size += 2;
            else if (ch >= 0xd800 && ch <= 0xdfff) return NULL;
            else if (ch < 0x10000) size += 3;
            else size += 4;
        }
    }
    RpObject *r = rp_bytes_new(size);
    if (r == NULL) {
        return NULL;
    }
    uint8_t *o = (uint8_t *)rp_bytes_data(r);
    for (i = 0; i < len; i++) {
        uint32_t ch = rp_str_read(kind, data, i);
        if (ch < 0x80) {
            *o++ = (uint8_t)ch;
        } else if (ch < 0x800) {
            *o++ = (uint8_t)(0xc0 | (ch >> 6));
            *o++ = (uint8_t)(0x80 | (ch & 0x3f));
        } else if (ch < 0x10000) {
            *o++ = (uint8_t)(0xe0 | (ch >> 12));
            *o++ = (uint8_t)(0x80 | ((ch >> 6) & 0x3f));
            *o++ = (uint8_t)(0x80 | (ch & 0x3f));
        } else {
            *o++ = (uint8_t)(0xf0 | (ch >> 18));
            *o++ = (uint8_t)(0x80 | ((ch >> 12) & 0x3f));
            *o++ = (uint8_t)(0x80 | ((ch >> 6) & 0x3f));
            *o++ = (uint8_t)(0x80 | (ch & 0x3f));
        }
    }
    return r;
}

static RpObject *utf8_encode_ctx(EncodeCtx *c)
{
    RpObject *s = c->str;
    rp_ssize_t len = rp_str_len(s), i;
    if (rp_str_is_ascii(s)) {
        return rp_bytes_from_data(rp_str_data(s), len);
    }
    RpObject *fast = utf8_encode_fast(s);
    if (fast != NULL || rp_err_occurred()) {
        return fast;
    }
    int kind = rp_str_kind(s);
    const void *data = rp_str_data(s);
    RpByteBuf b;
    if (rp_bytebuf_init(&b, len * (kind == RP_STR_1BYTE ? 2 : 3) + 1) < 0) {
        return NULL;
    }
    for (i = 0; i < len;) {
        uint32_t ch = rp_str_read(kind, data, i);
        char x[4];
        int n;
        if (ch < 0x80) {
            x[0] = (char)ch;
            n = 1;
        } else if (ch < 0x800) {
            x[0] = (char)(0xc0 | (ch >> 6));
            x[1] = (char)(0x80 | (ch & 0x3f));
            n = 2;
        } else if (ch >= 0xd800 && ch <= 0xdfff) {
            rp_ssize_t e = i + 1;
            while (e < len) {
                uint32_t c2 = rp_str_read(kind, data, e);
                if (c2 < 0xd800 || c2 > 0xdfff) {
                    break;
                }
                e++;
            }
            if (encode_error(c, &b, i, e, "surrogates not allowed") < 0) {
                rp_bytebuf_discard(&b);
                return NULL;
            }
            i = e;
            continue;
        } else if (ch < 0x10000) {
            x[0] = (char)(0xe0 | (ch >> 12));
            x[1] = (char)(0x80 | ((ch >> 6) & 0x3f));
            x[2] = (char)(0x80 | (ch & 0x3f));
            n = 3;
        } else {
            x[0] = (char)(0xf0 | (ch >> 18));
            x[1] = (char)(0x80 | ((ch >> 12) & 0x3f));
            x[2] = (char)(0x80 | ((ch >> 6) & 0x3f));
            x[3] = (char)(0x80 | (ch & 0x3f));
            n = 4;
        }
        if (rp_bytebuf_append(&b, x, n) < 0) {
            rp_bytebuf_discard(&b);
            return NULL;
        }
        i++;
    }
    return rp_bytebuf_finish(&b);
}

RpObject *rp_utf8_encode(RpObject *s, int handler)
{
    EncodeCtx c = {handler, NULL, "utf-8", s, CODEC_UTF8, 0};
    return utf8_encode_ctx(&c);
}

/* ---- ASCII / latin-1 ---------------------------------------------------------------- */

static RpObject *ucs1_encode(EncodeCtx *c, uint32_t limit)
{
    RpObject *s = c->str;
    rp_ssize_t len = rp_str_len(s), i;
    int kind = rp_str_kind(s);
    const void *data = rp_str_data(s);
    if (rp_str_is_ascii(s) || (limit == 256 && kind == RP_STR_1BYTE)) {
        return rp_bytes_from_data(data, len);
    }
    RpByteBuf b;
    if (rp_bytebuf_init(&b, len + 1) < 0) {
        return NULL;
    }
    const char *reason = limit == 128 ? "ordinal not in range(128)" : "ordinal not in range(256)";
    for (i = 0; i < len;) {
        uint32_t ch = rp_str_read(kind, data, i);
        if (ch < limit) {
            if (rp_bytebuf_append_char(&b, (char)ch) < 0) {
                rp_bytebuf_discard(&b);
                return NULL;
            }
            i++;
            continue;
        }
        rp_ssize_t e = i + 1;
        while (e < len && rp_str_read(kind, data, e) >= limit) {
            e++;
        }
        if (encode_error(c, &b, i, e, reason) < 0) {
            rp_bytebuf_discard(&b);
            return NULL;
        }
        i = e;
    }
    return rp_bytebuf_finish(&b);
}

static RpObject *ucs1_decode(DecodeCtx *c, int ascii)
{
    const unsigned char *s = (const unsigned char *)c->data;
    rp_ssize_t len = c->len, i;
    if (!ascii) {
        return rp_str_from_kind_data(RP_STR_1BYTE, s, len);
    }
    for (i = 0; i < len && s[i] < 0x80; i++) {
    }
    if (i == len) {
        return rp_str_from_kind_data_max(RP_STR_1BYTE, s, len, 127);
    }
    RpStrWriter w;
    rp_strwriter_init(&w);
    w.overallocate = 1;
    if (rp_strwriter_write_ascii(&w, (const char *)s, i) < 0) {
        goto fail;
    }
    while (i < len) {
        if (s[i] < 0x80) {
            if (rp_strwriter_write_char(&w, s[i]) < 0) {
                goto fail;
            }
            i++;
            continue;
        }
        i = decode_error(c, &w, i, i + 1, "ordinal not in range(128)");
        if (i < 0) {
            goto fail;
        }
    }
    return rp_strwriter_finish(&w);
fail:
    rp_strwriter_discard(&w);
    return NULL;
}

/* ---- UTF-16 / UTF-32 ------------------------------------------------------------------ */

static RpObject *utf16_encode(EncodeCtx *c, int bom)
{
    RpObject *s = c->str;
    rp_ssize_t len = rp_str_len(s), i;
    int kind = rp_str_kind(s);
    const void *data = rp_str_data(s);
    RpByteBuf b;
    if (rp_bytebuf_init(&b, 2 * len + 4) < 0) {
        return NULL;
    }
    if (bom && put_utf16_unit(&b, 0xfeff, c->little) < 0) {
        goto fail;
    }
    for (i = 0; i < len;) {
        uint32_t ch = rp_str_read(kind, data, i);
        int r;
        if (ch >= 0xd800 && ch <= 0xdfff) {
            rp_ssize_t e = i + 1;
            while (e < len) {
                uint32_t c2 = rp_str_read(kind, data, e);
                if (c2 < 0xd800 || c2 > 0xdfff) break;
                e++;
            }
            if (encode_error(c, &b, i, e, "surrogates not allowed") < 0) {
                goto fail;
            }
            i = e;
            continue;
        }
        if (ch >= 0x10000) {
            ch -= 0x10000;
            r = put_utf16_unit(&b, 0xd800 | (ch >> 10), c->little);
            if (r == 0) {
                r = put_utf16_unit(&b, 0xdc00 | (ch & 0x3ff), c->little);
            }
        } else {
            r = put_utf16_unit(&b, ch, c->little);
        }
        if (r < 0) {
            goto fail;
        }
        i++;
    }
    return rp_bytebuf_finish(&b);
fail:
    rp_bytebuf_discard(&b);
    return NULL;
}

static RpObject *utf32_encode(EncodeCtx *c, int bom)
{
    RpObject *s = c->str;
    rp_ssize_t len = rp_str_len(s), i;
    int kind = rp_str_kind(s);
    const void *data = rp_str_data(s);
    RpByteBuf b;
    if (rp_bytebuf_init(&b, 4 * len + 4) < 0) {
        return NULL;
    }
    if (bom && put_utf32_unit(&b, 0xfeff, c->little) < 0) {
        goto fail;
    }
    for (i = 0; i < len;) {
        uint32_t ch = rp_str_read(kind, data, i);
        if (ch >= 0xd800 && ch <= 0xdfff) {
            rp_ssize_t e = i + 1;
            while (e < len) {
                uint32_t c2 = rp_str_read(kind, data, e);
                if (c2 < 0xd800 || c2 > 0xdfff) break;
                e++;
            }
            if (encode_error(c, &b, i, e, "surrogates not allowed") < 0) {
                goto fail;
            }
            i = e;
            continue;
        }
        if (put_utf32_unit(&b, ch, c->little) < 0) {
            goto fail;
        }
        i++;
    }
    return rp_bytebuf_finish(&b);
fail:
    rp_bytebuf_discard(&b);
    return NULL;
}

static RpObject *utf16_decode(DecodeCtx *c, int little, int detect_bom)
{
    const unsigned char *s = (const unsigned char *)c->data;
    rp_ssize_t len = c->len, i = 0;
    if (detect_bom && len >= 2) {
        if (s[0] == 0xff && s[1] == 0xfe) {
            little = 1;
            i = 2;
        } else if (s[0] == 0xfe && s[1] == 0xff) {
            little = 0;
            i = 2;
        }
    }
    c->encoding = little ? "utf-16-le" : "utf-16-be";
    RpStrWriter w;
    rp_strwriter_init(&w);
    w.overallocate = 1;
#define UNIT(p) (little ? (uint32_t)(s[p] | (s[(p) + 1] << 8)) : (uint32_t)((s[p] << 8) | s[(p) + 1]))
    while (i < len) {
        if (len - i < 2) {
            i = decode_error(c, &w, i, len, "truncated data");
            if (i < 0) goto fail;
            continue;
        }
        uint32_t u = UNIT(i);
        if (u < 0xd800 || u > 0xdfff) {
            if (rp_strwriter_write_char(&w, u) < 0) goto fail;
            i += 2;
            continue;
        }
        if (u >= 0xdc00) {
            if (c->handler == RP_ERR_SURROGATEPASS) {
                if (rp_strwriter_write_char(&w, u) < 0) goto fail;
                i += 2;
                continue;
            }
            i = decode_error(c, &w, i, i + 2, "illegal encoding");
            if (i < 0) goto fail;
            continue;
        }
        /* a high surrogate */
        if (len - i < 4) {
            if (c->handler == RP_ERR_SURROGATEPASS && len - i < 4) {
                if (rp_strwriter_write_char(&w, u) < 0) goto fail;
                i += 2;
                continue;
            }
            i = decode_error(c, &w, i, len, "unexpected end of data");
            if (i < 0) goto fail;
            continue;
        }
        uint32_t u2 = UNIT(i + 2);
        if (u2 >= 0xdc00 && u2 <= 0xdfff) {
            uint32_t ch = 0x10000 + (((u & 0x3ff) << 10) | (u2 & 0x3ff));
            if (rp_strwriter_write_char(&w, ch) < 0) goto fail;
            i += 4;
            continue;
        }
        if (c->handler == RP_ERR_SURROGATEPASS) {
            if (rp_strwriter_write_char(&w, u) < 0) goto fail;
            i += 2;
            continue;
        }
        i = decode_error(c, &w, i, i + 2, "illegal UTF-16 surrogate");
        if (i < 0) goto fail;
    }
#undef UNIT
    return rp_strwriter_finish(&w);
fail:
    rp_strwriter_discard(&w);
    return NULL;
}

static RpObject *utf32_decode(DecodeCtx *c, int little, int detect_bom)
{
    const unsigned char *s = (const unsigned char *)c->data;
    rp_ssize_t len = c->len, i = 0;
    if (detect_bom && len >= 4) {
        if (s[0] == 0xff && s[1] == 0xfe && s[2] == 0 && s[3] == 0) {
            little = 1;
            i = 4;
        } else if (s[0] == 0 && s[1] == 0 && s[2] == 0xfe && s[3] == 0xff) {
            little = 0;
            i = 4;
        }
    }
    c->encoding = little ? "utf-32-le" : "utf-32-be";
    RpStrWriter w;
    rp_strwriter_init(&w);
    w.overallocate = 1;
    while (i < len) {
        if (len - i < 4) {
            i = decode_error(c, &w, i, len, "truncated data");
            if (i < 0) goto fail;
            continue;
        }
        uint32_t ch = little
            ? (uint32_t)s[i] | ((uint32_t)s[i + 1] << 8) | ((uint32_t)s[i + 2] << 16) | ((uint32_t)s[i + 3] << 24)
            : (uint32_t)s[i + 3] | ((uint32_t)s[i + 2] << 8) | ((uint32_t)s[i + 1] << 16) | ((uint32_t)s[i] << 24);
        if (ch > 0x10ffff) {
            i = decode_error(c, &w, i, i + 4, "code point not in range(0x110000)");
            if (i < 0) goto fail;
            continue;
        }
        if (ch >= 0xd800 && ch <= 0xdfff && c->handler != RP_ERR_SURROGATEPASS) {
            i = decode_error(c, &w, i, i + 4,
                             "code point in surrogate code point range(0xd800, 0xe000)");
            if (i < 0) goto fail;
            continue;
        }
        if (rp_strwriter_write_char(&w, ch) < 0) goto fail;
        i += 4;
    }
    return rp_strwriter_finish(&w);
fail:
    rp_strwriter_discard(&w);
    return NULL;
}

/* ---- single-byte tables (cp1252 & co: CPython's "charmap" codecs) ----------------------- */

static int charmap_encode_char(const struct Charmap *cm, uint32_t ch)
{
    int lo = 0, hi = cm->nencode - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        uint32_t c = cm->encode[mid] >> 8;
        if (c == ch) {
            return (int)(cm->encode[mid] & 0xff);
        }
        if (c < ch) {
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return -1;
}

static RpObject *charmap_encode(EncodeCtx *c, const struct Charmap *cm)
{
    RpObject *s = c->str;
    rp_ssize_t len = rp_str_len(s), i;
    int kind = rp_str_kind(s);
    const void *data = rp_str_data(s);
    RpByteBuf b;
    if (rp_bytebuf_init(&b, len + 1) < 0) {
        return NULL;
    }
    for (i = 0; i < len;) {
        uint32_t ch = rp_str_read(kind, data, i);
        int byte = charmap_encode_char(cm, ch);
        if (byte >= 0) {
            if (rp_bytebuf_append_char(&b, (char)byte) < 0) {
                goto fail;
            }
            i++;
            continue;
        }
        rp_ssize_t e = i + 1;
        while (e < len && charmap_encode_char(cm, rp_str_read(kind, data, e)) < 0) {
            e++;
        }
        if (encode_error(c, &b, i, e, "character maps to <undefined>") < 0) {
            goto fail;
        }
        i = e;
    }
    return rp_bytebuf_finish(&b);
fail:
    rp_bytebuf_discard(&b);
    return NULL;
}

static RpObject *charmap_decode(DecodeCtx *c, const struct Charmap *cm)
{
    const unsigned char *s = (const unsigned char *)c->data;
    rp_ssize_t len = c->len, i = 0;
    RpStrWriter w;
    rp_strwriter_init(&w);
    w.overallocate = 1;
    while (i < len) {
        uint32_t ch = cm->decode[s[i]];
        if (ch != 0xfffe) {
            if (rp_strwriter_put(&w, ch) < 0) {
                goto fail;
            }
            i++;
            continue;
        }
        i = decode_error(c, &w, i, i + 1, "character maps to <undefined>");
        if (i < 0) {
            goto fail;
        }
    }
    return rp_strwriter_finish(&w);
fail:
    rp_strwriter_discard(&w);
    return NULL;
}

/* ---- entry points -------------------------------------------------------------------- */

static int native_little(void)
{
    const uint16_t one = 1;
    return *(const uint8_t *)&one == 1;
}

/* Whether CPython's str.encode/bytes.decode reach the codec directly for
 * this name (PyUnicode_Decode's shortcuts: utf8/utf_8/utf16/utf_16/
 * utf32/utf_32/ascii/us_ascii/latin1/latin_1/iso_8859_1/iso8859_1, after
 * _Py_normalize_encoding: lowercase, other runs of punctuation one '_').
 * Every other name goes through the codec registry to a codec written in
 * Python (encodings.cp1252, encodings.utf_16_le, ...). */
static int is_shortcut_name(const char *encoding)
{
    char buf[11];
    size_t n = 0;
    int punct = 0;
    for (const char *e = encoding; *e != '\0'; e++) {
        unsigned char ch = (unsigned char)*e;
        if ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
            ch == '.') {
            if (punct && n > 0) {
                if (n == sizeof(buf) - 1) {
                    return 0;   /* longer than any shortcut */
                }
                buf[n++] = '_';
            }
            punct = 0;
            if (n == sizeof(buf) - 1) {
                return 0;
            }
            buf[n++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
        } else {
            punct = 1;
        }
    }
    buf[n] = '\0';
    static const char *const names[] = {"utf8", "utf_8", "utf16", "utf_16", "utf32", "utf_32",
                                        "ascii", "us_ascii", "latin1", "latin_1", "iso_8859_1",
                                        "iso8859_1"};
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        if (strcmp(buf, names[i]) == 0) {
            return 1;
        }
    }
    return 0;
}

/* An error out of a codec reached through the registry: the codec
 * machinery wraps what is not the codec's own (_PyErr_TrySetFromCause),
 * LookupError "encoding with 'cp1252' codec failed (LookupError: unknown
 * error handler name 'x')", the original as __cause__ (no __context__).
 * UnicodeError and MemoryError pass unchanged.  Returns NULL. */
static RpObject *registry_codec_error(const char *what, const char *encoding)
{
    if (is_shortcut_name(encoding)) {
        return NULL;
    }
    RpObject *cause = rp_err_fetch();
    RpTypeObject *t = cause != NULL ? rp_type(cause) : NULL;
    if (t != &RpExc_LookupError && t != &RpExc_TypeError) {
        rp_err_restore(cause);
        return NULL;
    }
    rp_err_format(t, "%s with '%s' codec failed (%s: %S)", what, encoding, t->tp_name, cause);
    RpObject *exc = rp_err_fetch();
    if (exc != NULL) {
        rp_exception_set_cause_steal(exc, cause);
    } else {
        rp_decref(cause);
    }
    rp_err_restore(exc);
    return NULL;
}

static RpObject *encode_with(RpObject *s, int codec, const char *errors)
{
    if (codec >= CODEC_CHARMAP) {
        EncodeCtx cm = {rp_codec_error_handler(errors), errors, "charmap", s, codec, 0};
        return charmap_encode(&cm, &charmaps[codec - CODEC_CHARMAP]);
    }
    EncodeCtx c = {rp_codec_error_handler(errors), errors, codec_display[codec], s, codec, 0};
    switch (codec) {
    case CODEC_UTF8:
        return utf8_encode_ctx(&c);
    case CODEC_UTF8_SIG: {
        RpObject *b = utf8_encode_ctx(&c);
        if (b == NULL) {
            return NULL;
        }
        RpByteBuf out;
        if (rp_bytebuf_init(&out, rp_bytes_len(b) + 3) < 0 ||
            rp_bytebuf_append(&out, "\xef\xbb\xbf", 3) < 0 ||
            rp_bytebuf_append(&out, rp_bytes_data(b), rp_bytes_len(b)) < 0) {
            rp_bytebuf_discard(&out);
            rp_decref(b);
            return NULL;
        }
        rp_decref(b);
        return rp_bytebuf_finish(&out);
    }
    case CODEC_ASCII:
        return ucs1_encode(&c, 128);
    case CODEC_LATIN1:
        return ucs1_encode(&c, 256);
    case CODEC_UTF16:
        c.little = native_little();
        return utf16_encode(&c, 1);
    case CODEC_UTF16LE:
    case CODEC_UTF16BE:
        c.little = codec == CODEC_UTF16LE;
        return utf16_encode(&c, 0);
    case CODEC_UTF32:
        c.little = native_little();
        return utf32_encode(&c, 1);
    default:
        c.little = codec == CODEC_UTF32LE;
        return utf32_encode(&c, 0);
    }
}

RpObject *rp_str_encode(RpObject *s, const char *encoding, const char *errors)
{
    int codec = lookup_codec(encoding ? encoding : "utf-8");
    if (codec == CODEC_UNKNOWN) {
        return rp_err_format(&RpExc_LookupError, "unknown encoding: %s", encoding);
    }
    RpObject *r = encode_with(s, codec, errors);
    if (r == NULL && encoding != NULL) {
        registry_codec_error("encoding", encoding);
    }
    return r;
}

static RpObject *decode_with(const char *data, rp_ssize_t len, int codec, const char *errors)
{
    if (codec >= CODEC_CHARMAP) {
        DecodeCtx cm = {rp_codec_error_handler(errors), errors, "charmap", data, len};
        return charmap_decode(&cm, &charmaps[codec - CODEC_CHARMAP]);
    }
    DecodeCtx c = {rp_codec_error_handler(errors), errors, codec_display[codec], data, len};
    switch (codec) {
    case CODEC_UTF8:
        return utf8_decode_ctx(&c);
    case CODEC_UTF8_SIG:
        if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
            c.data += 3;
            c.len -= 3;
        }
        return utf8_decode_ctx(&c);
    case CODEC_ASCII:
        return ucs1_decode(&c, 1);
    case CODEC_LATIN1:
        return ucs1_decode(&c, 0);
    case CODEC_UTF16:
        return utf16_decode(&c, native_little(), 1);
    case CODEC_UTF16LE:
    case CODEC_UTF16BE:
        return utf16_decode(&c, codec == CODEC_UTF16LE, 0);
    case CODEC_UTF32:
        return utf32_decode(&c, native_little(), 1);
    default:
        return utf32_decode(&c, codec == CODEC_UTF32LE, 0);
    }
}

RpObject *rp_str_decode(const char *data, rp_ssize_t len, const char *encoding,
                        const char *errors)
{
    int codec = lookup_codec(encoding ? encoding : "utf-8");
    if (codec == CODEC_UNKNOWN) {
        return rp_err_format(&RpExc_LookupError, "unknown encoding: %s", encoding);
    }
    RpObject *r = decode_with(data, len, codec, errors);
    if (r == NULL && encoding != NULL) {
        registry_codec_error("decoding", encoding);
    }
    return r;
}
