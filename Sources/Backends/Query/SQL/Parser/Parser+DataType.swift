/// SQL type names for `CAST`, `::` and typed literals.
extension Parser {
    /// A type name, optionally followed by `[]` (array of).
    mutating func parseDataType() throws(SQLParseError) -> DataType {
        var dataType = try parseBaseDataType()
        while peekIs(.leftBracket), peek(1).kind == .symbol(.rightBracket) {
            index += 2
            dataType = .array(dataType)
        }
        return dataType
    }

    private mutating func parseBaseDataType() throws(SQLParseError) -> DataType {
        guard case .word(let text, let quote) = peek.kind else { throw .expected("a data type name", found: peek) }
        let upper = quote == nil ? text.asciiUppercased : ""
        if let integer = IntegerType(rawValue: upper) {
            advance()
            _ = try parseOptionalTypeModifier()  // display width, e.g. INT(11), is ignored as in DataFusion
            return .integer(integer, unsigned: consume(.unsigned))
        }
        switch upper {
        case "BOOLEAN", "BOOL":
            advance()
            return .boolean
        case "FLOAT":
            advance()
            _ = try parseOptionalTypeModifier()
            return .float(.float)
        case "REAL":
            advance()
            return .float(.real)
        case "DOUBLE":
            advance()
            return .float(consume(.precision) ? .doublePrecision : .double)
        // sqlparser knows `DEC` too, but DataFusion refuses it: it stays a custom type name.
        case "DECIMAL", "NUMERIC":
            advance()
            let (precision, scale) = try parseOptionalPrecisionScale()
            return .decimal(precision: precision, scale: scale)
        case "VARCHAR", "CHAR", "CHARACTER", "TEXT", "STRING":
            advance()
            var kind = StringType(rawValue: upper) ?? .varchar
            if kind == .character, consume(.varying) { kind = .characterVarying }
            return .string(kind, length: try parseOptionalTypeModifier())
        case "TIMESTAMP", "TIME":
            advance()
            let precision = try parseOptionalTypeModifier()
            let withTimeZone = consume(.with, .time, .zone)
            if !withTimeZone { _ = consume(.without, .time, .zone) }
            if upper == "TIME" { return .time(precision: precision, withTimeZone: withTimeZone) }
            return .timestamp(precision: precision, withTimeZone: withTimeZone)
        case "DATE":
            advance()
            return .date
        case "INTERVAL":
            advance()
            return .interval
        case "BYTEA":
            advance()
            return .bytea
        default:
            return try parseCustomDataType()
        }
    }

    /// Type names `parseBaseDataType` knows; a typed string literal (`TIMESTAMP '...'`) must start with one.
    static let builtinTypeNames: Set<String> = [
        "TINYINT", "SMALLINT", "INT", "INTEGER", "BIGINT", "BOOLEAN", "BOOL", "FLOAT", "REAL", "DOUBLE", "DECIMAL",
        "NUMERIC", "DEC", "VARCHAR", "CHAR", "CHARACTER", "TEXT", "STRING", "TIMESTAMP", "TIME", "DATE", "INTERVAL",
        "BYTEA",
    ]

    /// An unknown type name with optional `(modifier, ...)`; DataFusion decides later whether it exists.
    private mutating func parseCustomDataType() throws(SQLParseError) -> DataType {
        let name = try parseObjectName()
        var modifiers: [String] = []
        if consume(.leftParen) {
            modifiers = try commaSeparated { (parser: inout Parser) throws(SQLParseError) in
                switch parser.peek.kind {
                case .number(let text), .word(let text, nil), .string(let text):
                    parser.advance()
                    return text
                default:
                    throw .expected("type modifiers", found: parser.peek)
                }
            }
            try expect(.rightParen)
        }
        return .custom(name, modifiers: modifiers)
    }

    /// `(n)` after a type name.
    private mutating func parseOptionalTypeModifier() throws(SQLParseError) -> Int? {
        guard consume(.leftParen) else { return nil }
        let value = try parseLiteralInteger()
        try expect(.rightParen)
        return value
    }

    /// `(p)` or `(p, s)` after `DECIMAL`.
    private mutating func parseOptionalPrecisionScale() throws(SQLParseError) -> (Int?, Int?) {
        guard consume(.leftParen) else { return (nil, nil) }
        let precision = try parseLiteralInteger()
        // A negative scale (`DECIMAL(5, -2)`: multiples of 100) is accepted, as sqlparser does.
        let scale: Int? =
            consume(.comma) ? (consume(Symbol.minus) ? -(try parseLiteralInteger()) : try parseLiteralInteger()) : nil
        try expect(.rightParen)
        return (precision, scale)
    }

    private mutating func parseLiteralInteger() throws(SQLParseError) -> Int {
        guard case .number(let text) = peek.kind, let value = Int(text) else {
            throw .expected("literal int", found: peek)
        }
        advance()
        return value
    }
}
