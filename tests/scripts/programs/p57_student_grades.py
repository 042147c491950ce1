from statistics import mean, median, stdev, mode
scores = {"ann": [90, 85, 77], "bob": [60, 75, 70], "cy": [88, 92, 95], "di": [70, 70, 71]}
for name, s in scores.items():
    print(f"{name:<4} mean={mean(s):6.2f} median={median(s)} stdev={stdev(s):.3f}")
allv = [x for s in scores.values() for x in s]
print(mean(allv), median(allv), mode([1, 2, 2, 3]))
