/// The way back from one version of a plan to an earlier one, keeping only what differs: for
/// each list, the run of items that changed, and the plan's own small fields. Undo keeps these,
/// not whole plans: a change to one concept of 10,000 keeps one concept, where a whole plan kept
/// its own copy of the 10,000-item list the change had copied.
public struct PlanPatch: Sendable {
    /// The earlier plan's own fields, with its lists left empty (they are in the list patches).
    private var fields: Plan
    private var segments: ListPatch<Segment>
    private var behaviours: ListPatch<BehaviourChoice>
    private var concepts: ListPatch<Concept>
    private var impacts: ListPatch<Impact>
    private var votes: ListPatch<VoteRound>
    private var participants: ListPatch<String>

    /// The patch that turns `later` back into `earlier`.
    public init(from later: Plan, back earlier: Plan) {
        segments = ListPatch(from: later.segments, back: earlier.segments)
        behaviours = ListPatch(from: later.behaviours, back: earlier.behaviours)
        concepts = ListPatch(from: later.concepts, back: earlier.concepts)
        impacts = ListPatch(from: later.impacts, back: earlier.impacts)
        votes = ListPatch(from: later.votes, back: earlier.votes)
        participants = ListPatch(from: later.participants, back: earlier.participants)
        fields = earlier
        fields.segments = []
        fields.behaviours = []
        fields.concepts = []
        fields.impacts = []
        fields.votes = []
        fields.participants = []
    }

    /// The earlier plan, from the later one this patch was made from.
    public func apply(to later: Plan) -> Plan {
        var p = fields
        p.segments = segments.apply(to: later.segments)
        p.behaviours = behaviours.apply(to: later.behaviours)
        p.concepts = concepts.apply(to: later.concepts)
        p.impacts = impacts.apply(to: later.impacts)
        p.votes = votes.apply(to: later.votes)
        p.participants = participants.apply(to: later.participants)
        return p
    }

    /// How many items it keeps, to bound the memory undo takes.
    public var weight: Int {
        1 + segments.weight + behaviours.weight + concepts.weight + impacts.weight + votes.weight
            + participants.weight
    }
}

/// One list's way back: the items `range` of the later list were `old` in the earlier one. The
/// range is what lies between the longest common start and end, so an edit, an insertion or a
/// removal keeps one item, and a list left alone keeps none.
struct ListPatch<Item: Equatable & Sendable>: Sendable {
    var range: Range<Int>
    var old: [Item]

    init(from later: [Item], back earlier: [Item]) {
        // A list the change did not touch still shares its storage: nothing to compare.
        if later.count == earlier.count,
            later.withUnsafeBufferPointer({ a in
                earlier.withUnsafeBufferPointer { a.baseAddress == $0.baseAddress }
            })
        {
            range = 0..<0
            old = []
            return
        }
        let n = min(later.count, earlier.count)
        var start = 0
        while start < n, later[start] == earlier[start] { start += 1 }
        var end = 0
        while end < n - start, later[later.count - 1 - end] == earlier[earlier.count - 1 - end] { end += 1 }
        range = start..<(later.count - end)
        old = Array(earlier[start..<(earlier.count - end)])
    }

    func apply(to later: [Item]) -> [Item] {
        if range.isEmpty, old.isEmpty { return later }
        var list = later
        list.replaceSubrange(range, with: old)
        return list
    }

    var weight: Int { old.count }
}
