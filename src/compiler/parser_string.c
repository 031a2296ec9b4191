/* parser_string.c - string, bytes and f-string literals, and numbers.
 *
 * Follows CPython 3.11's Parser/string_parser.c and the string part of
 * Parser/action_helpers.c: implicit concatenation, escape decoding (with
 * the messages of the "unicodeescape" codec, positions counted as that
 * codec sees the body: every non-ASCII character stands for a 10-byte
 * "\UXXXXXXXX"), and f-strings in the 3.11 way (the literal is scanned
 * here; each {expression} is parsed by a sub-parser on "(expression)", and
 * all parts carry the position of the whole string).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parser_internal.h"
#include "unitables.h"

int rp_unicode_lookup_name(const char *name, size_t len, uint32_t *cp);

/* ---- a growable byte buffer (malloc'ed, freed at the end) ---- */

typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

static void buf_reserve(Parser *p, Buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t ncap = b->cap ? b->cap * 2 : 64;
    while (ncap < b->len + extra + 1)
        ncap *= 2;
    char *n = realloc(b->data, ncap);
    if (!n) {
        free(b->data);
        b->data = NULL;
        rp_p_nomem(p);
    }
    b->data = n;
    b->cap = ncap;
}

static void buf_add(Parser *p, Buf *b, const char *s, size_t n)
{
    buf_reserve(p, b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static void buf_char(Parser *p, Buf *b, char c) { buf_add(p, b, &c, 1); }

static void buf_cp(Parser *p, Buf *b, uint32_t c)
{
    char t[4];
    size_t n;
    if (c < 0x80) {
        t[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        t[0] = (char)(0xC0 | (c >> 6));
        t[1] = (char)(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        t[0] = (char)(0xE0 | (c >> 12));
        t[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        t[2] = (char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        t[0] = (char)(0xF0 | (c >> 18));
        t[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        t[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        t[3] = (char)(0x80 | (c & 0x3F));
        n = 4;
    }
    buf_add(p, b, t, n);
}

/* ---- numbers ------------------------------------------------------------ */

RpExpr *rp_p_number(Parser *p, PToken *t)
{
    RpExpr *e = rp_p_expr(p, RP_Constant_kind, t->t.lineno, t->t.col_offset, t->t.end_lineno,
                          t->t.end_col_offset);
    const char *s = t->t.start;
    size_t n = (size_t)(t->t.end - t->t.start);
    char small[64];
    char *out = n < sizeof(small) ? small : rp_p_alloc(p, n + 1);
    size_t o = 0;
    int has_dot_e = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c != '_')
            out[o++] = c;
        if (c == '.' || c == 'e' || c == 'E')
            has_dot_e = 1;
    }
    RpAstConstKind kind;
    if (o && (out[o - 1] == 'j' || out[o - 1] == 'J')) {
        kind = RP_CONST_IMAG;
        o--;
    } else if (o >= 2 && out[0] == '0' && strchr("xXoObB", out[1])) {
        kind = RP_CONST_INT;
    } else if (has_dot_e) {
        kind = RP_CONST_FLOAT;
    } else {
        kind = RP_CONST_INT;
    }
    e->v.Constant.kind = kind;
    /* short texts are common (0, 1, 2...): share them; others are mostly
       unique and are copied */
    e->v.Constant.data = o <= 2 ? rp_p_intern(p, out, o) : rp_p_strndup(p, out, o);
    e->v.Constant.len = o;
    return e;
}

/* ---- escape decoding ------------------------------------------------------ */

/* raise "(unicode error) 'unicodeescape' codec can't decode ..." */
static void unicode_escape_error(Parser *p, size_t start, size_t end, unsigned char byte,
                                 const char *reason)
{
    if (end - start == 1)
        rp_p_raise(p, "SyntaxError",
                   "(unicode error) 'unicodeescape' codec can't decode byte 0x%02x in position %zu: %s",
                   byte, start, reason);
    else
        rp_p_raise(p, "SyntaxError",
                   "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                   start, end - 1, reason);
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* length of the valid UTF-8 sequence at s, or 0 */
static size_t utf8_seq(const unsigned char *s, const unsigned char *e, uint32_t *cp)
{
    unsigned c = s[0];
    size_t len;
    uint32_t v;
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        v = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        v = c & 0x07;
    } else
        return 0;
    if ((size_t)(e - s) < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        unsigned cc = s[i];
        if ((cc & 0xC0) != 0x80)
            return 0;
        if (i == 1 && ((c == 0xE0 && cc < 0xA0) || (c == 0xED && cc > 0x9F) ||
                       (c == 0xF0 && cc < 0x90) || (c == 0xF4 && cc > 0x8F)))
            return 0;
        v = (v << 6) | (cc & 0x3F);
    }
    *cp = v;
    return len;
}

/* the UTF-8 decode error of CPython for a run of bytes */
static void utf8_error(Parser *p, const unsigned char *s, size_t n)
{
    size_t i = 0;
    const char *why = "invalid start byte";
    while (i < n) {
        uint32_t cp;
        size_t l = utf8_seq(s + i, s + n, &cp);
        if (l) {
            i += l;
            continue;
        }
        unsigned c = s[i];
        if (c >= 0xC2 && c <= 0xF4) {
            /* a valid start: truncated or bad continuation */
            size_t need = c <= 0xDF ? 2 : c <= 0xEF ? 3 : 4;
            size_t k = 1;
            int bad = 0;
            for (; k < need && i + k < n; k++) {
                unsigned cc = s[i + k];
                int ok = (cc & 0xC0) == 0x80;
                if (ok && k == 1 && ((c == 0xE0 && cc < 0xA0) || (c == 0xED && cc > 0x9F) ||
                                     (c == 0xF0 && cc < 0x90) || (c == 0xF4 && cc > 0x8F)))
                    ok = 0;
                if (!ok) {
                    bad = 1;
                    break;
                }
            }
            why = bad ? "invalid continuation byte" : "unexpected end of data";
            if (!bad || k == 1) {
                rp_p_raise(p, "SyntaxError",
                           "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                           c, i, why);
            } else {
                rp_p_raise(p, "SyntaxError",
                           "(unicode error) 'utf-8' codec can't decode bytes in position %zu-%zu: %s",
                           i, i + k - 1, why);
            }
            return;
        }
        rp_p_raise(p, "SyntaxError",
                   "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                   c, i, why);
        return;
    }
}

/* append the UTF-8 text s[0:n], checking it is valid */
static int add_utf8(Parser *p, Buf *b, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t l = utf8_seq(u + i, u + n, &cp);
        if (!l) {
            utf8_error(p, u, n);
            return -1;
        }
        i += l;
    }
    buf_add(p, b, s, n);
    return 0;
}

/* decode_unicode_with_escapes: s[0:n] is the body of a non-raw str */
static int decode_unicode(Parser *p, Buf *b, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s, *e = u + n;
    size_t vpos = 0;     /* position as the unicodeescape codec counts */
    while (u < e) {
        unsigned c = *u;
        if (c >= 0x80) {
            /* a run of non-ASCII bytes: each character counts 10 */
            const unsigned char *r = u;
            while (r < e && *r >= 0x80)
                r++;
            const unsigned char *q = u;
            while (q < r) {
                uint32_t cp;
                size_t l = utf8_seq(q, r, &cp);
                if (!l) {
                    utf8_error(p, u, (size_t)(r - u));
                    return -1;
                }
                q += l;
                vpos += 10;
            }
            buf_add(p, b, (const char *)u, (size_t)(r - u));
            u = r;
            continue;
        }
        if (c != '\\') {
            buf_char(p, b, (char)c);
            u++;
            vpos++;
            continue;
        }
        /* an escape */
        size_t start = vpos;
        u++;
        if (u >= e || *u >= 0x80) {
            /* "\u005c": a lone backslash */
            buf_char(p, b, '\\');
            vpos += 6;
            continue;
        }
        c = *u++;
        vpos += 2;
        switch (c) {
        case '\n': break;
        case '\\': buf_char(p, b, '\\'); break;
        case '\'': buf_char(p, b, '\''); break;
        case '"': buf_char(p, b, '"'); break;
        case 'b': buf_char(p, b, '\b'); break;
        case 'f': buf_char(p, b, '\f'); break;
        case 't': buf_char(p, b, '\t'); break;
        case 'n': buf_char(p, b, '\n'); break;
        case 'r': buf_char(p, b, '\r'); break;
        case 'v': buf_char(p, b, '\v'); break;
        case 'a': buf_char(p, b, '\a'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t v = c - '0';
            if (u < e && *u >= '0' && *u <= '7') {
                v = (v << 3) + (*u++ - '0');
                vpos++;
                if (u < e && *u >= '0' && *u <= '7') {
                    v = (v << 3) + (*u++ - '0');
                    vpos++;
                }
            }
            buf_cp(p, b, v);
            break;
        }
        case 'x': case 'u': case 'U': {
            int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            const char *msg = c == 'x' ? "truncated \\xXX escape" :
                              c == 'u' ? "truncated \\uXXXX escape" :
                                         "truncated \\UXXXXXXXX escape";
            uint32_t v = 0;
            for (; count; count--) {
                if (u >= e || *u >= 0x80 || hexval(*u) < 0) {
                    unicode_escape_error(p, start, vpos, '\\', msg);
                    return -1;
                }
                v = (v << 4) + (uint32_t)hexval(*u++);
                vpos++;
            }
            if (v > 0x10FFFF) {
                unicode_escape_error(p, start, vpos, '\\', "illegal Unicode character");
                return -1;
            }
            buf_cp(p, b, v);
            break;
        }
        case 'N': {
            const char *msg = "malformed \\N character escape";
            if (u >= e) {
                unicode_escape_error(p, start, vpos, '\\', msg);
                return -1;
            }
            if (*u == '{') {
                const unsigned char *nstart = ++u;
                vpos++;
                while (u < e && *u != '}') {
                    /* (non-ASCII in the name was expanded to 10 bytes) */
                    vpos += *u >= 0x80 ? ((*u & 0xC0) != 0x80 ? 10 : 0) : 1;
                    u++;
                }
                if (u >= e) {
                    unicode_escape_error(p, start, vpos, '\\', msg);
                    return -1;
                }
                size_t nlen = (size_t)(u - nstart);
                if (nlen) {
                    u++;
                    vpos++;
                    uint32_t cp;
                    if (rp_unicode_lookup_name((const char *)nstart, nlen, &cp)) {
                        buf_cp(p, b, cp);
                        break;
                    }
                    msg = "unknown Unicode character name";
                }
            }
            unicode_escape_error(p, start, vpos, '\\', msg);
            return -1;
        }
        default:
            /* invalid escape: kept as is (CPython warns) */
            buf_char(p, b, '\\');
            buf_char(p, b, (char)c);
            break;
        }
    }
    return 0;
}

/* decode_bytes_with_escapes */
static int decode_bytes(Parser *p, Buf *b, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s, *e = u + n;
    while (u < e) {
        unsigned c = *u++;
        if (c != '\\') {
            buf_char(p, b, (char)c);
            continue;
        }
        if (u >= e) {
            rp_p_raise(p, "SyntaxError", "(value error) Trailing \\ in string");
            return -1;
        }
        c = *u++;
        switch (c) {
        case '\n': break;
        case '\\': buf_char(p, b, '\\'); break;
        case '\'': buf_char(p, b, '\''); break;
        case '"': buf_char(p, b, '"'); break;
        case 'b': buf_char(p, b, '\b'); break;
        case 'f': buf_char(p, b, '\f'); break;
        case 't': buf_char(p, b, '\t'); break;
        case 'n': buf_char(p, b, '\n'); break;
        case 'r': buf_char(p, b, '\r'); break;
        case 'v': buf_char(p, b, '\v'); break;
        case 'a': buf_char(p, b, '\a'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = c - '0';
            if (u < e && *u >= '0' && *u <= '7') {
                v = (v << 3) + (*u++ - '0');
                if (u < e && *u >= '0' && *u <= '7')
                    v = (v << 3) + (*u++ - '0');
            }
            buf_char(p, b, (char)(v & 0xFF));
            break;
        }
        case 'x':
            if (u + 1 < e && hexval(u[0]) >= 0 && hexval(u[1]) >= 0) {
                buf_char(p, b, (char)(hexval(u[0]) * 16 + hexval(u[1])));
                u += 2;
                break;
            }
            rp_p_raise(p, "SyntaxError", "(value error) invalid \\x escape at position %zu",
                       (size_t)(u - 2 - (const unsigned char *)s));
            return -1;
        default:
            buf_char(p, b, '\\');
            buf_char(p, b, (char)c);
            break;
        }
    }
    return 0;
}

/* ---- one string token ------------------------------------------------------- */

typedef struct StrTok {
    int bytes, raw, fmode, u;
    const char *body;       /* between the quotes */
    size_t len;
} StrTok;

static void split_token(PToken *t, StrTok *st)
{
    const char *s = t->t.start;
    memset(st, 0, sizeof(*st));
    st->u = s[0] == 'u';
    for (;; s++) {
        char c = *s;
        if (c == 'b' || c == 'B')
            st->bytes = 1;
        else if (c == 'r' || c == 'R')
            st->raw = 1;
        else if (c == 'f' || c == 'F')
            st->fmode = 1;
        else if (c == 'u' || c == 'U')
            ;
        else
            break;
    }
    char q = *s;
    size_t total = (size_t)(t->t.end - s);
    size_t qn = (total >= 6 && s[1] == q && s[2] == q) ? 3 : 1;
    st->body = s + qn;
    st->len = total - 2 * qn;
}

/* ---- f-strings ------------------------------------------------------------ */

typedef struct FState {
    Buf last;               /* pending literal text */
    int have_last;
    int fmode;
    long smark;             /* scratch stack mark for the values */
} FState;

static RpExpr *str_node(Parser *p, Buf *b, PToken *first, PToken *last, int u)
{
    RpExpr *e = rp_p_expr(p, RP_Constant_kind, first->t.lineno, first->t.col_offset,
                          last->t.end_lineno, last->t.end_col_offset);
    e->v.Constant.kind = RP_CONST_STR;
    e->v.Constant.data = rp_p_strndup(p, b->data ? b->data : "", b->len);
    e->v.Constant.len = b->len;
    e->v.Constant.is_u = u;
    return e;
}

static void fstate_concat(Parser *p, FState *fs, const char *s, size_t n)
{
    if (n == 0)
        return;
    buf_add(p, &fs->last, s, n);
    fs->have_last = 1;
}

static void fstate_flush(Parser *p, FState *fs, PToken *first, PToken *last, int u)
{
    if (fs->have_last) {
        rp_p_push(p, str_node(p, &fs->last, first, last, u));
        fs->last.len = 0;
        fs->have_last = 0;
    }
}

/* parse the expression text s[0:n] (between '{' and its end) with a
   sub-parser; `brace` points at the '{' inside token t */
RpExpr *rp_p_fstring_expr(Parser *p, const char *s, size_t n, PToken *t, const char *brace);

static int fstring_concat(Parser *p, FState *fs, const char **str, const char *end, int raw,
                          int recurse_lvl, PToken *first, PToken *t, PToken *last, int u);

static RpExpr *fstring_parse_spec(Parser *p, const char **str, const char *end, int raw,
                                  int recurse_lvl, PToken *first, PToken *t, PToken *last, int u)
{
    FState fs;
    memset(&fs, 0, sizeof(fs));
    fs.smark = rp_p_stack_mark(p);
    int r = fstring_concat(p, &fs, str, end, raw, recurse_lvl, first, t, last, u);
    if (r < 0) {
        free(fs.last.data);
        return NULL;
    }
    fstate_flush(p, &fs, t, t, u);
    free(fs.last.data);
    RpExpr *j = rp_p_expr(p, RP_JoinedStr_kind, t->t.lineno, t->t.col_offset, t->t.end_lineno,
                          t->t.end_col_offset);
    j->v.JoinedStr.values = rp_p_seq_from(p, fs.smark);
    return j;
}

/* fstring_find_literal: returns -1 error, 0, or 1 (doubled brace) */
static int find_literal(Parser *p, FState *fs, const char **str, const char *end, int raw,
                        int recurse_lvl)
{
    const char *s = *str;
    const char *literal_start = s;
    int result = 0;
    while (s < end) {
        char ch = *s++;
        if (!raw && ch == '\\' && s < end) {
            ch = *s++;
            if (ch == 'N') {
                if (s < end && *s++ == '{') {
                    while (s < end && *s++ != '}') {
                    }
                    continue;
                }
                continue;
            }
        }
        if (ch == '{' || ch == '}') {
            if (recurse_lvl == 0) {
                if (s < end && *s == ch) {
                    *str = s + 1;
                    result = 1;
                    goto done;
                }
                if (ch == '}') {
                    *str = s - 1;
                    rp_p_raise(p, "SyntaxError", "f-string: single '}' is not allowed");
                    return -1;
                }
            }
            s--;
            break;
        }
    }
    *str = s;
done:
    if (literal_start != s) {
        Buf b = {0};
        int r = raw ? add_utf8(p, &b, literal_start, (size_t)(s - literal_start))
                    : decode_unicode(p, &b, literal_start, (size_t)(s - literal_start));
        if (r < 0) {
            free(b.data);
            return -1;
        }
        fstate_concat(p, fs, b.data ? b.data : "", b.len);
        free(b.data);
    }
    return result;
}

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* fstring_find_expr */
static int find_expr(Parser *p, FState *fs, const char **str, const char *end, int raw,
                     int recurse_lvl, PToken *first, PToken *t, PToken *last, int u,
                     RpExpr **expression)
{
    const char *expr_start, *expr_end;
    RpExpr *simple, *format_spec = NULL;
    int conversion = -1;
    char quote_char = 0;
    int string_type = 0;
    int nested_depth = 0;
    char parenstack[RP_TOK_MAXLEVEL];
    const char *expr_text = NULL;
    size_t expr_text_len = 0;

    if (recurse_lvl >= 2) {
        rp_p_raise(p, "SyntaxError", "f-string: expressions nested too deeply");
        return -1;
    }
    const char *brace = *str;
    *str += 1;
    expr_start = *str;
    for (; *str < end; (*str)++) {
        char ch = **str;
        if (ch == '\\') {
            rp_p_raise(p, "SyntaxError", "f-string expression part cannot include a backslash");
            return -1;
        }
        if (quote_char) {
            if (ch == quote_char) {
                if (string_type == 3) {
                    if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                        *str += 2;
                        string_type = 0;
                        quote_char = 0;
                        continue;
                    }
                } else {
                    quote_char = 0;
                    string_type = 0;
                    continue;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            if (*str + 2 < end && (*str)[1] == ch && (*str)[2] == ch) {
                string_type = 3;
                *str += 2;
            } else {
                string_type = 1;
            }
            quote_char = ch;
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (nested_depth >= RP_TOK_MAXLEVEL) {
                rp_p_raise(p, "SyntaxError", "f-string: too many nested parenthesis");
                return -1;
            }
            parenstack[nested_depth++] = ch;
        } else if (ch == '#') {
            rp_p_raise(p, "SyntaxError", "f-string expression part cannot include '#'");
            return -1;
        } else if (nested_depth == 0 &&
                   (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
            if (*str + 1 < end) {
                char next = (*str)[1];
                if ((ch == '!' && next == '=') || (ch == '=' && next == '=') ||
                    (ch == '<' && next == '=') || (ch == '>' && next == '=')) {
                    *str += 1;
                    continue;
                }
            }
            if (ch == '>' || ch == '<')
                continue;
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (!nested_depth) {
                rp_p_raise(p, "SyntaxError", "f-string: unmatched '%c'", ch);
                return -1;
            }
            nested_depth--;
            int opening = (unsigned char)parenstack[nested_depth];
            if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
                  (opening == '{' && ch == '}'))) {
                rp_p_raise(p, "SyntaxError",
                           "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                           ch, opening);
                return -1;
            }
        }
    }
    expr_end = *str;
    if (quote_char) {
        rp_p_raise(p, "SyntaxError", "f-string: unterminated string");
        return -1;
    }
    if (nested_depth) {
        rp_p_raise(p, "SyntaxError", "f-string: unmatched '%c'",
                   (unsigned char)parenstack[nested_depth - 1]);
        return -1;
    }
    if (*str >= end)
        goto unexpected_end;

    /* compile the expression */
    {
        const char *q = expr_start;
        while (q != expr_end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\f'))
            q++;
        if (q == expr_end) {
            if (*expr_end == '!' || *expr_end == ':' || *expr_end == '=')
                rp_p_raise(p, "SyntaxError", "f-string: expression required before '%c'", *expr_end);
            else
                rp_p_raise(p, "SyntaxError", "f-string: empty expression not allowed");
            return -1;
        }
        simple = rp_p_fstring_expr(p, expr_start, (size_t)(expr_end - expr_start), t, brace);
        if (!simple)
            return -1;
    }

    if (**str == '=') {
        *str += 1;
        while (is_space(**str))
            *str += 1;
        if (*str >= end)
            goto unexpected_end;
        expr_text = expr_start;
        expr_text_len = (size_t)(*str - expr_start);
    }
    if (**str == '!') {
        *str += 1;
        if (*str >= end)
            goto unexpected_end;
        conversion = (unsigned char)**str;
        *str += 1;
        if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
            rp_p_raise(p, "SyntaxError",
                       "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            return -1;
        }
    }
    if (*str < end && **str == ':') {
        *str += 1;
        if (*str >= end)
            goto unexpected_end;
        format_spec = fstring_parse_spec(p, str, end, raw, recurse_lvl + 1, first, t, last, u);
        if (!format_spec)
            return -1;
    }
    if (*str >= end || **str != '}')
        goto unexpected_end;
    *str += 1;
    if (expr_text && !format_spec && conversion == -1)
        conversion = 'r';
    if (expr_text)
        fstate_concat(p, fs, expr_text, expr_text_len);
    {
        RpExpr *fv = rp_p_expr(p, RP_FormattedValue_kind, first->t.lineno, first->t.col_offset,
                               last->t.end_lineno, last->t.end_col_offset);
        fv->v.FormattedValue.value = simple;
        fv->v.FormattedValue.conversion = conversion;
        fv->v.FormattedValue.format_spec = format_spec;
        *expression = fv;
    }
    return 0;

unexpected_end:
    rp_p_raise(p, "SyntaxError", "f-string: expecting '}'");
    return -1;
}

/* _PyPegen_FstringParser_ConcatFstring */
static int fstring_concat(Parser *p, FState *fs, const char **str, const char *end, int raw,
                          int recurse_lvl, PToken *first, PToken *t, PToken *last, int u)
{
    fs->fmode = 1;
    for (;;) {
        int r = find_literal(p, fs, str, end, raw, recurse_lvl);
        if (r < 0)
            return -1;
        if (r == 1)
            continue;
        if (*str >= end || **str == '}')
            break;
        RpExpr *expr = NULL;
        if (find_expr(p, fs, str, end, raw, recurse_lvl, first, t, last, u, &expr) < 0)
            return -1;
        fstate_flush(p, fs, first, last, u);
        rp_p_push(p, expr);
    }
    if (recurse_lvl == 0 && *str < end - 1) {
        rp_p_raise(p, "SyntaxError", "f-string: unexpected end of string");
        return -1;
    }
    if (recurse_lvl != 0 && (*str >= end || **str != '}')) {
        rp_p_raise(p, "SyntaxError", "f-string: expecting '}'");
        return -1;
    }
    return 0;
}

/* ---- STRING+ --------------------------------------------------------------- */

RpExpr *rp_p_strings(Parser *p)
{
    long first_i = p->pos;
    while (rp_p_check(p, RP_TOK_STRING))
        rp_p_next(p);
    if (P_ERR(p))
        return NULL;
    long last_i = p->pos - 1;
    PToken *first = rp_p_peek_at(p, first_i);
    PToken *last = rp_p_peek_at(p, last_i);
    StrTok st0;
    split_token(first, &st0);
    int u = st0.u;
    int bytesmode = 0;
    FState fs;
    memset(&fs, 0, sizeof(fs));
    fs.smark = rp_p_stack_mark(p);
    Buf bytes = {0};
    RpExpr *res = NULL;
    for (long i = first_i; i <= last_i; i++) {
        PToken *t = rp_p_peek_at(p, i);
        StrTok st;
        split_token(t, &st);
        if (i != first_i && bytesmode != st.bytes) {
            rp_p_raise(p, "SyntaxError", "cannot mix bytes and nonbytes literals");
            goto error;
        }
        bytesmode = st.bytes;
        if (st.fmode) {
            const char *s = st.body;
            if (fstring_concat(p, &fs, &s, st.body + st.len, st.raw, 0, first, t, last, u) < 0)
                goto error;
            continue;
        }
        int raw = st.raw || memchr(st.body, '\\', st.len) == NULL;
        if (st.bytes) {
            for (size_t k = 0; k < st.len; k++) {
                if ((unsigned char)st.body[k] >= 0x80) {
                    rp_p_raise_tok(p, t, "bytes can only contain ASCII literal characters");
                    goto error;
                }
            }
            if (raw)
                buf_add(p, &bytes, st.body, st.len);
            else if (decode_bytes(p, &bytes, st.body, st.len) < 0)
                goto error;
        } else {
            Buf b = {0};
            int r = raw ? add_utf8(p, &b, st.body, st.len) : decode_unicode(p, &b, st.body, st.len);
            if (r < 0) {
                free(b.data);
                goto error;
            }
            if (b.len) {
                buf_add(p, &fs.last, b.data, b.len);
                fs.have_last = 1;
            }
            free(b.data);
        }
    }
    if (bytesmode) {
        res = rp_p_expr(p, RP_Constant_kind, first->t.lineno, first->t.col_offset,
                        last->t.end_lineno, last->t.end_col_offset);
        res->v.Constant.kind = RP_CONST_BYTES;
        res->v.Constant.data = rp_p_strndup(p, bytes.data ? bytes.data : "", bytes.len);
        res->v.Constant.len = bytes.len;
    } else if (!fs.fmode) {
        res = str_node(p, &fs.last, first, last, u);
    } else {
        fstate_flush(p, &fs, first, last, u);
        res = rp_p_expr(p, RP_JoinedStr_kind, first->t.lineno, first->t.col_offset,
                        last->t.end_lineno, last->t.end_col_offset);
        res->v.JoinedStr.values = rp_p_seq_from(p, fs.smark);
    }
    free(bytes.data);
    free(fs.last.data);
    return res;
error:
    p->stack_len = fs.smark;
    free(bytes.data);
    free(fs.last.data);
    return NULL;
}
