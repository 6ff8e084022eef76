"""What the spec says a plain HTTP client sees: status, headers, exact bodies."""
import gzip

import requests


def test_ping_headers_and_body(server):
    r = requests.get(server.url + "/ping")
    assert r.status_code == 200
    assert r.headers["X-Influxdb-Version"] == "3.8.0"
    assert r.headers["X-Influxdb-Build"] == "Enterprise"
    assert r.headers["Request-Id"] == r.headers["X-Request-Id"]
    assert "cluster-uuid" in r.headers
    body = r.json()
    assert list(body) == ["product_name", "version", "revision", "process_id"]
    assert body["version"] == "3.8.0"
    assert requests.post(server.url + "/ping").json()["process_id"] == body["process_id"]
    assert requests.head(server.url + "/ping").status_code == 404


def test_health(server):
    for path in ("/health", "/api/v1/health"):
        r = requests.get(server.url + path)
        assert (r.status_code, r.text) == (200, "OK")


def test_unknown_route(server):
    r = requests.get(server.url + "/api/v3/nope")
    assert (r.status_code, r.text) == (404, "Not found")


def test_partial_write_body(server):
    body = "cpu,host=b val=2 155\ncpu,host=a val= 123\ncpu,host=b val=5 199"
    r = requests.post(server.url + "/api/v3/write_lp?db=partial&precision=ns", data=body)
    assert r.status_code == 400
    assert r.text == ('{"error":"partial write of line protocol occurred","data":[{"error_message":'
                      '"No fields were provided","line_number":2,"original_line":"cpu,host=a val= 123"}]}')
    assert server.rows("partial", "cpu") == ["155\thost=b,val=2.0", "199\thost=b,val=5.0"]


def test_multi_member_gzip(server):
    body = gzip.compress(b"g,k=a v=1 1\n") + gzip.compress(b"g,k=b v=2 2\n")
    r = requests.post(server.url + "/api/v3/write_lp?db=gz", data=body, headers={"Content-Encoding": "gzip"})
    assert r.status_code == 204
    assert server.rows("gz", "g") == ["1000000000\tk=a,v=1.0", "2000000000\tk=b,v=2.0"]


def test_oversized_body(server):
    r = requests.post(server.url + "/api/v3/write_lp?db=big", data=b"m v=1 1\n" * 1_400_000)
    assert r.status_code == 413
    assert r.text == "max request size (10485760 bytes) exceeded"
