/// Where things live under `--data-dir`: the catalog is shared by the nodes of a cluster, the WAL
/// belongs to one node (InfluxDB's `<node_id>/wal/`).
public struct DataLayout: Sendable {
    public let dataDirectory: String
    public let nodeID: String

    public init(dataDirectory: String, nodeID: String) {
        self.dataDirectory = dataDirectory
        self.nodeID = nodeID
    }

    public var catalogFile: String { dataDirectory + "/catalog.sqlite" }
    public var walDirectory: String { dataDirectory + "/" + nodeID + "/wal" }
}
