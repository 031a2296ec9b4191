/* bytes_internal.h - the shared bytes/bytearray method implementations
 * (bytes_methods.c), for the two method tables. */
#ifndef RP_BYTES_INTERNAL_H
#define RP_BYTES_INTERNAL_H

#include "../core/object.h"

#define RP_BM_NOARGS(n) RpObject *rp_bm_##n(RpObject *self, RpObject *unused);
#define RP_BM_O(n) RpObject *rp_bm_##n(RpObject *self, RpObject *arg);
#define RP_BM_FAST(n) RpObject *rp_bm_##n(RpObject *self, RpObject *const *args, size_t nargs);
#define RP_BM_FASTKW(n) \
    RpObject *rp_bm_##n(RpObject *self, RpObject *const *args, size_t nargs, RpObject *kwnames);

RP_BM_NOARGS(isspace) RP_BM_NOARGS(isdigit) RP_BM_NOARGS(isalpha) RP_BM_NOARGS(isalnum)
RP_BM_NOARGS(isascii) RP_BM_NOARGS(islower) RP_BM_NOARGS(isupper) RP_BM_NOARGS(istitle)
RP_BM_NOARGS(lower) RP_BM_NOARGS(upper) RP_BM_NOARGS(swapcase) RP_BM_NOARGS(title)
RP_BM_NOARGS(capitalize)
RP_BM_FAST(find) RP_BM_FAST(rfind) RP_BM_FAST(index) RP_BM_FAST(rindex) RP_BM_FAST(count)
RP_BM_FAST(startswith) RP_BM_FAST(endswith) RP_BM_FAST(strip) RP_BM_FAST(lstrip)
RP_BM_FAST(rstrip) RP_BM_FAST(replace) RP_BM_FAST(center) RP_BM_FAST(ljust) RP_BM_FAST(rjust)
RP_BM_FAST(maketrans)
RP_BM_O(removeprefix) RP_BM_O(removesuffix) RP_BM_O(partition) RP_BM_O(rpartition)
RP_BM_O(join) RP_BM_O(zfill) RP_BM_O(fromhex)
RP_BM_FASTKW(split) RP_BM_FASTKW(rsplit) RP_BM_FASTKW(splitlines) RP_BM_FASTKW(expandtabs)
RP_BM_FASTKW(translate) RP_BM_FASTKW(hex) RP_BM_FASTKW(decode)

int rp_bm_contains(RpObject *self, RpObject *arg);
RpObject *rp_bm_mod(RpObject *a, RpObject *b);

/* The methods both types have, in both tables (a macro list). */
#define RP_BM_COMMON_METHODS                                                                 \
    {"capitalize", RP_CFUNC(rp_bm_capitalize), RP_METH_NOARGS, NULL},                        \
    {"center", RP_CFUNC(rp_bm_center), RP_METH_FASTCALL, NULL},                              \
    {"count", RP_CFUNC(rp_bm_count), RP_METH_FASTCALL, NULL},                                \
    {"decode", RP_CFUNC(rp_bm_decode), RP_METH_FASTCALL | RP_METH_KEYWORDS, NULL},           \
    {"endswith", RP_CFUNC(rp_bm_endswith), RP_METH_FASTCALL, NULL},                          \
    {"expandtabs", RP_CFUNC(rp_bm_expandtabs), RP_METH_FASTCALL | RP_METH_KEYWORDS, NULL},   \
    {"find", RP_CFUNC(rp_bm_find), RP_METH_FASTCALL, NULL},                                  \
    {"fromhex", RP_CFUNC(rp_bm_fromhex), RP_METH_O | RP_METH_CLASS, NULL},                   \
    {"hex", RP_CFUNC(rp_bm_hex), RP_METH_FASTCALL | RP_METH_KEYWORDS, NULL},                 \
    {"index", RP_CFUNC(rp_bm_index), RP_METH_FASTCALL, NULL},                                \
    {"isalnum", RP_CFUNC(rp_bm_isalnum), RP_METH_NOARGS, NULL},                              \
    {"isalpha", RP_CFUNC(rp_bm_isalpha), RP_METH_NOARGS, NULL},                              \
    {"isascii", RP_CFUNC(rp_bm_isascii), RP_METH_NOARGS, NULL},                              \
    {"isdigit", RP_CFUNC(rp_bm_isdigit), RP_METH_NOARGS, NULL},                              \
    {"islower", RP_CFUNC(rp_bm_islower), RP_METH_NOARGS, NULL},                              \
    {"isspace", RP_CFUNC(rp_bm_isspace), RP_METH_NOARGS, NULL},                              \
    {"istitle", RP_CFUNC(rp_bm_istitle), RP_METH_NOARGS, NULL},                              \
    {"isupper", RP_CFUNC(rp_bm_isupper), RP_METH_NOARGS, NULL},                              \
    {"join", RP_CFUNC(rp_bm_join), RP_METH_O, NULL},                                         \
    {"ljust", RP_CFUNC(rp_bm_ljust), RP_METH_FASTCALL, NULL},                                \
    {"lower", RP_CFUNC(rp_bm_lower), RP_METH_NOARGS, NULL},                                  \
    {"lstrip", RP_CFUNC(rp_bm_lstrip), RP_METH_FASTCALL, NULL},                              \
    {"maketrans", RP_CFUNC(rp_bm_maketrans), RP_METH_FASTCALL | RP_METH_STATIC, NULL},       \
    {"partition", RP_CFUNC(rp_bm_partition), RP_METH_O, NULL},                               \
    {"removeprefix", RP_CFUNC(rp_bm_removeprefix), RP_METH_O, NULL},                         \
    {"removesuffix", RP_CFUNC(rp_bm_removesuffix), RP_METH_O, NULL},                         \
    {"replace", RP_CFUNC(rp_bm_replace), RP_METH_FASTCALL, NULL},                            \
    {"rfind", RP_CFUNC(rp_bm_rfind), RP_METH_FASTCALL, NULL},                                \
    {"rindex", RP_CFUNC(rp_bm_rindex), RP_METH_FASTCALL, NULL},                              \
    {"rjust", RP_CFUNC(rp_bm_rjust), RP_METH_FASTCALL, NULL},                                \
    {"rpartition", RP_CFUNC(rp_bm_rpartition), RP_METH_O, NULL},                             \
    {"rsplit", RP_CFUNC(rp_bm_rsplit), RP_METH_FASTCALL | RP_METH_KEYWORDS, NULL},           \
    {"rstrip", RP_CFUNC(rp_bm_rstrip), RP_METH_FASTCALL, NULL},                              \
    {"split", RP_CFUNC(rp_bm_split), RP_METH_FASTCALL | RP_METH_KEYWORDS, NULL},             \
    {"splitlines", RP_CFUNC(rp_bm_splitlines), RP_METH_FASTCALL | RP_METH_KEYWORDS, NULL},   \
    {"startswith", RP_CFUNC(rp_bm_startswith), RP_METH_FASTCALL, NULL},                      \
    {"strip", RP_CFUNC(rp_bm_strip), RP_METH_FASTCALL, NULL},                                \
    {"swapcase", RP_CFUNC(rp_bm_swapcase), RP_METH_NOARGS, NULL},                            \
    {"title", RP_CFUNC(rp_bm_title), RP_METH_NOARGS, NULL},                                  \
    {"translate", RP_CFUNC(rp_bm_translate), RP_METH_FASTCALL | RP_METH_KEYWORDS, NULL},     \
    {"upper", RP_CFUNC(rp_bm_upper), RP_METH_NOARGS, NULL},                                  \
    {"zfill", RP_CFUNC(rp_bm_zfill), RP_METH_O, NULL}

#endif
