#!/usr/bin/env bash
# The GitHub Action's run step (action.yml), kept as a script so it can be run and tested outside
# GitHub with the same inputs as environment variables: INPUT_PATHS, INPUT_CONFIG, INPUT_FORMAT,
# INPUT_FAIL_ON_WARNINGS, INPUT_SARIF_FILE. Exits with guidelint's exit code.
set -uo pipefail

guidelint=(node "$(dirname "$0")/../bin/guidelint.js")
args=()
# shellcheck disable=SC2206 # paths are space-separated by design
[ -n "${INPUT_PATHS:-}" ] && args+=(${INPUT_PATHS})
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
[ "${INPUT_FAIL_ON_WARNINGS:-false}" = "true" ] && args+=(--max-warnings 0)

status=0
if [ -n "${INPUT_SARIF_FILE:-}" ]; then
  "${guidelint[@]}" "${args[@]}" --format sarif --output "$INPUT_SARIF_FILE" || status=$?
  [ "$status" -ge 2 ] && exit "$status"
  [ -n "${GITHUB_OUTPUT:-}" ] && echo "sarif-file=$INPUT_SARIF_FILE" >> "$GITHUB_OUTPUT"
fi
"${guidelint[@]}" "${args[@]}" --format "${INPUT_FORMAT:-github}" || status=$?
exit "$status"
