/* mathspecial.h - the math module's own versions of special functions,
 * written as CPython's Modules/mathmodule.c does so that results match it
 * to the last bit (gamma and lgamma by Lanczos' approximation, hypot's
 * vector norm) or so that special values follow C99 Annex F everywhere
 * (atan2, remainder, the logarithms).  They report through errno:
 * EDOM (ValueError "math domain error"), ERANGE (overflow). */
#ifndef RP_MATHSPECIAL_H
#define RP_MATHSPECIAL_H

#include <stddef.h>

#include "../core/object.h"

double rp_m_tgamma(double x);
double rp_m_lgamma(double x);
double rp_m_atan2(double y, double x);
double rp_m_remainder(double x, double y);
double rp_m_log(double x);
double rp_m_log2(double x);
double rp_m_log10(double x);
double rp_m_log1p(double x);
/* sqrt of the sum of squares of vec[0..n) (all >= 0), max the largest,
 * found_nan whether one is a NaN: CPython's vector_norm */
double rp_m_vector_norm(rp_ssize_t n, const double *vec, double max, int found_nan);

#endif
