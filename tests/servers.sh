#!/usr/bin/env bash
# Start or stop the local MongoDB- and Elasticsearch-compatible servers the
# tests and the quickstart use when no URL names a real one:
#   SecantusDB (MongoDB wire protocol, a one-node replica set) on 27017 and
#   osmem-server (OpenSearch 3.x REST API) on 9200, both in memory.
# They come from PyPI into target/servers/venv. A port that already answers
# is left alone. `stop [secantus|osmem]` kills by PID only what `start`
# started (both when no name is given).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=target/servers
venv=$dir/venv

open_port() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_port() {
    for _ in $(seq 1 60); do
        open_port "$1" && return 0
        sleep 0.5
    done
    echo "servers: nothing answers on 127.0.0.1:$1; see $dir/$2.log" >&2
    return 1
}

case "${1:-}" in
start)
    mkdir -p "$dir"
    if ! "$venv/bin/python" -c 'import secantus, osmem_server' 2>/dev/null; then
        python3 -m venv "$venv"
        "$venv/bin/pip" install --quiet --disable-pip-version-check 'SecantusDB==0.7.0b3' 'osmem-server==0.1.6'
    fi
    if ! open_port 27017; then
        nohup "$venv/bin/secantusd-py" --host 127.0.0.1 --port 27017 --storage-path :memory: >"$dir/secantus.log" 2>&1 &
        echo $! >"$dir/secantus.pid"
    fi
    if ! open_port 9200; then
        osmem="$("$venv/bin/python" -c 'import os, osmem_server; print(os.path.dirname(osmem_server.__file__))')/bin/osmem-server"
        nohup "$osmem" -addr 127.0.0.1:9200 -no-stdin-watch -no-ja >"$dir/osmem.log" 2>&1 &
        echo $! >"$dir/osmem.pid"
    fi
    wait_port 27017 secantus
    wait_port 9200 osmem
    echo "servers: MongoDB-compatible on 127.0.0.1:27017, OpenSearch-compatible on 127.0.0.1:9200"
    ;;
stop)
    shift
    for name in ${@:-secantus osmem}; do
        if [ -f "$dir/$name.pid" ]; then
            kill "$(cat "$dir/$name.pid")" 2>/dev/null || true
            rm -f "$dir/$name.pid"
        fi
    done
    ;;
*)
    echo "usage: tests/servers.sh start|stop" >&2
    exit 2
    ;;
esac
