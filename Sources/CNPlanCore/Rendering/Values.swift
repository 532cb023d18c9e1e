/// How values read in the interface language: labels of fixed values and behaviours, dates,
/// lists, referenced items by id and name.
extension Texts {
    /// A behaviour's name in this language: `access` or `接入`.
    public func behaviour(_ b: Behaviour) -> String { self("behaviour.\(b.rawValue)") }

    /// `access 接入` in English, where the room also learns the method's Chinese terms; `接入` in Chinese.
    public func behaviourWithChinese(_ b: Behaviour) -> String {
        language == .chinese ? behaviour(b) : b.rawValue + " " + Texts(.chinese).behaviour(b)
    }

    /// `access (接入)` in an English handout, where readers meet the method's Chinese terms too;
    /// `接入` in a Chinese one.
    public func behaviourForHandout(_ b: Behaviour) -> String {
        language == .chinese ? behaviour(b) : b.rawValue + " (" + Texts(.chinese).behaviour(b) + ")"
    }

    /// A date as the language writes it: `2027-06-30`, `2027年6月30日`.
    public func date(_ d: PlanDate) -> String {
        dateFormat(day: d.day != nil).fill(
            (0..<5).map { i in
                let (number, digits) = Texts.datePart(d, i)
                let s = String(number)
                return String(repeating: "0", count: max(0, digits - s.count)) + s
            })
    }

    /// The text of a day's date or of a month's, cut once for `datePart` (a handout writes thousands).
    func dateFormat(day: Bool) -> Template {
        day ? template("date.day", ["yyyy", "mm", "m", "dd", "d"]) : template("date.month", ["yyyy", "mm", "m"])
    }

    /// Placeholder `i` of `dateFormat`: a number and the fewest digits it is written with. The year
    /// in four (0027 stays 0027), month and day in two and in one.
    static func datePart(_ d: PlanDate, _ i: Int) -> (number: Int, digits: Int) {
        switch i {
        case 0: (d.year, 4)
        case 1: (d.month, 2)
        case 2: (d.month, 1)
        case 3: (d.day ?? 0, 2)
        default: (d.day ?? 0, 1)
        }
    }

    /// The label of one of a field's fixed values.
    public func choice(_ choices: Choices, _ value: String) -> String { self("choice.\(choices.name).\(value)") }

    /// The word to type for one of a field's fixed values, for a message that lists what fits. In
    /// English the value itself, as docs/commands.md and Tab give it (`attract`, not its label
    /// `attention`; `innovation`, not `product and service innovation`); in another language its
    /// label, which is typed as it is (`吸引`), unless that is not one word that reads back.
    public func typedChoice(_ choices: Choices, _ value: String) -> String {
        guard language != .english else { return value }
        let label = choice(choices, value)
        let readsBack =
            !label.contains(where: \.isWhitespace) && Vocabulary.choiceWords(choices)[label.lowercased()] == value
        return readsBack ? label : value
    }

    /// The label of a field: `customer value`.
    public func label(_ field: FieldInfo) -> String { self(field.text("label")) }

    /// A kind of item: `segment`, `细分`.
    public func kind(_ kind: ItemKind) -> String { self("kind.\(kind.rawValue)") }

    /// An item as messages name it: `concept c1 (Repair mini-app)`.
    public func item(_ label: ItemLabel) -> String {
        self("item.label", ["kind": kind(label.kind), "id": label.id, "name": Board.safe(label.name)])
    }

    /// A field's value as the board shows it; nil when unset. `name` gives a referenced item's name.
    public func display(_ value: FieldValue?, names name: (String) -> String?) -> String? {
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
        case .choices(let list)?: self.list(list)
        case .reference(let id)?: id + (name(id).map { " " + Board.safe($0) } ?? "")
        case .names(let list)?: self.list(list.map(Board.safe))
        }
    }

    /// A field's value with fixed values in this language.
    public func display(_ field: FieldInfo, _ value: FieldValue?, names name: (String) -> String?) -> String? {
        if case .choice(let c) = field.type, case .choice(let v)? = value { return choice(c, v) }
        if case .choices(let c) = field.type, case .choices(let list)? = value {
            return self.list(list.map { choice(c, $0) })
        }
        return display(value, names: name)
    }
}

extension Plan {
    /// The name of the item with this id (a segment's name, a concept's title, an impact's metric).
    /// Every item's name by id, for a renderer that names many items: one lookup each with
    /// `name(of:)` would search the plan once per item.
    public func nameIndex() -> (String) -> String? {
        var names: [String: String] = [:]
        names.reserveCapacity(segments.count + concepts.count + impacts.count)
        for s in segments { names[s.id] = names[s.id] ?? s.name }
        for c in concepts { names[c.id] = names[c.id] ?? c.title }
        for m in impacts { names[m.id] = names[m.id] ?? m.metric }
        return { names[$0] }
    }

    public func name(of id: String) -> String? {
        switch id.first {
        case "s": segments.first { $0.id == id }?.name
        case "c": concepts.first { $0.id == id }?.title
        case "i": impacts.first { $0.id == id }?.metric
        default: nil
        }
    }

    /// Reads the fields of one item by key.
    public typealias Reader = (String) -> FieldValue?

    /// Each item of a kind with a reader of its fields, in order: one pass, no lookup by id, so
    /// laying out or checking every item stays linear in the size of the plan.
    public func readers(_ kind: ItemKind) -> [(id: String, read: Reader)] {
        func all<Item>(_ items: [Item], _ fields: [Field<Item>], _ id: (Item) -> String) -> [(id: String, read: Reader)]
        {
            let byKey = Dictionary(fields.map { ($0.info.key, $0) }, uniquingKeysWith: { a, _ in a })
            return items.map { item in (id(item), { key in byKey[key]?.get(item) }) }
        }
        switch kind {
        case .plan: return all([self], Plan.fields) { _ in "" }
        case .segment: return all(segments, Segment.fields, \.id)
        case .behaviour: return all(behaviours, BehaviourChoice.fields, \.name.rawValue)
        case .concept: return all(concepts, Concept.fields, \.id)
        case .impact: return all(impacts, Impact.fields, \.id)
        }
    }

    /// The value of one field of one item; nil when unset or when there is no such item.
    public func value(_ kind: ItemKind, _ id: String, _ key: String) -> FieldValue? {
        func get<Item>(_ items: [Item], _ fields: [Field<Item>], _ match: (Item) -> Bool) -> FieldValue? {
            guard let item = items.first(where: match), let f = fields.first(where: { $0.info.key == key }) else {
                return nil
            }
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
}

extension Texts {
    /// `48 → 4.8`, `? → 4`: baseline to target, rounded for reading (the file keeps every digit).
    public func change(_ m: Impact) -> String { changeFormat().fill(Texts.changeValues(m)) }

    /// The text of a change, cut once for `changeValues`.
    func changeFormat() -> Template { template("change.range", ["from", "to"]) }

    /// Baseline and target, rounded; `?` when unknown.
    static func changeValues(_ m: Impact) -> [String] {
        [m.baseline.map(Texts.rounded) ?? "?", m.resolvedTarget.map(Texts.rounded) ?? "?"]
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
        // Every one of `percentUnits` starts with `%`, `p` or a byte past ASCII, once trimmed and
        // lowered: other units (hours, days, yuan) are told apart by their first byte, without
        // lowering a copy and hashing it for every impact of a handout.
        guard let first = unit?.utf8.first else { return false }
        if first != UInt8(ascii: "%"), first | 0x20 != UInt8(ascii: "p"), first < 0x80, first > 0x20 { return false }
        // Trimmed only when there is something to trim: trimming looks at whole characters.
        guard let u = unit.map({ ($0.isTrimmed ? $0 : $0.trimmingSpaces).lowercased() }) else { return false }
        return percentUnits.contains(u)
    }

    static let percentUnits: Set = ["%", "％", "percent", "per cent", "pct", "百分比", "百分点"]

    /// A number for reading: at most two decimals.
    public static func rounded(_ n: Double) -> String {
        let r = (n * 100).rounded() / 100
        return r.isFinite ? formatNumber(r) : formatNumber(n)
    }
}

extension String {
    /// Whether `trimmingSpaces` would leave the text as it is, found without looking at characters
    /// when it can: a printable ASCII character at an end is not white space, whatever follows or
    /// precedes it.
    var isTrimmed: Bool {
        let ends = utf8.withContiguousStorageIfAvailable { ($0.first, $0.last) } ?? (utf8.first, utf8.last)
        guard let first = ends.0, let last = ends.1 else { return true }
        return ((0x21...0x7E).contains(first) || self.first?.isWhitespace == false)
            && ((0x21...0x7E).contains(last) || self.last?.isWhitespace == false)
    }
}

/// One plan's items of one kind, read by id in constant time: for a loop over items, where
/// `Plan.value(_:_:_:)` would search the list for each.
struct ItemReaders {
    let kind: ItemKind
    let read: [String: Plan.Reader]

    init(_ plan: Plan, _ kind: ItemKind) {
        self.kind = kind
        read = Dictionary(plan.readers(kind).map { ($0.id, $0.read) }) { a, _ in a }
    }

    func value(_ id: String, _ key: String) -> FieldValue? { read[id]?(key) }

    /// The item's name, or its id when it has none (a behaviour).
    func name(_ id: String) -> String {
        guard let f = kind.nameField, case .text(let s)? = value(id, f.key) else { return id }
        return s
    }
}
