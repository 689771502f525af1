#!/bin/sh
# Writes the password file from FUSEKI_PASSWORD (never baked into the image), then starts Fuseki.
set -eu
: "${FUSEKI_PASSWORD:?set FUSEKI_PASSWORD}"
umask 077
printf 'untoc: %s\n' "$FUSEKI_PASSWORD" > /fuseki/passwd
exec java -jar /opt/fuseki/jena-fuseki-server.jar --config=/opt/fuseki/fuseki-config.ttl \
    --passwd=/fuseki/passwd --auth=basic --port=3030
