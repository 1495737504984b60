#!/usr/bin/env bash
# Builds every fuzz target and runs each for the same time (default 300 s), one after the
# other, each with its own corpus under corpus/TARGET; stops at the first crash, timeout or
# out-of-memory (the input is saved under artifacts/TARGET). Full logs go to logs/TARGET.log.
# Usage: fuzz/run-all.sh [SECONDS_PER_TARGET]
# Needs cargo-fuzz (`cargo install cargo-fuzz`); RUSTC_BOOTSTRAP lets it use the stable
# toolchain's fuzzing flags. No sanitizer (`-s none`): the core is safe Rust, so AddressSanitizer
# finds nothing the Rust checks do not, and it makes every run several times slower. Debug
# assertions (overflow checks) stay on.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-300}"
export RUSTC_BOOTSTRAP=1
cargo fuzz build -s none
mkdir -p logs
for target in parse load design commands import workbook; do
    mkdir -p "corpus/$target"
    if [ "$target" = parse ] || [ "$target" = load ]; then
        cp -n ../assets/designs/*.ron "corpus/$target/" 2>/dev/null || true
    fi
    # Text targets: inputs up to 16 KiB (the sample seed is cut to that); structured ones keep
    # libFuzzer's default.
    case "$target" in parse | load | import) max_len=(-max_len=16384) ;; *) max_len=() ;; esac
    echo "== $target: ${seconds} s"
    if ! cargo fuzz run -s none "$target" "corpus/$target" -- "${max_len[@]}" \
        -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
        >"logs/$target.log" 2>&1; then
        tail -40 "logs/$target.log"
        exit 1
    fi
    grep -E "^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)" \
        "logs/$target.log" || true
    grep -E "DONE" "logs/$target.log" | tail -1 || true
done
