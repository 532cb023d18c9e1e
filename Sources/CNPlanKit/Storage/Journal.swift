#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNPlanCore

/// The append-only journal beside a session file (`FILE.journal`): one command line per change,
/// each on disk (fsync) before the next prompt, so a change costs a short append instead of
/// rewriting the whole plan. It is compacted into the session file on save, on quit, on undo and
/// redo, and when it grows; on open, it is replayed onto the file.
///
/// The first line names the session file content it continues (`cnplan-journal 1 <hash>`): a
/// journal left beside a newer file (a crash between compaction and its removal) is ignored, so no
/// change is ever applied twice. A torn last line (a crash mid-append) is ignored.
public final class Journal {
    public static let header = "cnplan-journal 1 "
    /// Entries after which the journal is folded into the session file.
    public static let compactAfter = 1000

    public let path: String
    private let fd: Int32
    public private(set) var count = 0

    /// Starts an empty journal continuing the session file content `base`.
    public init(for file: String, base: [UInt8]) throws(PlanError) {
        path = file + ".journal"
        try FileSystem.writeAtomically(path, Journal.header + Journal.fingerprint(base) + "\n")
        fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw .file(path: path, .cannotWrite(FileSystem.describeErrno(errno))) }
    }

    deinit { close(fd) }

    /// Appends one change and makes it durable.
    public func append(_ line: String) throws(PlanError) {
        guard FileSystem.writeAll(fd, line + "\n"), fdatasync(fd) == 0 else {
            throw .file(path: path, .cannotWrite(FileSystem.describeErrno(errno)))
        }
        count += 1
    }

    /// Removes the journal once its changes are in the session file.
    public func discard() { unlink(path) }

    /// FNV-1a, 64 bits: enough to tell one version of a session file from another.
    static func fingerprint(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return String(h, radix: 16)
    }

    /// The changes a journal holds for the session file content `base`; empty when there is no
    /// journal or it belongs to another version of the file.
    public static func entries(for file: String, base: [UInt8]) -> [String] {
        guard FileSystem.exists(file + ".journal"), let bytes = try? FileSystem.read(file + ".journal", limit: 256 * 1024 * 1024) else { return [] }
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first == header + fingerprint(base) else { return [] }
        lines.removeFirst()
        // The last element is "" after a complete final line; anything else is a torn append.
        lines.removeLast()
        return lines
    }

    /// Applies journal entries to a plan, stopping at the first that does not apply.
    public static func replay(_ entries: [String], onto plan: Plan) -> Plan {
        var p = plan
        for line in entries {
            guard case .edit(let edit)? = try? Parser.parse(line), let next = try? apply(edit, to: p) else { break }
            p = next
        }
        return p
    }
}
