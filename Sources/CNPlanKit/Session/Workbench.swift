import CNPlanCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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

/// Why a session file may not be written here.
public enum ReadOnlyReason: Sendable, Equatable {
    case heldElsewhere
    /// Its lock file cannot be made or locked (a folder, another user's file): both could write.
    case lockUnavailable(lock: String, reason: String)
    /// The file's permissions forbid writing it (a 0444 plan).
    case fileNotWritable

    /// The reason in a few words, after the file's name.
    public var text: String {
        switch self {
        case .heldElsewhere: "another cnplan is writing it"
        case .lockUnavailable(let lock, let reason): "its lock \(lock) cannot be taken (\(reason))"
        case .fileNotWritable: "the file is read-only"
        }
    }
}

/// One working session: the plan, its undo and redo stacks, the change history and where the plan
/// is kept. The plan in memory changes only once its change is on disk, so a failed write leaves
/// memory and disk the same.
public final class Workbench {
    public private(set) var plan: Plan
    /// Terminal width for laid-out output; nil means no wrapping.
    public var width: Int?
    /// Asks a person to confirm (overwriting a plan, leaving an unsaved one); nil in script mode.
    public var confirm: ((String) -> Bool)?

    let storage: any Storage
    private var session: Session
    private var undoStack: [(plan: Plan, line: String)] = []
    private var redoStack: [(plan: Plan, line: String)] = []
    private var notices: [String] = []
    private var recoveryDirectory: String?
    private var recoverySerial = 0
    private var lastFlush = Clock.monotonicSeconds()
    private var undoTrimmed = false
    private var warnedChangedElsewhere = false

    /// Where the plan is kept: one state, never a mix of optionals.
    enum Session {
        /// No file yet: a recovery copy only this session writes, or nothing (script mode).
        case unsaved(RecoveryCopy?)
        /// A file this session writes under its lock.
        case writing(Binding)
        /// A file another cnplan writes, or whose lock cannot be taken: changes are refused.
        case readOnly(file: String, reason: ReadOnlyReason)
    }

    /// A recovery copy and the lock that makes this session its one writer.
    struct RecoveryCopy {
        let path: String
        let lock: HeldLock
    }

    /// A session file being written: its lock, and the journal of changes since the file was written.
    final class Binding {
        let file: String
        /// The file written: the target when `file` is a symbolic link.
        let real: String
        let lock: HeldLock
        var journal: Journal?
        /// An upper bound of the plan's encoded size, so a plan too large to read back is refused
        /// without encoding it at every change.
        var sizeBound = 0
        /// The file's version as this session last read or wrote it; another version means another
        /// program changed it.
        var version = ""
        init(file: String, real: String, lock: HeldLock) {
            self.file = file
            self.real = real
            self.lock = lock
        }
    }

    /// A new, unsaved plan.
    public init(plan: Plan = Plan(), storage: any Storage = PosixStorage.shared) {
        self.plan = plan
        self.storage = storage
        session = .unsaved(nil)
    }

    /// The session in `path`: loaded if it exists, created on the first change if not. The lock is
    /// taken before the file is read, so a newcomer never starts from a copy its writer has moved on from.
    public init(file path: String, storage: any Storage = PosixStorage.shared) throws(PlanError) {
        self.storage = storage
        (plan, session) = (Plan(), .unsaved(nil))
        (plan, session) = try bind(to: path)
    }

    /// The session file; nil for a plan that has none yet.
    public var file: String? {
        switch session {
        case .unsaved: nil
        case .writing(let b): b.file
        case .readOnly(let f, _): f
        }
    }

    /// True when the file may not be written here: changes are refused until `save FILE`.
    public var readOnly: Bool {
        if case .readOnly = session { return true }
        return false
    }

    /// Why the session is read-only.
    public var readOnlyReason: ReadOnlyReason? {
        if case .readOnly(_, let reason) = session { return reason }
        return nil
    }

    /// The recovery copy of an unsaved plan, when one is kept.
    public var recoveryPath: String? {
        if case .unsaved(let copy?) = session { return copy.path }
        return nil
    }

    /// Locks `path`, reads it with its journal and settles the journal; the new state of the session.
    private func bind(to path: String) throws(PlanError) -> (Plan, Session) {
        let real = storage.resolve(path)
        switch storage.lock(real + ".lock") {
        case .heldElsewhere:
            let opened = try SessionFile.open(real, storage: storage)
            reportUnreplayed(opened.journal, of: path)
            return (opened.plan, .readOnly(file: path, reason: .heldElsewhere))
        case .unavailable(let failure):
            let opened = try SessionFile.open(real, storage: storage)
            reportUnreplayed(opened.journal, of: path)
            return (
                opened.plan,
                .readOnly(file: path, reason: .lockUnavailable(lock: path + ".lock", reason: failure.reason))
            )
        case .acquired(let token):
            let binding = Binding(
                file: path, real: real, lock: HeldLock(storage: storage, token: token, path: real + ".lock"))
            // Until it succeeds, readers take the whole copy the interrupted write left.
            try? storage.finishInPlaceWrite(real)
            let opened = try SessionFile.open(real, storage: storage)
            let found = storage.info(real)
            if found.kind == .regular, !found.writable {
                reportUnreplayed(opened.journal, of: path)
                return (opened.plan, .readOnly(file: path, reason: .fileNotWritable))
            }
            binding.version = found.version
            storage.removeStaleTemporaries(of: real)
            storage.removeStaleTemporaries(of: real + ".journal")
            binding.sizeBound = opened.base?.count ?? 0
            var compacted = false
            switch opened.journal {
            case .none: break
            case .stale: try? storage.unlink(real + ".journal")
            case .replayed(let n, let legacy):
                // Folded now that its changes are loaded; a journal of typed lines is converted so.
                compacted = n > 0 || legacy
            case .kept(let restored, let notRestored):
                keepAside(binding, restored: restored, notRestored: notRestored)
                compacted = restored > 0
            }
            if compacted {
                try compact(binding, opened.plan, keepJournal: true)
            } else if let base = opened.base {
                // Its encoding, not the file's size: a compact file grows when written back.
                binding.sizeBound = PlanCodec.encode(opened.plan).utf8.count
                binding.journal = try? Journal(storage: storage, file: real, base: base)
            }
            return (opened.plan, .writing(binding))
        }
    }

    /// A journal that cannot be replayed whole is renamed beside the file, never deleted.
    private func keepAside(_ b: Binding, restored: Int, notRestored: Int?) {
        var n = 1
        while storage.info(b.real + ".journal.kept-\(n)").kind != .missing { n += 1 }
        let kept = b.file + ".journal.kept-\(n)"
        let what = notRestored.map { "\($0) could not be replayed" } ?? "it could not be read"
        do {
            try storage.rename(b.real + ".journal", to: b.real + ".journal.kept-\(n)")
            notices.append(
                "\(b.file): \(restored) changes from its journal restored, \(what); the journal is kept as \(kept)")
        } catch {
            notices.append(
                "\(b.file): \(restored) changes from its journal restored, \(what); the journal stays in place")
        }
    }

    /// A read-only session leaves the journal to its writer, but says what it could not show.
    private func reportUnreplayed(_ outcome: Journal.Outcome, of file: String) {
        guard case .kept(let restored, let notRestored) = outcome else { return }
        let what = notRestored.map { "\($0) could not be replayed" } ?? "it could not be read"
        notices.append("\(file): \(restored) changes from its journal restored, \(what); the journal stays in place")
    }

    /// Keeps this unsaved plan's recovery copy in `dir`; returns why not when the folder cannot be written.
    @discardableResult
    public func keepRecovery(in dir: String) -> String? {
        recoveryDirectory = dir
        guard case .unsaved = session else { return nil }
        switch freshRecovery() {
        case .success(let copy):
            session = .unsaved(copy)
            return nil
        case .failure(let reason):
            recoveryDirectory = nil
            return reason
        }
    }

    private enum Fresh {
        case success(RecoveryCopy?)
        case failure(String)
    }

    private func freshRecovery() -> Fresh {
        guard let dir = recoveryDirectory else { return .success(nil) }
        recoverySerial += 1
        let path = Recovery.freshName(in: dir, storage: storage, time: Clock.wallSeconds(), serial: recoverySerial)
        do { try storage.makeDirectories(dir) } catch {
            return .failure("no recovery copy can be kept in \(dir) (\(error.reason)); save FILE keeps the plan")
        }
        guard case .acquired(let token) = storage.lock(path + ".lock") else {
            return .failure(
                "no recovery copy can be kept in \(dir) (its lock cannot be taken); save FILE keeps the plan")
        }
        return .success(RecoveryCopy(path: path, lock: HeldLock(storage: storage, token: token, path: path + ".lock")))
    }

    /// Replaces the plan with a recovered one; its copy becomes this session's, still locked.
    public func restore(_ candidate: Recovery.Candidate) {
        if case .unsaved(let copy?) = session { try? storage.unlink(copy.path) }
        plan = candidate.plan
        session = .unsaved(RecoveryCopy(path: candidate.path, lock: candidate.lock))
    }

    /// Lines of the changes made in this session, oldest first.
    public var history: [String] { undoStack.map(\.line) }

    /// Notes for the user about the files (a journal kept aside), once each.
    public func takeNotices() -> [String] {
        defer { notices.removeAll() }
        return notices
    }

    /// Called whenever input is about to be read: the session file is brought up to date, so a
    /// copy of it taken now is the plan on screen. `eager` at a prompt; in script mode at most
    /// once a second, so a long script is not slowed by rewriting the file at every line (and at
    /// the end, by `finish`). Returns notes for the user.
    public func idle(eager: Bool) -> [String] {
        let now = Clock.monotonicSeconds()
        if case .writing(let b) = session, (b.journal?.count ?? 0) > 0, eager || now - lastFlush >= 1 {
            lastFlush = now
            // A failure here loses nothing: the journal holds every change.
            do { try compact(b, plan, keepJournal: true) } catch {
                if case .changedElsewhere = error, !warnedChangedElsewhere {
                    warnedChangedElsewhere = true
                    notices.append(error.message + "; this session's changes are safe in its journal")
                }
            }
        }
        return takeNotices()
    }

    /// Runs one command. `line` is what was typed, kept for `history`.
    public func run(_ command: Command, line: String) throws(PlanError) -> Reply {
        switch command {
        case .edit(let edit): return try change(edit, line: line)
        case .showField(let f):
            let value: String? =
                switch f {
                case .title: plan.title
                case .objective: plan.objective.statement
                case .dataGoal: plan.objective.dataGoal
                }
            return Reply(output: value.map(Board.safe) ?? "(not set; \(f.rawValue) TEXT sets it)")
        case .list(let kind): return Reply(output: Board(plan: plan, width: width).list(kind))
        case .show(let target): return Reply(output: try Board(plan: plan, width: width).show(target))
        case .status: return Reply(output: Progress(plan: plan).report(width: width))
        case .check: return Reply(output: CheckReport(plan: plan, context: CheckContext(today: Clock.today())).text)
        case .guide: throw .notAvailable(command: "guide", reason: "the guide runs in the shell")
        case .undo:
            guard let last = undoStack.last else { throw .nothingToUndo }
            try guardWritable()
            try persist(nil, last.plan)
            undoStack.removeLast()
            redoStack.append((plan, last.line))
            plan = last.plan
            return Reply(note: "undone: " + last.line)
        case .redo:
            guard let next = redoStack.last else { throw .nothingToRedo }
            try guardWritable()
            try persist(nil, next.plan)
            redoStack.removeLast()
            pushUndo(plan, next.line)
            plan = next.plan
            return Reply(note: "redone: " + next.line)
        case .history:
            if undoStack.isEmpty { return Reply(output: "no changes in this session yet") }
            let lines = undoStack.enumerated().map { "\($0.offset + 1)  " + Board.safe($0.element.line) }
            let redo = redoStack.reversed().map { "   (undone) " + Board.safe($0.line) }
            return Reply(output: (lines + redo).joined(separator: "\n"))
        case .new(let title):
            try leaveUnsavedPlan()
            var copy: RecoveryCopy?
            switch freshRecovery() {
            case .success(let fresh): copy = fresh
            case .failure(let reason): notices.append(reason)
            }
            startOver(Plan(title: title), .unsaved(copy))
            return Reply(
                note: "new plan" + (title.map { " \"\($0)\"" } ?? "") + "; it has no file yet: save FILE keeps it")
        case .open(let path):
            if storage.info(path).kind == .missing,
                !(confirm?("\(path) does not exist; create it (on the first change)? [Y/n] ") ?? true)
            {
                return Reply(note: "nothing opened")
            }
            try leaveUnsavedPlan()
            // This process's own lock would look held by another: the file is let go first.
            if case .writing(let b) = session, storage.resolve(path) == b.real {
                close(session, removeRecovery: false)
                session = .unsaved(nil)
            }
            let (loaded, next) = try bind(to: path)
            startOver(loaded, next)
            return Reply(note: "opened \(path)" + (readOnlyReason.map { " read-only: \($0.text)" } ?? ""))
        case .save(let argument):
            return try save(argument)
        case .export(let format, let path):
            let text = Exporter.export(plan, as: format, context: CheckContext(today: Clock.today()))
            guard let path else {
                // Shown, not stored: nothing in it may drive the terminal.
                let shown = format == .json ? TerminalJSON.escape(text) : text
                return Reply(output: shown.hasSuffix("\n") ? String(shown.dropLast()) : shown)
            }
            do { try storage.writeAtomically(path, Array(text.utf8)) } catch {
                throw .file(path: path, reason: "cannot write: " + error.reason)
            }
            return Reply(note: "exported \(format.rawValue) to \(path)")
        case .help(let topic): return Reply(output: try Help.text(for: topic))
        case .quit: return Reply(quit: true)
        }
    }

    private func guardWritable() throws(PlanError) {
        if case .readOnly(let file, _) = session { throw .readOnly(path: file) }
    }

    /// `save`, `save FILE` and `save --force FILE` (the parser hands the words over as the path).
    private func save(_ argument: String?) throws(PlanError) -> Reply {
        var force = false
        var path = argument
        if let a = argument, a.hasPrefix("--force ") {
            force = true
            path = String(a.dropFirst("--force ".count)).trimmingSpaces
        }
        guard let target = path ?? file else { throw .noFile }
        if case .writing(let b) = session, target == b.file || storage.resolve(target) == b.real {
            try compact(b, plan, keepJournal: true, force: force)
            return Reply(note: "saved \(target)")
        }
        if target == file { throw .readOnly(path: target) }
        // The lock comes first: a session another cnplan is writing is never written here.
        let real = storage.resolve(target)
        let lock: HeldLock
        switch storage.lock(real + ".lock") {
        case .acquired(let token): lock = HeldLock(storage: storage, token: token, path: real + ".lock")
        case .heldElsewhere: throw .readOnly(path: target)
        case .unavailable(let failure):
            throw .file(path: target, reason: "its lock cannot be taken: " + failure.reason)
        }
        // Saving over something that is not a plan would destroy it: refuse.
        let existing = storage.info(target).kind != .missing
        if existing {
            guard let other = try? SessionFile.load(target, storage: storage) else {
                throw .file(
                    path: target, reason: "exists and is not a cnplan plan; not overwritten (choose another name)")
            }
            let name = other.title.map { "\"\($0)\"" } ?? "an untitled plan"
            if !force, !(confirm?("\(target) holds the plan \(Board.safe(name)): overwrite it? [y/N] ") ?? false) {
                throw .overwriteRefused(path: target)
            }
        }
        let binding = Binding(file: target, real: real, lock: lock)
        binding.version = storage.info(real).version
        try compact(binding, plan, keepJournal: true)
        close(session, removeRecovery: true)
        session = .writing(binding)
        return Reply(note: "saved to \(target); changes now go there")
    }

    /// Leaving an unsaved plan (for `new` or `open`) is confirmed at a terminal; its recovery copy
    /// stays, offered back at the next start, until it is saved or discarded.
    private func leaveUnsavedPlan() throws(PlanError) {
        guard case .unsaved(let copy) = session, !plan.isEmpty, let confirm else { return }
        let kept = copy.map { "; its recovery copy \($0.path) is offered back at the next start" } ?? ""
        if !confirm("this plan has no file\(kept). Leave it? [y/N] ") { throw .cancelled }
    }

    /// Applies an edit, records it for undo, saves. The plan changes only once the change is on disk.
    public func change(_ edit: Edit, line: String) throws(PlanError) -> Reply {
        try guardWritable()
        let before = plan
        let after = try apply(edit, to: plan)
        try persist(edit, after)
        pushUndo(before, line)
        redoStack.removeAll()
        plan = after
        return Reply(
            output: Workbench.announce(edit, before: before, after: after), note: Workbench.acknowledgement(edit))
    }

    /// Undo keeps old plans; for a large plan that is bounded by the number of items kept in all
    /// steps together, dropping the oldest step with a note.
    static let undoBudget = 500_000

    private func pushUndo(_ p: Plan, _ line: String) {
        undoStack.append((p, line))
        let weight = 1 + p.segments.count + p.concepts.count + p.impacts.count + p.behaviours.count
        let steps = max(10, Workbench.undoBudget / weight)
        if undoStack.count > steps {
            undoStack.removeFirst(undoStack.count - steps)
            if !undoTrimmed {
                notices.append("undo keeps the last \(steps) changes of a plan this size; older ones are dropped")
            }
            undoTrimmed = true
        }
    }

    /// `add` prints the new id.
    private static func announce(_ edit: Edit, before: Plan, after: Plan) -> String {
        switch edit {
        case .addSegment: after.segments.last.map { "\($0.id) added: " + Board.safe($0.name) } ?? ""
        case .addConcept: after.concepts.last.map { "\($0.id) added: " + Board.safe($0.title) } ?? ""
        case .addImpact: after.impacts.last.map { "\($0.id) added: " + Board.safe($0.metric) } ?? ""
        case .addBehaviours(let names):
            "chosen: " + names.map { "\($0.rawValue) (rank \(after.rank(of: $0) ?? 0))" }.joined(separator: ", ")
        default: ""
        }
    }

    private static func acknowledgement(_ edit: Edit) -> String {
        switch edit {
        case .addSegment, .addConcept, .addImpact, .addBehaviours: ""
        case .removeSegment(let id), .removeConcept(let id), .removeImpact(let id): "removed \(id)"
        case .removeBehaviour(let b): "removed \(b.rawValue)"
        case .rankBehaviours: "ranking changed"
        default: "ok"
        }
    }

    /// Puts `after` on disk: a journal entry for `edit`, or the whole file (undo, redo, a full
    /// journal, a plan near the size limit), or the recovery copy when there is no file.
    private func persist(_ edit: Edit?, _ after: Plan) throws(PlanError) {
        switch session {
        case .readOnly(let file, _): throw .readOnly(path: file)
        case .unsaved(nil):
            // Nothing is written; the limits apply when the plan is saved.
            try SessionFile.checkNumbers(after)
        case .unsaved(let copy?):
            let bytes = try SessionFile.encode(after)
            do { try storage.writeAtomically(copy.path, bytes) } catch {
                throw .file(path: copy.path, reason: "cannot write the recovery copy: " + error.reason)
            }
        case .writing(let b):
            if let edit, let journal = b.journal, !journal.isFull {
                let line = EditCodec.encode(edit)
                // Growth of the file is bounded by the entry's length and an item's keys.
                let bound = b.sizeBound + line.utf8.count + 256
                if bound <= FileSystem.maxPlanSize {
                    try SessionFile.checkNumbers(after)
                    do { try journal.append(edit) } catch {
                        // The journal is cut back to its last whole entry; if even that failed, its
                        // end is unknown, so the next change rewrites the file instead of appending.
                        b.journal = nil
                        throw .file(path: journal.path, reason: "cannot write: " + error.reason)
                    }
                    b.sizeBound = bound
                    return
                }
            }
            try compact(b, after, keepJournal: true)
        }
    }

    /// Writes `content` to the binding's file. The journal first records the rewrite, so that
    /// whichever moment a crash picks, the file and journal load as the plan before or after it;
    /// then a fresh journal (or none, on leaving) follows the new file.
    private func compact(_ b: Binding, _ content: Plan, keepJournal: Bool, force: Bool = false) throws(PlanError) {
        let bytes = try SessionFile.encode(content)
        let found = storage.info(b.real)
        if !force, found.kind != .missing, found.version != b.version {
            throw .changedElsewhere(path: b.file)
        }
        if let journal = b.journal {
            do { try journal.markCompacted(into: bytes) } catch {
                throw .file(path: journal.path, reason: "cannot write: " + error.reason)
            }
        } else if storage.info(b.real + ".journal").kind != .missing {
            do { try Journal.markCompacted(storage: storage, file: b.real, into: bytes) } catch {
                throw .file(path: b.file + ".journal", reason: "cannot write: " + error.reason)
            }
        }
        do { try storage.writeAtomically(b.real, bytes) } catch {
            throw .file(path: b.file, reason: "cannot write: " + error.reason)
        }
        b.sizeBound = bytes.count
        b.version = storage.info(b.real).version
        b.journal = nil
        if keepJournal {
            // Without a journal, every change rewrites the file: slower, never less safe.
            b.journal = try? Journal(storage: storage, file: b.real, base: bytes)
        } else {
            try? storage.unlink(b.real + ".journal")
        }
    }

    private func startOver(_ newPlan: Plan, _ next: Session) {
        close(session, removeRecovery: false)
        session = next
        plan = newPlan
        undoStack.removeAll()
        redoStack.removeAll()
    }

    /// Ends a previous state: its journal folded into its file and its lock released; an empty
    /// (or saved elsewhere) unsaved plan needs no recovery copy.
    private func close(_ old: Session, removeRecovery: Bool) {
        switch old {
        case .writing(let b):
            if (b.journal?.count ?? 0) > 0 {
                try? compact(b, plan, keepJournal: false)
            } else if b.journal != nil {
                try? storage.unlink(b.real + ".journal")
                b.journal = nil
            }
        case .unsaved(let copy?):
            if removeRecovery || storage.info(copy.path).kind == .missing || plan.isEmpty {
                try? storage.unlink(copy.path)
            }
        case .unsaved(nil), .readOnly: break
        }
    }

    /// On leaving: the journal is folded into the session file and every lock released.
    public func finish() {
        switch session {
        case .writing(let b):
            if (b.journal?.count ?? 0) > 0 {
                try? compact(b, plan, keepJournal: false)
            } else if b.journal != nil {
                try? storage.unlink(b.real + ".journal")
                b.journal = nil
            }
        case .unsaved(let copy?) where plan.isEmpty: try? storage.unlink(copy.path)
        default: break
        }
    }
}
