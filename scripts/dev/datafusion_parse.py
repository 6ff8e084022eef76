# Oracle helper: run each SQL line through DataFusion and print result column names / errors.
import sys, datafusion
ctx = datafusion.SessionContext()
ctx.sql("CREATE TABLE cpu (time TIMESTAMP, hostname VARCHAR, usage_user DOUBLE, a BOOLEAN, b BOOLEAN, c BOOLEAN, x INT, s VARCHAR)").collect()
for line in sys.stdin:
    q = line.rstrip("\n")
    if not q: continue
    try:
        df = ctx.sql(q)
        try:
            t = df.to_arrow_table()
            print(repr(q), "=>", t.column_names, t.to_pylist()[:3])
        except Exception as e:
            print(repr(q), "=> cols", df.schema().names, "EXEC ERR", str(e)[:300])
    except Exception as e:
        print(repr(q), "=> ERR", str(e))
