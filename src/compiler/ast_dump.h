/* ast_dump.h - the AST as text, in exactly the format of CPython 3.11's
 * ast.dump(tree, include_attributes=...), for tests and debugging:
 * comparing our parser with python3 is then a string comparison. */
#ifndef RP_AST_DUMP_H
#define RP_AST_DUMP_H

#include "ast.h"

/* A malloc'ed NUL-terminated string (the caller frees it), or NULL on
 * out of memory. */
char *rp_ast_dump(const RpModule *mod, int include_attributes);

/* Python's repr() of a constant (as ast.dump prints it), malloc'ed. */
char *rp_ast_const_repr(const RpAstConst *c);

#endif
