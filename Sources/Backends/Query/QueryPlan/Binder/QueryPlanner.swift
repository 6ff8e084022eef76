import Kernel
import QueryExec
import SQL

/// Plans statements against one database of a catalog snapshot. Names are resolved the way
/// InfluxDB 3 exposes a database to SQL: tables in schema `iox` (also reachable unqualified),
/// metadata in `information_schema`.
struct QueryPlanner {
    let snapshot: CatalogSnapshot
    let database: DatabaseSchema
    let parameters: [String: ScalarValue]
    let nowNanoseconds: Int64
    var commonTables: [String: LogicalPlan] = [:]
    /// `system.queries`, when the engine keeps a log.
    var queryLog: QueryLog?
    /// Whether `system.tokens` has its `hash` column (InfluxDB: only when started with auth).
    var showsTokenHashes = true
    /// Bound on nested queries (subqueries, CTEs) so hostile SQL cannot exhaust the stack.
    var depth = 0
    /// Evaluates uncorrelated subqueries while planning; nil where nothing may run.
    var runSubquery: SubqueryRunner?
    static let maxDepth = 64

    func scope(_ schema: PlanSchema) -> BindingScope {
        BindingScope(schema: schema, parameters: parameters, nowNanoseconds: nowNanoseconds, planner: self)
    }

    func plan(_ statement: Statement) throws(KernelError) -> LogicalPlan {
        switch statement {
        case .query(let query): return try plan(query)
        case .showTables: return MetadataTables.tables(snapshot: snapshot, database: database)
        case .showColumns(_, _, let table):
            guard let schema = database.table(named: table.baseName) else {
                throw KernelError(
                    .invalidInput, "Error during planning: table 'public.iox.\(table.baseName)' not found")
            }
            return MetadataTables.columns(
                database: DatabaseSchema(id: database.id, name: database.name, tables: [schema]))
        case .explain:
            throw KernelError(.notImplemented, "This feature is not implemented: EXPLAIN")
        case .showVariable(let parts):
            let name = parts.map(\.value).joined(separator: ".")
            return try MetadataTables.settings(named: name == "all" ? nil : name)
        }
    }

    func plan(_ query: Query) throws(KernelError) -> LogicalPlan {
        if query.fetch != nil {
            throw KernelError(.notImplemented, "This feature is not implemented: FETCH clause is not supported yet")
        }
        var planner = self
        planner.depth += 1
        guard planner.depth <= Self.maxDepth else {
            throw KernelError(.invalidInput, "Error during planning: query nesting deeper than \(Self.maxDepth)")
        }
        for table in query.with?.tables ?? [] {
            if query.with?.recursive == true, let rows = try RecursiveCommonTable(planner: planner).plan(table) {
                planner.commonTables[table.name.value] = rows
                continue
            }
            var cte = try planner.plan(table.query)
            cte = .alias(table.name.value, cte)
            planner.commonTables[table.name.value] = cte
        }
        return try OrderAndLimit(planner: planner).plan(query)
    }

    /// The plan of a query body (select, values, parenthesised query).
    func planBody(_ body: SetExpression, orderBy: [OrderByItem]) throws(KernelError) -> PlannedSelect {
        switch body {
        case .select(let select):
            return try SelectBinder(planner: self).plan(select, orderBy: orderBy)
        case .query(let query):
            return PlannedSelect(plan: try plan(query))
        case .values(let rows):
            return PlannedSelect(plan: try values(rows))
        case .setOperation(let op, let quantifier, let left, let right):
            return PlannedSelect(plan: try SetOperationPlanner(planner: self).plan(op, quantifier, left, right))
        }
    }

    func planFrom(_ from: [TableWithJoins]) throws(KernelError) -> LogicalPlan {
        guard let first = from.first else { return .values(PlanSchema([]), [[]]) }
        let joins = JoinPlanner(planner: self)
        var plan = try joins.plan(first)
        for item in from.dropFirst() { plan = try joins.cross(plan, try joins.plan(item)) }
        return plan
    }

    func planRelation(_ relation: TableFactor) throws(KernelError) -> LogicalPlan {
        switch relation {
        case .table(let name, let alias):
            return try aliased(try table(name), alias)
        case .derived(let query, let alias, _):
            return try aliased(try self.plan(query), alias)
        case .nested(let inner, let alias):
            let joined = try planFrom([inner])
            return try aliased(alias == nil ? joined : Self.uniquelyNamed(joined), alias)
        case .function(let name, let arguments, let alias):
            return try aliased(try TableFunctions(planner: self).plan(name, arguments: arguments), alias)
        }
    }

    /// `plan` with repeated column names made unique as DataFusion does when a parenthesised
    /// join gets an alias: the second `host` becomes `host:1`, the third `host:2`.
    private static func uniquelyNamed(_ plan: LogicalPlan) -> LogicalPlan {
        var seen: [String: Int] = [:]
        var renamed = false
        let columns = plan.schema.columns.map { column in
            let count = seen[column.name, default: 0]
            seen[column.name] = count + 1
            renamed = renamed || count > 0
            return PlanColumn(
                relation: nil, name: count == 0 ? column.name : "\(column.name):\(count)", type: column.type,
                nullable: column.nullable)
        }
        guard renamed else { return plan }
        return .projection(columns.indices.map { .column($0) }, PlanSchema(columns), plan)
    }

    /// `plan AS alias(c1, c2, ...)`: the relation renamed, and its first columns too.
    private func aliased(_ plan: LogicalPlan, _ alias: TableAlias?) throws(KernelError) -> LogicalPlan {
        guard let alias else { return plan }
        guard !alias.columns.isEmpty else { return .alias(alias.name.value, plan) }
        let columns = plan.schema.columns
        guard alias.columns.count <= columns.count else {
            throw KernelError(
                .invalidInput,
                "Error during planning: Source table contains \(columns.count) columns but only \(alias.columns.count) names given as column alias"
            )
        }
        let renamed = columns.enumerated().map { index, column in
            PlanColumn(
                relation: nil,
                name: index < alias.columns.count ? alias.columns[index].value : column.name,
                type: column.type,
                nullable: column.nullable
            )
        }
        let projection = LogicalPlan.projection(columns.indices.map { .column($0) }, PlanSchema(renamed), plan)
        return .alias(alias.name.value, projection)
    }

    /// `system.<name>` of this database, nil for a name it does not have.
    private func systemTable(_ name: String) -> LogicalPlan? {
        if name == "queries", let queryLog { return .alias("queries", queryLog.plan) }
        if name == "influxdb_schema" {
            return .alias("influxdb_schema", MetadataTables.influxdbSchema(database: database))
        }
        if let plan = FeatureSystemTables.plan(name) { return plan }
        guard database.name == CatalogSnapshot.internalDatabaseName else { return nil }
        return CatalogSystemTables.plan(name, snapshot: snapshot, showsTokenHashes: showsTokenHashes)
    }

    private func table(_ name: ObjectName) throws(KernelError) -> LogicalPlan {
        let parts = name.parts.map(\.value)
        let tableName = parts.last ?? ""
        let schemaName = parts.count >= 2 ? parts[parts.count - 2] : nil
        if parts.count == 1, let cte = commonTables[tableName] { return cte }
        if schemaName == "system", let plan = systemTable(tableName) { return plan }
        if schemaName == "information_schema" {
            switch tableName {
            case "tables": return MetadataTables.tables(snapshot: snapshot, database: database)
            case "columns":
                let system = MetadataTables.systemTableNames(database).compactMap { name in
                    systemTable(name).map { (name, $0.schema) }
                }
                return MetadataTables.columns(database: database, systemTables: system)
            case "views": return MetadataTables.views(database: database)
            case "schemata": return MetadataTables.schemata()
            case "df_settings": return try MetadataTables.settings(named: nil)
            default: break
            }
        }
        guard schemaName == nil || schemaName == "iox", let table = database.table(named: tableName) else {
            let qualified =
                schemaName == nil ? "public.iox.\(tableName)" : "public.\(parts.suffix(2).joined(separator: "."))"
            throw KernelError(.invalidInput, "Error during planning: table '\(qualified)' not found")
        }
        let columns = table.columns.sorted { $0.name < $1.name }.map { column in
            PlanColumn(
                relation: tableName, name: column.name, type: ValueType(column.type), nullable: column.type != .time)
        }
        // Rows older than the retention period are not queryable, whatever the query asks.
        var timeRange = TimeRange.all
        if let retention = database.effectiveRetention(of: table) {
            let (start, overflow) = nowNanoseconds.subtractingReportingOverflow(retention.totalNanoseconds)
            timeRange.startNanoseconds = overflow ? .min : start
        }
        return .scan(
            TableScan(database: database.name, table: tableName, schema: PlanSchema(columns), timeRange: timeRange))
    }

    private func values(_ rows: [[SQL.Expr]]) throws(KernelError) -> LogicalPlan {
        guard let width = rows.first?.count else { return .values(PlanSchema([]), []) }
        let binder = ExpressionBinder(scope: scope(PlanSchema([])))
        var types = [ValueType?](repeating: nil, count: width)
        var scalars: [[ScalarValue]] = []
        for row in rows {
            guard row.count == width else {
                throw KernelError(.invalidInput, "Error during planning: Inconsistent data length across values list")
            }
            var values: [ScalarValue] = []
            for (index, expr) in row.enumerated() {
                let bound = try binder.bind(expr)
                types[index] = ConstantFolding.unified(types[index], bound.type)
                guard let value = ConstantFolding.constant(bound.expr) else {
                    throw KernelError(.notImplemented, "This feature is not implemented: non-constant VALUES")
                }
                values.append(value)
            }
            scalars.append(values)
        }
        let columns = types.enumerated().map {
            PlanColumn(relation: nil, name: "column\($0.offset + 1)", type: $0.element ?? .string)
        }
        return .values(PlanSchema(columns), scalars)
    }
}
