/// SQL rendering of function calls, windows and data types.
extension FunctionCall {
    /// `name(args ...) [WITHIN GROUP ...] [FILTER ...] [nulls] [OVER ...]`.
    public var sqlText: String {
        guard hasParentheses else { return name.description.asciiUppercased }
        var inner = arguments.map(\.sqlText).joined(separator: ", ")
        if quantifier != .none { inner = "\(quantifier.rawValue) \(inner)" }
        if !orderBy.isEmpty { inner += " ORDER BY \(orderBy.sqlText)" }
        var text = "\(name)(\(inner))"
        if !withinGroup.isEmpty { text += " WITHIN GROUP (ORDER BY \(withinGroup.sqlText))" }
        if let filter { text += " FILTER (WHERE \(filter.sqlText))" }
        if let nullTreatment { text += " \(nullTreatment.rawValue)" }
        switch over {
        case .named(let window): text += " OVER \(window.sqlText)"
        case .spec(let spec): text += " OVER \(spec.sqlText)"
        case nil: break
        }
        return text
    }
}

extension FunctionArgument {
    /// One argument as SQL.
    public var sqlText: String {
        switch self {
        case .expr(let expr): return expr.sqlText
        case .wildcard: return "*"
        case .qualifiedWildcard(let name): return "\(name).*"
        case .named(let name, let value): return "\(name.sqlText) => \(value.sqlText)"
        }
    }
}

extension [OrderByItem] {
    /// Comma-separated order items.
    var sqlText: String { map(\.sqlText).joined(separator: ", ") }
}

extension OrderByItem {
    /// `expr [ASC|DESC] [NULLS FIRST|LAST]`.
    public var sqlText: String {
        var text = expr.sqlText
        if let ascending { text += ascending ? " ASC" : " DESC" }
        if let nullsFirst { text += nullsFirst ? " NULLS FIRST" : " NULLS LAST" }
        return text
    }
}

extension WindowSpec {
    /// `(...)` including the parentheses.
    public var sqlText: String {
        var parts: [String] = []
        if let baseWindow { parts.append(baseWindow.sqlText) }
        if !partitionBy.isEmpty { parts.append("PARTITION BY \(partitionBy.sqlText)") }
        if !orderBy.isEmpty { parts.append("ORDER BY \(orderBy.sqlText)") }
        if let frame {
            if let end = frame.end {
                parts.append("\(frame.units.rawValue) BETWEEN \(frame.start.sqlText) AND \(end.sqlText)")
            } else {
                parts.append("\(frame.units.rawValue) \(frame.start.sqlText)")
            }
        }
        return "(\(parts.joined(separator: " ")))"
    }
}

extension WindowFrameBound {
    /// `CURRENT ROW`, `UNBOUNDED PRECEDING`, `n FOLLOWING`...
    public var sqlText: String {
        switch self {
        case .currentRow: return "CURRENT ROW"
        case .preceding(let offset): return "\(offset?.sqlText ?? "UNBOUNDED") PRECEDING"
        case .following(let offset): return "\(offset?.sqlText ?? "UNBOUNDED") FOLLOWING"
        }
    }
}

extension DataType {
    /// The type name as SQL.
    public var sqlText: String {
        switch self {
        case .boolean: return "BOOLEAN"
        case .integer(let kind, let unsigned): return unsigned ? "\(kind.rawValue) UNSIGNED" : kind.rawValue
        case .float(let kind): return kind.rawValue
        case .decimal(let precision, let scale):
            guard let precision else { return "DECIMAL" }
            return scale.map { "DECIMAL(\(precision), \($0))" } ?? "DECIMAL(\(precision))"
        case .string(let kind, let length): return length.map { "\(kind.rawValue)(\($0))" } ?? kind.rawValue
        case .timestamp(let precision, let withTimeZone):
            return DataType.temporalText("TIMESTAMP", precision, withTimeZone)
        case .date: return "DATE"
        case .time(let precision, let withTimeZone): return DataType.temporalText("TIME", precision, withTimeZone)
        case .interval: return "INTERVAL"
        case .bytea: return "BYTEA"
        case .array(let element): return "\(element.sqlText)[]"
        case .custom(let name, let modifiers):
            return modifiers.isEmpty ? name.description : "\(name)(\(modifiers.joined(separator: ", ")))"
        }
    }

    private static func temporalText(_ name: String, _ precision: Int?, _ withTimeZone: Bool) -> String {
        let base = precision.map { "\(name)(\($0))" } ?? name
        return withTimeZone ? "\(base) WITH TIME ZONE" : base
    }
}
