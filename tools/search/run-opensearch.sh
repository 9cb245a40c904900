#!/usr/bin/env bash
# Runs a single OpenSearch node (the same in-process node the search tests use: org.opensearch:opensearch 2.19 with
# transport-netty4-client and analysis-common, from Maven Central) on 127.0.0.1, in the foreground, until stopped.
# For trying the search in a Moqui runtime without installing a cluster:
#   tools/search/run-opensearch.sh 19200 &    then start Moqui with elasticsearch_url=http://127.0.0.1:19200
# Usage: tools/search/run-opensearch.sh [httpPort (default 9200)]   (JAVA_OPTS, default -Xmx512m)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT="${1:-9200}"
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/search-node.cp >&2
exec java ${JAVA_OPTS:--Xmx512m} -cp "target/test-classes:target/classes:$(cat target/search-node.cp)" \
    hpf.compliance.search.EmbeddedOpenSearch "$PORT"
