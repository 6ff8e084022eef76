/// Remembers, per table, the tag columns and dictionary codes of each raw tag set already
/// accepted. A line whose raw tag set (bytes, no escapes) was seen before needs neither tag key
/// resolution nor tag value lookups: the same bytes always parse to the same keys and values,
/// and column kinds never change within a request.
struct SeriesCache {
    private var keys = ByteKeyTable()
    /// Entry `e` owns `columns[offsets[e]..<offsets[e + 1]]` and the same range of `codes`.
    private var offsets: [Int] = [0]
    private(set) var columns: [Int32] = []
    private(set) var codes: [Int32] = []
    private var misses = 0

    /// The pairs of a known tag set, or nil.
    @inline(__always)
    func lookup(_ tagSet: Token, hash: UInt64) -> Range<Int>? {
        let entry = Int(keys.find(tagSet, hash: hash))
        return entry < 0 ? nil : offsets[entry]..<offsets[entry + 1]
    }

    /// Whether recording new tag sets still pays off: with mostly unique series every lookup
    /// misses, so caching stops after many misses that outnumber the hits.
    func isWorthRecording(rows: Int) -> Bool {
        misses < 4096 || misses * 2 < rows
    }

    /// Adds `(tag column, code)` to the entry being recorded; a column listed twice keeps its
    /// last code (the line's last value for a duplicated tag).
    mutating func add(column: Int32, code: Int32) {
        let start = offsets[offsets.count - 1]
        if let existing = columns[start...].firstIndex(of: column) {
            codes[existing] = code
        } else {
            columns.append(column)
            codes.append(code)
        }
    }

    /// Closes the entry built by `add` under the raw tag set's bytes.
    mutating func finishEntry(_ tagSet: Token, hash: UInt64) {
        misses += 1
        offsets.append(columns.count)
        keys.insert(tagSet, hash: hash)
    }
}
