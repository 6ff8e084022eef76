import Kernel

/// The on-disk layout of a WAL segment file, `<directory>/<20-digit zero-padded id>.wal`:
///
/// | part | bytes | content |
/// | --- | --- | --- |
/// | magic | 8 | `IDB3WAL\0` |
/// | format version | 4 | UInt32 LE, `formatVersion` |
/// | segment id | 8 | UInt64 LE, equal to the id in the file name |
/// | header checksum | 4 | CRC32C of the 20 bytes before it |
/// | records | … | each: UInt32 LE payload length, UInt32 LE CRC32C of the payload, payload |
///
/// The payload is a `WALRecordCodec` record. `maxRecordPayloadBytes` bounds the length field so a
/// corrupt length is recognised as such instead of being trusted.
public enum WALSegmentFormat {
    public static let magic: [UInt8] = Array("IDB3WAL".utf8) + [0]
    public static let formatVersion: UInt32 = 1
    public static let headerBytes = 24
    /// Length and checksum in front of every payload.
    public static let frameHeaderBytes = 8
    /// Largest accepted record payload (256 MiB).
    public static let maxRecordPayloadBytes = 256 << 20
    public static let fileExtension = ".wal"

    /// `00000000000000000042.wal` for id 42: the zero padding makes name order equal id order.
    public static func fileName(segmentID: UInt64) -> String {
        let digits = String(segmentID)
        return String(repeating: "0", count: max(0, 20 - digits.count)) + digits + fileExtension
    }

    /// The id of a segment file name, or nil for any other name (including `.corrupt` files).
    public static func segmentID(fileName: String) -> UInt64? {
        guard fileName.hasSuffix(fileExtension) else { return nil }
        let digits = fileName.dropLast(fileExtension.count)
        guard digits.count == 20, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return UInt64(digits)
    }

    /// The header bytes of segment `segmentID`.
    public static func header(segmentID: UInt64) -> [UInt8] {
        var writer = ByteWriter(reservingCapacity: headerBytes)
        writer.bytes.append(contentsOf: magic)
        writer.append(formatVersion)
        writer.append(segmentID)
        writer.append(CRC32C.checksum(writer.bytes))
        return writer.bytes
    }

    /// Checks a segment header; returns the segment id it names.
    public static func decodeHeader(_ bytes: UnsafeRawBufferPointer) throws(WALFormatError) -> UInt64 {
        guard bytes.count >= headerBytes else {
            throw WALFormatError("header shorter than \(headerBytes) bytes", offset: 0)
        }
        guard bytes.prefix(8).elementsEqual(magic) else { throw WALFormatError("bad magic", offset: 0) }
        let stored = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 20, as: UInt32.self))
        guard CRC32C.checksum(UnsafeRawBufferPointer(rebasing: bytes[0..<20])) == stored else {
            throw WALFormatError("header checksum mismatch", offset: 20)
        }
        let version = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self))
        guard version == formatVersion else { throw WALFormatError("unknown segment version \(version)", offset: 8) }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: 12, as: UInt64.self))
    }

    /// What lies at `offset` of a segment's bytes.
    enum Frame {
        /// A record whose checksum matched; the next frame starts at `nextOffset`.
        case record(payload: UnsafeRawBufferPointer, nextOffset: Int)
        /// Clean end of the file.
        case end
        /// The bytes from `offset` on are not a whole, intact record.
        case bad(WALFormatError)
    }

    /// Reads the frame at `offset`, checking length bounds and the payload checksum.
    static func frame(in bytes: UnsafeRawBufferPointer, at offset: Int) -> Frame {
        let remaining = bytes.count - offset
        if remaining == 0 { return .end }
        guard remaining >= frameHeaderBytes else { return .bad(WALFormatError("short record header", offset: offset)) }
        let length = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
        let storedChecksum = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
        guard length <= maxRecordPayloadBytes else {
            return .bad(WALFormatError("record length \(length) above the maximum", offset: offset))
        }
        guard length <= remaining - frameHeaderBytes else {
            return .bad(WALFormatError("record length \(length) beyond the end of the file", offset: offset))
        }
        let start = offset + frameHeaderBytes
        let payload = UnsafeRawBufferPointer(rebasing: bytes[start..<start + length])
        guard CRC32C.checksum(payload) == storedChecksum else {
            return .bad(WALFormatError("record checksum mismatch", offset: offset))
        }
        return .record(payload: payload, nextOffset: start + length)
    }
}

/// A record framed and encoded except for its sequence number. Encoding and most of the checksum
/// happen on the caller's task, off any lock; `stamped(sequence:)` then costs O(1) under the lock
/// that assigns sequences in file order (it extends the running CRC32C over the trailing 8 bytes).
struct WALPreparedRecord: Sendable {
    private var bytes: [UInt8]
    private var bodyChecksumState: UInt32

    /// Encodes `batch`; throws `.internalError` for a batch that breaks its invariants (a bug
    /// upstream) and `.limitExceeded` for one above the record size limit.
    init(batch: DatabaseWriteBatch) throws(KernelError) {
        var writer = ByteWriter(
            reservingCapacity: WALSegmentFormat.frameHeaderBytes + WALRecordCodec.estimatedPayloadBytes(batch))
        writer.append(UInt64(0))  // length and checksum, filled in by `stamped`
        do {
            try WALRecordCodec.encodeBody(batch, into: &writer)
        } catch {
            throw KernelError(.internalError, "cannot encode WAL record: \(error)")
        }
        let payloadBytes = writer.bytes.count - WALSegmentFormat.frameHeaderBytes + 8
        guard payloadBytes <= WALSegmentFormat.maxRecordPayloadBytes else {
            throw KernelError(.limitExceeded, "write of \(payloadBytes) bytes exceeds the WAL record limit")
        }
        bodyChecksumState = writer.bytes.withUnsafeBytes { buffer in
            CRC32C.update(
                CRC32C.initialState, UnsafeRawBufferPointer(rebasing: buffer[WALSegmentFormat.frameHeaderBytes...]))
        }
        writer.append(UInt64(0))  // the sequence
        bytes = writer.bytes
    }

    /// Framed record bytes: payload length, payload checksum, payload.
    var byteCount: Int { bytes.count }

    /// Stamps `sequence` into the frame and hands the finished bytes over, leaving this value
    /// empty. Mutating in place (rather than `consuming`) lets a caller that captured the record in
    /// a closure stamp it without a copy: the array stays uniquely referenced.
    mutating func takeStamped(sequence: UInt64) -> [UInt8] {
        let state = bodyChecksumState
        let sequenceOffset = bytes.count - 8
        let payloadLength = UInt32(bytes.count - WALSegmentFormat.frameHeaderBytes)
        bytes.withUnsafeMutableBytes { buffer in
            buffer.storeBytes(of: sequence.littleEndian, toByteOffset: sequenceOffset, as: UInt64.self)
            let checksum = CRC32C.finalize(
                CRC32C.update(state, UnsafeRawBufferPointer(rebasing: buffer[sequenceOffset...]))
            )
            buffer.storeBytes(of: payloadLength.littleEndian, toByteOffset: 0, as: UInt32.self)
            buffer.storeBytes(of: checksum.littleEndian, toByteOffset: 4, as: UInt32.self)
        }
        defer { bytes = [] }
        return bytes
    }
}
