/* parser.h - source bytes -> AST.
 *
 * The front end creates no Python objects and raises no Python exceptions:
 * it reports a failure in an RpSyntaxError record, which the caller (the
 * driver in vm/ or the compile() builtin) turns into the exception object.
 * This keeps tokenizer.c and parser.c testable with libc alone.
 */
#ifndef RP_PARSER_H
#define RP_PARSER_H

#include <stddef.h>

#include "arena.h"
#include "ast.h"

typedef struct RpSyntaxError {
    /* "SyntaxError", "IndentationError", "TabError", or "MemoryError" /
       "RecursionError" / "ValueError" / "OverflowError" when CPython raises
       that instead of a SyntaxError */
    const char *type;
    char msg[512];          /* the message, exactly as CPython words it */
    /* The SyntaxError attributes, as CPython sets them: lineno and
       end_lineno 1-based; offset and end_offset 1-based and counted in
       characters (code points) of the line (but see
       RP_PARSE_FLAG_IGNORE_COOKIE); 0 when not applicable.  As in CPython,
       end_offset may be -1 or 0, and offset 0 or -1 in a few messages. */
    int lineno, offset, end_lineno, end_offset;
    char text[1024];        /* the source line (UTF-8, with its '\n'), or "" */
    int has_text;
    /* a source line too long for text[]: a copy in `arena` (set by
       rp_syntax_error_set_text when arena is set); read the line with
       rp_syntax_error_text */
    const char *long_text;
    RpArena *arena;
    /* raised as SyntaxError(msg) alone (CPython's decoding errors of a
       file: no file name, no line) */
    int no_location;
    /* set when the error is only that the input ended too early (an open
       bracket, block or triple-quoted string): the REPL then asks for
       another line with "... " */
    int incomplete;
} RpSyntaxError;

/* Set the error's source line to the n bytes at s (the whole line when
 * err->arena is set, else at most sizeof(err->text) - 1 bytes); the line. */
void rp_syntax_error_set_text(RpSyntaxError *err, const char *s, size_t n);
const char *rp_syntax_error_text(const RpSyntaxError *err);

/* CPython's err_programtext: line `lineno` of the file `filename` as read
 * with fgets into a 1000-byte buffer (universal newlines): the last piece
 * (at most 999 bytes) of that line, NUL-terminated, malloc'ed; NULL when
 * the file cannot be opened or has no such line. */
char *rp_program_text(const char *filename, int lineno);

/* flags for rp_parse (combine with |) */
#define RP_PARSE_FLAG_NONE 0
/* the source was read from a file (`python3 file.py`): NUL bytes, invalid
   UTF-8 and unknown encodings get the messages CPython gives for files */
#define RP_PARSE_FLAG_FILE 1
/* the source came from a str (compile/exec/eval of a str): coding
   declarations are ignored and error offsets are always counted in
   characters.  Without it (bytes or file), CPython counts the offsets of
   errors found by the parser (not the tokenizer) in bytes unless the
   source had a BOM or a coding declaration - we do the same. */
#define RP_PARSE_FLAG_IGNORE_COOKIE 2

/* Parse `len` bytes of source.  Returns the module, allocated in `arena`,
 * or NULL with *err filled in.  `filename` is used only in messages. */
RpModule *rp_parse(RpArena *arena, const char *src, size_t len,
                   const char *filename, RpParseMode mode, int flags,
                   RpSyntaxError *err);

#endif
