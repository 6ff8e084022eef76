"""Differential test: every query of sql_queries.py on our server and on Apache DataFusion (the
engine InfluxDB 3 uses) over the same rows. Column names, values and row order (where the query
orders) must match; float values within 1e-9 relative. Prints how many queries were compared."""
import datetime
import decimal
import math
import random
import struct
import zoneinfo

import datafusion
import pyarrow as pa
import requests

import sql_queries

START_NS = 1_704_067_200_000_000_000  # 2024-01-01T00:00:00Z


def make_rows():
    rng = random.Random(7)
    rows = []
    for i in range(180):
        rows.append({
            "host": rng.choice(["a", "b", "c"]),
            "region": rng.choice(["us-east", "us-west", "eu-central"]),
            "usage_user": round(rng.uniform(0, 100), 3),
            "usage_system": round(rng.uniform(0, 100), 3),
            "usage_idle": None if i % 7 == 0 else round(rng.uniform(0, 100), 3),
            "requests": rng.randint(0, 300),
            "ok": rng.random() < 0.5,
            "note": "hello" if i % 5 == 0 else None,
            "time": START_NS + i * 10_000_000_000,
        })
    return rows


def line_protocol(rows):
    lines = []
    for row in rows:
        fields = [f"usage_user={row['usage_user']}", f"usage_system={row['usage_system']}",
                  f"requests={row['requests']}i", f"ok={'true' if row['ok'] else 'false'}"]
        if row["usage_idle"] is not None:
            fields.append(f"usage_idle={row['usage_idle']}")
        if row["note"] is not None:
            fields.append(f'note="{row["note"]}"')
        lines.append(f"cpu,host={row['host']},region={row['region']} {','.join(fields)} {row['time']}")
    return "\n".join(lines)


def arrow_table(rows):
    def dictionary(values):
        return pa.array(values, type=pa.string()).dictionary_encode().cast(pa.dictionary(pa.int32(), pa.string()))

    return pa.table({
        "host": dictionary([r["host"] for r in rows]),
        "note": pa.array([r["note"] for r in rows], type=pa.string()),
        "ok": pa.array([r["ok"] for r in rows], type=pa.bool_()),
        "region": dictionary([r["region"] for r in rows]),
        "requests": pa.array([r["requests"] for r in rows], type=pa.int64()),
        "time": pa.array([r["time"] for r in rows], type=pa.timestamp("ns")),
        "usage_idle": pa.array([r["usage_idle"] for r in rows], type=pa.float64()),
        "usage_system": pa.array([r["usage_system"] for r in rows], type=pa.float64()),
        "usage_user": pa.array([r["usage_user"] for r in rows], type=pa.float64()),
    })


def json_refuses(kind):
    """Whether arrow-json (InfluxDB's JSON writer) refuses a column of this type: a map whose keys
    are not strings, at any depth (pyarrow's rows do not go through arrow-json)."""
    if pa.types.is_map(kind):
        return not (pa.types.is_string(kind.key_type) or pa.types.is_large_string(kind.key_type)) \
            or json_refuses(kind.item_type)
    if pa.types.is_list(kind) or pa.types.is_large_list(kind):
        return json_refuses(kind.value_type)
    if pa.types.is_struct(kind):
        return any(json_refuses(field.type) for field in kind)
    return False


def datafusion_rows(ctx, query):
    batches = ctx.sql(query).collect()
    if any(batch.num_rows > 0 for batch in batches) and any(json_refuses(f.type) for f in batches[0].schema):
        raise ValueError("Json error: Only UTF8 keys supported by JSON MapArray Writer")
    rows = []
    for batch in batches:
        timestamp_columns = {i for i, f in enumerate(batch.schema) if pa.types.is_timestamp(f.type)}
        names = batch.schema.names
        columns = []
        for i in range(batch.num_columns):
            column = batch.column(i)
            kind = batch.schema.field(i).type
            if pa.types.is_duration(kind) or pa.types.is_time(kind):
                # as nanoseconds, then as arrow-cast displays them (ISO 8601 / time of day)
                target = pa.duration("ns") if pa.types.is_duration(kind) else pa.time64("ns")
                ints = column.cast(target).cast(pa.int64()).to_pylist()
                text = duration_text_iso if pa.types.is_duration(kind) else (lambda v: timestamp_text_ns(v)[11:])
                columns.append([None if v is None else text(v) for v in ints])
            elif i in timestamp_columns:
                zone = batch.schema.field(i).type.tz
                # from_unixtime answers Timestamp(s): compare as nanoseconds (what we answer)
                ints = column.cast(pa.timestamp("ns", tz=zone)).cast(pa.int64()).to_pylist()
                text = timestamp_text_ns if zone is None else (lambda v, z=zone: zoned_timestamp_text_ns(v, z))
                columns.append([None if v is None else text(v) for v in ints])
            elif has_float32(column.type):
                columns.append([typed_json(v, column.type) for v in column.to_pylist()])
            else:
                kind = batch.schema.field(i).type
                columns.append([nested_json(v, kind) for v in column.to_pylist()])
        for r in range(batch.num_rows):
            rows.append([(names[i], columns[i][r]) for i in range(len(names)) if columns[i][r] is not None])
    return rows


def has_float32(data_type):
    if pa.types.is_float32(data_type):
        return True
    if pa.types.is_list(data_type):
        return has_float32(data_type.value_type)
    if pa.types.is_map(data_type):
        return has_float32(data_type.item_type)
    if pa.types.is_struct(data_type):
        return any(has_float32(data_type.field(i).type) for i in range(data_type.num_fields))
    return False


def typed_json(value, data_type):
    """nested_json, with Float32 values (also inside lists and structs) as arrow prints them."""
    if value is None:
        return None
    if pa.types.is_map(data_type):
        return {k: typed_json(v, data_type.item_type) for k, v in value if v is not None}
    if pa.types.is_float32(data_type):
        return float32_text_value(value)
    if pa.types.is_list(data_type):
        return [typed_json(v, data_type.value_type) for v in value]
    if pa.types.is_struct(data_type):
        fields = {data_type.field(i).name: data_type.field(i).type for i in range(data_type.num_fields)}
        return {k: typed_json(v, fields[k]) for k, v in value.items() if v is not None}
    return nested_json(value, data_type)


def float32_text_value(value):
    """A Float32 as arrow prints it (its own shortest digits: 1.1, not 1.100000023841858), read
    back as Python reads our JSON; non-finite values are JSON null."""
    if math.isnan(value) or math.isinf(value):
        return None
    for digits in range(1, 10):
        text = f"{value:.{digits}g}"
        if struct.unpack("f", struct.pack("f", float(text)))[0] == value:
            return float(text)
    return value


def nested_json(value, kind=None):
    """A DataFusion value of Arrow type `kind` as our JSON reads back: struct fields and map values
    that are NULL are left out (as arrow-json does; a map is an object of its entries), timestamps
    and dates as their display text, intervals as arrow displays them, binary as lowercase hex."""
    if kind is not None and pa.types.is_map(kind) and value is not None:
        return {k: nested_json(v, kind.item_type) for k, v in value if v is not None}
    if isinstance(value, dict):
        fields = {f.name: f.type for f in kind} if kind is not None and pa.types.is_struct(kind) else {}
        return {k: nested_json(v, fields.get(k)) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        item = kind.value_type if kind is not None and pa.types.is_list(kind) else None
        return [nested_json(v, item) for v in value]
    if isinstance(value, datetime.datetime):
        nanos = getattr(value, "nanosecond", 0) + value.microsecond * 1000
        text = value.strftime("%Y-%m-%dT%H:%M:%S")
        if value.tzinfo is not None:
            offset = int(value.utcoffset().total_seconds())
            sign, magnitude = ("-" if offset < 0 else "+"), abs(offset)
            zone = "Z" if offset == 0 else f"{sign}{magnitude // 3600:02d}:{magnitude // 60 % 60:02d}"
            return text + timestamp_text_ns(nanos)[19:] + zone
        return text + timestamp_text_ns(nanos)[19:]
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return duration_text_iso((value.days * 86_400 + value.seconds) * 1_000_000_000 + value.microseconds * 1_000)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, pa.MonthDayNano):
        return interval_text(value.months, value.days, value.nanoseconds)
    return value


def interval_text(months, days, nanos):
    parts = []
    if months:
        parts.append(f"{months} mons")
    if days:
        parts.append(f"{days} days")
    if nanos:
        seconds = int(nanos / 1_000_000_000)
        fraction = nanos - seconds * 1_000_000_000
        hours, minutes = int(seconds / 3600), int(seconds / 60) - int(seconds / 3600) * 60
        seconds -= int(seconds / 60) * 60
        if hours:
            parts.append(f"{hours} hours")
        if minutes:
            parts.append(f"{minutes} mins")
        if seconds or fraction:
            sign = "-" if seconds < 0 or fraction < 0 else ""
            parts.append(f"{sign}{abs(seconds)}.{abs(fraction):09d} secs")
    return " ".join(parts) or "0 secs"


def zoned_timestamp_text_ns(ns, zone):
    """arrow-cast's display of a Timestamp(ns, zone) value: local time, then Z or +HH:MM."""
    if zone[0] in "+-":
        digits = zone[1:].replace(":", "")
        offset = (int(digits[:2]) * 3600 + int(digits[2:4] or 0) * 60) * (-1 if zone[0] == "-" else 1)
    else:
        instant = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(
            seconds=ns // 1_000_000_000)
        offset = int(instant.astimezone(zoneinfo.ZoneInfo(zone)).utcoffset().total_seconds())
    text = timestamp_text_ns(ns + offset * 1_000_000_000)
    if offset == 0:
        return text + "Z"
    sign, magnitude = ("-" if offset < 0 else "+"), abs(offset)
    suffix = f"{sign}{magnitude // 3600:02d}:{magnitude // 60 % 60:02d}"
    return text + suffix + (f":{magnitude % 60:02d}" if magnitude % 60 else "")


def duration_text_iso(ns):
    """arrow-cast's ISO 8601 display of a Duration (chrono's TimeDelta): `PT1.5S`, `-PT4S`, `P0D`."""
    if ns == 0:
        return "P0D"
    seconds, fraction = divmod(abs(ns), 1_000_000_000)
    text = ("-PT" if ns < 0 else "PT") + str(seconds)
    if fraction:
        text += "." + f"{fraction:09d}".rstrip("0")
    return text + "S"


def timestamp_text_ns(ns):
    seconds, fraction = divmod(ns, 1_000_000_000)
    text = (datetime.datetime(1970, 1, 1) + datetime.timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%S")
    if fraction:
        digits = f"{fraction:09d}"
        if fraction % 1_000_000 == 0:
            digits = digits[:3]
        elif fraction % 1_000 == 0:
            digits = digits[:6]
        text += "." + digits
    return text


def plain_floats(value):
    """Our JSON read with exact decimals, with the ones inside lists and structs back to floats."""
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, list):
        return [plain_floats(v) for v in value]
    if isinstance(value, dict):
        return {k: plain_floats(v) for k, v in value.items()}
    return value


def same_value(ours, theirs):
    if isinstance(theirs, decimal.Decimal):
        # Decimal128: the exact value, and the digits after the point (arrow writes the scale's).
        if not isinstance(ours, (decimal.Decimal, int)) or isinstance(ours, bool) or ours != theirs:
            return False
        exponent = theirs.as_tuple().exponent
        return exponent >= 0 or (isinstance(ours, decimal.Decimal) and ours.as_tuple().exponent == exponent)
    ours, theirs = plain_floats(ours), plain_floats(theirs)
    if isinstance(theirs, float) or isinstance(ours, float):
        # JSON keeps the type: Float64 prints with a fraction (`3.0`), integers without.
        if not isinstance(ours, float) or not isinstance(theirs, float):
            return False
        if math.isnan(ours) and math.isnan(theirs):
            return True
        return ours == theirs or abs(ours - theirs) <= 1e-9 * max(abs(ours), abs(theirs))
    return ours == theirs and type(ours) is type(theirs)


def same_row(ours, theirs):
    return len(ours) == len(theirs) and all(
        a[0] == b[0] and same_value(a[1], b[1]) for a, b in zip(ours, theirs))


def same_rows(ours, theirs, ordered):
    if len(ours) != len(theirs):
        return False
    if not ordered:
        ours = sorted(ours, key=repr)
        theirs = sorted(theirs, key=repr)
        # floats that differ in the last bits sort the same way almost always; retry pairwise greedy
        if not all(same_row(a, b) for a, b in zip(ours, theirs)):
            remaining = list(theirs)
            for row in ours:
                match = next((i for i, other in enumerate(remaining) if same_row(row, other)), None)
                if match is None:
                    return False
                remaining.pop(match)
            return True
        return True
    return all(same_row(a, b) for a, b in zip(ours, theirs))


def test_sql_matches_datafusion(server):
    rows = make_rows()
    r = requests.post(server.url + "/api/v3/write_lp?db=diff&precision=ns", data=line_protocol(rows))
    assert r.status_code == 204, r.text
    ctx = datafusion.SessionContext()
    ctx.register_record_batches("cpu", [arrow_table(rows).to_batches()])

    queries = sql_queries.all_queries()
    differences = []
    for query in queries:
        try:
            expected = datafusion_rows(ctx, query)
            expected_error = None
        except Exception as error:  # noqa: BLE001 - any DataFusion error means "must refuse"
            expected, expected_error = None, str(error)
        response = requests.get(server.url + "/api/v3/query_sql", params={"db": "diff", "q": query, "format": "json"})
        if expected_error is not None:
            if response.status_code < 400:
                differences.append((query, f"DataFusion refused ({expected_error[:120]}) but we answered 200"))
            continue
        if response.status_code != 200:
            differences.append((query, f"we answered {response.status_code}: {response.text[:200]}"))
            continue
        ours = [list(row.items()) for row in response.json(parse_float=decimal.Decimal)]
        ordered = "ORDER BY" in query.upper().split("FROM")[-1]
        if not same_rows(ours, expected, ordered):
            differences.append((query, f"ours {ours[:3]} ... ({len(ours)} rows) vs DataFusion {expected[:3]} ... ({len(expected)} rows)"))
    print(f"\nSQL differential: {len(queries)} queries compared with DataFusion {datafusion.__version__}, "
          f"{len(differences)} differences")
    for query, difference in differences[:40]:
        print(f"  {query}\n    {difference}")
    assert not differences
