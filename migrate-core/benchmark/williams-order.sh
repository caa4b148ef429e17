# Sourced by the benchmark scripts: the order of round ROUND (from 1) of K variants in a Williams square.
# Over K rounds (2K for an odd K) each variant runs once in each place of a round and right after each
# other variant once, so neither a variant's place nor the one before it favours it.
#   williams_order K ROUND    prints the variants' indexes (0 to K-1) in the order they run
williams_order() {
    local k=$1 round=$2 i place
    # the first row is 0 1 K-1 2 K-2 ...; round r adds r - 1 to each place (mod K), and for an odd K the
    # rounds from K on run the rows backwards
    local first_row=(0)
    for (( i = 1; i < k; i++ )); do
        if (( i % 2 )); then first_row+=($(( (i + 1) / 2 ))); else first_row+=($(( k - i / 2 ))); fi
    done
    for (( i = 0; i < k; i++ )); do
        place=$i
        if (( k % 2 && (round - 1) / k % 2 )); then place=$(( k - 1 - i )); fi
        printf '%d ' $(( (first_row[place] + round - 1) % k ))
    done
    echo
}

# How many rounds balance K variants: K, or 2K for an odd K.
williams_rounds() {
    echo $(( $1 % 2 ? 2 * $1 : $1 ))
}
