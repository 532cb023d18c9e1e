import CNPlanCore

extension Workbench {
    /// The edit that dates the workshop (the `date` field) when this is the plan's first change
    /// and it does not set the date itself; nil otherwise.
    static func firstChangeDate(_ edit: Edit, before: Plan, today: PlanDate) -> Edit? {
        var bare = before
        bare.title = nil
        bare.language = nil
        if case .set(.plan, _, "date", _) = edit { return nil }
        guard before.date == nil, bare == Plan() else { return nil }
        return .set(.plan, id: "", field: "date", value: .date(today))
    }
}

extension Workbench {
    /// A line of the session as the screen shows it: while a vote is open, one participant's dots
    /// show as their number only, so the room does not see who voted for what before the result.
    func shown(_ line: String) -> String {
        guard plan.openVote != nil, case .edit(.vote(.dots(let ballot)))? = try? Parser.parse(line) else { return line }
        // The catalog puts the space before its note, or none before a full-width bracket.
        return VoteEdit.dots(Ballot(name: ballot.name, dots: [])).commandLine.trimmingSpaces
            + texts.plural("vote.hiddenDots", ballot.dots.count, ["n": String(ballot.dots.count)])
    }
}

extension Edit {
    /// The edit with today's date where it needs one and has none (a vote round opened).
    func dated(_ today: PlanDate) -> Edit {
        if case .vote(.open(let subject, let budget, nil)) = self {
            return .vote(.open(subject, budget: budget, date: today))
        }
        return self
    }
}
