import Kernel

/// Evaluates a `PhysicalExpr` over a whole batch, dispatching to the column kernels.
public enum ExpressionEvaluator {
    public static func evaluate(_ expr: PhysicalExpr, _ batch: RecordBatch) throws(KernelError) -> Datum {
        let count = batch.rowCount
        switch expr {
        case .column(let index):
            return .column(batch.columns[index])
        case .literal(let value):
            return .scalar(value)
        case .binary(let op, let left, let right):
            let l = try evaluate(left, batch)
            let r = try evaluate(right, batch)
            switch op {
            case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .isDistinctFrom, .isNotDistinctFrom:
                return try Comparison.evaluate(op, l, r, count: count)
            case .plus, .minus, .multiply, .divide, .modulo, .concat:
                return try Arithmetic.evaluate(op, l, r, count: count)
            case .and, .or:
                return try Logical.evaluate(op, l, r, count: count)
            case .regexMatch, .regexIMatch, .regexNotMatch, .regexNotIMatch, .like, .notLike, .iLike, .notILike:
                return try PatternMatching.evaluate(op, l, r, count: count)
            }
        case .not(let inner):
            return try Logical.not(try evaluate(inner, batch), count: count)
        case .negate(let inner):
            let operand = try evaluate(inner, batch)
            if let negated = DecimalArithmetic.negate(operand) { return negated }
            // Zero of the operand's own type, so that a narrow type stays narrow (wrapping).
            if case .column(let column) = operand { try NumericCoercion.checkNegation(column) }
            let zero: Datum =
                if case .column(let column) = operand, case .narrow = column.type {
                    .column(
                        try Cast.column(
                            RecordColumn.repeating(.integer(0), type: .integer, count: count), to: column.type))
                } else { .scalar(.integer(0)) }
            return try Arithmetic.evaluate(.minus, zero, operand, count: count)
        case .isNull(let inner, let negated):
            return isNull(try evaluate(inner, batch), negated: negated, count: count)
        case .isBoolean(let inner, let value, let negated):
            let test = try Comparison.evaluate(
                .isNotDistinctFrom, try evaluate(inner, batch), .scalar(.boolean(value)), count: count)
            return negated ? try Logical.not(test, count: count) : test
        case .inList(let inner, let list, let negated):
            return try inList(inner, list, negated: negated, batch)
        case .cast(.caseWhen(let branches, let otherwise), let type) where type.isNested:
            return try caseWhen(branches, otherwise: otherwise, batch, type: type)
        case .cast(let inner, let type):
            switch try evaluate(inner, batch) {
            case .scalar(let value) where type.storedType == nil && type.storage != type:
                // Narrow numbers exist only as columns: a scalar's value does not carry the type.
                return .column(
                    try Cast.column(
                        RecordColumn.repeating(value, type: value.columnType ?? type, count: count), to: type))
            case .scalar(let value): return .scalar(try Cast.scalar(value, to: type))
            case .column(let column): return .column(try Cast.column(column, to: type))
            }
        case .tryCast(let inner, let type):
            return TryCast.evaluate(try evaluate(inner, batch), to: type)
        case .caseWhen(let branches, let otherwise):
            return try caseWhen(branches, otherwise: otherwise, batch)
        case .function(let function, let arguments):
            var values: [Datum] = []
            for argument in arguments { values.append(try evaluate(argument, batch)) }
            return try FunctionKernels.evaluate(function, values, count: count)
        }
    }

    /// Evaluates `expr` to a full column of the batch's length.
    public static func column(_ expr: PhysicalExpr, _ batch: RecordBatch, type: ValueType) throws(KernelError)
        -> RecordColumn
    {
        try evaluate(expr, batch).column(count: batch.rowCount, type: type)
    }

    private static func isNull(_ datum: Datum, negated: Bool, count: Int) -> Datum {
        switch datum {
        case .scalar(let value): return .scalar(.boolean(value.isNull != negated))
        case .column(let column):
            let values = (0..<count).map { column.validity[$0] == negated }
            return .column(ColumnBuild.booleans(values, ValidityBitmap(repeating: true, count: count)))
        }
    }

    private static func inList(_ inner: PhysicalExpr, _ list: [PhysicalExpr], negated: Bool, _ batch: RecordBatch)
        throws(KernelError) -> Datum
    {
        let subject = try evaluate(inner, batch)
        // A tag against string literals (`host IN ('a', 'b')`): test each dictionary entry once.
        if case .column(let column) = subject, case .tag(let dictionary, let codes) = column.values {
            var literals = Set<String>()
            var allLiterals = !list.isEmpty
            for item in list {
                guard case .literal(.string(let text)) = item else {
                    allLiterals = false
                    break
                }
                literals.insert(text)
            }
            if allLiterals {
                let member = dictionary.map { literals.contains($0) != negated }
                let values = codes.map { $0 >= 0 && member[Int($0)] }
                return .column(ColumnBuild.booleans(values, column.validity))
            }
        }
        var result: Datum = .scalar(.boolean(false))
        for item in list {
            let equal = try Comparison.evaluate(.equal, subject, try evaluate(item, batch), count: batch.rowCount)
            result = try Logical.evaluate(.or, result, equal, count: batch.rowCount)
        }
        return negated ? try Logical.not(result, count: batch.rowCount) : result
    }

    /// `type`: the bound type of a struct, list or map result (its constant branches carry none).
    private static func caseWhen(
        _ branches: [CaseBranch], otherwise: PhysicalExpr?, _ batch: RecordBatch, type bound: ValueType? = nil
    ) throws(KernelError) -> Datum {
        let count = batch.rowCount
        var results: [ScalarValue] = Array(repeating: .null, count: count)
        var decided = [Bool](repeating: false, count: count)
        var types: [ValueType?] = []
        for branch in branches {
            let condition = try column(branch.condition, batch, type: .boolean)
            let value = try evaluate(branch.result, batch)
            types.append(Comparison.typeOf(value))
            guard case .boolean(let flags) = condition.values else { continue }
            for row in 0..<count where !decided[row] && condition.validity[row] && flags[row] {
                results[row] = value.scalar(at: row)
                decided[row] = true
            }
        }
        if let otherwise {
            let value = try evaluate(otherwise, batch)
            types.append(Comparison.typeOf(value))
            for row in 0..<count where !decided[row] { results[row] = value.scalar(at: row) }
        }
        let type = bound ?? NestedFunctions.firstKnownType(types) ?? .string
        return .column(ColumnBuild.fromScalars(results.map { (try? Cast.scalar($0, to: type)) ?? .null }, type: type))
    }
}
