#!/usr/bin/env bash
# What each variant adds over the application without a tool, over the rounds of several Boot benchmark
# runs taken together: one run of 12 to 18 rounds on a noisy machine gives an interval hundreds of
# milliseconds wide. Each start is paired only with the start without a tool of the same round of the
# same run, so runs from faster and slower phases of the machine can be pooled (read them by the
# median of the per-round differences; the difference of the medians mixes the phases).
#
#   migrate-spring-boot-autoconfigure/benchmark-pooled.sh RESULTS...
#
# RESULTS: results.txt files that benchmark.sh keeps (migrate-spring-boot-autoconfigure/target/boot-benchmark/),
# or its printed output, or the shared harness's bench/boot results.txt (its target/results/), in any mix.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 RESULTS..." >&2; exit 2; }
here=$(dirname "$0")/../migrate-core/benchmark
source "$here/bootstrap-interval.sh"
source "$here/boot-results.sh"
echo "$# runs; medians in ms"
boot_summary none "$@"
echo "(in brackets: 95% intervals, from resampling the rounds)"
