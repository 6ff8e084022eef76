import HTTPSupport
import Hummingbird
import Kernel

/// The InfluxDB 1.x compatibility API: registers its routes on the shared router.
public enum V1API {
    public static func register(
        on router: some RouterMethods<APIRequestContext>,
        kernel: KernelServices,
        environment: APIEnvironment
    ) {
        WriteRoute.register(on: router, kernel: kernel, environment: environment)
        router.on(V1Paths.health, method: .get, access: .system("health"), environment: environment) { _, _ in
            ServerResponses.health()
        }
    }
}
