/// The type of a stored column. A column's type is fixed by its first write; a later write with
/// another type is rejected for that line.
public enum ColumnType: UInt8, Sendable, Hashable, CaseIterable {
    case tag = 0
    case time = 1
    case float = 2
    case integer = 3
    case uinteger = 4
    case string = 5
    case boolean = 6

    /// The name InfluxDB 3 prints in type-conflict errors
    /// (`invalid column type for column 'x', expected iox::column_type::field::float, ...`).
    public var ioxName: String {
        switch self {
        case .tag: "iox::column_type::tag"
        case .time: "iox::column_type::timestamp"
        case .float: "iox::column_type::field::float"
        case .integer: "iox::column_type::field::integer"
        case .uinteger: "iox::column_type::field::uinteger"
        case .string: "iox::column_type::field::string"
        case .boolean: "iox::column_type::field::boolean"
        }
    }

    /// Whether the column holds field values (as opposed to the tag set or the timestamp).
    public var isField: Bool {
        switch self {
        case .tag, .time: false
        case .float, .integer, .uinteger, .string, .boolean: true
        }
    }
}
