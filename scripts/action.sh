#!/usr/bin/env bash
# The GitHub Action's run step (action.yml), kept as a script so that it runs, and is tested, outside
# GitHub with the same inputs as environment variables: INPUT_PATHS, INPUT_TEMPLATE, INPUT_CONFIG,
# INPUT_FORMAT, INPUT_FAIL_ON_WARNINGS, INPUT_SARIF_FILE. It runs in the working directory (on
# GitHub, the workspace) and exits with guidelint's exit code.
set -uo pipefail

bin="$(dirname "$0")/../bin/guidelint.js"
guidelint() {
  node "$bin" "$@"
}

# Paths are separated by spaces or newlines. Globs must reach guidelint as written (the shell would
# expand `docs/**/*.md` one level deep only), so pathname expansion is off while splitting.
set -f
# shellcheck disable=SC2206
args=(${INPUT_PATHS:-})
set +f
[ -n "${INPUT_TEMPLATE:-}" ] && args+=(--template "$INPUT_TEMPLATE")
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
# The files and templates, for the job summary's report; check's own options follow.
selection=(${args[@]+"${args[@]}"})
case "${INPUT_FAIL_ON_WARNINGS:-false}" in
  true | True | TRUE) args+=(--max-warnings 0) ;;
  false | False | FALSE) ;;
  *)
    echo "::error title=guidelint::fail-on-warnings must be true or false, not \"$INPUT_FAIL_ON_WARNINGS\""
    exit 2
    ;;
esac

# `${args[@]+…}`: an empty array is an unset variable to `set -u` in bash 3 (macOS runners).
status=0
if [ -n "${INPUT_SARIF_FILE:-}" ]; then
  guidelint ${args[@]+"${args[@]}"} --format sarif --output "$INPUT_SARIF_FILE" || status=$?
  [ "$status" -ge 2 ] && exit "$status"
  if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "sarif-file=$INPUT_SARIF_FILE" >> "$GITHUB_OUTPUT"; fi
fi
guidelint ${args[@]+"${args[@]}"} --format "${INPUT_FORMAT:-github}" || status=$?
# On GitHub, the job summary (GITHUB_STEP_SUMMARY, appended to) gets the conformance report in Markdown.
if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then
  summary=0
  guidelint report ${selection[@]+"${selection[@]}"} --format markdown >> "$GITHUB_STEP_SUMMARY" || summary=$?
  [ "$summary" -ge 2 ] && [ "$status" -lt 2 ] && status=$summary
fi
exit "$status"
