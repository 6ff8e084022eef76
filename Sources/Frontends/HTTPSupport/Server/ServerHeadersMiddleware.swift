import HTTPTypes
import Hummingbird
import Kernel

/// Behaviour InfluxDB 3 applies to every route, in one middleware:
/// - every response carries `cluster-uuid`; successful ones also `Access-Control-Allow-Origin: *`;
/// - `OPTIONS` on any path is a CORS preflight: 204 with the allow-all headers;
/// - unknown paths, unsupported methods and every `HEAD` answer 404 with the body `Not found`
///   (InfluxDB has no 405 for a wrong method and no implicit HEAD).
public struct ServerHeadersMiddleware: RouterMiddleware {
    public typealias Context = APIRequestContext

    let clusterUUID: String

    public init(clusterUUID: String) {
        self.clusterUUID = clusterUUID
    }

    public func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response: Response
        if request.method == .options {
            response = Response(
                status: .noContent,
                headers: [
                    .accessControlAllowOrigin: "*", .accessControlAllowMethods: "*",
                    .accessControlAllowHeaders: "*", .accessControlMaxAge: "86400",
                ]
            )
        } else if request.method == .head {
            response = ErrorMapping.text(.notFound, "Not found")
        } else {
            do {
                response = try await next(request, context)
                if (200..<300).contains(response.status.code) {
                    response.headers[.accessControlAllowOrigin] = "*"
                }
            } catch let error as HTTPError where error.status == .notFound {
                response = ErrorMapping.text(.notFound, "Not found")
            } catch {
                response = ErrorMapping.response(for: error, dialect: .v3)
            }
        }
        response.headers[ServerHeaders.clusterUUID] = clusterUUID
        return response
    }
}

/// Header names InfluxDB adds that HTTPTypes does not predefine.
public enum ServerHeaders {
    public static let clusterUUID = HTTPField.Name("cluster-uuid")!
    public static let requestID = HTTPField.Name("Request-Id")!
    public static let xRequestID = HTTPField.Name("X-Request-Id")!
    public static let influxDBVersion = HTTPField.Name("X-Influxdb-Version")!
    public static let influxDBBuild = HTTPField.Name("X-Influxdb-Build")!
}
