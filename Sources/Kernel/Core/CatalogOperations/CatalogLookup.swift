/// Finding the objects a configure operation addresses, with InfluxDB 3's errors for missing,
/// deleted and protected ones.
public enum CatalogLookup {
    public static func notFound(_ name: String) -> KernelError {
        KernelError(.notFound, "the requested resource was not found: \(name)")
    }

    public static func alreadyDeleted(_ name: String) -> KernelError {
        KernelError(.conflict, "attempted to modify resource that was already deleted: \(name)")
    }

    /// A database that exists and is not deleted.
    public static func liveDatabase(_ name: String, in snapshot: CatalogSnapshot) throws(KernelError) -> DatabaseSchema
    {
        guard let database = snapshot.database(named: name) else { throw notFound(name) }
        guard !database.isDeleted else { throw alreadyDeleted(name) }
        return database
    }

    /// A live database other than `_internal`, which the configure APIs may not change.
    public static func modifiableDatabase(_ name: String, in snapshot: CatalogSnapshot) throws(KernelError)
        -> DatabaseSchema
    {
        if name == CatalogSnapshot.internalDatabaseName {
            throw KernelError(.internalError, "cannot modify internal db")
        }
        return try liveDatabase(name, in: snapshot)
    }
}
