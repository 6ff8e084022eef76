import CZlib

/// Decompression of `Content-Encoding: gzip` bodies with system zlib. Handles multi-member
/// streams (concatenated gzip members, RFC 1952), which some clients send and compress-nio
/// silently truncates, and bounds the output so a small bomb cannot exhaust memory.
public enum Gzip {
    /// Why a body could not be decompressed.
    public enum Failure: Error, Equatable {
        /// The output would exceed the limit.
        case tooLarge
        /// The stream is corrupt or truncated; the text says how.
        case corrupt(String)
    }

    public static func decompress(_ input: [UInt8], maxOutputBytes: Int) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt("zlib initialisation failed")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(min(maxOutputBytes, max(input.count * 4, 64 * 1024)))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let result: Failure? = input.withUnsafeBufferPointer { inputBuffer in
            stream.next_in = UnsafeMutablePointer(mutating: inputBuffer.baseAddress)
            stream.avail_in = uInt(inputBuffer.count)
            while true {
                let (code, produced) = chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    let code = inflate(&stream, Z_NO_FLUSH)
                    return (code, out.count - Int(stream.avail_out))
                }
                if output.count + produced > maxOutputBytes { return .tooLarge }
                output.append(contentsOf: chunk[0..<produced])
                switch code {
                case Z_STREAM_END:
                    if stream.avail_in == 0 { return nil }
                    if inflateReset(&stream) != Z_OK { return .corrupt("invalid gzip member") }
                case Z_OK:
                    continue
                case Z_BUF_ERROR where stream.avail_in == 0:
                    return .corrupt("unexpected end of file")
                case Z_BUF_ERROR:
                    continue
                default:
                    return .corrupt(stream.msg.map { String(cString: $0) } ?? "invalid gzip data")
                }
            }
        }
        if let result { throw result }
        return output
    }
}
