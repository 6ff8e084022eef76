import Kernel

/// Bounds what row-wise functions may build for one column of one batch, so a query such as
/// `SELECT lpad(s, 2000000000) FROM t` or `array_repeat(x, 10000000)` over many rows answers
/// with an error instead of exhausting the server's memory. The string limit is DataFusion's
/// (Arrow `Utf8` offsets are 32-bit, so its arrays hold at most 2147483647 bytes); lists are
/// bounded by item count.
struct GeneratedSizeBudget {
    static let maxStringBytes = Int(Int32.max)
    static let maxListItems = 50_000_000

    let function: ScalarFunction
    let maxStringBytes: Int
    let maxListItems: Int
    private var stringBytes = 0
    private var listItems = 0

    init(_ function: ScalarFunction, maxStringBytes: Int = Self.maxStringBytes, maxListItems: Int = Self.maxListItems) {
        self.function = function
        self.maxStringBytes = maxStringBytes
        self.maxListItems = maxListItems
    }

    /// Counts one result value against the column's budget.
    mutating func charge(_ value: ScalarValue) throws(KernelError) {
        switch value {
        case .string(let text):
            stringBytes += text.utf8.count
            guard stringBytes <= maxStringBytes else {
                throw KernelError(
                    .invalidInput,
                    "Resources exhausted: \(function.rawValue) would build more than \(maxStringBytes) bytes of strings in one batch"
                )
            }
        case .list(let items):
            listItems += items.count
            guard listItems <= maxListItems else {
                throw KernelError(
                    .invalidInput,
                    "Resources exhausted: \(function.rawValue) would build more than \(maxListItems) list items in one batch"
                )
            }
        default:
            break
        }
    }
}
