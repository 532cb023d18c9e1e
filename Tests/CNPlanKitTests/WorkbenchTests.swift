import Testing

@testable import CNPlanCore
@testable import CNPlanKit

/// A console that records what the shell says.
final class RecordingConsole: Console {
    var lines: [String]
    var interactive = false
    var width: Int? = nil
    var out: [String] = []
    var errors: [String] = []
    init(_ lines: [String]) { self.lines = lines }
    func read(prompt: String) -> ReadResult { lines.isEmpty ? .endOfInput : .line(lines.removeFirst()) }
    func output(_ text: String) { out.append(text) }
    func note(_ text: String) {}
    func error(_ text: String) { errors.append(text) }
}

@Suite struct WorkbenchTests {
    @Test func undoAndRedoEveryChange() throws {
        let w = Workbench()
        let lines = ["title T", "segment add A", "segment s1 role consumer", "behaviour add access"]
        var states = [w.plan]
        for l in lines {
            _ = try w.run(try Parser.parse(l)!, line: l)
            states.append(w.plan)
        }
        for n in stride(from: lines.count - 1, through: 0, by: -1) {
            _ = try w.run(.undo, line: "undo")
            #expect(w.plan == states[n])
        }
        #expect(throws: PlanError.nothingToUndo) { try w.run(.undo, line: "undo") }
        for n in 1...lines.count {
            _ = try w.run(.redo, line: "redo")
            #expect(w.plan == states[n])
        }
        #expect(w.history == lines)
    }

    @Test func historyNumbersStayInOneColumnPastNine() throws {
        let w = Workbench()
        for n in 1...12 { _ = try w.run(try Parser.parse("title T\(n)")!, line: "title T\(n)") }
        _ = try w.run(.undo, line: "undo")
        let lines = try #require(try w.run(.history, line: "history").output).split(separator: "\n")
        #expect(lines.first == " 1  title T1")
        #expect(lines[10] == "11  title T11")
        #expect(lines.last?.hasPrefix("    ") == true)
        #expect(lines.last?.hasSuffix("title T12") == true)
    }

    @Test func aNewChangeClearsRedo() throws {
        let w = Workbench()
        _ = try w.run(try Parser.parse("title A")!, line: "title A")
        _ = try w.run(.undo, line: "undo")
        _ = try w.run(try Parser.parse("title B")!, line: "title B")
        #expect(throws: PlanError.nothingToRedo) { try w.run(.redo, line: "redo") }
    }

    @Test func aFailedCommandChangesNothing() throws {
        let console = RecordingConsole([
            "segment add A", "segment remove s7", "behaviour add acces", "segment s1 need x",
        ])
        let shell = Shell(workbench: Workbench(), console: console)
        #expect(shell.run() == 1)
        #expect(
            console.errors == [
                "line 2: no segment s7; the plan has s1",
                #"line 3: unknown behaviour "acces"; "#
                    + #"the five are access, engage, customize, connect, collaborate; did you mean "access"?"#,
            ])
        #expect(shell.workbench.plan.segments[0].need == "x")
        #expect(shell.workbench.history == ["segment add A", "segment s1 need x"])
    }

    @Test func bailStopsAtTheFirstFailure() {
        let console = RecordingConsole(["segment add A", "bogus", "segment add B"])
        let shell = Shell(workbench: Workbench(), console: console)
        shell.bail = true
        #expect(shell.run() == 1)
        #expect(shell.workbench.plan.segments.count == 1)
    }

    @Test func promptShowsTitleAndStep() throws {
        let w = Workbench()
        let shell = Shell(workbench: w, console: RecordingConsole([]))
        #expect(shell.prompt == "cnplan [1/5 objective]> ")
        shell.execute("title A very long workshop title indeed")
        shell.execute("objective x")
        shell.execute("data-goal y")
        #expect(shell.prompt == "A very long worksho… [2/5 segment]> ")
    }

    /// Past the last required answer the prompt says what `status` says of the steps: "required
    /// done" while an optional answer (here the data goal) is open, "done" once none is.
    @Test(arguments: [
        ("en", "[required done]> ", "1/5 objective   required done (missing: data goal)", "[done]> ", "partly"),
        ("zh", "[必填项已完成]> ", "1/5 目标      必填项已完成（缺：数据采集目标）", "[已完成]> ", "部分完成"),
    ])
    func promptAndStatusAgree(code: String, open: String, step1: String, done: String, partly: String) throws {
        let w = Workbench()
        let shell = Shell(workbench: w, console: RecordingConsole([]))
        shell.execute("lang \(code)")
        for line in workshop where !line.hasPrefix("data-goal") { shell.execute(line) }
        let status = Progress(plan: w.plan).report(width: nil, texts: w.texts)
        #expect(shell.prompt.hasSuffix(open), "\(shell.prompt)")
        #expect(status.contains(step1), "\(status)")
        #expect(!status.contains(partly), "no step is only partly done: \(status)")
        for line in ["data-goal Every request's fault", "concept c1 value 4", "concept c1 effort 3"] {
            shell.execute(line)
        }
        let complete = Progress(plan: w.plan).report(width: nil, texts: w.texts)
        #expect(shell.prompt.hasSuffix(done), "\(shell.prompt)")
        #expect(Progress(plan: w.plan).steps.allSatisfy { $0.isComplete }, "\(complete)")
    }
}
