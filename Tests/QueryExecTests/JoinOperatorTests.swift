import Kernel
import Testing

@testable import QueryExec

@Suite("Join and set operators")
struct JoinOperatorTests {
    static func values(_ names: [String], _ types: [ValueType], _ rows: [[ScalarValue]]) -> ValuesOperator {
        ValuesOperator(fields: zip(names, types).map { Field(name: $0, type: $1) }, rows: rows)
    }

    /// `(n, s)`: (1, a), (2, b), (NULL, n), (1, c).
    static func left() -> ValuesOperator {
        values(
            ["n", "s"], [.integer, .tag],
            [
                [.integer(1), .string("a")], [.integer(2), .string("b")], [.null, .string("n")],
                [.integer(1), .string("c")],
            ])
    }

    /// `(m, t)`: (1, x), (3, y), (NULL, z).
    static func right() -> ValuesOperator {
        values(
            ["m", "t"], [.integer, .string],
            [[.integer(1), .string("x")], [.integer(3), .string("y")], [.null, .string("z")]])
    }

    static func join(_ type: JoinType, filter: PhysicalExpr? = nil, keyed: Bool = true) -> JoinOperator {
        let leftOnly = type.leftOnly
        let rightOnly = type.rightOnly
        let all = [Field(name: "n", type: .integer), Field(name: "s", type: .tag)]
        let other = [Field(name: "m", type: .integer), Field(name: "t", type: .string)]
        return JoinOperator(
            left: left(), right: right(), type: type,
            leftKeys: keyed ? [.column(0)] : [], rightKeys: keyed ? [.column(0)] : [],
            keyTypes: keyed ? [.integer] : [], filter: filter,
            fields: leftOnly ? all : rightOnly ? other : all + other)
    }

    static func rows(_ op: any ExecutionOperator) throws -> [[ScalarValue]] {
        try op.collect().flatMap { batch in
            (0..<batch.rowCount).map { row in batch.columns.map { $0.scalar(at: row) } }
        }
    }

    @Test func innerHashJoinNeverMatchesNullKeys() throws {
        let result = try Self.rows(Self.join(.inner))
        #expect(
            result == [
                [.integer(1), .string("a"), .integer(1), .string("x")],
                [.integer(1), .string("c"), .integer(1), .string("x")],
            ])
    }

    @Test func outerJoinsPadTheOtherSideWithNulls() throws {
        let left = try Self.rows(Self.join(.left))
        #expect(left.count == 4)
        #expect(left.contains([.null, .string("n"), .null, .null]))
        let full = try Self.rows(Self.join(.full))
        #expect(full.count == 6)
        #expect(full.contains([.null, .null, .null, .string("z")]))
        #expect(full.contains([.null, .null, .integer(3), .string("y")]))
        let right = try Self.rows(Self.join(.right))
        #expect(right.count == 4)
    }

    @Test func filterDecidesAmongCandidates() throws {
        // n = m AND s = 'c'
        let result = try Self.rows(Self.join(.left, filter: .binary(.equal, .column(1), .literal(.string("c")))))
        #expect(result.contains([.integer(1), .string("a"), .null, .null]))
        #expect(result.contains([.integer(1), .string("c"), .integer(1), .string("x")]))
        #expect(result.count == 4)
    }

    @Test func nestedLoopJoinWithoutKeys() throws {
        let result = try Self.rows(Self.join(.inner, filter: .binary(.less, .column(0), .column(2)), keyed: false))
        #expect(
            result.map { [$0[0], $0[2]] } == [
                [.integer(1), .integer(3)], [.integer(2), .integer(3)], [.integer(1), .integer(3)],
            ])
        #expect(try Self.rows(Self.join(.inner, keyed: false)).count == 12)
    }

    @Test func semiAndAntiJoins() throws {
        #expect(try Self.rows(Self.join(.leftSemi)).map { $0[1] } == [.string("a"), .string("c")])
        #expect(try Self.rows(Self.join(.leftAnti)).map { $0[1] } == [.string("b"), .string("n")])
        #expect(try Self.rows(Self.join(.rightAnti)).map { $0[1] } == [.string("y"), .string("z")])
    }

    @Test func unionCastsToTheOutputTypes() throws {
        let union = UnionOperator(
            inputs: [Self.values(["a"], [.integer], [[.integer(1)]]), Self.values(["b"], [.float], [[.float(2.5)]])],
            fields: [Field(name: "a", type: .float)])
        #expect(try Self.rows(union) == [[.float(1)], [.float(2.5)]])
    }

    @Test func intersectAndExceptTreatNullsAsEqual() throws {
        func run(_ kind: SetOperationOperator.Kind, all: Bool) throws -> [[ScalarValue]] {
            let left = Self.values(["n"], [.integer], [[.integer(1)], [.integer(1)], [.null], [.integer(2)], [.null]])
            let right = Self.values(["n"], [.integer], [[.integer(1)], [.null]])
            return try Self.rows(
                SetOperationOperator(
                    left: left, right: right, kind: kind, all: all, fields: [Field(name: "n", type: .integer)]))
        }
        #expect(try run(.intersect, all: false) == [[.integer(1)], [.null]])
        #expect(try run(.intersect, all: true) == [[.integer(1)], [.integer(1)], [.null], [.null]])
        #expect(try run(.except, all: false) == [[.integer(2)]])
        #expect(try run(.except, all: true) == [[.integer(2)]])
    }
}
