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

    /// What a merge will do, for the preview.
    public func preview(_ result: MergeResult) throws(PlanError) -> String {
        DiffText(texts: texts).preview(result, after: try apply(.merge(result), to: plan))
    }

    /// Carries out a merge as one change, shown in `history` with its counts.
    public func merge(_ result: MergeResult) throws(PlanError) -> Reply {
        if result.isEmpty { return Reply(output: texts("merge.nothing", ["file": Board.safe(result.source)])) }
        let shown = try preview(result)
        let counts = DiffText(texts: texts).counts(result)
        let line = texts("merge.historyLine", ["line": result.commandLine, "counts": counts])
        let reply = try change(.merge(result), line: line)
        return Reply(output: shown, note: reply.note)
    }
}
