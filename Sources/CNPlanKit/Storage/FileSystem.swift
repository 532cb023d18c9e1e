import CNPlanCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension IOFailure {
    /// Not a regular file (a folder, a FIFO, a device) where a file's content is read.
    public static let notRegular = IOFailure(-1)
    /// Larger than the limit the reader was given.
    public static let tooLarge = IOFailure(-2)

    /// What went wrong, for a message after a file name.
    public var reason: String {
        switch self {
        case .notRegular: "not a regular file"
        case .tooLarge: "too large"
        default: String(cString: strerror(code))
        }
    }
}

/// The real file system, on POSIX calls: small, explicit about durability, and free of Foundation
/// so that start-up stays fast.
public final class PosixStorage: Storage, Sendable {
    public static let shared = PosixStorage()

    public var processID: Int32 { getpid() }

    public func info(_ path: String) -> FileInfo {
        var st = stat()
        guard stat(path, &st) == 0 else { return FileInfo(kind: .missing) }
        let kind: FileInfo.Kind =
            switch st.st_mode & S_IFMT {
            case S_IFREG: .regular
            case S_IFDIR: .directory
            case S_IFIFO, S_IFCHR, S_IFSOCK: .stream
            default: .other
            }
        // A file without its owner's write bit is read-only even to root, who passes access().
        var info = FileInfo(
            kind: kind, mode: UInt32(st.st_mode & 0o7777), owner: st.st_uid, group: st.st_gid,
            writable: access(path, W_OK) == 0 && (kind != .regular || st.st_mode & S_IWUSR != 0))
        info.version = "\(st.st_dev):\(st.st_ino):\(st.st_size):\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
        info.links = Int(st.st_nlink)
        return info
    }

    public func resolve(_ path: String) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        // A file not made yet is named through its folder, so that it resolves to the same path
        // before and after it is made (a session started on a new file, then written over).
        let dir = FileSystem.directory(of: path)
        guard let folder = realpath(dir, nil) else { return path }
        defer { free(folder) }
        let base = String(cString: folder)
        return (base == "/" ? "" : base) + "/" + FileSystem.baseName(of: path)
    }

    public func read(_ path: String, limit: Int) throws(IOFailure) -> [UInt8] {
        // Non-blocking open: a FIFO named as a plan must be refused, not waited on forever.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw IOFailure(errno) }
        defer { Glibc.close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw IOFailure(errno) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw .notRegular }
        guard Int(st.st_size) <= limit else { throw .tooLarge }
        var out: [UInt8] = []
        out.reserveCapacity(Int(st.st_size))
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw IOFailure(errno)
            }
            if n == 0 { break }
            out.append(contentsOf: buffer[0..<n])
            if out.count > limit { throw .tooLarge }
        }
        return out
    }

    public func create(_ path: String, like: FileInfo?) throws(IOFailure) -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw IOFailure(errno) }
        if let like, like.kind == .regular {
            // The owner first (only root may change it; others keep their own), then the mode.
            if like.owner != getuid() || like.group != getgid() { _ = fchown(fd, like.owner, like.group) }
            _ = fchmod(fd, mode_t(like.mode))
        }
        return fd
    }

    public func openForAppend(_ path: String) throws(IOFailure) -> Int32 {
        let fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw IOFailure(errno) }
        return fd
    }

    public func write(_ fd: Int32, _ bytes: [UInt8]) throws(IOFailure) {
        if let failure = bytes.withUnsafeBytes({ PosixStorage.writeAll(fd, $0) }) { throw IOFailure(failure) }
    }

    /// Writes every byte, past interrupted calls; the `errno` of a failure, nil when all went.
    /// Shared by files and the terminal.
    public static func writeAll(_ fd: Int32, _ buf: UnsafeRawBufferPointer) -> Int32? {
        var off = 0
        while off < buf.count {
            let n = Glibc.write(fd, buf.baseAddress! + off, buf.count - off)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            off += n
        }
        return nil
    }

    public func sync(_ fd: Int32) throws(IOFailure) {
        guard fsync(fd) == 0 else { throw IOFailure(errno) }
    }

    public func truncate(_ fd: Int32, to size: Int) throws(IOFailure) {
        guard ftruncate(fd, off_t(size)) == 0 else { throw IOFailure(errno) }
    }

    public func close(_ fd: Int32) { _ = Glibc.close(fd) }

    public func rename(_ from: String, to: String) throws(IOFailure) {
        guard Glibc.rename(from, to) == 0 else { throw IOFailure(errno) }
    }

    public func unlink(_ path: String) throws(IOFailure) {
        guard Glibc.unlink(path) == 0 else { throw IOFailure(errno) }
    }

    public func syncDirectory(_ path: String) throws(IOFailure) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw IOFailure(errno) }
        defer { Glibc.close(fd) }
        // Some file systems cannot sync a folder (EINVAL); the rename is as durable as they make it.
        if fsync(fd) != 0, errno != EINVAL { throw IOFailure(errno) }
    }

    public func makeDirectories(_ path: String) throws(IOFailure) {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0, errno != EEXIST { throw IOFailure(errno) }
        }
        guard info(path).kind == .directory else { throw IOFailure(ENOTDIR) }
    }

    public func entries(of dir: String, startingWith prefix: String) -> [String] {
        guard let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        let start = Array(prefix.utf8CString.dropLast())
        var names: [String] = []
        while let entry = readdir(d) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { p -> String? in
                    strncmp(p, start, start.count) == 0 ? String(cString: p) : nil
                }
            }
            if let name, name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    public func processIsGone(_ pid: Int32) -> Bool { kill(pid, 0) != 0 && errno == ESRCH }

    public func lock(_ path: String) -> LockOutcome {
        // The kernel drops a flock when its process dies, so a killed cnplan leaves no stale lock.
        // Retry when the lock file was replaced between open and flock (a holder removed it on exit).
        for _ in 0..<20 {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard fd >= 0 else { return .unavailable(IOFailure(errno)) }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                let e = errno
                Glibc.close(fd)
                return e == EWOULDBLOCK ? .heldElsewhere : .unavailable(IOFailure(e))
            }
            var a = stat()
            var b = stat()
            if fstat(fd, &a) == 0, stat(path, &b) == 0, a.st_ino == b.st_ino, a.st_dev == b.st_dev {
                return .acquired(fd)
            }
            Glibc.close(fd)
        }
        return .unavailable(IOFailure(EAGAIN))
    }

    public func unlock(_ token: Int32, path: String) {
        // Unlinked while still held, so nobody locks a file that is about to disappear.
        _ = Glibc.unlink(path)
        Glibc.close(token)
    }
}

/// File helpers on the real file system, for the terminal, exports and line history.
public enum FileSystem {
    /// The largest plan file cnplan reads.
    public static let maxPlanSize = 16 * 1024 * 1024

    public static func exists(_ path: String) -> Bool { PosixStorage.shared.info(path).kind != .missing }

    /// Reads a whole regular file of at most `limit` bytes.
    public static func read(_ path: String, limit: Int = maxPlanSize) throws(PlanError) -> [UInt8] {
        try PosixStorage.shared.readFile(path, limit: limit)
    }

    /// Writes the file so that a crash at any moment leaves either the old or the new content
    /// (see `Storage.writeAtomically`). `durable: false` skips the syncs, for line history.
    public static func writeAtomically(_ path: String, _ text: String, durable: Bool = true) throws(PlanError) {
        try writeAtomically(path, Array(text.utf8), durable: durable)
    }

    public static func writeAtomically(_ path: String, _ bytes: [UInt8], durable: Bool = true) throws(PlanError) {
        // An interrupted earlier export leaves its temporary file; it goes now.
        PosixStorage.shared.removeStaleTemporaries(of: PosixStorage.shared.resolve(path))
        do { try PosixStorage.shared.writeAtomically(path, bytes, durable: durable) } catch {
            throw .file(path: path, .cannotWrite(error.reason))
        }
    }

    /// Writes an export, a merged plan or a report (see `Storage.writeOutput`): refused onto a
    /// session another cnplan holds open.
    @discardableResult
    public static func writeOutput(_ path: String, _ bytes: [UInt8], handout: Bool = false) throws(PlanError)
        -> UnfinishedWrite?
    {
        try PosixStorage.shared.writeOutput(path, bytes, handout: handout)
    }

    /// The names in a folder, without `.` and `..`, sorted; empty when it cannot be read.
    public static func entries(of dir: String) -> [String] { PosixStorage.shared.entries(of: dir) }

    public static func isDirectory(_ path: String) -> Bool { PosixStorage.shared.info(path).kind == .directory }

    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// Creates a folder and its parents.
    public static func makeDirectories(_ path: String) { try? PosixStorage.shared.makeDirectories(path) }

    public static func remove(_ path: String) { try? PosixStorage.shared.unlink(path) }

    public static func environment(_ name: String) -> String? {
        guard let v = getenv(name) else { return nil }
        let s = String(cString: v)
        return s.isEmpty ? nil : s
    }
}
