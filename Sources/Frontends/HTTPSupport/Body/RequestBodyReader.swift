import Hummingbird
import Kernel
import NIOCore

/// Reads a request body with the server's size limit and undoes `Content-Encoding`.
///
/// | situation                                      | result                                        |
/// |------------------------------------------------|-----------------------------------------------|
/// | `Content-Length` above the limit               | 413 before reading anything                   |
/// | streamed body above the limit                  | 413                                           |
/// | `Content-Encoding` absent or `identity`        | the body as sent                              |
/// | `Content-Encoding: gzip` (one or more members) | the decompressed body; above the limit → 413  |
/// | corrupt gzip                                   | 400 `error decoding gzip stream: ...`         |
/// | any other `Content-Encoding`                   | 400 `unacceptable content-encoding: <value>`  |
public enum RequestBodyReader {
    public static func read(_ request: Request, maxBytes: Int) async throws(HTTPFailure) -> [UInt8] {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > maxBytes {
            throw .requestTooLarge(maxBytes)
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maxBytes)
        } catch is NIOTooManyBytesError {
            throw .requestTooLarge(maxBytes)
        } catch {
            throw .badRequest("Failed to read request body: \(error)")
        }
        let bytes = Array(buffer.readableBytesView)
        switch request.headers[.contentEncoding]?.lowercased() {
        case nil, "identity":
            return bytes
        case "gzip":
            do {
                return try Gzip.decompress(bytes, maxOutputBytes: maxBytes)
            } catch {
                switch error {
                case .tooLarge: throw .requestTooLarge(maxBytes)
                case .corrupt(let reason): throw .badRequest("error decoding gzip stream: \(reason)")
                }
            }
        case let other?:
            throw .badRequest("unacceptable content-encoding: \(other)")
        }
    }
}
