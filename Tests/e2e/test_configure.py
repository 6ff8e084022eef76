"""The configure API over plain HTTP: databases and tables created, listed, given retention
periods and soft-deleted, with what writes and queries see afterwards, and across a restart."""
import re
import subprocess
import time

import requests

from conftest import BINARY, Server

JSON = {"Content-Type": "application/json"}
SUFFIX = re.compile(r"-\d{8}T\d{6}$")


def databases(server, show_deleted=False):
    params = {"format": "json"}
    if show_deleted:
        params["show_deleted"] = "true"
    r = requests.get(server.url + "/api/v3/configure/database", params=params)
    assert r.status_code == 200
    return r.json()


def sql(server, db, q):
    return requests.get(server.url + "/api/v3/query_sql", params={"db": db, "q": q, "format": "json"})


def test_create_list_and_errors(server):
    r = requests.post(server.url + "/api/v3/configure/database", json={"db": "cfg-a", "retention_period": "30d"})
    assert (r.status_code, r.text) == (200, "")
    assert {"iox::database": "cfg-a"} in databases(server)
    assert databases(server)[0] == {"iox::database": "_internal"}
    r = requests.post(server.url + "/api/v3/configure/database", json={"db": "cfg-a"})
    assert (r.status_code, r.text) == (409, "attempted to create a resource that already exists")
    r = requests.post(server.url + "/api/v3/configure/database", data='{"db":"x"}')
    assert (r.status_code, r.text) == (415, "unacceptable content-type, expected: application/json")
    r = requests.post(server.url + "/api/v3/configure/database", data="{}", headers=JSON)
    assert (r.status_code, r.text) == (400, "serde json error: missing field `db` at line 1 column 2")
    r = requests.get(server.url + "/api/v3/configure/database")
    assert (r.status_code, r.text) == (400, "serde error: missing field `format`")
    r = requests.get(server.url + "/api/v3/configure/database", params={"format": "csv"})
    assert r.headers["Content-Type"] == "text/csv"
    assert r.text.startswith("iox::database\n_internal\n")
    r = requests.delete(server.url + "/api/v3/configure/database", params={"db": "_internal"})
    assert (r.status_code, r.text) == (500, "cannot delete internal db")


def test_delete_database_renames_and_frees_the_name(server):
    assert requests.post(server.url + "/api/v3/write_lp?db=cfg-del", data="cpu v=1 1").status_code == 204
    r = requests.delete(server.url + "/api/v3/configure/database", params={"db": "cfg-del"})
    assert (r.status_code, r.text) == (200, "")
    deleted = [d for d in databases(server, show_deleted=True) if d["iox::database"].startswith("cfg-del-")]
    assert len(deleted) == 1 and deleted[0]["deleted"] is True
    renamed = deleted[0]["iox::database"]
    assert SUFFIX.search(renamed)
    assert {"iox::database": "cfg-del"} not in databases(server)
    r = requests.post(server.url + f"/api/v3/write_lp?db={renamed}", data="cpu v=2 2")
    assert r.status_code == 400
    assert r.json() == {"error": f"cannot write to soft-deleted database '{renamed}' - it is marked for deletion"}
    assert sql(server, renamed, "SELECT 1").status_code == 404
    assert requests.post(server.url + "/api/v3/write_lp?db=cfg-del", data="cpu v=3 3").status_code == 204
    assert sql(server, "cfg-del", "SELECT v FROM cpu").json() == [{"v": 3.0}]
    r = requests.delete(server.url + "/api/v3/configure/database", params={"db": renamed})
    assert (r.status_code, r.text) == (409, f"attempted to modify resource that was already deleted: {renamed}")
    r = requests.delete(server.url + "/api/v3/configure/database", params={"db": renamed, "hard_delete_at": "never"})
    assert r.status_code == 200


def test_tables_and_retention(server):
    body = {"db": "cfg-t", "table": "cpu", "tags": ["host"], "fields": [{"name": "usage", "type": "float64"}]}
    assert requests.post(server.url + "/api/v3/configure/table", json=body).status_code == 200
    assert sql(server, "cfg-t", "SELECT * FROM cpu").json() == []
    r = requests.post(server.url + "/api/v3/configure/table", json=body)
    assert (r.status_code, r.text) == (409, "attempted to create a resource that already exists")
    bad = dict(body, table="t2", tags=["time"])
    r = requests.post(server.url + "/api/v3/configure/table", json=bad)
    assert (r.status_code, r.text) == (400, "'time' is a reserved column")
    now = int(time.time())
    lines = f"cpu,host=a usage=1 {now - 7200}\ncpu,host=a usage=2 {now - 60}"
    assert requests.post(server.url + "/api/v3/write_lp?db=cfg-t&precision=s", data=lines).status_code == 204
    assert len(sql(server, "cfg-t", "SELECT usage FROM cpu").json()) == 2
    r = requests.put(server.url + "/api/v3/configure/database", json={"db": "cfg-t", "retention_period": "1h"})
    assert r.status_code == 200
    assert sql(server, "cfg-t", "SELECT usage FROM cpu").json() == [{"usage": 2.0}]
    path = server.url + "/api/v3/enterprise/configure/table/retention_period"
    r = requests.post(path, params={"db": "cfg-t", "table": "cpu", "duration": "3h"})
    assert r.status_code == 204
    assert len(sql(server, "cfg-t", "SELECT usage FROM cpu").json()) == 2
    r = requests.post(path, params={"db": "cfg-t", "table": "cpu", "duration": "3x"})
    assert r.status_code == 400
    assert r.text.startswith('Cannot parse the given human time: unknown time unit "x"')
    assert requests.delete(path, params={"db": "cfg-t", "table": "cpu"}).status_code == 204
    r = requests.delete(server.url + "/api/v3/configure/database/retention_period", params={"db": "cfg-t"})
    assert r.status_code == 204
    assert len(sql(server, "cfg-t", "SELECT usage FROM cpu").json()) == 2
    r = requests.delete(server.url + "/api/v3/configure/table", params={"db": "cfg-t", "table": "cpu"})
    assert (r.status_code, r.text) == (200, "")
    r = sql(server, "cfg-t", "SELECT * FROM cpu")
    assert (r.status_code, r.text) == (400, "Error during planning: table 'public.iox.cpu' not found")


def test_deletion_and_retention_survive_a_restart():
    first = Server()
    try:
        requests.post(first.url + "/api/v3/configure/database", json={"db": "keep", "retention_period": "2h"})
        requests.post(first.url + "/api/v3/write_lp?db=gone", data="cpu v=1 1")
        assert requests.delete(first.url + "/api/v3/configure/database", params={"db": "gone"}).status_code == 200
        requests.post(first.url + "/api/v3/write_lp?db=again", data="cpu v=1 1\nmem v=1 1")
        assert requests.delete(first.url + "/api/v3/configure/table", params={"db": "again", "table": "cpu"}).ok
        requests.post(first.url + "/api/v3/write_lp?db=again", data="cpu v=2 2")
        requests.post(first.url + "/api/v3/write_lp?db=wipe", data="cpu v=1 1")
        r = requests.delete(first.url + "/api/v3/configure/database", params={"db": "wipe", "data_only": "true"})
        assert r.status_code == 200
        requests.post(first.url + "/api/v3/write_lp?db=wipe", data="cpu v=2 2")
        first.process.terminate()
        first.process.wait(timeout=30)
        first.process = subprocess.Popen(
            [BINARY, "serve", "--node-id", "e2e", "--data-dir", first.data_dir,
             "--http-bind", f"127.0.0.1:{first.port}", "--log-filter", "warn", "--without-auth"])
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                if requests.get(first.url + "/health", timeout=1).status_code == 200:
                    break
            except requests.ConnectionError:
                time.sleep(0.05)
        listed = databases(first, show_deleted=True)
        names = [d["iox::database"] for d in listed]
        assert names[:4] == ["_internal", "again", "keep", "wipe"]
        assert len(names) == 5 and names[4].startswith("gone-") and listed[4]["deleted"] is True
        # Records a data_only deletion dropped stay dropped after WAL replay.
        assert sql(first, "wipe", "SELECT v FROM cpu").json() == [{"v": 2.0}]
        # Records written before the deletion stay with the deleted table after WAL replay.
        assert sql(first, "again", "SELECT v FROM cpu").json() == [{"v": 2.0}]
        assert requests.post(first.url + "/api/v3/write_lp?db=gone", data="cpu v=3 3").status_code == 204
        assert sql(first, "gone", "SELECT v FROM cpu").json() == [{"v": 3.0}]
    finally:
        first.stop()
