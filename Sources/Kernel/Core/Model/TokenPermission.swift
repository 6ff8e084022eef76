/// One permission of a token, InfluxDB's `resource_type:resource_names:actions`
/// (`influxdb3_authz/src/permissions.rs`): `db:db1,db2:read,write`, `system:health:read`, and the
/// admin permission `*:*:*`. Names and actions are either the wildcard `*` or a list.
public struct TokenPermission: Sendable, Hashable, CustomStringConvertible {
    /// What kind of resource the permission is about.
    public enum ResourceType: String, Sendable, Hashable {
        case database = "db"
        case system = "system"
        case any = "*"
    }

    /// Which resources: every one (`*`) or these names.
    public enum Names: Sendable, Hashable {
        case all
        case named([String])

        func contains(_ name: String) -> Bool {
            switch self {
            case .all: true
            case .named(let names): names.contains(name)
            }
        }
    }

    /// What may be done: everything (`*`) or these actions, in `Action.allCases` order.
    public enum Actions: Sendable, Hashable {
        case all
        case some([Action])

        func contains(_ action: Action) -> Bool {
            switch self {
            case .all: true
            case .some(let actions): actions.contains(action)
            }
        }
    }

    /// The actions InfluxDB names; `system` resources know only `read`.
    public enum Action: String, Sendable, Hashable, CaseIterable {
        case create, describe, read, write, delete
    }

    /// The system resources a `system` permission may name.
    public static let systemResources = ["health", "metrics", "ping", "ready"]

    /// `*:*:*`: everything, the permission of admin tokens.
    public static let admin = TokenPermission(resourceType: .any, names: .all, actions: .all)

    public var resourceType: ResourceType
    public var names: Names
    public var actions: Actions

    public init(resourceType: ResourceType, names: Names, actions: Actions) {
        self.resourceType = resourceType
        self.names = names
        self.actions = actions
    }

    /// Validates the parts of a permission as a client sends them (the Enterprise token request or
    /// an offline tokens file), with InfluxDB's error texts.
    public init(resourceType type: String, names: [String], actions: [String]) throws(KernelError) {
        guard let resourceType = ResourceType(rawValue: type) else {
            throw KernelError(.invalidInput, "resource type not supported \(type)")
        }
        self.resourceType = resourceType
        self.names = try Self.names(names, type: resourceType)
        self.actions = try Self.actions(actions, type: resourceType)
        if resourceType == .any, self != .admin {
            throw KernelError(.invalidInput, "resource type not supported \(type)")
        }
    }

    /// Parses `type:name1,name2:action1,action2` (the CLI's and the tokens file's form).
    public init(parsing text: String) throws(KernelError) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 else {
            throw KernelError(.invalidInput, "invalid permission '\(text)': expected <type>:<names>:<actions>")
        }
        func list(_ part: String) -> [String] { part.split(separator: ",").map(String.init) }
        try self.init(resourceType: parts[0], names: list(parts[1]), actions: list(parts[2]))
    }

    private static func names(_ names: [String], type: ResourceType) throws(KernelError) -> Names {
        guard !names.isEmpty else { throw KernelError(.invalidInput, "missing resource name \(type.rawValue)") }
        if names.contains("*") {
            guard names.count == 1 else { throw KernelError(.invalidInput, "mixed wildcard (*) and resource name") }
            return .all
        }
        for name in names where name.isEmpty || (type == .system && !systemResources.contains(name)) {
            throw KernelError(.invalidInput, "invalid resource name \(name)")
        }
        return .named(names)
    }

    private static func actions(_ actions: [String], type: ResourceType) throws(KernelError) -> Actions {
        guard !actions.isEmpty else { throw KernelError(.invalidInput, "action not supported, (none)") }
        if actions.contains("*") {
            guard actions.count == 1 else { throw KernelError(.invalidInput, "action not supported, *") }
            return .all
        }
        var parsed = Set<Action>()
        for text in actions {
            guard let action = Action(rawValue: text), type != .system || action == .read else {
                throw KernelError(.invalidInput, "action not supported, \(text)")
            }
            parsed.insert(action)
        }
        return .some(Action.allCases.filter(parsed.contains))
    }

    public var description: String {
        let namesText: String
        switch names {
        case .all: namesText = "*"
        case .named(let list): namesText = list.joined(separator: ",")
        }
        let actionsText: String
        switch actions {
        case .all: actionsText = "*"
        case .some(let list): actionsText = list.map(\.rawValue).joined(separator: ",")
        }
        return "\(resourceType.rawValue):\(namesText):\(actionsText)"
    }

    /// Whether this permission alone grants `request`. Only `*:*:*` grants `.admin`; `_internal`
    /// is reached through `.admin` (the caller asks for it, see `AccessRequest`).
    public func grants(_ request: AccessRequest) -> Bool {
        if self == .admin { return true }
        switch request {
        case .admin:
            return false
        case .database(let name, let action):
            return resourceType == .database && names.contains(name) && actions.contains(action)
        case .system(let name):
            return resourceType == .system && names.contains(name) && actions.contains(.read)
        }
    }
}
