/* ast_objects.h - include the AST next to the object headers.
 *
 * ast.h names three comparison operators RP_EQ, RP_LT and RP_GT, like
 * object.h's rich comparison constants.  Files that need both (the
 * compiler, the traceback printer) include this instead of ast.h: there
 * the AST operators are called RP_CMP_EQ, RP_CMP_LT and RP_CMP_GT.
 */
#ifndef RP_AST_OBJECTS_H
#define RP_AST_OBJECTS_H

#include "../core/object.h"

#define RP_EQ RP_CMP_EQ
#define RP_LT RP_CMP_LT
#define RP_GT RP_CMP_GT
#include "arena.h"
#include "ast.h"
#include "parser.h"
#include "symtable.h"
#undef RP_EQ
#undef RP_LT
#undef RP_GT

#endif
