import Kernel
import Testing

@testable import SQLiteCatalog

/// The SQLite wrapper: errors become `KernelError`s carrying SQLite's message, and transactions
/// commit or roll back as a whole.
@Suite("SQLite connection")
struct ConnectionTests {
    @Test("opening under a path that is a file fails as unavailable")
    func openUnderFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = "\(directory.path)/plain"
        let connection = try SQLiteConnection.open(path: file)
        try connection.execute("CREATE TABLE t (x INTEGER) STRICT")
        let error = #expect(throws: KernelError.self) { try SQLiteCatalog.open(path: "\(file)/sub/catalog.sqlite") }
        #expect(error?.kind == .unavailable)
        #expect(error?.message.contains("cannot create directory \(file)") == true)
    }

    @Test("a statement error carries SQLite's message")
    func syntaxError() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let connection = try SQLiteConnection.open(path: "\(directory.path)/db.sqlite")
        let error = #expect(throws: KernelError.self) { try connection.run("SELEKT 1") }
        #expect(error?.kind == .internalError)
        #expect(error?.message.contains("syntax error") == true)
    }

    @Test("the connection uses WAL, full sync and foreign keys")
    func pragmas() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let connection = try SQLiteConnection.open(path: "\(directory.path)/db.sqlite")
        #expect(try connection.rows("PRAGMA journal_mode") { $0.text(at: 0) } == ["wal"])
        #expect(try connection.rows("PRAGMA synchronous") { $0.int64(at: 0) } == [2])
        #expect(try connection.rows("PRAGMA foreign_keys") { $0.int64(at: 0) } == [1])
    }

    @Test("a throwing transaction body rolls everything back")
    func rollback() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let connection = try SQLiteConnection.open(path: "\(directory.path)/db.sqlite")
        try connection.execute("CREATE TABLE t (x INTEGER NOT NULL) STRICT")
        #expect(throws: KernelError(.conflict, "stop")) {
            try connection.transaction { () throws(KernelError) in
                try connection.run("INSERT INTO t (x) VALUES (?)", [.integer(1)])
                throw KernelError(.conflict, "stop")
            }
        }
        #expect(try connection.rows("SELECT count(*) FROM t") { $0.int64(at: 0) } == [0])
        try connection.transaction { () throws(KernelError) -> Void in
            try connection.run("INSERT INTO t (x) VALUES (?)", [.integer(2)])
        }
        #expect(try connection.rows("SELECT x FROM t") { $0.int64(at: 0) } == [2])
    }

    @Test("text round-trips byte for byte, including NUL and non-ASCII")
    func textRoundTrip() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let connection = try SQLiteConnection.open(path: "\(directory.path)/db.sqlite")
        try connection.execute("CREATE TABLE t (x TEXT NOT NULL) STRICT")
        let value = "a\u{0}b é 🌡️"
        try connection.run("INSERT INTO t (x) VALUES (?)", [.text(value)])
        #expect(try connection.rows("SELECT x FROM t") { $0.text(at: 0) } == [value])
    }
}
