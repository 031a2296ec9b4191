/* test_parser.c - the front end against CPython 3.11.
 *
 * Without arguments: every case of tests/c/parser/expected_*.txt (recorded
 * from python3 by tests/c/parser/gen_expected.py) is parsed and the AST
 * dump (ast.dump(..., include_attributes=True) format) or the error
 * (type, message, lineno, offset, end_lineno, end_offset, text) must be
 * identical.  Plus a few checks that need no python3 (performance, deep
 * nesting, the incomplete flag).
 *
 * Tools (used by tests/c/parser/compare_files.sh):
 *   test_parser --dump FILE [exec|eval|single] [str]   print dump or ERR line
 *   test_parser --check FILE...   print "OK FILE" or "ERR FILE ..." per file
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/ast_dump.h"
#include "compiler/parser.h"

static int failures, passes;

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (n == cap) {
            cap *= 2;
            buf = realloc(buf, cap);
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        if (r == 0)
            break;
        n += r;
    }
    fclose(f);
    *len = n;
    return buf;
}

static RpParseMode mode_of(const char *s)
{
    if (strcmp(s, "eval") == 0)
        return RP_MODE_EVAL;
    if (strcmp(s, "single") == 0)
        return RP_MODE_SINGLE;
    return RP_MODE_EXEC;
}

/* the result line: a dump, or ERR type|msg|lineno|offset|end_lineno|end_offset|text */
static char *result_of(const char *src, size_t len, RpParseMode mode, int flags)
{
    RpArena *arena = rp_arena_new();
    RpSyntaxError err;
    RpModule *m = rp_parse(arena, src, len, "<s>", mode, flags, &err);
    char *out;
    if (m) {
        out = rp_ast_dump(m, 1);
    } else {
        size_t n = strlen(err.msg) + strlen(err.text) + 128;
        out = malloc(n);
        snprintf(out, n, "ERR %s|%s|%d|%d|%d|%d|%s", err.type, err.msg, err.lineno, err.offset,
                 err.end_lineno, err.end_offset, err.has_text ? err.text : "");
    }
    rp_arena_free(arena);
    return out;
}

static char *unescape(const char *s, size_t *outlen)
{
    size_t n = strlen(s);
    char *o = malloc(n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '\\') {
            o[k++] = s[i];
            continue;
        }
        i++;
        switch (s[i]) {
        case 'n': o[k++] = '\n'; break;
        case 'r': o[k++] = '\r'; break;
        case 't': o[k++] = '\t'; break;
        case '\\': o[k++] = '\\'; break;
        case 'x': {
            char hex[3] = {s[i + 1], s[i + 2], 0};
            o[k++] = (char)strtol(hex, NULL, 16);
            i += 2;
            break;
        }
        default: o[k++] = s[i];
        }
    }
    o[k] = '\0';
    *outlen = k;
    return o;
}

static void run_expected(const char *path)
{
    size_t len;
    char *data = read_file(path, &len);
    if (!data) {
        printf("FAIL cannot read %s\n", path);
        failures++;
        return;
    }
    data = realloc(data, len + 1);
    data[len] = '\0';
    int local_fail = 0, local_pass = 0;
    char *p = data;
    int caseno = 0;
    while (*p) {
        char *l1 = p;
        char *e1 = strchr(l1, '\n');
        if (!e1)
            break;
        *e1 = '\0';
        char *l2 = e1 + 1;
        char *e2 = strchr(l2, '\n');
        if (!e2)
            break;
        *e2 = '\0';
        char *l3 = e2 + 1;
        char *e3 = strchr(l3, '\n');
        if (!e3)
            break;
        *e3 = '\0';
        p = e3 + 1;
        caseno++;
        char mode[16] = "", kind[16] = "";
        sscanf(l1, "%15s %15s", mode, kind);
        size_t srclen, explen;
        char *src = unescape(l2, &srclen);
        char *exp = unescape(l3, &explen);
        int flags = strcmp(kind, "str") == 0 ? RP_PARSE_FLAG_IGNORE_COOKIE : 0;
        char *got = result_of(src, srclen, mode_of(mode), flags);
        if (got && strcmp(got, exp) == 0) {
            local_pass++;
        } else {
            local_fail++;
            if (local_fail <= 40) {
                printf("FAIL %s case %d (%s): %s\n  want: %s\n  got:  %s\n", path, caseno, mode, l2,
                       exp, got ? got : "(null)");
            }
        }
        free(got);
        free(src);
        free(exp);
    }
    printf("%s: %d passed, %d failed\n", path, local_pass, local_fail);
    passes += local_pass;
    failures += local_fail;
    free(data);
}

static void check(int cond, const char *what)
{
    if (cond) {
        passes++;
    } else {
        failures++;
        printf("FAIL %s\n", what);
    }
}

/* checks that need no python3 */
static void builtin_checks(void)
{
    RpSyntaxError err;
    RpArena *a = rp_arena_new();
    /* incomplete input (the REPL relies on it) */
    const char *inc[] = {"if x:\n", "x = (1,\n", "def f(\n", "s = '''abc\n", "x = 1 + \\\n",
                         "class C:\n  def f(self):\n", "@dec\n", "for x in y:\n"};
    for (size_t i = 0; i < sizeof(inc) / sizeof(inc[0]); i++) {
        RpModule *m = rp_parse(a, inc[i], strlen(inc[i]), "<s>", RP_MODE_SINGLE, 0, &err);
        char what[128];
        snprintf(what, sizeof(what), "incomplete flag for %s", inc[i]);
        check(!m && err.incomplete, what);
    }
    const char *notinc[] = {"x = 1 +\n", "x = )\n", "1 2\n", "'abc\n"};
    for (size_t i = 0; i < sizeof(notinc) / sizeof(notinc[0]); i++) {
        RpModule *m = rp_parse(a, notinc[i], strlen(notinc[i]), "<s>", RP_MODE_SINGLE, 0, &err);
        char what[128];
        snprintf(what, sizeof(what), "not incomplete: %s", notinc[i]);
        check(!m && !err.incomplete, what);
    }
    /* deep nesting is an error, never a crash */
    {
        size_t n = 100000;
        char *s = malloc(n + 3);
        memset(s, '-', n);
        s[n] = '1';
        s[n + 1] = '\n';
        s[n + 2] = 0;
        RpModule *m = rp_parse(a, s, n + 2, "<s>", RP_MODE_EXEC, 0, &err);
        check(!m && strcmp(err.type, "MemoryError") == 0, "100000 unary minus -> MemoryError");
        for (size_t i = 0; i < n; i += 4)
            memcpy(s + i, "not ", 4);
        m = rp_parse(a, s, n + 2, "<s>", RP_MODE_EXEC, 0, &err);
        check(!m && strcmp(err.type, "MemoryError") == 0, "25000 not -> MemoryError");
        free(s);
    }
    /* hostile input and file mode (messages recorded from python3 running
       a file, and from compile() of bytes) */
    {
        struct { const char *src; size_t len; int flags; const char *msg; int lineno; } cases[] = {
            {"x = 1\0\n", 7, RP_PARSE_FLAG_FILE, "source code cannot contain null bytes", 1},
            {"x = 1\0\n", 7, 0, "source code string cannot contain null bytes", 0},
            {"x = 1\n\xff = 2\n", 12, RP_PARSE_FLAG_FILE,
             "Non-UTF-8 code starting with '\\xff' in file f.py on line 2, but no encoding declared; "
             "see https://peps.python.org/pep-0263/ for details", 0},
            {"x = 1\n\xff = 2\n", 12, 0,
             "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 2},
            {"# -*- coding: foo -*-\nx=1\n", 26, RP_PARSE_FLAG_FILE, "encoding problem: foo", 0},
            {"# -*- coding: foo -*-\nx=1\n", 26, 0, "unknown encoding: foo", 0},
        };
        for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
            RpModule *m = rp_parse(a, cases[i].src, cases[i].len, "f.py", RP_MODE_EXEC, cases[i].flags, &err);
            char what[160];
            snprintf(what, sizeof(what), "hostile input %zu: %s", i, cases[i].msg);
            check(!m && strcmp(err.msg, cases[i].msg) == 0 && err.lineno == cases[i].lineno, what);
            if (m || strcmp(err.msg, cases[i].msg) != 0)
                printf("  got: %s (line %d)\n", m ? "(parsed)" : err.msg, err.lineno);
        }
    }
    /* a large file parses in linear time */
    {
        size_t lines = 200000;
        const char *line = "x = a + b * 2 - f(c, d[1]) if y else 'str'\n";
        size_t ll = strlen(line);
        char *s = malloc(lines * ll + 1);
        for (size_t i = 0; i < lines; i++)
            memcpy(s + i * ll, line, ll);
        s[lines * ll] = 0;
        clock_t t0 = clock();
        RpArena *big = rp_arena_new();
        RpModule *m = rp_parse(big, s, lines * ll, "<s>", RP_MODE_EXEC, 0, &err);
        double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
        check(m && rp_ast_len(m->body) == (int)lines, "200000-line file parses");
        printf("200000 lines (%.1f MB) parsed in %.3f s\n", (double)(lines * ll) / 1e6, secs);
        rp_arena_free(big);
        /* linear: a quarter of the file takes about a quarter of the time
           (generous bounds: this runs on loaded machines and -O0) */
        clock_t t1 = clock();
        big = rp_arena_new();
        m = rp_parse(big, s, lines / 4 * ll, "<s>", RP_MODE_EXEC, 0, &err);
        double q = (double)(clock() - t1) / CLOCKS_PER_SEC;
        rp_arena_free(big);
        check(m != NULL, "quarter file parses");
        check(secs < 60.0 && secs < 12.0 * q + 0.5, "parse time grows linearly");
        free(s);
    }
    rp_arena_free(a);
}

int main(int argc, char **argv)
{
    if (argc >= 3 && strcmp(argv[1], "--dump") == 0) {
        size_t len;
        char *src = read_file(argv[2], &len);
        if (!src) {
            fprintf(stderr, "cannot read %s\n", argv[2]);
            return 2;
        }
        RpParseMode mode = argc >= 4 ? mode_of(argv[3]) : RP_MODE_EXEC;
        int flags = (argc >= 5 && strcmp(argv[4], "str") == 0) ? RP_PARSE_FLAG_IGNORE_COOKIE : 0;
        char *out = result_of(src, len, mode, flags);
        printf("%s\n", out);
        free(out);
        free(src);
        return 0;
    }
    if (argc >= 2 && strcmp(argv[1], "--check") == 0) {
        for (int i = 2; i < argc; i++) {
            size_t len;
            char *src = read_file(argv[i], &len);
            if (!src)
                continue;
            char *out = result_of(src, len, RP_MODE_EXEC, 0);
            if (strncmp(out, "ERR ", 4) == 0)
                printf("ERR %s %s\n", argv[i], out + 4);
            else
                printf("OK %s\n", argv[i]);
            free(out);
            free(src);
        }
        return 0;
    }
    const char *dir = "tests/c/parser";
    const char *files[] = {"expected_grammar.txt", "expected_errors.txt", "expected_tokens.txt",
                           "expected_strings.txt", "expected_syntax.txt"};
    for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
        char path[512];
        snprintf(path, sizeof(path), "%s/%s", dir, files[i]);
        FILE *f = fopen(path, "r");
        if (!f)
            continue;
        fclose(f);
        run_expected(path);
    }
    builtin_checks();
    printf("test_parser: %d passed, %d failed\n", passes, failures);
    return failures ? 1 : 0;
}
