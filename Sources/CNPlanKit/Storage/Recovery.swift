import CNPlanCore

/// Recovery copies of plans that have no file yet, one per session, under the state folder. Each
/// copy has one writer: its session holds `COPY.lock`, so a second cnplan never offers it back.
public enum Recovery {
    /// A recovery copy offered back, locked for the session that takes it.
    public struct Candidate {
        public let path: String
        public let plan: Plan
        let lock: HeldLock

        /// Removes the copy for good.
        public func discard() { try? lock.storage.unlink(path) }
    }

    /// The most recent readable recovery copy in the folder that no running cnplan is writing.
    public static func newest(in dir: String, storage: any Storage = PosixStorage.shared) -> Candidate? {
        let names = storage.entries(of: dir, startingWith: "unsaved-").filter { $0.hasSuffix(".json") }
        // Names carry the start time, so the last in numeric order is the newest.
        for name in names.sorted(by: { key($0).lexicographicallyPrecedes(key($1)) }).reversed() {
            let path = dir + "/" + name
            guard case .acquired(let token) = storage.lock(path + ".lock") else { continue }
            let lock = HeldLock(storage: storage, token: token, path: path + ".lock")
            if let plan = try? SessionFile.load(path, storage: storage), !plan.isEmpty {
                return Candidate(path: path, plan: plan, lock: lock)
            }
        }
        return nil
    }

    /// A fresh name for a session's copy: start time, process and a counter (for `new`).
    static func freshName(in dir: String, storage: any Storage, time: Int, serial: Int) -> String {
        dir + "/unsaved-\(time)-\(storage.processID)-\(serial).json"
    }

    private static func key(_ name: String) -> [Int] {
        name.dropFirst("unsaved-".count).dropLast(".json".count).split(separator: "-").map { Int($0) ?? 0 }
    }
}
