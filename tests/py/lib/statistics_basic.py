import statistics as st
from fractions import Fraction as F
datasets = [[1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.75], [F(1, 2), F(3, 4), F(5, 8)], [1, 2.5, F(1, 4)], [10**20, 1, 3], [0.1] * 10,
            [1, 1, 2, 3, 3, 3, 4], [-1.5, 2, 7.25, 0], [3], list(range(100)), [1e308, 1e308], [2, 4, 4, 4, 5, 5, 7, 9]]
for d in datasets:
    out = []
    for fn in (st.mean, st.fmean, st.median, st.median_low, st.median_high, st.median_grouped, st.mode, st.multimode,
               st.variance, st.pvariance, st.stdev, st.pstdev, st.geometric_mean, st.harmonic_mean, st.quantiles):
        try:
            r = fn(d)
        except Exception as e:
            r = f"{type(e).__name__}: {e}"
        out.append(r)
    print(out)
print(st.mean([True, False, True]), st.mean(iter([1, 2])), st.mean((x for x in [1.0, 2.0])), st.variance([1, 2, 3, 4], 2.5), st.pvariance([1, 2, 3], mu=2))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10), st.quantiles(range(1, 11), n=4, method="inclusive"))
print(st.fmean([1, 2, 3], weights=[3, 2, 1]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([1, 0, 2]))
print(st.covariance([1, 2, 3, 4], [1, 3, 2, 5]), st.correlation([1, 2, 3, 4], [1, 3, 2, 5]), st.linear_regression([1, 2, 3, 4], [2, 4, 5, 8]), st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
print(st.mode(["red", "blue", "red"]), st.multimode("aabbbcccd"), st.median(["b", "a", "c"]), st.mean([float("inf"), 1]), st.mean([float("nan"), 1]))
for bad in (lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.variance([]), lambda: st.mode([]), lambda: st.median([]),
            lambda: st.mean(["a"]), lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0), lambda: st.harmonic_mean([-1, 2]),
            lambda: st.geometric_mean([0, 1]), lambda: st.correlation([1, 1], [1, 2]), lambda: st.mean([1, "x"]), lambda: st.quantiles([1, 2], method="x")):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(issubclass(st.StatisticsError, ValueError), st.LinearRegression._fields)
