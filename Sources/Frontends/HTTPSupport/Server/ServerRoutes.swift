import HTTPTypes
import Hummingbird
import Kernel
import NIOCore

/// The responses of the routes every API family shares: health and ping.
public enum ServerResponses {
    /// `GET /health` and `GET /api/v1/health`: 200, `OK`.
    public static func health() -> Response {
        Response(
            status: .ok,
            headers: [.contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: "OK"))
        )
    }

    /// `GET|POST /ping`: version information as body and headers, plus a fresh request id.
    public static func ping(identity: ServerIdentity, nowNanoseconds: Int64) -> Response {
        let body = JSONText.object([
            ("product_name", JSONText.quoted(identity.productName)),
            ("version", JSONText.quoted(identity.version)),
            ("revision", JSONText.quoted(identity.revision)),
            ("process_id", JSONText.quoted(identity.processID)),
        ])
        let requestID = RequestID.make(nowNanoseconds: nowNanoseconds)
        var headers: HTTPFields = [.contentType: "application/json"]
        headers[ServerHeaders.influxDBVersion] = identity.version
        headers[ServerHeaders.influxDBBuild] = identity.build
        headers[ServerHeaders.requestID] = requestID
        headers[ServerHeaders.xRequestID] = requestID
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
