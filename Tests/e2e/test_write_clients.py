"""Writes with the client libraries people use; every write is answered 204 and lands in the kernel."""
import datetime

import influxdb
import influxdb_client
from influxdb_client.client.write_api import SYNCHRONOUS
import influxdb_client_3


def test_v1_client_write_points(server):
    client = influxdb.InfluxDBClient(host="127.0.0.1", port=server.port, database="v1db")
    points = [
        {"measurement": "cpu", "tags": {"host": "server01", "region": "us-west"},
         "time": "2024-02-21T00:00:00Z", "fields": {"value": 0.64, "count": 3}},
        {"measurement": "cpu", "tags": {"host": "server02", "region": "us-west"},
         "time": "2024-02-21T00:00:01Z", "fields": {"value": 0.5, "count": 4}},
    ]
    assert client.write_points(points) is True
    assert client.write_points(points, retention_policy="autogen", time_precision="s") is True
    rows = server.rows("v1db", "cpu")
    assert "1708473600000000000\thost=server01,region=us-west,count=3i,value=0.64" in rows
    assert len(rows) == 2  # the second call rewrote the same points (same instants, deduplicated)


def test_v2_client_write_api(server):
    with influxdb_client.InfluxDBClient(url=server.url, token="ignored", org="ignored") as client:
        write_api = client.write_api(write_options=SYNCHRONOUS)
        point = influxdb_client.Point("mem").tag("host", "h1").field("used", 42.5).field("free", 7) \
            .time(datetime.datetime(2024, 2, 21, tzinfo=datetime.timezone.utc))
        write_api.write(bucket="v2db", record=point)
        write_api.write(bucket="v2db", record="mem,host=h2 used=1.5,free=2i 1708473600000000000")
    rows = server.rows("v2db", "mem")
    assert rows == [
        "1708473600000000000\thost=h1,free=7i,used=42.5",  # the client sorts fields by name
        "1708473600000000000\thost=h2,free=2i,used=1.5",
    ]


def test_v3_client_write(server):
    client = influxdb_client_3.InfluxDBClient3(host=server.url, token="ignored", database="v3db")
    client.write(record="home,room=Kitchen temp=21.5,hum=35.9 1735549200", write_precision="s")
    client.write(record=influxdb_client_3.Point("home").tag("room", "Living").field("temp", 22.1)
                 .time(1735549200, write_precision="s"), write_precision="s")
    client.close()
    rows = server.rows("v3db", "home")
    assert "1735549200000000000\troom=Kitchen,temp=21.5,hum=35.9" in rows
    assert "1735549200000000000\troom=Living,temp=22.1" in rows
