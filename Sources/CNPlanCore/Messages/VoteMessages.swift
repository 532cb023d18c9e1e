/// Dot voting's errors as text.
extension Texts {
    func voteMessage(_ p: VoteProblem) -> String {
        switch p {
        case .noOpenRound: self("error.vote.noOpenRound")
        case .roundOpen(let s): self("error.vote.roundOpen", ["subject": self("vote.subject.\(s.rawValue)")])
        case .overBudget(let name, let dots, let budget):
            self("error.vote.overBudget", ["name": name, "n": String(dots), "budget": String(budget)])
        case .notInRound(let id, let s):
            self("error.vote.notInRound", ["item": id, "subject": self("vote.subject.\(s.rawValue)")])
        case .noClosedRound: self("error.vote.noClosedRound")
        case .notACount(let w): self("error.vote.notACount", ["word": w])
        case .nothingToCount: self("error.vote.nothingToCount")
        case .noVotesCast: self("error.vote.noVotesCast")
        case .notAParticipant(let name, let nearest, let all):
            self(
                nearest == nil ? "error.vote.notAParticipant" : "error.vote.notAParticipantNear",
                ["name": name, "nearest": nearest ?? "", "list": list(all)])
        }
    }
}
