import CNPlanCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The append-only journal beside a session file (`FILE.journal`): one encoded `Edit` per line
/// (see `EditCodec`), each on disk (fsync) before the next prompt, so a change costs a short append
/// instead of rewriting the whole plan. It is folded into the session file when it grows, on save,
/// undo, redo and quit, and whenever the prompt waits; on open, it is replayed onto the file.
///
/// The first line names the file content it continues (`cnplan-journal 2 <hash>`). Before the
/// file is rewritten, a line `# compacted <hash of the new content>` is appended: a journal left
/// beside exactly that file (a crash between the rewrite and the journal's reset) is known to be
/// folded in. A journal beside any other content is never dropped in silence. A torn last line
/// (a crash mid-append) was never acknowledged and is ignored.
public final class Journal {
    public static let header = "cnplan-journal 2 "
    /// Journals written before edits were encoded hold typed command lines.
    public static let legacyHeader = "cnplan-journal 1 "
    static let marker = "# compacted "
    /// Entries after which the journal is folded into the session file.
    public static let compactAfter = 1000
    /// Bytes after which it is folded too, so that a journal always fits the reader's limit.
    static let compactAfterBytes = 8 * 1024 * 1024
    static let readLimit = 256 * 1024 * 1024

    let storage: any Storage
    public let path: String
    private let fd: Int32
    public private(set) var count = 0
    private(set) var size: Int

    /// Starts an empty journal continuing the session file content `base`.
    init(storage: any Storage, file: String, base: [UInt8]) throws(IOFailure) {
        self.storage = storage
        path = file + ".journal"
        let head = Array((Journal.header + Journal.fingerprint(base) + "\n").utf8)
        try storage.writeAtomically(path, head, durable: true)
        fd = try storage.openForAppend(path)
        size = head.count
    }

    deinit { storage.close(fd) }

    /// Entries or bytes enough that the next change should rewrite the file instead.
    var isFull: Bool { count >= Journal.compactAfter || size >= Journal.compactAfterBytes }

    /// Appends one encoded edit and makes it durable.
    func append(_ edit: Edit) throws(IOFailure) {
        try appendLine(EditCodec.encode(edit))
        count += 1
    }

    /// Records that the file is about to be rewritten with `content`.
    func markCompacted(into content: [UInt8]) throws(IOFailure) {
        try appendLine(Journal.marker + Journal.fingerprint(content))
    }

    /// Records the rewrite in a journal this session did not start (found beside the file it opened).
    /// The line starts on a new line, so a torn last entry cannot swallow it.
    static func markCompacted(storage: any Storage, file: String, into content: [UInt8]) throws(IOFailure) {
        let fd = try storage.openForAppend(file + ".journal")
        defer { storage.close(fd) }
        try storage.write(fd, Array(("\n" + marker + fingerprint(content) + "\n").utf8))
        try storage.sync(fd)
    }

    private func appendLine(_ line: String) throws(IOFailure) {
        let bytes = Array((line + "\n").utf8)
        do {
            try storage.write(fd, bytes)
            try storage.sync(fd)
        } catch {
            // Half a record must not stay for the next append to be glued onto: cut back to the
            // last whole one. If even that fails, the caller stops using this journal.
            try storage.truncate(fd, to: size)
            throw error
        }
        size += bytes.count
    }

    /// FNV-1a, 64 bits: enough to tell one version of a session file from another.
    public static func fingerprint(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return String(h, radix: 16)
    }

    /// What the journal beside a file did for it.
    public enum Outcome: Sendable, Equatable {
        case none
        /// Its changes are in the plan (perhaps none); `legacy` for a journal of typed lines.
        case replayed(Int, legacy: Bool)
        /// Folded into the file already: it may go.
        case stale
        /// Some entries could not be replayed (or none could be read): the journal must be kept.
        /// `notRestored` is nil when the journal could not be read at all.
        case kept(restored: Int, notRestored: Int?)
    }

    /// Reads the journal of `file` and replays what it holds for the content `base` (nil: no file).
    static func replay(storage: any Storage, file: String, base: [UInt8]?, onto plan: Plan) -> (Plan, Outcome) {
        let bytes: [UInt8]
        do { bytes = try storage.read(file + ".journal", limit: readLimit) } catch {
            return (plan, error.code == ENOENT ? .none : .kept(restored: 0, notRestored: nil))
        }
        var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        // The last element is "" after a complete final line; anything else is a torn append.
        lines.removeLast()
        guard let head = lines.first else { return (plan, .stale) }
        let legacy = head.hasPrefix(legacyHeader)
        guard legacy || head.hasPrefix(header) else { return (plan, .kept(restored: 0, notRestored: nil)) }
        let content = fingerprint(base ?? [])
        let body = lines.dropFirst().filter { !$0.isEmpty }
        let entries = body.filter { !$0.hasPrefix(marker) }
        guard String(head.dropFirst(header.count)) == content, base != nil else {
            // Folded into exactly this file, with nothing after: a crash came between the rewrite
            // and the journal's reset.
            let after = body.lastIndex(of: marker + content).map { body[$0...].dropFirst() }
            let folded = base != nil && after.map { !$0.contains { !$0.hasPrefix(marker) } } == true
            return (plan, folded || entries.isEmpty ? .stale : .kept(restored: 0, notRestored: entries.count))
        }
        var p = plan
        for (n, line) in entries.enumerated() {
            guard let edit = decode(line, legacy: legacy), let next = try? apply(edit, to: p) else {
                return (p, .kept(restored: n, notRestored: entries.count - n))
            }
            p = next
        }
        return (p, .replayed(entries.count, legacy: legacy))
    }

    private static func decode(_ line: String, legacy: Bool) -> Edit? {
        if !legacy { return try? EditCodec.decode(line) }
        guard case .edit(let edit)? = try? Parser.parse(line) else { return nil }
        return edit
    }
}
