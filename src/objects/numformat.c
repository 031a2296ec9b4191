/* numformat.c - the numbers area's use of the format-spec mini-language.
 *
 * Parsing and layout are the strings area's formatspec.c (shared by every
 * __format__); this file adapts them to what int, float and complex need
 * (numformat.h): a parsed spec, and one call that lays out
 * [sign][prefix][grouped digits][.][rest] or a single character.
 */
#include "numformat.h"

#include <string.h>

#include "../core/alloc.h"
#include "../core/refcount.h"
#include "../vm/errors.h"
#include "exceptions.h"
#include "formatspec.h"
#include "strobject.h"

/* the code point of a 1-character UTF-8 string */
static uint32_t utf8_char(const unsigned char *u, size_t n)
{
    if (n == 1) {
        return u[0];
    }
    if (n == 2) {
        return ((uint32_t)(u[0] & 0x1f) << 6) | (u[1] & 0x3f);
    }
    if (n == 3) {
        return ((uint32_t)(u[0] & 0x0f) << 12) | ((uint32_t)(u[1] & 0x3f) << 6) | (u[2] & 0x3f);
    }
    return ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3f) << 12) |
           ((uint32_t)(u[2] & 0x3f) << 6) | (u[3] & 0x3f);
}

RpObject *rp_numfmt_render(const RpFormatSpec *spec, int sign_char, const char *prefix,
                           const char *num, size_t num_len, rp_ssize_t n_digits,
                           int has_decimal, rp_ssize_t n_remainder_chars, int upper)
{
    RpStrWriter w;
    rp_strwriter_init(&w);
    int r;
    if (n_digits == 0 && !has_decimal && n_remainder_chars == 1 && num_len > 1) {
        /* 'c': one (non-ASCII) character */
        r = rp_format_write_char(&w, spec, utf8_char((const unsigned char *)num, num_len));
    } else if (n_digits == 0 && !has_decimal && n_remainder_chars == 1 && spec->type == 'c') {
        r = rp_format_write_char(&w, spec, (unsigned char)num[0]);
    } else if (upper || ((size_t)n_digits == num_len && !has_decimal)) {
        /* an int: every character is a digit of its base */
        char small[64];
        char *buf = (char *)num;
        char pre[4] = {0};
        size_t np = strlen(prefix);
        if (upper) {
            buf = num_len <= sizeof(small) ? small : rp_mem_malloc(num_len);
            if (buf == NULL) {
                return rp_err_nomemory();
            }
            for (size_t i = 0; i < num_len; i++) {
                char c = num[i];
                buf[i] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
            }
            for (size_t i = 0; i < np && i < 3; i++) {
                char c = prefix[i];
                pre[i] = c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
            }
            prefix = pre;
        }
        r = rp_format_write_int(&w, spec, (uint32_t)sign_char, prefix, (rp_ssize_t)np, buf,
                                (rp_ssize_t)num_len);
        if (buf != num && buf != small) {
            rp_mem_free(buf);
        }
    } else {
        r = rp_format_write_number(&w, spec, (uint32_t)sign_char, prefix, (rp_ssize_t)strlen(prefix),
                                   num, (rp_ssize_t)num_len);
    }
    if (r < 0) {
        rp_strwriter_discard(&w);
        return NULL;
    }
    return rp_strwriter_finish(&w);
}

RpObject *rp_numfmt_ascii(const char *s, size_t n)
{
    RpObject *r = rp_str_new((rp_ssize_t)n, 127);
    if (r != NULL && n > 0) {
        memcpy(rp_str_data(r), s, n);
    }
    return r;
}
