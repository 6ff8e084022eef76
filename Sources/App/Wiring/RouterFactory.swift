import HTTPSupport
import Hummingbird
import Kernel
import V1API
import V2API
import V3API

/// Builds the one router all frontends register on. Tests build the same router in process.
public enum RouterFactory {
    public static func make(kernel: KernelServices, environment: APIEnvironment) -> Router<APIRequestContext> {
        let router = Router(context: APIRequestContext.self)
        router.add(middleware: ServerHeadersMiddleware(clusterUUID: environment.identity.clusterUUID))
        router.add(middleware: AuthMiddleware(settings: environment.auth))
        register(on: router, kernel: kernel, environment: environment)
        return router
    }

    /// Registers every frontend's routes; also used with a recording router to compare the
    /// route table with the OpenAPI spec.
    public static func register(
        on router: some RouterMethods<APIRequestContext>,
        kernel: KernelServices,
        environment: APIEnvironment
    ) {
        V3API.register(on: router, kernel: kernel, environment: environment)
        V1API.register(on: router, kernel: kernel, environment: environment)
        V2API.register(on: router, kernel: kernel, environment: environment)
    }
}
