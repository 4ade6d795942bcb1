#!/usr/bin/env python3
"""Pools LedgerSummaryBenchmark results from one or more JMH JSON files (-rf json): for each
benchmark and strata, every measured iteration of every fork; prints the mean, median and range,
and the ratios issue 19's targets read (one thread / floor; one thread / two threads; the
floor's own speed-up) with bootstrap 95% intervals (4,000 resamples of forks, then of iterations
within each; seeded, so the same files give the same intervals). When several files each hold
both variants of a ratio (rounds of one fork per variant, run one after another so that the
variants interleave in time), it also prints the ratio within each file and their mean with a
bootstrap 95% interval over files: a paired figure, which drift of the host's speed between
rounds does not widen (the interval from three files on).

    python3 benchmarks/pool.py run1.json [run2.json ...]
"""
import json, sys, random, statistics as st
data = {}
per_file = []
for f in sys.argv[1:]:
    means = {}
    for r in json.load(open(f)):
        name = r['benchmark'].rsplit('.', 1)[1]
        key = (name, r['params'].get('strata'))
        for fork in r['primaryMetric']['rawData']:
            data.setdefault(key, []).append(fork)
        means[key] = st.mean(x for fork in r['primaryMetric']['rawData'] for x in fork)
    per_file.append(means)
strata = sorted({k[1] for k in data}, key=lambda s: int(s))
random.seed(1)
def boot(num, den, n=4000):
    # resample forks, then iterations within forks
    out = []
    for _ in range(n):
        a = [x for f in random.choices(num, k=len(num)) for x in random.choices(f, k=len(f))]
        b = [x for f in random.choices(den, k=len(den)) for x in random.choices(f, k=len(f))]
        out.append(st.mean(a) / st.mean(b))
    out.sort()
    return out[int(n * .025)], out[int(n * .975)]
for s in strata:
    print(f"strata={s}")
    for (name, ss), forks in sorted(data.items()):
        if ss != s: continue
        flat = [x for f in forks for x in f]
        print(f"  {name:20s} forks={len(forks)} n={len(flat)} mean={st.mean(flat):8.1f} median={st.median(flat):8.1f} min={min(flat):8.1f} max={max(flat):8.1f}")
    def g(n): return data.get((n, s))
    for label, num, den in [("one thread / floor", "summaryOneThread", "floorFlatArrays"),
                            ("speed-up (one / two threads)", "summaryOneThread", "summaryTwoThreads"),
                            ("speed-up (one / two halves)", "summaryOneThread", "summaryTwoHalves"),
                            ("floor's speed-up", "floorFlatArrays", "floorTwoThreads")]:
        if g(num) and g(den):
            m = st.mean([x for f in g(num) for x in f]) / st.mean([x for f in g(den) for x in f])
            lo, hi = boot(g(num), g(den))
            print(f"  {label:30s} {m:.2f}  (95% CI {lo:.2f} to {hi:.2f})")
            paired = [f[(num, s)] / f[(den, s)] for f in per_file if (num, s) in f and (den, s) in f]
            if len(paired) > 1:
                line = (f"  {'':30s} within each file: {' '.join(f'{x:.2f}' for x in paired)};"
                        f" mean {st.mean(paired):.2f}")
                if len(paired) >= 3:
                    resampled = sorted(st.mean(random.choices(paired, k=len(paired)))
                                       for _ in range(4000))
                    line += f" (95% CI {resampled[100]:.2f} to {resampled[3899]:.2f})"
                print(line)
