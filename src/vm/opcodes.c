/* opcodes.c - the tables derived from opcodes.def. */
#include "opcodes.h"

#include <stddef.h>

#define PSEUDO_INDEX(op) ((op) - RP_PSEUDO_BASE_ - 1)

static const char *const real_names[] = {
#define RP_OP(name, kind, ncache, eff, jeff) #name,
#define RP_PSEUDO(name, kind, ncache, eff, jeff)
#include "opcodes.def"
#undef RP_OP
#undef RP_PSEUDO
};
static const char *const pseudo_names[] = {
#define RP_OP(name, kind, ncache, eff, jeff)
#define RP_PSEUDO(name, kind, ncache, eff, jeff) #name,
#include "opcodes.def"
#undef RP_OP
#undef RP_PSEUDO
};
static const unsigned char real_kinds[] = {
#define RP_OP(name, kind, ncache, eff, jeff) RP_ARG_##kind,
#define RP_PSEUDO(name, kind, ncache, eff, jeff)
#include "opcodes.def"
#undef RP_OP
#undef RP_PSEUDO
};
static const unsigned char pseudo_kinds[] = {
#define RP_OP(name, kind, ncache, eff, jeff)
#define RP_PSEUDO(name, kind, ncache, eff, jeff) RP_ARG_##kind,
#include "opcodes.def"
#undef RP_OP
#undef RP_PSEUDO
};
static const unsigned char real_ncache[] = {
#define RP_OP(name, kind, ncache, eff, jeff) ncache,
#define RP_PSEUDO(name, kind, ncache, eff, jeff)
#include "opcodes.def"
#undef RP_OP
#undef RP_PSEUDO
};

const char *rp_opcode_name(int op)
{
    if (op >= 0 && op < RP_NUM_REAL_OPCODES) {
        return real_names[op];
    }
    if (op > RP_PSEUDO_BASE_ && op < RP_NUM_OPCODES) {
        return pseudo_names[PSEUDO_INDEX(op)];
    }
    return "<invalid>";
}

int rp_opcode_argkind(int op)
{
    if (op >= 0 && op < RP_NUM_REAL_OPCODES) {
        return real_kinds[op];
    }
    if (op > RP_PSEUDO_BASE_ && op < RP_NUM_OPCODES) {
        return pseudo_kinds[PSEUDO_INDEX(op)];
    }
    return RP_ARG_NONE;
}

int rp_opcode_ncache(int op)
{
    return (op >= 0 && op < RP_NUM_REAL_OPCODES) ? real_ncache[op] : 0;
}

int rp_opcode_stack_effect(int op, int oparg, int jump)
{
    switch (op) {
#define RP_OP(name, kind, ncache, eff, jeff) \
    case OP_##name: return jump ? (jeff) : (eff);
#define RP_PSEUDO(name, kind, ncache, eff, jeff) \
    case OP_##name: return jump ? (jeff) : (eff);
#include "opcodes.def"
#undef RP_OP
#undef RP_PSEUDO
    default:
        return 0;
    }
}
