/* strpercent.c - printf-style formatting: 'fmt' % args (str.__mod__).
 *
 *   %[(key)][flags][width|*][.precision|*][h|l|L]conversion
 *   flags: '-' left, '+' sign, ' ' blank, '#' alternate, '0' zero fill
 *   conversions: s r a  d i u  o x X  e E f F g G  c  %
 *
 * Follows CPython 3.11's PyUnicode_Format (Objects/unicodeobject.c):
 * the same argument walk (a tuple, a single object, or a mapping for
 * %(key)s), the same error messages, and the same layout of signs,
 * prefixes and padding.  Floats are converted with the C library's
 * correctly rounded printf for e/f/g.
 */
#include <stdio.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "bytesobject.h"
#include "exceptions.h"
#include "floatobject.h"
#include "intobject.h"
#include "noneobject.h"
#include "str_internal.h"
#include "tupleobject.h"
#include "typeobject.h"

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct {
    int bytes_mode;          /* bytes % args: the text is latin-1 */
    RpObject *args;
    int args_owned;
    rp_ssize_t arglen, argidx;
    RpObject *dict;
    RpObject *fmt;
    int fmtkind;
    const void *fmtdata;
    rp_ssize_t fmtcnt, fmtpos;
    RpStrWriter w;
} Ctx;

typedef struct {
    uint32_t ch;
    int flags;
    rp_ssize_t width;
    int prec;
    int sign;
} Arg;

#define FMT_READ(c) rp_str_read((c)->fmtkind, (c)->fmtdata, (c)->fmtpos)

static RpObject *getnextarg(Ctx *c)
{
    rp_ssize_t idx = c->argidx;
    if (idx < c->arglen) {
        c->argidx++;
        if (c->arglen < 0) {
            return c->args;
        }
        return rp_tuple_get_borrow(c->args, idx);
    }
    return rp_err_set_string(&RpExc_TypeError, "not enough arguments for format string");
}

static int number_check(RpObject *o)
{
    RpTypeObject *t = rp_type(o);
    return t->nb_index != NULL || t->nb_int != NULL || t->nb_float != NULL;
}

/* The ASCII digits of an int in base 10/8/16, as CPython's
 * _PyUnicode_FormatLong: "-"? ("0x"|"0X"|"0o")? digits, zero-filled to
 * prec digits. */
static RpObject *format_long(RpObject *val, int alt, int prec, uint32_t type)
{
    int base = (type == 'o') ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    RpObject *s = rp_int_to_string(val, base);
    if (s == NULL) {
        return NULL;
    }
    if (base == 10 && prec <= 1) {
        return s;   /* the decimal text is the answer */
    }
    const char *p = rp_str_data(s);
    rp_ssize_t n = rp_str_len(s);
    int neg = p[0] == '-';
    const char *digits = p + neg;
    rp_ssize_t ndigits = n - neg;
    if (base != 10) {
        digits += 2;   /* skip 0x / 0o */
        ndigits -= 2;
    }
    RpByteBuf b;
    rp_ssize_t zeros = prec > ndigits ? prec - ndigits : 0;
    if (rp_bytebuf_init(&b, n + zeros + 4) < 0) {
        rp_decref(s);
        return NULL;
    }
    int ok = 1;
    if (neg) ok = ok && rp_bytebuf_append_char(&b, '-') == 0;
    if (alt && base != 10) {
        ok = ok && rp_bytebuf_append(&b, type == 'o' ? "0o" : type == 'X' ? "0X" : "0x", 2) == 0;
    }
    for (rp_ssize_t i = 0; i < zeros && ok; i++) {
        ok = rp_bytebuf_append_char(&b, '0') == 0;
    }
    for (rp_ssize_t i = 0; i < ndigits && ok; i++) {
        char ch = digits[i];
        if (type == 'X' && ch >= 'a' && ch <= 'f') {
            ch = (char)(ch - 32);
        }
        ok = rp_bytebuf_append_char(&b, ch) == 0;
    }
    rp_decref(s);
    if (!ok) {
        rp_bytebuf_discard(&b);
        return NULL;
    }
    RpObject *r = rp_str_from_kind_data(RP_STR_1BYTE, b.buf, b.len);
    rp_bytebuf_discard(&b);
    return r;
}

static RpObject *mainformatlong(RpObject *v, Arg *arg)
{
    uint32_t type = arg->ch;
    RpObject *iobj;
    if (!number_check(v)) {
        goto wrongtype;
    }
    if (!rp_int_check(v)) {
        iobj = (type == 'o' || type == 'x' || type == 'X') ? rp_number_index(v) : rp_number_long(v);
        if (iobj == NULL) {
            if (rp_err_matches(&RpExc_TypeError)) {
                rp_err_clear();
                goto wrongtype;
            }
            return NULL;
        }
    } else {
        iobj = rp_newref(v);
    }
    RpObject *r = format_long(iobj, arg->flags & F_ALT, arg->prec, type);
    rp_decref(iobj);
    return r;
wrongtype:
    if (type == 'o' || type == 'x' || type == 'X') {
        return rp_err_format(&RpExc_TypeError, "%%%c format: an integer is required, not %.200s",
                             (int)type, rp_type_name(rp_type(v)));
    }
    return rp_err_format(&RpExc_TypeError, "%%%c format: a real number is required, not %.200s",
                         (int)type, rp_type_name(rp_type(v)));
}

static RpObject *formatfloat(RpObject *v, Arg *arg)
{
    double x = rp_float_as_double(v);
    if (x == -1.0 && rp_err_occurred()) {
        return NULL;
    }
    int prec = arg->prec < 0 ? 6 : arg->prec;
    /* the numbers area's PyOS_double_to_string: CPython's digits, "nan"
       without a sign, and "%#g" right where glibc drops zeros */
    char *buf = rp_double_to_string(x, (char)arg->ch, prec,
                                    (arg->flags & F_ALT) ? RP_DTSF_ALT : 0, NULL);
    if (buf == NULL) {
        return NULL;
    }
    RpObject *r = rp_str_from_kind_data(RP_STR_1BYTE, buf, (rp_ssize_t)strlen(buf));
    rp_mem_free(buf);
    return r;
}

static int formatchar(RpObject *v, uint32_t *out)
{
    if (rp_str_check(v)) {
        if (rp_str_len(v) == 1) {
            *out = rp_str_read_char(v, 0);
            return 0;
        }
        goto onerror;
    }
    if (!rp_int_check(v)) {
        goto onerror;
    }
    int overflow;
    long x = rp_int_as_long_and_overflow(v, &overflow);
    if (overflow || x < 0 || x > 0x10ffff) {
        rp_err_set_string(&RpExc_OverflowError, "%c arg not in range(0x110000)");
        return -1;
    }
    *out = (uint32_t)x;
    return 0;
onerror:
    rp_err_set_string(&RpExc_TypeError, "%c requires int or char");
    return -1;
}

/* bytes % args: %s and %b take a bytes-like object (or __bytes__) */
static RpObject *bytes_arg_as_latin1(RpObject *v)
{
    const char *data;
    rp_ssize_t len;
    if (rp_bytes_like(v, &data, &len)) {
        return rp_str_from_kind_data(RP_STR_1BYTE, data, len);
    }
    RpObject *meth = rp_object_lookup_special(v, rp_id(__bytes__));
    if (meth == NULL) {
        if (rp_err_occurred()) {
            return NULL;
        }
        return rp_err_format(&RpExc_TypeError,
                             "%%b requires a bytes-like object, or an object that implements "
                             "__bytes__, not '%.100s'", rp_type_name(rp_type(v)));
    }
    RpObject *b = rp_call_noargs(meth);
    rp_decref(meth);
    if (b == NULL) {
        return NULL;
    }
    if (!rp_bytes_check(b)) {
        rp_err_format(&RpExc_TypeError, "__bytes__ returned non-bytes (type %.200s)",
                      rp_type_name(rp_type(b)));
        rp_decref(b);
        return NULL;
    }
    RpObject *r = rp_str_from_kind_data(RP_STR_1BYTE, rp_bytes_data(b), rp_bytes_len(b));
    rp_decref(b);
    return r;
}

static int bytes_formatchar(RpObject *v, uint32_t *out)
{
    const char *data;
    rp_ssize_t len;
    if (rp_bytes_like(v, &data, &len)) {
        if (len == 1) {
            *out = (unsigned char)data[0];
            return 0;
        }
    } else if (rp_index_check(v)) {
        RpObject *i = rp_number_index(v);
        if (i == NULL) {
            return -1;
        }
        int overflow;
        long x = rp_int_as_long_and_overflow(i, &overflow);
        rp_decref(i);
        if (overflow || x < 0 || x > 255) {
            rp_err_set_string(&RpExc_OverflowError, "%c arg not in range(256)");
            return -1;
        }
        *out = (uint32_t)x;
        return 0;
    }
    rp_err_set_string(&RpExc_TypeError, "%c requires an integer in range(256) or a single byte");
    return -1;
}

static int arg_parse(Ctx *c, Arg *arg)
{
    if (arg->ch == '(') {
        if (c->dict == NULL) {
            rp_err_set_string(&RpExc_TypeError, "format requires a mapping");
            return -1;
        }
        ++c->fmtpos;
        --c->fmtcnt;
        rp_ssize_t keystart = c->fmtpos;
        int pcount = 1;
        while (pcount > 0 && --c->fmtcnt >= 0) {
            arg->ch = FMT_READ(c);
            if (arg->ch == ')') {
                --pcount;
            } else if (arg->ch == '(') {
                ++pcount;
            }
            c->fmtpos++;
        }
        rp_ssize_t keylen = c->fmtpos - keystart - 1;
        if (c->fmtcnt < 0 || pcount > 0) {
            rp_err_set_string(&RpExc_ValueError, "incomplete format key");
            return -1;
        }
        RpObject *key = rp_str_sub(c->fmt, keystart, keystart + keylen);
        if (key == NULL) {
            return -1;
        }
        if (c->bytes_mode) {
            /* the format was latin-1 text: its key is bytes */
            RpObject *bkey = rp_bytes_from_data(rp_str_data(key), rp_str_len(key));
            rp_decref(key);
            if (bkey == NULL) {
                return -1;
            }
            key = bkey;
        }
        if (c->args_owned) {
            c->args_owned = 0;
            rp_decref(c->args);
        }
        c->args = rp_object_getitem(c->dict, key);
        rp_decref(key);
        if (c->args == NULL) {
            return -1;
        }
        c->args_owned = 1;
        c->arglen = -1;
        c->argidx = -2;
    }
    while (--c->fmtcnt >= 0) {
        arg->ch = FMT_READ(c);
        c->fmtpos++;
        switch (arg->ch) {
        case '-': arg->flags |= F_LJUST; continue;
        case '+': arg->flags |= F_SIGN; continue;
        case ' ': arg->flags |= F_BLANK; continue;
        case '#': arg->flags |= F_ALT; continue;
        case '0': arg->flags |= F_ZERO; continue;
        }
        break;
    }
    if (arg->ch == '*') {
        RpObject *v = getnextarg(c);
        if (v == NULL) {
            return -1;
        }
        if (!rp_int_check(v)) {
            rp_err_set_string(&RpExc_TypeError, "* wants int");
            return -1;
        }
        arg->width = rp_int_as_ssize_t(v);
        if (arg->width == -1 && rp_err_occurred()) {
            return -1;
        }
        if (arg->width < 0) {
            arg->flags |= F_LJUST;
            arg->width = -arg->width;
        }
        if (--c->fmtcnt >= 0) {
            arg->ch = FMT_READ(c);
            c->fmtpos++;
        }
    } else if (arg->ch >= '0' && arg->ch <= '9') {
        arg->width = (rp_ssize_t)(arg->ch - '0');
        while (--c->fmtcnt >= 0) {
            arg->ch = FMT_READ(c);
            c->fmtpos++;
            if (arg->ch < '0' || arg->ch > '9') {
                break;
            }
            if (arg->width > (RP_SSIZE_T_MAX - ((int)arg->ch - '0')) / 10) {
                rp_err_set_string(&RpExc_ValueError, "width too big");
                return -1;
            }
            arg->width = arg->width * 10 + (arg->ch - '0');
        }
    }
    if (arg->ch == '.') {
        arg->prec = 0;
        if (--c->fmtcnt >= 0) {
            arg->ch = FMT_READ(c);
            c->fmtpos++;
        }
        if (arg->ch == '*') {
            RpObject *v = getnextarg(c);
            if (v == NULL) {
                return -1;
            }
            if (!rp_int_check(v)) {
                rp_err_set_string(&RpExc_TypeError, "* wants int");
                return -1;
            }
            long p = rp_int_as_long(v);
            if (p == -1 && rp_err_occurred()) {
                return -1;
            }
            if (p > 2147483647L) {
                rp_err_set_string(&RpExc_OverflowError, "Python int too large to convert to C int");
                return -1;
            }
            arg->prec = p < 0 ? 0 : (int)p;
            if (--c->fmtcnt >= 0) {
                arg->ch = FMT_READ(c);
                c->fmtpos++;
            }
        } else if (arg->ch >= '0' && arg->ch <= '9') {
            arg->prec = (int)(arg->ch - '0');
            while (--c->fmtcnt >= 0) {
                arg->ch = FMT_READ(c);
                c->fmtpos++;
                if (arg->ch < '0' || arg->ch > '9') {
                    break;
                }
                if (arg->prec > (2147483647 - ((int)arg->ch - '0')) / 10) {
                    rp_err_set_string(&RpExc_ValueError, "precision too big");
                    return -1;
                }
                arg->prec = arg->prec * 10 + (int)(arg->ch - '0');
            }
        }
    }
    if (c->fmtcnt >= 0) {
        if (arg->ch == 'h' || arg->ch == 'l' || arg->ch == 'L') {
            if (--c->fmtcnt >= 0) {
                arg->ch = FMT_READ(c);
                c->fmtpos++;
            }
        }
    }
    if (c->fmtcnt < 0) {
        rp_err_set_string(&RpExc_ValueError, "incomplete format");
        return -1;
    }
    return 0;
}

/* 0: *out is the text to lay out; 1: written already; -1 error */
static int arg_format(Ctx *c, Arg *arg, RpObject **out)
{
    if (c->fmtcnt == 0) {
        c->w.overallocate = 0;
    }
    RpObject *v = getnextarg(c);
    if (v == NULL) {
        return -1;
    }
    if (c->bytes_mode) {
        switch (arg->ch) {
        case 's': case 'b':
            *out = bytes_arg_as_latin1(v);
            return *out == NULL ? -1 : 0;
        case 'r': case 'a':
            *out = rp_object_ascii(v);
            return *out == NULL ? -1 : 0;
        case 'c': {
            uint32_t ch;
            if (bytes_formatchar(v, &ch) < 0) {
                return -1;
            }
            *out = rp_str_from_char(ch);
            return *out == NULL ? -1 : 0;
        }
        default:
            break;
        }
    }
    switch (arg->ch) {
    case 's': case 'r': case 'a':
        if (rp_int_check_exact(v) && arg->width == -1 && arg->prec == -1) {
            /* CPython writes the digits straight into its writer */
            RpObject *t = rp_int_to_string(v, 10);
            if (t == NULL) {
                return -1;
            }
            int r = rp_strwriter_write_str_copy(&c->w, t);
            rp_decref(t);
            return r < 0 ? -1 : 1;
        }
        if (rp_str_check_exact(v) && arg->ch == 's') {
            *out = rp_newref(v);
        } else if (arg->ch == 's') {
            *out = rp_object_str(v);
        } else if (arg->ch == 'r') {
            *out = rp_object_repr(v);
        } else {
            *out = rp_object_ascii(v);
        }
        break;
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
        *out = mainformatlong(v, arg);
        arg->sign = 1;
        break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        arg->sign = 1;
        *out = formatfloat(v, arg);
        break;
    case 'c': {
        uint32_t ch;
        if (formatchar(v, &ch) < 0) {
            return -1;
        }
        if (arg->width == -1 && arg->prec == -1) {
            return rp_strwriter_write_char(&c->w, ch) < 0 ? -1 : 1;
        }
        *out = rp_str_from_char(ch);
        break;
    }
    default:
        rp_err_format(&RpExc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                      (31 <= arg->ch && arg->ch <= 126) ? (int)arg->ch : '?', (int)arg->ch,
                      c->fmtpos - 1);
        return -1;
    }
    return *out == NULL ? -1 : 0;
}

static int arg_output(Ctx *c, Arg *arg, RpObject *str)
{
    RpStrWriter *w = &c->w;
    uint32_t fill = (arg->sign && (arg->flags & F_ZERO)) ? '0' : ' ';
    rp_ssize_t len = rp_str_len(str);
    if ((arg->width == -1 || arg->width <= len) && (arg->prec == -1 || arg->prec >= len) &&
        !(arg->flags & (F_SIGN | F_BLANK))) {
        /* numbers are written into the writer by CPython, not kept */
        if (arg->ch != 's' && arg->ch != 'r' && arg->ch != 'a') {
            return rp_strwriter_write_str_copy(w, str);
        }
        return rp_strwriter_write_str(w, str);
    }
    if (arg->ch == 's' || arg->ch == 'r' || arg->ch == 'a') {
        if (arg->prec >= 0 && len > arg->prec) {
            len = arg->prec;
        }
    }
    int kind = rp_str_kind(str);
    const void *data = rp_str_data(str);
    rp_ssize_t pindex = 0;
    uint32_t signchar = 0;
    if (arg->sign) {
        uint32_t ch = len > 0 ? rp_str_read(kind, data, 0) : 0;
        if (ch == '-' || ch == '+') {
            signchar = ch;
            len--;
            pindex++;
        } else if (arg->flags & F_SIGN) {
            signchar = '+';
        } else if (arg->flags & F_BLANK) {
            signchar = ' ';
        } else {
            arg->sign = 0;
        }
    }
    if (arg->width < len) {
        arg->width = len;
    }
    int alt_prefix = (arg->flags & F_ALT) && (arg->ch == 'x' || arg->ch == 'X' || arg->ch == 'o');
    if (arg->sign) {
        if (fill != ' ' && rp_strwriter_write_char(w, signchar) < 0) {
            return -1;
        }
        if (arg->width > len) {
            arg->width--;
        }
    }
    if (alt_prefix) {
        if (fill != ' ') {
            if (rp_strwriter_write_substr(w, str, pindex, pindex + 2) < 0) {
                return -1;
            }
            pindex += 2;
        }
        arg->width -= 2;
        if (arg->width < 0) {
            arg->width = 0;
        }
        len -= 2;
    }
    if (arg->width > len && !(arg->flags & F_LJUST)) {
        if (rp_strwriter_write_fill(w, fill, arg->width - len) < 0) {
            return -1;
        }
        arg->width = len;
    }
    if (fill == ' ') {
        if (arg->sign && rp_strwriter_write_char(w, signchar) < 0) {
            return -1;
        }
        if (alt_prefix) {
            if (rp_strwriter_write_substr(w, str, pindex, pindex + 2) < 0) {
                return -1;
            }
            pindex += 2;
        }
    }
    if (len > 0 && rp_strwriter_write_substr(w, str, pindex, pindex + len) < 0) {
        return -1;
    }
    if (arg->width > len && rp_strwriter_write_fill(w, ' ', arg->width - len) < 0) {
        return -1;
    }
    return 0;
}

static int format_arg(Ctx *c)
{
    Arg arg;
    arg.ch = FMT_READ(c);
    if (arg.ch == '%') {
        c->fmtpos++;
        c->fmtcnt--;
        return rp_strwriter_write_char(&c->w, '%');
    }
    arg.flags = 0;
    arg.width = -1;
    arg.prec = -1;
    arg.sign = 0;
    RpObject *str = NULL;
    if (arg_parse(c, &arg) < 0) {
        return -1;
    }
    int r = arg_format(c, &arg, &str);
    if (r < 0) {
        return -1;
    }
    if (r != 1) {
        r = arg_output(c, &arg, str);
        rp_decref(str);
        if (r < 0) {
            return -1;
        }
    }
    if (c->dict && c->argidx < c->arglen) {
        rp_err_set_string(&RpExc_TypeError, c->bytes_mode
                          ? "not all arguments converted during bytes formatting"
                          : "not all arguments converted during string formatting");
        return -1;
    }
    return 0;
}

static RpObject *percent_format(RpObject *fmt, RpObject *args, int bytes_mode)
{
    Ctx c;
    memset(&c, 0, sizeof(c));
    c.bytes_mode = bytes_mode;
    c.fmt = fmt;
    c.fmtdata = rp_str_data(fmt);
    c.fmtkind = rp_str_kind(fmt);
    c.fmtcnt = rp_str_len(fmt);
    c.fmtpos = 0;
    rp_strwriter_init(&c.w);
    c.w.overallocate = 1;
    if (rp_tuple_check(args)) {
        c.arglen = rp_tuple_len(args);
        c.argidx = 0;
    } else {
        c.arglen = -1;
        c.argidx = -2;
    }
    /* PyMapping_Check: a __getitem__ that is not a sequence's only */
    if (rp_type(args)->mp_subscript != NULL && !rp_tuple_check(args) && !rp_str_check(args) &&
        !(bytes_mode && (rp_bytes_check(args) || rp_bytearray_check(args)))) {
        c.dict = args;
    }
    c.args = args;
    while (--c.fmtcnt >= 0) {
        if (FMT_READ(&c) != '%') {
            rp_ssize_t nonfmtpos = c.fmtpos++;
            while (c.fmtcnt >= 0 && FMT_READ(&c) != '%') {
                c.fmtpos++;
                c.fmtcnt--;
            }
            if (c.fmtcnt < 0) {
                c.fmtpos--;
                c.w.overallocate = 0;
            }
            if (rp_strwriter_write_substr(&c.w, fmt, nonfmtpos, c.fmtpos) < 0) {
                goto fail;
            }
        } else {
            c.fmtpos++;
            if (format_arg(&c) < 0) {
                goto fail;
            }
        }
    }
    if (c.argidx < c.arglen && !c.dict) {
        rp_err_set_string(&RpExc_TypeError, c.bytes_mode
                          ? "not all arguments converted during bytes formatting"
                          : "not all arguments converted during string formatting");
        goto fail;
    }
    if (c.args_owned) {
        rp_decref(c.args);
    }
    if (c.w.len == 0 && c.w.readonly == NULL) {
        rp_strwriter_discard(&c.w);
        return rp_str_new(0, 0);
    }
    return rp_strwriter_finish(&c.w);
fail:
    rp_strwriter_discard(&c.w);
    if (c.args_owned) {
        rp_decref(c.args);
    }
    return NULL;
}

RpObject *rp_str_percent_format(RpObject *fmt, RpObject *args)
{
    return percent_format(fmt, args, 0);
}

RpObject *rp_bytes_percent_format(const char *data, rp_ssize_t len, RpObject *args)
{
    RpObject *fmt = rp_str_from_kind_data(RP_STR_1BYTE, data, len);
    if (fmt == NULL) {
        return NULL;
    }
    RpObject *r = percent_format(fmt, args, 1);
    rp_decref(fmt);
    if (r == NULL) {
        return NULL;
    }
    /* every character is < 256: the latin-1 bytes are the result */
    RpObject *b = rp_bytes_from_data(rp_str_data(r), rp_str_len(r));
    rp_decref(r);
    return b;
}

RpObject *rp_str_mod(RpObject *a, RpObject *b)
{
    if (!rp_str_check(a)) {
        return rp_notimplemented_new();
    }
    return rp_str_percent_format(a, b);
}
