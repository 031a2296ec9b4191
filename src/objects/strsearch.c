/* strsearch.c - substring search for str and bytes (find, rfind, count,
 * `in`, split, replace ...).
 *
 * One-character needles use memchr/memrchr (or a plain loop for 2- and
 * 4-byte kinds); longer ones a Boyer-Moore-Horspool scan whose skip table
 * is indexed by the low byte of the character (collisions only make the
 * skip shorter, never wrong).  CPython's stringlib/fastsearch.h mixes the
 * same ideas with the two-way algorithm for long needles.
 */
#include <string.h>

#include "../core/alloc.h"
#include "../vm/errors.h"
#include "listobject.h"
#include "str_internal.h"

#define DEFINE_HORSPOOL(NAME, T)                                                           \
    static rp_ssize_t NAME(const T *s, rp_ssize_t n, const T *p, rp_ssize_t m,            \
                           rp_ssize_t maxcount, int mode)                                  \
    {                                                                                      \
        rp_ssize_t i, count = 0, skip[256];                                                \
        for (i = 0; i < 256; i++) skip[i] = m;                                             \
        for (i = 0; i < m - 1; i++) skip[p[i] & 0xff] = m - 1 - i;                         \
        T last = p[m - 1];                                                                 \
        for (i = 0; i <= n - m;) {                                                         \
            T c = s[i + m - 1];                                                            \
            if (c == last && memcmp(s + i, p, (size_t)(m - 1) * sizeof(T)) == 0) {         \
                if (mode == RP_FAST_SEARCH) return i;                                      \
                if (++count == maxcount) return count;                                     \
                i += m;                                                                    \
                continue;                                                                  \
            }                                                                              \
            i += skip[c & 0xff];                                                           \
        }                                                                                  \
        return mode == RP_FAST_COUNT ? count : -1;                                         \
    }

DEFINE_HORSPOOL(search_ucs1_horspool, uint8_t)
DEFINE_HORSPOOL(search_ucs2_horspool, uint16_t)
DEFINE_HORSPOOL(search_ucs4_horspool, uint32_t)

#define DEFINE_SEARCH(NAME, T)                                                             \
    static rp_ssize_t NAME(const T *s, rp_ssize_t n, const T *p, rp_ssize_t m,            \
                           rp_ssize_t maxcount, int mode)                                  \
    {                                                                                      \
        rp_ssize_t i, count = 0;                                                           \
        if (m == 1) {                                                                      \
            T c = p[0];                                                                    \
            if (mode == RP_FAST_RSEARCH) {                                                 \
                for (i = n - 1; i >= 0; i--) {                                             \
                    if (s[i] == c) return i;                                               \
                }                                                                          \
                return -1;                                                                 \
            }                                                                              \
            for (i = 0; i < n; i++) {                                                      \
                if (s[i] == c) {                                                           \
                    if (mode == RP_FAST_SEARCH) return i;                                  \
                    if (++count == maxcount) return count;                                 \
                }                                                                          \
            }                                                                              \
            return mode == RP_FAST_COUNT ? count : -1;                                     \
        }                                                                                  \
        if (mode != RP_FAST_RSEARCH) {                                                     \
            /* scan for the first character, then compare; fall back to   \
               Horspool when the first character keeps matching in vain */ \
            T first = p[0];                                                                \
            rp_ssize_t misses = 0;                                                         \
            for (i = 0; i <= n - m; i++) {                                                 \
                if (s[i] != first) continue;                                               \
                if (memcmp(s + i + 1, p + 1, (size_t)(m - 1) * sizeof(T)) == 0) {         \
                    if (mode == RP_FAST_SEARCH) return i;                                  \
                    if (++count == maxcount) return count;                                 \
                    i += m - 1;                                                            \
                    continue;                                                              \
                }                                                                          \
                if (++misses > 64 && misses > i / 8) break;                                \
            }                                                                              \
            if (i > n - m) return mode == RP_FAST_COUNT ? count : -1;                      \
            s += i; n -= i;                                                                \
            rp_ssize_t base_ = i, r_ = NAME##_horspool(s, n, p, m, maxcount - count, mode); \
            if (mode == RP_FAST_SEARCH) return r_ < 0 ? -1 : r_ + base_;                   \
            return count + r_;                                                             \
        }                                                                                  \
        rp_ssize_t skip[256];                                                              \
        {                                                                                  \
            for (i = 0; i < 256; i++) skip[i] = m;                                         \
            for (i = m - 1; i > 0; i--) skip[p[i] & 0xff] = i;                             \
            T first = p[0];                                                                \
            for (i = n - m; i >= 0;) {                                                     \
                T c = s[i];                                                                \
                if (c == first && memcmp(s + i + 1, p + 1, (size_t)(m - 1) * sizeof(T)) == 0) \
                    return i;                                                              \
                i -= skip[c & 0xff];                                                       \
            }                                                                              \
            return -1;                                                                     \
        }                                                                                  \
        return -1;                                                                         \
    }

DEFINE_SEARCH(search_ucs1, uint8_t)
DEFINE_SEARCH(search_ucs2, uint16_t)
DEFINE_SEARCH(search_ucs4, uint32_t)

static rp_ssize_t search_bytes(const uint8_t *s, rp_ssize_t n, const uint8_t *p, rp_ssize_t m,
                               rp_ssize_t maxcount, int mode)
{
    if (m == 1 && mode == RP_FAST_COUNT && maxcount >= n) {
        /* eight bytes at a time: the bytes equal to c become zero bytes,
           and each zero byte sets exactly one high bit */
        rp_ssize_t count = 0, i = 0;
        uint8_t c = p[0];
        const uint64_t ones = 0x0101010101010101ULL, low7 = 0x7f7f7f7f7f7f7f7fULL;
        uint64_t pat = ones * c;
        for (; i + 8 <= n; i += 8) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            uint64_t x = w ^ pat;
            uint64_t t = ~(((x & low7) + low7) | x | low7);
            count += __builtin_popcountll(t);
        }
        for (; i < n; i++) {
            count += s[i] == c;
        }
        return count;
    }
    if (m == 1 && mode == RP_FAST_SEARCH) {
        const void *r = memchr(s, p[0], (size_t)n);
        return r ? (const uint8_t *)r - s : -1;
    }
#ifdef _GNU_SOURCE
    if (m == 1 && mode == RP_FAST_RSEARCH) {
        const void *r = memrchr(s, p[0], (size_t)n);
        return r ? (const uint8_t *)r - s : -1;
    }
#endif
    if (mode != RP_FAST_RSEARCH && n >= m) {
        /* memchr for the first byte, then compare: fast on real text; if
           the first byte keeps matching in vain (as in 'aaa...'), finish
           with Horspool, whose skips make that case linear-ish */
        const uint8_t *cur = s, *end = s + n - m + 1;
        rp_ssize_t count = 0, misses = 0;
        while (cur < end) {
            const uint8_t *f = memchr(cur, p[0], (size_t)(end - cur));
            if (f == NULL) {
                break;
            }
            if (memcmp(f + 1, p + 1, (size_t)(m - 1)) == 0) {
                if (mode == RP_FAST_SEARCH) {
                    return f - s;
                }
                if (++count == maxcount) {
                    return count;
                }
                cur = f + m;
                continue;
            }
            cur = f + 1;
            if (++misses > 64 && misses > (cur - s) / 8) {
                rp_ssize_t off = cur - s;
                rp_ssize_t r = search_ucs1_horspool(cur, n - off, p, m, maxcount - count, mode);
                if (mode == RP_FAST_SEARCH) {
                    return r < 0 ? -1 : r + off;
                }
                return count + r;
            }
        }
        return mode == RP_FAST_COUNT ? count : -1;
    }
    return search_ucs1(s, n, p, m, maxcount, mode);
}

rp_ssize_t rp_fastsearch(int kind, const void *s, rp_ssize_t n, const void *p, rp_ssize_t m,
                         rp_ssize_t maxcount, int mode)
{
    if (maxcount < 0) {
        maxcount = RP_SSIZE_T_MAX;
    }
    if (m > n || (mode == RP_FAST_COUNT && maxcount == 0)) {
        return mode == RP_FAST_COUNT ? 0 : -1;
    }
    switch (kind) {
    case RP_STR_1BYTE: return search_bytes(s, n, p, m, maxcount, mode);
    case RP_STR_2BYTE: return search_ucs2(s, n, p, m, maxcount, mode);
    default: return search_ucs4(s, n, p, m, maxcount, mode);
    }
}

rp_ssize_t rp_fastsearch_bytes(const char *s, rp_ssize_t n, const char *p, rp_ssize_t m,
                               rp_ssize_t maxcount, int mode)
{
    if (maxcount < 0) {
        maxcount = RP_SSIZE_T_MAX;
    }
    if (m == 0) {
        if (mode == RP_FAST_COUNT) {
            return n + 1 < maxcount ? n + 1 : maxcount;
        }
        return mode == RP_FAST_RSEARCH ? n : 0;
    }
    if (m > n || (mode == RP_FAST_COUNT && maxcount == 0)) {
        return mode == RP_FAST_COUNT ? 0 : -1;
    }
    return search_bytes((const uint8_t *)s, n, (const uint8_t *)p, m, maxcount, mode);
}

rp_ssize_t rp_str_search(RpObject *hay, RpObject *needle, rp_ssize_t start, rp_ssize_t end,
                         int mode, rp_ssize_t maxcount)
{
    rp_ssize_t len = rp_str_len(hay), m = rp_str_len(needle);
    rp_str_adjust_indices(len, &start, &end);
    if (maxcount < 0) {
        maxcount = RP_SSIZE_T_MAX;
    }
    if (end - start < m) {
        return mode == RP_FAST_COUNT ? 0 : -1;
    }
    if (m == 0) {
        if (mode == RP_FAST_COUNT) {
            return end - start + 1 < maxcount ? end - start + 1 : maxcount;
        }
        return mode == RP_FAST_RSEARCH ? end : start;
    }
    int hkind = rp_str_kind(hay), nkind = rp_str_kind(needle);
    if (nkind > hkind) {
        /* canonical forms: a wider needle has a character the haystack
           cannot contain */
        return mode == RP_FAST_COUNT ? 0 : -1;
    }
    const char *h = (const char *)rp_str_data(hay) + start * hkind;
    int owned = 0;
    const void *p = rp_str_as_kind(needle, hkind, &owned);
    if (p == NULL) {
        return -2;
    }
    rp_ssize_t r = rp_fastsearch(hkind, h, end - start, p, m, maxcount, mode);
    if (owned) {
        rp_mem_free((void *)p);
    }
    if (mode != RP_FAST_COUNT && r >= 0) {
        r += start;
    }
    return r;
}

/* Every match (non-overlapping, left to right, at most maxcount) of the
 * needle in s[0:n], both of `kind`: the count, with the positions in
 * *out (an rp_mem block the caller frees, or NULL when there is none).
 * -1 on memory error (MemoryError set). */
rp_ssize_t rp_fastsearch_all(int kind, const void *s, rp_ssize_t n, const void *p, rp_ssize_t m,
                             rp_ssize_t maxcount, rp_ssize_t **out)
{
    rp_ssize_t count = 0, cap = 0, pos = 0;
    rp_ssize_t *v = NULL;
    *out = NULL;
    if (maxcount < 0) {
        maxcount = RP_SSIZE_T_MAX;
    }
    while (count < maxcount && n - pos >= m) {
        rp_ssize_t r = rp_fastsearch(kind, (const char *)s + pos * kind, n - pos, p, m, -1,
                                     RP_FAST_SEARCH);
        if (r < 0) {
            break;
        }
        if (count == cap) {
            cap = cap < 16 ? 16 : cap * 2;
            rp_ssize_t *nv = rp_mem_realloc(v, (size_t)cap * sizeof(rp_ssize_t));
            if (nv == NULL) {
                rp_mem_free(v);
                rp_err_nomemory();
                return -1;
            }
            v = nv;
        }
        v[count++] = pos + r;
        pos += r + m;
    }
    *out = v;
    return count;
}

RpObject *rp_split_list_new(rp_ssize_t maxcount)
{
    RpObject *list = rp_list_new(maxcount >= 12 ? 12 : maxcount + 1);
    if (list != NULL) {
        ((RpVarObject *)list)->ob_size = 0;
    }
    return list;
}
