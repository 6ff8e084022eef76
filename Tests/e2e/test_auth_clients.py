"""Token authentication with real clients: the v1 Python client and the influx 1.x CLI send the
token as the password (Basic auth, or u/p on /write); v2/v3 clients send it as a token."""
import json
import os
import shutil
import subprocess
import tempfile
import time

import influxdb
import influxdb_client
from influxdb_client.client.write_api import SYNCHRONOUS
import influxdb_client_3
import requests

from conftest import Server, free_port

UNAUTHENTICATED = '{"error": "the request was not authenticated"}'


def operator_token(server):
    reply = requests.post(server.url + "/api/v3/configure/token/admin")
    if reply.status_code == 409:
        return server.operator_token
    assert reply.status_code == 201
    assert reply.headers["Content-Type"] == "json"
    server.operator_token = reply.json()["token"]
    return server.operator_token


def test_operator_token_once_then_409(auth_server):
    token = operator_token(auth_server)
    assert token.startswith("apiv3_") and len(token) == 92
    again = requests.post(auth_server.url + "/api/v3/configure/token/admin")
    assert (again.status_code, again.text) == (409, "token name already exists, _admin")
    missing = requests.get(auth_server.url + "/ping")
    assert (missing.status_code, missing.text) == (401, UNAUTHENTICATED)


def test_v1_python_client_token_as_password(auth_server):
    token = operator_token(auth_server)
    client = influxdb.InfluxDBClient(host="127.0.0.1", port=auth_server.port, username="me", password=token,
                                     database="v1auth")
    assert client.write_points([{"measurement": "cpu", "tags": {"host": "a"}, "time": "2024-02-21T00:00:00Z",
                                 "fields": {"value": 1.5}}]) is True
    assert auth_server.rows("v1auth", "cpu") == ["1708473600000000000\thost=a,value=1.5"]
    wrong = influxdb.InfluxDBClient(host="127.0.0.1", port=auth_server.port, username="me", password="apiv3_nope",
                                    database="v1auth")
    try:
        wrong.write_points([{"measurement": "cpu", "fields": {"value": 2.0}}])
        raise AssertionError("a wrong password was accepted")
    except influxdb.exceptions.InfluxDBClientError as error:
        assert error.code == 401


def test_v1_u_p_parameters(auth_server):
    token = operator_token(auth_server)
    ok = requests.post(auth_server.url + "/write", params={"db": "v1up", "u": "me", "p": token},
                       data="mem,host=b free=3i 1708473600000000000")
    assert ok.status_code == 204
    bad = requests.post(auth_server.url + "/write", params={"db": "v1up", "u": "me", "p": "apiv3_nope"},
                        data="mem free=4i")
    assert (bad.status_code, bad.text) == (401, UNAUTHENTICATED)
    assert auth_server.rows("v1up", "mem") == ["1708473600000000000\thost=b,free=3i"]


def test_influx_cli_import_with_token_password(auth_server):
    # The 1.x CLI sends `-username`/`-password` as Basic auth on /ping and /write. `influx -execute`
    # needs /query (InfluxQL), which is not built yet; `-import` goes through /write.
    influx = shutil.which("influx")
    assert influx, "the influx 1.x CLI (Debian package influxdb-client) is required; scripts/test.sh installs it"
    token = operator_token(auth_server)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write("# DML\n# CONTEXT-DATABASE: clidb\ncpu,host=a v=1 1700000000\ncpu,host=b v=2 1700000001\n")
        path = handle.name
    try:
        base = [influx, "-host", "127.0.0.1", "-port", str(auth_server.port), "-username", "cli", "-import",
                "-path", path, "-precision", "s"]
        good = subprocess.run(base[:7] + ["-password", token] + base[7:], capture_output=True, text=True)
        output = good.stdout + good.stderr
        assert good.returncode == 0, output
        assert "Processed 2 inserts" in output and "Failed 0 inserts" in output
        bad = subprocess.run(base[:7] + ["-password", "apiv3_nope"] + base[7:], capture_output=True, text=True)
        assert bad.returncode != 0
        assert UNAUTHENTICATED in bad.stdout + bad.stderr
    finally:
        os.unlink(path)
    assert auth_server.rows("clidb", "cpu") == ["1700000000000000000\thost=a,v=1.0",
                                                 "1700000001000000000\thost=b,v=2.0"]


def test_v2_and_v3_clients_with_token(auth_server):
    token = operator_token(auth_server)
    with influxdb_client.InfluxDBClient(url=auth_server.url, token=token, org="ignored") as client:
        client.write_api(write_options=SYNCHRONOUS).write(bucket="v2auth", record="m v=1i 1708473600000000000")
    v3 = influxdb_client_3.InfluxDBClient3(host=auth_server.url, token=token, database="v3auth")
    v3.write(record="m v=2i 1708473600", write_precision="s")
    v3.close()
    assert auth_server.rows("v2auth", "m") == ["1708473600000000000\tv=1i"]
    assert auth_server.rows("v3auth", "m") == ["1708473600000000000\tv=2i"]


def test_resource_token_limits_a_client(auth_server):
    admin = operator_token(auth_server)
    reply = requests.post(
        auth_server.url + "/api/v3/enterprise/configure/token", headers={"Authorization": f"Bearer {admin}"},
        json={"token_name": "only-a", "permissions": [
            {"resource_type": "db", "resource_names": ["dba"], "actions": ["write"]}]})
    assert reply.status_code == 201
    token = reply.json()["token"]
    headers = {"Authorization": f"Token {token}"}
    ok = requests.post(auth_server.url + "/api/v3/write_lp?db=dba", headers=headers, data="m v=1")
    assert ok.status_code == 204
    denied = requests.post(auth_server.url + "/api/v3/write_lp?db=dbb", headers=headers, data="m v=1")
    assert (denied.status_code, denied.text) == (
        403, '{"error": "unauthorized to perform requested action with the token"}')


def test_offline_admin_token_file_and_recovery_listener():
    token = "apiv3_" + "o" * 86
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump({"token": token, "name": "offline-admin"}, handle)
        path = handle.name
    recovery_port = free_port()
    server = Server(with_auth=True, extra_args=[
        "--admin-token-file", path, "--admin-token-recovery-http-bind", f"127.0.0.1:{recovery_port}"])
    try:
        ping = requests.get(server.url + "/ping", headers={"Authorization": f"Bearer {token}"})
        assert ping.status_code == 200
        assert requests.post(server.url + "/api/v3/configure/token/admin").status_code == 201
        recovery = f"http://127.0.0.1:{recovery_port}"
        deadline = time.time() + 10
        while True:
            try:
                other = requests.get(recovery + "/ping")
                break
            except requests.ConnectionError:
                assert time.time() < deadline, "the recovery listener did not start"
                time.sleep(0.05)
        assert (other.status_code, other.text) == (404, "not found")
        regenerated = requests.post(recovery + "/api/v3/configure/token/admin/regenerate")
        assert regenerated.status_code == 201
        assert regenerated.json()["name"] == "_admin"
        new = regenerated.json()["token"]
        assert requests.get(server.url + "/ping", headers={"Authorization": f"Bearer {new}"}).status_code == 200
        deadline = time.time() + 10
        while True:
            try:
                requests.post(recovery + "/api/v3/configure/token/admin/regenerate", timeout=1)
            except requests.ConnectionError:
                break
            assert time.time() < deadline, "the recovery listener stayed open after a regeneration"
            time.sleep(0.1)
    finally:
        server.stop()
        os.unlink(path)


def test_permission_tokens_file():
    token = "apiv3_" + "p" * 86
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump({"create_databases": ["pdb"], "tokens": [
            {"token": token, "name": "pdb-writer", "expiry_millis": None, "permissions": ["db:pdb:write"]}]}, handle)
        path = handle.name
    server = Server(with_auth=True, extra_args=["--permission-tokens-file", path])
    try:
        headers = {"Authorization": f"Bearer {token}"}
        assert requests.post(server.url + "/api/v3/write_lp?db=pdb", headers=headers, data="m v=1").status_code == 204
        denied = requests.post(server.url + "/api/v3/write_lp?db=other", headers=headers, data="m v=1")
        assert denied.status_code == 403
        assert requests.get(server.url + "/ping", headers=headers).status_code == 403
    finally:
        server.stop()
        os.unlink(path)
