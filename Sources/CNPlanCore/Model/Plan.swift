/// The whole digital plan of one workshop: the five steps and the id counters.
public struct Plan: Sendable, Equatable {
    public var title: String?
    public var objective = Objective()
    public var segments: [Segment] = []
    /// Chosen behaviours in rank order: index 0 is rank 1.
    public var behaviours: [BehaviourChoice] = []
    public var concepts: [Concept] = []
    public var impacts: [Impact] = []
    /// The next number to give each kind of id; ids are never reused, even after removal.
    public var nextIds = IdCounters()
    /// The code of the language the plan was made in (`zh`), which its handouts speak; nil for
    /// English.
    public var language: String?
    /// Who was in the room, and when and for whom the workshop ran.
    public var participants: [String] = []
    public var facilitator: String?
    public var organisation: String?
    public var date: PlanDate?
    /// The dot-voting rounds, oldest first; at most the last is open.
    public var votes: [VoteRound] = []

    public init(title: String? = nil) { self.title = title }

    public func segment(_ id: String) -> Segment? { segments.first { $0.id == id } }
    public func concept(_ id: String) -> Concept? { concepts.first { $0.id == id } }
    public func impact(_ id: String) -> Impact? { impacts.first { $0.id == id } }
    public func choice(_ name: Behaviour) -> BehaviourChoice? { behaviours.first { $0.name == name } }
    /// Rank of a chosen behaviour, 1-based.
    public func rank(of name: Behaviour) -> Int? { behaviours.firstIndex { $0.name == name }.map { $0 + 1 } }
    public var isEmpty: Bool { self == Plan() }
}

/// Step 1: the customer-facing objective and the higher-level data-collection goal.
public struct Objective: Sendable, Equatable {
    public var statement: String?
    public var dataGoal: String?
    public init(statement: String? = nil, dataGoal: String? = nil) {
        self.statement = statement
        self.dataGoal = dataGoal
    }
}

/// Step 2: one customer segment, a group of network members.
public struct Segment: Sendable, Equatable {
    public var id: String
    public var name: String
    public var role: Role?
    public var why: String?
    public var need: String?
    public var value: String?
    public var barriers: String?
    /// Where the segment stands in its relationship with the firm.
    public var stage: RelationshipStage?
    /// Where a merge brought it from; nil for an item made here.
    public var origin: Origin?
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// The kinds of network member a segment can be.
public enum Role: String, Sendable, CaseIterable {
    case consumer, partner, investor, media, government, employee, other
}

/// The stages of a customer relationship, from first attention to loyalty.
public enum RelationshipStage: String, Sendable, CaseIterable {
    case attract, permit, participate, satisfy, loyal
}

/// Where firm and customer interact: product and service innovation, marketing and promotion,
/// transaction and payment, service and support.
public enum InteractionArea: String, Sendable, CaseIterable {
    case innovation, marketing, transaction, service
}

/// The forms of interaction, from shallow to deep.
public enum InteractionForm: String, Sendable, CaseIterable {
    case games, discussion, ideas, testing, cocreation
}

/// The channels a concept meets its customers through.
public enum Channel: String, Sendable, CaseIterable {
    case online, offline, both
}

/// The five core customer behaviours of the digital age.
public enum Behaviour: String, Sendable, CaseIterable {
    case access, engage, customize, connect, collaborate
}

/// Step 3: a behaviour the team chose, with its scores.
public struct BehaviourChoice: Sendable, Equatable {
    public var name: Behaviour
    /// Value to the objective, 1-5.
    public var value: Int?
    /// Effort to deliver, 1-5.
    public var effort: Int?
    public var why: String?
    /// Where a merge brought it from; nil for a behaviour chosen here.
    public var origin: Origin?
    public init(name: Behaviour, value: Int? = nil, effort: Int? = nil, why: String? = nil) {
        self.name = name
        self.value = value
        self.effort = effort
        self.why = why
    }
}

/// Step 4: a solution concept for one segment, resting on chosen behaviours.
public struct Concept: Sendable, Equatable {
    public var id: String
    public var title: String
    public var segment: String?
    public var uses: [Behaviour] = []
    public var description: String?
    public var customerValue: String?
    public var orgValue: String?
    /// Where firm and customer meet in it; several may apply.
    public var area: [InteractionArea] = []
    /// How deep the customer takes part.
    public var form: InteractionForm?
    public var channel: Channel?
    /// How the customer hears back: the loop and the statuses they see.
    public var feedback: String?
    /// Where a merge brought it from; nil for an item made here.
    public var origin: Origin?
    /// Value to the objective and effort to deliver, 1-5, for the matrix.
    public var value: Int?
    public var effort: Int?
    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

/// Step 5: a quantified target for the objective.
public struct Impact: Sendable, Equatable {
    public var id: String
    public var metric: String
    public var baseline: Double?
    public var target: Target?
    public var unit: String?
    public var by: PlanDate?
    public var concept: String?
    /// Where a merge brought it from; nil for an item made here.
    public var origin: Origin?
    /// Check-ins after the workshop, in date order, at most one a day.
    public var actuals: [CheckIn] = []
    public init(id: String, metric: String) {
        self.id = id
        self.metric = metric
    }

    /// The target as a number: relative targets resolve against the baseline.
    public var resolvedTarget: Double? { target?.resolved(against: baseline) }

    /// Change from baseline to target in percent, when both are known and the baseline is not zero.
    public var changePercent: Double? {
        guard let b = baseline, let t = resolvedTarget, b != 0 else { return nil }
        return (t - b) / abs(b) * 100
    }
}

/// An impact target: a number, or a change relative to the baseline in percent.
public enum Target: Sendable, Equatable {
    case absolute(Double)
    case relative(percent: Double)

    /// The target as a number; a relative one needs the baseline.
    public func resolved(against baseline: Double?) -> Double? {
        switch self {
        case .absolute(let n): n
        // Rounded to 9 decimals, so 48 at -90% is 4.8, not 4.800000000000001; numbers too large to
        // scale are kept as they are.
        case .relative(let percent):
            baseline.map { b in
                let r = b * (100 + percent) / 100
                return abs(r) < 1e15 ? (r * 1e9).rounded() / 1e9 : r
            }
        }
    }

    /// The form a user types: `4`, `+20%`, `-50%`.
    public var text: String {
        switch self {
        case .absolute(let n): formatNumber(n)
        case .relative(let p): (p >= 0 ? "+" : "") + formatNumber(p) + "%"
        }
    }
}

/// Counters for the ids a plan gives out.
public struct IdCounters: Sendable, Equatable {
    public var segment = 1
    public var concept = 1
    public var impact = 1
    public init() {}
}

/// Formats a number the way people write it: no trailing `.0` on whole numbers.
public func formatNumber(_ n: Double) -> String {
    if n.rounded() == n, abs(n) < 1e15 { return String(Int64(n)) }
    return String(n)
}
