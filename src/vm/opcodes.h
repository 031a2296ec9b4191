/* opcodes.h - the instruction set, generated from opcodes.def.
 *
 *   OP_<NAME>                 the opcode numbers (real ones < 256, then
 *                             the compiler's pseudo-instructions)
 *   rp_opcode_name(op)        "LOAD_FAST"
 *   rp_opcode_argkind(op)     RP_ARG_*
 *   rp_opcode_ncache(op)      inline cache units after the instruction
 *   rp_opcode_stack_effect(op, oparg, jump)
 *
 * Code units are 32-bit: opcode in the low 8 bits, argument above.
 */
#ifndef RP_OPCODES_H
#define RP_OPCODES_H

#include <stdint.h>

typedef uint32_t rp_codeunit;

#define RP_OPCODE(u) ((int)((u) & 0xFFu))
#define RP_OPARG(u)  ((int)((u) >> 8))
#define RP_MAKE_UNIT(op, arg) ((rp_codeunit)(op) | ((rp_codeunit)(arg) << 8))
#define RP_MAX_OPARG 0xFFFFFF

enum RpArgKind {
    RP_ARG_NONE, RP_ARG_INT, RP_ARG_CONST, RP_ARG_NAME, RP_ARG_LOCAL,
    RP_ARG_JUMP, RP_ARG_GLOBAL
};

enum RpOpcode {
#define RP_OP(name, kind, ncache, eff, jeff) OP_##name,
#define RP_PSEUDO(name, kind, ncache, eff, jeff)
#include "opcodes.def"
#undef RP_OP
#undef RP_PSEUDO
    RP_NUM_REAL_OPCODES,
    RP_PSEUDO_BASE_ = 255,
#define RP_OP(name, kind, ncache, eff, jeff)
#define RP_PSEUDO(name, kind, ncache, eff, jeff) OP_##name,
#include "opcodes.def"
#undef RP_OP
#undef RP_PSEUDO
    RP_NUM_OPCODES
};

_Static_assert(RP_NUM_REAL_OPCODES <= 256, "real opcodes must fit 8 bits");

const char *rp_opcode_name(int op);
int rp_opcode_argkind(int op);
int rp_opcode_ncache(int op);
/* Stack effect; jump != 0 for the effect when the jump is taken. */
int rp_opcode_stack_effect(int op, int oparg, int jump);

static inline int rp_opcode_is_jump(int op)
{
    return rp_opcode_argkind(op) == RP_ARG_JUMP;
}

#endif
