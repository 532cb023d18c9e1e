/// One difference between two versions of a plan, field by field as the fields' definitions
/// give them: what the projector view shows as the latest change, whoever made it and however
/// (a typed command, the guide, undo).
public struct PlanChange: Sendable, Equatable {
    public enum What: Sendable, Equatable {
        case added
        case removed
        /// A field got a value; its key.
        case set(String)
        case cleared(String)
        /// The behaviours' ranking.
        case ranked
    }

    public var kind: ItemKind
    /// The item's id, a behaviour's name, "" for the plan itself.
    public var id: String
    public var what: What

    public init(_ kind: ItemKind, _ id: String, _ what: What) {
        self.kind = kind
        self.id = id
        self.what = what
    }

    /// Every difference from `old` to `new`, step by step; an added item counts once, not field by field.
    public static func between(_ old: Plan, _ new: Plan) -> [PlanChange] {
        var changes: [PlanChange] = []
        for kind in ItemKind.allCases {
            let before = kind == .plan ? [""] : old.ids(of: kind)
            let after = kind == .plan ? [""] : new.ids(of: kind)
            // Sets and tables by id: the wall compares the whole plan at every reload.
            let (had, has) = (Set(before), Set(after))
            let (was, now) = (ItemReaders(old, kind), ItemReaders(new, kind))
            for id in after where !had.contains(id) { changes.append(PlanChange(kind, id, .added)) }
            for id in before where !has.contains(id) { changes.append(PlanChange(kind, id, .removed)) }
            for id in after where had.contains(id) {
                for f in kind.fields {
                    let value = now.value(id, f.key)
                    if was.value(id, f.key) != value {
                        changes.append(PlanChange(kind, id, value == nil ? .cleared(f.key) : .set(f.key)))
                    }
                }
            }
            if kind == .behaviour, before.filter(has.contains) != after.filter(had.contains) {
                changes.append(PlanChange(kind, "", .ranked))
            }
        }
        return changes
    }

    /// The step it belongs to; nil for a change that is no step's (the title).
    public var step: Int? {
        if case .set(let key) = what, kind.field(key)?.need == .notCounted { return nil }
        if case .cleared(let key) = what, kind.field(key)?.need == .notCounted { return nil }
        return kind.step
    }

    /// What the room reads: `segment s1 (Owners) need: Fast repair`, `added concept c2 (App)`.
    /// `old` names what was removed.
    public func text(old: Plan, new: Plan, texts t: Texts) -> String {
        let item: String
        switch kind {
        case .plan: item = ""
        case .behaviour: item = Behaviour(rawValue: id).map { t.kind(.behaviour) + " " + t.behaviour($0) } ?? ""
        default: item = t.item(ItemLabel(kind, id, new.name(of: id) ?? old.name(of: id) ?? ""))
        }
        switch what {
        case .added: return t("wall.change.added", ["item": item])
        case .removed: return t("wall.change.removed", ["item": item])
        case .ranked: return t("wall.change.ranked", ["list": t.list(new.behaviours.map { t.behaviour($0.name) })])
        case .set(let key), .cleared(let key):
            guard let f = kind.field(key) else { return "" }
            let value = t.display(f, new.value(kind, id, key), names: new.name(of:))
            let args = ["field": t.label(f), "value": value ?? "", "item": item]
            if kind == .plan { return t(value == nil ? "wall.change.clearedPlan" : "wall.change.setPlan", args) }
            return t(value == nil ? "wall.change.cleared" : "wall.change.set", args)
        }
    }
}
