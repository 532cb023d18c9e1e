#if canImport(Glibc)
import Glibc
#endif

/// Recovery copies of plans that have no file yet, one per session, under the state folder.
public enum Recovery {
    /// The most recent readable recovery copy in the folder, with its plan.
    public static func newest(in dir: String) -> (String, Plan)? {
        guard let d = opendir(dir) else { return nil }
        defer { closedir(d) }
        var names: [String] = []
        while let entry = readdir(d) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name.hasPrefix("unsaved-"), name.hasSuffix(".json") { names.append(name) }
        }
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
