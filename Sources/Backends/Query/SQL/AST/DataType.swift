/// A SQL type name as written in `CAST`, `::` or a typed literal. The planner maps it to Arrow, e.g.
/// `BIGINT` → Int64, `BIGINT UNSIGNED` → UInt64, `FLOAT`/`REAL` → Float32, `DOUBLE` → Float64, `VARCHAR` → Utf8,
/// `TIMESTAMP` → Timestamp(ns). Names sqlparser does not know are kept as `custom` (DataFusion rejects them
/// at planning time with `Unsupported SQL type ...`).
public indirect enum DataType: Hashable, Sendable {
    /// `BOOLEAN` / `BOOL`.
    case boolean
    /// An integer type, possibly `UNSIGNED`.
    case integer(IntegerType, unsigned: Bool)
    /// A floating-point type, by spelling.
    case float(FloatType)
    /// `DECIMAL`/`NUMERIC`/`DEC` with optional precision and scale.
    case decimal(precision: Int?, scale: Int?)
    /// A character type, by spelling, with an optional length.
    case string(StringType, length: Int?)
    /// `TIMESTAMP[(p)] [WITH | WITHOUT TIME ZONE]`.
    case timestamp(precision: Int?, withTimeZone: Bool)
    /// `DATE`.
    case date
    /// `TIME[(p)] [WITH | WITHOUT TIME ZONE]`.
    case time(precision: Int?, withTimeZone: Bool)
    /// `INTERVAL`.
    case interval
    /// `BYTEA`.
    case bytea
    /// `T[]` or `ARRAY<T>`.
    case array(DataType)
    /// Any other name, with its parenthesised modifiers as text.
    case custom(ObjectName, modifiers: [String])
}

/// Integer type spellings.
public enum IntegerType: String, Hashable, Sendable {
    /// `TINYINT` (Int8).
    case tinyInt = "TINYINT"
    /// `SMALLINT` (Int16).
    case smallInt = "SMALLINT"
    /// `INT` (Int32).
    case int = "INT"
    /// `INTEGER` (Int32).
    case integer = "INTEGER"
    /// `BIGINT` (Int64).
    case bigInt = "BIGINT"
}

/// Floating-point type spellings.
public enum FloatType: String, Hashable, Sendable {
    /// `FLOAT` (Float32 in DataFusion).
    case float = "FLOAT"
    /// `REAL` (Float32).
    case real = "REAL"
    /// `DOUBLE` (Float64).
    case double = "DOUBLE"
    /// `DOUBLE PRECISION` (Float64).
    case doublePrecision = "DOUBLE PRECISION"
}

/// Character type spellings; all are Utf8 to DataFusion.
public enum StringType: String, Hashable, Sendable {
    /// `VARCHAR`.
    case varchar = "VARCHAR"
    /// `CHAR`.
    case char = "CHAR"
    /// `CHARACTER`.
    case character = "CHARACTER"
    /// `CHARACTER VARYING`.
    case characterVarying = "CHARACTER VARYING"
    /// `TEXT`.
    case text = "TEXT"
    /// `STRING`.
    case string = "STRING"
}
