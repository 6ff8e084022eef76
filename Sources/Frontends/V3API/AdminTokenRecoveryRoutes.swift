import HTTPSupport
import HTTPTypes
import Hummingbird
import Kernel

/// The routes of the admin token recovery listener (`--admin-token-recovery-http-bind`): only
/// `POST /api/v3/configure/token/admin/regenerate`, without credentials (whoever can reach the
/// listener's address is trusted), every other request 404 `not found` (`http.rs`
/// `route_admin_token_recovery_request`). `onRegenerated` runs after each success so the app can
/// close the listener.
public enum AdminTokenRecoveryRoutes {
    public static func register(
        on router: some RouterMethods<APIRequestContext>,
        kernel: KernelServices,
        onRegenerated: @escaping @Sendable () -> Void
    ) {
        router.add(middleware: RecoveryNotFoundMiddleware())
        router.on(.init(stringLiteral: V3Paths.regenerateOperatorToken), method: .post) { _, _ in
            let response = try await TokenRoutes.regenerate(kernel, by: nil)
            onRegenerated()
            return response
        }
    }
}

/// The recovery listener's answers outside its one route: 404 `not found`, and errors rendered
/// as on the main listener.
struct RecoveryNotFoundMiddleware: RouterMiddleware {
    typealias Context = APIRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            return Response(status: .notFound, body: ResponseBody(byteBuffer: .init(string: "not found")))
        } catch {
            return ErrorMapping.response(for: error, dialect: .v3)
        }
    }
}
