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
    public func text(_ t: Texts) -> String {
        switch self {
        case .heldElsewhere: t("readOnly.heldElsewhere")
        case .lockUnavailable(let lock, let reason): t("readOnly.lockUnavailable", ["lock": lock, "reason": reason])
        case .fileNotWritable: t("readOnly.fileNotWritable")
        }
    }
}

/// Something about the files the user should know, said once, in the language of the moment.
enum Notice {
    /// A journal that could not be replayed whole; `keptAs` nil when it stays in place.
    case journalKept(file: String, restored: Int, notRestored: Int?, keptAs: String?)
    case noRecoveryCopy(dir: String, reason: String?)
    case changedElsewhere(PlanError)
    case undoTrimmed(steps: Int)
    /// A script opened a file that does not exist: a misspelt name would otherwise send the rest
    /// of the script to a new file unheard.
    case opensMissing(path: String)
    /// A hard-linked file whose new content is only in its whole copy so far.
    case unfinishedWrite(file: String, UnfinishedWrite)
    /// The journal could not be folded into its file on leaving it: the changes are in the journal.
    case keptInJournal(file: String, journal: String, PlanError)

    func text(_ t: Texts) -> String {
        switch self {
        case .journalKept(let file, let restored, let notRestored, let keptAs):
            let what = notRestored.map { t.plural("notice.notReplayed", $0) } ?? t("notice.unreadable")
            let args = [
                "file": file, "restored": t.plural("notice.restored", restored), "what": what, "kept": keptAs ?? "",
            ]
            return t(keptAs == nil ? "notice.journalStays" : "notice.journalKept", args)
        case .noRecoveryCopy(let dir, let reason):
            return reason.map { t("notice.noRecoveryCopy", ["dir": dir, "reason": $0]) }
                ?? t("notice.noRecoveryLock", ["dir": dir])
        case .changedElsewhere(let error): return t("notice.changedElsewhere", ["message": t.message(for: error)])
        case .undoTrimmed(let steps): return t("notice.undoTrimmed", ["n": String(steps)])
        case .opensMissing(let path): return t("notice.opensMissing", ["path": path])
        case .unfinishedWrite(let file, let u):
            return t("notice.unfinishedWrite", ["file": file, "copy": u.copy, "reason": u.failure.reason])
        case .keptInJournal(let file, let journal, let error):
            // A journal beside a file changed by another program is set aside at the next open; the
            // error's own advice (save --force) would come too late, the session having ended.
            if case .changedElsewhere = error {
                return t("notice.keptInJournalAside", ["file": file, "journal": journal])
            }
            return t("notice.keptInJournal", ["message": t.message(for: error), "file": file, "journal": journal])
        }
    }
}

/// One working session: the plan, its undo and redo stacks, the change history and where the plan
/// is kept. The plan in memory changes only once its change is on disk, so a failed write leaves
/// memory and disk the same.
public final class Workbench {
    public private(set) var plan: Plan {
        didSet { unwritten = true }
    }
    /// Whether the plan has changed since it was last exported or opened: what a script without a
    /// file would lose at its end.
    public private(set) var unwritten = false
    /// Terminal width for laid-out output; nil means no wrapping.
    public var width: Int?
    /// Asks a person to confirm (overwriting a plan, leaving an unsaved one); nil in script mode.
    public var confirm: ((String) -> Bool)?
    /// The interface language.
    public var texts = Texts(.english)
    /// The room's timebox, kept for the session only.
    public let timekeeper = Timekeeper()

    let storage: any Storage
    private var session: Session
    // Each step keeps the way back to the plan before it (or forward, for redo), not that plan.
    private var undoStack: [(patch: PlanPatch, line: String)] = []
    private var redoStack: [(patch: PlanPatch, line: String)] = []
    private var notices: [Notice] = []
    private var recoveryDirectory: String?
    private var recoverySerial = 0
    private var lastFlush = Clock.monotonicSeconds()
    private var undoTrimmed = false
    /// The items all undo steps keep (`PlanPatch.weight`).
    private var undoWeight = 0
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
        /// without encoding it at every change; nil until the first change needs it, so that
        /// opening a session never encodes the plan only to measure it.
        var sizeBound: Int?
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
        do {
            try storage.rename(b.real + ".journal", to: b.real + ".journal.kept-\(n)")
            notices.append(.journalKept(file: b.file, restored: restored, notRestored: notRestored, keptAs: kept))
        } catch {
            notices.append(.journalKept(file: b.file, restored: restored, notRestored: notRestored, keptAs: nil))
        }
    }

    /// A read-only session leaves the journal to its writer, but says what it could not show.
    private func reportUnreplayed(_ outcome: Journal.Outcome, of file: String) {
        guard case .kept(let restored, let notRestored) = outcome else { return }
        notices.append(.journalKept(file: file, restored: restored, notRestored: notRestored, keptAs: nil))
    }

    /// Keeps this unsaved plan's recovery copy in `dir`; returns why not when the folder cannot be written.
    @discardableResult
    public func keepRecovery(in dir: String) -> String? {
        let reason: Notice?
        recoveryDirectory = dir
        guard case .unsaved = session else { return nil }
        switch freshRecovery() {
        case .success(let copy):
            session = .unsaved(copy)
            reason = nil
        case .failure(let notice):
            recoveryDirectory = nil
            reason = notice
        }
        return reason?.text(texts)
    }

    private enum Fresh {
        case success(RecoveryCopy?)
        case failure(Notice)
    }

    private func freshRecovery() -> Fresh {
        guard let dir = recoveryDirectory else { return .success(nil) }
        recoverySerial += 1
        let path = Recovery.freshName(in: dir, storage: storage, time: Clock.wallSeconds(), serial: recoverySerial)
        do { try storage.makeDirectories(dir) } catch {
            return .failure(.noRecoveryCopy(dir: dir, reason: error.reason))
        }
        guard case .acquired(let token) = storage.lock(path + ".lock") else {
            return .failure(.noRecoveryCopy(dir: dir, reason: nil))
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
        return notices.map { $0.text(texts) }
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
                    notices.append(.changedElsewhere(error))
                }
            }
        }
        return takeNotices()
    }

    /// Runs one command. `line` is what was typed, kept for `history`.
    public func run(_ command: Command, line: String) throws(PlanError) -> Reply {
        switch command {
        case .edit(let edit): return try change(edit, line: line)
        case .showField(let key):
            let f = ItemKind.plan.field(key)!
            let value = plan.value(.plan, "", key)
            return Reply(
                output: texts.display(value, names: plan.name(of:)) ?? texts("note.notSet", ["command": f.word]))
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
        case .check:
            return Reply(output: CheckReport(plan: plan, context: CheckContext(today: Clock.today())).text(texts))
        case .guide: throw .onlyInShell("guide")
        case .undo:
            guard let last = undoStack.last else { throw .nothingToUndo }
            try guardWritable()
            let before = last.patch.apply(to: plan)
            try persist(nil, before)
            undoStack.removeLast()
            redoStack.append((PlanPatch(from: before, back: plan), last.line))
            plan = before
            return Reply(note: texts("note.undone", ["line": Board.safe(shown(last.line))]))
        case .redo:
            guard let next = redoStack.last else { throw .nothingToRedo }
            try guardWritable()
            let after = next.patch.apply(to: plan)
            try persist(nil, after)
            redoStack.removeLast()
            pushUndo(PlanPatch(from: after, back: plan), next.line)
            plan = after
            return Reply(note: texts("note.redone", ["line": Board.safe(shown(next.line))]))
        case .history:
            if undoStack.isEmpty { return Reply(output: texts("history.none")) }
            // Numbers right-aligned, so that the lines stay in one column past 9 and 99.
            let width = String(undoStack.count).count
            let lines = undoStack.enumerated().map { n, step in
                String(repeating: " ", count: width - String(n + 1).count) + "\(n + 1)  " + Board.safe(shown(step.line))
            }
            let indent = String(repeating: " ", count: width + 2)
            let redo = redoStack.reversed().map { indent + texts("history.undone") + " " + Board.safe($0.line) }
            return Reply(output: (lines + redo).joined(separator: "\n"))
        case .new(let title):
            try leaveUnsavedPlan()
            var copy: RecoveryCopy?
            switch freshRecovery() {
            case .success(let fresh): copy = fresh
            case .failure(let notice): notices.append(notice)
            }
            startOver(Plan(title: title), .unsaved(copy))
            return Reply(note: title.map { texts("note.newTitled", ["title": Board.safe($0)]) } ?? texts("note.new"))
        case .open(let path):
            let missing = storage.info(path).kind == .missing
            if missing, let confirm, !confirm(texts("confirm.createMissing", ["path": path])) {
                return Reply(note: texts("note.nothingOpened"))
            }
            try leaveUnsavedPlan()
            // This process's own lock would look held by another: the file is let go first.
            var released = false
            if case .writing(let b) = session, storage.resolve(path) == b.real {
                close(session, removeRecovery: false)
                session = .unsaved(nil)
                released = true
            }
            let bound: (Plan, Session)
            do { bound = try bind(to: path) } catch {
                // The file let go cannot be read back: the plan on screen is kept in a recovery
                // copy from its next change on, as a plan with no file is, never in memory only.
                if released {
                    switch freshRecovery() {
                    case .success(let copy): session = .unsaved(copy)
                    case .failure(let notice): notices.append(notice)
                    }
                }
                throw error
            }
            let (loaded, next) = bound
            startOver(loaded, next)
            // At a prompt the room was asked; a script is told, on its error stream.
            if missing, confirm == nil { notices.append(.opensMissing(path: path)) }
            return Reply(
                note: readOnlyReason.map { texts("note.openedReadOnly", ["path": path, "reason": $0.text(texts)]) }
                    ?? texts("note.opened", ["path": path]))
        case .save(let path, let force):
            return try save(path, force: force)
        case .export(let format, let path):
            // A handout speaks the plan's language.
            let language = plan.handoutLanguage(empty: texts.language)
            let bytes = Exporter.export(
                plan, as: format, context: CheckContext(today: Clock.today()),
                texts: Texts(language), source: file.map(FileSystem.baseName))
            guard let path else {
                // Shown, not stored: nothing in it may drive the terminal.
                let text = String(decoding: bytes, as: UTF8.self)
                let shown = format == .json ? TerminalJSON.escape(text) : text
                unwritten = false
                return Reply(output: shown.hasSuffix("\n") ? String(shown.dropLast()) : shown)
            }
            // Written over the session itself, it would no longer be the plan its journal follows.
            if case .writing(let b) = session, storage.resolve(path) == b.real { throw .file(path: path, .openHere) }
            if let u = try storage.writeOutput(path, bytes, handout: format != .json) {
                notices.append(.unfinishedWrite(file: path, u))
            }
            unwritten = false
            return Reply(note: texts("note.exported", ["format": format.rawValue, "path": path]))
        case .help(let topic): return Reply(output: try Help.text(for: topic, texts: texts))
        case .lang(let code):
            if let code {
                guard let language = Language.named(code) else { throw .unknownLanguage(code) }
                texts = Texts(language)
            }
            let said = texts("note.language", ["name": texts.language.name])
            return Reply(output: code == nil ? said : "", note: code == nil ? "" : said)
        case .diff(let path): return Reply(output: try diff(path))
        case .merge(let path, let parts, let theirs, _):
            return try merge(try prepareMerge(path, parts: parts, theirs: theirs))
        case .timer(let request): return timekeeper.run(request, step: Progress.currentStep(of: plan), texts: texts)
        case .quit: return Reply(quit: true)
        case .matrix(let subject):
            return Reply(output: MatrixBoard(plan: plan, subject: subject, width: width, texts: texts).render())
        case .voteStatus: return Reply(output: VoteChart(plan: plan, width: width, texts: texts).progress())
        }
    }

    private func guardWritable() throws(PlanError) {
        if case .readOnly(let file, _) = session { throw .readOnly(path: file) }
    }

    /// `save`, `save FILE` and `save --force FILE`.
    private func save(_ path: String?, force: Bool) throws(PlanError) -> Reply {
        guard let target = path ?? file else { throw .noFile }
        if case .writing(let b) = session, target == b.file || storage.resolve(target) == b.real {
            try compact(b, plan, keepJournal: true, force: force)
            return Reply(note: texts("note.saved", ["path": target]))
        }
        if target == file { throw .readOnly(path: target) }
        // The lock comes first: a session another cnplan is writing is never written here.
        let real = storage.resolve(target)
        let lock: HeldLock
        switch storage.lock(real + ".lock") {
        case .acquired(let token): lock = HeldLock(storage: storage, token: token, path: real + ".lock")
        case .heldElsewhere: throw .readOnly(path: target)
        case .unavailable(let failure):
            throw .file(path: target, .lockUnavailable(failure.reason))
        }
        // Saving over something that is not a plan would destroy it: refuse.
        let existing = storage.info(target).kind != .missing
        if existing {
            guard let other = try? SessionFile.load(target, storage: storage) else {
                throw .file(path: target, .notAPlanNotOverwritten)
            }
            let name =
                other.title.map { texts("recovery.title", ["title": Board.safe($0)]) } ?? texts("recovery.untitled")
            if !force, !(confirm?(texts("confirm.overwrite", ["path": target, "plan": name])) ?? false) {
                throw .overwriteRefused(path: target)
            }
        }
        let binding = Binding(file: target, real: real, lock: lock)
        binding.version = storage.info(real).version
        try compact(binding, plan, keepJournal: true)
        close(session, removeRecovery: true)
        session = .writing(binding)
        return Reply(note: texts("note.savedTo", ["path": target]))
    }

    /// Leaving an unsaved plan (for `new` or `open`) is confirmed at a terminal; its recovery copy
    /// stays, offered back at the next start, until it is saved or discarded.
    private func leaveUnsavedPlan() throws(PlanError) {
        guard case .unsaved(let copy) = session, !plan.isEmpty, let confirm else { return }
        let question = copy.map { texts("confirm.leaveKept", ["path": $0.path]) } ?? texts("confirm.leave")
        if !confirm(question) { throw .cancelled }
    }

    /// Applies an edit, records it for undo, saves. The plan changes only once the change is on disk.
    /// `applied` is `typed` already applied to the plan as it is (a merge previewed first).
    public func change(_ typed: Edit, line: String, applied: Plan? = nil) throws(PlanError) -> Reply {
        try guardWritable()
        // A round opened without a date is dated today; the journal keeps the dated edit.
        let edit = typed.dated(Clock.today())
        // A plan's first change records, in the same step, the language it is made in (for its
        // handouts; none is English, as every plan made before cnplan spoke Chinese) and the day
        // of the workshop.
        var also: [Edit] = []
        if plan.language == nil, texts.language != .english, plan.isEmpty {
            also.append(.setLanguage(texts.language.code))
        }
        if let dating = Workbench.firstChangeDate(edit, before: plan, today: Clock.today()) { also.append(dating) }
        let made = also.isEmpty ? edit : .batch([edit] + also)
        var after: Plan
        if let applied { after = applied } else { after = try apply(edit, to: plan) }
        for e in also { after = try apply(e, to: after) }
        try persist(made, after)
        pushUndo(PlanPatch(from: after, back: plan), edit == typed ? line : edit.commandLine)
        redoStack.removeAll()
        plan = after
        return Reply(output: announce(edit, after: after), note: acknowledgement(edit))
    }

    /// Undo keeps the items each step changed; the number of them kept in all steps together is
    /// bounded, dropping the oldest steps with a note (only steps that each replace thousands of
    /// items, such as merges into a large plan, come near it).
    static let undoBudget = 500_000
    var undoBudget = Workbench.undoBudget

    private func pushUndo(_ patch: PlanPatch, _ line: String) {
        undoStack.append((patch, line))
        undoWeight += patch.weight
        var dropped = 0
        while undoWeight > undoBudget, undoStack.count > 10 {
            undoWeight -= undoStack.removeFirst().patch.weight
            dropped += 1
        }
        if dropped > 0 {
            if !undoTrimmed { notices.append(.undoTrimmed(steps: undoStack.count)) }
            undoTrimmed = true
        }
    }

    /// `add` prints the new id; `choose` the ranks.
    private func announce(_ edit: Edit, after: Plan) -> String {
        switch edit {
        case .add(let kind, _):
            guard let id = after.ids(of: kind).last else { return "" }
            return texts("note.added", ["id": id, "name": Board.safe(after.name(of: id) ?? "")])
        case .choose(let names):
            let items = names.map {
                texts("note.chosenItem", ["name": texts.behaviour($0), "rank": String(after.rank(of: $0) ?? 0)])
            }
            return texts("note.chosen", ["list": texts.list(items)])
        case .vote(let v): return VoteChart(plan: after, width: width, texts: texts).announce(v)
        default: return ""
        }
    }

    private func acknowledgement(_ edit: Edit) -> String {
        switch edit {
        case .add, .choose, .vote: ""
        case .remove(_, let id): texts("note.removed", ["id": id])
        case .rank: texts("note.rankingChanged")
        case .set, .setLanguage, .batch, .checkIn, .removeCheckIn: texts("note.ok")
        case .merge(let r): texts("merge.done", ["file": Board.safe(r.source)])
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
            do {
                if let u = try storage.writeAtomically(copy.path, bytes) {
                    notices.append(.unfinishedWrite(file: copy.path, u))
                }
            } catch {
                throw .file(path: copy.path, .cannotWriteRecovery(error.reason))
            }
        case .writing(let b):
            if let edit, let journal = b.journal, !journal.isFull {
                let line = EditCodec.encode(edit)
                // Growth of the file is bounded by the entry's length and an item's keys. The first
                // change measures the encoding, not the file: a compact file grows when written back.
                let bound = b.sizeBound.map { $0 + line.utf8.count + 256 } ?? PlanCodec.bytes(after).count
                if bound <= FileSystem.maxPlanSize {
                    try SessionFile.checkNumbers(after)
                    do { try journal.append(edit) } catch {
                        // The journal is cut back to its last whole entry; if even that failed, its
                        // end is unknown, so the next change rewrites the file instead of appending.
                        b.journal = nil
                        throw .file(path: journal.path, .cannotWrite(error.reason))
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
                throw .file(path: journal.path, .cannotWrite(error.reason))
            }
        } else if storage.info(b.real + ".journal").kind != .missing {
            do { try Journal.markCompacted(storage: storage, file: b.real, into: bytes) } catch {
                throw .file(path: b.file + ".journal", .cannotWrite(error.reason))
            }
        }
        do {
            if let u = try storage.writeAtomically(b.real, bytes, found: found) {
                notices.append(.unfinishedWrite(file: b.file, u))
            }
        } catch {
            throw .file(path: b.file, .cannotWrite(error.reason))
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
        unwritten = false
        undoStack.removeAll()
        redoStack.removeAll()
        undoWeight = 0
    }

    /// Ends a previous state: its journal folded into its file and its lock released; an empty
    /// (or saved elsewhere) unsaved plan needs no recovery copy.
    private func close(_ old: Session, removeRecovery: Bool) {
        switch old {
        case .writing(let b): fold(b)
        case .unsaved(let copy?):
            if removeRecovery || storage.info(copy.path).kind == .missing || plan.isEmpty {
                try? storage.unlink(copy.path)
            }
        case .unsaved(nil), .readOnly: break
        }
    }

    /// The journal folded into the file it follows, and gone; when it cannot be, it stays, and
    /// the user is told where the changes are. Returns false then.
    @discardableResult
    private func fold(_ b: Binding) -> Bool {
        if (b.journal?.count ?? 0) > 0 {
            do { try compact(b, plan, keepJournal: false) } catch {
                notices.append(.keptInJournal(file: b.file, journal: b.file + ".journal", error))
                return false
            }
        } else if b.journal != nil {
            try? storage.unlink(b.real + ".journal")
            b.journal = nil
        }
        return true
    }

    /// True when leaving could not fold the journal into the file: the changes are in the journal.
    public private(set) var leftInJournal = false

    /// On leaving: the journal is folded into the session file and every lock released. A journal
    /// that cannot be folded is kept, with a notice (`takeNotices`) saying where the changes are.
    public func finish() {
        switch session {
        case .writing(let b):
            leftInJournal = !fold(b)
            b.lock.release()
        case .unsaved(let copy?):
            if plan.isEmpty { try? storage.unlink(copy.path) }
            copy.lock.release()
        default: break
        }
    }
}
