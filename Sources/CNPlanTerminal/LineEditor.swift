#if canImport(Glibc)
import Glibc
#endif
import CLineEdit
import CNPlanCore
import CNPlanKit

/// The state the C completion callback reads: it cannot capture context.
nonisolated(unsafe) private var completionPlan = Plan()
nonisolated(unsafe) private var completionWidth = 80

/// Line editing through the system libedit: Emacs keys, Ctrl-R search, Tab completion and
/// history kept across runs.
final class LineEditor {
    let historyPath: String
    private(set) var history: [String] = []
    static let historyLimit = 1000

    init(stateDirectory: String) {
        historyPath = stateDirectory + "/history"
        _ = cn_ensure_utf8_ctype()
        cn_le_open("cnplan")
        cn_le_set_completer { before in
            let result = Completer(plan: completionPlan).complete(String(cString: before))
            var text = result.insert + "\n"
            // Candidates may be file names: escape sequences in them must not reach the terminal.
            if !result.candidates.isEmpty { text += Completer.columns(result.candidates.map(Board.safe), width: completionWidth) }
            return strdup(text)
        }
        loadHistory()
    }

    deinit { cn_le_close() }

    /// The plan and width completion works from.
    func update(plan: Plan, width: Int) {
        completionPlan = plan
        completionWidth = width
    }

    func read(prompt: String) -> ReadResult {
        cn_le_set_prompt(prompt)
        var status: Int32 = 0
        guard let raw = cn_le_read(&status) else {
            return status == Int32(CN_READ_INTERRUPTED) ? .interrupted : .endOfInput
        }
        defer { free(raw) }
        let line = String(decoding: UnsafeRawBufferPointer(start: raw, count: strlen(raw)), as: UTF8.self)
        remember(line)
        return .line(line)
    }

    private func loadHistory() {
        guard let bytes = try? FileSystem.read(historyPath, limit: 4 * 1024 * 1024) else { return }
        history = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init).suffix(LineEditor.historyLimit).map { $0 }
        for line in history { cn_le_history_add(line) }
    }

    /// Stores a line: not blank, no duplicates (the older copy goes), bounded in size.
    private func remember(_ typed: String) {
        let line = typed.trimmingSpaces
        guard !line.isEmpty else { return }
        let hadCopy = history.contains(line)
        history.removeAll { $0 == line }
        history.append(line)
        if history.count > LineEditor.historyLimit { history.removeFirst(history.count - LineEditor.historyLimit) }
        if hadCopy || history.count == LineEditor.historyLimit {
            cn_le_history_clear()
            for l in history { cn_le_history_add(l) }
        } else {
            cn_le_history_add(line)
        }
        FileSystem.makeDirectories(FileSystem.directory(of: historyPath))
        try? FileSystem.writeAtomically(historyPath, history.joined(separator: "\n") + "\n", durable: false)
    }
}
