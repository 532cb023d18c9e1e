/// What is wrong with a dot-voting command, given the plan's rounds.
public enum VoteProblem: Sendable, Equatable {
    /// Tallies, dots or `vote close` with no round open.
    case noOpenRound
    /// `vote on …` while a round is open.
    case roundOpen(VoteSubject)
    /// More dots than the round's budget.
    case overBudget(name: String, dots: Int, budget: Int)
    /// Not a concept (or a chosen behaviour) of the round's subject.
    case notInRound(String, VoteSubject)
    /// `vote apply` before any round was closed.
    case noClosedRound
    /// A tally or a budget that is not a whole number in range.
    case notACount(String)
    /// A participant with no dots, or a show of hands with no items.
    case nothingToCount
    /// Ordering by a round in which nobody voted: every item ties at 0.
    case noVotesCast
    /// Dots in a name that is not (the start of) one of the plan's recorded participants: most
    /// likely a typo, which would count as a voter of its own. The nearest participant's name, if one is close.
    case notAParticipant(String, nearest: String?, participants: [String])
}

/// Carries out one dot-voting change.
func applyVote(_ edit: VoteEdit, to p: inout Plan) throws(PlanError) {
    let open = p.votes.last.flatMap { $0.open ? p.votes.count - 1 : nil }
    switch edit {
    case .open(let subject, let budget, let date):
        if let open { throw .vote(.roundOpen(p.votes[open].subject)) }
        if let budget, budget < 1 { throw .vote(.notACount(String(budget))) }
        p.votes.append(VoteRound(date: date, subject: subject, budget: budget))
    case .tally(let counts):
        guard let open else { throw .vote(.noOpenRound) }
        if counts.isEmpty { throw .vote(.nothingToCount) }
        for c in counts {
            try p.checkVotable(c.item, p.votes[open].subject)
            if c.votes < 0 { throw .vote(.notACount(String(c.votes))) }
            p.votes[open].tallies.removeAll { $0.item == c.item }
            // No tally is kept as nothing, so the file's counts say the same.
            if c.votes > 0 { p.votes[open].tallies.append(c) }
        }
    case .dots(let ballot):
        guard let open else { throw .vote(.noOpenRound) }
        let round = p.votes[open]
        if ballot.dots.isEmpty || ballot.name.trimmingSpaces.isEmpty { throw .vote(.nothingToCount) }
        // With no participants recorded, any name votes; with them, a name must be one of theirs
        // or the start of one (`Wang` for Wang Wei, 王 for 王伟: the room is quick).
        let name = ballot.name.lowercased()
        if !p.participants.isEmpty, !p.participants.contains(where: { $0.lowercased().hasPrefix(name) }) {
            // The nearest by whole name or by first word (`Zhnag` is near Zhang Min).
            let words = p.participants.flatMap { full in
                [(full.lowercased(), full)] + full.split(separator: " ").prefix(1).map { ($0.lowercased(), full) }
            }
            let near = nearest(name, in: words.map(\.0)).flatMap { n in words.first { $0.0 == n }?.1 }
            throw .vote(.notAParticipant(ballot.name, nearest: near, participants: p.participants))
        }
        for id in ballot.dots { try p.checkVotable(id, round.subject) }
        if let budget = round.budget, ballot.dots.count > budget {
            throw .vote(.overBudget(name: ballot.name, dots: ballot.dots.count, budget: budget))
        }
        // A participant who votes again corrects their dots.
        p.votes[open].ballots.removeAll { $0.name == ballot.name }
        p.votes[open].ballots.append(ballot)
    case .close(let apply):
        guard let open else { throw .vote(.noOpenRound) }
        p.votes[open].open = false
        if apply { try applyVote(.apply, to: &p) }
    case .apply:
        guard let round = p.votes.last, !round.open else { throw .vote(.noClosedRound) }
        let result = round.result(of: p.ids(of: round.subject.kind))
        guard result.contains(where: { $0.votes > 0 }) else { throw .vote(.noVotesCast) }
        // Each item's place found once: a search of the list for every item was quadratic.
        let place = Dictionary(result.enumerated().map { ($1.item, $0) }) { a, _ in a }
        switch round.subject {
        case .concepts: p.concepts.sort { place[$0.id, default: .max] < place[$1.id, default: .max] }
        case .behaviours:
            p.behaviours.sort { place[$0.name.rawValue, default: .max] < place[$1.name.rawValue, default: .max] }
        }
    }
}

extension Plan {
    /// The round open for votes, if any.
    public var openVote: VoteRound? { votes.last.flatMap { $0.open ? $0 : nil } }

    func checkVotable(_ id: String, _ subject: VoteSubject) throws(PlanError) {
        guard ids(of: subject.kind).contains(id) else { throw .vote(.notInRound(id, subject)) }
    }
}

extension VoteEdit {
    /// The line that makes this change: `vote on concepts --dots 3 --date 2026-11-23`.
    public var commandLine: String {
        switch self {
        case .open(let subject, let budget, let date):
            "vote on \(subject.rawValue)" + (budget.map { " --dots \($0)" } ?? "")
                + (date.map { " --date \($0)" } ?? "")
        case .tally(let counts): "vote " + counts.map { "\($0.item) \($0.votes)" }.joined(separator: " ")
        case .dots(let ballot): "vote " + Tokenizer.word(ballot.name) + " " + ballot.dots.joined(separator: " ")
        case .close(let apply): apply ? "vote close --apply" : "vote close"
        case .apply: "vote apply"
        }
    }
}
