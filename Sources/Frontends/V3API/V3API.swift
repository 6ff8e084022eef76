import HTTPSupport
import HTTPTypes
import Hummingbird
import Kernel

/// The InfluxDB 3 native API: registers its routes on the shared router.
public enum V3API {
    public static func register(
        on router: some RouterMethods<APIRequestContext>,
        kernel: KernelServices,
        environment: APIEnvironment
    ) {
        WriteLPRoute.register(on: router, kernel: kernel, environment: environment)
        QuerySQLRoute.register(on: router, kernel: kernel, environment: environment)
        TokenRoutes.register(on: router, kernel: kernel, environment: environment)
        ConfigureDatabaseRoutes.register(on: router, kernel: kernel, environment: environment)
        ConfigureTableRoutes.register(on: router, kernel: kernel, environment: environment)
        router.on(V3Paths.health, method: .get, access: .system("health"), environment: environment) { _, _ in
            ServerResponses.health()
        }
        for method in [HTTPRequest.Method.get, .post] {
            router.on(V3Paths.ping, method: method, access: .system("ping"), environment: environment) { _, _ in
                ServerResponses.ping(identity: environment.identity, nowNanoseconds: kernel.clock.nowNanoseconds())
            }
        }
    }
}
