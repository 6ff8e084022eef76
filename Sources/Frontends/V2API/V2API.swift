import HTTPSupport
import Hummingbird
import Kernel

/// The InfluxDB 2.x compatibility API: registers its routes on the shared router.
public enum V2API {
    public static func register(
        on router: some RouterMethods<APIRequestContext>,
        kernel: KernelServices,
        environment: APIEnvironment
    ) {
        WriteRoute.register(on: router, kernel: kernel, environment: environment)
    }
}
