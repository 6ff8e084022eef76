import CZstd

/// The compression applied to every page of a file written by `ParquetWriter`.
public enum ParquetCompression: Sendable, Equatable {
    /// Pages stored as they are: fastest, largest.
    case uncompressed
    /// Zstandard at the given level (1 is fast; 3 is zstd's default).
    case zstd(level: Int32)

    var codec: CompressionCodec {
        switch self {
        case .uncompressed: .uncompressed
        case .zstd: .zstd
        }
    }
}

/// Compresses and decompresses page bodies with libzstd.
enum PageCompression {
    static func compress(_ body: [UInt8], with compression: ParquetCompression) throws(ParquetError) -> [UInt8] {
        guard case .zstd(let level) = compression else { return body }
        let bound = ZSTD_compressBound(body.count)
        var out = [UInt8](repeating: 0, count: bound)
        let written = out.withUnsafeMutableBytes { target in
            body.withUnsafeBytes { source in
                ZSTD_compress(target.baseAddress, bound, source.baseAddress, source.count, level)
            }
        }
        guard ZSTD_isError(written) == 0 else { throw .compression("zstd: compression failed") }
        out.removeLast(out.count - written)
        return out
    }

    /// Decompresses a page whose header claims `uncompressedSize` bytes; the caller has already
    /// bounded that size, and the result must match it exactly.
    static func decompress(
        _ body: ArraySlice<UInt8>, codec: CompressionCodec, uncompressedSize: Int
    ) throws(ParquetError) -> [UInt8] {
        switch codec {
        case .uncompressed:
            guard body.count == uncompressedSize else { throw .corrupt("page sizes disagree") }
            return Array(body)
        case .zstd:
            var out = [UInt8](repeating: 0, count: uncompressedSize)
            let written = out.withUnsafeMutableBytes { target in
                body.withUnsafeBytes { source in
                    ZSTD_decompress(target.baseAddress, target.count, source.baseAddress, source.count)
                }
            }
            guard ZSTD_isError(written) == 0, written == uncompressedSize else {
                throw .corrupt("zstd page does not decompress to its declared size")
            }
            return out
        default:
            throw .unsupported("compression codec \(codec)")
        }
    }
}
