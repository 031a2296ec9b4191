/* floatformat.c - float to text and text to float.
 *
 *   repr(x)        the shortest decimal string that reads back as x,
 *                  laid out with CPython's rules (exponent form when the
 *                  decimal exponent is < -4 or >= 16: 1e+16, 1e-05)
 *   rp_double_to_string  CPython's PyOS_double_to_string ('e' 'f' 'g' 'r'
 *                  and flags), used by format(), %-formatting and repr
 *   format(x, sp)  the format-spec mini-language (numformat.h)
 *   float(s)       Python's syntax (underscores between digits, inf/nan)
 *                  checked here, the conversion done by strtod
 *   float.hex / float.fromhex
 *
 * The digit generation relies on the C library being correctly rounded
 * (glibc's printf and strtod are exact), the way CPython relies on David
 * Gay's dtoa.c: "%.*e" gives the nearest p-digit decimal, and the shortest
 * round-tripping p is found by search.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../vm/abstract.h"
#include "../vm/errors.h"
#include "exceptions.h"
#include "floatobject.h"
#include "longint.h"
#include "numformat.h"
#include "strobject.h"

#define RP_DTSF_TRIM 0x100   /* internal: strip trailing zeros after the point */

/* ---- shortest round-trip digits ----------------------------------------- */

/* The nearest p-digit decimal of v > 0 (finite): digits into d (no dot),
 * returns the decimal point position: v ~ 0.d1d2...dp * 10**decpt */
static int nearest_digits(double v, int p, char *d)
{
    char buf[64];
    snprintf(buf, sizeof(buf), "%.*e", p - 1, v);
    /* buf: d[.ddd]e[+-]XX */
    int k = 0;
    const char *s = buf;
    for (; *s && *s != 'e'; s++) {
        if (*s != '.') {
            d[k++] = *s;
        }
    }
    d[k] = '\0';
    int exp = atoi(s + 1);
    return exp + 1;
}

static int reads_back(const char *d, int n, int decpt, double v)
{
    char buf[64];
    char *p = buf;
    *p++ = '.';
    memcpy(p, d, (size_t)n);
    p += n;
    *p++ = 'e';
    if (decpt < 0) {
        *p++ = '-';
        decpt = -decpt;
    }
    char tmp[8];
    int k = 0;
    do {
        tmp[k++] = (char)('0' + decpt % 10);
        decpt /= 10;
    } while (decpt);
    while (k) {
        *p++ = tmp[--k];
    }
    *p = '\0';
    return strtod(buf, NULL) == v;
}

/* The digits one unit (in the last place) above d[0..n): returns the new
 * decimal point (a carry may add a digit: 999 -> 100 with decpt + 1). */
static int next_up(char *d, int n, int decpt)
{
    int i = n - 1;
    while (i >= 0 && d[i] == '9') {
        d[i] = '0';
        i--;
    }
    if (i < 0) {
        d[0] = '1';
        for (int j = 1; j < n; j++) {
            d[j] = '0';
        }
        return decpt + 1;
    }
    d[i]++;
    return decpt;
}

static int try_digits(double v, int p, char *d, int *decpt, int pow2)
{
    int dp = nearest_digits(v, p, d);
    if (reads_back(d, p, dp, v)) {
        *decpt = dp;
        return 1;
    }
    if (pow2) {
        /* the gap below a power of two is half the gap above: a p-digit
           decimal above v may read back although the nearest (below)
           does not */
        char up[32];
        memcpy(up, d, (size_t)p + 1);
        int dpu = next_up(up, p, dp);
        if (reads_back(up, p, dpu, v)) {
            memcpy(d, up, (size_t)p + 1);
            *decpt = dpu;
            return 1;
        }
    }
    return 0;
}

/* Shortest digits of v > 0 (finite) that read back exactly (the one
 * nearest to v among those of that length); returns the digit count,
 * trailing zeros removed.
 *
 * Fast path for normal doubles: any decimal of at most DBL_DIG (15)
 * significant digits survives decimal -> double -> 15 digits, so if some
 * such decimal reads back as v, it is v's nearest 15-digit decimal; that
 * one, without its trailing zeros, is then the answer.  Otherwise the
 * nearest 16-digit decimal (or, below a power of two, the one above it)
 * or the nearest 17-digit one. */
static int shortest_digits(double v, char *d, int *decpt)
{
    int e;
    double m = frexp(v, &e);
    int pow2 = m == 0.5;
    int p;
    if (v >= 1e-307) {
        int dp = nearest_digits(v, 15, d);
        if (reads_back(d, 15, dp, v)) {
            p = 15;
            *decpt = dp;
        } else if (try_digits(v, 16, d, decpt, pow2)) {
            p = 16;
        } else {
            p = 17;
            *decpt = nearest_digits(v, 17, d);
        }
    } else if (pow2) {
        for (p = 1; p < 17; p++) {
            if (try_digits(v, p, d, decpt, 1)) {
                break;
            }
        }
        if (p == 17) {
            *decpt = nearest_digits(v, 17, d);
        }
    } else {
        /* subnormals: away from powers of two "p digits read back" is
           monotonic in p */
        int lo = 1, hi = 17;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            int dp = nearest_digits(v, mid, d);
            if (reads_back(d, mid, dp, v)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        p = lo;
        *decpt = nearest_digits(v, p, d);
    }
    while (p > 1 && d[p - 1] == '0') {
        p--;
    }
    d[p] = '\0';
    return p;
}

/* ---- PyOS_double_to_string ------------------------------------------------ */

/* repr-style layout of digits/decpt (the 'r' code) into out */
static size_t layout_repr(const char *d, int n, int decpt, int flags, char *out)
{
    char *p = out;
    if (decpt <= -4 || decpt > 16) {
        *p++ = d[0];
        if (n > 1) {
            *p++ = '.';
            memcpy(p, d + 1, (size_t)n - 1);
            p += n - 1;
        } else if (flags & RP_DTSF_ALT) {
            *p++ = '.';
        }
        p += sprintf(p, "e%c%02d", decpt - 1 < 0 ? '-' : '+', abs(decpt - 1));
    } else if (decpt <= 0) {
        *p++ = '0';
        *p++ = '.';
        for (int i = 0; i < -decpt; i++) {
            *p++ = '0';
        }
        memcpy(p, d, (size_t)n);
        p += n;
    } else if (decpt >= n) {
        memcpy(p, d, (size_t)n);
        p += n;
        for (int i = n; i < decpt; i++) {
            *p++ = '0';
        }
        if (flags & RP_DTSF_ADD_DOT_0) {
            *p++ = '.';
            *p++ = '0';
        } else if (flags & RP_DTSF_ALT) {
            *p++ = '.';
        }
    } else {
        memcpy(p, d, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, d + decpt, (size_t)(n - decpt));
        p += n - decpt;
    }
    *p = '\0';
    return (size_t)(p - out);
}

char *rp_double_to_string(double v, char code, int precision, int flags, int *type)
{
    int upper = 0;
    if (code == 'E' || code == 'F' || code == 'G') {
        upper = 1;
        code = (char)(code + 32);
    }
    if (type != NULL) {
        *type = RP_DTST_FINITE;
    }
    char small[128];
    char *body = small;       /* the text without sign */
    char *heap = NULL;
    size_t n;
    int neg = signbit(v) != 0;
    if (isnan(v) || isinf(v)) {
        if (isnan(v)) {
            neg = 0;
        }
        strcpy(small, isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        n = 3;
        if (type != NULL) {
            *type = isnan(v) ? RP_DTST_NAN : RP_DTST_INFINITE;
        }
    } else if (code == 'r') {
        if (v == 0.0) {
            n = layout_repr("0", 1, 1, flags, small);
        } else {
            char d[40];
            int decpt;
            int nd = shortest_digits(fabs(v), d, &decpt);
            n = layout_repr(d, nd, decpt, flags, small);
        }
    } else {
        double a = fabs(v);
        if (code == 'g' && precision == 0) {
            precision = 1;
        }
        if (code == 'g') {
            /* 'g' done by hand (glibc's "%#g" loses the zeros when the
               rounding carries into a new digit): the exponent form when
               the rounded decimal exponent is < -4 or >= precision (or
               precision - 1 for the '' type, which has ADD_DOT_0), the
               fixed form otherwise; trailing zeros dropped unless '#' */
            char probe_small[64];
            size_t psize = (size_t)precision + 32;
            char *probe = psize <= sizeof(probe_small) ? probe_small : rp_mem_malloc(psize);
            if (probe == NULL) {
                rp_err_nomemory();
                return NULL;
            }
            snprintf(probe, psize, "%.*e", precision - 1, a);
            int decpt = atoi(strchr(probe, 'e') + 1) + 1;
            if (probe != probe_small) {
                rp_mem_free(probe);
            }
            int limit = (flags & RP_DTSF_ADD_DOT_0) ? precision - 1 : precision;
            if (decpt <= -4 || decpt > limit) {
                code = 'e';
                precision -= 1;
            } else {
                code = 'f';
                precision -= decpt;
            }
            if (!(flags & RP_DTSF_ALT)) {
                flags |= RP_DTSF_TRIM;
            }
        }
        char fmt[16];
        snprintf(fmt, sizeof(fmt), "%%%s.*%c", (flags & RP_DTSF_ALT) ? "#" : "", code);
        int len = snprintf(small, sizeof(small), fmt, precision, a);
        if (len < 0) {
            rp_err_set_string(&RpExc_ValueError, "bad float format");
            return NULL;
        }
        if ((size_t)len >= sizeof(small) - 4) {
            heap = rp_mem_malloc((size_t)len + 8);
            if (heap == NULL) {
                rp_err_nomemory();
                return NULL;
            }
            snprintf(heap, (size_t)len + 1, fmt, precision, a);
            body = heap;
        }
        n = (size_t)len;
        if (flags & RP_DTSF_TRIM) {
            /* drop trailing zeros (and a bare point) after the point */
            char *e = strchr(body, 'e');
            char *end = e != NULL ? e : body + n;
            if (memchr(body, '.', (size_t)(end - body)) != NULL) {
                char *m = end;
                while (m[-1] == '0') {
                    m--;
                }
                if (m[-1] == '.') {
                    m--;
                }
                memmove(m, end, strlen(end) + 1);
                n = strlen(body);
            }
        }
        if ((flags & RP_DTSF_ADD_DOT_0) && strpbrk(body, ".e") == NULL) {
            body[n++] = '.';
            body[n++] = '0';
            body[n] = '\0';
        }
        if (upper) {
            for (size_t i = 0; i < n; i++) {
                if (body[i] == 'e') {
                    body[i] = 'E';
                }
            }
        }
        if (neg && (flags & RP_DTSF_NO_NEG_0)) {
            /* does it read as zero once rounded? */
            int zero = 1;
            for (size_t i = 0; i < n && body[i] != 'e' && body[i] != 'E'; i++) {
                if (body[i] >= '1' && body[i] <= '9') {
                    zero = 0;
                    break;
                }
            }
            if (zero) {
                neg = 0;
            }
        }
    }
    if (neg && v == 0.0 && (flags & RP_DTSF_NO_NEG_0)) {
        neg = 0;
    }
    char sign = neg ? '-' : ((flags & RP_DTSF_SIGN) ? '+' : 0);
    char *r = rp_mem_malloc(n + 2);
    if (r == NULL) {
        rp_mem_free(heap);
        rp_err_nomemory();
        return NULL;
    }
    size_t k = 0;
    if (sign) {
        r[k++] = sign;
    }
    memcpy(r + k, body, n);
    r[k + n] = '\0';
    rp_mem_free(heap);
    return r;
}

int rp_float_repr_buf(double v, char *buf, size_t size)
{
    char *s = rp_double_to_string(v, 'r', 0, RP_DTSF_ADD_DOT_0, NULL);
    if (s == NULL) {
        rp_err_clear();
        if (size > 0) {
            buf[0] = '\0';
        }
        return 0;
    }
    size_t n = strlen(s);
    if (n >= size) {
        n = size - 1;
    }
    memcpy(buf, s, n);
    buf[n] = '\0';
    rp_mem_free(s);
    return (int)n;
}

RpObject *rp_float_repr_double(double v)
{
    char buf[40];
    if (v == 0.0 || isnan(v) || isinf(v)) {
        const char *s = isnan(v) ? "nan" : isinf(v) ? (v > 0 ? "inf" : "-inf")
                                                    : (signbit(v) ? "-0.0" : "0.0");
        return rp_numfmt_ascii(s, strlen(s));
    }
    char d[40];
    int decpt;
    int nd = shortest_digits(fabs(v), d, &decpt);
    char *p = buf;
    if (v < 0) {
        *p++ = '-';
    }
    size_t n = layout_repr(d, nd, decpt, RP_DTSF_ADD_DOT_0, p);
    return rp_numfmt_ascii(buf, n + (size_t)(p - buf));
}

/* ---- format() --------------------------------------------------------------- */

RpObject *rp_numfmt_float(double v, const RpFormatSpec *spec)
{
    uint32_t type = spec->type;
    int precision = 6, flags = 0, add_pct = 0;
    int default_precision = 6;
    if (spec->precision > 0x7fffffff) {
        return rp_err_set_string(&RpExc_ValueError, "precision too big");
    }
    if (spec->alternate) {
        flags |= RP_DTSF_ALT;
    }
    if (spec->no_neg_0) {
        flags |= RP_DTSF_NO_NEG_0;
    }
    if (type == 0) {
        flags |= RP_DTSF_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') {
        type = 'g';
    }
    if (type == '%') {
        type = 'f';
        v *= 100;
        add_pct = 1;
    }
    if (spec->precision < 0) {
        precision = default_precision;
    } else {
        precision = (int)spec->precision;
        if (type == 'r') {
            type = 'g';
        }
    }
    char *buf = rp_double_to_string(v, (char)type, precision, flags, NULL);
    if (buf == NULL) {
        return NULL;
    }
    size_t n = strlen(buf);
    if (add_pct) {
        char *b2 = rp_mem_realloc(buf, n + 2);
        if (b2 == NULL) {
            rp_mem_free(buf);
            return rp_err_nomemory();
        }
        buf = b2;
        buf[n++] = '%';
        buf[n] = '\0';
    }
    RpObject *r;
    if (spec->sign != '+' && spec->sign != ' ' && spec->width == -1 && spec->type != 'n' &&
        !spec->thousands) {
        r = rp_numfmt_ascii(buf, n);
    } else {
        const char *s = buf;
        int sign_char = 0;
        if (*s == '-') {
            sign_char = '-';
            s++;
            n--;
        }
        size_t nd = 0;
        while (nd < n && s[nd] >= '0' && s[nd] <= '9') {
            nd++;
        }
        int has_decimal = nd < n && s[nd] == '.';
        rp_ssize_t nrem = (rp_ssize_t)(n - nd - (has_decimal ? 1 : 0));
        r = rp_numfmt_render(spec, sign_char, "", s, n, (rp_ssize_t)nd, has_decimal, nrem, 0);
    }
    rp_mem_free(buf);
    return r;
}

RpObject *rp_float_format(double v, RpObject *obj, RpObject *spec)
{
    if (rp_str_len(spec) == 0) {
        return rp_object_str(obj);
    }
    RpFormatSpec f;
    if (rp_formatspec_parse(spec, obj, 0, '>', &f) < 0) {
        return NULL;
    }
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return rp_numfmt_float(v, &f);
    default:
        return rp_format_unknown_code(f.type, obj);
    }
}

/* ---- parsing ------------------------------------------------------------------ */

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

static int match_ci(const char *s, const char *end, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(end - s) < n) {
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        if (lower((unsigned char)s[i]) != word[i]) {
            return 0;
        }
    }
    return 1;
}

static int is_digit(int c) { return c >= '0' && c <= '9'; }

int rp_parse_double(const char *s, const char *end, double *out, const char **endp)
{
    const char *p = s;
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    if (match_ci(p, end, "inf")) {
        p += 3;
        if (match_ci(p, end, "inity")) {
            p += 5;
        }
        *out = neg ? -HUGE_VAL : HUGE_VAL;
        *endp = p;
        return 0;
    }
    if (match_ci(p, end, "nan")) {
        *out = neg ? -NAN : NAN;
        *endp = p + 3;
        return 0;
    }
    /* digits [. digits] [e [sign] digits], underscores between digits */
    char small[128];
    size_t cap = (size_t)(end - s) + 2;
    char *buf = cap <= sizeof(small) ? small : rp_mem_malloc(cap);
    if (buf == NULL) {
        return -2;
    }
    size_t k = 0;
    if (neg) {
        buf[k++] = '-';
    }
    int ndigits = 0;
#define DIGITS(counter)                                                         \
    while (p < end && (is_digit(*p) ||                                          \
                       (*p == '_' && p > s && is_digit(p[-1]) && p + 1 < end && \
                        is_digit(p[1])))) {                                     \
        if (*p != '_') {                                                        \
            buf[k++] = *p;                                                      \
            counter++;                                                          \
        }                                                                       \
        p++;                                                                    \
    }
    DIGITS(ndigits);
    if (p < end && *p == '.') {
        buf[k++] = '.';
        p++;
        DIGITS(ndigits);
    }
    if (ndigits == 0) {
        if (buf != small) {
            rp_mem_free(buf);
        }
        return -1;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        const char *save = p;
        size_t ksave = k;
        buf[k++] = 'e';
        p++;
        if (p < end && (*p == '+' || *p == '-')) {
            buf[k++] = *p++;
        }
        int nexp = 0;
        DIGITS(nexp);
        if (nexp == 0) {
            p = save;
            k = ksave;
        }
    }
#undef DIGITS
    buf[k] = '\0';
    errno = 0;
    *out = strtod(buf, NULL);
    if (buf != small) {
        rp_mem_free(buf);
    }
    *endp = p;
    return 0;
}

static RpObject *float_parse_error(RpObject *orig)
{
    return rp_err_format(&RpExc_ValueError, "could not convert string to float: %R", orig);
}

/* Parse s[0..len) (ASCII) strictly: whitespace, number, whitespace. */
static int parse_whole(const char *s, rp_ssize_t len, double *out)
{
    const char *p = s, *end = s + len;
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) {
        p++;
    }
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r'))) {
        end--;
    }
    if (p == end) {
        return -1;
    }
    const char *q;
    int r = rp_parse_double(p, end, out, &q);
    if (r < 0) {
        return r;
    }
    return q == end ? 0 : -1;
}

RpObject *rp_float_from_string(const char *s, rp_ssize_t len)
{
    double v;
    int r = parse_whole(s, len, &v);
    if (r == 0) {
        return rp_float_from_double(v);
    }
    if (r == -2) {
        return rp_err_nomemory();
    }
    RpObject *o = rp_str_from_utf8(s, len);
    if (o == NULL) {
        return NULL;
    }
    float_parse_error(o);
    rp_decref(o);
    return NULL;
}

double rp_float_parse_object(RpObject *o, const char *s, rp_ssize_t len)
{
    double v;
    int r = parse_whole(s, len, &v);
    if (r == 0) {
        return v;
    }
    if (r == -2) {
        rp_err_nomemory();
    } else {
        float_parse_error(o);
    }
    return -1.0;
}

double rp_float_parse_str(RpObject *str)
{
    if (rp_str_is_ascii(str)) {
        return rp_float_parse_object(str, (const char *)rp_str_data(str), rp_str_len(str));
    }
    rp_ssize_t len;
    char *a = rp_num_transform_decimal_ascii(str, &len);
    if (a == NULL) {
        return -1.0;
    }
    double v = rp_float_parse_object(str, a, len);
    rp_mem_free(a);
    return v;
}

/* ---- hex ------------------------------------------------------------------------ */

RpObject *rp_float_hex(double x)
{
    char buf[64];
    if (isnan(x) || isinf(x)) {
        return rp_float_repr_double(x);
    }
    if (x == 0.0) {
        const char *s = signbit(x) ? "-0x0.0p+0" : "0x0.0p+0";
        return rp_numfmt_ascii(s, strlen(s));
    }
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char *p = buf;
    if (x < 0) {
        *p++ = '-';
    }
    *p++ = '0';
    *p++ = 'x';
    int lead = (int)m;
    *p++ = (char)('0' + lead);
    m -= lead;
    *p++ = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        int dgt = (int)m;
        *p++ = "0123456789abcdef"[dgt];
        m -= dgt;
    }
    p += sprintf(p, "p%c%d", e < 0 ? '-' : '+', abs(e));
    return rp_numfmt_ascii(buf, (size_t)(p - buf));
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = lower(c);
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

/* float.fromhex(s); s ASCII.  NULL with the exception set on error. */
int rp_float_fromhex_cstr(const char *s, rp_ssize_t len, double *out)
{
    const char *p = s, *end = s + len;
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) {
        p++;
    }
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r'))) {
        end--;
    }
    int neg = 0;
    if (p < end && (*p == '+' || *p == '-')) {
        neg = *p == '-';
        p++;
    }
    if (match_ci(p, end, "inf")) {
        const char *q = p + 3;
        if (match_ci(q, end, "inity")) {
            q += 5;
        }
        if (q == end) {
            *out = neg ? -HUGE_VAL : HUGE_VAL;
            return 0;
        }
        goto invalid;
    }
    if (match_ci(p, end, "nan") && p + 3 == end) {
        *out = neg ? -NAN : NAN;
        return 0;
    }
    if (end - p >= 2 && p[0] == '0' && lower((unsigned char)p[1]) == 'x') {
        p += 2;
    }
    /* mantissa: hex digits [. hex digits] */
    char buf[600];
    size_t k = 0;
    int nd = 0;
    const char *digits_start = p;
    /* keep the string short: drop insignificant leading zeros and fold
       the excess trailing digits into a sticky digit with the exponent
       adjusted */
    int64_t exp_adjust = 0;
    int seen_point = 0, sticky = 0, significant = 0;
    size_t kept = 0;
    buf[k++] = '0';
    buf[k++] = 'x';
    while (p < end) {
        int h = hexval((unsigned char)*p);
        if (h >= 0) {
            nd++;
            if (!significant && h == 0) {
                if (seen_point) {
                    exp_adjust -= 4;
                }
            } else {
                significant = 1;
                if (kept < 40) {
                    buf[k++] = *p;
                    kept++;
                    if (seen_point) {
                        exp_adjust -= 4;
                    }
                } else {
                    if (h != 0) {
                        sticky = 1;
                    }
                    if (!seen_point) {
                        exp_adjust += 4;
                    }
                }
            }
            p++;
        } else if (*p == '.' && !seen_point) {
            seen_point = 1;
            p++;
        } else {
            break;
        }
    }
    if (nd == 0) {
        goto invalid;
    }
    (void)digits_start;
    if (kept == 0) {
        buf[k++] = '0';
    }
    if (sticky) {
        buf[k++] = '1';
        exp_adjust -= 4;
    }
    int64_t exp = 0;
    if (p < end && lower((unsigned char)*p) == 'p') {
        p++;
        int eneg = 0;
        if (p < end && (*p == '+' || *p == '-')) {
            eneg = *p == '-';
            p++;
        }
        if (p == end || !is_digit(*p)) {
            goto invalid;
        }
        while (p < end && is_digit(*p)) {
            if (exp < ((int64_t)1 << 40)) {
                exp = exp * 10 + (*p - '0');
            }
            p++;
        }
        if (eneg) {
            exp = -exp;
        }
    }
    if (p != end) {
        goto invalid;
    }
    exp += exp_adjust;
    if (kept == 0) {
        *out = neg ? -0.0 : 0.0;
        return 0;
    }
    if (exp > 100000) {
        goto overflow;
    }
    if (exp < -100000) {
        *out = neg ? -0.0 : 0.0;
        return 0;
    }
    snprintf(buf + k, sizeof(buf) - k, "p%lld", (long long)exp);
    errno = 0;
    double v = strtod(buf, NULL);
    if (isinf(v)) {
        goto overflow;
    }
    *out = neg ? -v : v;
    return 0;
invalid:
    rp_err_set_string(&RpExc_ValueError, "invalid hexadecimal floating-point string");
    return -1;
overflow:
    rp_err_set_string(&RpExc_OverflowError, "hexadecimal value too large to represent as a float");
    return -1;
}
