import Foundation
import Kernel
import Logging

/// Pre-generated tokens loaded at start (`--admin-token-file`, `--permission-tokens-file`), so
/// a deployment can know its tokens before the server first runs. A token whose name already
/// exists is left as it is (a restart with the same files changes nothing). The files hold
/// tokens in clear; only their SHA-512 digests reach the catalog.
enum OfflineTokens {
    /// `{"token": "apiv3_...", "name": "...", "expiry_millis": N}` (`influxdb3/src/commands/serve.rs`
    /// `initialize_admin_token_from_file`).
    struct AdminTokenFile: Decodable {
        var token: String
        var name: String
        // swift-format-ignore: AlwaysUseLowerCamelCase
        var expiry_millis: Int64?
    }

    /// `{"create_databases": [...], "tokens": [{"token", "name", "expiry_millis", "permissions":
    /// ["db:db1,db2:read,write"]}]}` (Enterprise's permission tokens file).
    struct PermissionTokensFile: Decodable {
        /// One resource token of the file.
        struct Token: Decodable {
            var token: String
            var name: String
            // swift-format-ignore: AlwaysUseLowerCamelCase
            var expiry_millis: Int64?
            var permissions: [String]
        }

        // swift-format-ignore: AlwaysUseLowerCamelCase
        var create_databases: [String]?
        var tokens: [Token]
    }

    static func load(_ config: ServeConfiguration, catalog: any Catalog, clock: any WallClock, logger: Logger)
        async throws
    {
        let now = clock.nowNanoseconds() / 1_000_000
        if let path = config.adminTokenFile {
            let file = try decode(AdminTokenFile.self, path: path, what: "admin token file")
            let token = try new(file.token, name: file.name, expiryMillis: file.expiry_millis, now: now, [.admin])
            try await createIfAbsent(token, catalog: catalog, logger: logger)
        }
        if let path = config.permissionTokensFile {
            let file = try decode(PermissionTokensFile.self, path: path, what: "permission tokens file")
            for name in file.create_databases ?? [] {
                do throws(KernelError) {
                    _ = try await catalog.apply(CreateDatabase(name: try DatabaseName(validating: name)))
                } catch {
                    guard error.kind == .alreadyExists else { throw error }
                }
            }
            for entry in file.tokens {
                let permissions = try entry.permissions.map { try TokenPermission(parsing: $0) }
                let token = try new(
                    entry.token, name: entry.name, expiryMillis: entry.expiry_millis, now: now, permissions)
                try await createIfAbsent(token, catalog: catalog, logger: logger)
            }
        }
    }

    private static func new(
        _ token: String, name: String, expiryMillis: Int64?, now: Int64, _ permissions: [TokenPermission]
    ) throws -> CreateToken {
        guard token.hasPrefix(TokenSecret.prefix) else {
            throw ConfigError("invalid token format for '\(name)': must start with '\(TokenSecret.prefix)'")
        }
        return CreateToken(
            token: NewToken(
                name: name, hash: TokenSecret(token: token).hash, createdAtMillis: now, expiryMillis: expiryMillis,
                createdBy: nil, permissions: permissions))
    }

    private static func createIfAbsent(_ operation: CreateToken, catalog: any Catalog, logger: Logger) async throws {
        do throws(KernelError) {
            _ = try await catalog.apply(operation)
            logger.info("token created from file", metadata: ["name": "\(operation.token.name)"])
        } catch {
            guard error.kind == .alreadyExists else { throw error }
            logger.info("token from file already exists", metadata: ["name": "\(operation.token.name)"])
        }
    }

    private static func decode<File: Decodable>(_ type: File.Type, path: String, what: String) throws -> File {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigError("cannot read the \(what) \(path)")
        }
        do {
            return try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw ConfigError("the \(what) \(path) is not valid: \(error)")
        }
    }
}
