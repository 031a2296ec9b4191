/* tokenizer.c - source text -> tokens (see tokenizer.h).
 *
 * The structure follows CPython 3.11's Parser/tokenizer.c closely, on
 * purpose: error positions there depend on exactly how far the tokenizer
 * has read (tok->cur) when it gives up, so we read characters with the
 * same nextc/backup discipline.  Unlike CPython we have the whole source in
 * one buffer, so "reading a line" is only moving `inp` to the next '\n'.
 */
#include "tokenizer.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unitables.h"

#define EOF_CHAR (-1)

/* ---- errors ------------------------------------------------------------- */

int rp_utf8_chars(const char *s, size_t nbytes)
{
    /* count as a UTF-8 decoder with errors="replace" would: a valid
       sequence is one character; each maximal invalid prefix is one */
    const unsigned char *p = (const unsigned char *)s, *e = p + nbytes;
    int n = 0;
    while (p < e) {
        unsigned c = *p;
        int len;
        if (c < 0x80) {
            p++;
            n++;
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            len = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            len = 4;
        else {
            p++;
            n++;
            continue;
        }
        int i = 1;
        for (; i < len && p + i < e; i++) {
            unsigned cc = p[i];
            if ((cc & 0xC0) != 0x80)
                break;
            if (i == 1) {
                if (c == 0xE0 && cc < 0xA0) break;
                if (c == 0xED && cc > 0x9F) break;
                if (c == 0xF0 && cc < 0x90) break;
                if (c == 0xF4 && cc > 0x8F) break;
            }
        }
        p += i;     /* valid: the whole sequence; invalid: the maximal prefix */
        n++;
    }
    return n;
}

/* the bytes s[0:n] decoded as UTF-8 with errors="replace" and encoded
   back: each invalid byte or maximal invalid prefix becomes U+FFFD.
   NUL-terminated, malloc'ed; *valid says whether nothing was replaced. */
char *rp_utf8_replace(const char *s, size_t n, int *valid)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    char *out = malloc(n * 3 + 1), *o = out;
    if (out == NULL)
        return NULL;
    *valid = 1;
    while (p < e) {
        unsigned c = *p;
        int len;
        if (c < 0x80)
            len = 1;
        else if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            len = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            len = 4;
        else
            len = 0;
        int i = 1;
        if (len > 1) {
            for (; i < len && p + i < e; i++) {
                unsigned cc = p[i];
                if ((cc & 0xC0) != 0x80)
                    break;
                if (i == 1) {
                    if (c == 0xE0 && cc < 0xA0) break;
                    if (c == 0xED && cc > 0x9F) break;
                    if (c == 0xF0 && cc < 0x90) break;
                    if (c == 0xF4 && cc > 0x8F) break;
                }
            }
        }
        if (len > 0 && i == len) {
            memcpy(o, p, (size_t)len);
            o += len;
            p += len;
        } else {
            *valid = 0;
            memcpy(o, "\xEF\xBF\xBD", 3);
            o += 3;
            p += len > 1 ? i : 1;
        }
    }
    *o = '\0';
    return out;
}

const char *rp_tokenizer_line(const RpTokenizer *tok, int lineno, size_t *len)
{
    const char *p = tok->buf, *e = tok->end;
    lineno -= tok->lineno_base;
    if (lineno < 1)
        return NULL;
    /* fast path: the current line or later */
    if (tok->line_start && lineno >= tok->lineno - tok->lineno_base &&
        tok->lineno - tok->lineno_base >= 1) {
        p = tok->line_start;
        lineno -= tok->lineno - tok->lineno_base - 1;
    }
    for (int i = 1; i < lineno; i++) {
        const char *nl = memchr(p, '\n', (size_t)(e - p));
        if (!nl)
            return NULL;
        p = nl + 1;
    }
    if (p >= e && lineno > 1)
        return NULL;
    const char *nl = memchr(p, '\n', (size_t)(e - p));
    *len = nl ? (size_t)(nl + 1 - p) : (size_t)(e - p);
    return p;
}

void rp_syntax_error_set_text(RpSyntaxError *err, const char *s, size_t n)
{
    err->has_text = 1;
    err->long_text = NULL;
    /* CPython decodes the line with errors="replace" and computes the
       error's columns on that text */
    int valid;
    char *fixed = NULL;
    if (memchr(s, '\0', n) == NULL) {
        fixed = rp_utf8_replace(s, n, &valid);
        if (fixed != NULL && !valid) {
            s = fixed;
            n = strlen(fixed);
        }
    }
    if (n >= sizeof(err->text) && err->arena != NULL) {
        char *copy = rp_arena_alloc(err->arena, n + 1);
        if (copy != NULL) {
            memcpy(copy, s, n);
            copy[n] = '\0';
            err->long_text = copy;
            err->text[0] = '\0';
            free(fixed);
            return;
        }
    }
    if (n >= sizeof(err->text)) {
        n = sizeof(err->text) - 1;
        /* do not cut a UTF-8 sequence in two */
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(err->text, s, n);
    err->text[n] = '\0';
    free(fixed);
}

const char *rp_syntax_error_text(const RpSyntaxError *err)
{
    return err->long_text ? err->long_text : err->text;
}

char *rp_program_text(const char *filename, int lineno)
{
    if (filename == NULL || lineno <= 0)
        return NULL;
    FILE *fp = fopen(filename, "r");
    if (fp == NULL)
        return NULL;
    char buf[1000];
    int i = 0;
    /* each line is read in pieces of at most 999 bytes (fgets with
       CPython's buffer), '\r' and "\r\n" read as '\n' */
    while (i < lineno) {
        int more;
        do {
            size_t n = 0;
            int c = EOF;
            while (n < sizeof(buf) - 1 && (c = getc(fp)) != EOF) {
                if (c == '\r') {
                    int c2 = getc(fp);
                    if (c2 != '\n' && c2 != EOF)
                        ungetc(c2, fp);
                    c = '\n';
                }
                buf[n++] = (char)c;
                if (c == '\n')
                    break;
            }
            buf[n] = '\0';
            if (n == 0) {
                fclose(fp);
                return NULL;
            }
            /* a full piece that does not end the line: read on */
            more = n == sizeof(buf) - 1 && buf[n - 1] != '\n';
        } while (more);
        i++;
    }
    fclose(fp);
    size_t n = strlen(buf);
    char *r = malloc(n + 1);
    if (r != NULL)
        memcpy(r, buf, n + 1);
    return r;
}

int rp_tokenizer_text_from_file(RpTokenizer *tok, RpSyntaxError *err, int lineno)
{
    if (!tok->exec_input || tok->non_utf8)
        return 0;
    char *raw = rp_program_text(tok->filename, lineno);
    if (raw == NULL)
        return 0;
    int valid;
    char *line = rp_utf8_replace(raw, strlen(raw), &valid);
    free(raw);
    if (line == NULL)
        return 0;
    int ok = valid || tok->has_encoding;
    if (ok)
        rp_syntax_error_set_text(err, line, strlen(line));
    free(line);
    return ok;
}

void rp_tokenizer_set_error_text(RpTokenizer *tok, RpSyntaxError *err, int lineno)
{
    size_t len;
    const char *line = rp_tokenizer_line(tok, lineno, &len);
    if (!line) {
        rp_syntax_error_set_text(err, "", 0);
        return;
    }
    if (!tok->from_file && lineno < tok->lineno && len && line[len - 1] == '\n')
        len--;
    rp_syntax_error_set_text(err, line, len);
}

static void err_set(RpTokenizer *tok, const char *type, int lineno,
                    int offset, int end_lineno, int end_offset)
{
    RpSyntaxError *err = tok->err;
    err->type = type;
    err->lineno = lineno;
    err->offset = offset;
    err->end_lineno = end_lineno;
    err->end_offset = end_offset;
    tok->has_error = 1;
}

/* CPython's _syntaxerror_range: position = characters up to tok->cur (or
 * the given byte columns), text = the current line without its '\n'. */
static int syntaxerror_range(RpTokenizer *tok, int col_offset, int end_col_offset,
                             const char *fmt, ...)
{
    RpSyntaxError *err = tok->err;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
    va_end(ap);
    if (col_offset == -1)
        col_offset = rp_utf8_chars(tok->line_start, (size_t)(tok->cur - tok->line_start));
    if (end_col_offset == -1)
        end_col_offset = col_offset;
    const char *nl = memchr(tok->line_start, '\n', (size_t)(tok->end - tok->line_start));
    size_t line_len = nl ? (size_t)(nl - tok->line_start) : (size_t)(tok->end - tok->line_start);
    rp_syntax_error_set_text(err, tok->line_start, line_len);
    err_set(tok, "SyntaxError", tok->lineno, col_offset, tok->lineno, end_col_offset);
    tok->done = RP_E_ERROR;
    return RP_TOK_ERRORTOKEN;
}

#define syntaxerror(tok, ...) syntaxerror_range((tok), -1, -1, __VA_ARGS__)

/* a byte column (1-based) of the error line as CPython reports it:
   converted to characters only when the tokenizer has an encoding */
static int report_col(RpTokenizer *tok, const char *text, int col)
{
    if (!tok->has_encoding || col <= 0)
        return col;
    size_t tl = strlen(text);
    if ((size_t)col > tl)
        return rp_utf8_chars(text, tl) + 1;
    return rp_utf8_chars(text, (size_t)col);
}

/* the text CPython attaches to a parser-style error on `lineno` */
static void parser_error_text(RpTokenizer *tok, RpSyntaxError *err, int lineno)
{
    if (!tok->from_file && tok->lineno <= lineno && tok->inp > tok->bufline) {
        rp_syntax_error_set_text(err, tok->bufline, (size_t)(tok->inp - tok->bufline));
        return;
    }
    rp_tokenizer_set_error_text(tok, err, lineno);
}

void rp_tokenizer_error_from_done(RpTokenizer *tok, const RpToken *t)
{
    RpSyntaxError *err = tok->err;
    if (tok->has_error)
        return;
    const char *msg = NULL;
    const char *type = "SyntaxError";
    int col_offset = -1;
    switch (tok->done) {
    case RP_E_DEDENT:
    case RP_E_EOF: {
        /* RAISE_INDENTATION_ERROR / RAISE_SYNTAX_ERROR at the error token,
           which has no position: CPython then uses tok->cur - line_start */
        snprintf(err->msg, sizeof(err->msg), "%s",
                 tok->done == RP_E_DEDENT ? "unindent does not match any outer indentation level"
                                          : "unexpected EOF while parsing");
        int col = (int)(tok->cur - tok->line_start);
        parser_error_text(tok, err, t->lineno);
        err_set(tok, tok->done == RP_E_DEDENT ? "IndentationError" : "SyntaxError", t->lineno,
                report_col(tok, rp_syntax_error_text(err), col), t->end_lineno, -1);
        if (tok->done == RP_E_EOF)
            err->incomplete = 1;
        return;
    }
    case RP_E_TABSPACE:
        type = "TabError";
        msg = "inconsistent use of tabs and spaces in indentation";
        break;
    case RP_E_TOODEEP:
        type = "IndentationError";
        msg = "too many levels of indentation";
        break;
    case RP_E_LINECONT:
        col_offset = (int)(tok->cur - tok->line_start) - 1;
        msg = "unexpected character after line continuation character";
        break;
    case RP_E_NOMEM:
        snprintf(err->msg, sizeof(err->msg), "%s", "");
        err->type = "MemoryError";
        err->lineno = 0;
        err->has_text = 0;
        tok->has_error = 1;
        return;
    default:
        msg = "unknown parsing error";
    }
    snprintf(err->msg, sizeof(err->msg), "%s", msg);
    parser_error_text(tok, err, tok->lineno);
    /* RAISE_ERROR_KNOWN_LOCATION: byte column + 1 */
    int off = (col_offset >= 0 ? col_offset : 0) + 1;
    err_set(tok, type, tok->lineno, report_col(tok, rp_syntax_error_text(err), off), tok->lineno, 0);
}

/* ---- preparing the source ------------------------------------------------ */

static int is_space_tab_ff(int c) { return c == ' ' || c == '\t' || c == '\014'; }

static int is_alnum_ascii(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* CPython's get_normal_name */
static const char *normal_encoding_name(const char *s, char *out, size_t outsize)
{
    char buf[13];
    int i;
    for (i = 0; i < 12; i++) {
        int c = (unsigned char)s[i];
        if (c == '\0')
            break;
        else if (c == '_')
            buf[i] = '-';
        else
            buf[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    buf[i] = '\0';
    if (strcmp(buf, "utf-8") == 0 || strncmp(buf, "utf-8-", 6) == 0)
        return "utf-8";
    if (strcmp(buf, "latin-1") == 0 || strcmp(buf, "iso-8859-1") == 0 ||
        strcmp(buf, "iso-latin-1") == 0 || strncmp(buf, "latin-1-", 8) == 0 ||
        strncmp(buf, "iso-8859-1-", 11) == 0 || strncmp(buf, "iso-latin-1-", 12) == 0)
        return "iso-8859-1";
    snprintf(out, outsize, "%s", s);
    return out;
}

/* CPython's get_coding_spec on one line (without its newline).  Returns 1
 * and the name in `spec` (or spec[0] == 0 when none); *is_code is set
 * when the line contains something other than a comment. */
static void get_coding_spec(const char *line, size_t size, char *spec, size_t specsize,
                            int *is_code)
{
    /* work on a NUL-terminated copy: the scan below may look one byte
       past the spec (the source buffer is not NUL-terminated) */
    char copy[1024];
    if (size >= sizeof(copy))
        size = sizeof(copy) - 1;
    memcpy(copy, line, size);
    copy[size] = '\0';
    const char *s = copy;
    size_t i;
    spec[0] = '\0';
    *is_code = 0;
    for (i = 0; i < size; i++) {
        if (s[i] == '#' || s[i] == '\n' || s[i] == '\r')
            break;
        if (!is_space_tab_ff((unsigned char)s[i])) {
            *is_code = 1;
            break;
        }
    }
    if (size < 7)
        return;
    for (i = 0; i < size - 6; i++) {
        if (s[i] == '#')
            break;
        if (!is_space_tab_ff((unsigned char)s[i]))
            return;
    }
    for (; i < size - 6; i++) {
        const char *t = s + i;
        if (memcmp(t, "coding", 6) != 0)
            continue;
        t += 6;
        if (t[0] != ':' && t[0] != '=')
            continue;
        do {
            t++;
        } while (t[0] == ' ' || t[0] == '\t');
        const char *begin = t;
        while (is_alnum_ascii((unsigned char)t[0]) || t[0] == '-' || t[0] == '_' || t[0] == '.')
            t++;
        if (begin < t) {
            char raw[128];
            size_t n = (size_t)(t - begin);
            if (n >= sizeof(raw))
                n = sizeof(raw) - 1;
            memcpy(raw, begin, n);
            raw[n] = '\0';
            char tmp[128];
            const char *q = normal_encoding_name(raw, tmp, sizeof(tmp));
            snprintf(spec, specsize, "%s", q);
            return;
        }
    }
}

enum { CODEC_UNKNOWN, CODEC_UTF8, CODEC_LATIN1, CODEC_ASCII, CODEC_TABLE };

const uint16_t *rp_codec8_table(const char *normalized, const char **canonical);  /* codecs8.c */

/* the codecs we support, under the names Python's codec registry knows
   them by (encodings.normalize_encoding + encodings.aliases) */
static int codec_of(const char *spec, const uint16_t **table)
{
    char norm[128];
    size_t n = 0;
    int punct = 0;
    for (const char *c = spec; *c && n < sizeof(norm) - 2; c++) {
        int ch = (unsigned char)*c;
        if (ch >= 'A' && ch <= 'Z')
            ch += 32;
        if (is_alnum_ascii(ch) || ch == '.') {
            if (punct && n)
                norm[n++] = '_';
            norm[n++] = (char)ch;
            punct = 0;
        } else {
            punct = 1;
        }
    }
    norm[n] = '\0';
    static const char *const utf8[] = {"utf_8", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4",
                                       "cp65001", NULL};
    static const char *const latin1[] = {"latin_1", "8859", "cp819", "csisolatin1", "ibm819",
                                         "iso8859", "iso8859_1", "iso_8859_1", "iso_8859_1_1987",
                                         "iso_ir_100", "l1", "latin", "latin1", NULL};
    static const char *const ascii[] = {"ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968",
                                        "ansi_x3.4_1986", "cp367", "csascii", "ibm367",
                                        "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us",
                                        "us_ascii", NULL};
    if (strcmp(spec, "utf-8") == 0)
        return CODEC_UTF8;
    if (strcmp(spec, "iso-8859-1") == 0)
        return CODEC_LATIN1;
    for (int i = 0; utf8[i]; i++)
        if (strcmp(norm, utf8[i]) == 0)
            return CODEC_UTF8;
    for (int i = 0; latin1[i]; i++)
        if (strcmp(norm, latin1[i]) == 0)
            return CODEC_LATIN1;
    const char *canonical;
    if ((*table = rp_codec8_table(norm, &canonical)) != NULL)
        return CODEC_TABLE;
    /* dots may also be underscores */
    for (size_t i = 0; i < n; i++)
        if (norm[i] == '.')
            norm[i] = '_';
    for (int i = 0; ascii[i]; i++) {
        char a[32];
        snprintf(a, sizeof(a), "%s", ascii[i]);
        for (char *q = a; *q; q++)
            if (*q == '.')
                *q = '_';
        if (strcmp(norm, a) == 0)
            return CODEC_ASCII;
    }
    return CODEC_UNKNOWN;
}

static int utf8_valid_prefix(const unsigned char *p, const unsigned char *e,
                             size_t *bad_pos, const char **reason)
{
    const unsigned char *s = p;
    while (p < e) {
        unsigned c = *p;
        if (c < 0x80) {
            p++;
            continue;
        }
        int len;
        if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            len = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            len = 4;
        else {
            *bad_pos = (size_t)(p - s);
            *reason = "invalid start byte";
            return 0;
        }
        for (int i = 1; i < len; i++) {
            if (p + i >= e) {
                *bad_pos = (size_t)(p - s);
                *reason = "unexpected end of data";
                return 0;
            }
            unsigned cc = p[i];
            int ok = (cc & 0xC0) == 0x80;
            if (ok && i == 1) {
                if ((c == 0xE0 && cc < 0xA0) || (c == 0xED && cc > 0x9F) ||
                    (c == 0xF0 && cc < 0x90) || (c == 0xF4 && cc > 0x8F))
                    ok = 0;
            }
            if (!ok) {
                *bad_pos = (size_t)(p - s);
                *reason = "invalid continuation byte";
                return 0;
            }
        }
        p += len;
    }
    return 1;
}

static int prep_error(RpTokenizer *tok, const char *msg)
{
    RpSyntaxError *err = tok->err;
    snprintf(err->msg, sizeof(err->msg), "%s", msg);
    err->type = "SyntaxError";
    err->lineno = err->offset = err->end_lineno = err->end_offset = 0;
    err->has_text = 0;
    err->text[0] = '\0';
    err->long_text = NULL;
    /* CPython raises these for file input as SyntaxError(msg): no file,
       no line */
    err->no_location = tok->from_file;
    tok->has_error = 1;
    return -1;
}

int rp_tokenizer_init(RpTokenizer *tok, const char *src, size_t len,
                      int exec_input, int from_file, const char *filename,
                      RpSyntaxError *err)
{
    memset(tok, 0, sizeof(*tok));
    tok->err = err;
    tok->from_file = from_file & 1;
    int ignore_cookie = (from_file & 2) != 0;
    tok->filename = filename ? filename : "<string>";
    tok->atbol = 1;

    /* NUL bytes */
    const char *nul = memchr(src, '\0', len);
    if (nul) {
        if (!tok->from_file)
            return prep_error(tok, "source code string cannot contain null bytes");
        /* CPython (file input): reported on the line of the NUL, with the
           text of that line up to the NUL, offset 0 */
        int lineno = 1;
        const char *ls = src;
        for (const char *q = src; q < nul; q++)
            if (*q == '\n') {
                lineno++;
                ls = q + 1;
            }
        prep_error(tok, "source code cannot contain null bytes");
        err->no_location = 0;
        err->lineno = err->end_lineno = lineno;
        err->offset = err->end_offset = 0;
        rp_syntax_error_set_text(err, ls, (size_t)(nul - ls));
        return -1;
    }

    /* BOM and coding declaration */
    int bom = 0;
    if (!ignore_cookie && len >= 3 && (unsigned char)src[0] == 0xEF &&
        (unsigned char)src[1] == 0xBB && (unsigned char)src[2] == 0xBF) {
        bom = 1;
        src += 3;
        len -= 3;
    }
    int latin1 = 0, declared = 0;
    const uint16_t *table8 = NULL;
    tok->has_encoding = ignore_cookie || bom;
    if (!ignore_cookie) {
        const char *nl1 = memchr(src, '\n', len);
        char spec[128] = "";
        int is_code = 0;
        if (nl1 || tok->from_file) {
            size_t l1 = nl1 ? (size_t)(nl1 - src) : len;
            get_coding_spec(src, l1 + (nl1 ? 1 : 0), spec, sizeof(spec), &is_code);
            if (!spec[0] && !is_code && nl1) {
                const char *s2 = nl1 + 1;
                const char *nl2 = memchr(s2, '\n', len - (size_t)(s2 - src));
                if (nl2 || tok->from_file) {
                    size_t l2 = nl2 ? (size_t)(nl2 + 1 - s2) : len - (size_t)(s2 - src);
                    get_coding_spec(s2, l2, spec, sizeof(spec), &is_code);
                }
            }
        }
        if (spec[0]) {
            char msg[300];
            tok->has_encoding = 1;
            declared = 1;
            if (bom && strcmp(spec, "utf-8") != 0) {
                snprintf(msg, sizeof(msg), "encoding problem: %s with BOM", spec);
                prep_error(tok, msg);
                if (!tok->from_file)
                    err->offset = -1;
                return -1;
            }
            int codec = codec_of(spec, &table8);
            if (codec == CODEC_LATIN1)
                latin1 = 1;
            else if (codec == CODEC_TABLE) {
                for (size_t i = 0; i < len; i++)
                    if (table8[(unsigned char)src[i]] == 0xFFFF) {
                        if (tok->from_file)
                            snprintf(msg, sizeof(msg), "encoding problem: %s", spec);
                        else
                        snprintf(msg, sizeof(msg),
                                 "'charmap' codec can't decode byte 0x%02x in position %zu: "
                                 "character maps to <undefined>", (unsigned char)src[i], i);
                        prep_error(tok, msg);
                        if (!tok->from_file)
                            err->offset = -1;
                        return -1;
                    }
                latin1 = 1;     /* decoded below through the table */
            }
            else if (codec == CODEC_ASCII) {
                for (size_t i = 0; i < len; i++)
                    if ((unsigned char)src[i] >= 0x80) {
                        if (tok->from_file)
                            snprintf(msg, sizeof(msg), "encoding problem: %s", spec);
                        else
                        snprintf(msg, sizeof(msg),
                                 "'ascii' codec can't decode byte 0x%02x in position %zu: "
                                 "ordinal not in range(128)", (unsigned char)src[i], i);
                        prep_error(tok, msg);
                        if (!tok->from_file)
                            err->offset = -1;
                        return -1;
                    }
            } else if (codec != CODEC_UTF8) {
                if (tok->from_file)
                    snprintf(msg, sizeof(msg), "encoding problem: %s", spec);
                else
                    snprintf(msg, sizeof(msg), "unknown encoding: %s", spec);
                prep_error(tok, msg);
                if (!tok->from_file)
                    err->offset = -1;   /* CPython: lineno 0, offset -1 */
                return -1;
            }
        }
    }

    tok->non_utf8 = latin1;
    /* file input: the whole file must be valid UTF-8, unless it declares
       it (CPython then decodes piecemeal: a bad byte is an error only in
       a name or a literal, as for bytes input) */
    if (!latin1 && tok->from_file && !declared) {
        size_t bad;
        const char *why;
        if (!utf8_valid_prefix((const unsigned char *)src, (const unsigned char *)src + len,
                               &bad, &why)) {
            int lineno = 1;
            for (size_t i = 0; i < bad; i++)
                if (src[i] == '\n')
                    lineno++;
            char msg[400];
            snprintf(msg, sizeof(msg),
                     "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                     "but no encoding declared; see https://peps.python.org/pep-0263/ "
                     "for details", (unsigned char)src[bad], tok->filename, lineno);
            return prep_error(tok, msg);
        }
    }

    /* use the source as it is when it needs no change */
    if (!latin1 && !memchr(src, '\r', len) &&
        (!exec_input || (len && src[len - 1] == '\n'))) {
        tok->buf = (char *)src;
        tok->owns_buf = 0;
        tok->end = src + len;
        tok->cur = tok->inp = tok->line_start = tok->bufline = src;
        tok->lineno = 0;
        return 0;
    }
    tok->owns_buf = 1;
    /* copy: decode latin-1, translate newlines, add the final newline */
    size_t cap = (latin1 ? len * 3 : len) + 2;
    char *buf = malloc(cap);
    if (!buf) {
        prep_error(tok, "");
        err->type = "MemoryError";
        return -1;
    }
    char *o = buf;
    const unsigned char *p = (const unsigned char *)src, *e = p + len;
    if (!latin1 && !memchr(src, '\r', len)) {
        memcpy(o, src, len);
        o += len;
    } else {
        while (p < e) {
            unsigned c = *p++;
            if (c == '\r') {
                *o++ = '\n';
                if (p < e && *p == '\n')
                    p++;
            } else if (latin1 && (c >= 0x80 || table8)) {
                unsigned u = table8 ? table8[c] : c;
                if (u < 0x80) {
                    *o++ = (char)u;
                } else if (u < 0x800) {
                    *o++ = (char)(0xC0 | (u >> 6));
                    *o++ = (char)(0x80 | (u & 0x3F));
                } else {
                    *o++ = (char)(0xE0 | (u >> 12));
                    *o++ = (char)(0x80 | ((u >> 6) & 0x3F));
                    *o++ = (char)(0x80 | (u & 0x3F));
                }
            } else {
                *o++ = (char)c;
            }
        }
    }
    if (exec_input && (o == buf || o[-1] != '\n'))
        *o++ = '\n';
    *o = '\0';
    tok->buf = buf;
    tok->end = o;
    tok->cur = tok->inp = tok->line_start = tok->bufline = buf;
    tok->lineno = 0;
    return 0;
}

void rp_tokenizer_fini(RpTokenizer *tok)
{
    if (tok->owns_buf)
        free(tok->buf);
    tok->buf = NULL;
}

/* ---- reading characters ---------------------------------------------------- */

static int nextc(RpTokenizer *tok)
{
    for (;;) {
        if (tok->cur != tok->inp)
            return (unsigned char)*tok->cur++;
        if (tok->done != RP_E_OK)
            return EOF_CHAR;
        if (tok->inp >= tok->end) {
            tok->done = RP_E_EOF;
            return EOF_CHAR;
        }
        /* read the next line */
        const char *nl = memchr(tok->inp, '\n', (size_t)(tok->end - tok->inp));
        if (!tok->start)
            tok->bufline = tok->cur;    /* CPython's tok->buf */
        tok->line_start = tok->cur;
        tok->lineno++;
        tok->inp = nl ? nl + 1 : tok->end;
    }
}

static void backup(RpTokenizer *tok, int c)
{
    if (c != EOF_CHAR)
        tok->cur--;
}

/* ---- identifiers ---------------------------------------------------------- */

static int is_potential_identifier_start(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}

static int is_potential_identifier_char(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c == '_' || c >= 128;
}

/* decode one UTF-8 character at *p (which is known valid up to e);
   returns -1 on invalid sequence */
static long utf8_decode(const unsigned char **pp, const unsigned char *e)
{
    const unsigned char *p = *pp;
    unsigned c = *p;
    long cp;
    int len;
    if (c < 0x80) {
        *pp = p + 1;
        return c;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        cp = c & 0x07;
    } else
        return -1;
    if (e - p < len)
        return -1;
    for (int i = 1; i < len; i++) {
        unsigned cc = p[i];
        if ((cc & 0xC0) != 0x80)
            return -1;
        if (i == 1 && ((c == 0xE0 && cc < 0xA0) || (c == 0xED && cc > 0x9F) ||
                       (c == 0xF0 && cc < 0x90) || (c == 0xF4 && cc > 0x8F)))
            return -1;
        cp = (cp << 6) | (cc & 0x3F);
    }
    *pp = p + len;
    return cp;
}

static int decode_error(RpTokenizer *tok, const char *s, size_t n)
{
    /* an identifier that is not valid UTF-8 (string input only) */
    size_t bad;
    const char *why;
    utf8_valid_prefix((const unsigned char *)s, (const unsigned char *)s + n, &bad, &why);
    RpSyntaxError *err = tok->err;
    unsigned char b = (unsigned char)s[bad];
    const char *real_why = why;
    snprintf(err->msg, sizeof(err->msg),
             "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
             b, bad, real_why);
    int col = (int)(tok->cur - tok->line_start);
    if (!rp_tokenizer_text_from_file(tok, err, tok->lineno))
        rp_tokenizer_set_error_text(tok, err, tok->lineno);
    err_set(tok, "SyntaxError", tok->lineno, rp_utf8_chars(rp_syntax_error_text(err), (size_t)col) + 0,
            tok->lineno, -1);
    if (col == 0)
        err->offset = 0;
    tok->done = RP_E_DECODE;
    return 0;
}

/* CPython's verify_identifier */
static int verify_identifier(RpTokenizer *tok)
{
    const unsigned char *s = (const unsigned char *)tok->start;
    const unsigned char *e = (const unsigned char *)tok->cur;
    const unsigned char *p = s;
    int first = 1;
    while (p < e) {
        const unsigned char *cstart = p;
        long ch = utf8_decode(&p, e);
        if (ch < 0)
            return decode_error(tok, tok->start, (size_t)(tok->cur - tok->start));
        int ok = first ? rp_unicode_is_xid_start((uint32_t)ch)
                       : rp_unicode_is_xid_continue((uint32_t)ch);
        first = 0;
        if (!ok) {
            /* the rest of the identifier must decode too, or CPython
               reports the decoding error */
            const unsigned char *q = p;
            while (q < e) {
                if (utf8_decode(&q, e) < 0)
                    return decode_error(tok, tok->start, (size_t)(tok->cur - tok->start));
            }
            (void)cstart;
            if (p < e)
                tok->cur = (const char *)p;
            char hex[24];
            snprintf(hex, sizeof(hex), "%04lX", (unsigned long)ch & 0x1FFFFFUL);
            if (rp_unicode_is_printable((uint32_t)ch)) {
                char chbuf[8];
                size_t n = (size_t)(p - cstart);
                memcpy(chbuf, cstart, n);
                chbuf[n] = '\0';
                syntaxerror(tok, "invalid character '%s' (U+%s)", chbuf, hex);
            } else {
                syntaxerror(tok, "invalid non-printable character U+%s", hex);
            }
            return 0;
        }
    }
    return 1;
}

/* keyword lookup: by length, then by text */
static int keyword_type(const char *s, size_t n)
{
    static const struct { const char *kw; int type; } kws[] = {
        {"as", RP_KW_AS}, {"if", RP_KW_IF}, {"in", RP_KW_IN}, {"is", RP_KW_IS}, {"or", RP_KW_OR},
        {"and", RP_KW_AND}, {"def", RP_KW_DEF}, {"del", RP_KW_DEL}, {"for", RP_KW_FOR},
        {"not", RP_KW_NOT}, {"try", RP_KW_TRY},
        {"None", RP_KW_NONE}, {"True", RP_KW_TRUE}, {"elif", RP_KW_ELIF}, {"else", RP_KW_ELSE},
        {"from", RP_KW_FROM}, {"pass", RP_KW_PASS}, {"with", RP_KW_WITH},
        {"False", RP_KW_FALSE}, {"async", RP_KW_ASYNC}, {"await", RP_KW_AWAIT},
        {"break", RP_KW_BREAK}, {"class", RP_KW_CLASS}, {"raise", RP_KW_RAISE},
        {"while", RP_KW_WHILE}, {"yield", RP_KW_YIELD},
        {"assert", RP_KW_ASSERT}, {"except", RP_KW_EXCEPT}, {"global", RP_KW_GLOBAL},
        {"import", RP_KW_IMPORT}, {"lambda", RP_KW_LAMBDA}, {"return", RP_KW_RETURN},
        {"finally", RP_KW_FINALLY},
        {"continue", RP_KW_CONTINUE}, {"nonlocal", RP_KW_NONLOCAL},
    };
    /* first entry of each length 2..8 in kws[] */
    static const unsigned char first[10] = {0, 0, 0, 5, 11, 18, 26, 32, 33, 35};
    if (n < 2 || n > 8)
        return RP_TOK_NAME;
    int c = (unsigned char)s[0];
    if (!((c >= 'a' && c <= 'y') || c == 'F' || c == 'N' || c == 'T'))
        return RP_TOK_NAME;
    for (int i = first[n]; i < first[n + 1]; i++) {
        if (kws[i].kw[0] == c && memcmp(kws[i].kw, s, n) == 0)
            return kws[i].type;
    }
    return RP_TOK_NAME;
}

/* ---- numbers ---------------------------------------------------------- */

static int lookahead(RpTokenizer *tok, const char *test)
{
    const char *s = test;
    int res = 0;
    for (;;) {
        int c = nextc(tok);
        if (*s == 0) {
            res = !is_potential_identifier_char(c);
        } else if (c == (unsigned char)*s) {
            s++;
            continue;
        }
        backup(tok, c);
        while (s != test) {
            backup(tok, *--s);
        }
        return res;
    }
}

static int verify_end_of_number(RpTokenizer *tok, int c, const char *kind)
{
    int r = 0;
    if (c == 'a')
        r = lookahead(tok, "nd");
    else if (c == 'e')
        r = lookahead(tok, "lse");
    else if (c == 'f')
        r = lookahead(tok, "or");
    else if (c == 'i') {
        int c2 = nextc(tok);
        if (c2 == 'f' || c2 == 'n' || c2 == 's')
            r = 1;
        backup(tok, c2);
    } else if (c == 'o')
        r = lookahead(tok, "r");
    else if (c == 'n')
        r = lookahead(tok, "ot");
    if (r) {
        /* CPython warns (DeprecationWarning) and accepts */
        return 1;
    }
    if (c < 128 && is_potential_identifier_char(c)) {
        backup(tok, c);
        syntaxerror(tok, "invalid %s literal", kind);
        return 0;
    }
    return 1;
}

static int is_digit(int c) { return c >= '0' && c <= '9'; }

static int is_xdigit(int c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* returns the next char after the digits, or 0 on error */
static int decimal_tail(RpTokenizer *tok)
{
    int c;
    for (;;) {
        do {
            c = nextc(tok);
        } while (is_digit(c));
        if (c != '_')
            break;
        c = nextc(tok);
        if (!is_digit(c)) {
            backup(tok, c);
            syntaxerror(tok, "invalid decimal literal");
            return 0;
        }
    }
    return c;
}

/* ---- the tokenizer proper -------------------------------------------------- */

static int one_char(int c)
{
    switch (c) {
    case '%': return RP_TOK_PERCENT;
    case '&': return RP_TOK_AMPER;
    case '(': return RP_TOK_LPAR;
    case ')': return RP_TOK_RPAR;
    case '*': return RP_TOK_STAR;
    case '+': return RP_TOK_PLUS;
    case ',': return RP_TOK_COMMA;
    case '-': return RP_TOK_MINUS;
    case '.': return RP_TOK_DOT;
    case '/': return RP_TOK_SLASH;
    case ':': return RP_TOK_COLON;
    case ';': return RP_TOK_SEMI;
    case '<': return RP_TOK_LESS;
    case '=': return RP_TOK_EQUAL;
    case '>': return RP_TOK_GREATER;
    case '@': return RP_TOK_AT;
    case '[': return RP_TOK_LSQB;
    case ']': return RP_TOK_RSQB;
    case '^': return RP_TOK_CIRCUMFLEX;
    case '{': return RP_TOK_LBRACE;
    case '|': return RP_TOK_VBAR;
    case '}': return RP_TOK_RBRACE;
    case '~': return RP_TOK_TILDE;
    }
    return RP_TOK_OP;
}

static int two_chars(int c1, int c2)
{
    switch (c1) {
    case '!': if (c2 == '=') return RP_TOK_NOTEQUAL; break;
    case '%': if (c2 == '=') return RP_TOK_PERCENTEQUAL; break;
    case '&': if (c2 == '=') return RP_TOK_AMPEREQUAL; break;
    case '*':
        if (c2 == '*') return RP_TOK_DOUBLESTAR;
        if (c2 == '=') return RP_TOK_STAREQUAL;
        break;
    case '+': if (c2 == '=') return RP_TOK_PLUSEQUAL; break;
    case '-':
        if (c2 == '=') return RP_TOK_MINEQUAL;
        if (c2 == '>') return RP_TOK_RARROW;
        break;
    case '/':
        if (c2 == '/') return RP_TOK_DOUBLESLASH;
        if (c2 == '=') return RP_TOK_SLASHEQUAL;
        break;
    case ':': if (c2 == '=') return RP_TOK_COLONEQUAL; break;
    case '<':
        if (c2 == '<') return RP_TOK_LEFTSHIFT;
        if (c2 == '=') return RP_TOK_LESSEQUAL;
        if (c2 == '>') return RP_TOK_NOTEQUAL;
        break;
    case '=': if (c2 == '=') return RP_TOK_EQEQUAL; break;
    case '>':
        if (c2 == '=') return RP_TOK_GREATEREQUAL;
        if (c2 == '>') return RP_TOK_RIGHTSHIFT;
        break;
    case '@': if (c2 == '=') return RP_TOK_ATEQUAL; break;
    case '^': if (c2 == '=') return RP_TOK_CIRCUMFLEXEQUAL; break;
    case '|': if (c2 == '=') return RP_TOK_VBAREQUAL; break;
    }
    return RP_TOK_OP;
}

static int three_chars(int c1, int c2, int c3)
{
    if (c3 != '=') {
        if (c1 == '.' && c2 == '.' && c3 == '.')
            return RP_TOK_ELLIPSIS;
        return RP_TOK_OP;
    }
    if (c1 == '*' && c2 == '*') return RP_TOK_DOUBLESTAREQUAL;
    if (c1 == '/' && c2 == '/') return RP_TOK_DOUBLESLASHEQUAL;
    if (c1 == '<' && c2 == '<') return RP_TOK_LEFTSHIFTEQUAL;
    if (c1 == '>' && c2 == '>') return RP_TOK_RIGHTSHIFTEQUAL;
    return RP_TOK_OP;
}

static int indenterror(RpTokenizer *tok)
{
    tok->done = RP_E_TABSPACE;
    tok->cur = tok->inp;
    return RP_TOK_ERRORTOKEN;
}

static int continuation_line(RpTokenizer *tok)
{
    int c = nextc(tok);
    if (c != '\n') {
        tok->done = RP_E_LINECONT;
        return -1;
    }
    c = nextc(tok);
    if (c == EOF_CHAR) {
        tok->done = RP_E_EOF;
        tok->cur = tok->inp;
        return -1;
    }
    backup(tok, c);
    return c;
}

static int tok_get(RpTokenizer *tok, const char **p_start, const char **p_end)
{
    int c;
    int blankline;
    *p_start = *p_end = NULL;

nextline:
    tok->start = NULL;
    blankline = 0;

    /* indentation */
    if (tok->atbol) {
        int col = 0, altcol = 0, cont_line_col = 0;
        tok->atbol = 0;
        for (;;) {
            c = nextc(tok);
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                altcol = (altcol / 1 + 1) * 1;
            } else if (c == '\014') {
                col = altcol = 0;
            } else if (c == '\\') {
                cont_line_col = cont_line_col ? cont_line_col : col;
                if ((c = continuation_line(tok)) == -1)
                    return RP_TOK_ERRORTOKEN;
            } else {
                break;
            }
        }
        backup(tok, c);
        if (c == '#' || c == '\n')
            blankline = 1;
        if (!blankline && tok->level == 0) {
            col = cont_line_col ? cont_line_col : col;
            altcol = cont_line_col ? cont_line_col : altcol;
            if (col == tok->indstack[tok->indent]) {
                if (altcol != tok->altindstack[tok->indent])
                    return indenterror(tok);
            } else if (col > tok->indstack[tok->indent]) {
                if (tok->indent + 1 >= RP_TOK_MAXINDENT) {
                    tok->done = RP_E_TOODEEP;
                    tok->cur = tok->inp;
                    return RP_TOK_ERRORTOKEN;
                }
                if (altcol <= tok->altindstack[tok->indent])
                    return indenterror(tok);
                tok->pendin++;
                tok->indstack[++tok->indent] = col;
                tok->altindstack[tok->indent] = altcol;
            } else {
                while (tok->indent > 0 && col < tok->indstack[tok->indent]) {
                    tok->pendin--;
                    tok->indent--;
                }
                if (col != tok->indstack[tok->indent]) {
                    tok->done = RP_E_DEDENT;
                    tok->cur = tok->inp;
                    return RP_TOK_ERRORTOKEN;
                }
                if (altcol != tok->altindstack[tok->indent])
                    return indenterror(tok);
            }
        }
    }

    tok->start = tok->cur;
    if (tok->pendin != 0) {
        if (tok->pendin < 0) {
            tok->pendin++;
            return RP_TOK_DEDENT;
        }
        tok->pendin--;
        return RP_TOK_INDENT;
    }

again:
    tok->start = NULL;
    do {
        c = nextc(tok);
    } while (c == ' ' || c == '\t' || c == '\014');

    tok->start = tok->cur - 1;

    if (c == '#') {
        while (c != EOF_CHAR && c != '\n')
            c = nextc(tok);
    }

    if (c == EOF_CHAR) {
        if (tok->level)
            return RP_TOK_ERRORTOKEN;
        return tok->done == RP_E_EOF ? RP_TOK_ENDMARKER : RP_TOK_ERRORTOKEN;
    }

    /* identifier (and string prefixes) */
    if (is_potential_identifier_start(c)) {
        int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0;
        for (;;) {
            if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
                saw_b = 1;
            else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
                saw_u = 1;
            else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
                saw_r = 1;
            else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
                saw_f = 1;
            else
                break;
            c = nextc(tok);
            if (c == '"' || c == '\'')
                goto letter_quote;
        }
        int nonascii = 0;
        while (is_potential_identifier_char(c)) {
            if (c >= 128)
                nonascii = 1;
            c = nextc(tok);
        }
        backup(tok, c);
        if (nonascii && !verify_identifier(tok))
            return RP_TOK_ERRORTOKEN;
        *p_start = tok->start;
        *p_end = tok->cur;
        return RP_TOK_NAME;
    }

    /* newline */
    if (c == '\n') {
        tok->atbol = 1;
        if (blankline || tok->level > 0)
            goto nextline;
        *p_start = tok->start;
        *p_end = tok->cur - 1;
        tok->cont_line = 0;
        return RP_TOK_NEWLINE;
    }

    /* period or number starting with period */
    if (c == '.') {
        c = nextc(tok);
        if (is_digit(c))
            goto fraction;
        if (c == '.') {
            c = nextc(tok);
            if (c == '.') {
                *p_start = tok->start;
                *p_end = tok->cur;
                return RP_TOK_ELLIPSIS;
            }
            backup(tok, c);
            backup(tok, '.');
        } else {
            backup(tok, c);
        }
        *p_start = tok->start;
        *p_end = tok->cur;
        return RP_TOK_DOT;
    }

    /* number */
    if (is_digit(c)) {
        if (c == '0') {
            c = nextc(tok);
            if (c == 'x' || c == 'X') {
                c = nextc(tok);
                do {
                    if (c == '_')
                        c = nextc(tok);
                    if (!is_xdigit(c)) {
                        backup(tok, c);
                        return syntaxerror(tok, "invalid hexadecimal literal");
                    }
                    do {
                        c = nextc(tok);
                    } while (is_xdigit(c));
                } while (c == '_');
                if (!verify_end_of_number(tok, c, "hexadecimal"))
                    return RP_TOK_ERRORTOKEN;
            } else if (c == 'o' || c == 'O') {
                c = nextc(tok);
                do {
                    if (c == '_')
                        c = nextc(tok);
                    if (c < '0' || c >= '8') {
                        if (is_digit(c))
                            return syntaxerror(tok, "invalid digit '%c' in octal literal", c);
                        backup(tok, c);
                        return syntaxerror(tok, "invalid octal literal");
                    }
                    do {
                        c = nextc(tok);
                    } while ('0' <= c && c < '8');
                } while (c == '_');
                if (is_digit(c))
                    return syntaxerror(tok, "invalid digit '%c' in octal literal", c);
                if (!verify_end_of_number(tok, c, "octal"))
                    return RP_TOK_ERRORTOKEN;
            } else if (c == 'b' || c == 'B') {
                c = nextc(tok);
                do {
                    if (c == '_')
                        c = nextc(tok);
                    if (c != '0' && c != '1') {
                        if (is_digit(c))
                            return syntaxerror(tok, "invalid digit '%c' in binary literal", c);
                        backup(tok, c);
                        return syntaxerror(tok, "invalid binary literal");
                    }
                    do {
                        c = nextc(tok);
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (is_digit(c))
                    return syntaxerror(tok, "invalid digit '%c' in binary literal", c);
                if (!verify_end_of_number(tok, c, "binary"))
                    return RP_TOK_ERRORTOKEN;
            } else {
                int nonzero = 0;
                for (;;) {
                    if (c == '_') {
                        c = nextc(tok);
                        if (!is_digit(c)) {
                            backup(tok, c);
                            return syntaxerror(tok, "invalid decimal literal");
                        }
                    }
                    if (c != '0')
                        break;
                    c = nextc(tok);
                }
                const char *zeros_end = tok->cur;
                if (is_digit(c)) {
                    nonzero = 1;
                    c = decimal_tail(tok);
                    if (c == 0)
                        return RP_TOK_ERRORTOKEN;
                }
                if (c == '.') {
                    c = nextc(tok);
                    goto fraction;
                } else if (c == 'e' || c == 'E') {
                    goto exponent;
                } else if (c == 'j' || c == 'J') {
                    goto imaginary;
                } else if (nonzero) {
                    backup(tok, c);
                    return syntaxerror_range(
                        tok, rp_utf8_chars(tok->line_start, (size_t)(tok->start - tok->line_start)) + 1,
                        rp_utf8_chars(tok->line_start, (size_t)(zeros_end - tok->line_start)),
                        "leading zeros in decimal integer literals are not permitted; "
                        "use an 0o prefix for octal integers");
                }
                if (!verify_end_of_number(tok, c, "decimal"))
                    return RP_TOK_ERRORTOKEN;
            }
        } else {
            c = decimal_tail(tok);
            if (c == 0)
                return RP_TOK_ERRORTOKEN;
            if (c == '.') {
                c = nextc(tok);
            fraction:
                if (is_digit(c)) {
                    c = decimal_tail(tok);
                    if (c == 0)
                        return RP_TOK_ERRORTOKEN;
                }
            }
            if (c == 'e' || c == 'E') {
                int e;
            exponent:
                e = c;
                c = nextc(tok);
                if (c == '+' || c == '-') {
                    c = nextc(tok);
                    if (!is_digit(c)) {
                        backup(tok, c);
                        return syntaxerror(tok, "invalid decimal literal");
                    }
                } else if (!is_digit(c)) {
                    backup(tok, c);
                    if (!verify_end_of_number(tok, e, "decimal"))
                        return RP_TOK_ERRORTOKEN;
                    backup(tok, e);
                    *p_start = tok->start;
                    *p_end = tok->cur;
                    return RP_TOK_NUMBER;
                }
                c = decimal_tail(tok);
                if (c == 0)
                    return RP_TOK_ERRORTOKEN;
            }
            if (c == 'j' || c == 'J') {
            imaginary:
                c = nextc(tok);
                if (!verify_end_of_number(tok, c, "imaginary"))
                    return RP_TOK_ERRORTOKEN;
            } else if (!verify_end_of_number(tok, c, "decimal")) {
                return RP_TOK_ERRORTOKEN;
            }
        }
        backup(tok, c);
        *p_start = tok->start;
        *p_end = tok->cur;
        return RP_TOK_NUMBER;
    }

letter_quote:
    if (c == '\'' || c == '"') {
        int quote = c;
        int quote_size = 1;
        int end_quote_size = 0;
        tok->first_lineno = tok->lineno;
        tok->multi_line_start = tok->line_start;
        c = nextc(tok);
        if (c == quote) {
            c = nextc(tok);
            if (c == quote)
                quote_size = 3;
            else
                end_quote_size = 1;
        }
        if (c != quote)
            backup(tok, c);
        while (end_quote_size != quote_size) {
            c = nextc(tok);
            if (c == EOF_CHAR || (quote_size == 1 && c == '\n')) {
                tok->cur = tok->start + 1;
                tok->line_start = tok->multi_line_start;
                int start = tok->lineno;
                tok->lineno = tok->first_lineno;
                if (quote_size == 3) {
                    syntaxerror(tok, "unterminated triple-quoted string literal"
                                     " (detected at line %d)", start);
                    if (c != '\n')
                        tok->done = RP_E_EOFS;
                    tok->err->incomplete = 1;
                } else {
                    syntaxerror(tok, "unterminated string literal (detected at line %d)",
                                start);
                    if (c != '\n')
                        tok->done = RP_E_EOLS;
                }
                return RP_TOK_ERRORTOKEN;
            }
            if (c == quote) {
                end_quote_size += 1;
            } else {
                end_quote_size = 0;
                if (c == '\\')
                    nextc(tok);
            }
        }
        *p_start = tok->start;
        *p_end = tok->cur;
        return RP_TOK_STRING;
    }

    /* line continuation */
    if (c == '\\') {
        if ((c = continuation_line(tok)) == -1)
            return RP_TOK_ERRORTOKEN;
        tok->cont_line = 1;
        goto again;
    }

    /* two- and three-character tokens */
    {
        int c2 = nextc(tok);
        int token = two_chars(c, c2);
        if (token != RP_TOK_OP) {
            int c3 = nextc(tok);
            int token3 = three_chars(c, c2, c3);
            if (token3 != RP_TOK_OP)
                token = token3;
            else
                backup(tok, c3);
            *p_start = tok->start;
            *p_end = tok->cur;
            return token;
        }
        backup(tok, c2);
    }

    switch (c) {
    case '(':
    case '[':
    case '{':
        if (tok->level >= RP_TOK_MAXLEVEL)
            return syntaxerror(tok, "too many nested parentheses");
        tok->parenstack[tok->level] = (char)c;
        tok->parenlinenostack[tok->level] = tok->lineno;
        tok->parencolstack[tok->level] = (int)(tok->start - tok->line_start);
        tok->level++;
        break;
    case ')':
    case ']':
    case '}': {
        if (!tok->level)
            return syntaxerror(tok, "unmatched '%c'", c);
        tok->level--;
        int opening = tok->parenstack[tok->level];
        if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
              (opening == '{' && c == '}'))) {
            if (tok->parenlinenostack[tok->level] != tok->lineno)
                return syntaxerror(tok,
                                   "closing parenthesis '%c' does not match "
                                   "opening parenthesis '%c' on line %d",
                                   c, opening, tok->parenlinenostack[tok->level]);
            return syntaxerror(tok,
                               "closing parenthesis '%c' does not match "
                               "opening parenthesis '%c'", c, opening);
        }
        break;
    }
    }

    if (c < 128 && !rp_unicode_is_printable((uint32_t)c)) {
        return syntaxerror(tok, "invalid non-printable character U+%04X", c);
    }

    *p_start = tok->start;
    *p_end = tok->cur;
    return one_char(c);
}

int rp_tokenizer_next(RpTokenizer *tok, RpToken *t)
{
    const char *start, *end;
    int type = tok_get(tok, &start, &end);
    if (type == RP_TOK_NAME)
        type = keyword_type(start, (size_t)(end - start));
    t->type = type;
    t->start = start;
    t->end = end;
    int lineno = type == RP_TOK_STRING ? tok->first_lineno : tok->lineno;
    const char *line_start = type == RP_TOK_STRING ? tok->multi_line_start : tok->line_start;
    t->lineno = lineno;
    t->end_lineno = tok->lineno;
    t->col_offset = (start && start >= line_start) ? (int)(start - line_start) : -1;
    t->end_col_offset = (end && end >= tok->line_start) ? (int)(end - tok->line_start) : -1;
    t->tok_lineno = tok->lineno;
    t->tok_col = (int)(tok->cur - tok->line_start);
    return type;
}

const char *rp_token_name(int type)
{
    static const char *names[] = {
        "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
        "'('", "')'", "'['", "']'", "':'", "','", "';'", "'+'", "'-'", "'*'",
        "'/'", "'|'", "'&'", "'<'", "'>'", "'='", "'.'", "'%'", "'{'", "'}'",
        "'=='", "'!='", "'<='", "'>='", "'~'", "'^'", "'<<'", "'>>'", "'**'",
        "'+='", "'-='", "'*='", "'/='", "'%='", "'&='", "'|='", "'^='", "'<<='",
        "'>>='", "'**='", "'//'", "'//='", "'@'", "'@='", "'->'", "'...'", "':='",
        "OP", "ERRORTOKEN",
        "'False'", "'None'", "'True'", "'and'", "'as'", "'assert'", "'async'",
        "'await'", "'break'", "'class'", "'continue'", "'def'", "'del'", "'elif'",
        "'else'", "'except'", "'finally'", "'for'", "'from'", "'global'", "'if'",
        "'import'", "'in'", "'is'", "'lambda'", "'nonlocal'", "'not'", "'or'",
        "'pass'", "'raise'", "'return'", "'try'", "'while'", "'with'", "'yield'",
    };
    if (type < 0 || type >= RP_TOK_NTYPES)
        return "?";
    return names[type];
}
