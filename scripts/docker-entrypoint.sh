#!/bin/sh
# The Docker image's commands: `serve` (default), `migrate` (run once per deploy, before the new
# version starts) and `bootstrap-admin` (first admin from BOOTSTRAP_ADMIN_EMAIL/_PASSWORD; the
# server also does it at start-up). Anything else runs as given.
set -e
case "${1:-serve}" in
  serve) exec node --import ./lib/http/incoming-request.mjs server.js ;;
  migrate) exec node --import tsx scripts/db.ts migrate ;;
  bootstrap-admin) exec node --import tsx scripts/bootstrap-admin.ts ;;
  doctor) exec node --import tsx scripts/doctor.ts ;;
  *) exec "$@" ;;
esac
