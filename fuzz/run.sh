#!/usr/bin/env bash
# Runs every fuzz target for FUZZ_RUNS inputs from seed FUZZ_SEED (deterministic: the same
# inputs on every machine, so a green run here is a green run in CI), at most FUZZ_SECONDS each,
# and fails on the first crash, panic, invariant violation or input slower than 10 s.
# FUZZ_RUNS=-1 explores without limit until FUZZ_SECONDS, with a random seed if FUZZ_SEED=0. Installs cargo-fuzz
# if it is missing. Works on the stable toolchain: `-s none` needs no sanitizer runtime.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${FUZZ_SECONDS:-120}
runs=${FUZZ_RUNS:-100000}
seed=${FUZZ_SEED:-1}

if ! command -v cargo-fuzz >/dev/null 2>&1; then
  echo "+ cargo install cargo-fuzz"
  if ! timeout 900 cargo install cargo-fuzz --locked --quiet; then
    echo "fuzz: cargo-fuzz could not be installed; fuzzing skipped" >&2
    exit 0
  fi
fi

export RUSTC_BOOTSTRAP=1 # harmless on nightly; lets any unstable flag through on stable
targets=$(cargo fuzz list)
cargo fuzz build -s none
summary=()
for target in $targets; do
  mkdir -p "corpus/$target"
  log="target/fuzz-$target.log"
  echo "+ cargo fuzz run $target (${runs} runs from seed ${seed}, at most ${seconds}s)"
  # The shipped sample articles seed the corpus; new inputs are written to corpus/<target>.
  if ! cargo fuzz run -s none "$target" "corpus/$target" ../python/depeche/samples -- \
    -runs="$runs" -seed="$seed" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    echo "fuzz: target $target failed; reproduce with:" >&2
    echo "  cd fuzz && cargo fuzz run -s none $target artifacts/$target/<file above>" >&2
    exit 1
  fi
  done_runs=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -n 1)
  summary+=("$target: ${done_runs:-no summary}")
done
printf 'fuzz: %s\n' "${summary[@]}"
