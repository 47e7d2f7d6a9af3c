#!/usr/bin/env bash
# Launch the app on the default library (set-up included). Extra arguments go to the app
# (files to import, --db PATH).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$ROOT/scripts/bootstrap.sh"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run-app: no display here; starting the app on a virtual screen (xvfb-run)" >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$ROOT/.venv/bin/python" "$ROOT/main.py" "$@"
fi
exec "$ROOT/.venv/bin/python" "$ROOT/main.py" "$@"
