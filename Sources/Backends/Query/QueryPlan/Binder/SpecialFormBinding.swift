import Kernel
import QueryExec
import SQL

/// The keyword forms `SUBSTRING(...)`, `TRIM(...)` and `POSITION(... IN ...)`, bound as the
/// function calls DataFusion rewrites them to (`substr`, `btrim`/`ltrim`/`rtrim`, `strpos`), so
/// they evaluate and are named exactly as those calls.
enum SpecialFormBinding {
    static func call(_ name: String, _ arguments: [SQL.Expr]) -> FunctionCall {
        FunctionCall(name: ObjectName([Identifier(name)]), arguments: arguments.map { .expr($0) })
    }

    /// `SUBSTRING(s FROM a [FOR b])` / `SUBSTRING(s, a [, b])` as `substr(s, a[, b])`.
    static func substring(_ subject: SQL.Expr, from: SQL.Expr?, length: SQL.Expr?, binder: ExpressionBinder)
        throws(KernelError) -> BoundExpression
    {
        // `SUBSTRING(s FOR n)` starts at the first character, as DataFusion's rewrite does.
        let from = from ?? .literal(.number("1"))
        let arguments = [subject, from] + (length.map { [$0] } ?? [])
        return try FunctionBinding(binder: binder).bind(call("substr", arguments))
    }

    /// `TRIM([BOTH|LEADING|TRAILING] [chars FROM] s)` as `btrim`, `ltrim` or `rtrim`.
    static func trim(_ subject: SQL.Expr, side: TrimSide?, characters: SQL.Expr?, binder: ExpressionBinder)
        throws(KernelError) -> BoundExpression
    {
        let name =
            switch side {
            case .leading: "ltrim"
            case .trailing: "rtrim"
            case .both, nil: "btrim"
            }
        let arguments = [subject] + (characters.map { [$0] } ?? [])
        return try FunctionBinding(binder: binder).bind(call(name, arguments))
    }

    /// `POSITION(needle IN haystack)` as `strpos(haystack, needle)`.
    static func position(_ needle: SQL.Expr, in haystack: SQL.Expr, binder: ExpressionBinder)
        throws(KernelError) -> BoundExpression
    {
        try FunctionBinding(binder: binder).bind(call("strpos", [haystack, needle]))
    }
}
