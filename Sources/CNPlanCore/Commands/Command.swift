/// One typed command: a change to the plan, or something about the session around it.
public enum Command: Sendable, Equatable {
    case edit(Edit)
    /// `title`, `objective` or `data-goal` without text: show the current value of that plan field.
    case showField(String)
    case list(ItemKind)
    case show(ShowTarget)
    case status
    case check
    /// The guided walk, from where it stopped or from the start of a step.
    case guide(step: Int?)
    case undo
    case redo
    case history
    case new(title: String?)
    case open(path: String)
    /// `force` overwrites another plan without asking.
    case save(path: String?, force: Bool)
    case export(ExportFormat, path: String?)
    case help(topic: String?)
    /// The interface language; nil shows the current one.
    case lang(String?)
    /// What differs between the plan and the one in a file.
    case diff(path: String)
    /// Another plan's items brought in; `yes` merges without asking.
    case merge(path: String, parts: Set<ItemKind>, theirs: Bool, yes: Bool)
    /// The room's timebox: session state, never in the plan.
    case timer(TimerRequest)
    case quit
    /// The value/effort matrix of behaviours or concepts.
    case matrix(VoteSubject)
    /// `vote` alone: the open round's progress, without its counts.
    case voteStatus
    /// `impact ID actual NUMBER` without a date: a check-in today, which the session dates.
    case checkInToday(impact: String, value: Double, note: String?)
    /// Every impact against its target.
    case progress
}

/// A change to the plan; `apply(_:to:)` carries it out. Edits are values: undo, redo and the
/// journal keep them, encoded by `EditCodec`, never as the words that were typed.
public enum Edit: Sendable, Equatable {
    /// Sets one field of one item, or clears it with nil. The plan's own fields have the id "";
    /// a behaviour's id is its name; `field` is the field's key, as in the file.
    case set(ItemKind, id: String, field: String, value: FieldValue?)
    /// A new segment, concept or impact, with its name.
    case add(ItemKind, name: String)
    /// Removes a segment, concept, impact or chosen behaviour.
    case remove(ItemKind, id: String)
    /// Chooses behaviours, appended to the ranking.
    case choose([Behaviour])
    /// Puts these behaviours first, in this order; the rest keep theirs.
    case rank([Behaviour])
    /// Records the language the plan is made in (its first change does).
    case setLanguage(String)
    /// Several edits made as one change: one entry in the journal, one step of undo.
    indirect case batch([Edit])
    /// Another plan's items brought in, all at once: one change for undo.
    case merge(MergeResult)
    /// Dot voting: opens, fills or closes a round, or orders items by its result.
    case vote(VoteEdit)
    /// Records a check-in of an impact, replacing one on the same day.
    case checkIn(impact: String, CheckIn)
    /// Removes an impact's check-in of that day.
    case removeCheckIn(impact: String, on: PlanDate)
}

/// What `show` shows.
public enum ShowTarget: Sendable, Equatable {
    case plan
    case item(String)
    case step(Int)
}

/// The export formats.
public enum ExportFormat: String, Sendable, CaseIterable { case json, md, html }
