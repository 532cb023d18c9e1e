import Testing

@testable import CNPlanCore
@testable import CNPlanKit

#if canImport(Glibc)
import Glibc
#endif

/// Faults injected at every file call of every operation, through the storage twin (the way
/// SQLite proves its own durability): after each, what is on disk loads as the plan before or
/// after the operation, a failure was reported, and memory and disk agree.
@Suite struct StorageFaultTests {
    static let file = "/w/plan.json"
    static let other = "/w/other.json"
    static let recovery = "/state/recovery"
    static let faults: [MemoryStorage.Fault] = [.fail(ENOSPC), .fail(EIO), .fail(EACCES), .fail(EROFS), .crash]

    /// Where a plan that must survive is read back from.
    enum Location {
        case file(String)
        /// The newest recovery copy in a folder.
        case recovery(String)
    }

    /// A session set up without faults, then one operation run with a fault at call N.
    struct Scenario {
        var name: String
        var setUp: (MemoryStorage) throws -> Workbench
        /// Runs the operation; returns the workbench that holds the result (a new one for a start).
        var operation: (Workbench, MemoryStorage) throws -> Workbench
        var locations: [Location]
    }

    static func run(_ w: Workbench, _ line: String) throws {
        _ = try w.run(try Parser.parse(line)!, line: line)
    }

    /// A session file with a journal of three changes.
    static func fileSession(_ s: MemoryStorage) throws -> Workbench {
        try s.makeDirectories("/w")
        let w = try Workbench(file: file, storage: s)
        for line in ["title T", "segment add A", "segment s1 role consumer", "behaviour add access"] {
            try run(w, line)
        }
        return w
    }

    static func unsavedSession(_ s: MemoryStorage) throws -> Workbench {
        let w = Workbench(storage: s)
        #expect(w.keepRecovery(in: recovery) == nil)
        try run(w, "title U")
        return w
    }

    static var scenarios: [Scenario] {
        [
            Scenario(
                name: "edit", setUp: fileSession,
                operation: { w, _ in
                    try run(w, "segment add B")
                    return w
                },
                locations: [.file(file)]),
            Scenario(
                name: "save", setUp: fileSession,
                operation: { w, _ in
                    _ = try w.run(.save(path: nil, force: false), line: "save")
                    return w
                },
                locations: [.file(file)]),
            Scenario(
                name: "save FILE", setUp: fileSession,
                operation: { w, _ in
                    _ = try w.run(.save(path: other, force: false), line: "save")
                    return w
                },
                locations: [.file(file), .file(other)]),
            Scenario(
                name: "compaction", setUp: fileSession,
                operation: { w, _ in
                    _ = w.idle(eager: true)
                    return w
                },
                locations: [.file(file)]),
            Scenario(
                name: "undo", setUp: fileSession,
                operation: { w, _ in
                    _ = try w.run(.undo, line: "undo")
                    return w
                },
                locations: [.file(file)]),
            Scenario(
                name: "redo",
                setUp: { s in
                    let w = try fileSession(s)
                    _ = try w.run(.undo, line: "undo")
                    return w
                },
                operation: { w, _ in
                    _ = try w.run(.redo, line: "redo")
                    return w
                }, locations: [.file(file)]),
            Scenario(
                name: "new", setUp: fileSession,
                operation: { w, _ in
                    _ = try w.run(.new(title: "N"), line: "new")
                    return w
                },
                locations: [.file(file)]),
            Scenario(
                name: "open",
                setUp: { s in
                    s.put(other, Array(PlanCodec.encode(Plan(title: "other")).utf8))
                    return try fileSession(s)
                },
                operation: { w, _ in
                    _ = try w.run(.open(path: other), line: "open")
                    return w
                },
                locations: [.file(file), .file(other)]),
            Scenario(
                name: "start on a journal",
                setUp: { s in
                    // A killed session: file and journal, no lock.
                    _ = try fileSession(s)
                    return Workbench(storage: s)
                }, operation: { _, s in try Workbench(file: file, storage: s) }, locations: [.file(file)]),
            Scenario(
                name: "start on a journal of typed lines",
                setUp: { s in
                    let base = Array(PlanCodec.encode(Plan(title: "old")).utf8)
                    s.put(file, base)
                    s.put(
                        file + ".journal",
                        Array((Journal.legacyHeader + Journal.fingerprint(base) + "\nsegment add A\n").utf8))
                    return Workbench(storage: s)
                }, operation: { _, s in try Workbench(file: file, storage: s) }, locations: [.file(file)]),
            Scenario(
                name: "quit", setUp: fileSession,
                operation: { w, _ in
                    w.finish()
                    return w
                }, locations: [.file(file)]),
            Scenario(
                name: "recovery copy", setUp: unsavedSession,
                operation: { w, _ in
                    try run(w, "segment add A")
                    return w
                },
                locations: [.recovery(recovery)]),
            Scenario(
                name: "new from an unsaved plan",
                setUp: { s in
                    let w = try unsavedSession(s)
                    w.confirm = { _ in true }
                    return w
                },
                operation: { w, _ in
                    _ = try w.run(.new(title: "N"), line: "new")
                    return w
                }, locations: [.recovery(recovery)]),
            Scenario(
                name: "save FILE from an unsaved plan",
                setUp: { s in
                    try s.makeDirectories("/w")
                    return try unsavedSession(s)
                },
                operation: { w, _ in
                    _ = try w.run(.save(path: other, force: false), line: "save")
                    return w
                }, locations: [.file(other)]),
            Scenario(
                name: "save of a hard-linked file",
                setUp: { s in
                    let w = try fileSession(s)
                    s.hardLinked.insert(file)
                    return w
                },
                operation: { w, _ in
                    _ = try w.run(.undo, line: "undo")
                    return w
                }, locations: [.file(file)]),
            Scenario(
                name: "recovery offered back",
                setUp: { s in
                    s.put(recovery + "/unsaved-1-99-1.json", Array(PlanCodec.encode(Plan(title: "kept")).utf8))
                    let w = Workbench(storage: s)
                    #expect(w.keepRecovery(in: recovery) == nil)
                    return w
                },
                operation: { w, s in
                    guard let candidate = Recovery.newest(in: recovery, storage: s) else { throw PlanError.noFile }
                    w.restore(candidate)
                    return w
                }, locations: [.recovery(recovery)]),
        ]
    }

    /// The plan at a location, nil when there is none.
    static func load(_ location: Location, _ s: MemoryStorage) throws -> Plan? {
        switch location {
        case .file(let path):
            return s.info(path).kind == .missing ? nil : try SessionFile.load(path, storage: s)
        case .recovery(let dir):
            let names = s.entries(of: dir).filter { $0.hasSuffix(".json") }
            return try names.last.map { try SessionFile.load(dir + "/" + $0, storage: s) }
        }
    }

    @Test func everyFaultAtEveryCallLeavesTheBeforeOrTheAfterState() throws {
        var points = 0
        for scenario in Self.scenarios {
            // The states before and after, from a run without faults.
            let clean = MemoryStorage()
            let w0 = try scenario.setUp(clean)
            let before = try scenario.locations.map { try Self.load($0, clean) }
            let memoryBefore = w0.plan
            let done = try scenario.operation(w0, clean)
            let after = try scenario.locations.map { try Self.load($0, clean) }
            let memoryAfter = done.plan
            for fault in Self.faults {
                var n = 1
                while true {
                    let s = MemoryStorage()
                    var w: Workbench? = try scenario.setUp(s)
                    s.fault = (s.calls + n, fault)
                    var result: Workbench?
                    var failed = false
                    do { result = try scenario.operation(w!, s) } catch { failed = true }
                    guard s.faultStruck else { break }
                    points += 1
                    let crashed = s.crashed
                    let at = "\(scenario.name), \(fault) at call \(n)"
                    if crashed {
                        w = nil
                        result = nil
                        s.restart()
                    } else if let r = result, !failed {
                        #expect(r.plan == memoryAfter, "\(at): the operation went through, memory differs")
                    } else if scenario.name.hasPrefix("start") == false {
                        #expect(w!.plan == memoryBefore, "\(at): failed, yet memory changed")
                    }
                    for (k, location) in scenario.locations.enumerated() {
                        let disk = try? Self.load(location, s)
                        #expect(disk == before[k] || disk == after[k], "\(at): \(location) holds neither state")
                        if !crashed, !failed { #expect(disk == after[k], "\(at): went through, disk differs") }
                        if !crashed, failed { #expect(disk == before[k], "\(at): failed, yet disk changed") }
                        // The next process to open it finds the same plan, and nothing to warn about.
                        if crashed, case .file(let path) = location, disk != nil {
                            let next = try Workbench(file: path, storage: s)
                            #expect(next.plan == disk, "\(at): reopened, the plan differs")
                            #expect(next.takeNotices() == [], "\(at): reopened with a warning")
                        }
                    }
                    // The session goes on after a failure: the next change is on disk, whole.
                    if !crashed, let live = result ?? (scenario.name.hasPrefix("start") ? nil : w), !live.readOnly {
                        s.fault = nil
                        try Self.run(live, "objective after the fault")
                        if case .file(let path)? = scenario.locations.first, live.file == path {
                            #expect(
                                try SessionFile.load(path, storage: s) == live.plan, "\(at): next change not on disk")
                        }
                    }
                    n += 1
                }
            }
        }
        print("storage fault matrix: \(points) fault points tried over \(Self.scenarios.count) operations")
        #expect(points > 300)
    }

    /// `open` of the file this session writes lets it go first; if it cannot be read back (another
    /// program broke it), the plan on screen goes on into a recovery copy, not into memory only.
    @Test func reopeningAFileThatCannotBeReadKeepsThePlanInARecoveryCopy() throws {
        let s = MemoryStorage()
        let w = try Self.fileSession(s)
        #expect(w.keepRecovery(in: Self.recovery) == nil)
        _ = w.idle(eager: true)
        s.put(Self.file, Array("{not a plan".utf8))
        #expect(throws: PlanError.self) { try Self.run(w, "open \(Self.file)") }
        try Self.run(w, "segment add Kept")
        let copies = s.entries(of: Self.recovery).filter { $0.hasSuffix(".json") }
        #expect(copies.count == 1)
        let kept = try SessionFile.decode(try s.read(Self.recovery + "/" + copies[0], limit: 1 << 20), path: "copy")
        #expect(kept.segments.map(\.name) == ["A", "Kept"])
    }
}
