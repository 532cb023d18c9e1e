/// A file call that failed, with the `errno` it ended with (ENOSPC, EIO, EACCES, …).
public struct IOFailure: Error, Sendable, Equatable {
    public var code: Int32
    public init(_ code: Int32) { self.code = code }
}

/// What is at a path, following symbolic links.
public struct FileInfo: Sendable, Equatable {
    /// The kinds of thing a path can name.
    public enum Kind: Sendable, Equatable { case missing, regular, directory, stream, other }
    public var kind: Kind
    /// Permission bits, kept when the file is replaced.
    public var mode: UInt32 = 0o644
    public var owner: UInt32 = 0
    public var group: UInt32 = 0
    /// False for a file this process may not write (a 0444 plan): it is never replaced.
    public var writable = true
    /// Changes whenever the file is replaced or written, to notice another program's edits.
    public var version = ""
    /// Names the file has (hard links): more than one, and it is written in place, never replaced.
    public var links = 1
    public init(kind: Kind, mode: UInt32 = 0o644, owner: UInt32 = 0, group: UInt32 = 0, writable: Bool = true) {
        self.kind = kind
        self.mode = mode
        self.owner = owner
        self.group = group
        self.writable = writable
    }
}

/// How an attempt to take a lock file ended.
public enum LockOutcome: Sendable, Equatable {
    /// Held until `unlock` with this token (or the death of the process).
    case acquired(Int32)
    case heldElsewhere
    /// The lock file cannot be made or locked (a directory, another user's 0600 file).
    case unavailable(IOFailure)
}

/// The file calls sessions are made of: the real file system, or a twin in memory that can fail
/// or "crash" at any call. Durable writes, the journal and recovery are built on these calls
/// only, so the twin exercises the very code that runs against the disk.
public protocol Storage: AnyObject {
    var processID: Int32 { get }
    func info(_ path: String) -> FileInfo
    /// The file that writes to `path` should change: the target of a symbolic link.
    func resolve(_ path: String) -> String
    /// The bytes of a regular file of at most `limit` bytes; EFBIG past it, ENOENT when missing.
    func read(_ path: String, limit: Int) throws(IOFailure) -> [UInt8]
    /// A new file open for writing, with the mode and owner of `like`.
    func create(_ path: String, like: FileInfo?) throws(IOFailure) -> Int32
    /// An existing file (or device, or pipe) open for appending.
    func openForAppend(_ path: String) throws(IOFailure) -> Int32
    /// Writes every byte, or fails having written some of them.
    func write(_ fd: Int32, _ bytes: [UInt8]) throws(IOFailure)
    func sync(_ fd: Int32) throws(IOFailure)
    func truncate(_ fd: Int32, to size: Int) throws(IOFailure)
    func close(_ fd: Int32)
    func rename(_ from: String, to: String) throws(IOFailure)
    func unlink(_ path: String) throws(IOFailure)
    func syncDirectory(_ path: String) throws(IOFailure)
    func makeDirectories(_ path: String) throws(IOFailure)
    /// The names in a folder that start with `prefix`, sorted. Names are compared as bytes
    /// before any is made a String: a session's folder may hold tens of thousands of files.
    func entries(of dir: String, startingWith prefix: String) -> [String]
    func processIsGone(_ pid: Int32) -> Bool
    /// An exclusive lock on the file `path`, created if missing; never waits.
    func lock(_ path: String) -> LockOutcome
    /// Releases a lock and removes its file, so no clutter stays beside the session.
    func unlock(_ token: Int32, path: String)
}

/// A lock held on `FILE.lock` until it is released or this value goes away.
public final class HeldLock {
    let storage: any Storage
    let token: Int32
    let path: String
    private var held = true

    init(storage: any Storage, token: Int32, path: String) {
        self.storage = storage
        self.token = token
        self.path = path
    }

    /// Releases the lock, and removes its file, now: at the session's end, which a process that
    /// leaves its last values for the exit to give back (`Program.keptUntilExit`) reaches long
    /// before this value would go away.
    func release() {
        guard held else { return }
        held = false
        storage.unlock(token, path: path)
    }

    deinit { release() }
}

extension Storage {
    /// Every name in a folder, sorted.
    public func entries(of dir: String) -> [String] { entries(of: dir, startingWith: "") }
}
