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
       characters (code points) of the line; 0 when not applicable. */
    int lineno, offset, end_lineno, end_offset;
    char text[1024];        /* the source line (UTF-8, with its '\n'), or "" */
    int has_text;
    /* set when the error is only that the input ended too early (an open
       bracket, block or triple-quoted string): the REPL then asks for
       another line with "... " */
    int incomplete;
} RpSyntaxError;

/* flags for rp_parse */
#define RP_PARSE_FLAG_NONE 0

/* Parse `len` bytes of source.  Returns the module, allocated in `arena`,
 * or NULL with *err filled in.  `filename` is used only in messages. */
RpModule *rp_parse(RpArena *arena, const char *src, size_t len,
                   const char *filename, RpParseMode mode, int flags,
                   RpSyntaxError *err);

#endif
