/// The plan laid out as readable text: `show`, the lists, one item.
public struct Board {
    public var plan: Plan
    /// Columns available; nil lays out without wrapping.
    public var width: Int?

    public init(plan: Plan, width: Int?) {
        self.plan = plan
        self.width = width
    }

    /// Plan text made safe for a terminal: control characters, escape sequences, bidi controls,
    /// line separators and invisible spaces are shown escaped, so text from a file can never drive
    /// the terminal, reorder a line or hide what it holds.
    public static func safe(_ text: String) -> String {
        var out = ""
        var clean = true
        for s in text.unicodeScalars where s.value < 0x20 || (0x7F...0x9F).contains(s.value) || isHidden(s) {
            clean = false
            break
        }
        if clean { return text }
        for s in text.unicodeScalars {
            switch s.value {
            case 0x0A: out += "\\n"
            case 0x09: out += "\\t"
            case 0x1B: out += "\\e"
            case _ where s.value < 0x20 || (0x7F...0x9F).contains(s.value) || isHidden(s):
                out += "\\u{" + String(s.value, radix: 16) + "}"
            default: out.unicodeScalars.append(s)
            }
        }
        return out
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

    static let stepNames = ["objective", "segments", "behaviours", "concepts", "impact"]

    public func show(_ target: ShowTarget) throws(PlanError) -> String {
        switch target {
        case .plan:
            let head = plan.title.map { Board.safe($0) } ?? "(untitled plan)"
            return ([head, String(repeating: "═", count: min(TextWidth.of(head), width ?? 60))] + (1...5).map(step)).joined(separator: "\n\n")
        case .step(let n): return step(n)
        case .item(let id):
            if let s = plan.segment(id) { return segmentCard(s) }
            if let c = plan.concept(id) { return conceptCard(c) }
            if let m = plan.impact(id) { return impactCard(m) }
            if let b = Vocabulary.behaviour(id) {
                guard let choice = plan.choice(b) else { throw .notChosen(b) }
                return behaviourCard(choice)
            }
            let known = plan.segments.map(\.id) + plan.concepts.map(\.id) + plan.impacts.map(\.id)
            throw .noSuchItem(kind: "item", id: id, known: known)
        }
    }

    func step(_ n: Int) -> String {
        let heading = "\(n)/5 " + Board.stepNames[n - 1].uppercased()
        switch n {
        case 1:
            return heading + "\n" + fields([
                ("objective", plan.objective.statement), ("data goal", plan.objective.dataGoal),
            ], indent: 2, showMissing: true)
        case 2: return heading + "\n" + list(.segment)
        case 3: return heading + "\n" + list(.behaviour)
        case 4: return heading + "\n" + list(.concept)
        default: return heading + "\n" + list(.impact)
        }
    }

    public func list(_ kind: ItemKind) -> String {
        switch kind {
        case .segment:
            if plan.segments.isEmpty { return "  no segments yet: segment add NAME" }
            return plan.segments.map(segmentCard).joined(separator: "\n")
        case .behaviour:
            if plan.behaviours.isEmpty { return "  no behaviours chosen yet: behaviour add NAME..." }
            let rows = plan.behaviours.enumerated().map { n, b in
                [String(n + 1), b.name.rawValue + " " + b.name.chinese, b.value.map(String.init) ?? "-",
                 b.effort.map(String.init) ?? "-", b.why.map(Board.safe) ?? ""]
            }
            return table(["rank", "behaviour", "value", "effort", "why"], rows)
        case .concept:
            if plan.concepts.isEmpty { return "  no concepts yet: concept add TITLE" }
            return plan.concepts.map(conceptCard).joined(separator: "\n")
        case .impact:
            if plan.impacts.isEmpty { return "  no impacts yet: impact add METRIC" }
            let rows = plan.impacts.map { m in
                [m.id, Board.safe(m.metric), Board.change(m), m.changePercent.map(Board.percent) ?? "",
                 m.unit.map(Board.safe) ?? "", m.by?.description ?? "", m.concept ?? ""]
            }
            return table(["id", "metric", "baseline → target", "change", "unit", "by", "concept"], rows)
        }
    }

    /// `48 → 4`, `48 → 24 (-50%)`, `? → 4`.
    public static func change(_ m: Impact) -> String {
        let b = m.baseline.map(formatNumber) ?? "?"
        guard let target = m.target else { return b + " → ?" }
        let t = m.resolvedTarget.map(Board.rounded) ?? "?"
        if case .relative = target { return b + " → " + t + " (" + target.text + ")" }
        return b + " → " + t
    }

    /// A percentage with one decimal at most and its sign: `-91.7%`.
    public static func percent(_ p: Double) -> String {
        let r = (p * 10).rounded() / 10
        return (r > 0 ? "+" : "") + formatNumber(r) + "%"
    }

    public static func rounded(_ n: Double) -> String { formatNumber((n * 1000).rounded() / 1000) }

    func segmentCard(_ s: Segment) -> String {
        let head = "  \(s.id)  " + Board.safe(s.name) + (s.role.map { "  [\($0.rawValue)]" } ?? "  [role not set]")
        let served = plan.concepts.filter { $0.segment == s.id }.map(\.id)
        return head + "\n" + fields([
            ("why", s.why), ("need", s.need), ("value", s.value), ("barriers", s.barriers),
            ("served by", served.isEmpty ? nil : served.joined(separator: ", ")),
        ], indent: 6, showMissing: false)
    }

    func behaviourCard(_ b: BehaviourChoice) -> String {
        "  \(b.name.rawValue) \(b.name.chinese)  rank \(plan.rank(of: b.name) ?? 0)\n" + fields([
            ("value", b.value.map(String.init)), ("effort", b.effort.map(String.init)), ("why", b.why),
        ], indent: 6, showMissing: true)
    }

    func conceptCard(_ c: Concept) -> String {
        let seg = c.segment.map { id in id + (plan.segment(id).map { " " + Board.safe($0.name) } ?? "") }
        let head = "  \(c.id)  " + Board.safe(c.title)
        return head + "\n" + fields([
            ("for", seg), ("uses", c.uses.isEmpty ? nil : c.uses.map(\.rawValue).joined(separator: ", ")),
            ("description", c.description), ("customer value", c.customerValue), ("org value", c.orgValue),
        ], indent: 6, showMissing: false)
    }

    func impactCard(_ m: Impact) -> String {
        "  \(m.id)  " + Board.safe(m.metric) + "\n" + fields([
            ("change", Board.change(m) + (m.changePercent.map { "  " + Board.percent($0) } ?? "")),
            ("unit", m.unit), ("by", m.by?.description), ("concept", m.concept),
        ], indent: 6, showMissing: true)
    }

    /// `label: text` lines, the text wrapped to the width and aligned after the labels.
    func fields(_ items: [(String, String?)], indent: Int, showMissing: Bool) -> String {
        let shown = items.filter { showMissing || $0.1 != nil }
        let labelWidth = (shown.map { TextWidth.of($0.0) }.max() ?? 0) + 2
        var lines: [String] = []
        for (label, value) in shown {
            let text = value.map(Board.safe) ?? "—"
            let lead = String(repeating: " ", count: indent) + TextWidth.pad(label + ":", to: labelWidth)
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
            let lead = "  " + cells.dropLast().enumerated().map { TextWidth.pad($0.element, to: widths[$0.offset]) + "  " }.joined()
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
