/* longformat.c - int to text and text to int.
 *
 *   repr/str       base 10 through an array of base-10**9 limbs (CPython's
 *                  quadratic algorithm: fast up to ~10**5 digits)
 *   bin/oct/hex    straight from the bits
 *   int(s, base)   CPython 3.11's PyLong_FromString rules: whitespace,
 *                  sign, 0x/0o/0b prefixes, single underscores between
 *                  digits, Unicode decimal digits and spaces
 *   format(i, sp)  the format-spec mini-language (numformat.h)
 *
 * Conversions in non-power-of-two bases are limited to
 * sys.get_int_max_str_digits() digits (4300 by default), as in CPython
 * 3.11.7, against quadratic-time attacks.
 */
#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "exceptions.h"
#include "floatobject.h"
#include "intobject.h"
#include "longint.h"
#include "numformat.h"
#include "strobject.h"

typedef rp_digit digit;

#define MAX_STR_DIGITS_THRESHOLD 640

#define DEC_BASE 1000000000u    /* 10**9 */
#define DEC_DIGITS 9

static void limit_error_to_str(int max)
{
    rp_err_format(&RpExc_ValueError,
                  "Exceeds the limit (%d digits) for integer string conversion; "
                  "use sys.set_int_max_str_digits() to increase the limit", max);
}

/* ---- int -> decimal ------------------------------------------------------ */

char *rp_long_to_decimal_cstr(RpObject *v, int limit, rp_ssize_t *plen)
{
    rp_ssize_t n = rp_long_ndigits(v);
    const digit *d = rp_long_digits(v);
    int max = rp_int_get_max_str_digits();
    if (limit && max > 0 && n >= 10 * MAX_STR_DIGITS_THRESHOLD / (3 * RP_LONG_SHIFT) + 2 &&
        max / (3 * RP_LONG_SHIFT) <= (n - 11) / 10) {
        limit_error_to_str(max);
        return NULL;
    }
    /* limbs needed: n * 30 / log2(10**9) < n * 30 / 29.89 + 1 */
    rp_ssize_t cap = 1 + n + n / 90 + 1;
    uint32_t *pout = rp_mem_malloc((size_t)cap * sizeof(uint32_t));
    if (pout == NULL) {
        rp_err_nomemory();
        return NULL;
    }
    rp_ssize_t size = 0;
    for (rp_ssize_t i = n; --i >= 0;) {
        uint32_t hi = d[i];
        for (rp_ssize_t j = 0; j < size; j++) {
            uint64_t z = ((uint64_t)pout[j] << RP_LONG_SHIFT) | hi;
            hi = (uint32_t)(z / DEC_BASE);
            pout[j] = (uint32_t)(z - (uint64_t)hi * DEC_BASE);
        }
        while (hi) {
            pout[size++] = hi % DEC_BASE;
            hi /= DEC_BASE;
        }
    }
    if (size == 0) {
        pout[size++] = 0;
    }
    /* the top limb without leading zeros, then 9 digits per limb */
    rp_ssize_t len = (size - 1) * DEC_DIGITS;
    for (uint32_t t = pout[size - 1]; ; t /= 10) {
        len++;
        if (t < 10) {
            break;
        }
    }
    if (limit && max > 0 && len > MAX_STR_DIGITS_THRESHOLD && len > max) {
        rp_mem_free(pout);
        limit_error_to_str(max);
        return NULL;
    }
    char *s = rp_mem_malloc((size_t)len + 2);
    if (s == NULL) {
        rp_mem_free(pout);
        rp_err_nomemory();
        return NULL;
    }
    char *p = s + len;
    *p = '\0';
    for (rp_ssize_t j = 0; j < size - 1; j++) {
        uint32_t t = pout[j];
        for (int k = 0; k < DEC_DIGITS; k++) {
            *--p = (char)('0' + t % 10);
            t /= 10;
        }
    }
    for (uint32_t t = pout[size - 1]; ; ) {
        *--p = (char)('0' + t % 10);
        t /= 10;
        if (t == 0) {
            break;
        }
    }
    rp_mem_free(pout);
    *plen = len;
    return s;
}

RpObject *rp_long_repr(RpObject *v)
{
    rp_ssize_t s = RP_SIZE(v);
    if (s >= -1 && s <= 1) {
        char buf[16];
        long x = rp_int_compact_value((RpLongObject *)v);
        char *p = buf + sizeof(buf);
        unsigned long u = x < 0 ? (unsigned long)-x : (unsigned long)x;
        do {
            *--p = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        if (x < 0) {
            *--p = '-';
        }
        return rp_numfmt_ascii(p, (size_t)(buf + sizeof(buf) - p));
    }
    rp_ssize_t len;
    char *digits = rp_long_to_decimal_cstr(v, 1, &len);
    if (digits == NULL) {
        return NULL;
    }
    RpObject *r;
    if (s < 0) {
        r = rp_str_new(len + 1, 127);
        if (r != NULL) {
            char *out = rp_str_data(r);
            out[0] = '-';
            memcpy(out + 1, digits, (size_t)len);
        }
    } else {
        r = rp_numfmt_ascii(digits, (size_t)len);
    }
    rp_mem_free(digits);
    return r;
}

/* |v| in a power-of-two base (2, 8, 16, 32) as a malloc'd string */
static char *to_pow2_base(RpObject *v, int base, rp_ssize_t *plen)
{
    int bits = base == 2 ? 1 : base == 8 ? 3 : base == 16 ? 4 : 5;
    int64_t nbits = rp_int_bit_length(v);
    rp_ssize_t len = nbits == 0 ? 1 : (rp_ssize_t)((nbits + bits - 1) / bits);
    char *s = rp_mem_malloc((size_t)len + 1);
    if (s == NULL) {
        rp_err_nomemory();
        return NULL;
    }
    const digit *d = rp_long_digits(v);
    rp_ssize_t n = rp_long_ndigits(v);
    s[len] = '\0';
    char *p = s + len;
    uint64_t acc = 0;
    int accbits = 0;
    rp_ssize_t i = 0;
    for (rp_ssize_t k = 0; k < len; k++) {
        while (accbits < bits && i < n) {
            acc |= (uint64_t)d[i++] << accbits;
            accbits += RP_LONG_SHIFT;
        }
        unsigned c = (unsigned)(acc & (uint64_t)(base - 1));
        *--p = (char)(c < 10 ? '0' + c : 'a' + c - 10);
        acc >>= bits;
        accbits -= bits;
    }
    *plen = len;
    return s;
}

/* |v| in any base 2..36 as a malloc'd string (digits lowercase) */
static char *to_base(RpObject *v, int base, rp_ssize_t *plen)
{
    if (base == 10) {
        return rp_long_to_decimal_cstr(v, 1, plen);
    }
    if ((base & (base - 1)) == 0) {
        return to_pow2_base(v, base, plen);
    }
    /* generic (rare): repeated division by base */
    RpObject *x = rp_long_abs(v);
    if (x == NULL) {
        return NULL;
    }
    RpObject *b = rp_int_from_long(base);
    size_t cap = (size_t)rp_int_bit_length(v) + 2;
    char *s = rp_mem_malloc(cap);
    if (s == NULL || b == NULL) {
        rp_mem_free(s);
        rp_xdecref(b);
        rp_decref(x);
        rp_err_nomemory();
        return NULL;
    }
    size_t k = 0;
    do {
        RpObject *r, *q = rp_long_divmod(x, b, &r);
        if (q == NULL) {
            rp_mem_free(s);
            rp_decref(b);
            rp_decref(x);
            return NULL;
        }
        long c = rp_int_compact_value((RpLongObject *)r);
        rp_decref(r);
        s[k++] = (char)(c < 10 ? '0' + c : 'a' + c - 10);
        rp_decref(x);
        x = q;
    } while (RP_SIZE(x) != 0);
    rp_decref(x);
    rp_decref(b);
    for (size_t i = 0; i < k / 2; i++) {
        char t = s[i];
        s[i] = s[k - 1 - i];
        s[k - 1 - i] = t;
    }
    s[k] = '\0';
    *plen = (rp_ssize_t)k;
    return s;
}

RpObject *rp_int_to_string(RpObject *o, int base)
{
    if (base == 10) {
        return rp_long_repr(o);
    }
    rp_ssize_t len;
    char *digits = to_base(o, base, &len);
    if (digits == NULL) {
        return NULL;
    }
    const char *prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
    size_t np = strlen(prefix);
    int neg = RP_SIZE(o) < 0;
    size_t total = (size_t)neg + np + (size_t)len;
    RpObject *r = rp_str_new((rp_ssize_t)total, 127);
    if (r != NULL) {
        char *out = rp_str_data(r);
        if (neg) {
            *out++ = '-';
        }
        memcpy(out, prefix, np);
        memcpy(out + np, digits, (size_t)len);
    }
    rp_mem_free(digits);
    return r;
}

/* ---- Unicode digits and spaces -------------------------------------------- */

/* The code points of Unicode 14.0's decimal digits zero (each starts a run
 * of ten: zero..nine), from unicodedata.decimal(). */
static const uint32_t unicode_zeros[] = {
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6,
    0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0,
    0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0,
    0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136,
    0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
    0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2,
    0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
};

int rp_num_unicode_decimal(uint32_t ch)
{
    if (ch < 0x80) {
        return ch >= '0' && ch <= '9' ? (int)(ch - '0') : -1;
    }
    size_t lo = 0, hi = sizeof(unicode_zeros) / sizeof(unicode_zeros[0]);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (unicode_zeros[mid] <= ch) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if (lo == 0) {
        return -1;
    }
    uint32_t z = unicode_zeros[lo - 1];
    return ch - z < 10 ? (int)(ch - z) : -1;
}

int rp_num_unicode_isspace(uint32_t ch)
{
    if (ch < 0x80) {
        return (ch >= 0x09 && ch <= 0x0d) || (ch >= 0x1c && ch <= 0x20);
    }
    switch (ch) {
    case 0x85: case 0xa0: case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f:
    case 0x3000:
        return 1;
    default:
        return ch >= 0x2000 && ch <= 0x200a;
    }
}

char *rp_num_transform_decimal_ascii(RpObject *s, rp_ssize_t *plen)
{
    rp_ssize_t n = rp_str_len(s);
    char *out = rp_mem_malloc((size_t)n + 1);
    if (out == NULL) {
        rp_err_nomemory();
        return NULL;
    }
    int kind = rp_str_kind(s);
    const void *data = rp_str_data(s);
    for (rp_ssize_t i = 0; i < n; i++) {
        uint32_t c = rp_str_read(kind, data, i);
        if (c < 0x80) {
            out[i] = (char)c;
        } else if (rp_num_unicode_isspace(c)) {
            out[i] = ' ';
        } else {
            int d = rp_num_unicode_decimal(c);
            out[i] = d >= 0 ? (char)('0' + d) : '?';
        }
    }
    out[n] = '\0';
    *plen = n;
    return out;
}

/* ---- text -> int ------------------------------------------------------------ */

static int digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return 99;
}

static int is_ascii_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* digits (underscores removed) -> |value| */
static RpObject *convert_digits(const char *p, rp_ssize_t n, int base)
{
    if (n <= 18 && base <= 10) {
        uint64_t acc = 0;
        for (rp_ssize_t i = 0; i < n; i++) {
            acc = acc * (uint64_t)base + (uint64_t)digit_value((unsigned char)p[i]);
        }
        return rp_int_from_unsigned_long_long(acc);
    }
    if ((base & (base - 1)) == 0) {
        int bits = 0;
        while ((1 << bits) < base) {
            bits++;
        }
        int64_t total = (int64_t)n * bits;
        rp_ssize_t nd = (rp_ssize_t)((total + RP_LONG_SHIFT - 1) / RP_LONG_SHIFT);
        RpLongObject *z = rp_long_alloc(nd);
        if (z == NULL) {
            return NULL;
        }
        uint64_t acc = 0;
        int accbits = 0;
        rp_ssize_t k = 0;
        for (rp_ssize_t i = n; --i >= 0;) {
            acc |= (uint64_t)digit_value((unsigned char)p[i]) << accbits;
            accbits += bits;
            if (accbits >= RP_LONG_SHIFT) {
                z->ob_digit[k++] = (digit)(acc & RP_LONG_MASK);
                acc >>= RP_LONG_SHIFT;
                accbits -= RP_LONG_SHIFT;
            }
        }
        if (accbits > 0) {
            z->ob_digit[k++] = (digit)acc;
        }
        while (k < nd) {
            z->ob_digit[k++] = 0;
        }
        return rp_long_norm(z);
    }
    /* chunks of convwidth characters, each < 2**30: z = z * base**w + c */
    int convwidth = 0;
    uint64_t convmult = 1;
    while (convmult * (uint64_t)base < RP_LONG_BASE) {
        convmult *= (uint64_t)base;
        convwidth++;
    }
    /* size bound: n * ceil(log2(base)) bits */
    int bits_ceil = 0;
    for (int b = base - 1; b > 0; b >>= 1) {
        bits_ceil++;
    }
    rp_ssize_t cap = (rp_ssize_t)(((int64_t)n * bits_ceil) / RP_LONG_SHIFT) + 2;
    RpLongObject *z = rp_long_alloc(cap);
    if (z == NULL) {
        return NULL;
    }
    digit *zd = z->ob_digit;
    rp_ssize_t size = 0;
    rp_ssize_t i = 0;
    while (i < n) {
        uint64_t c = 0, mult = 1;
        int k;
        for (k = 0; k < convwidth && i < n; k++, i++) {
            c = c * (uint64_t)base + (uint64_t)digit_value((unsigned char)p[i]);
            mult *= (uint64_t)base;
        }
        /* z = z * mult + c */
        for (rp_ssize_t j = 0; j < size; j++) {
            c += (uint64_t)zd[j] * mult;
            zd[j] = (digit)(c & RP_LONG_MASK);
            c >>= RP_LONG_SHIFT;
        }
        while (c) {
            zd[size++] = (digit)(c & RP_LONG_MASK);
            c >>= RP_LONG_SHIFT;
        }
    }
    z->ob_base.ob_size = size;
    return rp_long_norm(z);
}

/* Parse s[0..len) as int(s, base).  Returns the int; NULL with no
 * exception for a syntax error; NULL with an exception for other errors
 * (the digit limit, memory). */
static RpObject *parse_int(const char *s, rp_ssize_t len, int base)
{
    const char *p = s, *end = s + len;
    int neg = 0, error_if_nonzero = 0;
    while (p < end && is_ascii_space((unsigned char)*p)) {
        p++;
    }
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    if (base == 0) {
        if (p >= end || *p != '0') {
            base = 10;
        } else if (p + 1 < end && (p[1] == 'x' || p[1] == 'X')) {
            base = 16;
        } else if (p + 1 < end && (p[1] == 'o' || p[1] == 'O')) {
            base = 8;
        } else if (p + 1 < end && (p[1] == 'b' || p[1] == 'B')) {
            base = 2;
        } else {
            base = 10;
            error_if_nonzero = 1;
        }
    }
    if (p + 1 < end && p[0] == '0' &&
        ((base == 16 && (p[1] == 'x' || p[1] == 'X')) ||
         (base == 8 && (p[1] == 'o' || p[1] == 'O')) ||
         (base == 2 && (p[1] == 'b' || p[1] == 'B')))) {
        p += 2;
        if (p < end && *p == '_') {
            p++;
        }
    }
    if (p < end && *p == '_') {
        return NULL;
    }
    /* scan digits and single underscores */
    const char *start = p;
    rp_ssize_t ndig = 0;
    char prev = 0;
    while (p < end && (digit_value((unsigned char)*p) < base || *p == '_')) {
        if (*p == '_') {
            if (prev == '_') {
                return NULL;
            }
        } else {
            ndig++;
        }
        prev = *p;
        p++;
    }
    if (prev == '_' || ndig == 0) {
        return NULL;
    }
    if ((base & (base - 1)) != 0 && ndig > MAX_STR_DIGITS_THRESHOLD) {
        int max = rp_int_get_max_str_digits();
        if (max > 0 && ndig > max) {
            return rp_err_format(&RpExc_ValueError,
                                 "Exceeds the limit (%d digits) for integer string conversion: "
                                 "value has %zd digits; use sys.set_int_max_str_digits() to "
                                 "increase the limit", max, ndig);
        }
    }
    const char *digits_end = p;
    while (p < end && is_ascii_space((unsigned char)*p)) {
        p++;
    }
    if (p != end) {
        return NULL;
    }
    /* copy the digits without underscores */
    char small[64];
    char *buf = ndig < (rp_ssize_t)sizeof(small) ? small : rp_mem_malloc((size_t)ndig);
    if (buf == NULL) {
        return rp_err_nomemory();
    }
    rp_ssize_t k = 0;
    for (const char *q = start; q < digits_end; q++) {
        if (*q != '_') {
            buf[k++] = *q;
        }
    }
    RpObject *v = convert_digits(buf, k, base);
    if (buf != small) {
        rp_mem_free(buf);
    }
    if (v == NULL) {
        return NULL;
    }
    if (error_if_nonzero && RP_SIZE(v) != 0) {
        rp_decref(v);
        return NULL;
    }
    if (neg && RP_SIZE(v) != 0) {
        RpObject *t = rp_long_neg(v);
        rp_decref(v);
        v = t;
    }
    return v;
}

static RpObject *invalid_literal(int base, RpObject *orig)
{
    RpObject *r = rp_object_repr(orig);
    if (r == NULL) {
        return NULL;
    }
    if (rp_str_len(r) > 200) {
        RpObject *t = rp_str_substring(r, 0, 200);
        rp_decref(r);
        if (t == NULL) {
            return NULL;
        }
        r = t;
    }
    rp_err_format(&RpExc_ValueError, "invalid literal for int() with base %d: %U", base, r);
    rp_decref(r);
    return NULL;
}

RpObject *rp_long_from_bytes_literal(const char *s, rp_ssize_t len, int base, RpObject *orig)
{
    RpObject *v = parse_int(s, len, base);
    if (v == NULL && !rp_err_occurred()) {
        return invalid_literal(base, orig);
    }
    return v;
}

RpObject *rp_long_from_unicode(RpObject *s, int base)
{
    RpObject *v;
    if (rp_str_is_ascii(s)) {
        v = parse_int((const char *)rp_str_data(s), rp_str_len(s), base);
    } else {
        rp_ssize_t len;
        char *a = rp_num_transform_decimal_ascii(s, &len);
        if (a == NULL) {
            return NULL;
        }
        v = parse_int(a, len, base);
        rp_mem_free(a);
    }
    if (v == NULL && !rp_err_occurred()) {
        return invalid_literal(base, s);
    }
    return v;
}

RpObject *rp_int_from_string(const char *s, rp_ssize_t len, int base)
{
    RpObject *v = parse_int(s, len, base);
    if (v == NULL && !rp_err_occurred()) {
        RpObject *o = rp_str_from_utf8(s, len);
        if (o == NULL) {
            return NULL;
        }
        invalid_literal(base, o);
        rp_decref(o);
    }
    return v;
}

/* ---- format() ------------------------------------------------------------- */

static RpObject *format_long_internal(RpObject *v, const RpFormatSpec *spec)
{
    if (spec->precision != -1) {
        return rp_err_set_string(&RpExc_ValueError,
                                 "Precision not allowed in integer format specifier");
    }
    if (spec->no_neg_0) {
        return rp_err_set_string(&RpExc_ValueError,
            "Negative zero coercion (z) not allowed in integer format specifier");
    }
    if (spec->type == 'c') {
        if (spec->sign != 0) {
            return rp_err_set_string(&RpExc_ValueError,
                                     "Sign not allowed with integer format specifier 'c'");
        }
        if (spec->alternate) {
            return rp_err_set_string(&RpExc_ValueError,
                "Alternate form (#) not allowed with integer format specifier 'c'");
        }
        long x = rp_int_as_long(v);
        if (x == -1 && rp_err_occurred()) {
            return NULL;
        }
        if (x < 0 || x > 0x10ffff) {
            return rp_err_set_string(&RpExc_OverflowError, "%c arg not in range(0x110000)");
        }
        char u[5];
        size_t n;
        uint32_t c = (uint32_t)x;
        if (c < 0x80) {
            u[0] = (char)c;
            n = 1;
        } else if (c < 0x800) {
            u[0] = (char)(0xc0 | (c >> 6));
            u[1] = (char)(0x80 | (c & 0x3f));
            n = 2;
        } else if (c < 0x10000) {
            u[0] = (char)(0xe0 | (c >> 12));
            u[1] = (char)(0x80 | ((c >> 6) & 0x3f));
            u[2] = (char)(0x80 | (c & 0x3f));
            n = 3;
        } else {
            u[0] = (char)(0xf0 | (c >> 18));
            u[1] = (char)(0x80 | ((c >> 12) & 0x3f));
            u[2] = (char)(0x80 | ((c >> 6) & 0x3f));
            u[3] = (char)(0x80 | (c & 0x3f));
            n = 4;
        }
        return rp_numfmt_render(spec, 0, "", u, n, 0, 0, 1, 0);
    }
    int base = 10;
    const char *prefix = "";
    switch (spec->type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': case 'X': base = 16; prefix = "0x"; break;
    default: break;
    }
    if (!spec->alternate) {
        prefix = "";
    }
    rp_ssize_t len;
    char *digits = to_base(v, base, &len);
    if (digits == NULL) {
        return NULL;
    }
    RpObject *r = rp_numfmt_render(spec, RP_SIZE(v) < 0 ? '-' : 0, prefix, digits, (size_t)len,
                                   len, 0, 0, spec->type == 'X');
    rp_mem_free(digits);
    return r;
}

RpObject *rp_int_format(RpObject *v, RpObject *spec)
{
    if (rp_str_len(spec) == 0) {
        if (rp_int_check_exact(v)) {
            return rp_long_repr(v);
        }
        return rp_object_str(v);
    }
    RpFormatSpec f;
    if (rp_formatspec_parse(spec, v, 'd', '>', &f) < 0) {
        return NULL;
    }
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return format_long_internal(v, &f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = rp_int_as_double(v);
        if (d == -1.0 && rp_err_occurred()) {
            return NULL;
        }
        return rp_numfmt_float(d, &f);
    }
    default:
        return rp_format_unknown_code(f.type, v);
    }
}

RpObject *rp_long_format_method(RpObject *v, RpObject *spec) { return rp_int_format(v, spec); }
