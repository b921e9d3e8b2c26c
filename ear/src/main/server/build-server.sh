#!/usr/bin/env bash
# Builds the Confidant server: a pristine WildFly from the wildfly-dist tarball, the PostgreSQL driver module, and
# configure-server.cli applied offline. Reproducible (same inputs, same server) and skipped when nothing changed.
#   build-server.sh <wildfly-dist.tar.gz> <postgresql.jar> <output dir>
set -euo pipefail

dist=$1 driver=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
stamp_file="$out/.confidant-build"
stamp=$(printf '%s %s %s' "$(basename "$dist")" "$(sha256sum "$driver" | cut -c1-64)" \
  "$(cat "$here/configure-server.cli" "$here/build-server.sh" | sha256sum | cut -c1-64)")

if [[ -f "$stamp_file" && "$(cat "$stamp_file")" == "$stamp" ]]; then
  echo "[server] up to date: $out"
  exit 0
fi

echo "[server] unpacking $(basename "$dist")"
rm -rf "$out" "$out.tmp"
mkdir -p "$out.tmp"
# tar, not maven-dependency-plugin:unpack: the plexus archiver drops files with PAX long names (see STACK.md).
tar -xzf "$dist" -C "$out.tmp" --strip-components=1

echo "[server] installing the PostgreSQL JDBC driver module"
module_dir="$out.tmp/modules/org/postgresql/main"
mkdir -p "$module_dir"
cp "$driver" "$module_dir/"
cat > "$module_dir/module.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<module xmlns="urn:jboss:module:1.9" name="org.postgresql">
  <resources>
    <resource-root path="$(basename "$driver")"/>
  </resources>
  <dependencies>
    <module name="java.logging"/>
    <module name="java.management"/>
    <module name="java.naming"/>
    <module name="java.security.jgss"/>
    <module name="java.sql"/>
    <module name="java.xml"/>
    <module name="jakarta.transaction.api"/>
  </dependencies>
</module>
XML

echo "[server] applying configure-server.cli"
# The embedded server opens the credential store while configuring: give it a throwaway one, deleted below.
scratch="$out.tmp/standalone/tmp"
"$out.tmp/bin/elytron-tool.sh" credential-store --create --location="$scratch/confidant-keys.cs" \
  --type PropertiesCredentialStore --generate-secret-key key > /dev/null
CONFIDANT_SECRETS_DIR="$scratch" JBOSS_HOME="$out.tmp" \
  "$out.tmp/bin/jboss-cli.sh" --file="$here/configure-server.cli" > "$out.tmp/configure-server.log" 2>&1 || {
  echo "[server] configure-server.cli failed; its output:" >&2
  cat "$out.tmp/configure-server.log" >&2
  exit 1
}
rm -rf "$out.tmp/standalone/configuration/standalone_xml_history" "$out.tmp/standalone/data" "$out.tmp/standalone/log" "$out.tmp/standalone/tmp"/*
mv "$out.tmp" "$out"
echo "$stamp" > "$stamp_file"
echo "[server] built: $out"
