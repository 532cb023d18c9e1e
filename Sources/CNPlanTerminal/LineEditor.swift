import CLineEdit
import CNPlanCore
import CNPlanKit

#if canImport(Glibc)
import Glibc
#endif

/// The state the C completion callback reads: it cannot capture context.
nonisolated(unsafe) private var completionPlan = Plan()

/// What a line read at the terminal is, and so which history it joins and Up offers.
enum LineKind {
    /// A command at the prompt.
    case command
    /// An answer to a guide question: Up offers these only while the guide asks.
    case answer
    /// A yes or no that nobody wants to recall (restoring an unsaved plan).
    case unremembered
}

/// Line editing through the system libedit: Emacs keys, Ctrl-R search, Tab completion and
/// history kept across runs, one per session file so that Up never shows one client's lines in
/// another client's workshop.
final class LineEditor {
    /// `$XDG_STATE_HOME/cnplan/histories`.
    let directory: String
    static let historyLimit = 1000
    /// The session the histories belong to; nil for an unsaved plan. Unset until the first read.
    private var session: String??
    private var lines: [LineKind: [String]] = [:]
    /// The history libedit holds now.
    private var loaded: LineKind?
    /// The folder is made (and closed to others) once, not at every line; again if a write failed.
    private var folderReady = false

    init(stateDirectory: String) {
        directory = stateDirectory + "/histories"
        _ = cn_ensure_utf8_ctype()
        cn_le_open("cnplan")
        cn_le_set_completer { before in
            let result = Completer(plan: completionPlan).complete(String(cString: before))
            var text = result.insert + "\n"
            // Candidates may be file names: escape sequences in them must not reach the terminal.
            if !result.candidates.isEmpty {
                let columns = Int(cn_terminal_columns(1))
                text += Completer.columns(result.candidates.map(Board.safe), width: columns > 0 ? columns : 80)
            }
            return strdup(text)
        }
    }

    deinit { cn_le_close() }

    /// The plan completion works from.
    func update(plan: Plan) { completionPlan = plan }

    /// Switches to the histories of `file` (nil: the one history of unsaved plans) when the
    /// session changed: at start, `open`, `new` and `save FILE`.
    func use(session file: String?) {
        guard session != .some(file) else { return }
        session = .some(file)
        lines = [:]
        for kind in [LineKind.command, .answer] {
            guard let bytes = try? FileSystem.read(path(kind), limit: 4 * 1024 * 1024) else { continue }
            lines[kind] = Array(
                String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
                    .suffix(LineEditor.historyLimit))
        }
        loaded = nil
    }

    func read(prompt: String, kind: LineKind) -> ReadResult {
        if kind != .unremembered { show(kind) }
        cn_le_set_prompt(prompt)
        var status: Int32 = 0
        guard let raw = cn_le_read(&status) else {
            return status == Int32(CN_READ_INTERRUPTED) ? .interrupted : .endOfInput
        }
        defer { free(raw) }
        let line = String(decoding: UnsafeRawBufferPointer(start: raw, count: strlen(raw)), as: UTF8.self)
        if kind != .unremembered { remember(line, kind) }
        return .line(line)
    }

    /// The file of one history.
    private func path(_ kind: LineKind) -> String {
        var name = "unsaved"
        if case .some(.some(let file)) = session { name = LineEditor.historyName(file) }
        return directory + "/" + name + (kind == .answer ? ".guide" : "")
    }

    /// A session's history: its base name (for a person looking in the folder) and a hash of its
    /// full path (two `plan.json` in different folders are different sessions), the journal's
    /// FNV-1a: stable across runs and builds, which Swift's `Hasher` is not.
    static func historyName(_ file: String) -> String {
        let full = absolute(file)
        let hex = Journal.fingerprint(Array(full.utf8))
        return String(FileSystem.baseName(of: full).prefix(64)) + "-" + String(repeating: "0", count: 16 - hex.count)
            + hex
    }

    /// The file's path from the root, through the real path of its folder.
    private static func absolute(_ file: String) -> String {
        // A folder that resolves comes back from the root; one that does not, as it was given.
        let dir = PosixStorage.shared.resolve(FileSystem.directory(of: file))
        if dir.hasPrefix("/") { return dir + "/" + FileSystem.baseName(of: file) }
        guard let cwd = getcwd(nil, 0) else { return file }
        defer { free(cwd) }
        return String(cString: cwd) + "/" + file
    }

    /// Puts one kind's lines into libedit, so Up offers only those.
    private func show(_ kind: LineKind) {
        guard loaded != kind else { return }
        loaded = kind
        cn_le_history_clear()
        for line in lines[kind, default: []] { cn_le_history_add(line) }
    }

    /// Stores a line: not blank, no duplicates (the older copy goes), bounded in size.
    private func remember(_ typed: String, _ kind: LineKind) {
        let line = typed.trimmingSpaces
        guard !line.isEmpty else { return }
        var history = lines[kind, default: []]
        let hadCopy = history.contains(line)
        history.removeAll { $0 == line }
        history.append(line)
        if history.count > LineEditor.historyLimit { history.removeFirst(history.count - LineEditor.historyLimit) }
        lines[kind] = history
        if hadCopy || history.count == LineEditor.historyLimit {
            loaded = nil
            show(kind)
        } else {
            cn_le_history_add(line)
        }
        if !folderReady {
            FileSystem.makeDirectories(directory)
            // What clients said in a workshop: for this user's eyes only on a shared machine.
            chmod(directory, 0o700)
            folderReady = true
        }
        do { try FileSystem.writeAtomically(path(kind), history.joined(separator: "\n") + "\n", durable: false) } catch
        {
            folderReady = false
        }
    }
}
