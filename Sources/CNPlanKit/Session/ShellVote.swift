import CNPlanCore

extension Shell {
    /// After `vote close` at a terminal: Enter orders the concepts (or ranks the behaviours) by
    /// the result, as the guide's ranking is accepted; any other answer keeps the order.
    func offerVoteOrder() {
        guard let round = workbench.plan.votes.last else { return }
        let t = workbench.texts
        console.output(t("vote.offer.\(round.subject.rawValue)"))
        guard case .line(let answer) = console.readAnswer(prompt: t("guide.answerPrompt")) else { return }
        let a = answer.trimmingSpaces
        guard a.isEmpty || Answers.yesOrNo(a) == true else {
            console.note(t("vote.offer.kept"))
            return
        }
        execute("vote apply")
    }
}
