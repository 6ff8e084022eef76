"""format=parquet of struct, list, date, zoned timestamp and binary results, read with pyarrow and
compared with DataFusion over the same rows: the Arrow types and values of the answer, and the
Parquet leaf columns (path, physical and logical type, maximum levels, value and null counts)
of the same result written by arrow-rs (DataFusion's write_parquet, the ArrowWriter InfluxDB 3
uses)."""
import io
import os
import tempfile

import datafusion
import pyarrow as pa
import pyarrow.parquet as pq
import requests

from test_sql_differential import arrow_table, line_protocol, make_rows

QUERIES = [
    "SELECT host, array_agg(usage_idle ORDER BY time) AS a FROM cpu GROUP BY host ORDER BY host",
    "SELECT named_struct('h', note, 'u', usage_user, 'l', make_array(requests, requests + 1)) AS s, time "
    "FROM cpu ORDER BY time LIMIT 30",
    "SELECT make_array(make_array(usage_idle), make_array(usage_user, usage_idle)) AS ll FROM cpu "
    "ORDER BY time LIMIT 30",
    "SELECT make_array(named_struct('n', note, 'ok', ok)) AS ls, note FROM cpu ORDER BY time LIMIT 30",
    "SELECT make_date(2024, 1, requests % 28 + 1) AS d, time AT TIME ZONE 'Europe/Brussels' AS z FROM cpu "
    "ORDER BY time LIMIT 30",
    "SELECT sha256(note) AS h, regexp_match(region, '(\\w+)-(\\w+)') AS m FROM cpu ORDER BY time LIMIT 30",
    "SELECT region, array_agg(note ORDER BY time) AS notes FROM cpu GROUP BY region ORDER BY region",
]


def plain(t):
    """The type with timestamps as int64 (nanoseconds do not fit Python's datetime)."""
    if pa.types.is_timestamp(t):
        return pa.int64()
    if pa.types.is_struct(t):
        return pa.struct([f.with_type(plain(f.type)) for f in t])
    if pa.types.is_list(t):
        return pa.list_(t.value_field.with_type(plain(t.value_type)))
    return t


def values(table):
    table = table.cast(pa.schema([f.with_type(plain(f.type)) for f in table.schema]))
    return table.to_pylist()


def types(schema):
    # Nullability of computed columns differs (we keep `time` REQUIRED, DataFusion knows more);
    # DataFusion 55 answers some string functions as Utf8View, which we answer as Utf8.
    return [(f.name, str(f.type).replace(" not null", "").replace("string_view", "string")) for f in schema]


def leaves(path):
    file = pq.ParquetFile(path)
    out = []
    for i in range(file.metadata.num_columns):
        c = file.schema.column(i)
        if c.path == "time":
            continue  # REQUIRED in InfluxDB (and ours); the oracle's table declares it nullable
        logical = str(c.logical_type)
        if logical == "Int(bitWidth=64, isSigned=true)":
            logical = "None"  # our storage-type annotation, which arrow-rs leaves out
        chunk = file.metadata.row_group(0).column(i)
        out.append((c.path, c.physical_type, logical, c.max_definition_level, c.max_repetition_level,
                    chunk.num_values, chunk.statistics.null_count))
    return out


def test_parquet_results_match_datafusion_and_arrow_rs(server):
    rows = make_rows()
    r = requests.post(server.url + "/api/v3/write_lp?db=pq&precision=ns", data=line_protocol(rows))
    assert r.status_code == 204, r.text
    ctx = datafusion.SessionContext()
    ctx.register_record_batches("cpu", [arrow_table(rows).to_batches()])
    layouts = 0
    for query in QUERIES:
        response = requests.get(server.url + "/api/v3/query_sql", params={"db": "pq", "q": query, "format": "parquet"})
        assert response.status_code == 200, (query, response.text)
        ours = pq.read_table(io.BytesIO(response.content))
        expected = ctx.sql(query).to_arrow_table()
        assert types(ours.schema) == types(expected.schema), query
        assert values(ours) == values(expected), query
        out_dir = tempfile.mkdtemp()
        ctx.sql(query).write_parquet(out_dir)
        reference = [os.path.join(out_dir, name) for name in os.listdir(out_dir)]
        ours_path = os.path.join(out_dir, "ours.parquet")
        with open(ours_path, "wb") as f:
            f.write(response.content)
        if len(reference) == 1:
            assert leaves(ours_path) == leaves(reference[0]), query
            layouts += 1
    print(f"\nparquet output: {len(QUERIES)} queries match DataFusion's types and values, "
          f"{layouts} also arrow-rs's Parquet layout")
    assert layouts == len(QUERIES)


def test_parquet_interval_is_refused_as_influxdb_refuses_it(server):
    response = requests.get(server.url + "/api/v3/query_sql",
                            params={"db": "pq", "q": "SELECT INTERVAL '1 day' AS i", "format": "parquet"})
    assert response.status_code == 500
    assert response.text == ("persister error: parquet error: NYI: Attempting to write an Arrow interval type "
                             "MonthDayNano to parquet that is not yet implemented")
