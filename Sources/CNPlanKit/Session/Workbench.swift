import CNPlanCore

/// What a command printed: `output` always, `note` only for a person at a terminal.
public struct Reply: Sendable, Equatable {
    public var output: String = ""
    public var note: String = ""
    public var quit = false
    public init(output: String = "", note: String = "", quit: Bool = false) {
        self.output = output
        self.note = note
        self.quit = quit
    }
}

/// One working session: the plan, its undo and redo stacks, the change history and the file
/// every change is saved to before the next command.
public final class Workbench {
    public private(set) var plan: Plan
    /// The session file; nil for a plan that has none yet.
    public private(set) var file: String?
    /// True when another cnplan holds the file: changes are refused until `save FILE`.
    public private(set) var readOnly = false
    /// Where an unsaved plan is kept after every change; nil to keep none (script mode).
    public var recoveryPath: String?
    /// Terminal width for laid-out output; nil means no wrapping.
    public var width: Int?
    /// The interface language.
    public var texts = Texts(.english)

    private var undoStack: [(plan: Plan, line: String)] = []
    private var redoStack: [(plan: Plan, line: String)] = []
    private var lock: FileLock?
    /// Changes since the session file was last written; nil until the first change.
    private var journal: Journal?

    /// A new, unsaved plan.
    public init(plan: Plan = Plan()) {
        self.plan = plan
    }

    /// The session in `path`: loaded if it exists, created on the first change if not.
    public init(file path: String) throws(PlanError) {
        plan = FileSystem.exists(path) ? try SessionFile.load(path) : Plan()
        bind(to: path)
        // A journal left by a crash is folded into the file now that its changes are loaded.
        if !readOnly, FileSystem.exists(path + ".journal") { try compact() }
    }

    private func bind(to path: String) {
        bind(to: path, outcome: FileLock.acquire(for: path))
    }

    private func bind(to path: String, outcome: FileLock.Outcome) {
        journal = nil
        lock = nil
        file = path
        switch outcome {
        case .acquired(let l):
            lock = l
            readOnly = false
            FileSystem.removeStaleTemporaries(of: path)
        case .heldElsewhere: readOnly = true
        case .unavailable: readOnly = false
        }
    }

    /// Lines of the changes made in this session, oldest first.
    public var history: [String] { undoStack.map(\.line) }

    /// Runs one command. `line` is what was typed, kept for `history`.
    public func run(_ command: Command, line: String) throws(PlanError) -> Reply {
        switch command {
        case .edit(let edit): return try change(edit, line: line)
        case .showField(let key):
            let f = ItemKind.plan.field(key)!
            let value = plan.value(.plan, "", key)
            return Reply(output: texts.display(value, in: plan) ?? texts("note.notSet", ["command": f.word]))
        case .list(let kind): return Reply(output: Board(plan: plan, width: width, texts: texts).list(kind))
        case .show(let target): return Reply(output: try Board(plan: plan, width: width, texts: texts).show(target))
        case .status:
            let steps = Progress(plan: plan).report(width: width, texts: texts)
            let checkIns = ProgressReport(plan: plan, today: Clock.today(), texts: texts).statusLine()
            return Reply(output: steps + (checkIns.map { "\n" + $0 } ?? ""))
        case .progress:
            return Reply(output: ProgressReport(plan: plan, today: Clock.today(), texts: texts).text(width: width))
        case .checkInToday(let id, let value, let note):
            // Dated here, where the clock is: the history and the journal keep the dated line.
            let edit = Edit.checkIn(impact: id, CheckIn(date: Clock.today(), value: value, note: note))
            return try change(edit, line: edit.commandLine)
        case .check: return Reply(output: CheckReport(plan: plan, context: CheckContext(today: Clock.today())).text(texts))
        case .guide: throw .onlyInShell("guide")
        case .undo:
            guard let last = undoStack.popLast() else { throw .nothingToUndo }
            try guardWritable()
            redoStack.append((plan, last.line))
            plan = last.plan
            try persist(line: nil)
            return Reply(note: texts("note.undone", ["line": Board.safe(last.line)]))
        case .redo:
            guard let next = redoStack.popLast() else { throw .nothingToRedo }
            try guardWritable()
            undoStack.append((plan, next.line))
            plan = next.plan
            try persist(line: nil)
            return Reply(note: texts("note.redone", ["line": Board.safe(next.line)]))
        case .history:
            if undoStack.isEmpty { return Reply(output: texts("history.none")) }
            let lines = undoStack.enumerated().map { "\($0.offset + 1)  " + Board.safe($0.element.line) }
            let redo = redoStack.reversed().map { "   " + texts("history.undone") + " " + Board.safe($0.line) }
            return Reply(output: (lines + redo).joined(separator: "\n"))
        case .new(let title):
            startOver(plan: Plan(title: title), file: nil)
            return Reply(note: title.map { texts("note.newTitled", ["title": Board.safe($0)]) } ?? texts("note.new"))
        case .open(let path):
            let loaded = try SessionFile.load(path)
            startOver(plan: loaded, file: path)
            return Reply(note: texts(readOnly ? "note.openedReadOnly" : "note.opened", ["path": path]))
        case .save(let path, _):
            guard let target = path ?? file else { throw .noFile }
            if target != file {
                // Saving over something that is not a plan would destroy it: refuse.
                if FileSystem.exists(target), (try? SessionFile.load(target)) == nil {
                    throw .file(path: target, .notAPlanNotOverwritten)
                }
                // The lock comes first: a session another cnplan is writing is never written here.
                let outcome = FileLock.acquire(for: target)
                if case .heldElsewhere = outcome { throw .readOnly(path: target) }
                try SessionFile.save(plan, to: target)
                let recovery = recoveryPath
                bind(to: target, outcome: outcome)
                if let recovery { FileSystem.remove(recovery) }
                return Reply(note: texts("note.savedTo", ["path": target]))
            }
            try guardWritable()
            try compact()
            return Reply(note: texts("note.saved", ["path": target]))
        case .export(let format, let path):
            let language = plan.language.flatMap(Language.named) ?? texts.language
            let text = Exporter.export(plan, as: format, context: CheckContext(today: Clock.today()), texts: Texts(language))
            guard let path else { return Reply(output: text.hasSuffix("\n") ? String(text.dropLast()) : text) }
            try FileSystem.writeAtomically(path, text)
            return Reply(note: texts("note.exported", ["format": format.rawValue, "path": path]))
        case .help(let topic): return Reply(output: try Help.text(for: topic, texts: texts))
        case .lang(let code):
            if let code {
                guard let language = Language.named(code) else { throw .unknownLanguage(code) }
                texts = Texts(language)
            }
            return Reply(output: code == nil ? texts("note.language", ["name": texts.language.name]) : "",
                         note: code == nil ? "" : texts("note.language", ["name": texts.language.name]))
        case .quit: return Reply(quit: true)
        }
    }

    private func guardWritable() throws(PlanError) {
        if readOnly, let file { throw .readOnly(path: file) }
    }

    /// Applies an edit, records it for undo, saves.
    public func change(_ edit: Edit, line: String) throws(PlanError) -> Reply {
        try guardWritable()
        let before = plan
        var after = try apply(edit, to: plan)
        // A plan's first change records the language it is made in, for its handouts; a plan
        // that records none is English, as every plan made before cnplan spoke Chinese.
        if after.language == nil, texts.language != .english, edit != .setLanguage(texts.language.code) {
            after = try apply(.setLanguage(texts.language.code), to: after)
        }
        undoStack.append((before, line))
        redoStack.removeAll()
        plan = after
        try persist(line: line)
        return Reply(output: announce(edit, after: after), note: confirm(edit))
    }

    /// `add` prints the new id; `choose` the ranks.
    private func announce(_ edit: Edit, after: Plan) -> String {
        switch edit {
        case .add(let kind, _):
            guard let id = after.ids(of: kind).last else { return "" }
            return texts("note.added", ["id": id, "name": Board.safe(after.name(of: id) ?? "")])
        case .choose(let names):
            let items = names.map { texts("note.chosenItem", ["name": texts.behaviour($0), "rank": String(after.rank(of: $0) ?? 0)]) }
            return texts("note.chosen", ["list": texts.list(items)])
        default: return ""
        }
    }

    private func confirm(_ edit: Edit) -> String {
        switch edit {
        case .add, .choose: ""
        case .remove(_, let id): texts("note.removed", ["id": id])
        case .rank: texts("note.rankingChanged")
        case .set, .setLanguage, .checkIn, .removeCheckIn: texts("note.ok")
        }
    }

    /// Saves the plan where it belongs: its file (a journal entry for `line`, or the whole file),
    /// or the recovery copy when it has none.
    private func persist(line: String?) throws(PlanError) {
        if file != nil {
            // The line of an edit (the very line it was parsed from) goes to the journal; undo and
            // redo, and a full journal, rewrite the file.
            if let line, let journal, journal.count < Journal.compactAfter {
                try journal.append(line)
            } else {
                try compact()
            }
        } else if let recoveryPath {
            FileSystem.makeDirectories(FileSystem.directory(of: recoveryPath))
            try SessionFile.save(plan, to: recoveryPath)
        }
    }

    /// Writes the whole plan to its file and starts an empty journal after it.
    private func compact() throws(PlanError) {
        guard let file else { return }
        let old = journal
        journal = nil
        let bytes = try SessionFile.save(plan, to: file)
        old?.discard()
        journal = try Journal(for: file, base: bytes)
    }

    private func startOver(plan: Plan, file path: String?) {
        if let recoveryPath, file == nil, self.plan.isEmpty { FileSystem.remove(recoveryPath) }
        self.plan = plan
        undoStack.removeAll()
        redoStack.removeAll()
        if let path { bind(to: path) } else { lock = nil; file = nil; readOnly = false }
    }

    /// Replaces the plan with a recovered one, keeping its recovery file as this session's.
    public func restore(_ recovered: Plan, from path: String) {
        plan = recovered
        recoveryPath = path
    }

    /// On leaving: the journal is folded into the session file; an empty unsaved plan needs no
    /// recovery copy.
    public func finish() {
        if let journal, !readOnly {
            if journal.count > 0, let file, (try? SessionFile.save(plan, to: file)) != nil { journal.discard() }
            else if journal.count == 0 { journal.discard() }
        }
        journal = nil
        if file == nil, let recoveryPath, plan.isEmpty { FileSystem.remove(recoveryPath) }
        lock = nil
    }
}
