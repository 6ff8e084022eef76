import Kernel
import QueryExec

/// One column of a plan node's output: its name, the relation it belongs to (a table or alias,
/// used to resolve `cpu.usage`), its type.
public struct PlanColumn: Sendable, Hashable {
    public var relation: String?
    public var name: String
    public var type: ValueType
    public var nullable: Bool
    /// The right side's copy of a `USING`/`NATURAL` join column: `*` skips it and an
    /// unqualified name resolves to the left side's copy.
    public var usingDuplicate = false

    public init(relation: String?, name: String, type: ValueType, nullable: Bool = true) {
        self.relation = relation
        self.name = name
        self.type = type
        self.nullable = nullable
    }

    /// `relation.name`, as DataFusion qualifies names in messages and expression names.
    public var qualifiedName: String { relation.map { "\($0).\(name)" } ?? name }

    var field: Field { Field(name: name, type: type, nullable: nullable) }
}

/// The output columns of a plan node, with name resolution in DataFusion's terms.
public struct PlanSchema: Sendable, Hashable {
    public var columns: [PlanColumn]

    public init(_ columns: [PlanColumn]) {
        self.columns = columns
    }

    var fields: [Field] { columns.map(\.field) }

    /// The position of `name` (optionally qualified by `relation`); errors say which fields exist.
    func index(of name: String, relation: String?) throws(KernelError) -> Int {
        let matches = columns.indices.filter { index in
            columns[index].name == name && (relation == nil || columns[index].relation == relation)
        }
        if matches.count == 1, let only = matches.first { return only }
        let visible = matches.filter { !columns[$0].usingDuplicate }
        if relation == nil, matches.count > 1, visible.count == 1, let only = visible.first { return only }
        let qualified = relation.map { "\($0).\(name)" } ?? name
        if matches.isEmpty {
            let valid = columns.map(\.qualifiedName).joined(separator: ", ")
            throw KernelError(
                .invalidInput,
                "Schema error: No field named \(qualified). Valid fields are \(valid)."
            )
        }
        throw KernelError(.invalidInput, "Schema error: Ambiguous reference to unqualified field \(name)")
    }

    /// Every column taken over by `relation` (a subquery or table alias).
    func requalified(_ relation: String) -> PlanSchema {
        PlanSchema(
            columns.map {
                var column = PlanColumn(relation: relation, name: $0.name, type: $0.type, nullable: $0.nullable)
                column.usingDuplicate = $0.usingDuplicate
                return column
            })
    }
}
