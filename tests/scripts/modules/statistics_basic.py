# statistics: central tendency, spread, quantiles; exact results like CPython's
import statistics as st
from fractions import Fraction

data_sets = [
    [1, 2, 3, 4],
    [1, 2, 3],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [0.1, 0.2, 0.3, 0.4, 0.7],
    [1, 1, 2, 3, 3, 3, 7, 9, 10],
    [-5, 12, 3.5, 8, 0, 1e10, 2],
    [Fraction(1, 3), Fraction(2, 7), Fraction(5, 4)],
]
for d in data_sets:
    print(d)
    print('  mean', repr(st.mean(d)), 'fmean', repr(st.fmean(d)))
    print('  median', repr(st.median(d)), repr(st.median_low(d)), repr(st.median_high(d)))
    print('  mode', repr(st.mode(d)), 'multimode', st.multimode(d))
    print('  pvariance', repr(st.pvariance(d)), 'variance', repr(st.variance(d)))
    print('  pstdev', repr(st.pstdev(d)), 'stdev', repr(st.stdev(d)))
    print('  quantiles', st.quantiles(d), st.quantiles(d, n=10, method='inclusive'))

print(repr(st.harmonic_mean([40, 60])), repr(st.harmonic_mean([2.5, 3, 10])), repr(st.harmonic_mean([1, 0, 3])))
print(repr(st.harmonic_mean([40, 60], weights=[5, 30])))
print(repr(st.geometric_mean([54, 24, 36])), repr(st.geometric_mean([1.5, 2.5, 9.25])))
print(repr(st.median_grouped([52, 52, 53, 54])), repr(st.median_grouped([1, 3, 3, 5, 7], interval=2)))
print(repr(st.mean(range(1, 101))), repr(st.mean([True, False, True])))
print(repr(st.mode('aabbbcc')), st.multimode('aabbbccddd'), st.multimode([]))
print(repr(st.fmean([1, 2, 3], weights=[3, 2, 1])))
print(repr(st.variance([1, 2, 3, 4], xbar=2.5)), repr(st.pvariance([1.5, 2.5], mu=2.0)))
print(repr(st.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])), repr(st.covariance([1, 2, 3, 4], [1, 3, 2, 4])))
print(st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11]))

def err(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        print(type(e).__name__, '|', e)

err(st.mean, [])
err(st.fmean, [])
err(st.median, [])
err(st.mode, [])
err(st.variance, [1])
err(st.stdev, [])
err(st.pvariance, [])
err(st.quantiles, [1], n=4)
err(st.quantiles, [1, 2], n=0)
err(st.harmonic_mean, [1, -2])
err(st.geometric_mean, [1, 0])
err(st.harmonic_mean, [])
print(issubclass(st.StatisticsError, ValueError))
