import CNPlanCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Storage {
    /// Writes `bytes` so that a crash at any moment leaves either the old or the new content: a
    /// temporary file in the same folder, fsync, rename over the target, fsync of the folder.
    /// A symbolic link is written through (its target changes), the mode and owner are kept, a
    /// file this process may not write is refused, and devices and pipes are written as streams.
    public func writeAtomically(_ path: String, _ bytes: [UInt8], durable: Bool = true) throws(IOFailure) {
        let existing = info(path)
        switch existing.kind {
        case .stream:
            let fd = try openForAppend(path)
            defer { close(fd) }
            try write(fd, bytes)
            return
        case .directory, .other: throw IOFailure(EISDIR)
        case .regular where !existing.writable: throw IOFailure(EACCES)
        case .regular where existing.links > 1:
            try writeInPlace(resolve(path), bytes)
            return
        case .regular, .missing: break
        }
        let target = existing.kind == .regular ? resolve(path) : path
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
    }

    /// A file with hard links keeps its inode, so every name sees the new content. A whole copy
    /// (`.FILE.inplace`) is made durable first; a crash while the file itself is rewritten leaves
    /// that copy, which readers prefer and the next writer copies in again (`finishInPlaceWrite`).
    func writeInPlace(_ path: String, _ bytes: [UInt8]) throws(IOFailure) {
        let copy = SessionFile.inPlaceCopy(of: path)
        let tmp = FileSystem.directory(of: path) + "/." + FileSystem.baseName(of: path) + ".tmp-\(processID)"
        let fd = try create(tmp, like: nil)
        do {
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
        // The copy is the commit point: from here the new content is what every reader gets, so a
        // failure to rewrite the file only leaves the copy for the next writer to finish.
        do {
            try overwrite(path, with: bytes)
            try unlink(copy)
        } catch {}
    }

    private func overwrite(_ path: String, with bytes: [UInt8]) throws(IOFailure) {
        let fd = try openForAppend(path)
        defer { close(fd) }
        try truncate(fd, to: 0)
        try write(fd, bytes)
        try sync(fd)
    }

    /// Completes an in-place write a crash interrupted; for the holder of the file's lock.
    func finishInPlaceWrite(_ path: String) throws(IOFailure) {
        let copy = SessionFile.inPlaceCopy(of: path)
        guard info(copy).kind == .regular else { return }
        try overwrite(path, with: try read(copy, limit: FileSystem.maxPlanSize))
        try unlink(copy)
    }

    /// A whole regular file of at most `limit` bytes, or one error naming it.
    public func readFile(_ path: String, limit: Int = FileSystem.maxPlanSize) throws(PlanError) -> [UInt8] {
        do { return try read(path, limit: limit) } catch {
            switch error {
            case .tooLarge: throw .file(path: path, .tooLarge(mebibytes: limit / 1024 / 1024))
            case .notRegular: throw .file(path: path, .notRegular)
            default: throw .file(path: path, .cannotRead(error.reason))
            }
        }
    }

    /// Removes temporary files that a crashed writer of `path` left behind (their process is gone).
    public func removeStaleTemporaries(of path: String) {
        let dir = FileSystem.directory(of: path)
        let prefix = "." + FileSystem.baseName(of: path) + ".tmp-"
        for name in entries(of: dir) {
            guard name.hasPrefix(prefix), let pid = Int32(name.dropFirst(prefix.count)) else { continue }
            if pid != processID, processIsGone(pid) { try? unlink(dir + "/" + name) }
        }
    }
}

/// Loading and saving plan files.
public enum SessionFile {
    /// Reads a plan from a session file or an exported plan, with the changes its journal holds;
    /// throws one error naming the file.
    public static func load(_ path: String, storage: any Storage = PosixStorage.shared) throws(PlanError) -> Plan {
        let opened = try open(path, storage: storage)
        if opened.base == nil { _ = try storage.readFile(path) }
        return opened.plan
    }

    /// Like `load`, for readers that do not write (`export`, `check`): with a note when the journal
    /// beside the file held changes that could not be shown.
    public static func loadForReading(_ path: String, storage: any Storage = PosixStorage.shared) throws(PlanError)
        -> (plan: Plan, unreplayed: (restored: Int, notRestored: Int?)?)
    {
        let opened = try open(path, storage: storage)
        if opened.base == nil { _ = try storage.readFile(path) }
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
        // The whole copy of an interrupted in-place write is what the file was becoming.
        let inPlace = storage.info(inPlaceCopy(of: path)).kind == .regular
        let source = inPlace ? inPlaceCopy(of: path) : path
        do { base = try storage.read(source, limit: FileSystem.maxPlanSize) } catch {
            if error.code != ENOENT { _ = try storage.readFile(source) }
        }
        let plan = try base.map { (b) throws(PlanError) in try decode(b, path: path) } ?? Plan()
        let (replayed, outcome) = Journal.replay(storage: storage, file: path, base: base, onto: plan)
        return Opened(plan: replayed, base: base, journal: outcome)
    }

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
    static func encode(_ plan: Plan) throws(PlanError) -> [UInt8] {
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
        do { try storage.writeAtomically(path, bytes) } catch {
            throw .file(path: path, .cannotWrite(error.reason))
        }
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
