#!/usr/bin/env bash
# Private Docker engine for building and testing kutipan's image on a machine that
# has no Docker daemon and no image registry (only Debian's and PyPI's mirrors).
#
#   eval "$(scripts/docker-engine.sh start)"   # idempotent; prints export lines
#   docker build --network host \
#       --build-arg PIP_FIND_LINKS="$KUTIPAN_PIP_FIND_LINKS" \
#       --build-arg PIP_EXTRA_INDEX_URL= -t kutipan .
#   scripts/docker-engine.sh stop              # stop dockerd + wheel server (keeps caches)
#   scripts/docker-engine.sh purge             # stop and delete images, build cache, rootfs
#   scripts/docker-engine.sh status
#
# start:
#   1. apt-get installs docker.io and debootstrap if dockerd/debootstrap are missing;
#   2. starts a private dockerd (own data-root, exec-root and socket; no bridge, no
#      iptables: build and run with --network host) unless one already answers;
#   3. makes sure an image called python:3.11-slim exists: a Debian bookworm (Python
#      3.11) rootfs made with debootstrap, with the host's CA bundle (HTTPS to PyPI goes
#      through a proxy with its own CA), cached as a tarball so later runs only
#      `docker import` it (seconds);
#   4. serves $KUTIPAN_WHEELS_DIR (default /opt/wheels: the CPU torch wheel) on
#      127.0.0.1 for `--build-arg PIP_FIND_LINKS=...`, when that folder exists.
# All progress goes to stderr; stdout carries only the `export` lines.
#
# Needs root and Linux. Settings (environment):
#   KUTIPAN_DOCKER_STATE   daemon data-root, logs, pid files   (/var/lib/kutipan-docker)
#   KUTIPAN_DOCKER_RUN     exec-root and socket (short path)    (/run/kutipan-docker)
#   KUTIPAN_DOCKER_CACHE   cached rootfs tarball                (/var/cache/kutipan-docker)
#   KUTIPAN_DEBIAN_MIRROR  debootstrap mirror                   (http://deb.debian.org/debian)
#   KUTIPAN_WHEELS_DIR     local wheels to serve                (/opt/wheels)
#   KUTIPAN_WHEELS_PORT    their port on 127.0.0.1; keep it fixed: it is part of the
#                          PIP_FIND_LINKS build arg, so of the layer cache   (38741)
#   KUTIPAN_BASE_IMAGE     name given to the imported base      (python:3.11-slim)
set -euo pipefail

STATE=${KUTIPAN_DOCKER_STATE:-/var/lib/kutipan-docker}
RUNDIR=${KUTIPAN_DOCKER_RUN:-/run/kutipan-docker}
CACHE=${KUTIPAN_DOCKER_CACHE:-/var/cache/kutipan-docker}
MIRROR=${KUTIPAN_DEBIAN_MIRROR:-http://deb.debian.org/debian}
WHEELS=${KUTIPAN_WHEELS_DIR:-/opt/wheels}
WHEELS_PORT=${KUTIPAN_WHEELS_PORT:-38741}
BASE_IMAGE=${KUTIPAN_BASE_IMAGE:-python:3.11-slim}
SOCK=$RUNDIR/docker.sock
export DOCKER_HOST=unix://$SOCK
# Bump when the rootfs recipe below changes, so a stale cached tarball is rebuilt.
ROOTFS_VERSION=1
ROOTFS_TAR=$CACHE/bookworm-python3.11-rootfs-v$ROOTFS_VERSION.tar

log() { printf '[docker-engine] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

need_root() {
    [ "$(uname -s)" = Linux ] || die "needs Linux"
    [ "$(id -u)" -eq 0 ] || die "needs root"
}

install_tools() {
    local missing=()
    command -v dockerd >/dev/null 2>&1 || missing+=(docker.io)
    command -v debootstrap >/dev/null 2>&1 || missing+=(debootstrap)
    # The docker CLI: docker.io ships one; any docker CLI already on PATH will do.
    command -v docker >/dev/null 2>&1 || missing+=(docker.io)
    [ ${#missing[@]} -eq 0 ] && return 0
    log "installing ${missing[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    # docker.io's postinst tries to start the system service; no init here is fine.
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 || true
    command -v dockerd >/dev/null 2>&1 || die "dockerd still missing after apt-get"
    command -v debootstrap >/dev/null 2>&1 || die "debootstrap still missing after apt-get"
}

engine_up() { docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }

start_daemon() {
    if engine_up; then
        log "dockerd already answering on $SOCK"
        return 0
    fi
    mkdir -p "$STATE/data" "$RUNDIR/exec"
    log "starting dockerd (data-root $STATE/data, socket $SOCK)"
    # setsid + nohup: the daemon outlives this script; `stop` ends it via its pid file.
    setsid nohup dockerd \
        --data-root "$STATE/data" \
        --exec-root "$RUNDIR/exec" \
        --pidfile "$RUNDIR/dockerd.pid" \
        -H "unix://$SOCK" \
        --iptables=false --ip6tables=false --ip-forward=false --ip-masq=false \
        --bridge=none \
        >"$STATE/dockerd.log" 2>&1 </dev/null &
    local i
    for i in $(seq 1 120); do
        engine_up && { log "dockerd up after $((i / 4)) s"; return 0; }
        sleep 0.25
    done
    tail -n 30 "$STATE/dockerd.log" >&2 || true
    die "dockerd did not answer within 30 s (log: $STATE/dockerd.log)"
}

build_rootfs_tar() {
    local root
    mkdir -p "$CACHE"
    root=$(mktemp -d "$CACHE/rootfs.XXXXXX")
    # shellcheck disable=SC2064
    trap "rm -rf '$root'" RETURN
    log "debootstrap bookworm into $root (about 1-2 minutes)"
    debootstrap --variant=minbase \
        --include=python3,python3-venv,python3-pip,ca-certificates \
        bookworm "$root" "$MIRROR" >"$CACHE/debootstrap.log" 2>&1 \
        || { tail -n 30 "$CACHE/debootstrap.log" >&2; die "debootstrap failed"; }
    chroot "$root" apt-get clean
    rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/log/*.log \
        "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/locale/*
    # Like the official image: pip may install into the system Python, `python` exists.
    rm -f "$root"/usr/lib/python3.*/EXTERNALLY-MANAGED
    ln -sf python3 "$root/usr/bin/python"
    # The egress proxy's CA (and everything else the host trusts).
    cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
    # Resolver: the container uses the host's at run time (--network host); keep none baked.
    : >"$root/etc/resolv.conf"
    tar --numeric-owner -C "$root" -cf "$ROOTFS_TAR.part" .
    mv "$ROOTFS_TAR.part" "$ROOTFS_TAR"
    log "cached rootfs: $ROOTFS_TAR ($(du -h "$ROOTFS_TAR" | cut -f1))"
}

ensure_base_image() {
    if docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
        log "base image $BASE_IMAGE present"
        return 0
    fi
    [ -s "$ROOTFS_TAR" ] || build_rootfs_tar
    log "importing $ROOTFS_TAR as $BASE_IMAGE"
    # PIP_CERT / REQUESTS_CA_BUNDLE: pip in a venv made from this base trusts the
    # system bundle (which carries the proxy's CA) rather than certifi's.
    docker import \
        -c 'ENV LANG=C.UTF-8' \
        -c 'ENV PIP_CERT=/etc/ssl/certs/ca-certificates.crt' \
        -c 'ENV REQUESTS_CA_BUNDLE=/etc/ssl/certs/ca-certificates.crt' \
        -c 'CMD ["python3"]' \
        "$ROOTFS_TAR" "$BASE_IMAGE" >/dev/null
}

wheel_port() { cat "$RUNDIR/wheels.port" 2>/dev/null || true; }

wheels_up() {
    local port
    port=$(wheel_port)
    [ -n "$port" ] && python3 - "$port" <<'EOF' 2>/dev/null
import sys, urllib.request
urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/", timeout=2)
EOF
}

start_wheels() {
    [ -d "$WHEELS" ] || { log "no $WHEELS: builds use the Dockerfile's default torch index"; return 0; }
    if wheels_up; then
        log "wheel server already on 127.0.0.1:$(wheel_port)"
        return 0
    fi
    # A fixed port keeps the PIP_FIND_LINKS build argument, and so Docker's layer cache,
    # the same from one run to the next; a free random port only if it is taken.
    local port=$WHEELS_PORT
    if ! python3 -c 'import socket, sys; socket.socket().bind(("127.0.0.1", int(sys.argv[1])))' "$port" 2>/dev/null; then
        port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
        log "port $WHEELS_PORT taken: wheel server on $port (the dependency layer will rebuild)"
    fi
    mkdir -p "$RUNDIR" "$STATE"
    setsid nohup python3 -m http.server "$port" --bind 127.0.0.1 --directory "$WHEELS" \
        >"$STATE/wheels.log" 2>&1 </dev/null &
    echo $! >"$RUNDIR/wheels.pid"
    echo "$port" >"$RUNDIR/wheels.port"
    local i
    for i in $(seq 1 40); do
        wheels_up && { log "serving $WHEELS on 127.0.0.1:$port"; return 0; }
        sleep 0.25
    done
    die "wheel server did not start (log: $STATE/wheels.log)"
}

print_env() {
    echo "export DOCKER_HOST=$DOCKER_HOST"
    local port
    port=$(wheel_port)
    if [ -d "$WHEELS" ] && [ -n "$port" ]; then
        echo "export KUTIPAN_PIP_FIND_LINKS=http://127.0.0.1:$port/"
    fi
}

kill_pidfile() {
    local file=$1 name=$2 pid i
    [ -f "$file" ] || return 0
    pid=$(cat "$file")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        log "stopping $name (pid $pid)"
        kill "$pid" 2>/dev/null || true
        for i in $(seq 1 60); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.25
        done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$file"
}

stop_all() {
    kill_pidfile "$RUNDIR/wheels.pid" "wheel server"
    rm -f "$RUNDIR/wheels.port"
    if engine_up; then
        # Containers first, so dockerd does not wait on them at shutdown.
        local ids
        ids=$(docker ps -q)
        [ -z "$ids" ] || docker rm -f $ids >/dev/null 2>&1 || true
    fi
    kill_pidfile "$RUNDIR/dockerd.pid" dockerd
    # dockerd leaves its default network namespace mounted under the exec-root.
    if mountpoint -q "$RUNDIR/exec/netns/default" 2>/dev/null; then
        umount "$RUNDIR/exec/netns/default" || umount -l "$RUNDIR/exec/netns/default" || true
    fi
    rm -f "$SOCK"
}

purge_all() {
    stop_all
    # overlay2 layers may still be mounted if dockerd died hard.
    if [ -d "$STATE/data" ]; then
        { grep -o " $STATE/data[^ ]*" /proc/mounts || true; } | sort -r | while read -r m; do
            umount -l "$m" 2>/dev/null || true
        done
    fi
    rm -rf "$STATE" "$CACHE" "$RUNDIR"
    log "purged $STATE $CACHE $RUNDIR"
}

case "${1:-start}" in
    start)
        need_root
        install_tools
        start_daemon
        ensure_base_image
        start_wheels
        print_env
        ;;
    env) print_env ;;
    stop) need_root; stop_all ;;
    purge) need_root; purge_all ;;
    status)
        if engine_up; then log "dockerd up on $SOCK"; else log "dockerd down"; fi
        if wheels_up; then log "wheel server on 127.0.0.1:$(wheel_port)"; else log "wheel server down"; fi
        docker image inspect "$BASE_IMAGE" >/dev/null 2>&1 && log "base image $BASE_IMAGE present" || true
        [ -s "$ROOTFS_TAR" ] && log "cached rootfs $ROOTFS_TAR" || true
        ;;
    *) echo "usage: $0 [start|env|stop|purge|status]" >&2; exit 2 ;;
esac
