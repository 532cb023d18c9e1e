import CNPlanCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An in-place write whose new content is committed in its whole copy, while the file itself could
/// not be rewritten yet: readers take the copy, and the next write or open copies it in.
public struct UnfinishedWrite: Sendable, Equatable {
    public var copy: String
    public var failure: IOFailure
}

extension Storage {
    /// Writes `bytes` so that a crash at any moment leaves either the old or the new content: a
    /// temporary file in the same folder, fsync, rename over the target, fsync of the folder.
    /// A symbolic link is written through (its target changes), the mode and owner are kept, a
    /// file this process may not write is refused, and devices and pipes are written as streams.
    /// Returns what is left to finish when a hard-linked file could only be written in its copy.
    /// `found` is what `info(path)` just said, when the caller has it (one stat less).
    @discardableResult
    public func writeAtomically(_ path: String, _ bytes: [UInt8], durable: Bool = true, found: FileInfo? = nil)
        throws(IOFailure) -> UnfinishedWrite?
    {
        let existing = found ?? info(path)
        switch existing.kind {
        case .stream:
            let fd = try openForAppend(path)
            defer { close(fd) }
            try write(fd, bytes)
            return nil
        case .directory, .other: throw IOFailure(EISDIR)
        case .regular where !existing.writable: throw IOFailure(EACCES)
        case .regular where existing.links > 1:
            return try writeInPlace(resolve(path), bytes)
        case .regular, .missing: break
        }
        let target = existing.kind == .regular ? resolve(path) : path
        // A copy an unfinished in-place write left is settled first: were it left beside the new
        // file, a crash could let it pass for the newer content.
        try finishInPlaceWrite(target)
        let dir = FileSystem.directory(of: target)
        let tmp = dir + "/." + FileSystem.baseName(of: target) + ".tmp-\(processID)"
        let fd = try create(tmp, like: existing.kind == .regular ? existing : nil)
        do {
            try write(fd, bytes)
            if durable { try sync(fd) }
        } catch {
            close(fd)
            try? unlink(tmp)
            throw error
        }
        close(fd)
        do { try rename(tmp, to: target) } catch {
            try? unlink(tmp)
            throw error
        }
        // The new content is in place; a folder that cannot be synced only weakens power-loss safety.
        if durable { try? syncDirectory(dir) }
        return nil
    }

    /// A file with hard links keeps its inode, so every name sees the new content. A whole copy
    /// (`.FILE.inplace`) is made durable first: it is the commit point, and readers take it while
    /// the file is rewritten. It names the content it replaces, so that it is trusted only while
    /// the file is that content, a part of the new one, or the new one (`inPlaceCopyContent`).
    func writeInPlace(_ path: String, _ bytes: [UInt8]) throws(IOFailure) -> UnfinishedWrite? {
        let copy = SessionFile.inPlaceCopy(of: path)
        let replaced = Journal.fingerprint(try read(path, limit: Int.max))
        let tmp = FileSystem.directory(of: path) + "/." + FileSystem.baseName(of: path) + ".tmp-\(processID)"
        let fd = try create(tmp, like: nil)
        do {
            try write(fd, Array((SessionFile.inPlaceHeader + replaced + "\n").utf8))
            try write(fd, bytes)
            try sync(fd)
        } catch {
            close(fd)
            try? unlink(tmp)
            throw error
        }
        close(fd)
        do { try rename(tmp, to: copy) } catch {
            try? unlink(tmp)
            throw error
        }
        try? syncDirectory(FileSystem.directory(of: path))
        // The new content is committed: a failure from here on is not the write's, but it is
        // said (the copy stays until a later write or open finishes the file).
        do {
            try overwrite(path, with: bytes)
            try unlink(copy)
        } catch {
            return UnfinishedWrite(copy: copy, failure: error)
        }
        return nil
    }

    private func overwrite(_ path: String, with bytes: [UInt8]) throws(IOFailure) {
        let fd = try openForAppend(path)
        defer { close(fd) }
        try truncate(fd, to: 0)
        try write(fd, bytes)
        try sync(fd)
    }

    /// Settles the copy an unfinished in-place write left: copied into the file when it is the
    /// newer content, then removed; removed alone when the file has moved on since.
    func finishInPlaceWrite(_ path: String) throws(IOFailure) {
        let copy = SessionFile.inPlaceCopy(of: path)
        guard info(copy).kind == .regular else { return }
        if let content = try inPlaceCopyContent(of: path) { try overwrite(path, with: content) }
        try unlink(copy)
    }

    /// The content of the copy beside `path` when it is provably newer than the file; nil when
    /// there is none or the file was written after it. An interrupted rewrite leaves the file as
    /// the content the copy names (the rewrite never began), a start of the copy's content (cut
    /// off; or not a plan at all, where a crash left blocks unwritten) or the whole of it. A file
    /// that is none of these was written by someone else since, and is kept. A copy written before
    /// copies named their predecessor cannot be told apart, and is trusted as it was then.
    func inPlaceCopyContent(of path: String) throws(IOFailure) -> [UInt8]? {
        let copy = SessionFile.inPlaceCopy(of: path)
        guard info(copy).kind == .regular else { return nil }
        // Removed since it was seen (its write finished): there is no copy. A copy larger than any
        // plan with its header is no plan's.
        let stored: [UInt8]
        do { stored = try read(copy, limit: FileSystem.maxPlanSize + 1024) } catch {
            if error.code == ENOENT { return nil }
            throw error
        }
        var replaced: String?
        var content = stored[...]
        if stored.starts(with: Array(SessionFile.inPlaceHeader.utf8)), let end = stored.firstIndex(of: 10) {
            replaced = String(decoding: stored[SessionFile.inPlaceHeader.utf8.count..<end], as: UTF8.self)
            content = stored[(end + 1)...]
        }
        let file: [UInt8]
        do { file = try read(path, limit: FileSystem.maxPlanSize) } catch {
            // A file removed since is not brought back; one that cannot be read is not vouched for.
            return error.code == ENOENT ? nil : Array(content)
        }
        guard let replaced, Journal.fingerprint(file) != replaced, !content.starts(with: file) else {
            return Array(content)
        }
        let isPlan = { (b: [UInt8]) in (try? PlanCodec.decode(bytes: b)) != nil }
        return !isPlan(file) && isPlan(Array(content)) ? Array(content) : nil
    }

    /// Writes a file cnplan makes from plans (an export, a merged plan, a report) under the lock a
    /// session of that name takes: a session another cnplan holds open is refused, never written
    /// behind its writer's back (its next save would call it changed elsewhere, its journal would
    /// no longer fit). Devices and pipes take no lock, nor does a folder where no lock can be
    /// taken: no session can hold a file there either (it would be read-only). A `handout`
    /// (Markdown, HTML, a report) is never written over a file that holds a plan: one letter off
    /// in a name would replace a table's plan with its handout.
    @discardableResult
    public func writeOutput(_ path: String, _ bytes: [UInt8], handout: Bool = false) throws(PlanError)
        -> UnfinishedWrite?
    {
        let real = resolve(path)
        var lock: HeldLock?
        if info(path).kind != .stream {
            switch self.lock(real + ".lock") {
            case .acquired(let token): lock = HeldLock(storage: self, token: token, path: real + ".lock")
            case .heldElsewhere: throw .file(path: path, .heldElsewhere)
            case .unavailable: break
            }
        }
        defer { lock?.release() }
        if handout, info(path).kind == .regular,
            let held = try? read(path, limit: FileSystem.maxPlanSize), (try? PlanCodec.decode(bytes: held)) != nil
        {
            throw .file(path: path, .holdsAPlan)
        }
        // An interrupted earlier write leaves its temporary file; it goes now.
        removeStaleTemporaries(of: real)
        do { return try writeAtomically(path, bytes) } catch { throw .file(path: path, .cannotWrite(error.reason)) }
    }

    /// A whole regular file of at most `limit` bytes, or one error naming it.
    public func readFile(_ path: String, limit: Int = FileSystem.maxPlanSize) throws(PlanError) -> [UInt8] {
        do { return try read(path, limit: limit) } catch { throw SessionFile.problem(error, path: path, limit: limit) }
    }

    /// Removes temporary files that a crashed writer of `path` left behind (their process is gone).
    public func removeStaleTemporaries(of path: String) {
        let dir = FileSystem.directory(of: path)
        let prefix = "." + FileSystem.baseName(of: path) + ".tmp-"
        for name in entries(of: dir, startingWith: prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count)) else { continue }
            if pid != processID, processIsGone(pid) { try? unlink(dir + "/" + name) }
        }
    }
}

/// Loading and saving plan files.
public enum SessionFile {
    /// Reads a plan from a session file or an exported plan, with the changes its journal holds;
    /// throws one error naming the file.
    public static func load(_ path: String, storage: any Storage = PosixStorage.shared) throws(PlanError) -> Plan {
        try loadForReading(path, storage: storage).plan
    }

    /// Like `load`, for readers that do not write (`export`, `check`): with a note when the journal
    /// beside the file held changes that could not be shown.
    public static func loadForReading(_ path: String, storage: any Storage = PosixStorage.shared) throws(PlanError)
        -> (plan: Plan, unreplayed: (restored: Int, notRestored: Int?)?)
    {
        let opened = try open(path, storage: storage)
        // No file: `open` saw it missing, and that is the error (a session would start it).
        if opened.base == nil { throw problem(IOFailure(ENOENT), path: path, limit: FileSystem.maxPlanSize) }
        guard case .kept(let restored, let notRestored) = opened.journal else { return (opened.plan, nil) }
        return (opened.plan, (restored, notRestored))
    }

    /// A session file read with its journal.
    public struct Opened {
        public var plan: Plan
        /// The file's bytes; nil when there is no file yet.
        public var base: [UInt8]?
        public var journal: Journal.Outcome
    }

    /// Reads the file (missing is an empty plan) and replays its journal.
    static func open(_ path: String, storage: any Storage) throws(PlanError) -> Opened {
        var base: [UInt8]?
        do throws(IOFailure) {
            // The whole copy of an interrupted in-place write is what the file was becoming.
            base = try storage.inPlaceCopyContent(of: path)
            if base == nil { base = try storage.read(path, limit: FileSystem.maxPlanSize) }
        } catch {
            if error.code != ENOENT { throw problem(error, path: path, limit: FileSystem.maxPlanSize) }
        }
        let plan = try base.map { (b) throws(PlanError) in try decode(b, path: path) } ?? Plan()
        let (replayed, outcome) = Journal.replay(storage: storage, file: path, base: base, onto: plan)
        return Opened(plan: replayed, base: base, journal: outcome)
    }

    /// A failure to read `path` as the one error that names it.
    static func problem(_ error: IOFailure, path: String, limit: Int) -> PlanError {
        switch error {
        case .tooLarge: .file(path: path, .tooLarge(mebibytes: limit / 1024 / 1024))
        case .notRegular: .file(path: path, .notRegular)
        default: .file(path: path, .cannotRead(error.reason))
        }
    }

    /// The first line of that copy, before the fingerprint of the content it replaces.
    static let inPlaceHeader = "cnplan-inplace 1 "

    /// The whole copy an in-place write makes first.
    static func inPlaceCopy(of path: String) -> String {
        FileSystem.directory(of: path) + "/." + FileSystem.baseName(of: path) + ".inplace"
    }

    /// A plan from the bytes of a file.
    static func decode(_ bytes: [UInt8], path: String) throws(PlanError) -> Plan {
        if bytes.isEmpty { throw .file(path: path, .empty) }
        do { return try PlanCodec.decode(bytes: bytes) } catch {
            switch error {
            case .syntax(let e): throw .file(path: path, .notJSON(line: e.line, e.problem))
            case .format(let e): throw .file(path: path, .notAPlan(e))
            }
        }
    }

    /// The bytes of a plan, refused when cnplan could not read them back: larger than the reader's
    /// limit, or a number that is not finite.
    public static func encode(_ plan: Plan) throws(PlanError) -> [UInt8] {
        try checkNumbers(plan)
        let bytes = PlanCodec.bytes(plan)
        guard bytes.count <= FileSystem.maxPlanSize else {
            throw .planTooLarge(bytes: bytes.count, limit: FileSystem.maxPlanSize)
        }
        return bytes
    }

    /// Refuses a plan with a number the file cannot hold (a relative target that overflows).
    static func checkNumbers(_ plan: Plan) throws(PlanError) {
        // Run at every change: each impact read in place, nothing allocated.
        for i in plan.impacts.indices {
            if let n = plan.impacts[i].baseline, !n.isFinite { throw .unwritableNumber(impact: plan.impacts[i].id) }
            if let n = plan.impacts[i].resolvedTarget, !n.isFinite {
                throw .unwritableNumber(impact: plan.impacts[i].id)
            }
        }
    }

    /// Writes the plan; returns the bytes written.
    @discardableResult
    public static func save(_ plan: Plan, to path: String, storage: any Storage = PosixStorage.shared)
        throws(PlanError)
        -> [UInt8]
    {
        let bytes = try encode(plan)
        try storage.writeOutput(path, bytes)
        return bytes
    }
}

/// Where cnplan keeps state that is not a plan file: recovery copies and line history.
public enum StateDirectory {
    /// `$XDG_STATE_HOME/cnplan`, by default `~/.local/state/cnplan`.
    public static var path: String {
        if let xdg = FileSystem.environment("XDG_STATE_HOME") { return xdg + "/cnplan" }
        return (FileSystem.environment("HOME") ?? ".") + "/.local/state/cnplan"
    }
}
