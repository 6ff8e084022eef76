import CSQLite3
import Kernel

/// A value bound to a statement parameter. The catalog stores only integers, text and NULL.
enum SQLiteValue: Equatable {
    case integer(Int64)
    case text(String)
    case null
}

/// SQLite's `SQLITE_TRANSIENT`: tells `sqlite3_bind_text` to copy the bytes, because the Swift
/// string's buffer only lives for the duration of the call. (The C macro does not import.)
private var transientDestructor: sqlite3_destructor_type {
    unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// One compiled statement of a `SQLiteConnection`, finalized when released. Used only by the
/// thread that holds the connection.
final class SQLiteStatement {
    private let handle: OpaquePointer
    private let connection: SQLiteConnection

    init(handle: OpaquePointer, connection: SQLiteConnection) {
        self.handle = handle
        self.connection = connection
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Binds `values` to parameters 1, 2, ... in order.
    func bind(_ values: [SQLiteValue]) throws(KernelError) {
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .integer(let integer):
                code = sqlite3_bind_int64(handle, index, integer)
            case .text(let text):
                // The explicit byte count keeps names with an embedded NUL intact.
                code = text.withCString {
                    sqlite3_bind_text(handle, index, $0, Int32(text.utf8.count), transientDestructor)
                }
            case .null:
                code = sqlite3_bind_null(handle, index)
            }
            guard code == SQLITE_OK else { throw connection.error(code, "bind parameter \(index)") }
        }
    }

    /// Advances to the next row: true when a row is available, false when the statement is done.
    func step() throws(KernelError) -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw connection.error(code, "step")
        }
    }

    /// The integer in result column `index` (0-based) of the current row.
    func int64(at index: Int32) -> Int64 {
        sqlite3_column_int64(handle, index)
    }

    /// The text in result column `index` (0-based) of the current row; empty for NULL.
    func text(at index: Int32) -> String {
        // SQLite's rule: ask for the text first, then its length (the conversion may change it).
        guard let bytes = sqlite3_column_text(handle, index) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// The integer in result column `index`, or nil for NULL.
    func optionalInt64(at index: Int32) -> Int64? {
        isNull(at: index) ? nil : int64(at: index)
    }

    /// Whether result column `index` (0-based) of the current row is NULL.
    func isNull(at index: Int32) -> Bool {
        sqlite3_column_type(handle, index) == SQLITE_NULL
    }
}
