# A throw-away PostgreSQL server for the tests. Sourced by scripts/test.sh:
#   start_test_postgres   installs Debian's postgresql when missing, initdb's a cluster in a temp
#                         directory, starts it on a free 127.0.0.1 port (unix socket in the same
#                         directory), creates a database and exports INFLUXDB3_TEST_POSTGRES_URL;
#                         the server is stopped and the directory removed when the shell exits.
# PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` user.

start_test_postgres() {
    local bin
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "installing: postgresql"
        local sudo=""
        if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql
        bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    fi
    TEST_POSTGRES_DIR="$(mktemp -d /tmp/influxdb3-test-pg.XXXXXX)"
    local as_user=()
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$TEST_POSTGRES_DIR"
        as_user=(runuser -u postgres --)
    fi
    local port
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    "${as_user[@]}" "$bin/initdb" -D "$TEST_POSTGRES_DIR/data" -U influxdb3 -E UTF8 --auth=trust \
        --no-sync >"$TEST_POSTGRES_DIR/initdb.log" 2>&1 || {
        cat "$TEST_POSTGRES_DIR/initdb.log"
        return 1
    }
    TEST_POSTGRES_CTL=("${as_user[@]}" "$bin/pg_ctl" -D "$TEST_POSTGRES_DIR/data")
    trap stop_test_postgres EXIT
    "${TEST_POSTGRES_CTL[@]}" -w -l "$TEST_POSTGRES_DIR/server.log" \
        -o "-h 127.0.0.1 -p $port -k $TEST_POSTGRES_DIR -c fsync=off -c max_connections=200" start >/dev/null || {
        cat "$TEST_POSTGRES_DIR/server.log"
        return 1
    }
    "${as_user[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U influxdb3 influxdb3_test
    export INFLUXDB3_TEST_POSTGRES_URL="postgres://influxdb3@127.0.0.1:$port/influxdb3_test"
    echo "test PostgreSQL: $INFLUXDB3_TEST_POSTGRES_URL ($TEST_POSTGRES_DIR)"
}

stop_test_postgres() {
    if [ -n "${TEST_POSTGRES_DIR:-}" ] && [ -d "$TEST_POSTGRES_DIR" ]; then
        "${TEST_POSTGRES_CTL[@]}" -m fast stop >/dev/null 2>&1 || true
        rm -rf "$TEST_POSTGRES_DIR"
    fi
}
