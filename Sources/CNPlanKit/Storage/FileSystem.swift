#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNPlanCore

/// File operations on POSIX calls: small, explicit about durability, and free of Foundation
/// so that start-up stays fast.
public enum FileSystem {
    /// The largest plan file cnplan reads.
    public static let maxPlanSize = 16 * 1024 * 1024

    static func describeErrno(_ e: Int32) -> String { String(cString: strerror(e)) }

    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    /// Reads a whole regular file of at most `limit` bytes.
    public static func read(_ path: String, limit: Int = maxPlanSize) throws(PlanError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .file(path: path, .cannotRead(describeErrno(errno))) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw .file(path: path, .cannotRead(describeErrno(errno))) }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw .file(path: path, .notRegular) }
        guard Int(st.st_size) <= limit else {
            throw .file(path: path, .tooLarge(mebibytes: limit / 1024 / 1024))
        }
        var out: [UInt8] = []
        out.reserveCapacity(Int(st.st_size))
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .file(path: path, .cannotRead(describeErrno(errno)))
            }
            if n == 0 { break }
            out.append(contentsOf: buffer[0..<n])
            if out.count > limit { throw .file(path: path, .tooLarge(mebibytes: limit / 1024 / 1024)) }
        }
        return out
    }

    /// Writes the file so that a crash at any moment leaves either the old or the new content:
    /// a temporary file in the same folder, fsync, rename over the target, fsync of the folder.
    /// `durable: false` skips the syncs, for files whose last version may be lost (line history).
    public static func writeAtomically(_ path: String, _ text: String, durable: Bool = true) throws(PlanError) {
        let dir = directory(of: path)
        let tmp = dir + "/." + baseName(of: path) + ".tmp-\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .file(path: path, .cannotWrite(describeErrno(errno))) }
        var ok = writeAll(fd, text) && (!durable || fsync(fd) == 0)
        let e = errno
        ok = close(fd) == 0 && ok
        guard ok, rename(tmp, path) == 0 else {
            let e2 = ok ? errno : e
            unlink(tmp)
            throw .file(path: path, .cannotWrite(describeErrno(e2)))
        }
        if durable { syncDirectory(dir) }
    }

    /// The names in a folder, without `.` and `..`, sorted; empty when it cannot be read.
    public static func entries(of dir: String) -> [String] {
        guard let d = opendir(dir) else { return [] }
        defer { closedir(d) }
        var names: [String] = []
        while let entry = readdir(d) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    public static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Removes temporary files that a crashed writer of `path` left behind (their process is gone).
    public static func removeStaleTemporaries(of path: String) {
        let dir = directory(of: path)
        let prefix = "." + baseName(of: path) + ".tmp-"
        for name in entries(of: dir) {
            guard name.hasPrefix(prefix), let pid = Int32(name.dropFirst(prefix.count)) else { continue }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH { unlink(dir + "/" + name) }
        }
    }

    static func writeAll(_ fd: Int32, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { buf in
            var off = 0
            while off < buf.count {
                let n = write(fd, buf.baseAddress! + off, buf.count - off)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                off += n
            }
            return true
        }
    }

    static func syncDirectory(_ dir: String) {
        let fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// Creates a folder and its parents.
    public static func makeDirectories(_ path: String) {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            mkdir(current, 0o755)
        }
    }

    public static func remove(_ path: String) { unlink(path) }

    public static func environment(_ name: String) -> String? {
        guard let v = getenv(name) else { return nil }
        let s = String(cString: v)
        return s.isEmpty ? nil : s
    }
}

/// An exclusive advisory lock on `FILE.lock`: the kernel drops it when the process dies, so a
/// killed cnplan never leaves a stale lock behind.
public final class FileLock {
    /// How an attempt to lock ended.
    public enum Outcome {
        case acquired(FileLock)
        case heldElsewhere
        /// The lock file cannot be made (no such folder, no permission): writing will say why.
        case unavailable
    }

    private let fd: Int32
    private let path: String

    private init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    public static func acquire(for file: String) -> Outcome {
        let path = file + ".lock"
        // Retry when the lock file was replaced between open and flock (a holder removed it on exit).
        for _ in 0..<5 {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else { return .unavailable }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                close(fd)
                return .heldElsewhere
            }
            var a = stat(), b = stat()
            if fstat(fd, &a) == 0, stat(path, &b) == 0, a.st_ino == b.st_ino, a.st_dev == b.st_dev {
                return .acquired(FileLock(fd: fd, path: path))
            }
            close(fd)
        }
        return .unavailable
    }

    // The lock file goes away with its holder, so no clutter stays beside the session.
    deinit {
        unlink(path)
        close(fd)
    }
}
