#!/usr/bin/env bash
# Runs Confidant's Kamailio in the foreground (logs on stderr): start.sh <runtime dir>
# Settings (environment): CONFIDANT_SIP_ADDR (127.0.0.1), CONFIDANT_SIP_PORT (5070, UDP and TCP),
# CONFIDANT_SIP_RPC_PORT (5071, JSON-RPC over HTTP, loopback), CONFIDANT_SIP_EVAPI (127.0.0.1:5072, Confidant's link).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
run_dir=${1:?usage: start.sh <runtime dir>}
mkdir -p "$run_dir"
cp "$here/kamailio.cfg" "$here/services.cfg" "$run_dir/"
user_args=()
# Kamailio drops root: it runs as the kamailio system user (the Debian package creates it) when started as root.
if ((EUID == 0)) && id kamailio > /dev/null 2>&1; then
  chown -R kamailio: "$run_dir"
  user_args=(-u kamailio -g kamailio)
fi
exec /usr/sbin/kamailio -f "$run_dir/kamailio.cfg" -DD -E -Y "$run_dir" -P "$run_dir/kamailio.pid" "${user_args[@]}" \
  -A "SIP_ADDR=\"${CONFIDANT_SIP_ADDR:-127.0.0.1}\"" -A "SIP_PORT=${CONFIDANT_SIP_PORT:-5070}" \
  -A "RPC_PORT=${CONFIDANT_SIP_RPC_PORT:-5071}" -A "EVAPI_ADDR=\"${CONFIDANT_SIP_EVAPI:-127.0.0.1:5072}\""
