/// Writes pages (header followed by the possibly compressed body) into the file buffer and keeps
/// the running sizes a column chunk's metadata needs.
struct PageWriter {
    let compression: ParquetCompression
    private(set) var uncompressedBytes: Int64 = 0
    private(set) var compressedBytes: Int64 = 0

    init(compression: ParquetCompression) {
        self.compression = compression
    }

    mutating func writeDictionaryPage(_ body: [UInt8], count: Int, to out: inout [UInt8]) throws(ParquetError) {
        let header = DictionaryPageHeader(numValues: try int32(count), encoding: .plain)
        try write(body, type: .dictionaryPage, data: nil, dictionary: header, to: &out)
    }

    mutating func writeDataPage(
        _ body: [UInt8], valueCount: Int, encoding: Encoding, to out: inout [UInt8]
    ) throws(ParquetError) {
        let header = DataPageHeader(
            numValues: try int32(valueCount), encoding: encoding, definitionLevelEncoding: .rle,
            repetitionLevelEncoding: .rle)
        try write(body, type: .dataPage, data: header, dictionary: nil, to: &out)
    }

    private mutating func write(
        _ body: [UInt8], type: PageType, data: DataPageHeader?, dictionary: DictionaryPageHeader?,
        to out: inout [UInt8]
    ) throws(ParquetError) {
        let compressed = try PageCompression.compress(body, with: compression)
        let header = PageHeader(
            type: type, uncompressedPageSize: try int32(body.count), compressedPageSize: try int32(compressed.count),
            dataPageHeader: data, dictionaryPageHeader: dictionary
        ).encoded()
        out.append(contentsOf: header)
        out.append(contentsOf: compressed)
        uncompressedBytes += Int64(header.count + body.count)
        compressedBytes += Int64(header.count + compressed.count)
    }

    /// Page sizes and counts are i32 in the format; larger pages cannot be described.
    private func int32(_ value: Int) throws(ParquetError) -> Int32 {
        guard let narrow = Int32(exactly: value) else { throw .unsupported("page larger than 2 GiB") }
        return narrow
    }
}
