#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The storage twin for tests: files, folders, descriptors and locks in memory, with one fault
/// injected at the Nth call that changes something (create, open for writing, write, sync,
/// truncate, rename, unlink, folder sync, mkdir, lock). A failing write writes half its bytes
/// first, as a full disk does. A crash performs the call, then every later call does nothing,
/// as if the process had been killed: `files` is then what the next process finds.
public final class MemoryStorage: Storage {
    /// What happens at the fault point.
    public enum Fault: Sendable, Equatable {
        case fail(Int32)
        case crash
    }

    public var processID: Int32 = 4242
    /// Calls counted so far toward the fault point.
    public private(set) var calls = 0
    /// The fault and the call (counting from 1) it strikes; nil for none.
    public var fault: (at: Int, kind: Fault)?
    public private(set) var faultStruck = false
    public private(set) var crashed = false
    /// Paths this process may not write (a 0444 file, a read-only folder's files).
    public var readOnlyPaths: Set<String> = []
    /// Lock files another process holds.
    public var lockedElsewhere: Set<String> = []
    /// Paths whose file has other names too (hard links), by path.
    public var hardLinked: Set<String> = []

    private var names: [String: Int] = [:]
    private var data: [Int: [UInt8]] = [:]
    private var folders: Set<String> = ["/"]
    private var descriptors: [Int32: Int] = [:]
    private var locks: [String: Int32] = [:]
    private var nextInode = 1
    private var nextDescriptor: Int32 = 3

    public init() {}

    /// The content of every file, by path.
    public var files: [String: [UInt8]] { names.mapValues { data[$0] ?? [] } }

    /// Writes a file directly, outside any fault counting (test set-up).
    public func put(_ path: String, _ bytes: [UInt8]) {
        folders.insert(FileSystem.directory(of: path))
        names[path] = newInode(bytes)
    }

    /// After a crash: the next process starts with the files as they are and no locks or descriptors.
    public func restart() {
        crashed = false
        fault = nil
        descriptors.removeAll()
        locks.removeAll()
    }

    private func newInode(_ bytes: [UInt8]) -> Int {
        nextInode += 1
        data[nextInode] = bytes
        return nextInode
    }

    /// Counts a call; throws at the fault point (or after a crash), performing `body` when it runs.
    private func step<T>(_ body: () throws(IOFailure) -> T, partial: (() -> Void)? = nil) throws(IOFailure) -> T {
        if crashed { throw IOFailure(EIO) }
        calls += 1
        guard let fault, fault.at == calls else { return try body() }
        faultStruck = true
        switch fault.kind {
        case .fail(let code):
            partial?()
            throw IOFailure(code)
        case .crash:
            let result = try body()
            crashed = true
            return result
        }
    }

    public func info(_ path: String) -> FileInfo {
        if folders.contains(path) { return FileInfo(kind: .directory) }
        guard let inode = names[path] else { return FileInfo(kind: .missing) }
        var info = FileInfo(kind: .regular, writable: !readOnlyPaths.contains(path))
        info.version = "\(inode):\(data[inode]?.count ?? 0)"
        if hardLinked.contains(path) { info.links = 2 }
        return info
    }

    public func resolve(_ path: String) -> String { path }

    public func read(_ path: String, limit: Int) throws(IOFailure) -> [UInt8] {
        if folders.contains(path) { throw .notRegular }
        guard let inode = names[path], let bytes = data[inode] else { throw IOFailure(ENOENT) }
        guard bytes.count <= limit else { throw .tooLarge }
        return bytes
    }

    private func checkFolder(_ path: String) throws(IOFailure) {
        guard folders.contains(FileSystem.directory(of: path)) else { throw IOFailure(ENOENT) }
        if readOnlyPaths.contains(FileSystem.directory(of: path)) { throw IOFailure(EACCES) }
    }

    public func create(_ path: String, like: FileInfo?) throws(IOFailure) -> Int32 {
        try step { () throws(IOFailure) -> Int32 in
            try checkFolder(path)
            names[path] = newInode([])
            nextDescriptor += 1
            descriptors[nextDescriptor] = names[path]
            return nextDescriptor
        }
    }

    public func openForAppend(_ path: String) throws(IOFailure) -> Int32 {
        try step { () throws(IOFailure) -> Int32 in
            guard let inode = names[path] else { throw IOFailure(ENOENT) }
            nextDescriptor += 1
            descriptors[nextDescriptor] = inode
            return nextDescriptor
        }
    }

    public func write(_ fd: Int32, _ bytes: [UInt8]) throws(IOFailure) {
        guard let inode = descriptors[fd] else { throw IOFailure(EBADF) }
        try step(
            { data[inode, default: []] += bytes },
            partial: { self.data[inode, default: []] += bytes.prefix(bytes.count / 2) })
    }

    public func sync(_ fd: Int32) throws(IOFailure) {
        guard descriptors[fd] != nil else { throw IOFailure(EBADF) }
        try step {}
    }

    public func truncate(_ fd: Int32, to size: Int) throws(IOFailure) {
        guard let inode = descriptors[fd] else { throw IOFailure(EBADF) }
        try step { data[inode] = Array((data[inode] ?? []).prefix(size)) }
    }

    public func close(_ fd: Int32) { descriptors[fd] = nil }

    public func rename(_ from: String, to: String) throws(IOFailure) {
        try step { () throws(IOFailure) in
            guard let inode = names[from] else { throw IOFailure(ENOENT) }
            try checkFolder(to)
            names[from] = nil
            names[to] = inode
        }
    }

    public func unlink(_ path: String) throws(IOFailure) {
        try step { () throws(IOFailure) in
            guard names[path] != nil else { throw IOFailure(ENOENT) }
            try checkFolder(path)
            names[path] = nil
        }
    }

    public func syncDirectory(_ path: String) throws(IOFailure) { try step {} }

    public func makeDirectories(_ path: String) throws(IOFailure) {
        try step { () throws(IOFailure) in
            if readOnlyPaths.contains(path) { throw IOFailure(EACCES) }
            var current = ""
            for part in path.split(separator: "/") {
                current += "/" + part
                folders.insert(current)
            }
        }
    }

    public func entries(of dir: String, startingWith start: String) -> [String] {
        let prefix = dir.hasSuffix("/") ? dir : dir + "/"
        return names.keys.filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains("/") }
            .map { String($0.dropFirst(prefix.count)) }.filter { $0.hasPrefix(start) }.sorted()
    }

    public func processIsGone(_ pid: Int32) -> Bool { pid != processID }

    public func lock(_ path: String) -> LockOutcome {
        do {
            return try step { () throws(IOFailure) -> LockOutcome in
                if lockedElsewhere.contains(path) || locks[path] != nil { return .heldElsewhere }
                if folders.contains(path) { return .unavailable(IOFailure(EISDIR)) }
                try checkFolder(path)
                if names[path] == nil { names[path] = newInode([]) }
                nextDescriptor += 1
                locks[path] = nextDescriptor
                return .acquired(nextDescriptor)
            }
        } catch {
            return .unavailable(error)
        }
    }

    public func unlock(_ token: Int32, path: String) {
        guard locks[path] == token else { return }
        locks[path] = nil
        // A dead process removes nothing; the kernel only drops its lock.
        if !crashed { names[path] = nil }
    }
}
