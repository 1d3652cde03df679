#!/usr/bin/env bash
# Issue 17's table, as ratios against floors measured in the same run: runs
# the `scale` criterion bench (unless --print) and prints, for each row,
# the figure, its floor from the same bench group, the ratio and the goal.
# Ratios stay meaningful on a busy machine; the milliseconds do not.
#
#   scripts/floor.sh                 # 10,000 sessions (folder written once
#                                    # into target/bench-folders, ~620 MB)
#   scripts/floor.sh 1000 10000      # several folder sizes: how it grows
#   scripts/floor.sh --print 10000   # only print the last results
#
# Needs: cargo, and criterion's results in target/criterion.
set -euo pipefail

cd "$(dirname "$0")/.."

run=1
if [ "${1:-}" = "--print" ]; then
    run=0
    shift
fi
sizes=("$@")
if [ ${#sizes[@]} -eq 0 ]; then
    sizes=(10000)
fi

if [ "$run" = 1 ]; then
    first=1
    for n in "${sizes[@]}"; do
        if [ "$first" = 1 ]; then
            # The replay rows do not depend on the folder: measured once.
            SPANNING_BENCH_SESSIONS=$n cargo bench --bench scale
            first=0
        else
            SPANNING_BENCH_SESSIONS=$n cargo bench --bench scale -- _"$n"/
        fi
    done
fi

# Median of a criterion result in milliseconds.
ms() {
    local file="target/criterion/$1/$2/new/estimates.json"
    if [ ! -f "$file" ]; then
        echo "-"
        return
    fi
    sed -E 's/.*"median":\{"confidence_interval":\{[^}]*\},"point_estimate":([0-9.eE+-]+).*/\1/' "$file" |
        awk '{ printf "%.2f", $1 / 1000000 }'
}

ratio() {
    if [ "$1" = "-" ] || [ "$2" = "-" ]; then
        echo "-"
    else
        awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "-" }'
    fi
}

row() { # what, figure, floor name, floor, goal
    printf '| %s | %s ms | %s %s ms | %s | %s |\n' "$1" "$2" "$3" "$4" "$(ratio "$2" "$4")" "$5"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| what | figure | floor (same group) | ratio | goal |"
echo "|---|---|---|---|---|"
g=replay_49000
cursor=$(ms $g floor_cursor_step)
frame=$(ms $g floor_frame)
floor=$(awk -v a="$cursor" -v b="$frame" 'BEGIN { if (a == "-" || b == "-") print "-"; else printf "%.2f", a + b }')
for k in step_start step_middle step_end home_or_end; do
    row "replay 49,000 entries, 160x48: $k" "$(ms $g $k)" "cursor step + frame" "$floor" "< 3 ms"
done
row "replay 49,000 entries: open to first frame" "$(ms $g open)" "cursor alone" "$(ms $g floor_cursor_open)" "< 300 ms"
for n in "${sizes[@]}"; do
    row "list, $n sessions, CPU" "$(ms list_cpu_$n list)" "IgnoredAny scan" "$(ms list_cpu_$n floor_ignored_any_scan)" "<= 2x; wall < 1 s"
    row "list's reading alone (entries built, none checked), $n sessions, CPU" "$(ms list_cpu_$n part_entries_read)" "IgnoredAny scan" "$(ms list_cpu_$n floor_ignored_any_scan)" "(part of list)"
    row "list, $n sessions, wall" "$(ms list_wall_$n list)" "IgnoredAny scan" "$(ms list_wall_$n floor_ignored_any_scan)" "< 1,000 ms"
    v=$(ms first_frame_$n floor_version)
    for k in new review replay; do
        row "first frame, $n sessions: $k" "$(ms first_frame_$n $k)" "--version" "$v" "<= 3x"
    done
    f=$(ms review_search_$n floor_frame)
    for k in first_key next_key word_key_4 word_key_5 long_word_key paste_common_12 paste_dutch_12 backspace; do
        row "review search, $n sessions: $k + frame" "$(ms review_search_$n $k)" "frame" "$f" "< 3 ms; Backspace ~ frame"
    done
    row "review reads every file, $n sessions" "$(ms review_read_$n review_reads_all)" "list" "$(ms review_read_$n floor_list)" "<= 1.5x"
done
