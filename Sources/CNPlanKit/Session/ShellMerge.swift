import CNPlanCore

/// A merge typed without `--yes`: the shell shows what it will do and asks first.
extension Shell {
    /// Previews the merge and carries it out when the person at the terminal says yes; a script
    /// cannot answer, so it must say `--yes`.
    func mergeAsking(_ path: String, parts: Set<ItemKind>, theirs: Bool) throws(PlanError) {
        let t = workbench.texts
        let result = try workbench.prepareMerge(path, parts: parts, theirs: theirs)
        if result.bringsNothing { return console.output(t("merge.nothing", ["file": Board.safe(path)])) }
        let shown = try workbench.preview(result)
        console.output(shown.text)
        // Only conflicts, each keeping this plan's value: shown, with nothing to ask.
        if result.isEmpty { return }
        guard console.interactive else { throw .mergeNeedsYes }
        // A session another cnplan holds refuses the change: say so before asking, not after.
        if workbench.readOnly, let file = workbench.file { throw .readOnly(path: file) }
        guard case .line(let answer) = console.readAnswer(prompt: t("merge.ask")), Answers.yesOrNo(answer) == true
        else {
            return console.note(t("merge.cancelled"))
        }
        let reply = try workbench.merge(shown)
        console.note(reply.note)
    }
}
