/* numargs.c - argument parsing for the numbers area (see numargs.h): the
 * shared Argument Clinic unpacker (modsupport's rp_arg_unpack) with the
 * numbers area's parameter descriptions. */
#include "numargs.h"

#include "../modules/modsupport.h"

int rp_numargs_parse(const RpNumArgSpec *spec, RpObject *const *args, size_t nargs,
                     RpObject *kwnames, RpObject **out)
{
    /* rp_arg_unpack's keyword list: "" for the positional-only ones */
    const char *keywords[RP_NUMARGS_MAX + 1];
    for (int i = 0; i < spec->nparams; i++) {
        keywords[i] = i < spec->nposonly ? "" : spec->names[i];
    }
    keywords[spec->nparams] = NULL;
    RpArgParser parser = {spec->fname, keywords};
    int minpos = spec->nrequired < spec->maxpos ? spec->nrequired : spec->maxpos;
    return rp_arg_unpack(&parser, args, nargs, kwnames, minpos, spec->maxpos,
                         spec->nrequired - minpos, out);
}
