# Sourced by the Boot benchmark scripts (with bootstrap-interval.sh): the starts that one or more runs
# recorded, and what each variant adds over a baseline. Runs of the same workload can be pooled: a start
# is only ever paired with the baseline's start of the same round of the same run.
#   boot_starts FILE...       prints one line per start, "RUN:ROUND VARIANT READY_MS CPU_MS", from the
#                             project's results (lines "ROUND VARIANT ready_ms=... cpu_ms=...", as its
#                             benchmark prints them) or the shared harness's bench/boot results.txt
#                             (lines "variant=VARIANT ... ready_ms=... cpu_ms=... rep=ROUND"); any other
#                             line is skipped, so a benchmark's whole output can be given
#   boot_summary BASELINE FILE...
#                             per variant, in the order they first appear: its starts, the medians of
#                             ready_ms and cpu_ms, and, but for BASELINE, what it adds to ready_ms over
#                             the rounds where both started: the difference of the medians and the median
#                             of the per-round differences, each with a 95% interval (bootstrap_added)
boot_starts() {
    awk '
        FNR == 1 { run++ }
        {
            variant = ""; round = ""; ready = ""; cpu = "-"
            if ($1 ~ /^[0-9]+$/ && $3 ~ /^ready_ms=/) { round = $1; variant = $2 }
            for (i = 1; i <= NF; i++) {
                eq = index($i, "=")
                if (eq == 0) continue
                key = substr($i, 1, eq - 1); value = substr($i, eq + 1)
                if (key == "variant") variant = value
                else if (key == "rep") round = value
                else if (key == "ready_ms") ready = value
                else if (key == "cpu_ms") cpu = value
            }
            if (variant != "" && round ~ /^[0-9]+$/ && ready ~ /^[0-9]+$/) print run ":" round, variant, ready, cpu
        }' "$@"
}

boot_summary() {
    local baseline=$1 starts variant rounds low high round_low round_high by_medians by_rounds line
    shift
    starts=$(boot_starts "$@")
    if [ -z "$(boot_values "$baseline" 3 <<<"$starts")" ]; then
        echo "boot_summary: no start of $baseline in $*" >&2
        return 1
    fi
    for variant in $(awk '!seen[$2]++ {print $2}' <<<"$starts"); do
        line=$(printf '%-8s %3d starts  ready %7s  cpu %7s' "$variant" "$(boot_values "$variant" 3 <<<"$starts" | wc -l)" \
            "$(boot_values "$variant" 3 <<<"$starts" | boot_median)" "$(boot_values "$variant" 4 <<<"$starts" | boot_median)")
        if [ "$variant" != "$baseline" ]; then
            rounds=$(boot_paired "$variant" "$baseline" <<<"$starts")
            read -r low high round_low round_high < <(bootstrap_added <<<"$rounds") || return 1
            by_medians=$(( $(cut -d' ' -f1 <<<"$rounds" | boot_median | cut -d. -f1) \
                - $(cut -d' ' -f2 <<<"$rounds" | boot_median | cut -d. -f1) ))
            by_rounds=$(awk '{print $1 - $2}' <<<"$rounds" | boot_median | cut -d. -f1)
            line+=$(printf '  added over %s in %d rounds: %+d [%+d, %+d] (medians), %+d [%+d, %+d] (median of the rounds)' \
                "$baseline" "$(wc -l <<<"$rounds")" "$by_medians" "$low" "$high" "$by_rounds" "$round_low" "$round_high")
        fi
        echo "$line"
    done
}

# Field FIELD (3: ready_ms, 4: cpu_ms) of each start of VARIANT in boot_starts' lines, where it was recorded.
boot_values() {
    awk -v v="$1" -v f="$2" '$2 == v && $f != "-" {print $f}'
}

# One line per round in which both started, "VARIANT_READY BASELINE_READY", from boot_starts' lines.
boot_paired() {
    awk -v v="$1" -v b="$2" '
        $2 == v { variant[$1] = $3 }
        $2 == b { baseline[$1] = $3 }
        ($2 == v || $2 == b) && !($1 in seen) { seen[$1] = 1; order[++n] = $1 }
        END { for (i = 1; i <= n; i++) if ((order[i] in variant) && (order[i] in baseline)) print variant[order[i]], baseline[order[i]] }'
}

# The median of the numbers on standard input, one a line; nothing for none.
boot_median() {
    sort -n | awk '{a[NR] = $1} END {if (NR) print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}
