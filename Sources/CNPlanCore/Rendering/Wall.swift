/// The projector view of `cnplan present`: the step the room is on, in a large, plain layout for a
/// wall, fitted to the screen: the title, the five steps with the current one marked, the step's
/// board, the timebox in big digits and the latest change. Pure: the caller gives the screen's
/// size, the time and what changed.
public struct Wall {
    /// One row of the view and how it is shown.
    public struct Line: Sendable, Equatable {
        public enum Style: Sendable { case plain, title, heading, dim, timer, ending, alert }
        public var text: String
        public var style: Style
        public init(_ text: String, _ style: Style = .plain) {
            self.text = text
            self.style = style
        }
    }

    public var plan: Plan
    /// The step shown; nil for the five steps at a glance.
    public var step: Int?
    public var timer: Timebox?
    /// The time now, for the timebox.
    public var now: Double
    /// The latest changes, as the room reads them.
    public var latest: [String]
    /// Something wrong with the file, said on the wall.
    public var problem: String?
    /// The session file, named at the foot.
    public var file: String
    let t: Texts

    public init(
        plan: Plan, step: Int?, timer: Timebox?, now: Double, latest: [String], problem: String?, file: String,
        texts: Texts
    ) {
        self.plan = plan
        self.step = step
        self.timer = timer
        self.now = now
        self.latest = latest
        self.problem = problem
        self.file = file
        t = texts
    }

    /// How long a timebox that is over stays on the wall, saying so.
    public static let upFor = 60.0
    /// Columns left blank on either side.
    static let margin = 2
    /// Changes listed at most; more are counted.
    static let changesShown = 3

    /// The view: exactly `height` rows, none wider than `width - 1` columns, so that no terminal
    /// wraps or scrolls it.
    public func lines(width: Int, height: Int) -> [Line] {
        guard width > 0, height > 0 else { return [] }
        let room = max(8, width - 1 - 2 * Wall.margin)
        let blank = Line("")
        let title = Line(crop(plan.title.map(Board.safe) ?? t("board.untitled"), room), .title)
        let name = step.map { t("wall.step", ["n": String($0), "name": t("step.\($0)").uppercased()]) }
        let heading = Line(
            crop(name ?? t(Progress.isComplete(plan) ? "wall.done" : "wall.requiredDone"), room), .heading)
        let body = board(room)
        // An open vote shows who has voted, never its counts, until the round closes.
        let vote =
            plan.openVote == nil
            ? []
            : VoteChart(plan: plan, width: room, texts: t).progress().split(separator: "\n").map {
                Line(crop(String($0), room), .dim)
            }
        let notes =
            (problem.map { TextWidth.wrap($0, width: room) } ?? []).map { Line($0, .alert) } + vote + changes(room)
        let footer = Line(crop(t("wall.footer", ["file": Board.safe(file)]), room), .dim)
        // The fullest layout whose fixed parts leave the board a few rows, else ever plainer ones.
        var chosen: [Line] = []
        for compact in [false, true] {
            for big in [true, false] {
                let clock = timebox(room, big: big)
                let top = compact ? [title, heading] : [title, blank, Line(track(room), .dim), blank, heading, blank]
                let gap = compact ? [] : [blank]
                let bottom = (clock.isEmpty ? [] : gap + clock) + (notes.isEmpty ? [] : gap + notes) + [footer]
                let free = height - top.count - bottom.count
                let padding = Array(repeating: blank, count: max(0, free - body.count))
                chosen = top + fitted(body, rows: free, room) + padding + bottom
                if free >= min(body.count, 3) { return finish(chosen, height) }
            }
        }
        return finish(chosen, height)
    }

    /// The rows cut to the height and indented by the margin.
    private func finish(_ lines: [Line], _ height: Int) -> [Line] {
        let indent = String(repeating: " ", count: Wall.margin)
        let kept = lines.count > height ? Array(lines.prefix(height)) : lines
        return kept.map { Line($0.text.isEmpty ? "" : indent + $0.text, $0.style) }
    }

    /// The board, or its first rows and how many more there are.
    private func fitted(_ body: [Line], rows: Int, _ room: Int) -> [Line] {
        guard rows > 0 else { return [] }
        if body.count <= rows { return body }
        let more = body.count - rows + 1
        return Array(body.prefix(rows - 1)) + [Line(crop("  " + t("wall.moreLines", ["n": String(more)]), room), .dim)]
    }

    /// `1 objective   2 segment   [3 behaviours]   4 concept   5 impact`, or only the numbers
    /// around the current step when that is too wide.
    private func track(_ room: Int) -> String {
        func current(_ n: Int) -> String { t("wall.track.current", ["n": String(n), "name": t("step.\(n)")]) }
        let full = (1...5).map { $0 == step ? current($0) : "\($0) " + t("step.\($0)") }.joined(separator: "   ")
        if TextWidth.of(full) <= room { return full }
        return crop((1...5).map { $0 == step ? current($0) : String($0) }.joined(separator: "  "), room)
    }

    /// The step's board, without its own heading; the five steps' status once all are answered.
    private func board(_ room: Int) -> [Line] {
        let text: String
        if let step {
            text = Board(plan: plan, width: room, texts: t).step(step).split(separator: "\n").dropFirst().joined(
                separator: "\n")
        } else {
            text = Progress(plan: plan).report(width: room, texts: t)
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { Line(crop(String($0), room)) }
    }

    /// The timebox: its label and length, then the time left in big digits (or one row), or that
    /// the time is up; nothing without one, or a minute after it ended.
    private func timebox(_ room: Int, big: Bool) -> [Line] {
        guard let timer, now < timer.end + Wall.upFor else { return [] }
        let name = timer.label.map(Board.safe) ?? t("wall.timer")
        let head = Line(crop(t("wall.timer.head", ["label": name, "duration": t.duration(timer.seconds)]), room), .dim)
        if timer.isOver(at: now) { return [head, Line(t("wall.timer.up"), .alert)] }
        let left = timer.remaining(at: now)
        let style: Line.Style = left <= 60 ? .ending : .timer
        let digits = Wall.digits(Timebox.clock(left), ink: t("wall.ink"))
        if big, digits.allSatisfy({ TextWidth.of($0) <= room }) { return [head] + digits.map { Line($0, style) } }
        return [head, Line(Timebox.clock(left), style)]
    }

    /// The latest changes, one row each.
    private func changes(_ room: Int) -> [Line] {
        guard let first = latest.first else { return [] }
        let lead = t("wall.latest", ["change": first])
        let indent = String(repeating: " ", count: TextWidth.of(t("wall.latest", ["change": ""])))
        var lines = [Line(crop(lead, room))]
        lines += latest.dropFirst().prefix(Wall.changesShown - 1).map { Line(crop(indent + $0, room)) }
        if latest.count > Wall.changesShown {
            let more = t("wall.moreChanges", ["n": String(latest.count - Wall.changesShown)])
            lines.append(Line(crop(indent + more, room), .dim))
        }
        return lines
    }

    /// Text cut to `room` columns, an ellipsis marking the cut.
    private func crop(_ text: String, _ room: Int) -> String {
        guard TextWidth.of(text) > room else { return text }
        let ellipsis = t("prompt.ellipsis")
        var out = ""
        for c in text {
            if TextWidth.of(out) + TextWidth.of(c) + TextWidth.of(ellipsis) > room { break }
            out.append(c)
        }
        return out + ellipsis
    }

    /// Digits and colons five rows tall: 3 by 5 cells, each cell two columns of ink.
    static let font: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"], "1": ["  #", "  #", "  #", "  #", "  #"],
        "2": ["###", "  #", "###", "#  ", "###"], "3": ["###", "  #", "###", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"], "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"], "7": ["###", "  #", "  #", "  #", "  #"],
        "8": ["###", "# #", "###", "# #", "###"], "9": ["###", "# #", "###", "  #", "###"],
        ":": [" ", "#", " ", "#", " "],
    ]

    /// `6:59` in big digits, drawn with `ink` (doubled when it is one column wide).
    static func digits(_ clock: String, ink: String) -> [String] {
        let cell = TextWidth.of(ink) >= 2 ? ink : ink + ink
        return (0..<5).map { row in
            var line = ""
            for c in clock {
                guard let glyph = font[c] else { continue }
                for pixel in glyph[row] { line += pixel == "#" ? cell : "  " }
                line += "  "
            }
            var trimmed = Substring(line)
            while trimmed.last == " " { trimmed = trimmed.dropLast() }
            return String(trimmed)
        }
    }
}
