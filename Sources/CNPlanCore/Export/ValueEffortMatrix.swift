/// The value/effort matrix of the HTML handout as SVG: value up, effort across, both 1 to 5, the
/// four quadrants named and tinted; each scored item a dot with its mark (a rank or an id) and
/// its short name under it.
struct ValueEffortMatrix {
    /// One item to place: `mark` goes in its dot, `name` under it.
    struct Item {
        var mark: String
        var name: String
        var value: Int?
        var effort: Int?
    }

    let items: [Item]
    /// The axes' titles: the headings of the value and effort fields.
    let valueTitle: String
    let effortTitle: String
    let t: Texts

    static let cell = 46.0
    static let left = 34.0
    static let top = 4.0
    static let bottom = 32.0
    static let right = 4.0
    static let plot = 5 * cell
    static let nameSize = 8.0
    static let markSize = 8.5
    static let quadrantSize = 8.5

    func render(label: String) -> String {
        var svg = SVG(width: Self.left + Self.plot + Self.right, height: Self.top + Self.plot + Self.bottom)
        quadrants(&svg)
        axes(&svg)
        var cells: [[Item]] = Array(repeating: [], count: 25)
        for item in items {
            guard let v = item.value, let e = item.effort, (1...5).contains(v), (1...5).contains(e) else { continue }
            cells[(v - 1) * 5 + (e - 1)].append(item)
        }
        for (i, here) in cells.enumerated() where !here.isEmpty {
            place(&svg, here, value: i / 5 + 1, effort: i % 5 + 1)
        }
        return svg.render(class: "matrix", label: label)
    }

    /// The left edge of an effort's column and the top edge of a value's row.
    static func x(_ effort: Double) -> Double { left + (effort - 1) * cell }
    static func y(_ value: Double) -> Double { top + (5 - value) * cell }

    /// The quadrants split at the middle score, 3: high value for low effort is a quick win.
    private func quadrants(_ svg: inout SVG) {
        let mid = Self.plot / 2
        let named: [(key: String, x: Double, y: Double, anchor: String, up: Bool)] = [
            ("html.matrix.quickWins", Self.left + 4, Self.top, "start", true),
            ("html.matrix.bigBets", Self.left + Self.plot - 4, Self.top, "end", true),
            ("html.matrix.fillIns", Self.left + 4, Self.top + Self.plot, "start", false),
            ("html.matrix.moneyPits", Self.left + Self.plot - 4, Self.top + Self.plot, "end", false),
        ]
        for i in named.indices {
            let qx = Self.left + (i % 2 == 0 ? 0 : mid)
            let qy = Self.top + (i < 2 ? 0 : mid)
            svg.rect(x: qx, y: qy, width: mid, height: mid, class: "quadrant q\(i + 1)")
        }
        for i in 1..<5 {
            let at = Double(i) * Self.cell
            svg.line(Self.left + at, Self.top, Self.left + at, Self.top + Self.plot, class: "grid")
            svg.line(Self.left, Self.top + at, Self.left + Self.plot, Self.top + at, class: "grid")
        }
        svg.line(Self.left + mid, Self.top, Self.left + mid, Self.top + Self.plot, class: "divide")
        svg.line(Self.left, Self.top + mid, Self.left + Self.plot, Self.top + mid, class: "divide")
        let size = Self.quadrantSize
        for q in named {
            let text = Label.fit(t(q.key), width: (mid - 8) / size, maxLines: 1, bold: true)
            svg.text(
                text, x: q.x, y: q.up ? q.y + size + 2 : q.y - 4, size: size, anchor: q.anchor, class: "quadrant-name")
        }
    }

    private func axes(_ svg: inout SVG) {
        let size = 8.5
        for s in 1...5 {
            let d = Double(s)
            svg.text(
                [String(s)], x: Self.x(d) + Self.cell / 2, y: Self.top + Self.plot + size + 3, size: size,
                anchor: "middle", class: "tick")
            svg.text(
                [String(s)], x: Self.left - 6, y: Self.y(d) + Self.cell / 2 + size / 3, size: size, anchor: "end",
                class: "tick")
        }
        let title = 9.5
        let across = Label.fit(effortTitle + " →", width: Self.plot / title, maxLines: 1, bold: true)
        svg.text(
            across, x: Self.left + Self.plot / 2, y: Self.top + Self.plot + 2 * size + 9, size: title,
            anchor: "middle", class: "axis")
        let up = Label.fit(valueTitle + " →", width: Self.plot / title, maxLines: 1, bold: true)
        let cx = Self.left - 20
        let cy = Self.top + Self.plot / 2
        svg.text(up, x: cx, y: cy, size: title, anchor: "middle", class: "axis", rotate: -90)
    }

    /// The items of one cell: dots side by side (two rows at most), their names under them.
    private func place(_ svg: inout SVG, _ all: [Item], value: Int, effort: Int) {
        let x0 = Self.x(Double(effort))
        let y0 = Self.y(Double(value))
        // Six dots fill a cell; more would hide each other (the tables list every item).
        let here = Array(all.prefix(6))
        let r = here.count == 1 ? 10.0 : 7.0
        let perRow = min(here.count, 3)
        let rows = (here.count + perRow - 1) / perRow
        let step = 2 * r + 2
        for (i, item) in here.enumerated() {
            let row = Double(i / perRow)
            let col = Double(i % perRow)
            let inRow = Double(min(perRow, here.count - (i / perRow) * perRow))
            let cx = x0 + Self.cell / 2 + (col - (inRow - 1) / 2) * step
            let cy = y0 + (rows == 1 ? Self.cell / 2 - 4 : 4 + r + row * step)
            svg.open("dot")
            svg.circle(x: cx, y: cy, r: r, class: "mark")
            let size = here.count == 1 ? Self.markSize : 7
            let mark = Label.fit(item.mark, width: 2 * r / size * 0.95, maxLines: 1, bold: true)
            svg.text(mark, x: cx, y: cy + size / 3, size: size, anchor: "middle", class: "mark-text")
            svg.close()
        }
        // The names under the dots, cut to a little more than the cell.
        if rows == 1 {
            let names = t.list(here.map(\.name))
            let text = Label.fit(names, width: (Self.cell + 14) / Self.nameSize, maxLines: 1)
            svg.text(
                text, x: x0 + Self.cell / 2, y: y0 + Self.cell - 4, size: Self.nameSize, anchor: "middle", class: "name"
            )
        }
    }
}
