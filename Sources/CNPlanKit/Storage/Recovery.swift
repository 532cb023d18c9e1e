import CNPlanCore

/// Recovery copies of plans that have no file yet, one per session, under the state folder.
public enum Recovery {
    /// The most recent readable recovery copy in the folder, with its plan.
    public static func newest(in dir: String) -> (String, Plan)? {
        let names = FileSystem.entries(of: dir).filter { $0.hasPrefix("unsaved-") && $0.hasSuffix(".json") }
        // Names carry the start time, so the last in numeric order is the newest.
        let sorted = names.sorted { key($0) < key($1) }
        for name in sorted.reversed() {
            let path = dir + "/" + name
            if let plan = try? SessionFile.load(path), !plan.isEmpty { return (path, plan) }
        }
        return nil
    }

    private static func key(_ name: String) -> (Int, Int) {
        let parts = name.dropFirst("unsaved-".count).dropLast(".json".count).split(separator: "-")
        return (parts.first.flatMap { Int($0) } ?? 0, parts.dropFirst().first.flatMap { Int($0) } ?? 0)
    }
}
