/* mathspecial.c - special functions of the math module (mathspecial.h).
 *
 * Models the corresponding helpers of CPython 3.11's Modules/mathmodule.c;
 * the constants of Lanczos' approximation are Boost's (N = 13,
 * g = 6.024680040776729583740234375), as CPython uses.
 */
#include "mathspecial.h"

#include <errno.h>
#include <math.h>

static const double PI = 3.141592653589793238462643383279502884197;
static const double LOGPI = 1.144729885849400174143427351353058711647;

/* sin(pi * x), exact at integers and half-integers (finite x) */
static double sinpi(double x)
{
    double y = fmod(fabs(x), 2.0);
    int n = (int)round(2.0 * y);
    double r;
    switch (n) {
    case 0: r = sin(PI * y); break;
    case 1: r = cos(PI * (y - 0.5)); break;
    case 2: r = sin(PI * (1.0 - y)); break;   /* not -sin(pi*(y-1)): sign of zero */
    case 3: r = -cos(PI * (y - 1.5)); break;
    default: r = sin(PI * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/* Lanczos' approximation, N = 13, g = 6.024680040776729583740234375 (the
 * parameters of Boost and CPython), written as a rational function. */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* x * (x+1) * ... * (x+11) */
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
};

static double lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        /* in 1/x, against overflow */
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

double rp_m_tgamma(double x)
{
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) {
            return x;
        }
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= NGAMMA_INTEGRAL) {
            return gamma_integral[(int)x - 1];
        }
    }
    double absx = fabs(x);
    if (absx < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r)) {
            errno = ERANGE;
        }
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0) {
            return 0.0 / sinpi(x);
        }
        errno = ERANGE;
        return HUGE_VAL;
    }
    double y = absx + lanczos_g_minus_half;
    /* the rounding error of y, for a first-order correction */
    double z;
    if (absx > lanczos_g_minus_half) {
        volatile double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        volatile double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -PI / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sp = pow(y, absx / 2.0 - 0.25);
            r /= sp;
            r /= sp;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sp = pow(y, absx / 2.0 - 0.25);
            r *= sp;
            r *= sp;
        }
    }
    if (isinf(r)) {
        errno = ERANGE;
    }
    return r;
}

double rp_m_lgamma(double x)
{
    if (!isfinite(x)) {
        return isnan(x) ? x : HUGE_VAL;
    }
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20) {
        return -log(absx);
    }
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) {
        r = LOGPI - log(fabs(sinpi(absx))) - log(absx) - r;
    }
    if (isinf(r)) {
        errno = ERANGE;
    }
    return r;
}

double rp_m_atan2(double y, double x)
{
    if (isnan(x) || isnan(y)) {
        return NAN;
    }
    if (isinf(y)) {
        if (isinf(x)) {
            return copysign(copysign(1.0, x) == 1.0 ? 0.25 * PI : 0.75 * PI, y);
        }
        return copysign(0.5 * PI, y);
    }
    if (isinf(x) || y == 0.0) {
        return copysign(copysign(1.0, x) == 1.0 ? 0.0 : PI, y);
    }
    return atan2(y, x);
}

double rp_m_remainder(double x, double y)
{
    if (isfinite(x) && isfinite(y)) {
        if (y == 0.0) {
            return NAN;
        }
        double absx = fabs(x), absy = fabs(y);
        double m = fmod(absx, absy);
        double c = absy - m;
        double r;
        if (m < c) {
            r = m;
        } else if (m > c) {
            r = -c;
        } else {
            /* exactly halfway: the even multiple */
            r = m - 2.0 * fmod(0.5 * (absx - m), absy);
        }
        return copysign(1.0, x) * r;
    }
    if (isnan(x)) {
        return x;
    }
    if (isnan(y)) {
        return y;
    }
    if (isinf(x)) {
        return NAN;
    }
    return x;
}

/* f(x) for the logarithms, special values as C99 Annex F on every libm:
 * log(+-0) = -inf and log(x < 0) = NaN with EDOM, log(+inf) = +inf,
 * log(-inf) = NaN with EDOM, NaN passes (CPython's m_log & co) */
static double log_special(double x, double (*f)(double))
{
    if (isfinite(x)) {
        if (x > 0.0) {
            return f(x);
        }
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) {
        return x;
    }
    errno = EDOM;
    return NAN;
}

double rp_m_log(double x) { return log_special(x, log); }
double rp_m_log2(double x) { return log_special(x, log2); }
double rp_m_log10(double x) { return log_special(x, log10); }

double rp_m_log1p(double x)
{
    /* log1p(-0.0) is -0.0 */
    if (x == 0.0) {
        return x;
    }
    return log1p(x);
}

/* sqrt(sum of squares) of vec[0..n) (all >= 0, finite unless max is
 * infinite), max = the largest: scaled by a power of two, squares split
 * exactly (Dekker), summed with compensation, and the square root
 * corrected by one Newton step (CPython's vector_norm). */
double rp_m_vector_norm(rp_ssize_t n, const double *vec, double max, int found_nan)
{
    const double T27 = 134217729.0;     /* 2**27 + 1 */
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    double x, t, hi, lo, h, oldcsum;
    if (isinf(max)) {
        return max;
    }
    if (found_nan) {
        return NAN;
    }
    if (max == 0.0 || n <= 1) {
        return max;
    }
    int max_e;
    frexp(max, &max_e);
    if (max_e >= -1023) {
        double scale = ldexp(1.0, -max_e);
        for (rp_ssize_t i = 0; i < n; i++) {
            x = vec[i] * scale;
            t = x * T27;
            hi = t - (t - x);
            lo = x - hi;
            x = hi * hi;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = 2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            frac3 += lo * lo;
        }
        h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        x = h;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = -hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = -2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        x = -lo * lo;
        oldcsum = csum;
        csum += x;
        frac3 += (oldcsum - csum) + x;
        x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    /* tiny max: ldexp(1, -max_e) would overflow; divide by max instead */
    for (rp_ssize_t i = 0; i < n; i++) {
        x = vec[i] / max;
        x = x * x;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
    }
    return max * sqrt(csum - 1.0 + frac1);
}

