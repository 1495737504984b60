#!/usr/bin/env bash
# Builds every fuzz target and runs each for the same time (default 300 s), one after the
# other, each with its own corpus under corpus/TARGET; stops at the first crash, timeout or
# out-of-memory (the input is saved under artifacts/TARGET). Full logs go to logs/TARGET.log.
# Usage: fuzz/run-all.sh [SECONDS_PER_TARGET]
# Needs cargo-fuzz (`cargo install cargo-fuzz`); RUSTC_BOOTSTRAP lets it use the stable
# toolchain's sanitizer flags.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-300}"
export RUSTC_BOOTSTRAP=1
cargo fuzz build
mkdir -p logs
for target in parse load design commands; do
    mkdir -p "corpus/$target"
    if [ "$target" = parse ] || [ "$target" = load ]; then
        cp -n ../assets/designs/*.ron "corpus/$target/" 2>/dev/null || true
    fi
    echo "== $target: ${seconds} s"
    if ! cargo fuzz run "$target" "corpus/$target" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        >"logs/$target.log" 2>&1; then
        tail -40 "logs/$target.log"
        exit 1
    fi
    grep -E "^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)|cov: [0-9]+" \
        "logs/$target.log" | grep -E "^stat::|DONE" || true
    grep -E "DONE" "logs/$target.log" | tail -1 || true
done
