# Sourced by the benchmark scripts: how far what a variant adds over a baseline can be trusted, when
# single starts on this machine differ by a second or more.
#   bootstrap_added [RESAMPLES]   reads one line per round, "variant baseline" (the two values of that
#                                 round), and prints four numbers: the 95% percentile interval of the
#                                 difference of the medians (low, high), then that of the median of the
#                                 per-round differences (low, high); with no rounds, it says so and fails
# Rounds are drawn with replacement, each with both of its values (so a slow round stays slow for
# both), RESAMPLES times (default 2000), from a fixed seed: the same results give the same interval.
bootstrap_added() {
    local resamples=${1:-2000}
    awk -v resamples="$resamples" '
        function sort(a, n,   i, j, t) {
            for (i = 2; i <= n; i++) {
                t = a[i]
                for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]
                a[j + 1] = t
            }
        }
        function median(a, n) {
            sort(a, n)
            return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
        }
        { variant[NR] = $1; baseline[NR] = $2 }
        END {
            n = NR
            if (n == 0) { print "bootstrap_added: no rounds to resample" > "/dev/stderr"; exit 1 }
            srand(1)
            for (k = 1; k <= resamples; k++) {
                for (i = 1; i <= n; i++) {
                    r = int(rand() * n) + 1
                    v[i] = variant[r]; b[i] = baseline[r]; d[i] = variant[r] - baseline[r]
                }
                byMedians[k] = median(v, n) - median(b, n)
                byRounds[k] = median(d, n)
            }
            sort(byMedians, resamples)
            sort(byRounds, resamples)
            low = int(resamples * 0.025) + 1
            high = int(resamples * 0.975)
            printf "%d %d %d %d\n", byMedians[low], byMedians[high], byRounds[low], byRounds[high]
        }'
}
