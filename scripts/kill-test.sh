#!/bin/sh
# The long crash-safety run behind the README's figures: SIGKILLs the real
# binary at random moments while notes are typed, and checks after every
# kill that each session file loads and nothing confirmed is lost.
# Usage: scripts/kill-test.sh [KILLS] [SEED]   (default 300 kills, seed 7)
set -eu
SPANNING_KILLS="${1:-300}" SPANNING_KILL_SEED="${2:-7}" \
    cargo test --test e2e -- random_kills --nocapture
