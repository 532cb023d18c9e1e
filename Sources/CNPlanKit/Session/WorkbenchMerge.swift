import CNPlanCore

/// `diff FILE` and `merge FILE`: the plan open now against another plan file.
extension Workbench {
    /// The differences from this plan to the one in `path`, as the room reads them.
    func diff(_ path: String) throws(PlanError) -> String {
        let other = try SessionFile.load(path)
        let here = file.map { FileSystem.baseName(of: $0) } ?? texts("diff.thisPlan")
        return DiffText(texts: texts).text(PlanDiff(from: plan, to: other), from: plan, to: other, names: (here, path))
    }

    /// What merging the plan in `path` would do; changes nothing.
    public func prepareMerge(_ path: String, parts: Set<ItemKind>, theirs: Bool) throws(PlanError) -> MergeResult {
        PlanMerge.merge(try SessionFile.load(path), into: plan, source: path, parts: parts, theirs: theirs)
    }

    /// What a merge will do, for the preview, with the plan it leads to: shown, then carried
    /// out, it is applied once.
    public func preview(_ result: MergeResult) throws(PlanError) -> MergePreview {
        let after = try apply(.merge(result), to: plan)
        return MergePreview(
            result: result, text: DiffText(texts: texts).preview(result, after: after), base: plan, after: after)
    }

    /// Carries out a merge as one change, shown in `history` with its counts.
    public func merge(_ result: MergeResult) throws(PlanError) -> Reply { try merge(try preview(result)) }

    /// Carries out a merge already previewed.
    public func merge(_ shown: MergePreview) throws(PlanError) -> Reply {
        let result = shown.result
        if result.bringsNothing { return Reply(output: texts("merge.nothing", ["file": Board.safe(result.source)])) }
        // Conflicts that keep this plan's values change nothing, but the room sees them.
        if result.isEmpty { return Reply(output: shown.text) }
        let counts = DiffText(texts: texts).counts(result)
        let line = texts("merge.historyLine", ["line": result.commandLine, "counts": counts])
        // A preview of a plan changed since applies no more: the change applies the merge again.
        let reply = try change(.merge(result), line: line, applied: shown.base == plan ? shown.after : nil)
        return Reply(output: shown.text, note: reply.note)
    }
}

/// A merge worked out for the plan as it was: what it does, the preview, and the plan after it.
public struct MergePreview: Sendable {
    public let result: MergeResult
    public let text: String
    let base: Plan
    let after: Plan
}
