/// How values read in the interface language: labels of fixed values and behaviours, dates,
/// lists, referenced items by id and name.
extension Texts {
    /// A behaviour's name in this language: `access` or `接入`.
    public func behaviour(_ b: Behaviour) -> String { self("behaviour.\(b.rawValue)") }

    /// `access 接入` in English, where the room also learns the method's Chinese terms; `接入` in Chinese.
    public func behaviourWithChinese(_ b: Behaviour) -> String {
        language == .chinese ? behaviour(b) : b.rawValue + " " + Texts(.chinese).behaviour(b)
    }

    /// A date as the language writes it: `2027-06-30`, `2027年6月30日`.
    public func date(_ d: PlanDate) -> String {
        let yyyy = String(d.description.prefix(4))
        let mm = d.month < 10 ? "0\(d.month)" : "\(d.month)"
        let args = ["yyyy": yyyy, "mm": mm, "m": String(d.month)]
        guard let day = d.day else { return self("date.month", args) }
        return self("date.day", args.merging(["dd": day < 10 ? "0\(day)" : "\(day)", "d": String(day)]) { a, _ in a })
    }

    /// The label of one of a field's fixed values.
    public func choice(_ choices: Choices, _ value: String) -> String { self("choice.\(choices.name).\(value)") }

    /// The label of a field: `customer value`.
    public func label(_ field: FieldInfo) -> String { self(field.text("label")) }

    /// A kind of item: `segment`, `细分`.
    public func kind(_ kind: ItemKind) -> String { self("kind.\(kind.rawValue)") }

    /// An item as messages name it: `concept c1 (Repair mini-app)`.
    public func item(_ label: ItemLabel) -> String {
        self("item.label", ["kind": kind(label.kind), "id": label.id, "name": Board.safe(label.name)])
    }

    /// A field's value as the board shows it; nil when unset.
    public func display(_ value: FieldValue?, in plan: Plan) -> String? {
        switch value {
        case nil: nil
        case .text(let s)?: Board.safe(s)
        case .choice(let s)?:
            s
        case .score(let n)?: String(n)
        case .number(let n)?: formatNumber(n)
        case .date(let d)?: date(d)
        case .target(let t)?: t.text
        case .behaviours(let list)?: self.list(list.map(behaviour))
        case .names(let list)?: self.list(list.map(Board.safe))
        case .reference(let id)?: id + (plan.name(of: id).map { " " + Board.safe($0) } ?? "")
        }
    }

    /// A field's value with fixed values in this language.
    public func display(_ field: FieldInfo, _ value: FieldValue?, in plan: Plan) -> String? {
        if case .choice(let c) = field.type, case .choice(let v)? = value { return choice(c, v) }
        return display(value, in: plan)
    }
}

extension Plan {
    /// The name of the item with this id (a segment's name, a concept's title, an impact's metric).
    public func name(of id: String) -> String? {
        switch id.first {
        case "s": segments.first { $0.id == id }?.name
        case "c": concepts.first { $0.id == id }?.title
        case "i": impacts.first { $0.id == id }?.metric
        default: nil
        }
    }

    /// The value of one field of one item; nil when unset or when there is no such item.
    public func value(_ kind: ItemKind, _ id: String, _ key: String) -> FieldValue? {
        func get<Item>(_ items: [Item], _ fields: [Field<Item>], _ match: (Item) -> Bool) -> FieldValue? {
            guard let item = items.first(where: match), let f = fields.first(where: { $0.info.key == key }) else { return nil }
            return f.get(item)
        }
        switch kind {
        case .plan: return get([self], Plan.fields) { _ in true }
        case .segment: return get(segments, Segment.fields) { $0.id == id }
        case .behaviour: return get(behaviours, BehaviourChoice.fields) { $0.name.rawValue == id }
        case .concept: return get(concepts, Concept.fields) { $0.id == id }
        case .impact: return get(impacts, Impact.fields) { $0.id == id }
        }
    }

    /// The items whose fields refer to this one (the concepts serving a segment, …).
    public func referrers(of kind: ItemKind, _ id: String) -> [ItemLabel] { references(to: kind, id) }
}

extension Texts {
    /// `48 → 4.8`, `? → 4`: baseline to target, rounded for reading (the file keeps every digit).
    public func change(_ m: Impact) -> String {
        let b = m.baseline.map(Texts.rounded) ?? "?"
        let target = m.resolvedTarget.map(Texts.rounded) ?? "?"
        return self("change.range", ["from": b, "to": target])
    }

    /// How far the target moves: percentage points for a unit in percent (`+70 pts`), else the
    /// change in percent with one decimal at most (`-91.7%`); nil when it cannot be said.
    public func percentChange(_ m: Impact) -> String? {
        guard let b = m.baseline, let t = m.resolvedTarget else { return nil }
        if Texts.isPercentUnit(m.unit) {
            let points = ((t - b) * 10).rounded() / 10
            return self("change.points", ["n": (points > 0 ? "+" : "") + formatNumber(points)])
        }
        guard let p = m.changePercent else { return nil }
        let r = (p * 10).rounded() / 10
        return (r > 0 ? "+" : "") + formatNumber(r) + "%"
    }

    /// A unit that is itself a percentage, whose changes are read in points.
    static func isPercentUnit(_ unit: String?) -> Bool {
        guard let u = unit?.trimmingSpaces.lowercased() else { return false }
        return ["%", "％", "percent", "per cent", "pct", "百分比", "百分点"].contains(u)
    }

    /// A number for reading: at most two decimals.
    public static func rounded(_ n: Double) -> String {
        let r = (n * 100).rounded() / 100
        return r.isFinite ? formatNumber(r) : formatNumber(n)
    }
}
