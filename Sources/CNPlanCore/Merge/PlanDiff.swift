/// What differs between two plans, item by item and field by field, read from the fields'
/// definitions so that every field of every kind is compared.
public struct PlanDiff: Sendable, Equatable {
    /// How an item differs.
    public enum Change: String, Sendable {
        case added, removed, changed
    }

    /// One field that differs: its value in the first plan and in the second.
    public struct FieldChange: Sendable, Equatable {
        public var field: FieldInfo
        public var old: FieldValue?
        public var new: FieldValue?
        init(field: FieldInfo, old: FieldValue? = nil, new: FieldValue? = nil) {
            self.field = field
            self.old = old
            self.new = new
        }
    }

    /// One item that differs. `id` is its id in the first plan (in the second when added);
    /// `otherId` its id in the second when it changed. An added or removed item's fields are all
    /// those it sets.
    public struct Item: Sendable, Equatable {
        public var change: Change
        public var kind: ItemKind
        public var id: String
        public var otherId: String?
        public var name: String
        public var fields: [FieldChange] = []
        /// A behaviour's rank in each plan, when it moved.
        public var ranks: [Int]?
    }

    public var items: [Item] = []
    public var isEmpty: Bool { items.isEmpty }

    /// The changes that lead from `a` to `b`.
    public init(from a: Plan, to b: Plan) {
        var maps: [ItemKind: [String: String]] = [:]
        for kind in ItemKind.allCases { maps[kind] = PlanDiff.match(kind, in: a, with: b) }
        for kind in ItemKind.allCases {
            let map = maps[kind] ?? [:]
            let paired = Set(map.values)
            let (ra, rb) = (ItemReaders(a, kind), ItemReaders(b, kind))
            for id in a.ids(of: kind) where !paired.contains(id) {
                let fields = kind.fields.compactMap { f in ra.value(id, f.key).map { FieldChange(field: f, old: $0) } }
                items.append(Item(change: .removed, kind: kind, id: id, name: ra.name(id), fields: fields))
            }
            for bid in kind == .plan ? [""] : b.ids(of: kind) {
                guard let aid = map[bid] else {
                    let fields = kind.fields.compactMap { f in
                        rb.value(bid, f.key).map { FieldChange(field: f, new: $0) }
                    }
                    items.append(Item(change: .added, kind: kind, id: bid, name: rb.name(bid), fields: fields))
                    continue
                }
                var item = Item(change: .changed, kind: kind, id: aid, otherId: bid, name: ra.name(aid))
                for f in kind.fields {
                    let old = ra.value(aid, f.key)
                    let new = rb.value(bid, f.key)
                    if !PlanDiff.same(old, PlanDiff.remap(new, f, maps)) {
                        item.fields.append(FieldChange(field: f, old: old, new: new))
                    }
                }
                if kind == .behaviour, let b1 = Behaviour(rawValue: aid), let r1 = a.rank(of: b1),
                    let r2 = b.rank(of: b1), r1 != r2
                {
                    item.ranks = [r1, r2]
                }
                if !item.fields.isEmpty || item.ranks != nil { items.append(item) }
            }
        }
    }

    /// For each item of `other`, the id of the item of `plan` it matches: the same id and name,
    /// else the same name (trimmed, case-folded: plans made apart give their own ids). The same id
    /// alone is no match: tables working apart give the same new ids to different items, so a
    /// renamed item reads as one removed and one added.
    static func match(_ kind: ItemKind, in plan: Plan, with other: Plan) -> [String: String] {
        if kind == .plan { return ["": ""] }
        let ours = plan.ids(of: kind)
        let theirs = other.ids(of: kind)
        // Each item's name key found once, and our items grouped by it in order: searching our
        // items for each of theirs was quadratic (and each name a search of its own).
        let (ro, rt) = (ItemReaders(plan, kind), ItemReaders(other, kind))
        let ourKey = Dictionary(ours.map { ($0, ro.name($0).matchKey) }) { a, _ in a }
        var byKey: [String: [String]] = [:]
        for h in ours { byKey[ourKey[h]!, default: []].append(h) }
        var map: [String: String] = [:]
        var taken = Set<String>()
        // The same id and name first, then the same name: the first of ours not yet taken.
        for o in theirs where ourKey[o] == rt.name(o).matchKey && !taken.contains(o) {
            map[o] = o
            taken.insert(o)
        }
        for o in theirs where map[o] == nil {
            if let h = byKey[rt.name(o).matchKey]?.first(where: { !taken.contains($0) }) {
                map[o] = h
                taken.insert(h)
            }
        }
        return map
    }

    /// A value of the other plan in this plan's ids: references through the matches; nil when
    /// the item referred to has no match here.
    static func remap(_ value: FieldValue?, _ field: FieldInfo, _ maps: [ItemKind: [String: String]]) -> FieldValue? {
        guard case .reference(let kind) = field.type, case .reference(let id)? = value else { return value }
        return maps[kind]?[id].map(FieldValue.reference)
    }

    /// Equal values; behaviours a concept uses are a set, their order says nothing.
    static func same(_ a: FieldValue?, _ b: FieldValue?) -> Bool {
        if case .behaviours(let x)? = a, case .behaviours(let y)? = b { return Set(x) == Set(y) }
        return a == b
    }
}
