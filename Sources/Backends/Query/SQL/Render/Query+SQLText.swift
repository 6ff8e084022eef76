/// SQL rendering of statements, queries and `FROM` items.
extension Statement {
    /// The statement as SQL text (re-parses to an equal AST).
    public var sqlText: String {
        switch self {
        case .query(let query): return query.sqlText
        case .explain(let analyze, let verbose, let format, let statement):
            var text = "EXPLAIN"
            if analyze { text += " ANALYZE" }
            if verbose { text += " VERBOSE" }
            if let format { text += " FORMAT \(Identifier(format).sqlText)" }
            return "\(text) \(statement.sqlText)"
        case .showTables: return "SHOW TABLES"
        case .showColumns(let extended, let full, let table):
            return "SHOW \(extended ? "EXTENDED " : "")\(full ? "FULL " : "")COLUMNS FROM \(table)"
        case .showVariable(let parts): return "SHOW \(parts.map(\.sqlText).joined(separator: "."))"
        }
    }
}

extension Query {
    /// The query as SQL text.
    public var sqlText: String {
        var text = ""
        if let with {
            text += with.recursive ? "WITH RECURSIVE " : "WITH "
            text += with.tables.map(\.sqlText).joined(separator: ", ") + " "
        }
        text += body.sqlText
        if !orderBy.isEmpty { text += " ORDER BY \(orderBy.sqlText)" }
        if let limit { text += " LIMIT \(limit.sqlText)" }
        if let offset { text += " OFFSET \(offset.sqlText)" }
        if let fetch {
            let quantity = fetch.quantity.map { " \($0.sqlText)\(fetch.percent ? " PERCENT" : "")" } ?? ""
            text += " FETCH FIRST\(quantity) ROWS \(fetch.withTies ? "WITH TIES" : "ONLY")"
        }
        return text
    }
}

extension CommonTableExpression {
    /// `name [(cols)] AS (query)`.
    var sqlText: String {
        let columnText = columns.isEmpty ? "" : " (\(columns.map(\.sqlText).joined(separator: ", ")))"
        return "\(name.sqlText)\(columnText) AS (\(query.sqlText))"
    }
}

extension SetExpression {
    /// The body as SQL text.
    public var sqlText: String {
        switch self {
        case .select(let select): return select.sqlText
        case .query(let query): return "(\(query.sqlText))"
        case .values(let rows): return "VALUES " + rows.map { "(\($0.sqlText))" }.joined(separator: ", ")
        case .setOperation(let op, let quantifier, let left, let right):
            let quantifierText = quantifier == .none ? "" : " \(quantifier.rawValue)"
            return "\(left.sqlText) \(op.rawValue)\(quantifierText) \(right.sqlText)"
        }
    }
}

extension Select {
    /// `SELECT ...` without ORDER BY / LIMIT.
    public var sqlText: String {
        var text = "SELECT"
        switch distinct {
        case .all: text += " ALL"
        case .distinct: text += " DISTINCT"
        case .on(let keys): text += " DISTINCT ON (\(keys.sqlText))"
        case nil: break
        }
        if !projection.isEmpty { text += " " + projection.map(\.sqlText).joined(separator: ", ") }
        if !from.isEmpty { text += " FROM " + from.map(\.sqlText).joined(separator: ", ") }
        if let selection { text += " WHERE \(selection.sqlText)" }
        if groupByAll { text += " GROUP BY ALL" }
        let groupItems = groupBy.map(\.sqlText) + groupingElements.map(\.sqlText)
        if !groupItems.isEmpty { text += " GROUP BY " + groupItems.joined(separator: ", ") }
        if let having { text += " HAVING \(having.sqlText)" }
        if let qualify { text += " QUALIFY \(qualify.sqlText)" }
        if !namedWindows.isEmpty {
            text += " WINDOW " + namedWindows.map { "\($0.name.sqlText) AS \($0.spec.sqlText)" }.joined(separator: ", ")
        }
        return text
    }
}

extension GroupingElement {
    /// The item as sqlparser displays it.
    public var sqlText: String {
        func tuple(_ items: [Expr]) -> String { "(\(items.sqlText))" }
        func element(_ items: [Expr]) -> String { items.count == 1 ? items[0].sqlText : tuple(items) }
        switch self {
        case .groupingSets(let sets): return "GROUPING SETS (\(sets.map(tuple).joined(separator: ", ")))"
        case .rollup(let items): return "ROLLUP (\(items.map(element).joined(separator: ", ")))"
        case .cube(let items): return "CUBE (\(items.map(element).joined(separator: ", ")))"
        case .empty: return "()"
        }
    }
}

extension SelectItem {
    /// One select item.
    public var sqlText: String {
        switch self {
        case .expr(let expr, let alias): return alias.map { "\(expr.sqlText) AS \($0.sqlText)" } ?? expr.sqlText
        case .wildcard: return "*"
        case .qualifiedWildcard(let name): return "\(name).*"
        case .wildcardWithOptions(let name, let options):
            return (name.map { "\($0).*" } ?? "*") + options.sqlText
        }
    }
}

extension WildcardOptions {
    /// The options after the `*`, each with a leading space.
    public var sqlText: String {
        func list(_ names: [Identifier]) -> String { "(\(names.map(\.sqlText).joined(separator: ", ")))" }
        var text = ilike.map { " ILIKE '\($0)'" } ?? ""
        if !exclude.isEmpty { text += " EXCLUDE \(list(exclude))" }
        if !except.isEmpty { text += " EXCEPT \(list(except))" }
        if !replace.isEmpty {
            text +=
                " REPLACE (" + replace.map { "\($0.expr.sqlText) AS \($0.column.sqlText)" }.joined(separator: ", ")
                + ")"
        }
        if !rename.isEmpty {
            text +=
                " RENAME (" + rename.map { "\($0.expr.sqlText) AS \($0.column.sqlText)" }.joined(separator: ", ") + ")"
        }
        return text
    }
}

extension TableWithJoins {
    /// The relation and its joins.
    public var sqlText: String {
        var text = relation.sqlText
        for join in joins {
            let natural = join.constraint == .natural ? "NATURAL " : ""
            text += " \(natural)\(join.kind.rawValue) \(join.relation.sqlText)"
            switch join.constraint {
            case .on(let condition): text += " ON \(condition.sqlText)"
            case .using(let columns): text += " USING (\(columns.map(\.sqlText).joined(separator: ", ")))"
            case .natural, .none: break
            }
        }
        return text
    }
}

extension TableFactor {
    /// One relation with its alias.
    public var sqlText: String {
        switch self {
        case .table(let name, let alias): return "\(name)\(alias.sqlSuffix)"
        case .function(let name, let arguments, let alias):
            return "\(name)(\(arguments.map(\.sqlText).joined(separator: ", ")))\(alias.sqlSuffix)"
        case .derived(let query, let alias, let lateral):
            return "\(lateral ? "LATERAL " : "")(\(query.sqlText))\(alias.sqlSuffix)"
        case .nested(let inner, let alias): return "(\(inner.sqlText))\(alias.sqlSuffix)"
        }
    }
}

extension TableAlias? {
    /// ` AS name (cols)` or nothing.
    var sqlSuffix: String {
        guard let alias = self else { return "" }
        let columns = alias.columns.isEmpty ? "" : " (\(alias.columns.map(\.sqlText).joined(separator: ", ")))"
        return " AS \(alias.name.sqlText)\(columns)"
    }
}
