/* compile.h - AST -> code objects.
 *
 * Models CPython 3.11's Python/compile.c (plus the constant folding of
 * Python/ast_opt.c).  The pipeline of one compilation:
 *
 *   source --rp_parse--> AST --rp_symtable_build--> scopes
 *          --fold (optimize.c)--> constants folded
 *          --compile (compile*.c)--> basic blocks of instructions
 *          --assemble (assemble.c)--> code objects
 *
 * Every constant of one compilation unit (a module and all the functions
 * nested in it) goes through one cache, so equal constants are one object
 * (`a = 1000; b = 1000; a is b` holds, also across nested functions), as
 * with CPython's c_const_cache.
 *
 * Errors: SyntaxError (with filename, line, offset, text, end line and
 * end offset as CPython sets them), MemoryError, RecursionError ("maximum
 * recursion depth exceeded during compilation") for too deep an AST.
 */
#ifndef RP_COMPILE_H
#define RP_COMPILE_H

#include <stddef.h>

#include "../core/object.h"

/* compile.h does not include ast.h: the AST's comparison operators
 * (RP_EQ, RP_LT, RP_GT) share names with object.h's rich comparison
 * constants, so the two must not meet in one file outside the compiler. */
struct RpModule;
struct RpArena;
struct RpSyntaxError;

/* compile() flags, CPython's values */
#define RP_CF_SOURCE_IS_UTF8     0x0100
#define RP_CF_DONT_IMPLY_DEDENT  0x0200
#define RP_CF_ONLY_AST           0x0400
#define RP_CF_ALLOW_INCOMPLETE_INPUT 0x4000
/* refpy's own: the source was read from a file (the parser then gives the
 * messages CPython gives for files: NUL bytes, bad encodings) */
#define RP_COMPILE_FLAG_FILE     0x40000000
/* refpy's own: the source was given as bytes (a coding declaration is
 * honoured and parser errors count bytes, as for a file) */
#define RP_COMPILE_FLAG_BYTES    0x20000000

/* compile() modes (the values of the modules' vm_api.h) */
enum { RP_COMPILE_EXEC = 0, RP_COMPILE_EVAL = 1, RP_COMPILE_SINGLE = 2 };

/* Compile NUL-terminated UTF-8 source text with one of the modes above.
 * Returns a new code object, or NULL with SyntaxError (or another
 * exception) set. */
RpObject *rp_compile_source(const char *src, const char *filename, int mode);
/* The same for `len` bytes, with compile()'s flags and optimization level
 * (-1: the interpreter's). */
RpObject *rp_compile_source_ex(const char *src, size_t len, const char *filename,
                               int mode, int flags, int optimize);
/* The same, also returning in *literals (when not NULL) a new list of the
 * objects made for the literals and folded constants, one per occurrence
 * in the source.  CPython's AST arena holds them while a program given as
 * text (a file, -c, stdin, exec() or eval() of a string) runs, which
 * sys.getrefcount shows: run the code, then drop the list. */
RpObject *rp_compile_source_keep(const char *src, size_t len, const char *filename,
                                 int mode, int flags, int optimize, RpObject **literals);

/* Compile an AST already parsed into `arena`.  `src` (may be NULL) is
 * used for the source line shown by SyntaxErrors. */
RpObject *rp_compile_ast(struct RpModule *mod, struct RpArena *arena, const char *filename,
                         const char *src, size_t srclen, int flags, int optimize);

/* Raise the exception described by a front-end error record (a
 * SyntaxError or one of the other types it names).  Returns NULL. */
RpObject *rp_raise_syntax_error(const struct RpSyntaxError *err, const char *filename);

/* Debugging: print the instructions of a code object (and of the code
 * objects among its constants) to stderr. */
void rp_code_disassemble(RpObject *code);

#endif
