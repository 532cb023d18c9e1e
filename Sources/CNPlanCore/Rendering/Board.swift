/// The plan laid out as readable text: `show`, the lists, one item.
public struct Board {
    public var plan: Plan
    /// Columns available; nil lays out without wrapping.
    public var width: Int?
    let t: Texts

    /// Item names and who refers to each item, by id: built once, so a board of many items is
    /// laid out in linear time.
    let names: [String: String]
    let referrers: [String: [String]]

    public init(plan: Plan, width: Int?, texts: Texts) {
        self.plan = plan
        self.width = width
        t = texts
        var names: [String: String] = [:]
        for s in plan.segments { names[s.id] = s.name }
        for c in plan.concepts { names[c.id] = c.title }
        for m in plan.impacts { names[m.id] = m.metric }
        var referrers: [String: [String]] = [:]
        for c in plan.concepts {
            if let s = c.segment { referrers[s, default: []].append(c.id) }
            for b in c.uses { referrers[b.rawValue, default: []].append(c.id) }
        }
        for m in plan.impacts { if let c = m.concept { referrers[c, default: []].append(m.id) } }
        self.names = names
        self.referrers = referrers
    }

    /// Plan text made safe for a terminal: control characters, escape sequences, bidi controls,
    /// line separators and invisible spaces are shown escaped, so text from a file can never drive
    /// the terminal, reorder a line or hide what it holds.
    public static func safe(_ text: String) -> String {
        var out = ""
        var clean = true
        for s in text.unicodeScalars where isShownEscaped(s) {
            clean = false
            break
        }
        if clean { return text }
        for s in text.unicodeScalars {
            switch s.value {
            case 0x0A: out += "\\n"
            case 0x09: out += "\\t"
            case 0x1B: out += "\\e"
            case _ where isShownEscaped(s):
                out += "\\u{" + String(s.value, radix: 16) + "}"
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// Whether `safe` shows the character escaped: a control character or a hidden one.
    static func isShownEscaped(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value) || isHidden(s)
    }

    /// Bidi controls (U+061C and the marks, embeddings, overrides and isolates), the line and
    /// paragraph separators (a terminal may break the line there), and zero-width spaces. The
    /// zero-width joiners stay: emoji sequences and Indic and Persian text need them.
    static func isHidden(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029, 0x200B, 0x2060, 0xFEFF, 0x180E:
            true
        default: false
        }
    }

    /// The whole plan, one step or one item.
    public func show(_ target: ShowTarget) throws(PlanError) -> String {
        switch target {
        case .plan:
            let head = plan.title.map { Board.safe($0) } ?? t("board.untitled")
            let rule = String(repeating: t("board.rule"), count: min(TextWidth.of(head), width ?? 60))
            return ([head, rule] + workshop() + (1...5).map(step)).joined(separator: "\n\n")
        case .step(let n): return step(n)
        case .item(let id):
            for kind in [ItemKind.segment, .concept, .impact] where Parser.looksLikeId(id, kind.idPrefix) {
                guard plan.ids(of: kind).contains(id) else {
                    throw .noSuchItem(kind, id: id, known: plan.ids(of: kind))
                }
                return card(kind, id) { plan.value(kind, id, $0) }
            }
            if let b = Vocabulary.behaviour(id) {
                guard plan.choice(b) != nil else { throw .notChosen(b) }
                return card(.behaviour, b.rawValue) { plan.value(.behaviour, b.rawValue, $0) }
            }
            let known = plan.segments.map(\.id) + plan.concepts.map(\.id) + plan.impacts.map(\.id)
            throw .noSuchItem(nil, id: id, known: known)
        }
    }

    /// `2/5 SEGMENT` and the step's items.
    func step(_ n: Int) -> String {
        let heading = "\(n)/5 " + t("step.\(n)").uppercased()
        guard let kind = ItemKind.allCases.first(where: { $0.step == n }) else { return heading }
        if kind == .plan {
            let shown = ItemKind.plan.fields.filter { $0.need != .notCounted }
            return heading + "\n"
                + fields(
                    shown.map { (t.label($0), t.display(plan.value(.plan, "", $0.key), names: { names[$0] })) },
                    indent: 2, showMissing: true)
        }
        return heading + "\n" + list(kind)
    }

    /// A kind's items: cards for segments and concepts, tables for behaviours and impacts.
    public func list(_ kind: ItemKind) -> String {
        let ids = plan.ids(of: kind)
        if ids.isEmpty { return "  " + t("board.none.\(kind.rawValue)") }
        switch kind {
        case .behaviour:
            let rows = plan.behaviours.enumerated().map { n, b in
                [String(n + 1), t.behaviourWithChinese(b.name)]
                    + BehaviourChoice.fields.map { f in
                        t.display(f.info, f.get(b), names: { names[$0] }) ?? (f.info.type == .text ? "" : "-")
                    }
            }
            return table(
                [t("board.rank"), t("kind.behaviour")] + BehaviourChoice.fields.map { t.label($0.info) }, rows)
        case .impact:
            let rows = plan.impacts.map { m in
                [
                    m.id, Board.safe(m.metric), t.change(m), t.percentChange(m) ?? "",
                    m.unit.map(Board.safe) ?? "", m.by.map(t.date) ?? "", m.concept ?? "",
                ]
            }
            let header = [
                t("board.id"), t.label(Impact.fields[0].info), t("board.baselineToTarget"), t("board.change"),
                t.label(Impact.fields[3].info), t.label(Impact.fields[4].info), t.label(Impact.fields[5].info),
            ]
            return table(header, rows)
        default:
            return plan.readers(kind).map { card(kind, $0.id, $0.read) }.joined(separator: "\n")
        }
    }

    /// One item: its id and name, then its fields; unset ones show only for behaviours and impacts.
    func card(_ kind: ItemKind, _ id: String, _ read: Plan.Reader) -> String {
        let name = kind == .behaviour ? t.behaviourWithChinese(Behaviour(rawValue: id)!) : Board.safe(names[id] ?? "")
        var head = "  \(id)  " + name
        if kind == .behaviour {
            head = "  " + name + "  " + t("board.rankN", ["n": String((plan.rank(of: Behaviour(rawValue: id)!) ?? 0))])
        }
        var rows: [(String, String?)] = []
        // Fixed values (a segment's role) stand in brackets beside the name: `[consumer]`.
        for f in kind.fields {
            guard case .choice = f.type else { continue }
            if f.need == .detail, read(f.key) == nil { continue }
            head +=
                "  [" + (t.display(f, read(f.key), names: { names[$0] }) ?? t("board.notSet", ["what": t.label(f)]))
                + "]"
        }
        for f in kind.fields where f.type != .name {
            if case .choice = f.type { continue }
            if kind == .impact, f.type == .target {
                // Impacts show as cards only one at a time (`show i1`): a lookup is fine here.
                let m = plan.impacts.first { $0.id == id }!
                rows.append((t("board.change"), t.change(m) + (t.percentChange(m).map { "  " + $0 } ?? "")))
                continue
            }
            if kind == .impact, f.type == .number { continue }
            rows.append((t.label(f), t.display(f, read(f.key), names: { names[$0] })))
        }
        let users = referrers[id] ?? []
        if !users.isEmpty { rows.append((t("board.referencedBy.\(kind.rawValue)"), t.list(users))) }
        if let o = plan.origin(kind, id) {
            let from = t("board.originValue", ["file": Board.safe(o.file), "id": Board.safe(o.id)])
            rows.append((t("board.origin"), from))
        }
        let showMissing = kind == .behaviour || kind == .impact
        let body = fields(rows, indent: 6, showMissing: showMissing)
        // An item with nothing said about it yet is its line alone, not a line and a blank.
        return body.isEmpty ? head : head + "\n" + body
    }

    /// `label: text` lines, the text wrapped to the width and aligned after the labels.
    func fields(_ items: [(String, String?)], indent: Int, showMissing: Bool) -> String {
        let shown = items.filter { showMissing || $0.1 != nil }.map { (t("board.field", ["label": $0.0]), $0.1) }
        let labelWidth = (shown.map { TextWidth.of($0.0) }.max() ?? 0) + 1
        var lines: [String] = []
        for (label, value) in shown {
            let text = value ?? t("board.unset")
            let lead = String(repeating: " ", count: indent) + TextWidth.pad(label, to: labelWidth)
            let room = width.map { max(20, $0 - indent - labelWidth) } ?? 0
            let wrapped = TextWidth.wrap(text, width: room)
            lines.append(lead + wrapped[0])
            for more in wrapped.dropFirst() { lines.append(String(repeating: " ", count: indent + labelWidth) + more) }
        }
        return lines.joined(separator: "\n")
    }

    /// An aligned table; the last column wraps to fit the width.
    func table(_ header: [String], _ rows: [[String]]) -> String {
        var widths = header.map { TextWidth.of($0) }
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], TextWidth.of(cell)) } }
        let fixed = widths.dropLast().reduce(0) { $0 + $1 + 2 } + 2
        let lastRoom = width.map { max(16, $0 - fixed) }
        if let lastRoom { widths[widths.count - 1] = min(widths[widths.count - 1], lastRoom) }
        func render(_ cells: [String]) -> [String] {
            let last = TextWidth.wrap(cells[cells.count - 1], width: lastRoom ?? 0)
            let lead =
                "  "
                + cells.dropLast().enumerated().map { TextWidth.pad($0.element, to: widths[$0.offset]) + "  " }.joined()
            var out = [lead + last[0]]
            for more in last.dropFirst() { out.append(String(repeating: " ", count: TextWidth.of(lead)) + more) }
            return out.map { trimEnd($0) }
        }
        return (render(header) + rows.flatMap(render)).joined(separator: "\n")
    }

    func trimEnd(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
