import Kernel

/// A named, typed column of an operator's output.
public struct Field: Sendable, Hashable {
    public var name: String
    public var type: ValueType
    public var nullable: Bool

    public init(name: String, type: ValueType, nullable: Bool = true) {
        self.name = name
        self.type = type
        self.nullable = nullable
    }
}
