/* tokenizer.h - source text -> tokens, as CPython 3.11's Parser/tokenizer.c.
 *
 * The tokenizer works on the whole source in memory.  rp_tokenizer_init
 * first prepares a private copy of it: the encoding is checked or decoded
 * (UTF-8 with optional BOM, PEP 263 declarations of utf-8 or latin-1),
 * newlines are translated (\r\n and \r -> \n) and, in exec mode, a final
 * newline is added when missing (as CPython does).  Positions of tokens
 * refer to that copy: lines 1-based, columns 0-based UTF-8 byte offsets.
 *
 * Tokens carry no decoded value: the parser decodes numbers and strings
 * from the token's text.  Keywords get token types of their own; soft
 * keywords (match, case, _) are NAMEs.
 *
 * Errors are reported in an RpSyntaxError with CPython's message and
 * position; then rp_tokenizer_next returns RP_TOK_ERRORTOKEN.
 */
#ifndef RP_TOKENIZER_H
#define RP_TOKENIZER_H

#include <stddef.h>

#include "parser.h"

typedef enum {
    RP_TOK_ENDMARKER = 0, RP_TOK_NAME, RP_TOK_NUMBER, RP_TOK_STRING,
    RP_TOK_NEWLINE, RP_TOK_INDENT, RP_TOK_DEDENT,
    RP_TOK_LPAR, RP_TOK_RPAR, RP_TOK_LSQB, RP_TOK_RSQB, RP_TOK_COLON,
    RP_TOK_COMMA, RP_TOK_SEMI, RP_TOK_PLUS, RP_TOK_MINUS, RP_TOK_STAR,
    RP_TOK_SLASH, RP_TOK_VBAR, RP_TOK_AMPER, RP_TOK_LESS, RP_TOK_GREATER,
    RP_TOK_EQUAL, RP_TOK_DOT, RP_TOK_PERCENT, RP_TOK_LBRACE, RP_TOK_RBRACE,
    RP_TOK_EQEQUAL, RP_TOK_NOTEQUAL, RP_TOK_LESSEQUAL, RP_TOK_GREATEREQUAL,
    RP_TOK_TILDE, RP_TOK_CIRCUMFLEX, RP_TOK_LEFTSHIFT, RP_TOK_RIGHTSHIFT,
    RP_TOK_DOUBLESTAR, RP_TOK_PLUSEQUAL, RP_TOK_MINEQUAL, RP_TOK_STAREQUAL,
    RP_TOK_SLASHEQUAL, RP_TOK_PERCENTEQUAL, RP_TOK_AMPEREQUAL,
    RP_TOK_VBAREQUAL, RP_TOK_CIRCUMFLEXEQUAL, RP_TOK_LEFTSHIFTEQUAL,
    RP_TOK_RIGHTSHIFTEQUAL, RP_TOK_DOUBLESTAREQUAL, RP_TOK_DOUBLESLASH,
    RP_TOK_DOUBLESLASHEQUAL, RP_TOK_AT, RP_TOK_ATEQUAL, RP_TOK_RARROW,
    RP_TOK_ELLIPSIS, RP_TOK_COLONEQUAL,
    RP_TOK_OP,                  /* any other character ($ ? ! `) */
    RP_TOK_ERRORTOKEN,
    /* keywords */
    RP_TOK_KW_FIRST,
    RP_KW_FALSE = RP_TOK_KW_FIRST, RP_KW_NONE, RP_KW_TRUE, RP_KW_AND,
    RP_KW_AS, RP_KW_ASSERT, RP_KW_ASYNC, RP_KW_AWAIT, RP_KW_BREAK,
    RP_KW_CLASS, RP_KW_CONTINUE, RP_KW_DEF, RP_KW_DEL, RP_KW_ELIF,
    RP_KW_ELSE, RP_KW_EXCEPT, RP_KW_FINALLY, RP_KW_FOR, RP_KW_FROM,
    RP_KW_GLOBAL, RP_KW_IF, RP_KW_IMPORT, RP_KW_IN, RP_KW_IS, RP_KW_LAMBDA,
    RP_KW_NONLOCAL, RP_KW_NOT, RP_KW_OR, RP_KW_PASS, RP_KW_RAISE,
    RP_KW_RETURN, RP_KW_TRY, RP_KW_WHILE, RP_KW_WITH, RP_KW_YIELD,
    RP_TOK_NTYPES
} RpTokType;

/* the tokenizer's state when an ERRORTOKEN is returned (CPython's E_*) */
typedef enum {
    RP_E_OK = 0, RP_E_EOF, RP_E_ERROR, RP_E_DEDENT, RP_E_TABSPACE,
    RP_E_TOODEEP, RP_E_LINECONT, RP_E_EOFS, RP_E_EOLS, RP_E_NOMEM,
    RP_E_DECODE
} RpTokDone;

typedef struct RpToken {
    int type;                   /* RpTokType */
    const char *start, *end;    /* its text (NULL for INDENT/DEDENT/ENDMARKER) */
    int lineno, col_offset;     /* col -1 when the token has no text */
    int end_lineno, end_col_offset;
    /* where the tokenizer stood after this token (CPython's tok->lineno
       and tok->cur - tok->line_start), used for some error positions */
    int tok_lineno, tok_col;
} RpToken;

#define RP_TOK_MAXINDENT 100
#define RP_TOK_MAXLEVEL 200

typedef struct RpTokenizer {
    char *buf;                  /* the prepared source (malloc'ed if owns_buf,
                                   else the caller's); not NUL-terminated */
    int owns_buf;
    const char *end;            /* buf + its length */
    const char *cur;            /* next character */
    const char *inp;            /* end of the current line (after its '\n') */
    const char *line_start;     /* start of the current line */
    const char *start;          /* start of the current token */
    const char *bufline;        /* first line of the current token (CPython's
                                   tok->buf): error texts start there */
    int lineno;
    int first_lineno;           /* line where the current string started */
    const char *multi_line_start;
    RpTokDone done;
    int atbol;                  /* at the beginning of a line */
    int pendin;                 /* pending INDENT (>0) or DEDENT (<0) tokens */
    int indent;                 /* current indentation depth */
    int indstack[RP_TOK_MAXINDENT];
    int altindstack[RP_TOK_MAXINDENT];
    int level;                  /* () [] {} nesting depth */
    char parenstack[RP_TOK_MAXLEVEL];
    int parenlinenostack[RP_TOK_MAXLEVEL];
    int parencolstack[RP_TOK_MAXLEVEL];
    int cont_line;
    int from_file;              /* RP_PARSE_FLAG_FILE */
    const char *filename;
    RpSyntaxError *err;         /* where errors go */
    int has_error;
    int has_encoding;           /* BOM, coding declaration or str input:
                                   parser errors count characters */
    int lineno_base;            /* line numbers start after this (f-strings) */
    int non_utf8;               /* declared encoding other than UTF-8 */
    int exec_input;             /* the parser's exec mode (not an f-string):
                                   error lines are read again from the file */
} RpTokenizer;

/* Prepare the source.  Returns 0, or -1 with *err set (encoding errors,
 * NUL bytes, out of memory).  `exec_input`: add the final newline. */
int rp_tokenizer_init(RpTokenizer *tok, const char *src, size_t len,
                      int exec_input, int from_file, const char *filename,
                      RpSyntaxError *err);
void rp_tokenizer_fini(RpTokenizer *tok);

/* The next token into *t; returns its type (RP_TOK_ERRORTOKEN with
 * tok->done / *err describing the error). */
int rp_tokenizer_next(RpTokenizer *tok, RpToken *t);

/* Fill *err with the error of an ERRORTOKEN whose state is tok->done and
 * for which no message was set yet (CPython's _Pypegen_tokenizer_error). */
void rp_tokenizer_error_from_done(RpTokenizer *tok, const RpToken *t);

/* The text of line `lineno` (1-based) of the prepared source: *len bytes
 * including its '\n' if any.  NULL if there is no such line. */
const char *rp_tokenizer_line(const RpTokenizer *tok, int lineno, size_t *len);

/* Set err->text (and has_text) to line `lineno` of the source (without its
 * '\n' unless it is the tokenizer's current line, as CPython does for
 * tokenizer errors).  Parser errors use the same rule but take the
 * current "line" from `bufline` (it may span the lines of a token):
 * with the '\n' when lineno is the tokenizer's current line, without
 * otherwise. */
void rp_tokenizer_set_error_text(RpTokenizer *tok, RpSyntaxError *err, int lineno);

/* CPython's _PyErr_ProgramDecodedTextObject for the parser: in exec mode,
 * set err's text to line `lineno` as read again from the file named like
 * the source (rp_program_text), decoded with errors="replace" when the
 * source has an encoding, else strictly.  Returns 1 if set, 0 if not. */
int rp_tokenizer_text_from_file(RpTokenizer *tok, RpSyntaxError *err, int lineno);

/* Number of code points in the first `nbytes` bytes of s (invalid UTF-8
 * bytes count one each, like a decode with "replace"). */
int rp_utf8_chars(const char *s, size_t nbytes);

/* s[0:n] as UTF-8 with invalid bytes replaced by U+FFFD (CPython's
 * decode(errors="replace")): malloc'ed, NUL-terminated; *valid is 0 when
 * something was replaced. */
char *rp_utf8_replace(const char *s, size_t n, int *valid);

/* Name of a token type for messages ("'('", "NAME", ...). */
const char *rp_token_name(int type);

#endif /* RP_TOKENIZER_H */
