#!/usr/bin/env bash
# Reproducible whole-program figures for the Performance section of the
# README: things criterion cannot measure because they are about a real
# process on a real folder (start-up, listing vs reading the bytes, peak
# memory). Fixed seeds, so every run measures the same files; bounded to
# a few minutes on a 2-core machine.
#
#   scripts/bench.sh              # process figures only (about 1 minute)
#   scripts/bench.sh --criterion  # also the criterion benches (a few more)
#   BENCH_RT=1 scripts/bench.sh   # list and cat at real-time priority
#                                 # (chrt -f 10, needs root), so that other
#                                 # work on a shared machine waits
#
# Needs: cargo, script (util-linux, for a pseudo terminal), GNU time at
# /usr/bin/time (for peak memory; skipped if missing).
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-11}

cargo build --release --quiet
BIN=$PWD/target/release/spanning

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Median wall time in milliseconds (two decimals) of running "$@" RUNS times.
median_ms() {
    local times=()
    for _ in $(seq "$RUNS"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        times+=($((end - start)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v n="$RUNS" \
        'NR == int((n + 1) / 2) { printf "%.2f", $1 / 1000000 }'
}

# Runs a full-screen command in a pseudo terminal of 160x48; with
# SPANNING_EXIT_AFTER_FIRST_FRAME it returns right after the first frame.
in_pty() {
    script -qec "stty cols 160 rows 48; SPANNING_EXIT_AFTER_FIRST_FRAME=1 $*" /dev/null
}

cat_all() { cat "$1"/*.json >/dev/null; }

# Median of numbers (one a line), in milliseconds with two decimals when
# they are nanoseconds, as they are.
median_of() {
    sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", v[int((NR + 1) / 2)] / 1000000 }'
}

# `spanning list` and `cat` of the same folder, RUNS times each, taken in
# turns so that both meet the same moments of the machine's other work;
# prints the two medians, the ratio of the medians, and the lowest and
# highest ratio within a pair.
list_and_cat() {
    local lists=() cats=() a b c rt=()
    if [ -n "${BENCH_RT:-}" ]; then
        rt=(chrt -f 10)
    fi
    for _ in $(seq "$RUNS"); do
        a=$(date +%s%N)
        "${rt[@]}" "$BIN" list --sessions-dir "$1" >/dev/null 2>&1 || true
        b=$(date +%s%N)
        "${rt[@]}" cat "$1"/*.json >/dev/null
        c=$(date +%s%N)
        lists+=($((b - a)))
        cats+=($((c - b)))
    done
    local list catt pairs
    list=$(printf '%s\n' "${lists[@]}" | median_of)
    catt=$(printf '%s\n' "${cats[@]}" | median_of)
    pairs=$(for i in "${!lists[@]}"; do echo "${lists[$i]} ${cats[$i]}"; done |
        awk '{ r = $1 / $2; if (NR == 1 || r < lo) lo = r; if (NR == 1 || r > hi) hi = r }
             END { printf "%.1fx-%.1fx", lo, hi }')
    echo "  spanning list            $list ms"
    echo "  cat the same files       $catt ms   (list / cat = $(awk -v a="$list" -v b="$catt" 'BEGIN { printf "%.1f", a / b }')x; single pairs $pairs)"
}

echo "machine: $(nproc) cores, $(uname -sr)"
echo "runs per figure: $RUNS (median reported)"
echo

for count in 100 1000; do
    dir=$WORK/s$count
    "$BIN" generate --count "$count" --min-events 250 --max-events 350 \
        --seed 1 --sessions-dir "$dir" >/dev/null
    # Warm the page cache: both sides read from memory.
    cat_all "$dir"
    "$BIN" list --sessions-dir "$dir" >/dev/null
    bytes=$(du -sb "$dir" | cut -f1)
    echo "folder of $count sessions ($((bytes / 1000000)) MB), load average $(cut -d' ' -f1 /proc/loadavg):"
    list_and_cat "$dir"
done
echo

dir=$WORK/s1000
pty=$(median_ms in_pty true)
echo "first frame at 160x48, 1,000-session folder (pty start-up of $pty ms included):"
echo "  spanning new             $(median_ms in_pty "$BIN" --sessions-dir "$dir" new) ms"
echo "  spanning review          $(median_ms in_pty "$BIN" --sessions-dir "$dir" review) ms"
echo "  spanning (home screen)   $(median_ms in_pty "$BIN" --sessions-dir "$dir") ms"

big=$WORK/big
"$BIN" generate --count 1 --min-events 10000 --max-events 10000 \
    --seed 5 --sessions-dir "$big" >/dev/null
file=$(ls "$big"/*.json)
echo "  spanning replay (10,000 events) $(median_ms in_pty "$BIN" replay "$file") ms"
echo

cargo build --release --quiet --example replay_memory
echo "replay at 160x48 seeking through a 10,000-event session (frames every"
echo "7 events, then 200 far jumps both ways): $(target/release/examples/replay_memory "$file")"

if [ -x /usr/bin/time ]; then
    in_pty /usr/bin/time -f %M -o "$WORK/rss" "$BIN" replay "$file" >/dev/null 2>&1 || true
    echo "peak RSS, spanning replay (10,000 events) to its first frame: $(( $(cat "$WORK/rss") / 1024 )) MB"
    in_pty /usr/bin/time -f %M -o "$WORK/rss" "$BIN" list --sessions-dir "$dir" >/dev/null 2>&1 || true
    echo "peak RSS, list of 1,000 sessions:           $(( $(cat "$WORK/rss") / 1024 )) MB"
fi

if [ "${1:-}" = "--criterion" ]; then
    echo
    cargo bench --bench engine --bench store --bench render --bench review --bench folder
fi
