import Kernel
import LineProtocol

/// Parses `text` with test-friendly defaults.
func parse(
    _ text: String, precision: Precision = .nanosecond, defaultTimestamp: Int64 = 777,
    schema: SchemaHints = SchemaHints(), stopAtFirstError: Bool = false, maxStringBytes: Int = 1 << 20
) -> ParsedWrite {
    var parser = LineProtocolParser(maxStringBytes: maxStringBytes)
    return parser.parse(
        Array(text.utf8), precision: precision, defaultTimestampNanoseconds: defaultTimestamp, schema: schema,
        stopAtFirstError: stopAtFirstError)
}

/// The message of the only error of a one-line body, or nil when it was accepted.
func errorMessage(_ line: String) -> String? {
    let result = parse(line)
    return result.errors.first?.message
}

/// The single value of field `name` of the first table, or nil.
func fieldValue(_ result: ParsedWrite, _ name: String, row: Int = 0) -> FieldValueSample? {
    guard let column = result.tables.first?.fields.first(where: { $0.name == name }) else { return nil }
    guard column.validity[row] else { return nil }
    switch column.values {
    case .float(let values): return .float(values[row])
    case .integer(let values): return .integer(values[row])
    case .uinteger(let values): return .uinteger(values[row])
    case .string(let values): return .string(values[row])
    case .boolean(let values): return .boolean(values[row])
    }
}

/// A field value in a form tests can compare.
enum FieldValueSample: Equatable, Sendable, CustomStringConvertible {
    case float(Double)
    case integer(Int64)
    case uinteger(UInt64)
    case string(String)
    case boolean(Bool)

    var description: String {
        switch self {
        case .float(let value): "float(\(value))"
        case .integer(let value): "integer(\(value))"
        case .uinteger(let value): "uinteger(\(value))"
        case .string(let value): "string(\(value.debugDescription))"
        case .boolean(let value): "boolean(\(value))"
        }
    }
}

/// Expected outcome of one line: the value of field `f` or the exact error message.
enum Outcome: Sendable, CustomStringConvertible {
    case value(FieldValueSample)
    case error(String)

    var description: String {
        switch self {
        case .value(let sample): "\(sample)"
        case .error(let message): "error(\(message))"
        }
    }
}

/// Checks one line against its expected outcome.
func outcome(of line: String) -> Outcome? {
    let result = parse(line)
    if let error = result.errors.first { return .error(error.message) }
    return fieldValue(result, "f").map { .value($0) }
}

extension Outcome: Equatable {}
