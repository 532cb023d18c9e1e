/// Differences and merges as the room reads them, and differences as JSON for tools.
public struct DiffText {
    let t: Texts
    public init(texts: Texts) { t = texts }

    /// One line per item that differs (`+` added, `-` removed, `~` changed), then its fields.
    public func text(_ d: PlanDiff, from a: Plan, to b: Plan, names: (String, String)) -> String {
        var lines = [t("diff.heading", ["a": Board.safe(names.0), "b": Board.safe(names.1)])]
        if d.isEmpty { return (lines + [t("diff.same")]).joined(separator: "\n") }
        let (aNames, bNames) = (a.nameIndex(), b.nameIndex())
        for item in d.items {
            switch item.change {
            case .added: lines.append("+ " + t("diff.added") + " " + label(item.kind, item.id, item.name))
            case .removed: lines.append("- " + t("diff.removed") + " " + label(item.kind, item.id, item.name))
            case .changed:
                var head = "~ " + t("diff.changed") + " " + label(item.kind, item.id, item.name)
                if let other = item.otherId, other != item.id { head += t("diff.otherId", ["id": other]) }
                lines.append(head)
            }
            if let r = item.ranks {
                lines.append(
                    "    " + t("diff.field", ["label": t("board.rank"), "old": String(r[0]), "new": String(r[1])]))
            }
            // An added or removed item is one line: its fields would only repeat the other plan.
            for f in item.fields where item.change == .changed {
                let old = t.display(f.field, f.old, names: aNames) ?? t("board.unset")
                let new = t.display(f.field, f.new, names: bNames) ?? t("board.unset")
                lines.append("    " + t("diff.field", ["label": t.label(f.field), "old": old, "new": new]))
            }
        }
        let count = { (c: PlanDiff.Change) in String(d.items.filter { $0.change == c }.count) }
        lines.append(
            t("diff.summary", ["added": count(.added), "removed": count(.removed), "changed": count(.changed)]))
        return lines.joined(separator: "\n")
    }

    /// The differences as one JSON object, one change a line; values as in the plan file.
    public static func json(_ d: PlanDiff, names: (String, String)) -> String {
        var out = "{\"format\":\"cnplan.diff\",\"version\":1,\"a\":"
        JSONWriter.quote(names.0, into: &out)
        out += ",\"b\":"
        JSONWriter.quote(names.1, into: &out)
        out += ",\"same\":\(d.isEmpty),\"changes\":["
        for (n, item) in d.items.enumerated() {
            out +=
                (n > 0 ? "," : "")
                + "\n  {\"change\":\"\(item.change.rawValue)\",\"kind\":\"\(item.kind.rawValue)\",\"id\":"
            JSONWriter.quote(item.id, into: &out)
            if let other = item.otherId {
                out += ",\"otherId\":"
                JSONWriter.quote(other, into: &out)
            }
            out += ",\"name\":"
            JSONWriter.quote(item.name, into: &out)
            if let r = item.ranks { out += ",\"rank\":[\(r[0]),\(r[1])]" }
            out += ",\"fields\":["
            for (k, f) in item.fields.enumerated() {
                out += (k > 0 ? "," : "") + "{\"field\":\"\(f.field.key)\",\"a\":"
                EditCodec.write(f.old, into: &out)
                out += ",\"b\":"
                EditCodec.write(f.new, into: &out)
                out += "}"
            }
            out += "]}"
        }
        return out + (d.isEmpty ? "]}\n" : "\n]}\n")
    }

    /// What a merge will do: its new items, the fields it fills and its conflicts, then the
    /// counts. `after` is the plan with the merge done, which names what the values refer to.
    public func preview(_ r: MergeResult, after: Plan) -> String {
        var lines = [t("merge.heading", ["file": Board.safe(r.source)])]
        // Names found once: a merge of a large plan names thousands of items.
        let names = after.nameIndex()
        for item in r.added {
            let there = item.kind == .behaviour ? "" : t("merge.from", ["id": Board.safe(item.origin.id)])
            lines.append(
                "  + " + t("merge.new") + " " + label(item.kind, item.id, names(item.id) ?? item.id) + there)
        }
        for v in r.fills {
            let f = v.kind.field(v.key)!
            lines.append(
                "  * "
                    + t(
                        "merge.fill",
                        [
                            "item": label(v.kind, v.id, names(v.id) ?? v.id), "label": t.label(f),
                            "value": t.display(f, v.value, names: names) ?? t("board.unset"),
                        ]))
        }
        for c in r.conflicts {
            let f = c.kind.field(c.key)!
            lines.append(
                "  ! "
                    + t(
                        "merge.conflict",
                        [
                            "item": label(c.kind, c.id, names(c.id) ?? c.id), "label": t.label(f),
                            "ours": t.display(f, c.ours, names: names) ?? t("board.unset"),
                            "theirs": t.display(f, c.theirs, names: names) ?? t("board.unset"),
                            "outcome": t(r.theirs ? "merge.takesTheirs" : "merge.keepsOurs"),
                        ]))
        }
        lines.append(counts(r))
        // Conflicts alone, each kept: the merge has nothing to do but say how to take theirs.
        if r.isEmpty { lines.append(t("merge.keepsAll")) }
        return lines.joined(separator: "\n")
    }

    /// What a merge says it will do: its preview, or that the file brings nothing.
    public func outcome(_ r: MergeResult, after: Plan) -> String {
        r.bringsNothing ? t("merge.nothing", ["file": Board.safe(r.source)]) : preview(r, after: after)
    }

    /// `new: 3, filled: 2, conflicts: 1`.
    public func counts(_ r: MergeResult) -> String {
        t(
            "merge.counts",
            ["new": String(r.added.count), "filled": String(r.fills.count), "conflicts": String(r.conflicts.count)])
    }

    /// `segment s1 (Owners)`, `behaviour access`, `plan`.
    func label(_ kind: ItemKind, _ id: String, _ name: String) -> String {
        switch kind {
        case .plan: t.kind(.plan)
        case .behaviour: t.kind(.behaviour) + " " + (Behaviour(rawValue: id).map(t.behaviour) ?? id)
        default: t.item(ItemLabel(kind, id, name))
        }
    }
}
