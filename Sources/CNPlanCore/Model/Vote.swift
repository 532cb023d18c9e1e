/// What a dot-voting round ranks.
public enum VoteSubject: String, Sendable, CaseIterable {
    case concepts, behaviours

    /// The kind of item voted on.
    public var kind: ItemKind { self == .concepts ? .concept : .behaviour }
}

/// One participant's dots in a round: an item voted twice appears twice.
public struct Ballot: Sendable, Equatable {
    public var name: String
    public var dots: [String]
    public init(name: String, dots: [String]) {
        self.name = name
        self.dots = dots
    }
}

/// The votes one item got.
public struct VoteCount: Sendable, Equatable {
    public var item: String
    public var votes: Int
    public init(item: String, votes: Int) {
        self.item = item
        self.votes = votes
    }
}

extension [VoteCount] {
    /// The vote counts that more than one item has: a tie, found once for a whole result.
    public var tiedVotes: Set<Int> {
        var seen = Set<Int>()
        var tied = Set<Int>()
        for c in self where !seen.insert(c.votes).inserted { tied.insert(c.votes) }
        return tied
    }
}

/// One dot-voting round: the room's tallies from a show of hands, or each participant's dots.
public struct VoteRound: Sendable, Equatable {
    public var date: PlanDate?
    public var subject: VoteSubject
    /// Dots each participant may give; nil for no limit.
    public var budget: Int?
    /// Tallies entered for the whole room (a show of hands), by item.
    public var tallies: [VoteCount] = []
    /// Named participants' dots, in the order they were entered.
    public var ballots: [Ballot] = []
    public var open = true

    public init(date: PlanDate?, subject: VoteSubject, budget: Int?) {
        self.date = date
        self.subject = subject
        self.budget = budget
    }

    /// Votes per item (tallies plus dots), in the order of `items`; items without votes count 0.
    public func counts(of items: [String]) -> [VoteCount] {
        // Counted once into a table: searching every tally and dot for every item was quadratic.
        var votes: [String: Int] = [:]
        for tally in tallies where votes[tally.item] == nil { votes[tally.item] = tally.votes }
        for ballot in ballots { for dot in ballot.dots { votes[dot, default: 0] += 1 } }
        return items.map { VoteCount(item: $0, votes: votes[$0] ?? 0) }
    }

    /// The items voted on with their votes, most first; equal counts keep the plan's order.
    public func result(of items: [String]) -> [VoteCount] {
        counts(of: items).enumerated().sorted { ($1.element.votes, $0.offset) < ($0.element.votes, $1.offset) }.map(
            \.element)
    }
}

/// A change to the plan's votes.
public enum VoteEdit: Sendable, Equatable {
    /// Opens a round; a nil date is filled in with today by the session, never by the core.
    case open(VoteSubject, budget: Int?, date: PlanDate?)
    /// Sets the room's tallies of these items.
    case tally([VoteCount])
    /// Records one participant's dots, replacing any they gave before in this round.
    case dots(Ballot)
    /// Closes the open round; `apply` also orders the items by its result.
    case close(apply: Bool)
    /// Orders the concepts, or ranks the behaviours, by the last closed round.
    case apply
}
