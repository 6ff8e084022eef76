import Kernel
import SQL

/// `QUALIFY condition`: a filter over the window functions' results, applied before the
/// projection. The condition may name select-list aliases (`QUALIFY rn = 1` for
/// `row_number() OVER (...) AS rn`), which stand for their expressions unless the input has a
/// column of that name.
enum Qualify {
    static func resolvingAliases(_ expr: SQL.Expr, items: [SelectBinder.Item], schema: PlanSchema) -> SQL.Expr {
        func resolve(_ expr: SQL.Expr) -> SQL.Expr {
            switch expr {
            case .identifier(let name):
                guard !schema.columns.contains(where: { $0.name == name.value }),
                    let item = items.first(where: { $0.alias == name.value })
                else { return expr }
                return item.expr
            case .binary(let left, let op, let right): return .binary(resolve(left), op, resolve(right))
            case .unary(let op, let operand): return .unary(op, resolve(operand))
            case .nested(let inner): return .nested(resolve(inner))
            case .isTest(let inner, let test, let negated): return .isTest(resolve(inner), test, negated: negated)
            case .between(let inner, let negated, let low, let high):
                return .between(resolve(inner), negated: negated, low: resolve(low), high: resolve(high))
            case .inList(let inner, let list, let negated):
                return .inList(resolve(inner), list.map(resolve), negated: negated)
            default: return expr
            }
        }
        return resolve(expr)
    }
}
