import Foundation
import Testing

/// Style rules enforced by a test rather than by review (STYLE.md habit 15). Each ban names its
/// replacement.
@Suite("Tidy: source rules")
struct TidyTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every Swift file under Sources, as (path relative to the root, text).
    static func sources() throws -> [(String, String)] {
        let sourcesURL = root.appendingPathComponent("Sources")
        guard let enumerator = FileManager.default.enumerator(at: sourcesURL, includingPropertiesForKeys: nil) else {
            return []
        }
        var files: [(String, String)] = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let relative = String(url.path.dropFirst(root.path.count + 1))
            files.append((relative, try String(contentsOf: url, encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// Files allowed above the 400-line soft limit, with the reason. None may pass 800 lines.
    static let longFileExemptions: [String: String] = [:]

    @Test func filesStayWithinTheSizeBudget() throws {
        for (path, text) in try Self.sources() {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
            #expect(lines <= 800, "\(path) has \(lines) lines (hard limit 800): split it by purpose")
            if Self.longFileExemptions[path] == nil {
                #expect(
                    lines <= 400, "\(path) has \(lines) lines (soft limit 400): split it or add a reasoned exemption")
            }
        }
    }

    @Test func functionsStayShort() throws {
        for (path, text) in try Self.sources() {
            for (name, length) in FunctionLengths.measure(text) {
                #expect(length <= 70, "\(path): \(name) has \(length) lines (limit 70): extract helpers")
            }
        }
    }

    @Test func bannedConstructs() throws {
        let bans: [(pattern: String, replacement: String, scope: (String) -> Bool)] = [
            ("try!", "handle or propagate the error", { _ in true }),
            ("print(", "use a Logger (or FileOutput for command output)", { _ in true }),
            ("FIXME", "fix it or file an issue", { _ in true }),
            ("JSONEncoder", "hand-written byte encoders", { $0.contains("/QueryExec/") || $0.contains("/Encoders/") }),
            ("[String: Any]", "typed columns", { $0.contains("/Ingest/") || $0.contains("/QueryExec/") }),
            ("Date()", "an injected WallClock", { $0.contains("/Kernel/") || $0.contains("/Backends/") }),
        ]
        for (path, text) in try Self.sources() {
            for ban in bans where ban.scope(path) && text.contains(ban.pattern) {
                Issue.record("\(path) contains `\(ban.pattern)`: \(ban.replacement)")
            }
        }
    }

    /// The architecture's import rules (docs/architecture.md).
    @Test func importsFollowTheArchitecture() throws {
        let kernelBanned = ["NIO", "Hummingbird", "CSQLite3", "SQLiteCatalog", "TOMLKit", "HTTPSupport", "App"]
        let backendModules = ["SQLiteCatalog", "LocalFileIO", "PostgresCatalog", "TokenAuth"]
        for (path, text) in try Self.sources() {
            let imports = text.split(separator: "\n").compactMap { line -> String? in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("import ") else { return nil }
                return String(trimmed.dropFirst("import ".count)).trimmingCharacters(in: .whitespaces)
            }
            if path.hasPrefix("Sources/Kernel/") {
                for module in imports where kernelBanned.contains(where: { module.hasPrefix($0) }) {
                    Issue.record("\(path): the kernel must not import \(module)")
                }
            }
            if path.hasPrefix("Sources/Frontends/") {
                for module in imports where backendModules.contains(module) || module == "Ingest" || module == "WAL" {
                    Issue.record("\(path): frontends import HTTPSupport and the kernel ports only, not \(module)")
                }
            }
            if path.hasPrefix("Sources/Backends/") {
                let own = path.split(separator: "/")[2]
                for module in imports where backendModules.contains(module) && module != own {
                    Issue.record("\(path): backends never import each other (\(module))")
                }
            }
            if !path.hasPrefix("Sources/Kernel/Testing/") {
                #expect(!imports.contains("KernelTesting"), "\(path): KernelTesting is for test targets only")
            }
        }
    }

    @Test func publicTypesHaveDocComments() throws {
        for (path, text) in try Self.sources() {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for (index, line) in lines.enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                let declares = [
                    "public struct ", "public final class ", "public class ", "public enum ", "public protocol ",
                    "public actor ",
                ]
                guard declares.contains(where: { trimmed.hasPrefix($0) }) else { continue }
                var previous = index - 1
                while previous >= 0, lines[previous].trimmingCharacters(in: .whitespaces).hasPrefix("@") {
                    previous -= 1
                }
                let documented = previous >= 0 && lines[previous].trimmingCharacters(in: .whitespaces).hasPrefix("///")
                #expect(
                    documented, "\(path):\(index + 1) `\(trimmed.prefix(60))` needs a /// summary saying what it is for"
                )
            }
        }
    }
}

/// Counts the lines of each `func` body by brace matching (good enough for formatted code).
enum FunctionLengths {
    static func measure(_ text: String) -> [(String, Int)] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var results: [(String, Int)] = []
        var index = 0
        while index < lines.count {
            let trimmed = lines[index].trimmingCharacters(in: .whitespaces)
            guard trimmed.contains("func "), !trimmed.hasPrefix("//"), let nameStart = trimmed.range(of: "func ") else {
                index += 1
                continue
            }
            let name = String(trimmed[nameStart.upperBound...].prefix { $0 != "(" && $0 != "<" })
            var depth = 0
            var opened = false
            var end = index
            scan: while end < lines.count {
                for character in lines[end] {
                    if character == "{" {
                        depth += 1
                        opened = true
                    }
                    if character == "}" { depth -= 1 }
                    if opened && depth == 0 { break scan }
                }
                end += 1
            }
            if opened { results.append((name, end - index + 1)) }
            index += 1
        }
        return results
    }
}
