import Kernel
import SQL

/// `*` and `t.*` expanded to the input's columns, with DataFusion's wildcard options:
/// `EXCLUDE`/`EXCEPT` drop columns (each must exist, none twice), `REPLACE (expr AS c)` puts an
/// expression in column `c`'s place under its name, `ILIKE` is ignored and `RENAME` is refused,
/// as in DataFusion 55.
enum WildcardExpansion {
    static func expand(_ items: [SelectItem], schema: PlanSchema) throws(KernelError) -> [SelectBinder.Item] {
        var result: [SelectBinder.Item] = []
        for item in items {
            switch item {
            case .expr(let expr, let alias):
                result.append(SelectBinder.Item(expr: expr, alias: alias?.value))
            case .wildcard:
                result += columns(of: schema, relation: nil)
            case .qualifiedWildcard(let name):
                result += columns(of: schema, relation: name.baseName)
            case .wildcardWithOptions(let name, let options):
                result += try expand(columns(of: schema, relation: name?.baseName), options, schema: schema)
            }
        }
        return result
    }

    private static func columns(of schema: PlanSchema, relation: String?) -> [SelectBinder.Item] {
        schema.columns.filter { relation == nil ? !$0.usingDuplicate : $0.relation == relation }.map { column in
            let parts =
                relation == nil ? [column.relation].compactMap { $0 } + [column.name] : [relation ?? "", column.name]
            return SelectBinder.Item(
                expr: .compoundIdentifier(parts.map { Identifier($0, isQuoted: true) }), alias: nil)
        }
    }

    private static func expand(_ items: [SelectBinder.Item], _ options: WildcardOptions, schema: PlanSchema)
        throws(KernelError) -> [SelectBinder.Item]
    {
        if !options.rename.isEmpty {
            throw KernelError(.notImplemented, "This feature is not implemented: wildcard * with RENAME not supported ")
        }
        let excluded = (options.exclude + options.except).map(\.value)
        if Set(excluded).count != excluded.count {
            throw KernelError(.invalidInput, "Error during planning: EXCLUDE or EXCEPT contains duplicate column names")
        }
        for name in excluded { _ = try schema.index(of: name, relation: nil) }
        var result: [SelectBinder.Item] = []
        for item in items {
            guard case .compoundIdentifier(let parts) = item.expr, let name = parts.last?.value else { continue }
            if excluded.contains(name) { continue }
            if let replacement = options.replace.first(where: { $0.column.value == name }) {
                result.append(SelectBinder.Item(expr: replacement.expr, alias: name))
            } else {
                result.append(item)
            }
        }
        guard !result.isEmpty else {
            throw KernelError(
                .invalidInput,
                "Error during planning: SELECT list is empty after resolving * expressions, the wildcard expanded to zero columns"
            )
        }
        return result
    }
}
