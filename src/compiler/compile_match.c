/* compile_match.c - the match statement (PEP 634). */
#include "compile_internal.h"

int rp_c_match(RpCompiler *c, RpStmt *s)
{
    return rp_c_error(c, rp_loc_of_stmt(s), "match statements are not supported yet");
}
